//! The job runner on both databases: two runners racing over the same jobs run each once,
//! failures back off and are given up, recurring jobs are scheduled once per slot.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_util::FutureExt;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use super::entity::job;
use super::{Registry, Runner, enqueue, pending_count};
use crate::db::now_ms;
use crate::testing::db_test;

/// A registry whose `test.record` jobs append their payload to `seen`.
fn recording(seen: Arc<Mutex<Vec<String>>>) -> Registry {
    Registry::default().handle("test.record", move |_db, payload| {
        let seen = seen.clone();
        async move {
            tokio::time::sleep(Duration::from_millis(2)).await;
            seen.lock().map_err(|e| e.to_string())?.push(payload);
            Ok(())
        }
        .boxed()
    })
}

db_test!(two_runners_racing_run_every_job_once, |app| {
    for i in 0..40 {
        enqueue(&app.db, "test.record", &i.to_string(), now_ms() - 1, None)
            .await
            .expect("enqueue");
    }
    let seen = Arc::new(Mutex::new(Vec::new()));
    let first = Runner::new(app.db.clone(), recording(seen.clone()), "first");
    let second = Runner::new(app.db.clone(), recording(seen.clone()), "second");
    let (a, b) = tokio::join!(first.drain(), second.drain());
    assert_eq!(a.expect("first") + b.expect("second"), 40);
    let mut ran: Vec<i32> = seen
        .lock()
        .expect("lock")
        .iter()
        .map(|p| p.parse().expect("number"))
        .collect();
    ran.sort_unstable();
    assert_eq!(
        ran,
        (0..40).collect::<Vec<_>>(),
        "each job ran exactly once"
    );
    assert_eq!(
        pending_count(&app.db, "test.record").await.expect("count"),
        0
    );
});

db_test!(failing_jobs_back_off_and_are_given_up, |app| {
    let registry = Registry::default().handle("test.fail", |_db, _payload| {
        async { Err("the mail server is down".to_string()) }.boxed()
    });
    enqueue(&app.db, "test.fail", "", now_ms() - 1, None)
        .await
        .expect("enqueue");
    let runner = Runner::new(app.db.clone(), registry, "only");
    assert_eq!(runner.drain().await.expect("drain"), 1);
    let stored = job::Entity::find()
        .filter(job::Column::Kind.eq("test.fail"))
        .one(&app.db)
        .await
        .expect("query")
        .expect("job");
    assert_eq!(stored.attempts, 1);
    assert!(
        stored.run_at >= now_ms() + 25_000,
        "due again after a back-off"
    );
    assert_eq!(stored.done_at, None);
    assert_eq!(
        stored.last_error.as_deref(),
        Some("the mail server is down")
    );
    assert_eq!(runner.drain().await.expect("drain"), 0, "not due yet");

    for _ in 0..4 {
        job::Entity::update_many()
            .col_expr(
                job::Column::RunAt,
                sea_orm::sea_query::Expr::val(now_ms() - 1),
            )
            .exec(&app.db)
            .await
            .expect("make due");
        runner.drain().await.expect("drain");
    }
    let stored = job::Entity::find_by_id(stored.id)
        .one(&app.db)
        .await
        .expect("query")
        .expect("job");
    assert_eq!(stored.attempts, 5);
    assert!(
        stored.failed && stored.done_at.is_some(),
        "given up after five attempts"
    );
});

db_test!(recurring_jobs_are_scheduled_once_per_slot, |app| {
    let registry = Registry::default().every("test.tick", Duration::from_secs(3600), |_db, _| {
        async { Ok(()) }.boxed()
    });
    let first = Runner::new(app.db.clone(), registry.clone(), "first");
    let second = Runner::new(app.db.clone(), registry, "second");
    first.schedule_recurring().await.expect("schedule");
    second.schedule_recurring().await.expect("schedule");
    first.schedule_recurring().await.expect("schedule");
    assert_eq!(pending_count(&app.db, "test.tick").await.expect("count"), 1);
    let next = job::Entity::find()
        .filter(job::Column::Kind.eq("test.tick"))
        .one(&app.db)
        .await
        .expect("query")
        .expect("job");
    assert!(next.run_at > now_ms() && next.run_at <= now_ms() + 3_600_000);
    assert_eq!(next.run_at % 3_600_000, 0, "on the hour");
});

db_test!(runners_leave_kinds_they_cannot_run, |app| {
    enqueue(&app.db, "test.newer", "", now_ms() - 1, None)
        .await
        .expect("enqueue");
    let seen = Arc::new(Mutex::new(Vec::new()));
    let older = Runner::new(app.db.clone(), recording(seen), "older release");
    assert_eq!(older.drain().await.expect("drain"), 0);
    let waiting = job::Entity::find()
        .filter(job::Column::Kind.eq("test.newer"))
        .one(&app.db)
        .await
        .expect("query")
        .expect("job");
    assert_eq!((waiting.attempts, waiting.locked_by), (0, None));
});

db_test!(a_job_longer_than_its_lease_is_not_taken_over, |app| {
    enqueue(&app.db, "test.slow", "", now_ms() - 1, None)
        .await
        .expect("enqueue");
    let runs = Arc::new(Mutex::new(0));
    let slow = |runs: Arc<Mutex<i32>>| {
        Registry::default().handle("test.slow", move |_db, _payload| {
            let runs = runs.clone();
            async move {
                *runs.lock().map_err(|e| e.to_string())? += 1;
                tokio::time::sleep(Duration::from_millis(900)).await;
                Ok(())
            }
            .boxed()
        })
    };
    let lease = Duration::from_millis(300);
    let first = Runner::new(app.db.clone(), slow(runs.clone()), "first").with_lease(lease);
    let second = Runner::new(app.db.clone(), slow(runs.clone()), "second").with_lease(lease);
    let late = async {
        // Looks again three times while the first still runs, each past one lease.
        let mut ran = 0;
        for _ in 0..3 {
            tokio::time::sleep(Duration::from_millis(250)).await;
            ran += second.drain().await.expect("second");
        }
        ran
    };
    let (a, b) = tokio::join!(first.drain(), late);
    assert_eq!((a.expect("first"), b), (1, 0));
    assert_eq!(*runs.lock().expect("lock"), 1, "the job ran once");
});

db_test!(
    a_job_whose_last_attempt_died_is_given_up_not_retried,
    |app| {
        enqueue(&app.db, "test.record", "crash", now_ms() - 1, None)
            .await
            .expect("enqueue");
        // As a process that died during the last attempt leaves it: claimed, lease run out.
        job::Entity::update_many()
            .col_expr(job::Column::Attempts, sea_orm::sea_query::Expr::val(5))
            .col_expr(
                job::Column::LockedUntil,
                sea_orm::sea_query::Expr::val(now_ms() - 1),
            )
            .col_expr(job::Column::LockedBy, sea_orm::sea_query::Expr::val("gone"))
            .exec(&app.db)
            .await
            .expect("update");
        let seen = Arc::new(Mutex::new(Vec::new()));
        let runner = Runner::new(app.db.clone(), recording(seen.clone()), "runner");
        assert_eq!(runner.drain().await.expect("drain"), 0);
        assert!(seen.lock().expect("lock").is_empty());
        let row = job::Entity::find()
            .filter(job::Column::Kind.eq("test.record"))
            .one(&app.db)
            .await
            .expect("query")
            .expect("job");
        assert!(row.failed && row.done_at.is_some());
        assert!(row.last_error.unwrap_or_default().contains("last attempt"));
    }
);
