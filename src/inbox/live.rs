//! Live delivery: one watcher per Plein instance reads the notifications stored since its last
//! look (by any instance — they share the database) and tells this instance's open streams
//! whose they are. Browsers hold a server-sent-events stream and never poll; the one cheap
//! primary-key range query per look is the instance's, not the browser's, and it works the
//! same on SQLite and PostgreSQL, with several instances behind a load balancer.

use std::collections::{HashSet, VecDeque};
use std::time::{Duration, Instant};

use tokio::sync::{broadcast, watch};

use super::repo;
use crate::db::Db;

/// How often the watcher looks for new notifications.
pub const WATCH_INTERVAL: Duration = Duration::from_millis(700);

/// How long a transaction may take to commit a notification whose id was handed out before
/// one already seen (PostgreSQL sequences are not commit-ordered); the watcher looks back this
/// far so such a notification is still announced.
const LATE_COMMIT_WINDOW: Duration = Duration::from_secs(10);

/// Most notifications announced per look.
const BATCH: u64 = 1000;

/// This instance's announcer: streams subscribe, the watcher publishes receiver ids.
#[derive(Clone)]
pub struct LiveHub {
    sender: broadcast::Sender<i64>,
    stopping: watch::Receiver<bool>,
}

impl LiveHub {
    /// Starts the watcher; it and every stream end when `stopping` turns true, so a graceful
    /// shutdown does not wait for browsers to hang up.
    pub fn start(db: Db, stopping: watch::Receiver<bool>) -> Self {
        let (sender, _) = broadcast::channel(1024);
        let hub = Self { sender, stopping };
        tokio::spawn(hub.clone().watch(db));
        hub
    }

    /// A receiver of the ids of members who just got a notification.
    pub fn subscribe(&self) -> broadcast::Receiver<i64> {
        self.sender.subscribe()
    }

    /// Resolves when the server is shutting down.
    pub async fn stopped(&self) {
        let mut stopping = self.stopping.clone();
        let _ = stopping.wait_for(|stop| *stop).await;
    }

    async fn watch(self, db: Db) {
        let mut seen: Option<Seen> = None;
        loop {
            if let Err(err) = self.look(&db, &mut seen).await {
                tracing::warn!(%err, "notification watcher could not read");
            }
            tokio::select! {
                _ = tokio::time::sleep(WATCH_INTERVAL) => {}
                _ = self.stopped() => return,
            }
        }
    }

    /// One look: announce what is new since the last (on the first, learn where "now" is).
    async fn look(&self, db: &Db, seen: &mut Option<Seen>) -> Result<(), sea_orm::DbErr> {
        let Some(seen) = seen.as_mut() else {
            *seen = Some(Seen::starting_at(repo::newest_id(db, None).await?));
            return Ok(());
        };
        for (id, user_id) in repo::created_after(db, seen.floor, BATCH).await? {
            if seen.first_time(id) {
                // No open stream on this instance is not an error.
                let _ = self.sender.send(user_id);
            }
        }
        if let Some(cutoff) = Instant::now().checked_sub(LATE_COMMIT_WINDOW) {
            seen.forget_older_than(cutoff);
        }
        Ok(())
    }
}

/// The ids announced recently, and the floor below which everything was settled.
struct Seen {
    floor: i64,
    ids: HashSet<i64>,
    order: VecDeque<(i64, Instant)>,
}

impl Seen {
    fn starting_at(floor: i64) -> Self {
        Self {
            floor,
            ids: HashSet::new(),
            order: VecDeque::new(),
        }
    }

    /// Records `id`; false when it was announced already.
    fn first_time(&mut self, id: i64) -> bool {
        if id <= self.floor || !self.ids.insert(id) {
            return false;
        }
        self.order.push_back((id, Instant::now()));
        true
    }

    /// Raises the floor past ids seen before `cutoff`.
    fn forget_older_than(&mut self, cutoff: Instant) {
        while let Some(&(id, at)) = self.order.front() {
            if at > cutoff {
                break;
            }
            self.order.pop_front();
            self.ids.remove(&id);
            self.floor = self.floor.max(id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_late_commit_below_the_newest_id_is_still_announced_once() {
        let mut seen = Seen::starting_at(10);
        assert!(seen.first_time(12));
        assert!(seen.first_time(11), "committed late, lower id");
        assert!(!seen.first_time(12), "never twice");
        assert!(!seen.first_time(9), "below the floor was settled");
        seen.forget_older_than(Instant::now());
        assert_eq!(seen.floor, 12);
        assert!(!seen.first_time(11));
    }
}
