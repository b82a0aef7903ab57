//! Accounts and access: roles, passwords, sessions, login throttling, first-run setup,
//! registration and one-time set-password links.

mod entity;
mod routes;
pub use routes::router;
pub mod service;
pub mod session;
pub mod throttle;
pub use crate::tokens;
mod viewer;

// Roles are a column of the accounts table and passwords are hashed in the shared core; both
// are named here too because signing in and checking rights is where they are used.
pub use crate::password;
pub use crate::people::Role;
pub use viewer::Viewer;

#[cfg(test)]
mod tests;
