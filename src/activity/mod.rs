//! The activity record (the analytics issue's foundation): what members do, appended as events
//! at the point where it happens, with daily rollups kept up to date in the same transaction —
//! counts per day × group × kind, and which members were active on a day — so no figure ever has
//! to scan raw events. Raw events expire after a retention period; rollups stay.
//!
//! Days are days on the organisation's calendar, in its time zone (`period::Calendar`).

pub mod arrivals;
pub mod contributions;
mod entity;
pub mod export;
pub mod kind;
pub mod period;
mod repo;
pub mod service;

// The front door. Others record activity (`record`, inside their own transaction) and read the
// rollups through these queries and tables; the raw events leave only page by page, for the
// administrators' pseudonymous export (`events_page`).
pub use entity::{daily, first_day, total};
pub use repo::events_page;
pub use repo::{
    active_members, active_per_day, counts_per_day, counts_per_segment, event_count, ever_active,
    group_counts_per_day, group_engagement, groups_counts_per_day, interactive_members,
    levels_by_department,
};

/// Fixtures for other capabilities' tests: writing the record directly.
#[cfg(test)]
pub use repo::{NewEvent, append, mark_active, mark_engaged};

#[cfg(test)]
mod tests;

pub use kind::ActivityKind;
/// Day arithmetic and the analytics period, shared by the cockpit, reports, moderation figures
/// and the work queue.
pub use period::{
    Calendar, DAY_MS, Period, PeriodQuery, date_of, monday_of, parse_date, today, typed_or_date,
};
pub use service::VisitCache;
pub use service::record;
