//! Ideas: a post type with a status workflow (new → under review → planned → implemented, or
//! declined), where every status change carries a written response to the author (seed 003:
//! ideas that get no answer kill initiative), followers hear of each change, and each group
//! lists its ideas by status.

pub mod entity;
pub mod repo;
pub mod routes;
pub mod service;
pub mod status;

#[cfg(test)]
mod tests;

pub use status::IdeaStatus;
