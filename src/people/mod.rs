//! People: accounts and profiles, profile completeness, photos, the directory and expertise
//! finder, and following colleagues.

pub mod completeness;
pub mod entity;
pub mod photo;
pub mod repo;
pub mod routes;
pub mod service;

#[cfg(test)]
mod tests;
