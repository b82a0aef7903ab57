//! Groups: open, closed and secret groups that anyone may start, membership and join requests,
//! group admins, archiving — and `access`, the one rule of who may see what.

pub mod access;
pub mod entity;
pub mod repo;
pub mod routes;
pub mod service;

#[cfg(test)]
mod tests;
