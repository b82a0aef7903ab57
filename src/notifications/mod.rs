//! Notifications: what happened that concerns a member (a reply, an accepted answer, an idea's
//! new status, a join request), stored per receiver, shown in-app with an unread count that
//! updates live over server-sent events, and filtered by each member's preferences. A
//! notification never shows content its receiver may no longer read: the group access rule is
//! applied when it is created and again whenever it is displayed.

pub mod entity;
pub mod kind;
pub mod live;
pub mod repo;
pub mod routes;
pub mod service;

#[cfg(test)]
mod tests;

pub use kind::NotificationKind;
pub use live::LiveHub;
pub use service::{Notice, notify};
