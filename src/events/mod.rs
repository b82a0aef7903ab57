//! Events (seed 004: meetups and workshops, offline or online): a post type with a start and
//! end in the organisation's time zone, a place or link, an optional capacity; RSVPs going /
//! maybe / not going with a waiting list when full; an `.ics` file per event and a personal
//! calendar feed behind a secret link.

pub mod entity;
pub mod ics;
pub mod places;
pub mod repo;
pub mod routes;
pub mod service;

#[cfg(test)]
mod tests;

pub use places::Answer;
