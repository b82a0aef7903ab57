//! Posts, comments, reactions and feeds over HTTP.

use reqwest::StatusCode;

use crate::testing::{Browser, TestApp, db_test};

async fn group_with_member(app: &TestApp) -> (Browser, Browser, i64) {
    let (owner, _) = app.member("Owner").await;
    let (member, _) = app.member("Member").await;
    let page = owner
        .post("/groups", &[("name", "Team"), ("visibility", "open")])
        .await;
    let group_id = Browser::id_from(&page);
    member.post(&format!("/groups/{group_id}/join"), &[]).await;
    (owner, member, group_id)
}

db_test!(posts_render_markdown_and_stay_inert, |app| {
    let (owner, member, group_id) = group_with_member(&app).await;
    let body = "**Hallo** team\n\n<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\n[klik](javascript:alert(2))";
    let page = owner
        .post(&format!("/groups/{group_id}/posts"), &[("body", body)])
        .await;
    page.assert_status(StatusCode::OK)
        .assert_contains("<strong>Hallo</strong>");
    for view in [
        member.get(&page.path).await,
        member.get("/").await,
        member.get(&format!("/groups/{group_id}")).await,
    ] {
        view.assert_lacks("<script>alert")
            .assert_lacks("onerror")
            .assert_lacks("javascript:alert");
    }
});

db_test!(bad_posts_are_refused_and_kept, |app| {
    let (owner, _, group_id) = group_with_member(&app).await;
    let empty = owner
        .post(&format!("/groups/{group_id}/posts"), &[("body", "   ")])
        .await;
    empty
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .assert_contains("This field is required");
    let long = "woord ".repeat(4000);
    let too_long = owner
        .post(&format!("/groups/{group_id}/posts"), &[("body", &long)])
        .await;
    too_long
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .assert_contains("This is too long")
        .assert_contains("woord woord");
    owner
        .get(&format!("/groups/{group_id}"))
        .await
        .assert_contains("No posts yet");
});

db_test!(edits_keep_history_and_only_authors_edit, |app| {
    let (owner, member, group_id) = group_with_member(&app).await;
    let page = owner
        .post(
            &format!("/groups/{group_id}/posts"),
            &[("body", "first version")],
        )
        .await;
    let post_id = Browser::id_from(&page);
    member
        .post(&format!("/posts/{post_id}/edit"), &[("body", "hijacked")])
        .await
        .assert_status(StatusCode::FORBIDDEN);
    owner
        .post(
            &format!("/posts/{post_id}/edit"),
            &[("body", "second version")],
        )
        .await
        .assert_contains("second version")
        .assert_contains("edited");
    let history = member.get(&format!("/posts/{post_id}/history")).await;
    history
        .assert_contains("first version")
        .assert_contains("second version");
    owner
        .post(&format!("/posts/{post_id}/edit"), &[("body", "")])
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    owner
        .get(&format!("/posts/{post_id}"))
        .await
        .assert_contains("second version");
});

db_test!(authors_and_group_admins_delete, |app| {
    let (owner, member, group_id) = group_with_member(&app).await;
    let mine = member
        .post(
            &format!("/groups/{group_id}/posts"),
            &[("body", "member post")],
        )
        .await;
    let mine_id = Browser::id_from(&mine);
    let theirs = owner
        .post(
            &format!("/groups/{group_id}/posts"),
            &[("body", "owner post")],
        )
        .await;
    let theirs_id = Browser::id_from(&theirs);
    member
        .post(&format!("/posts/{theirs_id}/delete"), &[])
        .await
        .assert_status(StatusCode::FORBIDDEN);
    owner
        .post(&format!("/posts/{mine_id}/delete"), &[])
        .await
        .assert_contains("has been deleted");
    member
        .get(&format!("/posts/{mine_id}"))
        .await
        .assert_status(StatusCode::NOT_FOUND);
    member
        .get("/")
        .await
        .assert_lacks("member post")
        .assert_contains("owner post");
});

db_test!(comments_and_reactions, |app| {
    let (owner, member, group_id) = group_with_member(&app).await;
    let page = owner
        .post(
            &format!("/groups/{group_id}/posts"),
            &[("body", "Wie helpt?")],
        )
        .await;
    let post_id = Browser::id_from(&page);
    member
        .post(
            &format!("/posts/{post_id}/comments"),
            &[("body", "Ik **help**")],
        )
        .await
        .assert_contains("<strong>help</strong>")
        .assert_contains("1 comment");
    member
        .post(&format!("/posts/{post_id}/comments"), &[("body", "")])
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    member
        .post(&format!("/posts/{post_id}/react"), &[("kind", "thanks")])
        .await;
    owner
        .post(&format!("/posts/{post_id}/react"), &[("kind", "thanks")])
        .await;
    owner
        .get(&format!("/posts/{post_id}"))
        .await
        .assert_contains("Thanks</span> <span class=\"count\">2</span>");
    owner
        .post(&format!("/posts/{post_id}/react"), &[("kind", "thanks")])
        .await;
    owner
        .get(&format!("/posts/{post_id}"))
        .await
        .assert_contains("Thanks</span> <span class=\"count\">1</span>");
    owner
        .post(&format!("/posts/{post_id}/react"), &[("kind", "angry")])
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    owner
        .get("/")
        .await
        .assert_contains("1 comment")
        .assert_contains("1 reaction");
});

db_test!(reactions_answer_htmx_with_the_bar, |app| {
    let (owner, _, group_id) = group_with_member(&app).await;
    let page = owner
        .post(&format!("/groups/{group_id}/posts"), &[("body", "htmx")])
        .await;
    let post_id = Browser::id_from(&page);
    let token = owner.csrf().await;
    let client = reqwest::Client::new();
    let response = client
        .post(format!("{}/posts/{post_id}/react", app.base))
        .header("hx-request", "true")
        .header("x-csrf-token", &token)
        .header(
            "cookie",
            format!(
                "plein_csrf={token}; plein_session={}",
                owner.cookie("plein_session").unwrap()
            ),
        )
        .form(&[("kind", "like")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let html = response.text().await.unwrap();
    assert!(html.starts_with("<div class=\"reactions\""), "{html}");
    assert!(html.contains("aria-pressed=\"true\""));
});

db_test!(home_feed_pages_by_cursor, |app| {
    let (owner, member, group_id) = group_with_member(&app).await;
    for n in 1..=25 {
        owner
            .post(
                &format!("/groups/{group_id}/posts"),
                &[("body", &format!("bericht-{n:02}-einde"))],
            )
            .await;
    }
    let first = member.get("/").await;
    first
        .assert_contains("bericht-25-einde")
        .assert_contains("bericht-06-einde")
        .assert_lacks("bericht-05-einde");
    let start = first.body.find("/?before=").unwrap() + "/?before=".len();
    let cursor: String = first.body[start..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let second = member.get(&format!("/?before={cursor}")).await;
    second
        .assert_contains("bericht-05-einde")
        .assert_contains("bericht-01-einde")
        .assert_lacks("bericht-06-einde")
        .assert_lacks("Older posts");
});

db_test!(home_feed_follows_people_not_their_private_groups, |app| {
    let (author, author_id) = app.member("Author").await;
    let (reader, _) = app.member("Reader").await;
    for (name, visibility) in [("Publiek", "open"), ("Geheim", "secret")] {
        let group = author
            .post("/groups", &[("name", name), ("visibility", visibility)])
            .await;
        let id = Browser::id_from(&group);
        author
            .post(
                &format!("/groups/{id}/posts"),
                &[("body", &format!("{name}-inhoud"))],
            )
            .await;
    }
    reader.get("/").await.assert_lacks("Publiek-inhoud");
    reader
        .post(&format!("/people/{author_id}/follow"), &[])
        .await
        .assert_contains("You now follow");
    reader
        .get("/")
        .await
        .assert_contains("Publiek-inhoud")
        .assert_lacks("Geheim-inhoud");
});

db_test!(home_feed_merges_sources_in_order_without_gaps, |app| {
    let (author, author_id) = app.member("Author").await;
    let (reader, _) = app.member("Reader").await;
    let mut groups = Vec::new();
    for name in ["Een", "Twee", "Drie"] {
        let page = author
            .post("/groups", &[("name", name), ("visibility", "open")])
            .await;
        let id = Browser::id_from(&page);
        if name != "Drie" {
            reader.post(&format!("/groups/{id}/join"), &[]).await;
        }
        groups.push(id);
    }
    let secret = Browser::id_from(
        &author
            .post(
                "/groups",
                &[("name", "Verborgen"), ("visibility", "secret")],
            )
            .await,
    );
    reader
        .post(&format!("/people/{author_id}/follow"), &[])
        .await;
    for n in 1..=30 {
        let group = groups[n % 3];
        author
            .post(
                &format!("/groups/{group}/posts"),
                &[("body", &format!("item-{n:02}-x"))],
            )
            .await;
        author
            .post(
                &format!("/groups/{secret}/posts"),
                &[("body", &format!("geheim-{n:02}-x"))],
            )
            .await;
    }
    let first = reader.get("/").await;
    first.assert_lacks("geheim-");
    let shown: Vec<&str> = first
        .body
        .match_indices("item-")
        .map(|(i, _)| &first.body[i..i + 7])
        .collect();
    let expected: Vec<String> = (11..=30).rev().map(|n| format!("item-{n:02}")).collect();
    assert_eq!(
        shown, expected,
        "newest first across all groups, a full page"
    );
    let start = first.body.find("/?before=").expect("older link") + "/?before=".len();
    let cursor: String = first.body[start..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let second = reader.get(&format!("/?before={cursor}")).await;
    let rest: Vec<&str> = second
        .body
        .match_indices("item-")
        .map(|(i, _)| &second.body[i..i + 7])
        .collect();
    let expected: Vec<String> = (1..=10).rev().map(|n| format!("item-{n:02}")).collect();
    assert_eq!(rest, expected);
});

db_test!(questions_get_answers_and_one_accepted, |app| {
    let (asker, _) = app.member("Asker").await;
    let (helper, _) = app.member("Helper").await;
    let (bystander, _) = app.member("Bystander").await;
    let (cm, _) = app
        .signed_in("cm@example.nl", "Cora", crate::auth::Role::CommunityManager)
        .await;
    let group = asker
        .post("/groups", &[("name", "Support"), ("visibility", "open")])
        .await;
    let group_id = Browser::id_from(&group);
    for browser in [&helper, &bystander] {
        browser.post(&format!("/groups/{group_id}/join"), &[]).await;
    }
    let bad = asker
        .post(
            &format!("/groups/{group_id}/posts"),
            &[("body", "x"), ("kind", "poll")],
        )
        .await;
    bad.assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .assert_contains("Choose a type of post");
    let asked = asker
        .post(
            &format!("/groups/{group_id}/posts"),
            &[("body", "Hoe vraag ik verlof aan?"), ("kind", "question")],
        )
        .await;
    let post_id = Browser::id_from(&asked);
    asked
        .assert_contains("Question")
        .assert_contains("Unanswered");

    asker
        .post(
            &format!("/posts/{post_id}/comments"),
            &[("body", "Iemand?")],
        )
        .await
        .assert_contains("Unanswered");
    let stored = crate::posts::repo::find_post(&app.db, post_id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        stored.first_response_at, None,
        "the asker's own comment is not a response"
    );
    let answered = helper
        .post(
            &format!("/posts/{post_id}/comments"),
            &[("body", "Via het HR-portaal.")],
        )
        .await;
    answered.assert_contains("Answered");
    let stored = crate::posts::repo::find_post(&app.db, post_id)
        .await
        .unwrap()
        .unwrap();
    assert!(
        stored
            .first_response_at
            .is_some_and(|t| t >= stored.created_at)
    );
    bystander
        .post(
            &format!("/posts/{post_id}/comments"),
            &[("body", "Of bel HR.")],
        )
        .await;
    let first_at = stored.first_response_at;
    let stored = crate::posts::repo::find_post(&app.db, post_id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        stored.first_response_at, first_at,
        "later answers do not move the first response"
    );

    let page = asker.get(&format!("/posts/{post_id}")).await;
    let marker = "/comments/";
    let ids: Vec<i64> = page
        .body
        .match_indices(marker)
        .filter_map(|(i, _)| {
            page.body[i + marker.len()..]
                .split('/')
                .next()?
                .parse()
                .ok()
        })
        .collect();
    let helper_comment = ids[2];
    bystander
        .post(&format!("/comments/{helper_comment}/accept"), &[])
        .await
        .assert_status(StatusCode::FORBIDDEN);
    bystander
        .get(&format!("/posts/{post_id}"))
        .await
        .assert_lacks("Accept as the answer");
    asker
        .post(&format!("/comments/{helper_comment}/accept"), &[])
        .await
        .assert_contains("The answer has been accepted")
        .assert_contains("✔ Accepted answer");
    asker
        .get(&format!("/groups/{group_id}/questions"))
        .await
        .assert_contains("No open questions");
    cm.post(&format!("/posts/{post_id}/unaccept"), &[])
        .await
        .assert_contains("no longer accepted");
    bystander
        .get(&format!("/groups/{group_id}/questions"))
        .await
        .assert_contains("Hoe vraag ik verlof aan?");
    cm.post(&format!("/comments/{helper_comment}/accept"), &[])
        .await
        .assert_contains("✔ Accepted answer");
    helper
        .post(&format!("/comments/{helper_comment}/delete"), &[])
        .await;
    asker
        .get(&format!("/posts/{post_id}"))
        .await
        .assert_lacks("✔ Accepted answer")
        .assert_contains("Answered");

    let plain = asker
        .post(
            &format!("/groups/{group_id}/posts"),
            &[("body", "Gewoon een bericht")],
        )
        .await;
    let plain_comment = {
        let plain_id = Browser::id_from(&plain);
        let page = helper
            .post(&format!("/posts/{plain_id}/comments"), &[("body", "ok")])
            .await;
        page.body[page.body.find("/comments/").unwrap() + 10..]
            .split('/')
            .next()
            .unwrap()
            .parse::<i64>()
            .unwrap()
    };
    asker
        .post(&format!("/comments/{plain_comment}/accept"), &[])
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY);
});

db_test!(open_question_lists_respect_visibility, |app| {
    let (asker, asker_id) = app.member("Asker").await;
    let (outsider, _) = app.member("Outsider").await;
    let secret = Browser::id_from(
        &asker
            .post("/groups", &[("name", "Geheim"), ("visibility", "secret")])
            .await,
    );
    let open = Browser::id_from(
        &asker
            .post("/groups", &[("name", "Open"), ("visibility", "open")])
            .await,
    );
    asker
        .post(
            &format!("/groups/{secret}/posts"),
            &[("body", "geheime-vraag"), ("kind", "question")],
        )
        .await;
    asker
        .post(
            &format!("/groups/{open}/posts"),
            &[("body", "open-vraag"), ("kind", "question")],
        )
        .await;
    outsider
        .get(&format!("/groups/{secret}/questions"))
        .await
        .assert_status(StatusCode::NOT_FOUND);
    outsider
        .get(&format!("/people/{asker_id}/questions"))
        .await
        .assert_contains("open-vraag")
        .assert_lacks("geheime-vraag");
    asker
        .get(&format!("/people/{asker_id}/questions"))
        .await
        .assert_contains("open-vraag")
        .assert_contains("geheime-vraag");
    asker.post("/lang", &[("lang", "nl")]).await;
    asker
        .get(&format!("/groups/{open}/questions"))
        .await
        .assert_contains("Open vragen in Open")
        .assert_contains("Onbeantwoord");
});

db_test!(calls_for_help_are_resolved_by_their_author, |app| {
    let (author, _) = app.member("Author").await;
    let (other, _) = app.member("Other").await;
    let group_id = Browser::id_from(
        &author
            .post("/groups", &[("name", "Hulp"), ("visibility", "open")])
            .await,
    );
    other.post(&format!("/groups/{group_id}/join"), &[]).await;
    let call = author
        .post(
            &format!("/groups/{group_id}/posts"),
            &[("body", "Wie helpt verhuizen?"), ("kind", "call_for_help")],
        )
        .await;
    let call_id = Browser::id_from(&call);
    call.assert_contains("Call for help")
        .assert_contains("badge-call-open")
        .assert_contains("Mark as resolved");
    other
        .get(&format!("/posts/{call_id}"))
        .await
        .assert_lacks("Mark as resolved");
    other
        .post(&format!("/posts/{call_id}/resolve"), &[])
        .await
        .assert_status(StatusCode::FORBIDDEN);
    author
        .post(&format!("/posts/{call_id}/resolve"), &[])
        .await
        .assert_contains("marked resolved")
        .assert_contains("badge-call-resolved");
    other.get("/").await.assert_contains("badge-call-resolved");
    author
        .post(&format!("/posts/{call_id}/reopen"), &[])
        .await
        .assert_contains("open again")
        .assert_contains("badge-call-open");

    let question = Browser::id_from(
        &author
            .post(
                &format!("/groups/{group_id}/posts"),
                &[("body", "Vraag?"), ("kind", "question")],
            )
            .await,
    );
    author
        .post(&format!("/posts/{question}/resolve"), &[])
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    author
        .post(&format!("/groups/{group_id}/archive"), &[])
        .await;
    author
        .post(&format!("/posts/{call_id}/resolve"), &[])
        .await
        .assert_status(StatusCode::FORBIDDEN);
    author.post("/lang", &[("lang", "nl")]).await;
    author
        .get(&format!("/posts/{call_id}"))
        .await
        .assert_contains("Oproep")
        .assert_contains("Open");
});
