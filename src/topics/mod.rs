//! Topics: `#tags` in posts link to a topic page that lists the posts (each reader sees only
//! what the group access rule lets them read); anyone can follow a topic, and posts on it then
//! reach their home feed.

mod entity;
mod repo;
mod routes;
pub use routes::router;
pub mod tags;

// The front door: tags written with their post, and the conditions feeds compose.
pub use repo::{followed, newest_tagged, posts_tagged, set_post_topics};

#[cfg(test)]
mod tests;
