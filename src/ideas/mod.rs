//! Ideas: a post type with a status workflow (new → under review → planned → implemented, or
//! declined), where every status change carries a written response to the author (seed 003:
//! ideas that get no answer kill initiative), followers hear of each change, and each group
//! lists its ideas by status.

mod entity;
mod repo;
mod routes;
pub use routes::router;
pub mod service;
pub mod status;

#[cfg(test)]
mod tests;

pub use status::IdeaStatus;
