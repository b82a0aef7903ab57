//! Reports over HTTP on both databases: marking posts, making a stored report of a month that is
//! over, who may do what.

use reqwest::StatusCode;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait};

use crate::auth::Role;
use crate::reports::period::ReportPeriod;
use crate::testing::{Browser, TestApp, db_test, mail_test};

/// Moves a post and every mark on it into `day` (epoch day), as if written and marked then.
async fn backdate(app: &TestApp, post_id: i64, day: i32) {
    let at = i64::from(day) * crate::activity::DAY_MS + 10 * 3_600_000;
    crate::posts::post::ActiveModel {
        id: Set(post_id),
        created_at: Set(at),
        ..Default::default()
    }
    .update(&app.db)
    .await
    .expect("post");
    for mark in crate::reports::entity::highlight::Entity::find()
        .all(&app.db)
        .await
        .expect("marks")
    {
        if mark.post_id == post_id {
            crate::reports::entity::highlight::ActiveModel {
                id: Set(mark.id),
                marked_at: Set(at),
                ..Default::default()
            }
            .update(&app.db)
            .await
            .expect("mark");
        }
    }
}

db_test!(a_month_report_is_stored_with_its_marks, |app| {
    let (manager, _) = app
        .signed_in("cm@example.nl", "Carla", Role::CommunityManager)
        .await;
    let (anna, _) = app.member("Anna").await;
    let (member, _) = app.member("Bram").await;
    for i in 4..=10 {
        app.account(
            &format!("m{i}@example.nl"),
            &format!("Lid {i}"),
            Role::Member,
        )
        .await;
    }
    let open = Browser::id_from(
        &anna
            .post("/groups", &[("name", "Planning"), ("visibility", "open")])
            .await,
    );
    let closed = Browser::id_from(
        &manager
            .post("/groups", &[("name", "Kernteam"), ("visibility", "closed")])
            .await,
    );
    let win = anna
        .write_post(
            open,
            "discussion",
            "Dankzij de nieuwe planner winnen we **3 uur** per week <script>alert(1)</script>",
        )
        .await;
    let inside = manager
        .write_post(closed, "discussion", "Alleen voor het kernteam")
        .await;

    let form = manager
        .get(&format!("/cockpit/highlights/new?post={win}"))
        .await;
    form.assert_status(StatusCode::OK)
        .assert_contains("Dankzij de nieuwe planner winnen we 3 uur per week");
    manager
        .get(&format!("/posts/{win}"))
        .await
        .assert_contains(&format!("/cockpit/highlights/new?post={win}"));
    manager
        .get(&format!("/posts/{inside}"))
        .await
        .assert_lacks("/cockpit/highlights/new");
    let post = win.to_string();
    manager
        .post(
            "/cockpit/highlights",
            &[("post", &post), ("kind", "success")],
        )
        .await
        .assert_status(StatusCode::OK)
        .assert_contains("Marked for the report.");
    manager
        .post(
            "/cockpit/highlights",
            &[("post", &post), ("kind", "quote"), ("quote", "  ")],
        )
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .assert_contains("This field is required");
    manager
        .post(
            "/cockpit/highlights",
            &[
                ("post", &post),
                ("kind", "quote"),
                ("quote", "Eindelijk tijd voor <b>echt</b> werk"),
            ],
        )
        .await
        .assert_status(StatusCode::OK);
    manager
        .post(
            "/cockpit/highlights",
            &[("post", &inside.to_string()), ("kind", "example")],
        )
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .assert_contains("Only posts in open groups can go into a report");
    member
        .post(
            "/cockpit/highlights",
            &[("post", &post), ("kind", "example")],
        )
        .await
        .assert_status(StatusCode::FORBIDDEN);
    member
        .get("/cockpit/reports")
        .await
        .assert_status(StatusCode::FORBIDDEN);

    let today = app.calendar().await.today();
    let last_month = ReportPeriod::choices(today)[0];
    let days = last_month.days().expect("days");
    backdate(&app, win, days.from + 4).await;
    let list = manager.get("/cockpit/reports").await;
    list.assert_status(StatusCode::OK)
        .assert_contains("Eindelijk tijd voor &#60;b&#62;echt&#60;/b&#62; werk")
        .assert_contains(&format!("<option value=\"{}\"", last_month.value()));

    let this_month = crate::activity::period::date_of(today)
        .get(..7)
        .unwrap_or_default()
        .to_string();
    manager
        .post("/cockpit/reports", &[("period", &this_month)])
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .assert_contains("Choose a month or quarter that is over.");
    let made = manager
        .post("/cockpit/reports", &[("period", &last_month.value())])
        .await;
    made.assert_status(StatusCode::OK)
        .assert_contains("The report is made and stored.")
        .assert_contains(&format!(
            "Community report {}",
            crate::reports::service::period_name(crate::i18n::Lang::En, last_month)
        ))
        .assert_contains("Success story</strong> · Anna, Planning")
        .assert_contains("Dankzij de nieuwe planner winnen we 3 uur per week")
        .assert_lacks("<script>alert")
        .assert_contains("<blockquote><p>Eindelijk tijd voor &#60;b&#62;echt&#60;/b&#62; werk</p></blockquote><figcaption>— Anna, Planning</figcaption>")
        .assert_contains("Phase 1 of 5")
        .assert_contains("E-mail is off: an administrator sets up outgoing mail first.");
    let report_path = made.path.clone();
    manager
        .post(&format!("{report_path}/send"), &[("senior_managers", "on")])
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .assert_contains("E-mail is off");
    manager
        .post("/cockpit/reports", &[("period", &last_month.value())])
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .assert_contains("A report of this period is already stored.");

    // Stored: removing the marks later does not change the report.
    for mark in crate::reports::entity::highlight::Entity::find()
        .all(&app.db)
        .await
        .expect("marks")
    {
        manager
            .post(&format!("/cockpit/highlights/{}/delete", mark.id), &[])
            .await
            .assert_contains("Mark removed.");
    }
    manager
        .get(&report_path)
        .await
        .assert_contains("Success story</strong> · Anna, Planning");
    manager
        .get(&format!("{report_path}/json"))
        .await
        .assert_contains("\"highlights\":[{")
        .assert_contains("\"kind\":\"success\"");
    manager
        .post("/lang", &[("lang", "nl"), ("next", "/")])
        .await;
    manager
        .get(&report_path)
        .await
        .assert_contains("Communityrapportage")
        .assert_contains("Succesverhaal");
});

db_test!(senior_managers_read_reports_but_do_not_make_them, |app| {
    let (manager, _) = app
        .signed_in("cm@example.nl", "Carla", Role::CommunityManager)
        .await;
    let (senior, senior_id) = app.member("Sanne").await;
    for i in 3..=10 {
        app.account(
            &format!("m{i}@example.nl"),
            &format!("Lid {i}"),
            Role::Member,
        )
        .await;
    }
    crate::directory::user::ActiveModel {
        id: Set(senior_id),
        is_role_model: Set(true),
        ..Default::default()
    }
    .update(&app.db)
    .await
    .expect("role model");
    let quarter = ReportPeriod::choices(app.calendar().await.today())
        .into_iter()
        .find(|p| p.value().contains('Q'))
        .expect("a quarter");
    let made = manager
        .post("/cockpit/reports", &[("period", &quarter.value())])
        .await;
    made.assert_status(StatusCode::OK)
        .assert_contains("None marked for this period.");
    senior
        .get("/cockpit/reports")
        .await
        .assert_status(StatusCode::OK)
        .assert_contains(&format!("href=\"{}\"", made.path))
        .assert_lacks("Make and store the report");
    senior
        .get(&made.path)
        .await
        .assert_status(StatusCode::OK)
        .assert_contains("Community report Q");
    senior
        .post("/cockpit/reports", &[("period", &quarter.value())])
        .await
        .assert_status(StatusCode::FORBIDDEN);
    assert_eq!(
        crate::cockpit::views_by(&app.db, senior_id)
            .await
            .expect("audit"),
        2
    );
});

mail_test!(
    a_report_is_mailed_to_its_readers_in_their_language,
    |app, sink| {
        let (manager, _) = app
            .signed_in("cm@example.nl", "Carla", Role::CommunityManager)
            .await;
        let (daan, daan_id) = app.member("Daan").await;
        let (other, _) = app.member("Eva").await;
        let senior = app
            .account("directie@example.nl", "Sanne Senior", Role::Member)
            .await;
        for i in 4..=10 {
            app.account(
                &format!("m{i}@example.nl"),
                &format!("Lid {i}"),
                Role::Member,
            )
            .await;
        }
        use sea_orm::ConnectionTrait;
        app.db
            .execute_unprepared(&format!(
                "UPDATE users SET is_role_model = TRUE, locale = 'en' WHERE id = {senior}; \
             UPDATE users SET locale = 'nl' WHERE id = {daan_id}"
            ))
            .await
            .expect("a senior manager, a Dutch reader");
        let last_month = ReportPeriod::choices(app.calendar().await.today())[0];
        let made = manager
            .post("/cockpit/reports", &[("period", &last_month.value())])
            .await;
        made.assert_status(StatusCode::OK)
            .assert_contains("Send by e-mail");
        let page = made.path.clone();
        let send = format!("{page}/send");
        daan.get(&page).await.assert_status(StatusCode::FORBIDDEN);
        daan.post(&send, &[("readers", "daan@example.nl")])
            .await
            .assert_status(StatusCode::FORBIDDEN);

        // Every address must be a colleague's, or nothing is sent; nobody named is refused too.
        manager
            .post(
                &send,
                &[
                    ("senior_managers", "on"),
                    ("readers", "daan@example.nl, iemand@elders.nl"),
                ],
            )
            .await
            .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
            .assert_contains("Nothing was sent. These addresses are not colleagues on Plein:")
            .assert_contains("<li>iemand@elders.nl</li>")
            .assert_contains("daan@example.nl, iemand@elders.nl</textarea>");
        manager
            .post(&send, &[("readers", " ")])
            .await
            .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
            .assert_contains("Choose the senior managers or type at least one colleague");
        let too_many: Vec<String> = (0..=crate::reports::mailing::MAX_READERS)
            .map(|i| format!("x{i}@example.nl"))
            .collect();
        manager
            .post(&send, &[("readers", &too_many.join("\n"))])
            .await
            .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
            .assert_contains("At most 200 addresses at a time.");
        assert!(sink.received().is_empty());

        manager
            .post(
                &send,
                &[("senior_managers", "on"), ("readers", "DAAN@example.nl")],
            )
            .await
            .assert_status(StatusCode::OK)
            .assert_contains("The report is on its way to its readers.")
            .assert_contains("Sent to: Daan, Sanne Senior");
        let mails = sink.wait_for(2).await;
        let to = |address: &str| {
            mails
                .iter()
                .find(|m| m.rcpt_tos.iter().any(|r| r == address))
                .unwrap_or_else(|| panic!("a mail to {address}"))
        };
        let english = to("directie@example.nl");
        assert!(english.header("subject").starts_with("Community report "));
        let text = english.text.clone().unwrap_or_default();
        assert!(
            text.contains("Carla shares the community report with you."),
            "{text}"
        );
        assert!(text.contains("Accounts: 11"), "{text}");
        assert!(text.contains(&page), "{text}");
        assert!(
            english
                .html
                .clone()
                .unwrap_or_default()
                .contains("Accounts: 11")
        );
        let dutch = to("daan@example.nl");
        assert!(dutch.header("subject").starts_with("Communityrapportage "));
        assert!(
            dutch
                .text
                .clone()
                .unwrap_or_default()
                .contains("Carla deelt de communityrapportage met je.")
        );
        // A reader may open the report from then on; others still may not.
        daan.get(&page).await.assert_status(StatusCode::OK);
        daan.get(&format!("{page}/json"))
            .await
            .assert_status(StatusCode::OK);
        other.get(&page).await.assert_status(StatusCode::FORBIDDEN);
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        assert_eq!(sink.received().len(), 2, "each reader once");
    }
);
