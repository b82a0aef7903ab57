//! The cockpit over HTTP on both databases, on a small hand-built record whose figures were
//! worked out by hand (see `docs/metrics.md`).

use reqwest::StatusCode;

use super::repo::views_by;
use crate::activity::kind::Level;
use crate::activity::period::date_of;
use crate::activity::{NewEvent, append, mark_active};
use crate::auth::Role;
use crate::db::now_ms;
use crate::testing::{TestApp, db_test};

const DAY: i64 = crate::activity::DAY_MS;

/// Records `kind` `times` times for `user` on `days_ago`, and marks them active that day (with
/// a visit when it is their first activity that day, as `activity::record` does).
async fn did(app: &TestApp, user: i64, days_ago: i64, kind: &'static str, times: usize) {
    did_as(app, (user, "member"), days_ago, kind, times).await;
}

/// [`did`] for a member of `segment`.
async fn did_as(
    app: &TestApp,
    (user, segment): (i64, &'static str),
    days_ago: i64,
    kind: &'static str,
    times: usize,
) {
    let at = now_ms() - days_ago * DAY;
    let level = match kind {
        k if k.starts_with("post.") => Level::Creator,
        "visit" => Level::Lurker,
        _ => Level::Contributor,
    };
    let first_today = mark_active(&app.db, app.calendar().await.day_of(at), user, level)
        .await
        .expect("active");
    if first_today && kind != "visit" {
        let visit = NewEvent {
            occurred_at: at,
            day: app.calendar().await.day_of(at),
            user_id: user,
            kind: "visit",
            group_id: None,
            post_id: None,
            segment,
        };
        append(&app.db, &visit).await.expect("visit");
    }
    for _ in 0..times {
        let event = NewEvent {
            occurred_at: at,
            day: app.calendar().await.day_of(at),
            user_id: user,
            kind,
            group_id: None,
            post_id: None,
            segment,
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
        // Per-day means are over the 29 days that are over (today is not): DAU (1 + 2) / 29 =
        // 0.10 against 1 / 30 before, +210 %; WAU {1,2,3} = 3; MAU {1,2,3,4} = 4.
        .assert_contains("Daily active members (mean)</dt><dd>0.1 <span class=\"trend\" title=\"Change against the 30 days before\">▲ +210%</span>")
        .assert_contains("Weekly active members</dt><dd>3</dd>")
        .assert_contains("Monthly active members</dt><dd>4 <span class=\"trend\" title=\"Change against the 30 days before\">▲ +300%</span>")
        // Stickiness: the same 0.10 over MAU 4 = 3 %; today's two posts are not in the mean
        // yet: 0 against 1 / 30.
        .assert_contains("Stickiness (DAU ÷ MAU)</dt><dd>3% <small class=\"muted\">DAU of the last 30 days ÷ MAU: 0.1 ÷ 4</small></dd>")
        .assert_contains("Posts per day</dt><dd>0.0 <span class=\"trend\" title=\"Change against the 30 days before\">▼ -100%</span>")
        // 5 of 10 accounts were ever active.
        .assert_contains("Activated (ever active ÷ accounts)</dt><dd>50%</dd>")
        // Of the 4 active: Carla posted (creator), 3 answered and 4 reacted (contributors),
        // 2 only visited (lurker) — 1, 2 and 1 people, each below the minimum group size of
        // 10, so the split is withheld (the unit tests in metrics.rs check its arithmetic).
        .assert_contains("Creators</th><td><span class=\"muted\">withheld</span></td>")
        .assert_contains("Contributors</th><td><span class=\"muted\">withheld</span></td>")
        .assert_contains("Lurkers</th><td><span class=\"muted\">withheld</span></td>")
        .assert_lacks("Creators</th><td>1</td>")
        // Nobody filled in a department: 10 accounts, 5 ever active, 4 active in 30 days, 3 of
        // them reacted, replied or posted.
        .assert_contains("No department given</th><td>10</td><td>50%</td><td>40%</td><td>30%</td>")
        // 50 % activated is below the 70 % needed to leave the first phase.
        .assert_contains("Phase 1 of 5: Bereiken (reach)")
        .assert_contains("Focus on rolling the platform out")
        // Nine members and one community manager: both segments below 10, so no shares.
        .assert_contains("Everyone else</th><td><span class=\"muted\">withheld</span></td><td><span class=\"muted\">withheld: too few people");

    let today = date_of(app.calendar().await.today());
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
        .assert_contains("Dagelijks actieve leden (gemiddeld)</dt><dd>0,1");
});

db_test!(
    questions_count_the_unanswered_and_the_period_can_be_chosen,
    |app| {
        let (manager, _) = app
            .signed_in("cm@example.nl", "Carla", Role::CommunityManager)
            .await;
        // Rates are shown when at least the minimum group size of people asked: five here.
        crate::settings::MIN_GROUP_SIZE
            .set(&app.db, 5)
            .await
            .expect("minimum");
        let (helper, _) = app.member("Bram").await;
        let mut askers = Vec::new();
        for name in ["Anna", "Cor", "Dirk", "Els", "Fem"] {
            askers.push(app.member(name).await.0);
        }
        for i in 8..=10 {
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
        for member in askers.iter().chain([&helper]) {
            member.post(&format!("/groups/{group}/join"), &[]).await;
        }
        let mut questions = Vec::new();
        let mut ideas = Vec::new();
        for (i, asker) in askers.iter().enumerate() {
            questions.push(
                asker
                    .write_post(group, "question", &format!("Vraag {i}?"))
                    .await,
            );
            ideas.push(asker.write_post(group, "idea", &format!("Idee {i}")).await);
        }
        // One answered by someone else; one where only the asker wrote; three untouched.
        helper
            .post(
                &format!("/posts/{}/comments", questions[0]),
                &[("body", "Gang B")],
            )
            .await;
        askers[1]
            .post(
                &format!("/posts/{}/comments", questions[1]),
                &[("body", "Nog iemand?")],
            )
            .await;
        // Three of the five ideas get a response.
        for idea in &ideas[..3] {
            manager
                .post(
                    &format!("/ideas/{idea}/status"),
                    &[("status", "under_review"), ("response", "We kijken ernaar")],
                )
                .await
                .assert_status(StatusCode::OK);
        }

        let page = manager.get("/cockpit").await;
        page.assert_status(StatusCode::OK)
            .assert_contains("Questions asked</dt><dd>5</dd>")
            .assert_contains("Answered by someone else</dt><dd>20%</dd>")
            .assert_contains("Still unanswered</dt><dd>4</dd>")
            // Four of five wait: no median, rather than the answered one's few seconds.
            .assert_contains("Median time to a first answer</dt><dd><span class=\"unmet\">at least half still wait")
            .assert_contains("Ideas posted</dt><dd>5</dd>")
            .assert_contains("With a response</dt><dd>60%</dd>")
            .assert_contains("Median time to a first response</dt><dd>0.0 h</dd>");

        let today = app.calendar().await.today();
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
            .assert_contains("\"questions\":{\"total\":5,\"answered\":1,\"unanswered\":4");

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
    let mut fields: Vec<(&str, String)> = crate::insights::phase::ADJUSTABLE
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

/// Marks an account as senior manager (role model), as an administrator would.
async fn make_role_model(app: &TestApp, id: i64) {
    use sea_orm::{ActiveModelTrait, ActiveValue::Set};
    crate::directory::user::ActiveModel {
        id: Set(id),
        is_role_model: Set(true),
        ..Default::default()
    }
    .update(&app.db)
    .await
    .expect("role model");
}

db_test!(senior_managers_read_the_cockpit_and_change_nothing, |app| {
    let (senior, senior_id) = app.member("Sanne").await;
    let (ambassador, _) = app
        .signed_in("amb@example.nl", "Ahmed", Role::Ambassador)
        .await;
    for i in 3..=10 {
        app.account(
            &format!("m{i}@example.nl"),
            &format!("Lid {i}"),
            Role::Member,
        )
        .await;
    }
    senior
        .get("/cockpit")
        .await
        .assert_status(StatusCode::FORBIDDEN);
    make_role_model(&app, senior_id).await;
    senior
        .get("/cockpit")
        .await
        .assert_status(StatusCode::OK)
        .assert_contains("href=\"/cockpit\"")
        .assert_contains("Phase 1 of 5")
        .assert_lacks("href=\"/cockpit/thresholds\"");
    senior
        .get("/cockpit/daily.csv")
        .await
        .assert_status(StatusCode::OK);
    senior
        .get("/cockpit/thresholds")
        .await
        .assert_status(StatusCode::FORBIDDEN);
    senior
        .get("/admin/activity")
        .await
        .assert_status(StatusCode::FORBIDDEN);
    assert_eq!(views_by(&app.db, senior_id).await.expect("audit"), 2);
    ambassador
        .get("/cockpit")
        .await
        .assert_status(StatusCode::FORBIDDEN)
        .assert_lacks("href=\"/cockpit\"");
});

db_test!(groups_are_active_idle_silent_or_too_small, |app| {
    use crate::activity::mark_engaged;
    use crate::groups::{insert_group, upsert_member};
    let (manager, manager_id) = app
        .signed_in("cm@example.nl", "Carla", Role::CommunityManager)
        .await;
    let (poster, poster_id) = app.member("Pim").await;
    let mut members = vec![manager_id, poster_id];
    for i in 3..=20 {
        members.push(
            app.account(
                &format!("m{i}@example.nl"),
                &format!("Lid {i}"),
                Role::Member,
            )
            .await,
        );
    }
    let today = app.calendar().await.today();
    let group = |name: &'static str, visibility: &'static str, size: usize| {
        let (db, members) = (app.db.clone(), members.clone());
        async move {
            let id = insert_group(&db, name, "", visibility, members[1])
                .await
                .expect("group");
            for &m in members.iter().skip(1).take(size) {
                upsert_member(&db, id, m, "member").await.expect("member");
            }
            id
        }
    };
    // Lively: Pim posts today, one of 19 members = 5.3 % (at least 5 %: active).
    let lively = group("Bruisend", "open", 19).await;
    // Sleepy: someone took part 40 days ago, nobody since (idle, quiet 40 days).
    let sleepy = group("Slapend", "open", 19).await;
    // Silent: the last taking part was 100 days ago.
    let silent = group("Stil", "open", 19).await;
    // Secret, without the manager: shown, but not by name (and idle: nobody took part).
    let secret = group("Geheim clubje", "secret", 19).await;
    // Three members: below the minimum group size, no figures.
    let small = group("Klein", "open", 3).await;
    poster
        .post(
            &format!("/groups/{lively}/posts"),
            &[("kind", "discussion"), ("body", "Wie doet mee?")],
        )
        .await;
    mark_engaged(&app.db, sleepy, members[5], today - 40)
        .await
        .expect("engaged");
    mark_engaged(&app.db, silent, members[6], today - 100)
        .await
        .expect("engaged");
    mark_engaged(&app.db, small, members[2], today)
        .await
        .expect("engaged");

    let page = manager.get("/cockpit").await;
    page.assert_status(StatusCode::OK)
        .assert_contains("1 active, 2 idle, 1 silent")
        .assert_contains(&format!("<a href=\"/groups/{lively}\">Bruisend</a></th>\n      <td><span class=\"met\">Active</span></td>\n      <td>19</td>\n      <td>5%</td>\n      <td>today</td>"))
        .assert_contains(&format!("<a href=\"/groups/{sleepy}\">Slapend</a></th>\n      <td><span class=\"unmet\">Idle</span></td>\n      <td>19</td>\n      <td>0%</td>\n      <td>40 days ago</td>"))
        .assert_contains(&format!("<a href=\"/groups/{silent}\">Stil</a></th>\n      <td><span class=\"unmet\">Silent</span></td>"))
        .assert_contains("A secret group you are not in")
        .assert_lacks("Geheim clubje")
        .assert_lacks(&format!("/groups/{secret}\""))
        .assert_contains(&format!("<a href=\"/groups/{small}\">Klein</a></th>\n      <td><span class=\"muted\">Too small for figures</span></td>\n      <td>3</td>\n      <td>—</td>\n      <td>—</td>"));
    // Silent first, then idle, active, too small.
    let at = |name: &str| page.body.find(name).expect(name);
    assert!(at(">Stil<") < at(">Slapend<"));
    assert!(at(">Slapend<") < at(">Bruisend<"));
    assert!(at(">Bruisend<") < at(">Klein<"));
});

db_test!(
    top_contributors_count_public_work_and_can_be_switched_off,
    |app| {
        let (admin, _) = app.signed_in("admin@example.nl", "Ada", Role::Admin).await;
        let (anna, anna_id) = app.member("Anna").await;
        let (bram, bram_id) = app.member("Bram").await;
        let (geert, _) = app.member("Geert").await;
        for i in 5..=10 {
            app.account(
                &format!("m{i}@example.nl"),
                &format!("Lid {i}"),
                Role::Member,
            )
            .await;
        }
        let open = crate::testing::Browser::id_from(
            &anna
                .post("/groups", &[("name", "Koffie"), ("visibility", "open")])
                .await,
        );
        let secret = crate::testing::Browser::id_from(
            &geert
                .post("/groups", &[("name", "Geheim"), ("visibility", "secret")])
                .await,
        );
        bram.post(&format!("/groups/{open}/join"), &[]).await;
        let mut first = 0;
        for body in ["Koffie op?", "Nieuwe bonen"] {
            first = crate::testing::Browser::id_from(
                &anna
                    .post(
                        &format!("/groups/{open}/posts"),
                        &[("kind", "discussion"), ("body", body)],
                    )
                    .await,
            );
        }
        bram.post(&format!("/posts/{first}/comments"), &[("body", "Ja!")])
            .await;
        for body in ["Eén", "Twee", "Drie", "Vier"] {
            geert
                .post(
                    &format!("/groups/{secret}/posts"),
                    &[("kind", "discussion"), ("body", body)],
                )
                .await;
        }
        let page = admin.get("/cockpit").await;
        page.assert_contains(&format!(
            "<li><a href=\"/people/{anna_id}\">Anna</a> — 2 contributions</li>"
        ))
        .assert_contains(&format!(
            "<li><a href=\"/people/{bram_id}\">Bram</a> — 1 contribution</li>"
        ))
        .assert_lacks(">Geert</a>");
        admin
            .get("/admin/settings")
            .await
            .assert_contains("name=\"show_top_contributors\" value=\"on\" checked");
        admin
            .post("/admin/settings", &[("min_group_size", "10")])
            .await;
        admin
            .get("/cockpit")
            .await
            .assert_lacks("Top contributors")
            .assert_lacks(">Anna</a>");
        admin
            .post(
                "/admin/settings",
                &[("min_group_size", "10"), ("show_top_contributors", "on")],
            )
            .await;
        admin
            .get("/cockpit")
            .await
            .assert_contains("Top contributors (last 30 days)");
    }
);

db_test!(the_cockpit_narrows_to_one_group, |app| {
    use crate::groups::{insert_group, upsert_member};
    let (manager, manager_id) = app
        .signed_in("cm@example.nl", "Carla", Role::CommunityManager)
        .await;
    let (pim, pim_id) = app.member("Pim").await;
    let (roos, roos_id) = app.member("Roos").await;
    let mut members = vec![manager_id, pim_id, roos_id];
    for i in 4..=12 {
        members.push(
            app.account(
                &format!("m{i}@example.nl"),
                &format!("Lid {i}"),
                Role::Member,
            )
            .await,
        );
    }
    let lively = insert_group(&app.db, "Bruisend", "", "open", pim_id)
        .await
        .expect("group");
    let other = insert_group(&app.db, "Elders", "", "open", pim_id)
        .await
        .expect("group");
    let small = insert_group(&app.db, "Klein", "", "open", pim_id)
        .await
        .expect("group");
    let secret = insert_group(&app.db, "Geheim", "", "secret", pim_id)
        .await
        .expect("group");
    for &m in &members {
        for group in [lively, other, secret] {
            if group != secret || m != manager_id {
                upsert_member(&app.db, group, m, "member")
                    .await
                    .expect("member");
            }
        }
    }
    upsert_member(&app.db, small, pim_id, "admin")
        .await
        .expect("member");
    let mut first = 0;
    for (kind, body) in [
        ("discussion", "Eén"),
        ("discussion", "Twee"),
        ("question", "Drie?"),
    ] {
        first = crate::testing::Browser::id_from(
            &pim.post(
                &format!("/groups/{lively}/posts"),
                &[("kind", kind), ("body", body)],
            )
            .await,
        );
    }
    roos.post(&format!("/posts/{first}/comments"), &[("body", "Hier!")])
        .await;
    roos.post(
        &format!("/groups/{other}/posts"),
        &[("kind", "discussion"), ("body", "Elders")],
    )
    .await;

    let today = date_of(app.calendar().await.today());
    let page = manager
        .get(&format!("/cockpit?from={today}&to={today}&group={lively}"))
        .await;
    page.assert_status(StatusCode::OK)
        .assert_contains("Figures of Bruisend")
        .assert_contains(&format!(
            "<option value=\"{lively}\" selected>Bruisend</option>"
        ))
        .assert_lacks(">Geheim</option>")
        .assert_contains("Posts per day</dt><dd>3.0")
        .assert_contains("Comments per day</dt><dd>1.0")
        .assert_contains("Questions asked</dt><dd>1</dd>")
        .assert_contains(&format!(
            "<a href=\"/people/{pim_id}\">Pim</a> — 3 contributions"
        ))
        .assert_contains(&format!(
            "<a href=\"/people/{roos_id}\">Roos</a> — 1 contribution"
        ))
        .assert_lacks("Phase 1 of 5");
    let csv = manager
        .get(&format!(
            "/cockpit/daily.csv?from={today}&to={today}&group={lively}"
        ))
        .await;
    csv.assert_status(StatusCode::OK);
    assert_eq!(
        csv.body,
        format!("date,posts,comments,reactions\n{today},3,1,0\n")
    );
    manager
        .get(&format!("/cockpit/daily.json?group={lively}"))
        .await
        .assert_contains("\"name\":\"Bruisend\"");
    manager
        .get(&format!("/cockpit?group={small}"))
        .await
        .assert_status(StatusCode::OK)
        .assert_contains("This group has fewer than 10 members");
    manager
        .get(&format!("/cockpit/daily.csv?group={small}"))
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    for hidden in [secret.to_string(), "abc".to_string(), "99999".to_string()] {
        manager
            .get(&format!("/cockpit?group={hidden}"))
            .await
            .assert_status(StatusCode::NOT_FOUND);
    }
    manager
        .get("/cockpit?group=")
        .await
        .assert_status(StatusCode::OK)
        .assert_contains("Phase 1 of 5");
});

db_test!(
    moderation_shows_who_carries_the_community_in_the_phase,
    |app| {
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
        let carla = (manager_id, "community_manager");
        // Carla moderated three times and posted once; member 2 moderated once (a group
        // moderator) and answered once.
        did_as(&app, carla, 2, "moderation", 3).await;
        did_as(&app, carla, 2, "post.discussion", 1).await;
        did(&app, 2, 1, "moderation", 1).await;
        did(&app, 2, 1, "answer", 1).await;
        // One community manager: both indicators would describe her alone, so neither is
        // measured.
        manager
            .get("/cockpit/daily.json")
            .await
            .assert_contains(r#""key":"phase-managers-moderate","value":null,"threshold":0.0,"at_most":false,"met":null"#)
            .assert_contains(r#""key":"phase-member-carried","value":null"#);
        // A team of ten and ten others: 2 of the 5 answers and moderation actions come from
        // members (40 %), and the team moderates more than it creates.
        for i in 1..=9 {
            app.account(
                &format!("cm{i}@example.nl"),
                &format!("Team {i}"),
                Role::CommunityManager,
            )
            .await;
        }
        app.account("m11@example.nl", "Lid 11", Role::Member).await;
        let json = manager.get("/cockpit/daily.json").await;
        json.assert_status(StatusCode::OK)
        .assert_contains(r#""key":"phase-managers-moderate","value":null,"threshold":0.0,"at_most":false,"met":true"#)
        .assert_contains(r#""key":"phase-member-carried","value":40.0"#);

        did_as(&app, carla, 1, "post.discussion", 5).await;
        manager
        .get("/cockpit/daily.json")
        .await
        .assert_contains(r#""key":"phase-managers-moderate","value":null,"threshold":0.0,"at_most":false,"met":false"#);
    }
);

db_test!(each_instance_keeps_figures_for_their_lifetime, |app| {
    for i in 1..=10 {
        app.account(
            &format!("m{i}@example.nl"),
            &format!("Lid {i}"),
            Role::Member,
        )
        .await;
    }
    let today = app.calendar().await.today();
    let period = crate::activity::period::Period::last_days(today);
    let memo = crate::cockpit::memo::FiguresMemo::new(std::time::Duration::from_secs(60));
    let first = memo.figures(&app.db, period).await.expect("figures");
    let again = memo.figures(&app.db, period).await.expect("figures");
    let (Some(a), Some(b)) = (&first.figures, &again.figures) else {
        panic!("ten accounts reach the minimum group size");
    };
    assert!(std::sync::Arc::ptr_eq(a, b), "kept within the lifetime");
    memo.clear();
    let fresh = memo.figures(&app.db, period).await.expect("figures");
    assert!(
        !std::sync::Arc::ptr_eq(a, fresh.figures.as_ref().expect("figures")),
        "computed again after clearing"
    );
    let never = crate::cockpit::memo::FiguresMemo::new(std::time::Duration::ZERO);
    let one = never.figures(&app.db, period).await.expect("figures");
    let two = never.figures(&app.db, period).await.expect("figures");
    assert!(!std::sync::Arc::ptr_eq(
        one.figures.as_ref().expect("figures"),
        two.figures.as_ref().expect("figures")
    ));
});

db_test!(a_small_community_is_not_remembered_as_small, |app| {
    let today = app.calendar().await.today();
    let period = crate::activity::period::Period::last_days(today);
    let memo = crate::cockpit::memo::FiguresMemo::new(std::time::Duration::from_secs(60));
    assert!(
        memo.figures(&app.db, period)
            .await
            .expect("figures")
            .figures
            .is_none()
    );
    for i in 1..=10 {
        app.account(
            &format!("m{i}@example.nl"),
            &format!("Lid {i}"),
            Role::Member,
        )
        .await;
    }
    assert!(
        memo.figures(&app.db, period)
            .await
            .expect("figures")
            .figures
            .is_some(),
        "figures as soon as the community reaches the minimum group size"
    );
});
