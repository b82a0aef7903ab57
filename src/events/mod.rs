//! Events (seed 004: meetups and workshops, offline or online): a post type with a start and
//! end in the organisation's time zone, a place or link, an optional capacity; RSVPs going /
//! maybe / not going with a waiting list when full; an `.ics` file per event and a personal
//! calendar feed behind a secret link.

mod entity;
pub mod ics;
pub mod places;
mod repo;
mod routes;
pub use routes::router;
pub mod service;

// The front door: the table the feed joins for an event's title and time.
pub use entity::event;

#[cfg(test)]
mod tests;

pub use places::Answer;
