//! Notifications: what happened that concerns a member (a reply, an accepted answer, an idea's
//! new status, a join request), stored per receiver, shown in-app with an unread count that
//! updates live over server-sent events, and filtered by each member's preferences. A
//! notification never shows content its receiver may no longer read: the group access rule is
//! applied when it is created and again whenever it is displayed.

pub mod digest;
mod entity;
pub mod kind;
pub mod live;
pub mod mail;
mod repo;
mod routes;
pub use routes::router;
pub mod service;

// The front door: who among some members may read a group (the access rule in SQL).
pub use repo::readers_among;

#[cfg(test)]
mod tests;

pub use digest::{DIGEST_JOB, digest_job};
pub use kind::NotificationKind;
pub use live::LiveHub;
pub use mail::{MAIL_JOB, mail_job};
pub use service::{Notice, notify};
