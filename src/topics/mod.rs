//! Topics: `#tags` in posts link to a topic page that lists the posts (each reader sees only
//! what the group access rule lets them read); anyone can follow a topic, and posts on it then
//! reach their home feed.

pub mod entity;
pub mod repo;
pub mod routes;
pub mod tags;

#[cfg(test)]
mod tests;
