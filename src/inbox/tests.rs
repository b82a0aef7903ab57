//! Notifications over HTTP: who gets one, what they see when, preferences, and the live stream.

use std::time::Duration;

use reqwest::StatusCode;

use crate::testing::{Browser, TestApp, db_test};

/// A group of `visibility` run by "Owner", with "Reader" in it and a post by "Owner".
async fn post_with_reader(app: &TestApp, visibility: &str) -> (Browser, Browser, i64, i64, i64) {
    let (owner, _) = app.member("Owner").await;
    let (reader, reader_id) = app.member("Reader").await;
    let group_id = Browser::id_from(
        &owner
            .post(
                "/groups",
                &[("name", "Kantine"), ("visibility", visibility)],
            )
            .await,
    );
    owner
        .post(
            &format!("/groups/{group_id}/members"),
            &[("email", "reader@example.nl")],
        )
        .await;
    let post_id = Browser::id_from(
        &owner
            .post(
                &format!("/groups/{group_id}/posts"),
                &[("kind", "question"), ("body", "Wie weet de wifi-code?")],
            )
            .await,
    );
    (owner, reader, group_id, post_id, reader_id)
}

db_test!(
    replies_reach_the_author_and_opening_marks_them_read,
    |app| {
        let (owner, reader, _, post_id, _) = post_with_reader(&app, "open").await;
        reader
            .post(
                &format!("/posts/{post_id}/comments"),
                &[("body", "Staat op de muur")],
            )
            .await
            .assert_status(StatusCode::OK);
        reader
            .get("/notifications")
            .await
            .assert_contains("Nothing new for you");
        let list = owner.get("/notifications").await;
        list.assert_contains("Reader replied to a post in Kantine")
            .assert_contains("class=\"badge\">New");
        let opened = owner.get(&notification_link(&list.body)).await;
        opened
            .assert_status(StatusCode::OK)
            .assert_contains("Wie weet de wifi-code?");
        assert_eq!(opened.path, format!("/posts/{post_id}"));
        owner
            .get("/notifications")
            .await
            .assert_lacks("class=\"badge\">New");
    }
);

db_test!(accepted_answers_and_join_requests_notify, |app| {
    let (owner, reader, group_id, post_id, _) = post_with_reader(&app, "closed").await;
    let comment = reader
        .post(
            &format!("/posts/{post_id}/comments"),
            &[("body", "Plein2026")],
        )
        .await;
    let comment_id = comment.first_comment_id();
    owner
        .post(&format!("/comments/{comment_id}/accept"), &[])
        .await
        .assert_status(StatusCode::OK);
    reader
        .get("/notifications")
        .await
        .assert_contains("Owner accepted your answer in Kantine");
    let (newcomer, _) = app.member("Newcomer").await;
    newcomer
        .post(&format!("/groups/{group_id}/join"), &[])
        .await
        .assert_status(StatusCode::OK);
    let list = owner.get("/notifications").await;
    list.assert_contains("Newcomer asks to join Kantine");
    let opened = owner.get(&notification_link(&list.body)).await;
    assert_eq!(opened.path, format!("/groups/{group_id}/members"));
});

db_test!(a_notification_vanishes_with_access_to_its_group, |app| {
    let (owner, reader, group_id, post_id, reader_id) = post_with_reader(&app, "secret").await;
    owner
        .post(
            &format!("/posts/{post_id}/comments"),
            &[("body", "Eerst zelf")],
        )
        .await;
    reader
        .post(&format!("/posts/{post_id}/follow"), &[("follow", "true")])
        .await;
    let (other, _) = app.member("Other").await;
    owner
        .post(
            &format!("/groups/{group_id}/members"),
            &[("email", "other@example.nl")],
        )
        .await;
    other
        .post(&format!("/posts/{post_id}/comments"), &[("body", "Ik ook")])
        .await
        .assert_status(StatusCode::OK);
    let list = reader.get("/notifications").await;
    list.assert_contains("Other replied to a post in Kantine");
    let link = notification_link(&list.body);
    owner
        .post(
            &format!("/groups/{group_id}/members/{reader_id}/remove"),
            &[],
        )
        .await
        .assert_status(StatusCode::OK);
    reader
        .get("/notifications")
        .await
        .assert_lacks("Kantine")
        .assert_contains("Nothing new for you");
    reader.get(&link).await.assert_status(StatusCode::NOT_FOUND);
    owner.get(&link).await.assert_status(StatusCode::NOT_FOUND);
});

db_test!(preferences_switch_kinds_off, |app| {
    let (owner, reader, _, post_id, _) = post_with_reader(&app, "open").await;
    let settings = owner.get("/notifications/settings").await;
    settings.assert_contains("Replies to posts I wrote or follow");
    owner
        .post(
            "/notifications/settings",
            &[("in_app.answer_accepted", "on"), ("email.reply", "on")],
        )
        .await
        .assert_contains("Your notification settings are saved");
    let saved = owner.get("/notifications/settings").await;
    saved.assert_contains("name=\"email.reply\" aria-labelledby=\"kind-reply col-email\" checked");
    saved.assert_lacks("name=\"in_app.reply\" aria-labelledby=\"kind-reply col-in-app\" checked");
    reader
        .post(&format!("/posts/{post_id}/comments"), &[("body", "Muur")])
        .await;
    owner
        .get("/notifications")
        .await
        .assert_contains("Nothing new for you");
    owner.post("/lang", &[("lang", "nl"), ("next", "/")]).await;
    owner
        .get("/notifications/settings")
        .await
        .assert_contains("Instellingen voor meldingen")
        .assert_contains("Per e-mail");
});

db_test!(the_live_stream_announces_new_notifications, |app| {
    let (owner, reader, _, post_id, _) = post_with_reader(&app, "open").await;
    let mut stream = owner.open_stream("/notifications/stream").await;
    assert_eq!(stream.status(), StatusCode::OK);
    assert!(
        stream
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("text/event-stream"))
    );
    let first = next_event(&mut stream).await;
    assert!(first.contains("\"unread\":0"), "{first}");
    reader
        .post(&format!("/posts/{post_id}/comments"), &[("body", "Live!")])
        .await;
    let update = next_event(&mut stream).await;
    assert!(update.contains("\"unread\":1"), "{update}");
    assert!(
        update.contains("Reader replied to a post in Kantine"),
        "{update}"
    );
});

/// Reads the next `notifications` event (skipping keep-alive comments), failing after 10 s.
async fn next_event(stream: &mut reqwest::Response) -> String {
    let mut text = String::new();
    let read = async {
        while let Some(chunk) = stream.chunk().await.expect("chunk") {
            text.push_str(&String::from_utf8_lossy(&chunk));
            if text.contains("event: notifications") && text.contains("\n\n") {
                break;
            }
        }
    };
    tokio::time::timeout(Duration::from_secs(10), read)
        .await
        .unwrap_or_else(|_| panic!("no event within 10 s; got {text:?}"));
    text
}

/// The first notification link on a list page.
fn notification_link(body: &str) -> String {
    let item = body.find("class=\"notification").expect("a notification");
    let marker = "href=\"";
    let at = item + body[item..].find(marker).expect("a link") + marker.len();
    body[at..].split('"').next().expect("link end").to_string()
}

db_test!(reactions_are_batched_until_opened, |app| {
    let (owner, reader, _, post_id, _) = post_with_reader(&app, "open").await;
    let (other, _) = app.member("Other").await;
    let react = format!("/posts/{post_id}/react");
    reader.post(&react, &[("kind", "like")]).await;
    other.post(&react, &[("kind", "celebrate")]).await;
    owner.post(&react, &[("kind", "like")]).await;
    let list = owner.get("/notifications").await;
    assert_eq!(
        list.body.matches("reacted to your post").count(),
        1,
        "one notice for many reactions"
    );
    list.assert_contains("Reader and perhaps others reacted to your post in Kantine");
    owner.get(&notification_link(&list.body)).await;
    other.post(&react, &[("kind", "thanks")]).await;
    let list = owner.get("/notifications").await;
    assert_eq!(list.body.matches("reacted to your post").count(), 2);
    list.assert_contains("Other and perhaps others reacted");
});

/// Makes every notification old enough to be mailed and runs the mail job as the runner would.
async fn mail_due_now(app: &TestApp) -> usize {
    use sea_orm::ConnectionTrait;
    app.db
        .execute_unprepared(&format!(
            "UPDATE notifications SET created_at = created_at - {}",
            super::mail::MAIL_DELAY_MS + 1
        ))
        .await
        .expect("backdate");
    super::mail::mail_due(&app.db, &app.base, crate::db::now_ms())
        .await
        .expect("mail job")
}

crate::testing::mail_test!(
    notifications_by_email_arrive_once_and_unsubscribe_in_one_click,
    |app, sink| {
        let (owner, reader, group_id, post_id, _) = post_with_reader(&app, "closed").await;
        owner
            .post(
                "/notifications/settings",
                &[("in_app.reply", "on"), ("email.reply", "on")],
            )
            .await
            .assert_status(StatusCode::OK);
        for body in ["Staat op de muur", "Of vraag het de receptie"] {
            reader
                .post(&format!("/posts/{post_id}/comments"), &[("body", body)])
                .await
                .assert_status(StatusCode::OK);
        }
        assert_eq!(mail_due_now(&app).await, 1, "one busy thread, one mail");
        let mail = sink.wait_for(1).await[0].clone();
        assert_eq!(mail.rcpt_tos, vec!["owner@example.nl".to_string()]);
        assert_eq!(mail.header("subject"), "2 nieuwe meldingen op Plein");
        let text = mail.text.clone().unwrap_or_default();
        assert!(text.contains("Reader"), "{text}");
        assert!(
            text.contains("/notifications/"),
            "each item links to its notification"
        );
        assert!(
            !text.contains("Staat op de muur"),
            "no content in the mail, only what happened"
        );
        let unsubscribe = mail
            .header("list-unsubscribe")
            .trim_matches(['<', '>'])
            .to_string();
        assert!(unsubscribe.contains("/mail/unsubscribe/"), "{mail:?}");
        assert_eq!(
            mail.header("list-unsubscribe-post"),
            "List-Unsubscribe=One-Click"
        );
        assert_eq!(mail_due_now(&app).await, 0, "mailed once");

        // Content the receiver can no longer read is not mailed: read rights at send time.
        let other_post = Browser::id_from(
            &reader
                .post(
                    &format!("/groups/{group_id}/posts"),
                    &[("kind", "discussion"), ("body", "Mijn eigen vraag")],
                )
                .await,
        );
        reader
            .post(
                "/notifications/settings",
                &[("in_app.reply", "on"), ("email.reply", "on")],
            )
            .await;
        owner
            .post(
                &format!("/posts/{other_post}/comments"),
                &[("body", "Goed punt")],
            )
            .await
            .assert_status(StatusCode::OK);
        reader.post(&format!("/groups/{group_id}/leave"), &[]).await;
        assert_eq!(
            mail_due_now(&app).await,
            0,
            "the reader left the closed group"
        );

        // One click from the mail client: no cookies, no CSRF token, only the token in the address.
        let path = mail.unsubscribe_path();
        let client = reqwest::Client::new();
        let clicked = client
            .post(format!("{}{path}", app.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .body("List-Unsubscribe=One-Click")
            .send()
            .await
            .expect("one click");
        assert_eq!(clicked.status(), StatusCode::OK);
        owner
            .get("/notifications/settings")
            .await
            .assert_lacks("name=\"email.reply\" aria-labelledby=\"kind-reply col-email\" checked");
        app.browser()
            .get("/mail/unsubscribe/ongeldig")
            .await
            .assert_status(StatusCode::NOT_FOUND);
    }
);

crate::testing::mail_test!(a_notification_read_in_time_is_not_mailed, |app, sink| {
    let (owner, reader, _, post_id, _) = post_with_reader(&app, "open").await;
    owner
        .post(
            "/notifications/settings",
            &[("in_app.reply", "on"), ("email.reply", "on")],
        )
        .await;
    reader
        .post(
            &format!("/posts/{post_id}/comments"),
            &[("body", "Op de muur")],
        )
        .await;
    owner.post("/notifications/read", &[]).await;
    assert_eq!(mail_due_now(&app).await, 0);
    assert!(sink.received().is_empty());
});

crate::testing::mail_test!(
    the_digest_tells_members_who_stayed_away_what_happened_in_their_groups,
    |app, sink| {
        use sea_orm::ConnectionTrait;
        let (owner, reader, group_id, post_id, _) = post_with_reader(&app, "closed").await;
        let (_outsider, _) = app.member("Derde").await;
        // An event in the group the day after tomorrow (in the organisation's time zone).
        let day_after = jiff::Zoned::now()
            .with_time_zone(jiff::tz::TimeZone::get("Europe/Amsterdam").expect("zone"))
            .date()
            .checked_add(jiff::Span::new().days(2))
            .expect("date");
        let (starts, ends) = (format!("{day_after}T12:30"), format!("{day_after}T13:30"));
        owner
            .post(
                &format!("/groups/{group_id}/events"),
                &[
                    ("title", "Lunchlezing"),
                    ("starts_at", starts.as_str()),
                    ("ends_at", ends.as_str()),
                    ("location", "Zaal 3"),
                    ("capacity", ""),
                    ("body", "Neem je lunch mee"),
                ],
            )
            .await
            .assert_status(StatusCode::OK);
        // Nobody has come by since (the test sign-ins were their visits).
        app.db
            .execute_unprepared("DELETE FROM activity_members")
            .await
            .expect("reset");
        let now = crate::db::now_ms();
        assert_eq!(
            crate::inbox::digest::send_due(&app.db, &app.base, now)
                .await
                .expect("digest"),
            1
        );
        let mail = sink.wait_for(1).await[0].clone();
        assert_eq!(mail.rcpt_tos, vec!["reader@example.nl".to_string()]);
        assert_eq!(mail.header("subject"), "Jouw week op Plein");
        let text = mail.text.clone().unwrap_or_default();
        assert!(text.contains("Wie weet de wifi-code? (Kantine)"), "{text}");
        assert!(
            text.contains("Vragen die nog op een antwoord wachten"),
            "{text}"
        );
        assert!(
            text.contains("Binnenkort") && text.contains("Lunchlezing (Kantine)"),
            "{text}"
        );
        assert!(text.contains(&format!("/posts/{post_id}")));
        assert!(
            mail.header("list-unsubscribe")
                .contains("/mail/unsubscribe/")
        );
        assert_eq!(
            crate::inbox::digest::send_due(&app.db, &app.base, now)
                .await
                .expect("again"),
            0,
            "one digest per period"
        );

        // A week later, after leaving the group, nothing of it is mailed.
        reader.post(&format!("/groups/{group_id}/leave"), &[]).await;
        app.db
            .execute_unprepared("DELETE FROM activity_members")
            .await
            .expect("reset");
        let week_later = now + 7 * 24 * 3_600_000;
        assert_eq!(
            crate::inbox::digest::send_due(&app.db, &app.base, week_later)
                .await
                .expect("digest"),
            0
        );

        reader
            .post("/notifications/settings", &[("digest", "daily")])
            .await
            .assert_contains("<option value=\"daily\" selected>");
        let path = mail.unsubscribe_path();
        reqwest::Client::new()
            .post(format!("{}{path}", app.base))
            .body("List-Unsubscribe=One-Click")
            .send()
            .await
            .expect("one click");
        reader
            .get("/notifications/settings")
            .await
            .assert_contains("<option value=\"never\" selected>");
    }
);
