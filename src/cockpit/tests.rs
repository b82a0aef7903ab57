//! The cockpit over HTTP on both databases, on a small hand-built record whose figures were
//! worked out by hand (see `docs/metrics.md`).

use reqwest::StatusCode;

use super::period::date_of;
use super::repo::views_by;
use crate::activity::kind::Level;
use crate::activity::repo::{NewEvent, append, day_of, mark_active};
use crate::auth::Role;
use crate::db::now_ms;
use crate::testing::{TestApp, db_test};

const DAY: i64 = 86_400_000;

/// Records `kind` `times` times for `user` on `days_ago`, and marks them active that day (with
/// a visit when it is their first activity that day, as `activity::record` does).
async fn did(app: &TestApp, user: i64, days_ago: i64, kind: &'static str, times: usize) {
    let at = now_ms() - days_ago * DAY;
    let level = match kind {
        k if k.starts_with("post.") => Level::Creator,
        "visit" => Level::Lurker,
        _ => Level::Contributor,
    };
    let first_today = mark_active(&app.db, day_of(at), user, level)
        .await
        .expect("active");
    if first_today && kind != "visit" {
        let visit = NewEvent {
            occurred_at: at,
            user_id: user,
            kind: "visit",
            group_id: None,
            post_id: None,
            segment: "member",
        };
        append(&app.db, &visit).await.expect("visit");
    }
    for _ in 0..times {
        let event = NewEvent {
            occurred_at: at,
            user_id: user,
            kind,
            group_id: None,
            post_id: None,
            segment: "member",
        };
        append(&app.db, &event).await.expect("append");
    }
}

db_test!(
    members_never_see_the_cockpit_and_small_communities_show_nothing,
    |app| {
        let (member, _) = app.member("Anna").await;
        member
            .get("/cockpit")
            .await
            .assert_status(StatusCode::FORBIDDEN);
        member
            .get("/cockpit/daily.csv")
            .await
            .assert_status(StatusCode::FORBIDDEN);
        let (manager, manager_id) = app
            .signed_in("cm@example.nl", "Carla", Role::CommunityManager)
            .await;
        manager
            .get("/cockpit")
            .await
            .assert_status(StatusCode::OK)
            .assert_contains("at least 10 members")
            .assert_lacks("Daily active members");
        manager
            .get("/cockpit/daily.csv")
            .await
            .assert_status(StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(views_by(&app.db, manager_id).await.expect("audit"), 2);
    }
);

db_test!(the_cockpit_shows_hand_worked_figures, |app| {
    let (manager, manager_id) = app
        .signed_in("cm@example.nl", "Carla", Role::CommunityManager)
        .await;
    for i in 2..=10 {
        app.account(
            &format!("m{i}@example.nl"),
            &format!("Lid {i}"),
            Role::Member,
        )
        .await;
    }
    // The last 30 days: today members 1 and 2 (2 posts); yesterday member 3 (a comment and
    // an answer); ten days ago members 1 and 4 (3 reactions). The 30 days before: member 5
    // (1 post) forty days ago.
    did(&app, manager_id, 0, "post.discussion", 2).await;
    did(&app, 2, 0, "visit", 1).await;
    did(&app, 3, 1, "comment", 1).await;
    did(&app, 3, 1, "answer", 1).await;
    did(&app, manager_id, 10, "reaction", 1).await;
    did(&app, 4, 10, "reaction", 2).await;
    did(&app, 5, 40, "post.question", 1).await;

    let page = manager.get("/cockpit").await;
    page.assert_status(StatusCode::OK)
        // DAU: (2 + 1 + 2) / 30 = 0.17; WAU {1,2,3} = 3; MAU {1,2,3,4} = 4.
        .assert_contains("Daily active members (mean)</dt><dd>0.2 <span class=\"trend\" title=\"Change against the 30 days before\">▲ +400%</span>")
        .assert_contains("Weekly active members</dt><dd>3</dd>")
        .assert_contains("Monthly active members</dt><dd>4 <span class=\"trend\" title=\"Change against the 30 days before\">▲ +300%</span>")
        // Stickiness 0.1667 / 4 = 4 %; posts 2 / 30 = 0.1 (+100 % on 1 / 30).
        .assert_contains("Stickiness (DAU ÷ MAU)</dt><dd>4%</dd>")
        .assert_contains("Posts per day</dt><dd>0.1 <span class=\"trend\" title=\"Change against the 30 days before\">▲ +100%</span>")
        // 5 of 10 accounts were ever active.
        .assert_contains("Activated (ever active ÷ accounts)</dt><dd>50%</dd>")
        // Of the 4 active: Carla posted (creator), 3 answered and 4 reacted (contributors),
        // 2 only visited (lurker); in the 30 days before, member 5 posted: 1 creator of 1.
        .assert_contains("Creators</th><td>1</td><td>25%</td><td>100%</td>")
        .assert_contains("Contributors</th><td>2</td><td>50%</td><td>0%</td>")
        .assert_contains("Lurkers</th><td>1</td><td>25%</td><td>0%</td>")
        // 50 % activated is below the 70 % needed to leave the first phase.
        .assert_contains("Phase 1 of 5: Bereiken (reach)")
        .assert_contains("Focus on rolling the platform out")
        // Nine members and one community manager: both segments below 10, so no shares.
        .assert_contains("Everyone else</th><td>&lt; 10</td><td><span class=\"muted\">withheld: too few people");

    let today = date_of(day_of(now_ms()));
    let csv = manager.get("/cockpit/daily.csv").await;
    csv.assert_status(StatusCode::OK)
        .assert_contains("date,active_members,posts,comments,reactions\n")
        .assert_contains(&format!("{today},2,2,0,0\n"));
    assert_eq!(csv.body.lines().count(), 31, "a header and 30 days");
    manager
        .get("/cockpit/daily.json")
        .await
        .assert_contains("\"wau\":3")
        .assert_contains("\"mau\":4");
    assert_eq!(views_by(&app.db, manager_id).await.expect("audit"), 3);

    manager
        .post("/lang", &[("lang", "nl"), ("next", "/")])
        .await;
    manager
        .get("/cockpit")
        .await
        .assert_contains("Dagelijks actieve leden (gemiddeld)</dt><dd>0,2");
});

db_test!(
    questions_count_the_unanswered_and_the_period_can_be_chosen,
    |app| {
        let (manager, _) = app
            .signed_in("cm@example.nl", "Carla", Role::CommunityManager)
            .await;
        let (asker, _) = app.member("Anna").await;
        let (helper, _) = app.member("Bram").await;
        for i in 4..=10 {
            app.account(
                &format!("m{i}@example.nl"),
                &format!("Lid {i}"),
                Role::Member,
            )
            .await;
        }
        let group = crate::testing::Browser::id_from(
            &manager
                .post("/groups", &[("name", "Vragen"), ("visibility", "open")])
                .await,
        );
        for member in [&asker, &helper] {
            member.post(&format!("/groups/{group}/join"), &[]).await;
        }
        let mut questions = Vec::new();
        for body in ["Waar is de printer?", "Wie heeft de sleutel?", "Hoe laat?"] {
            let page = asker
                .post(
                    &format!("/groups/{group}/posts"),
                    &[("kind", "question"), ("body", body)],
                )
                .await;
            questions.push(crate::testing::Browser::id_from(&page));
        }
        // One answered by someone else; one where only the asker wrote; one untouched.
        helper
            .post(
                &format!("/posts/{}/comments", questions[0]),
                &[("body", "Gang B")],
            )
            .await;
        asker
            .post(
                &format!("/posts/{}/comments", questions[1]),
                &[("body", "Nog iemand?")],
            )
            .await;
        let idea = crate::testing::Browser::id_from(
            &helper
                .post(
                    &format!("/groups/{group}/posts"),
                    &[("kind", "idea"), ("body", "Een tweede printer")],
                )
                .await,
        );
        manager
            .post(
                &format!("/ideas/{idea}/status"),
                &[("status", "under_review"), ("response", "We kijken ernaar")],
            )
            .await
            .assert_status(StatusCode::OK);

        let page = manager.get("/cockpit").await;
        page.assert_status(StatusCode::OK)
            .assert_contains("Questions asked</dt><dd>3</dd>")
            .assert_contains("Answered by someone else</dt><dd>33%</dd>")
            .assert_contains("Still unanswered</dt><dd>2</dd>")
            // Two of three wait: no median, rather than the answered one's few seconds.
            .assert_contains("Median time to a first answer</dt><dd><span class=\"unmet\">at least half still wait")
            .assert_contains("Ideas posted</dt><dd>1</dd>")
            .assert_contains("With a response</dt><dd>100%</dd>")
            .assert_contains("Median time to a first response</dt><dd>0.0 h</dd>");

        let today = day_of(now_ms());
        let (from, to) = (date_of(today - 9), date_of(today));
        let chosen = manager.get(&format!("/cockpit?from={from}&to={to}")).await;
        chosen
            .assert_status(StatusCode::OK)
            .assert_contains(&format!("From {from} to {to}"))
            .assert_contains(&format!(
                "compared with {} to {}",
                date_of(today - 19),
                date_of(today - 10)
            ))
            .assert_contains(&format!("value=\"{from}\""))
            .assert_contains(&format!(
                "href=\"/cockpit/daily.csv?from={from}&#38;to={to}\""
            ));
        let csv = manager
            .get(&format!("/cockpit/daily.csv?from={from}&to={to}"))
            .await;
        assert_eq!(csv.body.lines().count(), 11, "a header and 10 days");
        manager
            .get(&format!("/cockpit/daily.json?from={from}&to={to}"))
            .await
            .assert_contains("\"questions\":{\"total\":3,\"answered\":1,\"unanswered\":2");

        manager
            .get(&format!("/cockpit?from={to}&to={from}"))
            .await
            .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
            .assert_contains("The end date lies before the start date.")
            .assert_contains(&format!("value=\"{to}\""))
            .assert_contains("aria-invalid=\"true\"");
        manager
            .get("/cockpit?from=2026-13-01")
            .await
            .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
            .assert_contains("Enter dates as year-month-day");
        manager
            .get("/cockpit/daily.csv?from=2020-01-01&to=2026-01-01")
            .await
            .assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    }
);

db_test!(administrators_adjust_the_phase_thresholds, |app| {
    let (admin, _) = app
        .signed_in("beheer@example.nl", "Beheer", Role::Admin)
        .await;
    let (manager, _) = app
        .signed_in("cm@example.nl", "Carla", Role::CommunityManager)
        .await;
    for i in 3..=10 {
        app.account(
            &format!("m{i}@example.nl"),
            &format!("Lid {i}"),
            Role::Member,
        )
        .await;
    }
    // Two of ten accounts active: 20 % activated, below the default 70 %.
    admin
        .get("/cockpit")
        .await
        .assert_contains("Phase 1 of 5: Bereiken (reach)")
        .assert_contains("href=\"/cockpit/thresholds\"");
    manager
        .get("/cockpit")
        .await
        .assert_lacks("href=\"/cockpit/thresholds\"");
    let form = admin.get("/cockpit/thresholds").await;
    form.assert_status(StatusCode::OK)
        .assert_contains("id=\"activated\" name=\"activated\" value=\"70\"");
    let mut fields: Vec<(&str, String)> = crate::cockpit::phase::ADJUSTABLE
        .iter()
        .map(|a| (a.field, format!("{}", (a.get)(&Default::default()))))
        .collect();
    let set = |fields: &mut Vec<(&str, String)>, name: &str, value: &str| {
        if let Some(f) = fields.iter_mut().find(|f| f.0 == name) {
            f.1 = value.to_string();
        }
    };
    set(&mut fields, "activated", "150");
    set(&mut fields, "median_response_hours", "0");
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    admin
        .post("/cockpit/thresholds", &pairs)
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .assert_contains("Enter a percentage from 0 to 100.")
        .assert_contains("Enter a number of hours from 1 to 720.")
        .assert_contains("value=\"150\"");
    manager
        .post("/cockpit/thresholds", &pairs)
        .await
        .assert_status(StatusCode::FORBIDDEN);

    // Lowered so the first phase is passed: 20 % activated, profiles not needed.
    set(&mut fields, "activated", "15");
    set(&mut fields, "median_response_hours", "24");
    set(&mut fields, "complete_profiles", "0");
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    admin.post("/cockpit/thresholds", &pairs).await;
    admin
        .get("/cockpit")
        .await
        .assert_contains("Phase 2 of 5: Betrekken (involve)")
        .assert_contains("≥ 15%");
});
