//! Moderation with a decision model (seeds 001 and 002 §5): the house rules, members' flags,
//! review queues per group and for the whole community, the moderator's rating of impact and
//! desirability with the response Plein suggests from an adjustable matrix, the actions
//! (keep, hide and restore, delete, lock comments, warn, move, suspend) each told to the member
//! with the reason, and the audit log.

pub mod action;
pub mod decision;
mod entity;
pub mod figures;
mod repo;
mod routes;
pub use routes::router;
pub mod service;
pub mod settings;

// The front door: the flags table the work queue reads.
pub use entity::flag;

#[cfg(test)]
mod tests;

pub use action::Action;
