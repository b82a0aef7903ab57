//! The activity record on both databases: every recorded action lands in the day's rollups,
//! visits count once per member per day, and expired raw events go while rollups stay.

use std::time::Duration;

use super::repo::{self, NewEvent, day_of};
use super::service;
use crate::db::now_ms;
use crate::testing::{Browser, TestApp, db_test};

async fn count(app: &TestApp, kind: &str) -> i64 {
    repo::day_count(&app.db, day_of(now_ms()), kind)
        .await
        .expect("count")
}

/// Waits (at most two seconds) for the visits recorded beside requests.
async fn visits_settle(app: &TestApp, expected: i64) -> i64 {
    for _ in 0..40 {
        if count(app, "visit").await >= expected {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    count(app, "visit").await
}

db_test!(actions_land_in_the_daily_rollups, |app| {
    let (anna, _) = app.member("Anna").await;
    let (bram, _) = app.member("Bram").await;
    let group_id = Browser::id_from(
        &anna
            .post("/groups", &[("name", "Team"), ("visibility", "open")])
            .await,
    );
    bram.post(&format!("/groups/{group_id}/join"), &[]).await;
    let question = Browser::id_from(
        &anna
            .post(
                &format!("/groups/{group_id}/posts"),
                &[("kind", "question"), ("body", "Wie weet het?")],
            )
            .await,
    );
    let answered = bram
        .post(&format!("/posts/{question}/comments"), &[("body", "Ik!")])
        .await;
    anna.post(&format!("/posts/{question}/comments"), &[("body", "Dank")])
        .await;
    bram.post(&format!("/posts/{question}/react"), &[("kind", "like")])
        .await;
    let comment = answered.first_comment_id();
    anna.post(&format!("/comments/{comment}/accept"), &[]).await;
    bram.post(&format!("/groups/{group_id}/leave"), &[]).await;
    bram.post(
        "/profile/edit",
        &[("display_name", "Bram B."), ("job_title", "Adviseur")],
    )
    .await;

    for (kind, expected) in [
        ("join", 1),
        ("post.question", 1),
        ("answer", 1),
        ("comment", 1),
        ("reaction", 1),
        ("accepted_answer", 1),
        ("leave", 1),
        ("profile_update", 1),
        ("post.discussion", 0),
    ] {
        assert_eq!(count(&app, kind).await, expected, "{kind}");
    }
    let today = day_of(now_ms());
    assert_eq!(
        repo::active_members(&app.db, today, today)
            .await
            .expect("dau"),
        2
    );
    assert_eq!(visits_settle(&app, 2).await, 2, "one visit per member");
    anna.get("/").await;
    bram.get("/").await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(count(&app, "visit").await, 2, "still one visit each today");
});

db_test!(expired_raw_events_go_and_rollups_stay, |app| {
    let old = now_ms() - 400 * 86_400_000;
    let event = NewEvent {
        occurred_at: old,
        user_id: 1,
        kind: "comment",
        group_id: Some(7),
        post_id: None,
        segment: "member",
    };
    repo::append(&app.db, &event).await.expect("append");
    repo::append(
        &app.db,
        &NewEvent {
            occurred_at: now_ms(),
            ..event.clone()
        },
    )
    .await
    .expect("append");
    assert_eq!(repo::event_count(&app.db).await.expect("count"), 2);
    assert_eq!(service::purge(&app.db, now_ms()).await.expect("purge"), 1);
    assert_eq!(repo::event_count(&app.db).await.expect("count"), 1);
    assert_eq!(
        repo::day_count(&app.db, day_of(old), "comment")
            .await
            .expect("rollup"),
        1,
        "the old day's count stays"
    );
});
