//! Accounts and access: roles, passwords, sessions, login throttling, first-run setup,
//! registration and one-time set-password links.

pub mod entity;
pub mod password;
pub mod role;
pub mod routes;
pub mod service;
pub mod session;
pub mod throttle;
pub mod tokens;

pub use role::Role;

#[cfg(test)]
mod tests;
