//! Moderation over HTTP on both databases: flagging, who reviews what, the decision model's
//! suggestion, every action's effect and notice, automatic hiding, and the audit log.

use reqwest::StatusCode;
use sea_orm::{EntityTrait, QueryOrder};

use crate::auth::Role;
use crate::testing::{Browser, db_test};

async fn add(owner: &Browser, group: i64, email: &str) {
    owner
        .post(&format!("/groups/{group}/members"), &[("email", email)])
        .await
        .assert_contains("has been added");
}

/// The actions and reasons in the moderation log as a community manager reads it.
async fn log_of(manager: &Browser) -> String {
    let page = manager.get("/moderation/log").await;
    page.assert_status(StatusCode::OK);
    page.body
}

db_test!(
    a_flag_reaches_the_group_moderator_who_rates_hides_and_tells_the_author,
    |app| {
        let (owner, _) = app.member("Olga").await;
        let (author, _) = app.member("Anton").await;
        let (reporter, _) = app.member("Rita").await;
        let (moderator, moderator_id) = app.member("Mo").await;
        let (manager, _) = app
            .signed_in("cm@example.nl", "Carla", Role::CommunityManager)
            .await;
        let open = owner.create_group("Koffiehoek", "open").await;
        add(&owner, open, "anton@example.nl").await;
        add(&owner, open, "mo@example.nl").await;
        owner
            .post(
                &format!("/groups/{open}/members/{moderator_id}/moderator"),
                &[],
            )
            .await
            .assert_status(StatusCode::OK);
        let post = author
            .write_post(
                open,
                "discussion",
                "Het adres van collega X is Dorpsstraat 1",
            )
            .await;

        author
            .get(&format!("/posts/{post}/flag"))
            .await
            .assert_status(StatusCode::FORBIDDEN);
        reporter
            .get(&format!("/posts/{post}"))
            .await
            .assert_contains(&format!("/posts/{post}/flag"));
        reporter
            .post(
                &format!("/posts/{post}/flag"),
                &[("reason", "other"), ("detail", " ")],
            )
            .await
            .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
            .assert_contains("This field is required");
        reporter
            .post(
                &format!("/posts/{post}/flag"),
                &[
                    ("reason", "privacy"),
                    ("detail", "<b>adres</b> van een collega"),
                ],
            )
            .await
            .assert_contains("The moderators will look at it");
        reporter
            .post(&format!("/posts/{post}/flag"), &[("reason", "privacy")])
            .await
            .assert_contains("You had already flagged this");

        reporter
            .get("/moderation")
            .await
            .assert_status(StatusCode::FORBIDDEN);
        moderator
            .get("/moderation")
            .await
            .assert_status(StatusCode::OK)
            .assert_contains("1 flag")
            .assert_contains("Het adres van collega X");
        let review = format!("/moderation/posts/{post}");
        reporter
            .get(&review)
            .await
            .assert_status(StatusCode::FORBIDDEN);
        moderator
            .get(&review)
            .await
            .assert_contains("Shares personal or confidential data")
            .assert_contains("&#60;b&#62;adres")
            .assert_lacks("<b>adres");
        moderator
            .get(&format!("{review}?reach=low&harm=low&legal=yes"))
            .await
            .assert_contains("Rate all four points, or none");
        moderator
            .get(&format!(
                "{review}?reach=low&harm=low&legal=yes&desirability=undesired"
            ))
            .await
            .assert_contains("Suggestion: Act now")
            .assert_contains(r#"value="hide" checked"#);
        moderator
            .post(
                &review,
                &[("action", "hide"), ("reason", " "), ("desirability", "")],
            )
            .await
            .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
            .assert_contains("This field is required");
        moderator
            .post(
                &review,
                &[
                    ("action", "hide"),
                    ("reason", "Persoonsgegevens van een collega"),
                    ("reach", "low"),
                    ("harm", "low"),
                    ("legal", "yes"),
                    ("desirability", "undesired"),
                ],
            )
            .await
            .assert_contains("The decision is recorded")
            .assert_contains("Nothing is waiting for review");

        reporter
            .get(&format!("/posts/{post}"))
            .await
            .assert_status(StatusCode::NOT_FOUND);
        reporter
            .get(&format!("/groups/{open}"))
            .await
            .assert_lacks("Dorpsstraat");
        author
            .get(&format!("/posts/{post}"))
            .await
            .assert_status(StatusCode::OK)
            .assert_contains("A moderator has hidden this post");
        let notifications = author.get("/notifications").await;
        notifications.assert_contains("decision about your contribution: Hide");
        notifications.assert_lacks("Mo");
        let notice = author
            .get(&format!(
                "/notifications/{}",
                notifications.link_id("/notifications/")
            ))
            .await;
        notice
            .assert_contains("A moderator has hidden your contribution")
            .assert_contains("Persoonsgegevens van een collega");
        reporter
            .get(&notice.path)
            .await
            .assert_status(StatusCode::NOT_FOUND);

        manager
            .get("/moderation/figures")
            .await
            .assert_contains("Flags in the period</dt><dd>1</dd>")
            .assert_contains("Of those decided</dt><dd>1</dd>")
            .assert_contains("Koffiehoek: 1");
        let log = log_of(&manager).await;
        assert!(log.contains("Hide") && log.contains("Mo") && log.contains("Anton"));
        assert!(log.contains("Act now"), "the suggestion is logged");
        reporter
            .get("/moderation/log")
            .await
            .assert_status(StatusCode::FORBIDDEN);

        moderator
            .post(&review, &[("action", "restore")])
            .await
            .assert_contains("The decision is recorded");
        reporter
            .get(&format!("/posts/{post}"))
            .await
            .assert_status(StatusCode::OK);
    }
);

db_test!(
    moderators_reach_only_what_they_moderate_and_can_read,
    |app| {
        let (owner, _) = app.member("Olga").await;
        let (stranger_owner, _) = app.member("Sam").await;
        let (author, _) = app.member("Anton").await;
        let (reporter, _) = app.member("Rita").await;
        let (moderator, moderator_id) = app.member("Mo").await;
        let (manager, _) = app
            .signed_in("cm@example.nl", "Carla", Role::CommunityManager)
            .await;
        let mine = owner.create_group("Team A", "open").await;
        let other = stranger_owner.create_group("Team B", "open").await;
        let secret = stranger_owner.create_group("Geheim", "secret").await;
        add(&owner, mine, "mo@example.nl").await;
        owner
            .post(
                &format!("/groups/{mine}/members/{moderator_id}/moderator"),
                &[],
            )
            .await;
        for g in [other, secret] {
            add(&stranger_owner, g, "anton@example.nl").await;
        }
        add(&stranger_owner, secret, "rita@example.nl").await;
        let elsewhere = author.write_post(other, "discussion", "In team B").await;
        let hidden_away = author
            .write_post(secret, "discussion", "Geheim verhaal")
            .await;
        for post in [elsewhere, hidden_away] {
            reporter
                .post(&format!("/posts/{post}/flag"), &[("reason", "spam")])
                .await
                .assert_contains("The moderators will look at it");
        }

        moderator
            .get("/moderation")
            .await
            .assert_status(StatusCode::OK)
            .assert_lacks("In team B");
        moderator
            .get(&format!("/moderation/posts/{elsewhere}"))
            .await
            .assert_status(StatusCode::FORBIDDEN);
        moderator
            .get(&format!("/moderation/posts/{hidden_away}"))
            .await
            .assert_status(StatusCode::NOT_FOUND);

        let queue = manager.get("/moderation").await;
        queue.assert_contains("In team B").assert_lacks("Geheim");
        manager
            .get(&format!("/moderation/posts/{hidden_away}"))
            .await
            .assert_status(StatusCode::NOT_FOUND);
        stranger_owner
            .get("/moderation")
            .await
            .assert_contains("Geheim verhaal")
            .assert_contains("In team B");
        stranger_owner
            .post(
                &format!("/moderation/posts/{hidden_away}"),
                &[("action", "warn"), ("reason", "Geen reclame hier")],
            )
            .await
            .assert_contains("The decision is recorded");
        let log = log_of(&manager).await;
        assert!(log.contains("Warn the author"), "the action is in the log");
        assert!(
            !log.contains("Geen reclame hier") && !log.contains("Geheim"),
            "the log keeps a secret group's name and reason from outsiders"
        );
    }
);

db_test!(
    actions_lock_comments_hide_comments_move_and_suspend,
    |app| {
        let (owner, _) = app.member("Olga").await;
        let (author, author_id) = app.member("Anton").await;
        let (reader, _) = app.member("Rita").await;
        let (manager, _) = app
            .signed_in("cm@example.nl", "Carla", Role::CommunityManager)
            .await;
        let first = owner.create_group("Eerste", "open").await;
        let second = manager.create_group("Tweede", "open").await;
        let post = owner.write_post(first, "discussion", "Een bericht").await;
        let page = author
            .post(
                &format!("/posts/{post}/comments"),
                &[("body", "Een scherpe reactie")],
            )
            .await;
        let comment = page.first_comment_id();

        let comment_review = format!("/moderation/comments/{comment}");
        manager
            .post(&comment_review, &[("action", "lock"), ("reason", "x")])
            .await
            .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
            .assert_contains("Choose an action that fits");
        manager
            .post(
                &comment_review,
                &[("action", "hide"), ("reason", "Te scherp")],
            )
            .await
            .assert_contains("The decision is recorded");
        reader
            .get(&format!("/posts/{post}"))
            .await
            .assert_contains("This comment was hidden by a moderator")
            .assert_lacks("Een scherpe reactie");
        author
            .get(&format!("/posts/{post}"))
            .await
            .assert_contains("Een scherpe reactie");

        let review = format!("/moderation/posts/{post}");
        manager
            .post(&review, &[("action", "lock"), ("reason", "Genoeg gezegd")])
            .await
            .assert_contains("The decision is recorded");
        reader
            .post(
                &format!("/posts/{post}/comments"),
                &[("body", "Nog één ding")],
            )
            .await
            .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
            .assert_contains("Comments on this post are closed");
        manager
            .post(
                &review,
                &[
                    ("action", "move"),
                    ("reason", "Hoort in Tweede"),
                    ("group", "999999"),
                ],
            )
            .await
            .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
            .assert_contains("Choose another group you moderate");
        manager
            .post(
                &review,
                &[
                    ("action", "move"),
                    ("reason", "Hoort in Tweede"),
                    ("group", &second.to_string()),
                ],
            )
            .await
            .assert_contains("The decision is recorded");
        reader
            .get(&format!("/groups/{second}"))
            .await
            .assert_contains("Een bericht");
        manager
            .post(
                &review,
                &[
                    ("action", "edit"),
                    ("reason", "Telefoonnummer weggehaald"),
                    ("body", " "),
                ],
            )
            .await
            .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
            .assert_contains("This field is required");
        manager
            .post(
                &review,
                &[
                    ("action", "edit"),
                    ("reason", "Telefoonnummer weggehaald"),
                    ("body", "Een bericht zonder nummer"),
                ],
            )
            .await
            .assert_contains("The decision is recorded");
        reader
            .get(&format!("/posts/{post}"))
            .await
            .assert_contains("Een bericht zonder nummer")
            .assert_contains("Edited by a moderator: Telefoonnummer weggehaald");
        reader
            .get(&format!("/posts/{post}/history"))
            .await
            .assert_contains("Een bericht");

        manager
            .post(
                &comment_review,
                &[("action", "suspend"), ("reason", "Herhaald"), ("days", "0")],
            )
            .await
            .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
            .assert_contains("Give a number of days from 1 to 365");
        manager
            .post(
                &comment_review,
                &[("action", "suspend"), ("reason", "Herhaald"), ("days", "7")],
            )
            .await
            .assert_contains("The decision is recorded");
        manager
            .get("/moderation/figures")
            .await
            .assert_contains("Members acted against more than once")
            .assert_contains("Anton</a>: 2")
            .assert_contains("Suspend the account: 1");
        reader
            .get("/moderation/figures")
            .await
            .assert_status(StatusCode::FORBIDDEN);
        let logged = crate::moderation::entity::action::Entity::find()
            .order_by_asc(crate::moderation::entity::action::Column::Id)
            .all(&app.db)
            .await
            .expect("actions");
        let kinds: Vec<&str> = logged.iter().map(|a| a.action.as_str()).collect();
        assert_eq!(
            kinds,
            ["hide", "lock", "move", "edit", "suspend"],
            "every action that took effect is in the audit log, the refused ones are not"
        );
        assert!(
            logged
                .iter()
                .all(|a| a.moderator_id.is_some() && !a.reason.is_empty()),
            "each with who and why"
        );
        let signed_out = author.get("/").await;
        assert_eq!(
            signed_out.path, "/login",
            "a suspended member's sessions end"
        );
        let again = app.browser();
        again
            .post(
                "/login",
                &[
                    ("email", "anton@example.nl"),
                    ("password", crate::testing::PASSWORD),
                ],
            )
            .await
            .assert_contains("This account is suspended");
        let stored = crate::people::find_user(&app.db, author_id)
            .await
            .expect("query")
            .expect("account");
        assert!(
            stored
                .suspended_until
                .is_some_and(|t| t > crate::db::now_ms())
        );
    }
);

db_test!(
    enough_flags_hide_content_when_administrators_switch_it_on,
    |app| {
        let (admin, _) = app.signed_in("admin@example.nl", "Ada", Role::Admin).await;
        let (author, _) = app.member("Anton").await;
        let (first, _) = app.member("Rita").await;
        let (second, _) = app.member("Bram").await;
        let open = author.create_group("Open", "open").await;
        let post = author
            .write_post(open, "discussion", "Koop nu goedkope horloges")
            .await;

        admin
            .post(
                "/admin/moderation",
                &[
                    ("house_rules", "Wees **aardig** <script>alert(1)</script>"),
                    ("autohide", "1"),
                ],
            )
            .await
            .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
            .assert_contains("Give 0 (off) or a number from 2 to 50")
            .assert_contains("Choose a response for every cell");
        let mut fields = vec![
            ("house_rules", "Wees **aardig** <script>alert(1)</script>"),
            ("autohide", "2"),
        ];
        let cells = [
            ("cell.desired.low", "acknowledge"),
            ("cell.desired.high", "amplify"),
            ("cell.neutral.low", "let_be"),
            ("cell.neutral.high", "monitor"),
            ("cell.undesired.low", "community_responds"),
            ("cell.undesired.high", "act_now"),
        ];
        fields.extend(cells);
        admin
            .post("/admin/moderation", &fields)
            .await
            .assert_contains("saved");
        author
            .get("/house-rules")
            .await
            .assert_contains("<strong>aardig</strong>")
            .assert_lacks("<script>alert(1)");

        first
            .post(&format!("/posts/{post}/flag"), &[("reason", "spam")])
            .await;
        second
            .get(&format!("/posts/{post}"))
            .await
            .assert_status(StatusCode::OK);
        second
            .post(&format!("/posts/{post}/flag"), &[("reason", "spam")])
            .await;
        first
            .get(&format!("/posts/{post}"))
            .await
            .assert_status(StatusCode::NOT_FOUND);
        author
            .get("/notifications")
            .await
            .assert_contains("Hidden after flags");
        admin
            .get("/moderation")
            .await
            .assert_contains("2 flags")
            .assert_contains("Hidden");
        admin
            .get(&format!(
                "/moderation/posts/{post}?reach=low&harm=low&legal=no&desirability=undesired"
            ))
            .await
            .assert_contains("Suggestion: Let the community respond");
        let log = log_of(&admin).await;
        assert!(log.contains("Plein (automatic)"));
    }
);
