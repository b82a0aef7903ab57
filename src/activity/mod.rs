//! The activity record (the analytics issue's foundation): what members do, appended as events
//! at the point where it happens, with daily rollups kept up to date in the same transaction —
//! counts per day × group × kind, and which members were active on a day — so no figure ever has
//! to scan raw events. Raw events expire after a retention period; rollups stay.
//!
//! Days are UTC days (epoch milliseconds / 86,400,000).

pub mod entity;
pub mod export;
pub mod kind;
pub mod repo;
pub mod routes;
pub mod service;

#[cfg(test)]
mod tests;

pub use kind::ActivityKind;
pub use repo::record;
pub use service::VisitCache;
