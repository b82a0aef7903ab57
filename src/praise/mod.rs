//! Praise (seed 001, Binden): a post that publicly appreciates one or more colleagues for
//! something concrete. The colleagues are the ones it @mentions; it shows on their profiles and
//! tells them.

pub mod entity;
pub mod repo;

#[cfg(test)]
mod tests;
