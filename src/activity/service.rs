//! Recording activity happens with one call (`record`) at the point where something happens,
//! inside the caller's transaction, so an action and its record stand or fall together. Visits
//! are recorded once per member per day (a per-instance memory spares the database on every
//! later request; the database decides across instances). Days are the organisation's
//! (`Calendar`). Raw events expire after the retention period.

use std::collections::HashSet;
use std::sync::{Arc, Mutex};

use super::kind::{ActivityKind, Level};
use super::period::Calendar;
use super::repo::{self, NewEvent};
use crate::db::{self, Db, now_ms};
use crate::error::Result;

/// This instance's memory of who has visited today, and of the calendar that says which day
/// it is (learnt from each recorded visit, so a changed time zone arrives with the next one).
#[derive(Clone, Default)]
pub struct VisitCache(Arc<Mutex<Seen>>);

/// Who was seen on which day, by which calendar.
#[derive(Default)]
struct Seen {
    day: i32,
    members: HashSet<i64>,
    calendar: Option<Calendar>,
}

impl VisitCache {
    /// Whether `user_id`'s visit still has to be recorded today (and remembers that it is):
    /// later requests of the day cost a look-up in memory, not a database write. Until the
    /// calendar is known every visit is recorded (the database decides).
    pub fn first_today(&self, user_id: i64) -> bool {
        let Ok(mut seen) = self.0.lock() else {
            return true;
        };
        let Some(day) = seen.calendar.as_ref().map(Calendar::today) else {
            return true;
        };
        if seen.day != day {
            seen.day = day;
            seen.members.clear();
        }
        seen.members.insert(user_id)
    }

    /// Remembers the organisation's calendar, as read when a visit was recorded.
    fn learn(&self, calendar: Calendar) {
        if let Ok(mut seen) = self.0.lock() {
            seen.calendar = Some(calendar);
        }
    }
}

/// Records a member's first visit of the day (once across all instances: the database has the
/// last word), and tells `cache` the calendar it was counted by.
pub async fn visit(db: &Db, cache: &VisitCache, user_id: i64) -> Result<()> {
    let now = now_ms();
    let calendar = Calendar::of(db).await?;
    let day = calendar.day_of(now);
    cache.learn(calendar);
    let tx = db::begin_write(db).await?;
    if repo::mark_active(&tx, day, user_id, Level::Lurker).await? {
        let new = NewEvent {
            occurred_at: now,
            day,
            user_id,
            kind: ActivityKind::Visit.as_str(),
            group_id: None,
            post_id: None,
            segment: repo::segment_of(&tx, user_id).await?.as_str(),
        };
        repo::append(&tx, &new).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Records that `user_id` did `kind` (in `group_id`, about `post_id`) now: the member counts as
/// active today and the day's count grows. The first activity of a member's day also counts as
/// their visit (normally the visit middleware got there first), so the day's visits are its
/// active members and daily figures never need the per-member table. Callers pass their
/// transaction.
pub async fn record(
    db: &impl sea_orm::ConnectionTrait,
    kind: ActivityKind,
    user_id: i64,
    group_id: Option<i64>,
    post_id: Option<i64>,
) -> Result<()> {
    let occurred_at = now_ms();
    let day = Calendar::of(db).await?.day_of(occurred_at);
    let new = NewEvent {
        occurred_at,
        day,
        user_id,
        kind: kind.as_str(),
        group_id,
        post_id,
        segment: repo::segment_of(db, user_id).await?.as_str(),
    };
    if let (Some(group_id), true) = (group_id, kind.level() > Level::Lurker) {
        repo::mark_engaged(db, group_id, user_id, day).await?;
    }
    let first_today = repo::mark_active(db, day, user_id, kind.level()).await?;
    if first_today && kind != ActivityKind::Visit {
        let visit = NewEvent {
            kind: ActivityKind::Visit.as_str(),
            group_id: None,
            post_id: None,
            ..new.clone()
        };
        repo::append(db, &visit).await?;
    }
    Ok(repo::append(db, &new).await?)
}

/// Deletes raw events older than the retention period an administrator set (13 months until
/// then), and the top contributors' rollup of those days (it names people); the other rollups
/// stay. Arrivals from mail links go after their own, shorter period. Returns how many events
/// went.
pub async fn purge(db: &Db, now: i64) -> Result<u64> {
    let days = crate::settings::ACTIVITY_RETENTION_DAYS.get(db).await?;
    let cutoff = now - days * super::DAY_MS;
    let tx = db::begin_write(db).await?;
    let gone = repo::purge_before(&tx, cutoff).await?;
    let calendar = Calendar::of(&tx).await?;
    super::contributions::purge_before(&tx, calendar.day_of(cutoff)).await?;
    super::arrivals::purge_before(&tx, calendar.day_of(now - super::arrivals::RETENTION_MS))
        .await?;
    tx.commit().await?;
    Ok(gone)
}

/// The daily job that purges expired raw events (one instance runs it, through the job
/// runner).
pub fn purge_job(
    db: Db,
    _payload: String,
) -> futures_util::future::BoxFuture<'static, crate::jobs::Outcome> {
    Box::pin(async move {
        let gone = purge(&db, now_ms()).await.map_err(|e| e.to_string())?;
        if gone > 0 {
            tracing::info!(gone, "expired activity events deleted");
        }
        Ok(())
    })
}
