//! The community managers' cockpit: headline figures of the last 30 days against the 30 before
//! (reach, DAU/WAU/MAU, stickiness, posts, comments and reactions per day), a daily chart with
//! CSV and JSON, all read from the activity rollups. Privacy: nothing is shown for a community
//! smaller than the minimum group size, and every view is written to an audit log.

pub mod metrics;
pub mod repo;
pub mod routes;
pub mod service;

#[cfg(test)]
mod tests;
