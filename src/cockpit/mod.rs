//! The community managers' cockpit: the figures of a period (the last 30 days, or a chosen date
//! range) against the period before — reach, DAU/WAU/MAU, stickiness, participation (lurkers,
//! contributors, creators), questions and ideas with their response times, profile
//! completeness, shares of activity by role, active, idle and silent groups — and the 5 B's adoption phase with its evidence;
//! a daily chart with CSV and JSON. Counts come from the activity rollups. Privacy: nothing is
//! shown for a community smaller than the minimum group size, no share over a smaller segment,
//! and every view is written to an audit log.

mod export;
pub mod memo;
mod repo;
mod routes;

/// The cockpit's pages and the administrators' activity export.
pub fn router() -> crate::web::Routes {
    routes::router().merge(export::router())
}
pub mod service;

// The front door: the audit log other capabilities' views of figures write to.
pub use repo::log_view;
#[cfg(test)]
pub use repo::views_by;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod truth_tests;
