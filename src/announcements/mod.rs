//! Announcements: news from group admins, community managers and administrators, pinned at
//! the top of the group and of its members' home feeds for a chosen period, with "mark as read".
//! The author sees how many members read it and who has not yet — only in groups of at least
//! the minimum group size, so the figure never singles anyone out in a small team.

pub mod entity;
pub mod repo;
pub mod routes;
pub mod service;

#[cfg(test)]
mod tests;
