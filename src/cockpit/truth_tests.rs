//! The cockpit's figures follow what is true now, on both databases: deleted and hidden
//! answers, deactivated accounts, members who left or never joined a group, deleted posts and a
//! group that became closed (`docs/metrics.md`, "What happens when").

use reqwest::StatusCode;
use sea_orm::ConnectionTrait;

use crate::activity::period::Period;
use crate::auth::Role;
use crate::insights::figures::{Cockpit, figures};
use crate::testing::{Browser, TestApp, db_test};

/// A community of ten: an administrator (who also runs the community) and nine members.
async fn community(app: &TestApp) -> (Browser, Vec<(Browser, i64)>) {
    let (admin, _) = app
        .signed_in("beheer@example.nl", "Beheer", Role::Admin)
        .await;
    let mut members = Vec::new();
    for name in [
        "Anne", "Bert", "Carla", "Daan", "Eva", "Floor", "Gijs", "Hanna", "Ivo",
    ] {
        members.push(app.member(name).await);
    }
    (admin, members)
}

async fn now(app: &TestApp) -> Cockpit {
    figures(&app.db, Period::last_days(app.calendar().await.today()))
        .await
        .expect("figures")
        .expect("large enough")
}

/// Hides or restores a comment as a moderator, with a rating.
async fn moderate_comment(moderator: &Browser, comment: i64, action: &str) {
    moderator
        .post(
            &format!("/moderation/comments/{comment}"),
            &[("action", action), ("reason", "Toets")],
        )
        .await
        .assert_contains("The decision is recorded");
}

db_test!(answers_count_as_they_are_now, |app| {
    let (admin, members) = community(&app).await;
    // Five askers at a minimum group size of five, so the rates are shown.
    crate::settings::MIN_GROUP_SIZE
        .set(&app.db, 5)
        .await
        .expect("minimum");
    let (bert, carla) = (&members[1].0, &members[2].0);
    let group = members[0].0.create_group("Vragen", "open").await;
    let mut questions = Vec::new();
    for (i, (asker, _)) in members[3..8].iter().enumerate() {
        asker.post(&format!("/groups/{group}/join"), &[]).await;
        questions.push(
            asker
                .write_post(group, "question", &format!("Vraag {i}?"))
                .await,
        );
    }
    let (anne, question) = (&members[3].0, questions[0]);
    bert.post(&format!("/groups/{group}/join"), &[]).await;
    carla.post(&format!("/groups/{group}/join"), &[]).await;
    let answered = |c: &Cockpit| (c.questions.answered, c.questions.accepted);
    let page = bert
        .post(
            &format!("/posts/{question}/comments"),
            &[("body", "Op de tweede")],
        )
        .await;
    let answer = page.first_comment_id();
    assert_eq!(answered(&now(&app).await), (Some(1), Some(0)));

    // The only answer deleted: unanswered again.
    bert.post(&format!("/comments/{answer}/delete"), &[]).await;
    let figures = now(&app).await;
    assert_eq!(answered(&figures), (Some(0), Some(0)));
    assert_eq!(figures.questions.median_ms, None);

    // An accepted answer, then hidden by a moderator: neither answered nor accepted.
    let page = carla
        .post(
            &format!("/posts/{question}/comments"),
            &[("body", "Naast de keuken")],
        )
        .await;
    let answer = page.first_comment_id();
    anne.post(&format!("/comments/{answer}/accept"), &[]).await;
    assert_eq!(answered(&now(&app).await), (Some(1), Some(1)));
    moderate_comment(&admin, answer, "hide").await;
    assert_eq!(answered(&now(&app).await), (Some(0), Some(0)));
    moderate_comment(&admin, answer, "restore").await;
    assert_eq!(answered(&now(&app).await), (Some(1), Some(1)));
    // Deleted, it is no longer the accepted answer.
    carla.post(&format!("/comments/{answer}/delete"), &[]).await;
    assert_eq!(answered(&now(&app).await), (Some(0), Some(0)));
    // Four askers are fewer than five: only the count of questions shows.
    members[4]
        .0
        .post(&format!("/posts/{}/delete", questions[1]), &[])
        .await;
    let figures = now(&app).await;
    assert_eq!(
        (figures.questions.total, answered(&figures)),
        (4, (None, None))
    );
});

db_test!(
    deactivated_accounts_leave_numerator_and_denominator_together,
    |app| {
        let (admin, members) = community(&app).await;
        // Everyone has visited (signing in did); now two more join and are deactivated.
        let (_, gone) = app.member("Jan Weg").await;
        let (_, also_gone) = app.member("Kees Weg").await;
        for id in [gone, also_gone] {
            admin
                .post(&format!("/admin/users/{id}"), &[("active", "false")])
                .await
                .assert_status(StatusCode::OK);
        }
        let figures = now(&app).await;
        assert_eq!(figures.accounts, 10);
        assert_eq!(figures.activated_percent, 100, "never above 100 %");
        assert_eq!(figures.participation.active, 10);
        let department_accounts: i64 = figures.departments.iter().filter_map(|d| d.accounts).sum();
        assert!(department_accounts <= 10);
        assert!(members.len() == 9);
    }
);

db_test!(a_group_took_part_counts_its_current_members_only, |app| {
    let (admin, members) = community(&app).await;
    let owner = &members[0].0;
    let group = owner.create_group("Kring", "open").await;
    for (browser, _) in &members[1..] {
        browser.post(&format!("/groups/{group}/join"), &[]).await;
    }
    let post = owner.write_post(group, "discussion", "Welkom").await;
    // A passer-by (not a member) reacts; a member who then leaves reacted too.
    admin
        .post(&format!("/posts/{post}/react"), &[("kind", "like")])
        .await;
    let (leaver, _) = &members[8];
    leaver
        .post(&format!("/posts/{post}/react"), &[("kind", "like")])
        .await;
    leaver.post(&format!("/groups/{group}/leave"), &[]).await;
    let health = crate::insights::groups::health(&app.db, 0, app.calendar().await.today(), 5)
        .await
        .expect("health");
    let kring = health.iter().find(|g| g.id == group).expect("group");
    // Eight members; the owner posted: 1 of 8 took part, never the passer-by or the leaver.
    assert_eq!(kring.members, 8);
    assert_eq!(kring.engaged, Some(1));
});

db_test!(top_contributors_follow_deletions_and_visibility, |app| {
    let (_, members) = community(&app).await;
    let (anne, anne_id) = &members[0];
    let (bert, bert_id) = &members[1];
    let group = anne.create_group("Open kring", "open").await;
    bert.post(&format!("/groups/{group}/join"), &[]).await;
    let mut annes = Vec::new();
    for i in 0..3 {
        annes.push(
            anne.write_post(group, "discussion", &format!("Bericht {i}"))
                .await,
        );
    }
    bert.write_post(group, "discussion", "Van Bert").await;
    let list = |c: Cockpit| -> Vec<(i64, i64)> {
        c.top_contributors
            .unwrap_or_default()
            .into_iter()
            .map(|c| (c.id, c.contributions))
            .collect()
    };
    assert_eq!(list(now(&app).await), [(*anne_id, 3), (*bert_id, 1)]);
    for post in &annes[..2] {
        anne.post(&format!("/posts/{post}/delete"), &[]).await;
    }
    // One each now: the tie goes to the older account (Anne was created first).
    assert_eq!(list(now(&app).await), [(*anne_id, 1), (*bert_id, 1)]);
    // The group becomes closed: nothing in it is public any more.
    anne.post(
        &format!("/groups/{group}/settings"),
        &[
            ("name", "Open kring"),
            ("visibility", "closed"),
            ("description", ""),
        ],
    )
    .await;
    assert_eq!(list(now(&app).await), []);
});

db_test!(
    the_community_minus_its_groups_reveals_no_small_group,
    |app| {
        let (admin, members) = community(&app).await;
        let (owner, _) = &members[0];
        let large = owner.create_group("Iedereen", "open").await;
        for (browser, _) in &members[1..] {
            browser.post(&format!("/groups/{large}/join"), &[]).await;
        }
        admin.post(&format!("/groups/{large}/join"), &[]).await;
        let small = members[1].0.create_group("Drietal", "open").await;
        members[2]
            .0
            .post(&format!("/groups/{small}/join"), &[])
            .await;
        owner.write_post(large, "discussion", "Voor iedereen").await;
        owner.write_post(large, "question", "Wie weet het?").await;
        for i in 0..4 {
            members[1]
                .0
                .write_post(small, "discussion", &format!("Onder ons {i}"))
                .await;
        }
        // Yesterday, so the figures of whole days include it.
        app.db
        .execute_unprepared(
            "UPDATE activity_totals SET day = day - 1; UPDATE activity_counts SET day = day - 1; \
             UPDATE activity_daily_members SET day = day - 1",
        )
        .await
        .expect("move to yesterday");
        let period = Period::last_days(app.calendar().await.today());
        let community = figures(&app.db, period)
            .await
            .expect("figures")
            .expect("shown");
        let health = crate::insights::groups::health(&app.db, 0, app.calendar().await.today(), 10)
            .await
            .expect("health");
        let group = health
            .into_iter()
            .find(|g| g.id == large)
            .expect("large group");
        let narrowed = crate::insights::figures::group_figures(&app.db, group, period)
            .await
            .expect("group figures")
            .expect("large enough");
        let posts =
            |days: &[crate::insights::metrics::Day]| days.iter().map(|d| d.posts).sum::<i64>();
        // The small group's four posts are in neither: the community minus the large group is 0.
        assert_eq!(posts(&community.days), posts(&narrowed.days));
        assert_eq!(posts(&community.days), 2);
        assert_eq!(community.questions.total, 1);
    }
);

db_test!(no_export_gives_a_withheld_segment_away, |app| {
    let (admin, _) = community(&app).await;
    // One community manager (the administrator) and nine members: the team is withheld, and
    // with it the members (else 100 % minus their share would be the team's).
    let json = admin.get("/cockpit/daily.json").await;
    json.assert_status(StatusCode::OK);
    let value: serde_json::Value = serde_json::from_str(&json.body).expect("json");
    for share in value["shares"].as_array().expect("shares") {
        assert!(
            share["accounts"].is_null() && share["percent"].is_null(),
            "{share}"
        );
    }
    for row in value["departments"].as_array().expect("departments") {
        let accounts = row["accounts"].as_i64();
        assert!(accounts.is_none_or(|n| n >= 10), "{row}");
    }
});

/// The top contributors' rollup as it stands, after checking that a rebuild from the content
/// tables finds the same.
async fn rollup_as_rebuilt(app: &TestApp) -> Vec<(i32, i64, i64, i64)> {
    use crate::activity::contributions::all;
    let kept = all(&app.db).await.expect("rollup");
    crate::posts::contributions::rebuild(&app.db)
        .await
        .expect("rebuild");
    assert_eq!(all(&app.db).await.expect("rebuilt"), kept);
    kept
}

db_test!(
    every_content_change_corrects_the_contributions_rollup,
    |app| {
        let (admin, members) = community(&app).await;
        let (anne, anne_id) = &members[0];
        let (bert, _) = &members[1];
        let open = anne.create_group("Open kring", "open").await;
        let other = admin.create_group("Tweede", "open").await;
        bert.post(&format!("/groups/{open}/join"), &[]).await;
        let post = anne.write_post(open, "discussion", "Bericht").await;
        let question = anne.write_post(open, "question", "Vraag?").await;
        for (on, browser) in [(post, bert), (question, bert), (post, anne)] {
            browser
                .post(&format!("/posts/{on}/comments"), &[("body", "Reactie")])
                .await
                .assert_status(StatusCode::OK);
        }
        let comments: Vec<i64> = app
            .db
            .query_all_raw(sea_orm::Statement::from_string(
                app.db.get_database_backend(),
                "SELECT id FROM comments ORDER BY id",
            ))
            .await
            .expect("comments")
            .iter()
            .map(|row| row.try_get_by_index(0).expect("id"))
            .collect();
        use crate::activity::contributions::COMMUNITY;
        // Per group (the community's rows are checked apart below).
        let counted = |rollup: &[(i32, i64, i64, i64)]| {
            rollup
                .iter()
                .filter(|r| r.1 != COMMUNITY)
                .map(|r| r.3)
                .sum::<i64>()
        };
        assert_eq!(counted(&rollup_as_rebuilt(&app).await), 5);
        let moderate = |path: String, action: &'static str| {
            let admin = &admin;
            let other = other.to_string();
            async move {
                admin
                    .post(
                        &path,
                        &[("action", action), ("reason", "Toets"), ("group", &other)],
                    )
                    .await
                    .assert_contains("The decision is recorded");
            }
        };
        let (first, on_question) = (comments[0], comments[1]);
        // Each step changes the facts; the rollup follows, and one group's list with it.
        moderate(format!("/moderation/comments/{first}"), "hide").await;
        assert_eq!(counted(&rollup_as_rebuilt(&app).await), 4);
        moderate(format!("/moderation/posts/{post}"), "hide").await;
        assert_eq!(counted(&rollup_as_rebuilt(&app).await), 2);
        moderate(format!("/moderation/comments/{first}"), "restore").await;
        assert_eq!(counted(&rollup_as_rebuilt(&app).await), 2);
        moderate(format!("/moderation/posts/{post}"), "restore").await;
        assert_eq!(counted(&rollup_as_rebuilt(&app).await), 5);
        moderate(format!("/moderation/posts/{post}"), "move").await;
        let moved = rollup_as_rebuilt(&app).await;
        assert_eq!(
            moved
                .iter()
                .filter(|r| r.1 == other)
                .map(|r| r.3)
                .sum::<i64>(),
            3
        );
        bert.post(&format!("/comments/{on_question}/delete"), &[])
            .await;
        assert_eq!(counted(&rollup_as_rebuilt(&app).await), 4);
        anne.post(&format!("/posts/{question}/delete"), &[]).await;
        assert_eq!(counted(&rollup_as_rebuilt(&app).await), 3);
        let top = crate::activity::contributions::top(
            &app.db,
            Period::last_days(app.calendar().await.today()),
            Some(other),
            10,
        )
        .await
        .expect("top");
        assert_eq!(top[0].0, *anne_id);
        assert_eq!(top[0].2, 2);
        // The group holding the post becomes closed, then open again: the community's rows
        // follow.
        let community = |rollup: &[(i32, i64, i64, i64)]| {
            rollup
                .iter()
                .filter(|r| r.1 == COMMUNITY)
                .map(|r| r.3)
                .sum::<i64>()
        };
        assert_eq!(community(&rollup_as_rebuilt(&app).await), 3);
        for (visibility, expected) in [("closed", 0), ("open", 3)] {
            admin
                .post(
                    &format!("/groups/{other}/settings"),
                    &[
                        ("name", "Tweede"),
                        ("visibility", visibility),
                        ("description", ""),
                    ],
                )
                .await
                .assert_status(StatusCode::OK);
            assert_eq!(community(&rollup_as_rebuilt(&app).await), expected);
        }
        moderate(format!("/moderation/posts/{post}"), "delete").await;
        assert_eq!(counted(&rollup_as_rebuilt(&app).await), 0);
    }
);

db_test!(a_new_time_zone_recounts_the_contributions_days, |app| {
    use crate::posts::contributions::{REBUILD_JOB, rebuild};
    let (admin, members) = community(&app).await;
    let group = members[0].0.create_group("Open kring", "open").await;
    members[0]
        .0
        .write_post(group, "discussion", "Bericht")
        .await;
    // 11:00 UTC: the same day in Amsterdam, already the next one on Kiritimati (UTC+14).
    let moment = "2026-06-01T11:00:00Z"
        .parse::<jiff::Timestamp>()
        .expect("moment")
        .as_millisecond();
    app.db
        .execute_unprepared(&format!("UPDATE posts SET created_at = {moment}"))
        .await
        .expect("written then");
    rebuild(&app.db).await.expect("rebuild");
    let day_of = |rollup: Vec<(i32, i64, i64, i64)>| {
        // The group's row and the community's.
        assert_eq!(rollup.len(), 2);
        assert_eq!(rollup[0].0, rollup[1].0);
        rollup[0].0
    };
    let amsterdam = day_of(rollup_as_rebuilt(&app).await);
    assert_eq!(app.calendar().await.day_of(moment), amsterdam);
    let pending = || crate::jobs::pending_count(&app.db, REBUILD_JOB);
    admin
        .post("/admin/settings", &[("time_zone", "Europe/Amsterdam")])
        .await
        .assert_status(StatusCode::OK);
    assert_eq!(pending().await.expect("jobs"), 0, "the same zone again");
    admin
        .post("/admin/settings", &[("time_zone", "Pacific/Kiritimati")])
        .await
        .assert_status(StatusCode::OK);
    // The instance's job runner recounts (woken by the change).
    for _ in 0..100 {
        if pending().await.expect("jobs") == 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(pending().await.expect("jobs"), 0, "the rebuild ran");
    assert_eq!(day_of(rollup_as_rebuilt(&app).await), amsterdam + 1);
});

db_test!(the_median_wait_is_the_same_read_in_order_or_sorted, |app| {
    let (_, members) = community(&app).await;
    crate::settings::MIN_GROUP_SIZE
        .set(&app.db, 5)
        .await
        .expect("minimum");
    let group = members[0].0.create_group("Vragen", "open").await;
    let mut questions = Vec::new();
    for (asker, _) in &members[1..6] {
        asker.post(&format!("/groups/{group}/join"), &[]).await;
        for n in 0..2 {
            questions.push(
                asker
                    .write_post(group, "question", &format!("Vraag {n}?"))
                    .await,
            );
        }
    }
    // Ten questions over the last 50 days, seven answered after these many hours.
    let hour = 3_600_000_i64;
    let waits = [5, 1, 9, 3, 7, 2, 8];
    let now = crate::db::now_ms();
    for (i, id) in questions.iter().enumerate() {
        let created = now - (i as i64 * 5 + 1) * crate::activity::DAY_MS;
        let response = waits
            .get(i)
            .map_or("NULL".to_string(), |w| (created + w * hour).to_string());
        app.db
            .execute_unprepared(&format!(
                "UPDATE posts SET created_at = {created}, first_response_at = {response} \
                 WHERE id = {id}"
            ))
            .await
            .expect("dated");
    }
    let today = app.calendar().await.today();
    let median = |days: i32| {
        let period = Period {
            from: today - (days - 1),
            to: today,
        };
        let db = app.db.clone();
        async move {
            figures(&db, period)
                .await
                .expect("figures")
                .expect("large enough")
                .questions
                .median_ms
        }
    };
    // Of ten waits (three endless), the middle two are the 5th and 6th smallest: 7 h and 8 h.
    let expected = Some(7 * hour + hour / 2);
    assert_eq!(
        median(400).await,
        expected,
        "13 months: read in order from the index"
    );
    assert_eq!(median(59).await, expected, "59 days: sorted");
});
