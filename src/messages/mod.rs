//! Personal messages from the community-management team to a member (a welcome, a nudge to
//! complete a profile, a word to someone gone quiet), sent from the work queue. A message is
//! stored once per receiver, announced by a notification, and readable by its receiver and its
//! sender only.

pub mod entity;
pub mod repo;
pub mod routes;
pub mod service;
