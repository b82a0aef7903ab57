//! The newsletter over HTTP with a real SMTP server, on both databases: composing from marked
//! highlights, the preview, a test, refusals, sending to everyone but who opted out, the mail,
//! one-click unsubscribe, the archive, the highlight of the week on the home page, a segment.

use reqwest::StatusCode;
use sea_orm::ConnectionTrait;

use crate::auth::Role;
use crate::testing::{Browser, TestApp, mail_test};

/// Marks `post` as `kind` for the reports and returns the mark's id.
async fn mark(app: &TestApp, manager: &Browser, post: i64, kind: &str) -> i64 {
    manager
        .post(
            "/cockpit/highlights",
            &[
                ("post", &post.to_string()),
                ("kind", kind),
                ("quote", "Wat een verschil"),
            ],
        )
        .await
        .assert_contains("Marked for the report.");
    scalar(app, "SELECT MAX(id) FROM report_highlights").await
}

/// The one value `sql` selects.
async fn scalar<T: sea_orm::TryGetable>(app: &TestApp, sql: &str) -> T {
    let row = app
        .db
        .query_one_raw(sea_orm::Statement::from_string(
            app.db.get_database_backend(),
            sql,
        ))
        .await
        .expect(sql)
        .expect("a row");
    row.try_get_by_index(0).expect(sql)
}

/// Waits until the job runner has sent the issue.
async fn wait_until_sent(app: &TestApp, id: i64) {
    for _ in 0..100 {
        let status: String = scalar(
            app,
            &format!("SELECT status FROM newsletters WHERE id = {id}"),
        )
        .await;
        if status == "sent" {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("issue {id} was not sent");
}

mail_test!(
    a_newsletter_goes_out_and_stays_in_the_archive,
    |app, sink| {
        let (manager, _) = app
            .signed_in("cm@example.nl", "Carla", Role::CommunityManager)
            .await;
        let (anna, _) = app.member("Anna").await;
        let (bert, _) = app.member("Bert").await;
        let (eva, eva_id) = app.member("Eva").await;
        let group = anna.create_group("Planning", "open").await;
        let win = anna
            .write_post(
                group,
                "discussion",
                "Dankzij de planner winnen we drie uur per week",
            )
            .await;
        let other = anna
            .write_post(group, "discussion", "Een goed voorbeeld")
            .await;
        let featured = mark(&app, &manager, win, "success").await;
        let example = mark(&app, &manager, other, "example").await;

        member_refused(&anna).await;
        let compose = manager.get("/cockpit/newsletters").await;
        compose
            .assert_status(StatusCode::OK)
            .assert_contains("Dankzij de planner winnen we drie uur per week")
            .assert_contains("Members of Planning");
        manager
            .post(
                "/cockpit/newsletters",
                &[("subject", " "), ("audience", "everyone")],
            )
            .await
            .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
            .assert_contains("This field is required");
        manager
            .post(
                "/cockpit/newsletters",
                &[("subject", "Nieuws"), ("audience", "iedereen")],
            )
            .await
            .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
            .assert_contains("Choose who gets the newsletter.")
            .assert_contains("value=\"Nieuws\"");
        let (featured_field, example_field) = (
            format!("highlight_{featured}"),
            format!("highlight_{example}"),
        );
        let featured_id = featured.to_string();
        let draft = manager
            .post(
                "/cockpit/newsletters",
                &[
                    ("subject", "Nieuws uit de community"),
                    (
                        "intro",
                        "Hallo **allemaal**\n\nTweede alinea <script>alert(1)</script>",
                    ),
                    (featured_field.as_str(), "on"),
                    (example_field.as_str(), "on"),
                    ("featured", featured_id.as_str()),
                    ("audience", "everyone"),
                ],
            )
            .await;
        draft
            .assert_status(StatusCode::OK)
            .assert_contains("The draft is saved.")
            .assert_contains("<strong>allemaal</strong>")
            .assert_lacks("<script>alert")
            .assert_contains("Highlight of the week")
            .assert_contains("Een goed voorbeeld");
        let page = draft.path.clone();
        let id: i64 = page
            .rsplit('/')
            .next()
            .and_then(|id| id.parse().ok())
            .expect("id");
        // A draft is the same 404 as a missing issue to members; its page is the managers'.
        let missing = anna.get("/newsletters/999999").await;
        let hidden = anna.get(&format!("/newsletters/{id}")).await;
        assert_eq!(hidden.status, StatusCode::NOT_FOUND);
        assert_eq!(
            hidden.body.replace(&hidden.path, "…"),
            missing.body.replace(&missing.path, "…")
        );
        anna.get(&page).await.assert_status(StatusCode::FORBIDDEN);

        manager
            .post(&format!("{page}/test"), &[])
            .await
            .assert_contains("A test is on its way to you.");
        let test = &sink.wait_for(1).await[0];
        assert_eq!(test.rcpt_tos, ["cm@example.nl"]);
        assert_eq!(test.header("subject"), "[Test] Nieuws uit de community");
        manager
            .post(&format!("{page}/schedule"), &[("when", "2001-01-01T10:00")])
            .await
            .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
            .assert_contains("Choose a moment from now on");
        // Bert does not want it (his notification settings).
        bert.post("/notifications/settings", &[("digest", "weekly")])
            .await
            .assert_lacks("name=\"newsletter\" value=\"on\" checked");
        manager
            .post(&format!("{page}/schedule"), &[("when", "")])
            .await
            .assert_contains("The newsletter will be sent.");
        wait_until_sent(&app, id).await;
        // Everyone active but Bert: Carla, Anna, Eva (and Carla's test before).
        let mails = sink.wait_for(4).await;
        let issue: Vec<_> = mails[1..].iter().collect();
        let mut to: Vec<&str> = issue.iter().map(|m| m.rcpt_tos[0].as_str()).collect();
        to.sort_unstable();
        assert_eq!(to, ["anna@example.nl", "cm@example.nl", "eva@example.nl"]);
        let to_anna = issue
            .iter()
            .find(|m| m.rcpt_tos[0] == "anna@example.nl")
            .expect("Anna's");
        assert_eq!(to_anna.header("subject"), "Nieuws uit de community");
        let text = to_anna.text.clone().unwrap_or_default();
        assert!(text.contains("Uitgelicht deze week"), "{text}");
        assert!(
            text.contains("Dankzij de planner winnen we drie uur per week"),
            "{text}"
        );
        assert!(text.contains(&format!("/newsletters/{id}")), "{text}");
        assert!(
            !to_anna
                .html
                .clone()
                .unwrap_or_default()
                .contains("<script>alert")
        );
        assert!(!to_anna.header("list-unsubscribe").is_empty());
        manager
            .post(&page, &[("subject", "Later"), ("audience", "everyone")])
            .await
            .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
            .assert_contains("can no longer be changed");

        // Members read it in the archive, and the highlight of the week is on the home page.
        anna.get("/newsletters").await.assert_contains(&format!(
            "<a href=\"/newsletters/{id}\">Nieuws uit de community</a>"
        ));
        anna.get(&format!("/newsletters/{id}"))
            .await
            .assert_status(StatusCode::OK)
            .assert_contains("<strong>allemaal</strong>");
        eva.get("/").await.assert_contains("Highlight of the week");
        anna.post(&format!("/posts/{win}/delete"), &[]).await;
        eva.get("/").await.assert_lacks("Highlight of the week");

        // One click stops the newsletter for Anna, and only the newsletter.
        reqwest::Client::new()
            .post(format!("{}{}", app.base, to_anna.unsubscribe_path()))
            .body("List-Unsubscribe=One-Click")
            .send()
            .await
            .expect("one click");
        anna.get("/notifications/settings")
            .await
            .assert_lacks("name=\"newsletter\" value=\"on\" checked")
            .assert_contains("<option value=\"weekly\" selected>");

        // A segment: only Eva is in HR.
        app.db
            .execute_unprepared(&format!(
                "UPDATE users SET department = 'HR' WHERE id = {eva_id}"
            ))
            .await
            .expect("a department");
        let second = manager
            .post(
                "/cockpit/newsletters",
                &[("subject", "Voor HR"), ("audience", "department:HR")],
            )
            .await;
        let second_id: i64 = second
            .path
            .rsplit('/')
            .next()
            .and_then(|id| id.parse().ok())
            .expect("id");
        manager
            .post(
                &format!("/cockpit/newsletters/{second_id}/schedule"),
                &[("when", "")],
            )
            .await
            .assert_contains("The newsletter will be sent.");
        wait_until_sent(&app, second_id).await;
        let all = sink.wait_for(5).await;
        assert_eq!(all[4].rcpt_tos, ["eva@example.nl"]);
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        assert_eq!(sink.received().len(), 5, "each mail once");
    }
);

/// A member may read the archive but not manage the newsletter.
async fn member_refused(member: &Browser) {
    member
        .get("/newsletters")
        .await
        .assert_status(StatusCode::OK);
    member
        .get("/cockpit/newsletters")
        .await
        .assert_status(StatusCode::FORBIDDEN);
    member
        .post(
            "/cockpit/newsletters",
            &[("subject", "x"), ("audience", "everyone")],
        )
        .await
        .assert_status(StatusCode::FORBIDDEN);
}

/// How many different members are recorded as having come in from a newsletter's links.
async fn arrivals(app: &TestApp) -> i64 {
    scalar(
        app,
        "SELECT COUNT(*) FROM activity_mail_arrivals WHERE kind = 'newsletter'",
    )
    .await
}

/// The arrivals once `expected` are recorded (they are counted beside the request), or what
/// there are after two seconds.
async fn arrivals_settle(app: &TestApp, expected: i64) -> i64 {
    for _ in 0..100 {
        if arrivals(app).await == expected {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    arrivals(app).await
}

/// Runs `sql` on the test database.
async fn execute(app: &TestApp, sql: &str) {
    app.db.execute_unprepared(sql).await.expect(sql);
}

mail_test!(
    the_visits_a_newsletter_brings_are_counted_together_never_per_person,
    |app, sink| {
        crate::settings::MIN_GROUP_SIZE
            .set(&app.db, 5)
            .await
            .expect("a minimum of 5");
        let (manager, _) = app
            .signed_in("cm@example.nl", "Carla", Role::CommunityManager)
            .await;
        let mut members = Vec::new();
        let names = [
            "Anna", "Bert", "Eva", "Daan", "Fenna", "Gijs", "Hanna", "Ilse", "Joost", "Karin",
            "Lars",
        ];
        for name in names {
            members.push((name, app.member(name).await));
        }
        let draft = manager
            .post(
                "/cockpit/newsletters",
                &[("subject", "Nieuws"), ("audience", "everyone")],
            )
            .await;
        let id = crate::testing::Browser::id_from(&draft);
        manager
            .post(
                &format!("/cockpit/newsletters/{id}/schedule"),
                &[("when", "")],
            )
            .await
            .assert_contains("The newsletter will be sent.");
        wait_until_sent(&app, id).await;
        let mails = sink.wait_for(12).await;

        // Six members follow the link in their mail (Anna twice): each lands on the issue,
        // the marker taken off the address, and counts once.
        for (name, (browser, _)) in &members[..6] {
            let address = format!("{}@example.nl", name.to_lowercase());
            let mine = mails
                .iter()
                .find(|m| m.rcpt_tos == [address.as_str()])
                .expect("their mail");
            let link = mine.link("/newsletters/").expect("the link");
            assert!(link.ends_with("?via=newsletter"), "{link}");
            let page = browser.get(&crate::testing::path_of(&link)).await;
            page.assert_status(StatusCode::OK);
            assert_eq!(page.path, format!("/newsletters/{id}"));
        }
        let (_, (anna, _)) = &members[0];
        anna.get(&format!("/newsletters/{id}?via=newsletter")).await;
        assert_eq!(arrivals_settle(&app, 6).await, 6);
        // Signed out, Lars keeps the marker through the sign-in and counts after it.
        let visitor = app.browser();
        let marked = format!("/newsletters/{id}?via=newsletter");
        assert_eq!(visitor.get(&marked).await.path, "/login");
        let landed = visitor
            .post(
                "/login",
                &[
                    ("email", "lars@example.nl"),
                    ("password", crate::testing::PASSWORD),
                    ("next", marked.as_str()),
                ],
            )
            .await;
        assert_eq!(landed.path, format!("/newsletters/{id}"));
        assert_eq!(arrivals_settle(&app, 7).await, 7);
        // A week not over yet is not shown (its figure would change by the day).
        let page = manager.get("/cockpit/newsletters").await;
        page.assert_contains("What the mails bring")
            .assert_lacks("<td>12</td>");

        // A week later, last week is complete: 12 delivered, 7 came in.
        execute(&app, "UPDATE mail_outbox SET sent_at = sent_at - 604800000").await;
        execute(&app, "UPDATE activity_mail_arrivals SET day = day - 7").await;
        manager
            .get("/cockpit/newsletters")
            .await
            .assert_contains("<td>12</td><td>7</td><td>58 %</td>");
        // Had 10 of the 12 come in, 12 − 10 would name the 2 who did not: withheld.
        let ids: Vec<i64> = members[6..9].iter().map(|(_, (_, id))| *id).collect();
        for user in ids {
            execute(
                &app,
                &format!(
                    "INSERT INTO activity_mail_arrivals (day, kind, user_id) \
                     SELECT MIN(day), 'newsletter', {user} FROM activity_mail_arrivals"
                ),
            )
            .await;
        }
        manager
            .get("/cockpit/newsletters")
            .await
            .assert_lacks("<td>10</td>")
            .assert_contains("<td>12</td><td><span title=\"withheld: too few people\">withheld</span></td><td>–</td>");
        // Members never see these figures.
        anna.get("/cockpit/newsletters")
            .await
            .assert_status(StatusCode::FORBIDDEN);
    }
);
