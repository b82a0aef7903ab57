//! The knowledge base (seed 001: the support group turns questions into reusable content):
//! Markdown articles with an owner, categories and a full revision history, readable by
//! everyone or only by the readers of one group. An answered question can be turned into an
//! article, pre-filled from the question and its accepted answer, linked both ways.

mod entity;
mod repo;
mod routes;
pub use routes::router;
pub mod service;

// The front door: an article as the feeds list it.
pub use entity::article;
pub use repo::ArticleRow;

#[cfg(test)]
mod tests;
