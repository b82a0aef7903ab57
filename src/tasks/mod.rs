//! The community managers' work queue (seeds 000 §3–§4, §9): tasks generated from what happens
//! (flagged content, unanswered questions with suggested experts, ideas without a response,
//! newcomers to welcome, incomplete profiles, members gone quiet, idle and silent groups) and
//! routine tasks the team defines, assigned, planned, snoozed, finished or dismissed with a
//! reason, with comments and history and one-click actions. The generators run as a recurring
//! background job.

mod entity;
pub mod experts;
pub mod generators;
pub mod kind;
pub mod priority;
mod repo;
mod routes;
pub use routes::router;
pub mod service;
pub mod templates;

#[cfg(test)]
mod tests;
