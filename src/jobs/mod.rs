//! Background jobs backed by the database, safe when several Plein instances share it: a job is
//! claimed by one runner at a time (`FOR UPDATE SKIP LOCKED` on PostgreSQL, the write lock of
//! an immediate transaction on SQLite) under a lease, retried with a growing back-off when it
//! fails, and given up after its attempts. Recurring jobs are scheduled per time slot under a
//! unique key, so however many instances schedule the next run, it exists once. Handlers must
//! be idempotent: a runner that dies mid-job leaves it to be claimed again when its lease ends.

pub mod entity;
mod repo;

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use futures_util::future::BoxFuture;

use crate::db::{Db, now_ms};

pub use repo::{Claimed, enqueue, pending_count};

/// Wakes this process's runners at once (after work was queued and committed), so a mail or
/// another job queued by a request does not wait for the next poll; other instances still find
/// it on their next poll.
static WAKE: tokio::sync::Notify = tokio::sync::Notify::const_new();

/// Asks this process's runners to look for due jobs now.
pub fn wake() {
    WAKE.notify_waiters();
}

/// What a handler returns: done, or an error message kept on the job for the next attempt.
pub type Outcome = std::result::Result<(), String>;

/// Runs one job of a kind with its payload.
pub type Handler = Arc<dyn Fn(Db, String) -> BoxFuture<'static, Outcome> + Send + Sync>;

/// A job kind that runs every `every`.
#[derive(Clone)]
pub struct Recurring {
    /// The job kind.
    pub kind: &'static str,
    /// How often.
    pub every: Duration,
}

/// The handlers of every job kind and the recurring schedule.
#[derive(Clone, Default)]
pub struct Registry {
    handlers: HashMap<&'static str, Handler>,
    recurring: Vec<Recurring>,
}

impl Registry {
    /// Registers the handler of `kind`.
    pub fn handle(
        mut self,
        kind: &'static str,
        handler: impl Fn(Db, String) -> BoxFuture<'static, Outcome> + Send + Sync + 'static,
    ) -> Self {
        self.handlers.insert(kind, Arc::new(handler));
        self
    }

    /// Registers `kind` (with its handler) to run every `every`.
    pub fn every(
        self,
        kind: &'static str,
        every: Duration,
        handler: impl Fn(Db, String) -> BoxFuture<'static, Outcome> + Send + Sync + 'static,
    ) -> Self {
        let mut registry = self.handle(kind, handler);
        registry.recurring.push(Recurring { kind, every });
        registry
    }
}

/// How long a claimed job is its runner's before others may take it over.
const LEASE_MS: i64 = 5 * 60_000;

/// One runner: claims and runs due jobs.
pub struct Runner {
    db: Db,
    registry: Registry,
    /// How long a claim holds before it is renewed (a third of it) or taken over.
    lease_ms: i64,
    /// Names this runner in the `locked_by` column (instance and task).
    name: String,
}

impl Runner {
    /// A runner named `name` over `db`.
    pub fn new(db: Db, registry: Registry, name: impl Into<String>) -> Self {
        Self {
            db,
            registry,
            lease_ms: LEASE_MS,
            name: name.into(),
        }
    }

    /// The same runner with a shorter or longer lease (tests use a short one).
    pub fn with_lease(mut self, lease: Duration) -> Self {
        self.lease_ms = i64::try_from(lease.as_millis()).unwrap_or(LEASE_MS).max(3);
        self
    }

    /// Makes sure every recurring job has its next run scheduled (once, whoever asks).
    pub async fn schedule_recurring(&self) -> Result<(), sea_orm::DbErr> {
        for recurring in &self.registry.recurring {
            schedule_next(&self.db, recurring, now_ms()).await?;
        }
        Ok(())
    }

    /// Claims and runs due jobs until none is left; returns how many ran.
    pub async fn drain(&self) -> Result<usize, sea_orm::DbErr> {
        let abandoned = repo::give_up_abandoned(&self.db, now_ms()).await?;
        if abandoned > 0 {
            tracing::warn!(
                abandoned,
                "jobs given up after their last attempt was interrupted"
            );
        }
        let mut ran = 0;
        let kinds: Vec<&str> = self.registry.handlers.keys().copied().collect();
        while let Some(job) =
            repo::claim(&self.db, &self.name, &kinds, now_ms(), self.lease_ms).await?
        {
            self.run(job).await?;
            ran += 1;
        }
        Ok(ran)
    }

    async fn run(&self, job: Claimed) -> Result<(), sea_orm::DbErr> {
        let outcome = match self.registry.handlers.get(job.kind.as_str()) {
            Some(handler) => {
                self.holding_lease(&job, handler(self.db.clone(), job.payload.clone()))
                    .await
            }
            None => Err(format!("no handler for {}", job.kind)),
        };
        match outcome {
            Ok(()) => repo::complete(&self.db, job.id, &self.name).await?,
            Err(error) => {
                tracing::warn!(job = job.id, kind = %job.kind, %error, "job failed");
                repo::fail(&self.db, &job, &self.name, &error, now_ms()).await?;
            }
        }
        if let Some(recurring) = self.registry.recurring.iter().find(|r| r.kind == job.kind) {
            schedule_next(&self.db, recurring, now_ms()).await?;
        }
        Ok(())
    }

    /// Runs `work` while renewing the lease on `job` every third of the lease, so a job that
    /// runs longer than one lease is not taken over by another instance.
    async fn holding_lease(&self, job: &Claimed, work: BoxFuture<'static, Outcome>) -> Outcome {
        let mut work = std::pin::pin!(work);
        let renew_every = Duration::from_millis(u64::try_from(self.lease_ms / 3).unwrap_or(60_000));
        loop {
            tokio::select! {
                outcome = &mut work => return outcome,
                _ = tokio::time::sleep(renew_every) => {
                    match repo::renew(&self.db, job.id, &self.name, now_ms() + self.lease_ms).await {
                        Ok(true) => {}
                        Ok(false) => tracing::warn!(job = job.id, "lost the lease of a running job"),
                        Err(error) => tracing::warn!(job = job.id, %error, "could not renew a job's lease"),
                    }
                }
            }
        }
    }

    /// Runs until `stop` turns true: schedules the recurring jobs, then drains due jobs every
    /// `poll`. Database errors are logged and retried on the next round.
    pub async fn run_until(self, poll: Duration, mut stop: tokio::sync::watch::Receiver<bool>) {
        loop {
            if let Err(error) = self.schedule_recurring().await {
                tracing::warn!(%error, "scheduling recurring jobs failed");
            }
            if let Err(error) = self.drain().await {
                tracing::warn!(%error, "running jobs failed");
            }
            tokio::select! {
                _ = tokio::time::sleep(poll) => {}
                _ = WAKE.notified() => {}
                _ = stop.changed() => return,
            }
            if *stop.borrow() {
                return;
            }
        }
    }
}

/// Schedules the run of `recurring` in the slot after `now`, once: the slot is part of the
/// job's unique key.
async fn schedule_next(db: &Db, recurring: &Recurring, now: i64) -> Result<(), sea_orm::DbErr> {
    let every = i64::try_from(recurring.every.as_millis())
        .unwrap_or(i64::MAX)
        .max(1);
    let next = (now / every + 1) * every;
    let key = format!("{}@{next}", recurring.kind);
    enqueue(db, recurring.kind, "", next, Some(&key)).await
}

/// The back-off before attempt `attempts + 1`: 30 s, 2 min, 8 min, … up to six hours.
pub fn backoff_ms(attempts: i32) -> i64 {
    let exponent = u32::try_from(attempts.clamp(1, 10) - 1).unwrap_or(0);
    (30_000_i64 * 4_i64.pow(exponent)).min(6 * 3_600_000)
}

#[cfg(test)]
mod tests;
