//! Ideas over HTTP: the workflow, the required response, who may decide, who hears of it.

use reqwest::StatusCode;

use crate::auth::Role;
use crate::testing::{Browser, TestApp, db_test};

/// An open group run by "Owner", with "Author" as member who posted an idea.
async fn idea_in_group(app: &TestApp, visibility: &str) -> (Browser, Browser, i64, i64) {
    let (owner, _) = app.member("Owner").await;
    let (author, _) = app.member("Author").await;
    let page = owner
        .post(
            "/groups",
            &[("name", "Werkplek"), ("visibility", visibility)],
        )
        .await;
    let group_id = Browser::id_from(&page);
    if visibility == "open" {
        author.post(&format!("/groups/{group_id}/join"), &[]).await;
    } else {
        owner
            .post(
                &format!("/groups/{group_id}/members"),
                &[("email", "author@example.nl")],
            )
            .await
            .assert_contains("Author");
    }
    let idea = author
        .post(
            &format!("/groups/{group_id}/posts"),
            &[
                ("kind", "idea"),
                ("body", "Laten we een fietsenstalling bouwen"),
            ],
        )
        .await;
    idea.assert_status(StatusCode::OK)
        .assert_contains("Idea")
        .assert_contains("New");
    (owner, author, group_id, Browser::id_from(&idea))
}

db_test!(
    an_idea_moves_only_with_a_response_from_someone_responsible,
    |app| {
        let (owner, author, group_id, idea) = idea_in_group(&app, "open").await;
        let status_url = format!("/ideas/{idea}/status");
        author
            .post(
                &status_url,
                &[("status", "planned"), ("response", "ik plan het zelf")],
            )
            .await
            .assert_status(StatusCode::FORBIDDEN);
        owner
            .post(&status_url, &[("status", "planned"), ("response", "   ")])
            .await
            .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
            .assert_contains("This field is required")
            .assert_contains("value=\"planned\" selected");
        owner
            .post(
                &status_url,
                &[("status", "implemented"), ("response", "klaar")],
            )
            .await
            .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
            .assert_contains("Choose one of the statuses offered")
            .assert_contains("klaar");
        owner
            .post(
                &status_url,
                &[
                    ("status", "under_review"),
                    ("response", "We kijken naar **budget**"),
                ],
            )
            .await
            .assert_status(StatusCode::OK)
            .assert_contains("Under review")
            .assert_contains("We kijken naar <strong>budget</strong>");
        author
            .get(&format!("/groups/{group_id}/ideas?status=under_review"))
            .await
            .assert_contains("fietsenstalling")
            .assert_contains("Under review (1)");
        author
            .get(&format!("/groups/{group_id}/ideas?status=planned"))
            .await
            .assert_lacks("fietsenstalling")
            .assert_contains("No ideas here yet");
        author
            .get("/notifications")
            .await
            .assert_contains("Owner moved an idea in Werkplek to “Under review”");
        owner
            .get("/notifications")
            .await
            .assert_lacks("moved an idea");
    }
);

db_test!(community_managers_decide_and_followers_hear, |app| {
    let (_owner, author, _group_id, idea) = idea_in_group(&app, "open").await;
    let (manager, _) = app
        .signed_in("cm@example.nl", "Carla Manager", Role::CommunityManager)
        .await;
    let (fan, _) = app.member("Fan").await;
    let (bystander, _) = app.member("Bystander").await;
    fan.post(&format!("/posts/{idea}/follow"), &[("follow", "true")])
        .await
        .assert_contains("Unfollow");
    manager
        .post(
            &format!("/ideas/{idea}/status"),
            &[
                ("status", "declined"),
                ("response", "Geen ruimte op het terrein"),
            ],
        )
        .await
        .assert_status(StatusCode::OK)
        .assert_contains("Declined");
    for who in [&author, &fan] {
        who.get("/notifications")
            .await
            .assert_contains("Carla Manager moved an idea in Werkplek to “Declined”");
    }
    bystander
        .get("/notifications")
        .await
        .assert_contains("Nothing new for you");
    let page = author.get(&format!("/posts/{idea}")).await;
    page.assert_contains("Geen ruimte op het terrein")
        .assert_lacks("Change status");
});

db_test!(followers_who_lost_access_hear_nothing, |app| {
    let (owner, author, group_id, idea) = idea_in_group(&app, "closed").await;
    let (former, former_id) = app.member("Former").await;
    owner
        .post(
            &format!("/groups/{group_id}/members"),
            &[("email", "former@example.nl")],
        )
        .await;
    former
        .post(&format!("/posts/{idea}/follow"), &[("follow", "true")])
        .await
        .assert_status(StatusCode::OK);
    owner
        .post(
            &format!("/groups/{group_id}/members/{former_id}/remove"),
            &[],
        )
        .await;
    owner
        .post(
            &format!("/ideas/{idea}/status"),
            &[("status", "planned"), ("response", "Komt in Q3")],
        )
        .await
        .assert_status(StatusCode::OK);
    author
        .get("/notifications")
        .await
        .assert_contains("to “Planned”");
    former
        .get("/notifications")
        .await
        .assert_lacks("Werkplek")
        .assert_contains("Nothing new for you");
});

db_test!(ideas_speak_dutch, |app| {
    let (owner, _author, group_id, idea) = idea_in_group(&app, "open").await;
    owner.post("/lang", &[("lang", "nl"), ("next", "/")]).await;
    owner
        .get(&format!("/posts/{idea}"))
        .await
        .assert_contains("Status van dit idee")
        .assert_contains("In behandeling")
        .assert_contains("Status wijzigen");
    owner
        .get(&format!("/groups/{group_id}/ideas"))
        .await
        .assert_contains("Ideeën in Werkplek")
        .assert_contains("Nieuw (1)");
});
