//! Accounts and access: roles, passwords, sessions, login throttling, first-run setup,
//! registration and one-time set-password links.

mod entity;
pub mod password;
pub mod role;
mod routes;
pub use routes::router;
pub mod service;
pub mod session;
pub mod throttle;
pub use crate::tokens;
mod viewer;

pub use role::Role;
pub use viewer::Viewer;

#[cfg(test)]
mod tests;
