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

/// Records `kind` `times` times for `user` on `days_ago`, and marks them active that day.
async fn did(app: &TestApp, user: i64, days_ago: i64, kind: &'static str, times: usize) {
    let at = now_ms() - days_ago * DAY;
    let level = match kind {
        k if k.starts_with("post.") => Level::Creator,
        "visit" => Level::Lurker,
        _ => Level::Contributor,
    };
    mark_active(&app.db, day_of(at), user, level)
        .await
        .expect("active");
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
        .assert_contains("Activated (ever active ÷ accounts)</dt><dd>50%</dd>");

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
