//! The cockpit's figures follow what is true now, on both databases: deleted and hidden
//! answers, deactivated accounts, members who left or never joined a group, deleted posts and a
//! group that became closed (`docs/metrics.md`, "What happens when").

use reqwest::StatusCode;

use super::period::Period;
use super::service::{Cockpit, figures};
use crate::activity::day_of;
use crate::auth::Role;
use crate::db::now_ms;
use crate::testing::{Browser, TestApp, db_test};

/// A community of ten: an administrator (who also runs the community) and nine members.
async fn community(app: &TestApp) -> (Browser, Vec<(Browser, i64)>) {
    let (admin, _) = app
        .signed_in("beheer@example.nl", "Beheer", Role::Admin)
        .await;
    let mut members = Vec::new();
    for name in [
        "Anne", "Bert", "Carla", "Daan", "Eva", "Floor", "Gijs", "Hanna", "Ivo",
    ] {
        members.push(app.member(name).await);
    }
    (admin, members)
}

async fn now(app: &TestApp) -> Cockpit {
    figures(&app.db, Period::last_days(day_of(now_ms())))
        .await
        .expect("figures")
        .expect("large enough")
}

/// Hides or restores a comment as a moderator, with a rating.
async fn moderate_comment(moderator: &Browser, comment: i64, action: &str) {
    moderator
        .post(
            &format!("/moderation/comments/{comment}"),
            &[("action", action), ("reason", "Toets")],
        )
        .await
        .assert_contains("The decision is recorded");
}

db_test!(answers_count_as_they_are_now, |app| {
    let (admin, members) = community(&app).await;
    let (anne, bert, carla) = (&members[0].0, &members[1].0, &members[2].0);
    let group = anne.create_group("Vragen", "open").await;
    bert.post(&format!("/groups/{group}/join"), &[]).await;
    carla.post(&format!("/groups/{group}/join"), &[]).await;
    let question = anne
        .write_post(group, "question", "Waar staat de printer?")
        .await;
    let page = bert
        .post(
            &format!("/posts/{question}/comments"),
            &[("body", "Op de tweede")],
        )
        .await;
    let answer = page.first_comment_id();
    assert_eq!(now(&app).await.questions.answered, 1);

    // The only answer deleted: unanswered again, and the work queue sees it too.
    bert.post(&format!("/comments/{answer}/delete"), &[]).await;
    let figures = now(&app).await;
    assert_eq!(
        (figures.questions.answered, figures.questions.median_ms),
        (0, None)
    );

    // An accepted answer, then hidden by a moderator: neither answered nor accepted.
    let page = carla
        .post(
            &format!("/posts/{question}/comments"),
            &[("body", "Naast de keuken")],
        )
        .await;
    let answer = page.first_comment_id();
    anne.post(&format!("/comments/{answer}/accept"), &[]).await;
    let figures = now(&app).await;
    assert_eq!(
        (figures.questions.answered, figures.questions.accepted),
        (1, 1)
    );
    moderate_comment(&admin, answer, "hide").await;
    let figures = now(&app).await;
    assert_eq!(
        (figures.questions.answered, figures.questions.accepted),
        (0, 0)
    );
    moderate_comment(&admin, answer, "restore").await;
    let figures = now(&app).await;
    assert_eq!(
        (figures.questions.answered, figures.questions.accepted),
        (1, 1)
    );
    // Deleted, it is no longer the accepted answer.
    carla.post(&format!("/comments/{answer}/delete"), &[]).await;
    let figures = now(&app).await;
    assert_eq!(
        (figures.questions.answered, figures.questions.accepted),
        (0, 0)
    );
});

db_test!(
    deactivated_accounts_leave_numerator_and_denominator_together,
    |app| {
        let (admin, members) = community(&app).await;
        // Everyone has visited (signing in did); now two more join and are deactivated.
        let (_, gone) = app.member("Jan Weg").await;
        let (_, also_gone) = app.member("Kees Weg").await;
        for id in [gone, also_gone] {
            admin
                .post(&format!("/admin/users/{id}"), &[("active", "false")])
                .await
                .assert_status(StatusCode::OK);
        }
        let figures = now(&app).await;
        assert_eq!(figures.accounts, 10);
        assert_eq!(figures.activated_percent, 100, "never above 100 %");
        assert_eq!(figures.participation.active, 10);
        let department_accounts: i64 = figures.departments.iter().map(|d| d.accounts).sum();
        assert!(department_accounts <= 10);
        assert!(members.len() == 9);
    }
);

db_test!(a_group_took_part_counts_its_current_members_only, |app| {
    let (admin, members) = community(&app).await;
    let owner = &members[0].0;
    let group = owner.create_group("Kring", "open").await;
    for (browser, _) in &members[1..] {
        browser.post(&format!("/groups/{group}/join"), &[]).await;
    }
    let post = owner.write_post(group, "discussion", "Welkom").await;
    // A passer-by (not a member) reacts; a member who then leaves reacted too.
    admin
        .post(&format!("/posts/{post}/react"), &[("kind", "like")])
        .await;
    let (leaver, _) = &members[8];
    leaver
        .post(&format!("/posts/{post}/react"), &[("kind", "like")])
        .await;
    leaver.post(&format!("/groups/{group}/leave"), &[]).await;
    let health = crate::cockpit::groups::health(&app.db, 0, day_of(now_ms()), 5)
        .await
        .expect("health");
    let kring = health.iter().find(|g| g.id == group).expect("group");
    // Eight members; the owner posted: 1 of 8 took part, never the passer-by or the leaver.
    assert_eq!(kring.members, 8);
    assert_eq!(kring.engaged, Some(1));
});

db_test!(top_contributors_follow_deletions_and_visibility, |app| {
    let (_, members) = community(&app).await;
    let (anne, anne_id) = &members[0];
    let (bert, bert_id) = &members[1];
    let group = anne.create_group("Open kring", "open").await;
    bert.post(&format!("/groups/{group}/join"), &[]).await;
    let mut annes = Vec::new();
    for i in 0..3 {
        annes.push(
            anne.write_post(group, "discussion", &format!("Bericht {i}"))
                .await,
        );
    }
    bert.write_post(group, "discussion", "Van Bert").await;
    let list = |c: Cockpit| -> Vec<(i64, i64)> {
        c.top_contributors
            .unwrap_or_default()
            .into_iter()
            .map(|c| (c.id, c.contributions))
            .collect()
    };
    assert_eq!(list(now(&app).await), [(*anne_id, 3), (*bert_id, 1)]);
    for post in &annes[..2] {
        anne.post(&format!("/posts/{post}/delete"), &[]).await;
    }
    // One each now: the tie goes to the older account (Anne was created first).
    assert_eq!(list(now(&app).await), [(*anne_id, 1), (*bert_id, 1)]);
    // The group becomes closed: nothing in it is public any more.
    anne.post(
        &format!("/groups/{group}/settings"),
        &[
            ("name", "Open kring"),
            ("visibility", "closed"),
            ("description", ""),
        ],
    )
    .await;
    assert_eq!(list(now(&app).await), []);
});
