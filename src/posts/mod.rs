//! Posts in groups: Markdown bodies with edit history, comments, reactions, and the feeds
//! (home, group, person) that read them through the groups access rule.

pub mod entity;
pub mod kind;
pub mod markdown;
pub mod mentions;
pub mod repo;
pub mod routes;
pub mod service;

#[cfg(test)]
mod tests;
