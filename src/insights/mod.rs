//! The analytics layer: the community's figures for a period, computed from the activity
//! rollups and from other capabilities' tables through their front doors — reach, DAU/WAU/MAU,
//! stickiness, participation, questions and ideas with their response times, profile
//! completeness, shares of activity by role, group health, adoption per department, dips and the
//! 5 B's adoption phase. Privacy is kept here, below every client: nothing about fewer people
//! than the minimum group size (`privacy.rs`). The cockpit, the management reports, moderation's
//! figures and the work queue are its clients; none of them computes a figure of its own.

pub mod departments;
pub mod figures;
pub mod format;
pub mod groups;
pub mod metrics;
pub mod phase;
pub mod privacy;
mod repo;

// The front door besides the modules above: the profile-completeness expression the work queue
// filters by.
pub use repo::PROFILE_ITEMS;
