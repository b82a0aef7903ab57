//! Praise (seed 001, Binden): a post that publicly appreciates one or more colleagues for
//! something concrete. The colleagues are the ones it @mentions; it shows on their profiles and
//! tells them.

mod entity;
mod repo;

// The front door: writing a praise post's recipients in the post's transaction, and the
// praise a member received.
pub use repo::{insert_recipients, posts_praising};

#[cfg(test)]
mod tests;
