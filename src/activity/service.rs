//! Recording activity happens with one call (`repo::record`) at the point where something
//! happens, inside the caller's transaction, so an action and its record stand or fall together.
//! Here: visits, recorded once
//! per member per day (a per-instance memory spares the database on every later request; the
//! database decides across instances). Raw events expire after the retention period.

use std::collections::HashSet;
use std::sync::{Arc, Mutex};

use super::kind::{ActivityKind, Level};
use super::period::day_of;
use super::repo::{self, NewEvent};
use crate::db::{self, Db, now_ms};
use crate::error::Result;

/// This instance's memory of who has visited today.
#[derive(Clone, Default)]
pub struct VisitCache(Arc<Mutex<(i32, HashSet<i64>)>>);

impl VisitCache {
    /// Whether `user_id`'s visit still has to be recorded today (and remembers that it is):
    /// later requests of the day cost a look-up in memory, not a database write.
    pub fn first_today(&self, user_id: i64) -> bool {
        let day = day_of(now_ms());
        let Ok(mut seen) = self.0.lock() else {
            return true;
        };
        if seen.0 != day {
            *seen = (day, HashSet::new());
        }
        seen.1.insert(user_id)
    }
}

/// Records a member's first visit of the day (once across all instances: the database has the
/// last word).
pub async fn visit(db: &Db, user_id: i64) -> Result<()> {
    let now = now_ms();
    let day = day_of(now);
    let tx = db::begin_write(db).await?;
    if repo::mark_active(&tx, day, user_id, Level::Lurker).await? {
        let new = NewEvent {
            occurred_at: now,
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

/// Deletes raw events older than the retention period an administrator set (13 months until
/// then); rollups stay. Returns how many went.
pub async fn purge(db: &Db, now: i64) -> Result<u64> {
    let days = crate::settings::ACTIVITY_RETENTION_DAYS.get(db).await?;
    let cutoff = now - days * super::DAY_MS;
    let tx = db::begin_write(db).await?;
    let gone = repo::purge_before(&tx, cutoff).await?;
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
