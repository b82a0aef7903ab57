//! The community newsletter (seed 004): community managers compose an issue from the
//! highlights they marked for the reports, pick a highlight of the week (shown on the home page
//! for a week too) and add their own words; they preview it, send themselves a test, and send
//! it now or at a moment they choose, to everyone or a segment (department, location, group
//! members, ambassadors). Sent issues are kept as they went out, in an archive every member
//! reads. Each mail has a one-click unsubscribe that stops only the newsletter.

mod entity;
pub mod reach;
mod repo;
mod routes;
pub use routes::router;
pub mod service;

// The front door: the sending job, the unsubscribe scope with what it does, and the highlight
// of the week for the home page.
pub use service::{
    SEND_JOB, UNSUBSCRIBE_SCOPE, featured, opt_out, receives, send_job, set_receiving,
};

#[cfg(test)]
mod tests;
