//! Praise and @mentions over HTTP: who is praised, who hears of a mention (never someone who
//! cannot read the group), and the autocomplete's suggestions.

use reqwest::StatusCode;

use crate::testing::{Browser, db_test};

async fn group(owner: &Browser, visibility: &str) -> i64 {
    Browser::id_from(
        &owner
            .post("/groups", &[("name", "Team"), ("visibility", visibility)])
            .await,
    )
}

db_test!(praise_names_colleagues_and_shows_on_their_profile, |app| {
    let (owner, _) = app.member("Owner").await;
    let (anna, anna_id) = app.member("Anna").await;
    let group_id = group(&owner, "open").await;
    let posts = format!("/groups/{group_id}/posts");
    owner
        .post(
            &posts,
            &[("kind", "praise"), ("body", "Dank voor de hulp!")],
        )
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .assert_contains("Mention the colleagues you praise")
        .assert_contains("Dank voor de hulp!");
    owner
        .post(
            &posts,
            &[
                ("kind", "praise"),
                ("body", "Ik dank mezelf @owner@example.nl"),
            ],
        )
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let page = owner
        .post(
            &posts,
            &[
                ("kind", "praise"),
                (
                    "body",
                    "Top gedaan, @anna@example.nl: de release ging vlekkeloos.",
                ),
            ],
        )
        .await;
    page.assert_status(StatusCode::OK)
        .assert_contains(&format!(
            "@<a href=\"/people/{anna_id}\" rel=\"noopener noreferrer nofollow\">Anna</a>"
        ))
        .assert_contains("Praise");
    anna.get(&format!("/people/{anna_id}/praise"))
        .await
        .assert_contains("Praise for Anna")
        .assert_contains("de release ging vlekkeloos");
    anna.get(&format!("/people/{anna_id}"))
        .await
        .assert_contains("Praise received");
    anna.get("/notifications")
        .await
        .assert_contains("Owner praised you in Team")
        .assert_lacks("mentioned you");
});

db_test!(mentions_notify_only_those_who_can_read, |app| {
    let (owner, _) = app.member("Owner").await;
    let (anna, anna_id) = app.member("Anna").await;
    let (bram, bram_id) = app.member("Bram").await;
    let group_id = group(&owner, "secret").await;
    owner
        .post(
            &format!("/groups/{group_id}/members"),
            &[("email", "anna@example.nl")],
        )
        .await;
    let body = format!("Geheim plan voor @[Anna](/people/{anna_id}) en @[Bram](/people/{bram_id})");
    let page = owner
        .post(&format!("/groups/{group_id}/posts"), &[("body", &body)])
        .await;
    page.assert_status(StatusCode::OK);
    anna.get("/notifications")
        .await
        .assert_contains("Owner mentioned you in Team");
    bram.get("/notifications")
        .await
        .assert_lacks("Team")
        .assert_contains("Nothing new for you");

    let post_id = Browser::id_from(&page);
    anna.post(
        &format!("/posts/{post_id}/comments"),
        &[("body", "Goed idee @owner@example.nl")],
    )
    .await
    .assert_status(StatusCode::OK);
    let list = owner.get("/notifications").await;
    list.assert_contains("Anna replied to a post in Team");
    assert!(
        !list.body.contains("Anna mentioned you"),
        "the author hears of the reply once, not twice"
    );
});

db_test!(the_autocomplete_suggests_colleagues, |app| {
    let (owner, _) = app.member("Owner").await;
    app.member("Annemarie Jansen").await;
    app.member("Anton").await;
    app.member("Bram").await;
    let found = owner.get("/people/suggest?q=an").await;
    found
        .assert_status(StatusCode::OK)
        .assert_contains("\"name\":\"Annemarie Jansen\"")
        .assert_contains("\"name\":\"Anton\"")
        .assert_lacks("Bram");
    owner.get("/people/suggest?q=a").await.assert_contains("[]");
    let stranger = app.browser();
    let page = stranger.get("/people/suggest?q=an").await;
    assert!(page.path.starts_with("/login"), "{}", page.path);
});
