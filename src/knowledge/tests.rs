//! The knowledge base over HTTP: turning a question into an article, who reads it, editing with
//! history, categories.

use reqwest::StatusCode;

use crate::auth::Role;
use crate::testing::{Browser, TestApp, db_test};

/// A question by "Owner" in a group of `visibility`, answered by "Helper" and accepted.
async fn answered_question(app: &TestApp, visibility: &str) -> (Browser, Browser, i64, i64) {
    let (owner, _) = app.member("Owner").await;
    let (helper, _) = app.member("Helper").await;
    let group_id = Browser::id_from(
        &owner
            .post(
                "/groups",
                &[("name", "Support"), ("visibility", visibility)],
            )
            .await,
    );
    owner
        .post(
            &format!("/groups/{group_id}/members"),
            &[("email", "helper@example.nl")],
        )
        .await;
    let question = Browser::id_from(
        &owner
            .post(
                &format!("/groups/{group_id}/posts"),
                &[
                    ("kind", "question"),
                    (
                        "body",
                        "## Hoe vraag ik verlof aan?\nIn het nieuwe systeem.",
                    ),
                ],
            )
            .await,
    );
    let answered = helper
        .post(
            &format!("/posts/{question}/comments"),
            &[("body", "Via *Mijn HR*, tegel Verlof.")],
        )
        .await;
    let comment = answered.first_comment_id();
    owner
        .post(&format!("/comments/{comment}/accept"), &[])
        .await
        .assert_status(StatusCode::OK);
    (owner, helper, group_id, question)
}

db_test!(an_answered_question_becomes_a_linked_article, |app| {
    let (owner, helper, _, question) = answered_question(&app, "open").await;
    owner
        .get(&format!("/posts/{question}"))
        .await
        .assert_contains("Turn into article");
    helper
        .get(&format!("/posts/{question}"))
        .await
        .assert_lacks("Turn into article");
    helper
        .get(&format!("/kb/new?from={question}"))
        .await
        .assert_status(StatusCode::FORBIDDEN);
    let draft = owner.get(&format!("/kb/new?from={question}")).await;
    draft
        .assert_contains("value=\"Hoe vraag ik verlof aan?\"")
        .assert_contains("In het nieuwe systeem.")
        .assert_contains("Via *Mijn HR*, tegel Verlof.")
        .assert_contains("Made from a question in Support");
    let article = owner
        .post(
            "/kb",
            &[
                ("title", "Verlof aanvragen"),
                ("body", "Via *Mijn HR*, tegel Verlof."),
                ("group", ""),
                ("source_post", &question.to_string()),
            ],
        )
        .await;
    article
        .assert_status(StatusCode::OK)
        .assert_contains("Verlof aanvragen")
        .assert_contains("<em>Mijn HR</em>")
        .assert_contains(&format!("href=\"/posts/{question}\""));
    helper
        .get(&format!("/posts/{question}"))
        .await
        .assert_contains("Turned into an article:")
        .assert_contains("Verlof aanvragen");
    helper.get("/kb").await.assert_contains("Verlof aanvragen");
});

db_test!(a_closed_group_question_stays_in_its_group, |app| {
    let (owner, helper, group_id, question) = answered_question(&app, "closed").await;
    let fields = |group: String| {
        vec![
            ("title".to_string(), "Verlof".to_string()),
            ("body".to_string(), "Intern antwoord".to_string()),
            ("group".to_string(), group),
            ("source_post".to_string(), question.to_string()),
        ]
    };
    let leak = fields(String::new());
    let leak: Vec<(&str, &str)> = leak.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    owner
        .post("/kb", &leak)
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .assert_contains("the article stays readable only for that group");
    let kept = fields(group_id.to_string());
    let kept: Vec<(&str, &str)> = kept.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let page = owner.post("/kb", &kept).await;
    page.assert_status(StatusCode::OK)
        .assert_contains("Only for Support");
    let article = Browser::id_from(&page);
    helper
        .get(&format!("/kb/{article}"))
        .await
        .assert_status(StatusCode::OK);
    let (outsider, _) = app.member("Outsider").await;
    outsider
        .get(&format!("/kb/{article}"))
        .await
        .assert_status(StatusCode::NOT_FOUND);
    outsider
        .get("/kb")
        .await
        .assert_lacks("Intern antwoord")
        .assert_lacks(">Verlof<");
    let (manager, _) = app
        .signed_in("cm@example.nl", "Carla", Role::CommunityManager)
        .await;
    manager
        .get(&format!("/kb/{article}"))
        .await
        .assert_status(StatusCode::NOT_FOUND);
});

db_test!(
    articles_keep_their_history_and_categories_are_for_managers,
    |app| {
        let (writer, _) = app.member("Writer").await;
        let (other, _) = app.member("Other").await;
        let page = writer
            .post(
                "/kb",
                &[
                    ("title", "Koffieautomaat"),
                    ("body", "Knop 3 is cappuccino."),
                ],
            )
            .await;
        page.assert_status(StatusCode::OK);
        let id = Browser::id_from(&page);
        other
            .post(
                &format!("/kb/{id}/edit"),
                &[("title", "Gekaapt"), ("body", "x")],
            )
            .await
            .assert_status(StatusCode::FORBIDDEN);
        writer
            .post(
                &format!("/kb/{id}/edit"),
                &[("title", "Koffieautomaat"), ("body", "")],
            )
            .await
            .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
            .assert_contains("This field is required");
        writer
            .post(
                &format!("/kb/{id}/edit"),
                &[
                    ("title", "Koffieautomaat"),
                    ("body", "Knop 4 is cappuccino."),
                ],
            )
            .await
            .assert_contains("Knop 4");
        other
            .get(&format!("/kb/{id}/history"))
            .await
            .assert_contains("Knop 3 is cappuccino.")
            .assert_contains("Knop 4 is cappuccino.");

        other
            .post("/kb/categories", &[("name", "Faciliteiten")])
            .await
            .assert_status(StatusCode::FORBIDDEN);
        let (manager, _) = app
            .signed_in("cm@example.nl", "Carla", Role::CommunityManager)
            .await;
        manager
            .post("/kb/categories", &[("name", "Faciliteiten")])
            .await
            .assert_contains("The category is added");
        manager
            .post("/kb/categories", &[("name", "faciliteiten")])
            .await
            .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
            .assert_contains("That category exists already");
        manager
            .post("/lang", &[("lang", "nl"), ("next", "/")])
            .await;
        manager
            .get("/kb")
            .await
            .assert_contains("Kennisbank")
            .assert_contains("Koffieautomaat")
            .assert_contains("Overige artikelen");
    }
);
