//! Topics: `#tags` in posts link to a topic page that lists the posts (each reader sees only
//! what the group access rule lets them read); anyone can follow a topic, and posts on it then
//! reach their home feed.

mod entity;
mod repo;
mod routes;
pub use routes::router;

// The front door: the topics a member follows, for the home feed.
pub use repo::followed;

#[cfg(test)]
mod tests;
