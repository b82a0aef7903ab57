//! Periodic reports for management (seed 004): the cockpit's figures of a month or quarter
//! against the period before, the 5 B's phase, and the qualitative part community managers
//! pick — good examples, success stories and quotes from posts in open groups. Reports are
//! stored when made, in both languages, so last month's report stays as it was; they print
//! cleanly and export as JSON.

mod entity;
pub mod mailing;
pub mod period;
mod repo;
mod routes;
pub use routes::router;
pub mod service;

#[cfg(test)]
mod tests;
