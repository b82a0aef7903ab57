//! Personal messages from the community-management team to a member (a welcome, a nudge to
//! complete a profile, a word to someone gone quiet), sent from the work queue. A message is
//! stored once per receiver, announced by a notification, and readable by its receiver and its
//! sender only.

mod entity;
mod repo;
mod routes;
pub use routes::router;
pub mod service;
