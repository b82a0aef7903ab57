//! The activity record on both databases: every recorded action lands in the day's rollups,
//! visits count once per member per day, and expired raw events go while rollups stay.

use sea_orm::ConnectionTrait as _;
use std::time::Duration;

use super::repo::{self, NewEvent};
use super::service;
use crate::db::now_ms;
use crate::testing::{Browser, TestApp, db_test};

async fn count(app: &TestApp, kind: &str) -> i64 {
    repo::day_count(&app.db, app.calendar().await.today(), kind)
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
    let today = app.calendar().await.today();
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

// What is recorded counts on the organisation's day, not the UTC day: one zone fourteen hours
// ahead of UTC and one eleven behind, so at any hour at least one of them has another date.
db_test!(activity_counts_on_the_organisation_s_day, |app| {
    let (_, anna) = app.member("Anna").await;
    let mut differs = false;
    for zone in ["Pacific/Kiritimati", "Pacific/Pago_Pago"] {
        crate::settings::TIME_ZONE
            .set(&app.db, zone)
            .await
            .expect("the zone");
        let calendar = app.calendar().await;
        let before = repo::day_count(&app.db, calendar.today(), "profile_update")
            .await
            .expect("count");
        crate::activity::record(
            &app.db,
            crate::activity::ActivityKind::ProfileUpdate,
            anna,
            None,
            None,
        )
        .await
        .expect("recorded");
        let after = repo::day_count(&app.db, calendar.today(), "profile_update")
            .await
            .expect("count");
        assert_eq!(after, before + 1, "counted on today in {zone}");
        differs |= calendar.today() != (now_ms() / crate::activity::DAY_MS) as i32;
    }
    assert!(differs, "one of the zones is on another date than UTC");
});

db_test!(expired_raw_events_go_and_rollups_stay, |app| {
    let old = now_ms() - 400 * crate::activity::DAY_MS;
    let event = NewEvent {
        occurred_at: old,
        day: app.calendar().await.day_of(old),
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
            day: app.calendar().await.day_of(now_ms()),
            ..event.clone()
        },
    )
    .await
    .expect("append");
    assert_eq!(repo::event_count(&app.db).await.expect("count"), 2);
    assert_eq!(service::purge(&app.db, now_ms()).await.expect("purge"), 1);
    assert_eq!(repo::event_count(&app.db).await.expect("count"), 1);
    assert_eq!(
        repo::day_count(&app.db, app.calendar().await.day_of(old), "comment")
            .await
            .expect("rollup"),
        1,
        "the old day's count stays"
    );
});

db_test!(arrivals_from_mail_are_kept_ninety_days, |app| {
    use crate::mail::MailKind;
    let (_, anna) = app.member("Anna").await;
    let (_, bert) = app.member("Bert").await;
    crate::activity::arrivals::arrived(&app.db, MailKind::Digest, anna)
        .await
        .expect("arrived");
    crate::activity::arrivals::arrived(&app.db, MailKind::Digest, anna)
        .await
        .expect("once a day");
    crate::activity::arrivals::arrived(&app.db, MailKind::Digest, bert)
        .await
        .expect("arrived");
    let today = app.calendar().await.today();
    let count =
        |kind| crate::activity::arrivals::arrivals_between(&app.db, kind, (today - 100, today));
    assert_eq!(count(MailKind::Digest).await.expect("count"), 2);
    assert_eq!(count(MailKind::Newsletter).await.expect("count"), 0);
    app.db
        .execute_unprepared(&format!(
            "UPDATE activity_mail_arrivals SET day = day - 91 WHERE user_id = {bert}"
        ))
        .await
        .expect("an old arrival");
    service::purge(&app.db, now_ms()).await.expect("purge");
    assert_eq!(
        count(MailKind::Digest).await.expect("count"),
        1,
        "Bert's went"
    );
});

db_test!(administrators_export_the_log_under_pseudonyms, |app| {
    let (admin, admin_id) = app
        .signed_in("beheer@example.nl", "Beheer", crate::auth::Role::Admin)
        .await;
    let (manager, _) = app
        .signed_in(
            "cm@example.nl",
            "Carla",
            crate::auth::Role::CommunityManager,
        )
        .await;
    let (anna, anna_id) = app.member("Anna").await;
    let group = Browser::id_from(
        &anna
            .post("/groups", &[("name", "Team"), ("visibility", "open")])
            .await,
    );
    anna.post(&format!("/groups/{group}/posts"), &[("body", "Hallo")])
        .await;
    visits_settle(&app, 3).await;
    let today = crate::activity::period::date_of(app.calendar().await.today());
    let key = ("key", "de sleutel van de OR 2026");
    let period = [("from", today.as_str()), ("to", today.as_str())];

    admin
        .get("/admin/activity")
        .await
        .assert_status(reqwest::StatusCode::OK)
        .assert_contains("Export key");
    let first = admin
        .post("/admin/activity.csv", &[period[0], period[1], key])
        .await;
    first
        .assert_status(reqwest::StatusCode::OK)
        .assert_contains("date,member,kind,group_id\n");
    let export_key = crate::activity::export::ExportKey::parse(key.1).expect("key");
    let anna_as = export_key.pseudonym(anna_id);
    assert!(first.body.contains(&format!("{today},{anna_as},visit,\n")));
    assert!(
        first
            .body
            .contains(&format!("{today},{anna_as},post.discussion,{group}\n"))
    );
    assert!(first.body.contains(&format!(
        "{today},{},visit,\n",
        export_key.pseudonym(admin_id)
    )));
    assert!(
        !first.body.contains(&format!(",{anna_id},")),
        "no account numbers in the export"
    );
    let again = admin
        .post("/admin/activity.csv", &[period[0], period[1], key])
        .await;
    assert_eq!(again.body, first.body, "the same key, the same pseudonyms");
    let other = admin
        .post(
            "/admin/activity.csv",
            &[period[0], period[1], ("key", "een heel andere sleutel")],
        )
        .await;
    assert!(!other.body.contains(&anna_as));

    admin
        .post(
            "/admin/activity.csv",
            &[period[0], period[1], ("key", "kort")],
        )
        .await
        .assert_status(reqwest::StatusCode::UNPROCESSABLE_ENTITY)
        .assert_contains("The export key is too short.");
    admin
        .post(
            "/admin/activity.csv",
            &[("from", "2020-01-01"), ("to", today.as_str()), key],
        )
        .await
        .assert_status(reqwest::StatusCode::UNPROCESSABLE_ENTITY)
        .assert_contains("A period can be at most thirteen months");
    manager
        .post("/admin/activity.csv", &[period[0], period[1], key])
        .await
        .assert_status(reqwest::StatusCode::FORBIDDEN);
    assert_eq!(
        crate::cockpit::views_by(&app.db, admin_id)
            .await
            .expect("audit"),
        3,
        "every export is in the audit log"
    );

    anna.get("/privacy/analytics")
        .await
        .assert_status(reqwest::StatusCode::OK)
        .assert_contains("deleted after 396 days")
        .assert_contains("No figure is shown over fewer than 10 people");
});

db_test!(administrators_set_how_long_raw_events_are_kept, |app| {
    let (admin, _) = app
        .signed_in("admin@example.nl", "Ada", crate::auth::Role::Admin)
        .await;
    let event = NewEvent {
        occurred_at: now_ms() - 40 * crate::activity::DAY_MS,
        day: app
            .calendar()
            .await
            .day_of(now_ms() - 40 * crate::activity::DAY_MS),
        user_id: 1,
        kind: "comment",
        group_id: None,
        post_id: None,
        segment: "member",
    };
    repo::append(&app.db, &event).await.expect("append");
    assert_eq!(service::purge(&app.db, now_ms()).await.expect("purge"), 0);
    admin.get("/admin/settings").await.assert_contains(
        "name=\"retention_days\" min=\"30\" max=\"1826\" inputmode=\"numeric\" value=\"396\"",
    );
    admin
        .post("/admin/settings", &[("retention_days", "10")])
        .await
        .assert_status(reqwest::StatusCode::UNPROCESSABLE_ENTITY)
        .assert_contains("Enter a number of days from 30 to 1826.");
    admin
        .post("/admin/settings", &[("retention_days", "30")])
        .await
        .assert_status(reqwest::StatusCode::OK);
    admin
        .get("/privacy/analytics")
        .await
        .assert_contains("is deleted after 30 days");
    assert_eq!(service::purge(&app.db, now_ms()).await.expect("purge"), 1);
});

db_test!(
    windows_ending_today_read_last_days_and_agree_with_the_scan,
    |app| {
        use crate::activity::entity::first_day;
        use crate::activity::kind::Level;
        let today = app.calendar().await.today();
        // (member, days ago, level): member 1 posts 3 days ago and reads today; member 2 reacts 40
        // days ago and reads 10 days ago; member 3 posts 200 days ago only; member 4 reacts twice
        // on one day, then posts the same day.
        let days = [
            (1, 3, Level::Creator),
            (1, 0, Level::Lurker),
            (2, 40, Level::Contributor),
            (2, 10, Level::Lurker),
            (3, 200, Level::Creator),
            (4, 5, Level::Contributor),
            (4, 5, Level::Contributor),
            (4, 5, Level::Creator),
        ];
        let mut ids = Vec::new();
        for i in 1..=4 {
            let email = format!("m{i}@example.nl");
            ids.push(app.account(&email, "Lid", crate::auth::Role::Member).await);
        }
        for (member, ago, level) in days {
            repo::mark_active(&app.db, today - ago, ids[member - 1], level)
                .await
                .expect("active");
        }
        for window in [7, 30, 60, 180, 400] {
            let from = today - (window - 1);
            let mut now = repo::split_by_department(&app.db, repo::levels_now(from))
                .await
                .expect("now");
            let mut scanned = repo::split_by_department(&app.db, repo::levels_scanned(from, today))
                .await
                .expect("scan");
            now.sort();
            scanned.sort();
            assert!(!now.is_empty());
            assert_eq!(now, scanned, "levels over {window} days");
            let pairs = [
                (first_day::Column::LastDay, Level::Lurker),
                (first_day::Column::LastContributed, Level::Contributor),
                (first_day::Column::LastCreated, Level::Creator),
            ];
            for (column, level) in pairs {
                assert_eq!(
                    repo::since_by_last_day(&app.db, column, from)
                        .await
                        .expect("now"),
                    repo::active_scanned(&app.db, from, today, level)
                        .await
                        .expect("scan"),
                    "{level:?} over {window} days"
                );
            }
        }
        // Over 30 days: member 1 created, 4 created, 2 only read (10 days ago).
        let mut levels = repo::levels_by_department(&app.db, today - 29, today)
            .await
            .expect("levels");
        levels.sort();
        assert_eq!(levels, vec![(String::new(), 0, 1), (String::new(), 2, 2)]);
    }
);
