//! Announcements: news from group admins, community managers and administrators, pinned at
//! the top of the group and of its members' home feeds for a chosen period, with "mark as read".
//! The author sees how many members read it and who has not yet — only in groups of at least
//! the minimum group size, so the figure never singles anyone out in a small team.

mod entity;
mod repo;
mod routes;
pub use routes::router;
pub mod service;

// The front door: the pin condition the feeds compose, and the table they join.
pub use entity::announcement;
pub use repo::pinned_in;

#[cfg(test)]
mod tests;
