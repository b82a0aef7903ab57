//! The work queue on both databases: each generator on a fixture whose right tasks are known,
//! the dismissal memory, tasks that resolve on their own, who sees what, the team's actions and
//! routine tasks.

use reqwest::StatusCode;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};

use super::entity::task;
use crate::auth::Role;
use crate::db::now_ms;
use crate::testing::{TestApp, db_test};

const DAY: i64 = crate::activity::DAY_MS;

/// Moves a post's writing time `days` back.
async fn age_post(app: &TestApp, post_id: i64, days: i64) {
    crate::posts::post::ActiveModel {
        id: Set(post_id),
        created_at: Set(now_ms() - days * DAY),
        ..Default::default()
    }
    .update(&app.db)
    .await
    .expect("age post");
}

/// Moves an account's creation `days` back.
async fn age_account(app: &TestApp, user_id: i64, days: i64) {
    crate::directory::user::ActiveModel {
        id: Set(user_id),
        created_at: Set(now_ms() - days * DAY),
        ..Default::default()
    }
    .update(&app.db)
    .await
    .expect("age account");
}

/// The tasks of `kind` as stored.
async fn tasks_of(app: &TestApp, kind: &str) -> Vec<task::Model> {
    task::Entity::find()
        .filter(task::Column::Kind.eq(kind))
        .all(&app.db)
        .await
        .expect("tasks")
}

db_test!(
    generators_make_the_right_tasks_and_remember_dismissals,
    |app| {
        let (manager, manager_id) = app
            .signed_in("cm@example.nl", "Carla", Role::CommunityManager)
            .await;
        let (asker, asker_id) = app.member("Anna").await;
        let (helper, helper_id) = app.member("Henk").await;
        let (expert, expert_id) = app.member("Eva").await;
        let (outsider_owner, _) = app.member("Otto").await;
        let open = asker.create_group("Planning", "open").await;
        let closed = outsider_owner.create_group("Directie", "closed").await;
        crate::people::replace_expertise(
            &app.db,
            expert_id,
            vec![("roosters".into(), "Roosters".into())],
        )
        .await
        .expect("expertise");

        let waiting = asker
            .write_post(open, "question", "Wie kent de #roosters van team Zuid?")
            .await;
        let answered = asker
            .write_post(open, "question", "Waar staat de printer?")
            .await;
        helper
            .post(
                &format!("/posts/{answered}/comments"),
                &[("body", "Op de tweede")],
            )
            .await;
        let fresh = asker.write_post(open, "question", "Net gevraagd").await;
        let idea = asker.write_post(open, "idea", "Een fietsenstalling").await;
        let hidden_question = outsider_owner
            .write_post(closed, "question", "Geheime vraag")
            .await;
        for (post, days) in [
            (waiting, 2),
            (answered, 2),
            (idea, 10),
            (hidden_question, 2),
        ] {
            age_post(&app, post, days).await;
        }
        let _ = fresh;
        let flagged = asker.write_post(open, "discussion", "Koop horloges").await;
        helper
            .post(&format!("/posts/{flagged}/flag"), &[("reason", "spam")])
            .await;
        for reader in [&helper, &expert, &outsider_owner, &manager] {
            reader
                .post(
                    &format!("/posts/{flagged}/react"),
                    &[("kind", "like"), ("back", "/")],
                )
                .await;
        }
        expert
            .post(&format!("/posts/{flagged}/comments"), &[("body", "Echt?")])
            .await;
        for (id, days) in [(asker_id, 40), (helper_id, 40), (manager_id, 40)] {
            age_account(&app, id, days).await;
        }
        crate::activity::first_day::ActiveModel {
            user_id: Set(helper_id),
            first_day: Set(0),
            last_day: Set(Some(app.calendar().await.today() - 40)),
            last_contributed: Set(None),
            last_created: Set(None),
        }
        .save(&app.db)
        .await
        .expect("quiet member");

        asker
            .get("/tasks")
            .await
            .assert_status(StatusCode::FORBIDDEN);
        manager
            .post("/tasks/refresh", &[])
            .await
            .assert_contains("Plein has looked for new tasks");

        let questions = tasks_of(&app, "unanswered_question").await;
        let subjects: Vec<&str> = questions.iter().map(|t| t.subject_key.as_str()).collect();
        assert_eq!(
            subjects.len(),
            2,
            "the waiting and the closed group's question, not the answered or the fresh one: {subjects:?}"
        );
        assert!(subjects.contains(&format!("post:{waiting}").as_str()));
        assert_eq!(tasks_of(&app, "idea_waiting").await.len(), 1);
        assert_eq!(tasks_of(&app, "flagged_content").await.len(), 1);
        let welcome: Vec<Option<i64>> = tasks_of(&app, "welcome")
            .await
            .iter()
            .map(|t| t.user_id)
            .collect();
        assert!(welcome.contains(&Some(expert_id)) && !welcome.contains(&Some(asker_id)));
        let quiet = tasks_of(&app, "went_quiet").await;
        assert_eq!(quiet.len(), 1);
        let potential = tasks_of(&app, "post_with_potential").await;
        assert_eq!(
            potential.iter().map(|t| t.post_id).collect::<Vec<_>>(),
            vec![Some(flagged)],
            "five responses where the group usually has none"
        );
        let profiles = tasks_of(&app, "incomplete_profiles").await;
        assert_eq!(profiles.len(), 1, "one weekly batch");

        let list = manager.get("/tasks").await;
        list.assert_status(StatusCode::OK)
            .assert_contains("Unanswered question")
            .assert_contains("Flagged content")
            .assert_lacks("Directie");
        let hidden_task = questions
            .iter()
            .find(|t| t.subject_key == format!("post:{hidden_question}"))
            .expect("closed group's task");
        manager
            .get(&format!("/tasks/{}", hidden_task.id))
            .await
            .assert_status(StatusCode::NOT_FOUND);

        let question_task = questions
            .iter()
            .find(|t| t.subject_key == format!("post:{waiting}"))
            .expect("task");
        let page = manager.get(&format!("/tasks/{}", question_task.id)).await;
        page.assert_contains("Who could answer")
            .assert_contains("Eva");
        manager
            .post(&format!("/tasks/{}/invite", question_task.id), &[])
            .await
            .assert_contains("The experts have been asked to answer");
        expert
            .get("/notifications")
            .await
            .assert_contains("Carla asks whether you can answer a question in Planning");

        manager
            .post(
                &format!("/tasks/{}/status", question_task.id),
                &[("status", "dismissed"), ("reason", " ")],
            )
            .await
            .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
            .assert_contains("This field is required");
        manager
            .post(
                &format!("/tasks/{}/status", question_task.id),
                &[("status", "dismissed"), ("reason", "Retorische vraag")],
            )
            .await
            .assert_contains("The task has been updated");

        manager
            .post(
                &format!("/moderation/posts/{flagged}"),
                &[("action", "keep")],
            )
            .await
            .assert_contains("The decision is recorded");
        manager.post("/tasks/refresh", &[]).await;
        let questions = tasks_of(&app, "unanswered_question").await;
        assert_eq!(questions.len(), 2, "a dismissed task is not made again");
        let flag_task = &tasks_of(&app, "flagged_content").await[0];
        assert_eq!(
            flag_task.status, "done",
            "the flag was decided: the task resolved itself"
        );
        manager
            .get(&format!("/tasks/{}", flag_task.id))
            .await
            .assert_contains("resolved on its own");
        manager
            .get("/tasks?state=closed")
            .await
            .assert_contains("Flagged content");
        manager
            .get(&format!("/tasks?view=&kind=&state=&group={open}"))
            .await
            .assert_status(StatusCode::OK)
            .assert_contains("Idea waiting for a response")
            .assert_contains(&format!(
                r#"<option value="{open}" selected>Planning</option>"#
            ));
        manager
            .get("/tasks?view=&kind=&state=&group=")
            .await
            .assert_status(StatusCode::OK);
    }
);

db_test!(the_team_assigns_plans_snoozes_and_keeps_routines, |app| {
    let (manager, manager_id) = app
        .signed_in("cm@example.nl", "Carla", Role::CommunityManager)
        .await;
    let (colleague, _) = app
        .signed_in("cm2@example.nl", "Cas", Role::CommunityManager)
        .await;
    let today = crate::activity::period::date_of(app.calendar().await.today());
    manager
        .post(
            "/tasks/routines",
            &[("title", ""), ("cadence", "daily"), ("first", "gisteren")],
        )
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .assert_contains("Choose weekly or monthly")
        .assert_contains("Enter dates as year-month-day");
    manager
        .post(
            "/tasks/routines",
            &[
                ("title", "Weekbericht <b>schrijven</b>"),
                ("cadence", "weekly"),
                ("first", &today),
                ("assignee", &manager_id.to_string()),
            ],
        )
        .await
        .assert_contains("The routine task has been added");
    manager.post("/tasks/refresh", &[]).await;
    let routine = &tasks_of(&app, "routine").await[0];
    assert_eq!(routine.assignee_id, Some(manager_id));
    manager
        .get("/tasks?view=mine")
        .await
        .assert_contains("Weekbericht &#60;b&#62;schrijven&#60;/b&#62;");
    colleague
        .get("/tasks?view=mine")
        .await
        .assert_lacks("Weekbericht");
    manager.post("/tasks/refresh", &[]).await;
    assert_eq!(
        tasks_of(&app, "routine").await.len(),
        1,
        "next week's comes next week"
    );

    let task = format!("/tasks/{}", routine.id);
    manager
        .post(&format!("{task}/assign"), &[("assignee", "999999")])
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .assert_contains("Choose someone from the team");
    colleague
        .post(&format!("{task}/assign"), &[("assignee", "me")])
        .await
        .assert_contains("The task has been updated");
    colleague
        .get("/tasks?view=mine")
        .await
        .assert_contains("Weekbericht");
    manager
        .post(&format!("{task}/due"), &[("due", "2026-13-40")])
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    manager
        .post(
            &format!("{task}/status"),
            &[("status", "snoozed"), ("days", "0")],
        )
        .await
        .assert_contains("Give a number of days from 1 to 90");
    manager
        .post(
            &format!("{task}/status"),
            &[("status", "snoozed"), ("days", "3")],
        )
        .await
        .assert_contains("The task has been updated");
    manager
        .post(
            &format!("{task}/comments"),
            &[("comment", "Cas schrijft deze week")],
        )
        .await
        .assert_contains("Cas schrijft deze week")
        .assert_contains("assigned to: Cas");
    manager.get("/tasks").await.assert_contains("Snoozed");
    manager
        .post(
            "/tasks/settings",
            &[
                ("question_hours", "0"),
                ("idea_days", "14"),
                ("memory_days", "60"),
            ],
        )
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .assert_contains("Give a whole number within the range shown")
        .assert_contains(r#"value="14""#);
    manager
        .post(
            "/tasks/settings",
            &[
                ("question_hours", "48"),
                ("idea_days", "14"),
                ("memory_days", "60"),
            ],
        )
        .await
        .assert_contains("The settings have been saved");
    let hours = crate::settings::QUESTION_PATIENCE_HOURS
        .get(&app.db)
        .await
        .expect("setting");
    assert_eq!(hours, 48);
});

db_test!(a_task_sends_its_message_in_each_members_language, |app| {
    let (manager, _) = app
        .signed_in("cm@example.nl", "Carla", Role::CommunityManager)
        .await;
    let (newcomer, _) = app.member("Nina").await;
    let (other, _) = app.member("Olaf").await;
    newcomer
        .post("/lang", &[("lang", "en"), ("next", "/")])
        .await;
    manager
        .post(
            "/tasks/templates",
            &[
                (
                    "welcome.en",
                    "Hello {name}, welcome! <script>alert(1)</script>",
                ),
                ("welcome.nl", ""),
            ],
        )
        .await
        .assert_contains("The messages have been saved");
    manager.post("/tasks/refresh", &[]).await;
    let welcome = tasks_of(&app, "welcome").await;
    let nina = welcome
        .iter()
        .find(|t| t.user_id.is_some_and(|id| id != 1))
        .map(|t| (t.id, t.user_id))
        .expect("a newcomer's task");
    let (task_id, user_id) = nina;
    let page = manager.get(&format!("/tasks/{task_id}")).await;
    page.assert_contains("Send the message");
    manager
        .post(&format!("/tasks/{task_id}/send"), &[])
        .await
        .assert_contains("The message has been sent and the task is done");
    let receiver = if user_id == Some(2) {
        &newcomer
    } else {
        &other
    };
    let notifications = receiver.get("/notifications").await;
    notifications.assert_contains("Carla sent you a message");
    let message = receiver
        .get(&format!(
            "/notifications/{}",
            notifications.link_id("/notifications/")
        ))
        .await;
    message
        .assert_status(StatusCode::OK)
        .assert_lacks("<script>alert(1)");
    if user_id == Some(2) {
        message.assert_contains("Hello Nina, welcome!");
    } else {
        message.assert_contains("Welkom op Plein, Olaf!");
    }
    let outsider = if user_id == Some(2) {
        &other
    } else {
        &newcomer
    };
    outsider
        .get(&message.path)
        .await
        .assert_status(StatusCode::NOT_FOUND);
    assert_eq!(
        tasks_of(&app, "welcome")
            .await
            .iter()
            .find(|t| t.id == task_id)
            .map(|t| t.status.clone()),
        Some("done".to_string())
    );
});

db_test!(a_dip_in_activity_asks_for_prepared_content, |app| {
    let (manager, _) = app
        .signed_in("cm@example.nl", "Carla", Role::CommunityManager)
        .await;
    let yesterday = app.calendar().await.today() - 1;
    for weeks in 1..=4 {
        crate::activity::total::ActiveModel {
            day: Set(yesterday - 7 * weeks),
            kind: Set("visit".into()),
            segment: Set("member".into()),
            count: Set(10),
        }
        .insert(&app.db)
        .await
        .expect("ten visits");
    }
    manager.post("/tasks/refresh", &[]).await;
    let dips = tasks_of(&app, "activity_dip").await;
    assert!(
        dips.iter()
            .any(|t| t.subject_key == format!("day:{yesterday}")),
        "yesterday nobody came where ten usually do: {dips:?}"
    );
    manager
        .get("/tasks?kind=activity_dip")
        .await
        .assert_contains(&format!(
            "Dip in activity: {}",
            crate::activity::period::date_of(yesterday)
        ));
});

db_test!(idle_and_silent_groups_are_revived_or_archived, |app| {
    let (manager, _) = app
        .signed_in("cm@example.nl", "Carla", Role::CommunityManager)
        .await;
    let (owner, _) = app.member("Olga").await;
    let old = owner.create_group("Oude werkgroep", "open").await;
    let new = owner.create_group("Nieuwe werkgroep", "open").await;
    for i in 1..=9 {
        let email = format!("lid{i}@example.nl");
        app.account(&email, &format!("Lid {i}"), Role::Member).await;
        for g in [old, new] {
            owner
                .post(&format!("/groups/{g}/members"), &[("email", &email)])
                .await;
        }
    }
    crate::directory::group::ActiveModel {
        id: Set(old),
        created_at: Set(now_ms() - 100 * DAY),
        ..Default::default()
    }
    .update(&app.db)
    .await
    .expect("age group");
    manager.post("/tasks/refresh", &[]).await;
    let silent = tasks_of(&app, "silent_group").await;
    let idle = tasks_of(&app, "idle_group").await;
    assert_eq!(
        silent.iter().map(|t| t.group_id).collect::<Vec<_>>(),
        vec![Some(old)],
        "nobody took part in 100 days"
    );
    assert_eq!(
        idle.iter().map(|t| t.group_id).collect::<Vec<_>>(),
        vec![Some(new)],
        "new, but nobody of ten takes part"
    );
    manager
        .post(&format!("/tasks/{}/archive-group", silent[0].id), &[])
        .await
        .assert_contains("The group has been archived and the task is done");
    manager.post("/tasks/refresh", &[]).await;
    let silent = tasks_of(&app, "silent_group").await;
    assert_eq!(silent.len(), 1, "an archived group is no task");
    assert_eq!(silent[0].status, "done");
});

db_test!(experts_are_ranked_by_evidence_and_say_why, |app| {
    let (manager, _) = app
        .signed_in("cm@example.nl", "Carla", Role::CommunityManager)
        .await;
    let (asker, asker_id) = app.member("Anna Vraag").await;
    let (yara, _) = app.member("Yara Antwoord").await;
    let (_, xavier) = app.member("Xavier Data").await;
    let (_, wim) = app.member("Wim Sql").await;
    let (zoe, _) = app.member("Zoe Soms").await;
    let (_, stranger) = app.member("Sanne Buiten").await;
    let group = asker.create_group("Analisten", "closed").await;
    for id in [xavier, wim] {
        crate::groups::upsert_member(&app.db, group, id, "member")
            .await
            .expect("member");
    }
    for browser in [&yara, &zoe] {
        let me = browser.get("/profile/edit").await;
        assert_eq!(me.status, StatusCode::OK);
    }
    // Yara, Zoe and the community manager are added by the group admin (a closed group).
    for name in [
        "yara.antwoord@example.nl",
        "zoe.soms@example.nl",
        "cm@example.nl",
    ] {
        asker
            .post(&format!("/groups/{group}/members"), &[("email", name)])
            .await;
    }
    for (id, tags) in [
        (asker_id, vec!["data"]),
        (xavier, vec!["data"]),
        (wim, vec!["SQL"]),
        (stranger, vec!["data", "sql"]),
    ] {
        let tags = tags
            .into_iter()
            .map(|t| (t.to_lowercase(), t.to_string()))
            .collect();
        crate::people::replace_expertise(&app.db, id, tags)
            .await
            .expect("expertise");
    }
    // Yara's answers were accepted twice in the group; Zoe answered once.
    for i in 0..2 {
        let earlier = asker
            .write_post(group, "question", &format!("Eerder {i}?"))
            .await;
        let page = yara
            .post(
                &format!("/posts/{earlier}/comments"),
                &[("body", "Zo doe je dat")],
            )
            .await;
        let answer = page.first_comment_id();
        asker.post(&format!("/comments/{answer}/accept"), &[]).await;
    }
    let other = asker.write_post(group, "question", "Nog een?").await;
    zoe.post(
        &format!("/posts/{other}/comments"),
        &[("body", "Misschien")],
    )
    .await;
    let question = asker
        .write_post(group, "question", "Hoe maak ik een sql export van #data?")
        .await;
    age_post(&app, question, 3).await;
    manager.post("/tasks/refresh", &[]).await;
    let task = tasks_of(&app, "unanswered_question")
        .await
        .into_iter()
        .find(|t| t.post_id == Some(question))
        .expect("a task for the question");
    let page = manager.get(&format!("/tasks/{}", task.id)).await;
    page.assert_status(StatusCode::OK);
    // Yara (2 accepted, 2 answers here), Xavier (the #data topic), Wim (the word sql), Zoe
    // (one answer); never the asker, never Sanne who cannot read the group.
    let at = |name: &str| page.body.find(name).unwrap_or(usize::MAX);
    let order = [
        at("Yara Antwoord"),
        at("Xavier Data"),
        at("Wim Sql"),
        at("Zoe Soms"),
    ];
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    assert!(order[3] < usize::MAX);
    page.assert_lacks("Sanne Buiten")
        .assert_contains("2 accepted answers in this group")
        .assert_contains("expertise “data”");
    let experts_section = &page.body[page.body.find("experts-heading").unwrap_or(0)..];
    assert!(!experts_section.contains(">Anna Vraag<"));
});

db_test!(the_queue_puts_harm_first_and_names_each_subject, |app| {
    let (manager, _) = app
        .signed_in("cm@example.nl", "Carla", Role::CommunityManager)
        .await;
    let (author, _) = app.member("Anna").await;
    let (reader, _) = app.member("Bert").await;
    for i in 0..8 {
        let id = app
            .account(
                &format!("nieuw{i}@example.nl"),
                &format!("Nieuw {i}"),
                Role::Member,
            )
            .await;
        age_account(&app, id, 10).await;
    }
    let group = author.create_group("Koffiehoek", "open").await;
    let post = author
        .write_post(group, "discussion", "Wie heeft mijn **mok** meegenomen?")
        .await;
    reader
        .post(&format!("/posts/{post}/flag"), &[("reason", "offensive")])
        .await;
    manager.post("/tasks/refresh", &[]).await;
    let page = manager.get("/tasks").await;
    page.assert_status(StatusCode::OK)
        .assert_contains("“Wie heeft mijn mok meegenomen?”");
    let flagged = page
        .body
        .find(">Flagged content <")
        .expect("a flagged section");
    let profiles = page
        .body
        .find(">Incomplete profiles <")
        .expect("a profiles section");
    assert!(flagged < profiles, "harm comes before a batch");
    page.assert_contains("(1)");
});
