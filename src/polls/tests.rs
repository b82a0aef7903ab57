//! Polls over HTTP: creating, voting (single and multiple), when results show, closing.

use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};

use super::entity::{option, poll};
use crate::testing::{Browser, TestApp, db_test};

/// An open group by "Owner" with "Voter" in it and a poll by Owner; returns the option ids.
async fn poll_in_group(app: &TestApp, extra: &[(&str, &str)]) -> (Browser, Browser, i64, Vec<i64>) {
    let (owner, _) = app.member("Owner").await;
    let (voter, _) = app.member("Voter").await;
    let group_id = Browser::id_from(
        &owner
            .post("/groups", &[("name", "Team"), ("visibility", "open")])
            .await,
    );
    voter.post(&format!("/groups/{group_id}/join"), &[]).await;
    let mut fields = vec![
        ("body", "Waar lunchen we vrijdag?"),
        ("options", "Kantine\nPark\nStrand"),
    ];
    fields.extend_from_slice(extra);
    let page = owner
        .post(&format!("/groups/{group_id}/polls"), &fields)
        .await;
    page.assert_status(StatusCode::OK)
        .assert_contains("Your poll is published");
    let post_id = Browser::id_from(&page);
    let options = option::Entity::find()
        .filter(option::Column::PostId.eq(post_id))
        .all(&app.db)
        .await
        .expect("options");
    (
        owner,
        voter,
        post_id,
        options.iter().map(|o| o.id).collect(),
    )
}

db_test!(
    single_choice_polls_count_one_vote_and_show_results_after_voting,
    |app| {
        let (_owner, voter, post_id, options) = poll_in_group(&app, &[]).await;
        let vote = format!("/polls/{post_id}/vote");
        voter
            .get(&format!("/posts/{post_id}"))
            .await
            .assert_contains("Results show after you vote")
            .assert_lacks("people voted");
        let two = [
            ("option", options[0].to_string()),
            ("option", options[1].to_string()),
        ];
        let two: Vec<(&str, &str)> = two.iter().map(|(k, v)| (*k, v.as_str())).collect();
        voter
            .post(&vote, &two)
            .await
            .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
            .assert_contains("Choose one of the options");
        voter
            .post(&vote, &[("option", "999999")])
            .await
            .assert_status(StatusCode::UNPROCESSABLE_ENTITY);
        voter
            .post(&vote, &[("option", &options[1].to_string())])
            .await
            .assert_contains("Your vote is counted")
            .assert_contains("1 person voted")
            .assert_contains("100%");
        voter
            .post(&vote, &[("option", &options[2].to_string())])
            .await
            .assert_contains("1 person voted")
            .assert_contains("Change my vote");
    }
);

db_test!(
    hidden_results_wait_for_the_close_and_closed_polls_refuse_votes,
    |app| {
        let (owner, voter, post_id, options) = poll_in_group(
            &app,
            &[
                ("multiple", "on"),
                ("results", "after_close"),
                ("closes_at", "2031-01-01T12:00"),
            ],
        )
        .await;
        let vote = format!("/polls/{post_id}/vote");
        let (a, b) = (options[0].to_string(), options[2].to_string());
        voter
            .post(&vote, &[("option", a.as_str()), ("option", b.as_str())])
            .await
            .assert_contains("Your vote is counted")
            .assert_contains("Results show once voting has closed")
            .assert_lacks("person voted");
        owner
            .get(&format!("/posts/{post_id}"))
            .await
            .assert_contains("1 person voted");
        poll::Entity::update_many()
            .col_expr(poll::Column::ClosesAt, Expr::value(1_i64))
            .filter(poll::Column::PostId.eq(post_id))
            .exec(&app.db)
            .await
            .expect("close it");
        voter
            .post(&vote, &[("option", a.as_str())])
            .await
            .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
            .assert_contains("Voting has closed");
        voter
            .get(&format!("/posts/{post_id}"))
            .await
            .assert_contains("1 person voted")
            .assert_contains("Voting closed");
    }
);

db_test!(bad_polls_are_refused_and_kept, |app| {
    let (owner, _, _, _) = poll_in_group(&app, &[]).await;
    let page = owner
        .post(
            "/groups/1/polls",
            &[
                ("body", "Wat vind jij?"),
                ("options", "Alleen dit"),
                ("closes_at", "gisteren"),
            ],
        )
        .await;
    page.assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .assert_contains("Give 2 to 10 different options")
        .assert_contains("Give a date and time")
        .assert_contains("Wat vind jij?");
    owner.post("/lang", &[("lang", "nl"), ("next", "/")]).await;
    owner
        .get("/groups/1/polls/new")
        .await
        .assert_contains("Een peiling starten")
        .assert_contains("Eén keuze per regel");
});
