//! Polls: a question with two to ten options, single or multiple choice, an optional closing
//! time, and results shown after voting or only after closing (the author's choice). Votes are
//! anonymous: only counts are ever shown.

pub mod entity;
pub mod repo;
pub mod routes;
pub mod service;

#[cfg(test)]
mod tests;
