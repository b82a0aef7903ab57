//! Polls: a question with two to ten options, single or multiple choice, an optional closing
//! time, and results shown after voting or only after closing (the author's choice). Votes are
//! anonymous: only counts are ever shown.

mod entity;
mod repo;
mod routes;
pub use routes::router;
pub mod service;

// The front door: the table the feed joins for a poll's closing.
pub use entity::poll;

#[cfg(test)]
mod tests;
