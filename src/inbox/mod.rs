//! The inbox: a member's notifications shown in-app with an unread count that updates live over
//! server-sent events, the notification preferences page, notification e-mails and the personal
//! digest. It reads what `crate::notifications` stored and applies the access rule again at
//! display and at send time, so a notification never shows content its receiver may no longer
//! read (a left group, a deleted or hidden post).

pub mod digest;
mod entity;
pub mod live;
pub mod mail;
mod repo;
mod routes;
pub use routes::router;
pub mod service;

#[cfg(test)]
mod tests;

pub use digest::{DIGEST_JOB, digest_job};
pub use live::LiveHub;
pub use mail::{MAIL_JOB, mail_job};
