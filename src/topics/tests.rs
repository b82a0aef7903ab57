//! Topics over HTTP: tags become links and topic pages, following brings them home, and a
//! secret group's tagged posts stay in the group.

use reqwest::StatusCode;

use crate::testing::{Browser, db_test};

db_test!(tags_link_to_topics_that_can_be_followed_home, |app| {
    let (author, _) = app.member("Author").await;
    let (reader, _) = app.member("Reader").await;
    let group_id = Browser::id_from(
        &author
            .post("/groups", &[("name", "HR"), ("visibility", "open")])
            .await,
    );
    let page = author
        .post(
            &format!("/groups/{group_id}/posts"),
            &[("body", "De nieuwe #Fietsregeling gaat in per maart")],
        )
        .await;
    page.assert_contains(
        "<a href=\"/topics/fietsregeling\" rel=\"noopener noreferrer nofollow\">#Fietsregeling</a>",
    );
    let post_id = Browser::id_from(&page);
    reader
        .get("/topics")
        .await
        .assert_contains("#fietsregeling</a> <span class=\"muted\">(1)</span>");
    reader.get("/").await.assert_lacks("Fietsregeling");
    reader
        .post("/topics/fietsregeling/follow", &[("follow", "true")])
        .await
        .assert_contains("Unfollow topic")
        .assert_contains("gaat in per maart");
    reader.get("/").await.assert_contains("gaat in per maart");
    reader
        .get("/topics")
        .await
        .assert_contains("Topics I follow")
        .assert_contains("href=\"/topics/fietsregeling\">#fietsregeling</a></li>");

    author
        .post(
            &format!("/posts/{post_id}/edit"),
            &[("body", "Nu onder #mobiliteit")],
        )
        .await;
    reader.get("/").await.assert_lacks("Nu onder");
    reader
        .get("/topics/mobiliteit")
        .await
        .assert_contains("Nu onder");
    reader
        .post("/topics/fietsregeling/follow", &[("follow", "false")])
        .await
        .assert_contains("No posts you can read have this topic");
    reader
        .get("/topics/%20oeps")
        .await
        .assert_status(StatusCode::NOT_FOUND);
});

db_test!(secret_topics_stay_in_their_group, |app| {
    let (author, _) = app.member("Author").await;
    let (outsider, _) = app.member("Outsider").await;
    let group_id = Browser::id_from(
        &author
            .post("/groups", &[("name", "Directie"), ("visibility", "secret")])
            .await,
    );
    author
        .post(
            &format!("/groups/{group_id}/posts"),
            &[("body", "Plannen voor #reorganisatie")],
        )
        .await
        .assert_status(StatusCode::OK);
    author
        .get("/topics/reorganisatie")
        .await
        .assert_contains("Plannen voor");
    outsider
        .post("/topics/reorganisatie/follow", &[("follow", "true")])
        .await
        .assert_lacks("Plannen voor");
    outsider.get("/").await.assert_lacks("Plannen voor");
    outsider.get("/topics").await.assert_lacks("(1)");
});
