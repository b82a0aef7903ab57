//! The community-wide figures are a heavy read (half a second on a year of 10M events) for a
//! page whose finest grain is a day, so each instance keeps what it computed for a few minutes
//! and refreshes the two standard views — the last 30 days and the last 12 months — in the
//! background before they expire: managers get them at once, and the page says how fresh they
//! are. Other periods are computed when asked and kept just as long. Changing the thresholds or
//! the minimum group size clears this instance's memory (others follow within the lifetime).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::activity::period::Period;
use crate::db::{Db, now_ms};
use crate::error::Result;
use crate::insights::figures::{self, Cockpit};

/// Figures of one period, as computed at `at_ms`.
#[derive(Debug, Clone)]
pub struct Memoized {
    /// When they were computed (epoch ms), shown on the page.
    pub at_ms: i64,
    /// The figures; `None` when the community is below the minimum group size.
    pub figures: Option<Arc<Cockpit>>,
}

type Entries = HashMap<(i32, i32), (Instant, Memoized)>;

/// This instance's memory of community-wide figures.
#[derive(Clone, Default)]
pub struct FiguresMemo {
    entries: Arc<Mutex<Entries>>,
    lifetime: Duration,
}

/// The most periods kept at once (custom periods beyond the two standard ones).
const MAX_ENTRIES: usize = 32;

impl FiguresMemo {
    /// A memory keeping figures for `lifetime` (zero: always compute, as tests need).
    pub fn new(lifetime: Duration) -> Self {
        Self {
            entries: Arc::default(),
            lifetime,
        }
    }

    /// The figures of `period`, from memory when fresh.
    pub async fn figures(&self, db: &Db, period: Period) -> Result<Memoized> {
        if self.lifetime.is_zero() {
            return compute(db, period).await;
        }
        let key = (period.from, period.to);
        if let Some(found) = self.fresh(key) {
            return Ok(found);
        }
        let computed = compute(db, period).await?;
        self.store(key, computed.clone());
        Ok(computed)
    }

    fn fresh(&self, key: (i32, i32)) -> Option<Memoized> {
        let entries = self.entries.lock().ok()?;
        entries
            .get(&key)
            .filter(|(at, _)| at.elapsed() < self.lifetime)
            .map(|(_, memoized)| memoized.clone())
    }

    /// Keeps figures; "too small" is not kept, so a community that just reached the minimum
    /// group size shows its figures at once.
    fn store(&self, key: (i32, i32), memoized: Memoized) {
        if memoized.figures.is_none() {
            return;
        }
        if let Ok(mut entries) = self.entries.lock() {
            entries.retain(|_, (at, _)| at.elapsed() < self.lifetime);
            if entries.len() >= MAX_ENTRIES {
                entries.clear();
            }
            entries.insert(key, (Instant::now(), memoized));
        }
    }

    /// Forgets everything (the thresholds or the minimum group size changed).
    pub fn clear(&self) {
        if let Ok(mut entries) = self.entries.lock() {
            entries.clear();
        }
    }

    /// Recomputes the standard views into memory, twice per lifetime, until `stop` turns
    /// true; errors are logged and retried on the next round.
    pub async fn refresh_until(self, db: Db, mut stop: tokio::sync::watch::Receiver<bool>) {
        if self.lifetime.is_zero() {
            return;
        }
        loop {
            match crate::activity::today(&db).await {
                Ok(today) => {
                    for period in [Period::last_days(today), Period::last_year(today)] {
                        match compute(&db, period).await {
                            Ok(memoized) => self.store((period.from, period.to), memoized),
                            Err(error) => tracing::warn!(%error, "refreshing the cockpit failed"),
                        }
                    }
                }
                Err(error) => tracing::warn!(%error, "refreshing the cockpit failed"),
            }
            tokio::select! {
                _ = tokio::time::sleep(self.lifetime / 2) => {}
                _ = stop.changed() => return,
            }
            if *stop.borrow() {
                return;
            }
        }
    }
}

async fn compute(db: &Db, period: Period) -> Result<Memoized> {
    let at_ms = now_ms();
    let figures = figures::figures(db, period).await?.map(Arc::new);
    Ok(Memoized { at_ms, figures })
}
