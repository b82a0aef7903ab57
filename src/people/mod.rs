//! People: accounts and profiles, profile completeness, photos, the directory and expertise
//! finder, and following colleagues.

pub mod completeness;
mod entity;
mod repo;
mod role;
mod routes;
pub use routes::router;
pub mod service;

// The front door (the accounts table lives in `crate::directory`): the two account functions
// others need in their own transactions.
pub use repo::{find_user, update_user};
pub use role::Role;

/// Fixtures for other capabilities' tests.
#[cfg(test)]
pub use repo::replace_expertise;

#[cfg(test)]
mod tests;
