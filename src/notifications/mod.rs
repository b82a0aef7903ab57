//! Notifications: what happened that concerns a member (a reply, an accepted answer, an idea's
//! new status, a join request), stored per receiver and filtered by each member's preferences.
//! This is the store every capability writes to inside its own transaction; reading, showing,
//! mailing and the digest are the inbox's (`crate::inbox`), which sits above the content it
//! shows. A notification never reaches someone who may not read where it happened: the group
//! access rule is applied here when it is created, and by the inbox whenever it is displayed.

mod entity;
pub mod kind;
mod repo;
pub mod service;

// The front door: storing notices, the access rule in SQL for who among some members may read
// a group, and the tables the inbox reads.
pub use entity::{notification, preference};
pub use kind::NotificationKind;
pub use repo::readers_among;
pub use service::{Notice, notify, notify_moderated};
