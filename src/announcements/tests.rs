//! Announcements over HTTP: who may announce, pinning, reading, and read figures that respect
//! the minimum group size.

use reqwest::StatusCode;

use crate::auth::Role;
use crate::testing::{Browser, TestApp, db_test};

/// A date `days` from today, as a date field sends it.
fn in_days(days: i64) -> String {
    let today = jiff::Zoned::now().date();
    today
        .checked_add(jiff::Span::new().days(days))
        .expect("date")
        .to_string()
}

/// An open group run by "Owner" with `members` more members; returns their browsers too.
async fn group_with(app: &TestApp, members: &[&str]) -> (Browser, i64, Vec<Browser>) {
    let (owner, _) = app.member("Owner").await;
    let group_id = Browser::id_from(
        &owner
            .post("/groups", &[("name", "Afdeling"), ("visibility", "open")])
            .await,
    );
    let mut browsers = Vec::new();
    for name in members {
        let (member, _) = app.member(name).await;
        member.post(&format!("/groups/{group_id}/join"), &[]).await;
        browsers.push(member);
    }
    (owner, group_id, browsers)
}

db_test!(only_those_who_run_the_group_announce, |app| {
    let (owner, group_id, members) = group_with(&app, &["Anna"]).await;
    let anna = &members[0];
    let url = format!("/groups/{group_id}/announcements");
    anna.get(&format!("{url}/new"))
        .await
        .assert_status(StatusCode::FORBIDDEN);
    anna.post(&url, &[("body", "Ik ben de baas")])
        .await
        .assert_status(StatusCode::FORBIDDEN);
    anna.post(
        &format!("/groups/{group_id}/posts"),
        &[("kind", "announcement"), ("body", "Via de achterdeur")],
    )
    .await
    .assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    owner
        .post(
            &url,
            &[("body", "Nieuw rooster"), ("pinned_until", "morgen")],
        )
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .assert_contains("Give a date")
        .assert_contains("Nieuw rooster");
    owner
        .post(
            &url,
            &[("body", "Nieuw rooster"), ("pinned_until", &in_days(400))],
        )
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .assert_contains("up to a year ahead");
    owner
        .post(
            &url,
            &[("body", "Nieuw rooster"), ("pinned_until", &in_days(7))],
        )
        .await
        .assert_status(StatusCode::OK)
        .assert_contains("Your announcement is published");
    anna.get("/notifications")
        .await
        .assert_contains("Owner published an announcement in Afdeling");

    let (manager, _) = app
        .signed_in("cm@example.nl", "Carla", Role::CommunityManager)
        .await;
    manager.post(&format!("/groups/{group_id}/join"), &[]).await;
    manager
        .post(&url, &[("body", "Van de communitymanager")])
        .await
        .assert_status(StatusCode::OK);
});

db_test!(pinned_announcements_lead_until_read, |app| {
    let (owner, group_id, members) = group_with(&app, &["Anna"]).await;
    let anna = &members[0];
    let page = owner
        .post(
            &format!("/groups/{group_id}/announcements"),
            &[
                ("body", "Kantine dicht op vrijdag"),
                ("pinned_until", &in_days(3)),
            ],
        )
        .await;
    let post_id = Browser::id_from(&page);
    owner
        .post(
            &format!("/groups/{group_id}/posts"),
            &[("body", "Gewoon bericht")],
        )
        .await;
    let home = anna.get("/").await;
    home.assert_contains("Announcements");
    let pinned_at = home.body.find("Kantine dicht").expect("pinned");
    let ordinary_at = home.body.find("Gewoon bericht").expect("ordinary");
    assert!(
        pinned_at < ordinary_at,
        "the announcement leads the home feed"
    );
    anna.get(&format!("/groups/{group_id}"))
        .await
        .assert_contains("Pinned");
    anna.post(&format!("/announcements/{post_id}/read"), &[])
        .await
        .assert_contains("You have read this");
    anna.get("/")
        .await
        .assert_lacks("<h2 id=\"pinned-heading\">Announcements</h2>");
});

db_test!(read_figures_respect_the_minimum_group_size, |app| {
    let (owner, group_id, members) = group_with(&app, &["Anna", "Bram", "Cor", "Dirk"]).await;
    let page = owner
        .post(
            &format!("/groups/{group_id}/announcements"),
            &[("body", "Teamuitje in juni")],
        )
        .await;
    let post_id = Browser::id_from(&page);
    page.assert_contains("Read figures show only in groups of at least 10 members")
        .assert_lacks("Read by");
    members[0]
        .get(&format!("/posts/{post_id}"))
        .await
        .assert_lacks("Read figures")
        .assert_contains("Mark as read");
    members[0]
        .post(&format!("/announcements/{post_id}/read"), &[])
        .await;

    let (admin, _) = app.signed_in("admin@example.nl", "Ada", Role::Admin).await;
    admin
        .post("/admin/settings", &[("min_group_size", "4")])
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .assert_contains("from 5 to 1000");
    admin
        .post("/admin/settings", &[("min_group_size", "5")])
        .await
        .assert_status(StatusCode::OK);
    owner
        .get(&format!("/posts/{post_id}"))
        .await
        .assert_contains("Read by 2 of 5 members")
        .assert_contains("3 members have not read it yet")
        .assert_contains(">Bram</a>");
    members[1]
        .get(&format!("/posts/{post_id}"))
        .await
        .assert_lacks("Read by");
});
