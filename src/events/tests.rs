//! Events over HTTP: planning in the organisation's time zone, RSVPs and the waiting list,
//! the `.ics` file and the personal calendar feed.

use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};

use super::entity::event;
use crate::auth::Role;
use crate::testing::{Browser, TestApp, db_test};

const EVENT: [(&str, &str); 6] = [
    ("title", "Lunchlezing: samenwerken"),
    ("starts_at", "2030-07-15T12:30"),
    ("ends_at", "2030-07-15T13:30"),
    ("location", "Zaal 3, Utrecht"),
    ("capacity", "2"),
    ("body", "Neem je **lunch** mee"),
];

/// An open group run by "Owner" with an event planned in it.
async fn planned_event(app: &TestApp) -> (Browser, i64, i64) {
    let (owner, _) = app.member("Owner").await;
    let group_id = Browser::id_from(
        &owner
            .post(
                "/groups",
                &[("name", "Kennisdeling"), ("visibility", "open")],
            )
            .await,
    );
    let page = owner
        .post(&format!("/groups/{group_id}/events"), &EVENT)
        .await;
    page.assert_status(StatusCode::OK)
        .assert_contains("Your event is published");
    (owner, group_id, Browser::id_from(&page))
}

db_test!(events_are_planned_in_the_organisation_time_zone, |app| {
    let (owner, group_id, event_id) = planned_event(&app).await;
    owner
        .get(&format!("/posts/{event_id}"))
        .await
        .assert_contains("Lunchlezing: samenwerken")
        .assert_contains("15-07-2030 12:30 (Europe/Amsterdam)")
        .assert_contains("1 of 2 places taken")
        .assert_contains("<strong>lunch</strong>");
    owner
        .get(&format!("/groups/{group_id}"))
        .await
        .assert_contains("Lunchlezing: samenwerken")
        .assert_contains("Upcoming");
    let (status, content_type, bytes) = owner.get_bytes(&format!("/events/{event_id}/ics")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(content_type.starts_with("text/calendar"));
    let ics = String::from_utf8(bytes).expect("utf-8");
    assert!(ics.contains("DTSTART:20300715T103000Z\r\n"), "{ics}");
    assert!(ics.contains("LOCATION:Zaal 3\\, Utrecht\r\n"), "{ics}");

    let (admin, _) = app
        .signed_in("admin@example.nl", "Ada Admin", Role::Admin)
        .await;
    admin
        .post("/admin/settings", &[("time_zone", "Mars/Olympus")])
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .assert_contains("Unknown time zone")
        .assert_contains("Mars/Olympus");
    admin
        .post("/admin/settings", &[("time_zone", "UTC")])
        .await
        .assert_status(StatusCode::OK);
    owner
        .get(&format!("/posts/{event_id}"))
        .await
        .assert_contains("15-07-2030 10:30 (UTC)");
});

db_test!(bad_events_are_refused_and_kept, |app| {
    let (owner, group_id, _) = planned_event(&app).await;
    let page = owner
        .post(
            &format!("/groups/{group_id}/events"),
            &[
                ("title", "Borrel"),
                ("starts_at", "2020-01-01T17:00"),
                ("ends_at", "morgen"),
                ("online_url", "javascript:alert(1)"),
                ("capacity", "veel"),
            ],
        )
        .await;
    page.assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .assert_contains("The event has to start in the future")
        .assert_contains("Give a date and time")
        .assert_contains("Give a web address starting with https://")
        .assert_contains("Give a number of places from 1")
        .assert_contains("value=\"Borrel\"");
    owner
        .post(
            &format!("/groups/{group_id}/posts"),
            &[("kind", "event"), ("body", "sneaky")],
        )
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY);
});

db_test!(a_full_event_has_a_waiting_list_that_moves_up, |app| {
    let (_owner, group_id, event_id) = planned_event(&app).await;
    let (anna, _) = app.member("Anna").await;
    let (bram, _) = app.member("Bram").await;
    for who in [&anna, &bram] {
        who.post(&format!("/groups/{group_id}/join"), &[]).await;
    }
    let rsvp = format!("/events/{event_id}/rsvp");
    anna.post(&rsvp, &[("answer", "going")])
        .await
        .assert_contains("your place is booked")
        .assert_contains("2 of 2 places taken");
    bram.post(&rsvp, &[("answer", "going")])
        .await
        .assert_contains("you are on the waiting list")
        .assert_contains("You are number 1 on the waiting list")
        .assert_contains("1 on the waiting list");
    bram.post(&rsvp, &[("answer", "perhaps")])
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    anna.post(&rsvp, &[("answer", "not_going")])
        .await
        .assert_contains("Your answer is saved");
    bram.get(&format!("/posts/{event_id}"))
        .await
        .assert_contains("You are going.")
        .assert_lacks("waiting list;");
    bram.get("/notifications")
        .await
        .assert_contains("An event in Kennisdeling: a place opened up and it is yours");
    bram.get("/events")
        .await
        .assert_contains("Lunchlezing: samenwerken");

    event::Entity::update_many()
        .col_expr(event::Column::EndsAt, Expr::value(1_i64))
        .filter(event::Column::PostId.eq(event_id))
        .exec(&app.db)
        .await
        .expect("end it");
    anna.post(&rsvp, &[("answer", "going")])
        .await
        .assert_status(StatusCode::UNPROCESSABLE_ENTITY)
        .assert_contains("This event is over");
});

db_test!(the_calendar_feed_is_private_and_follows_access, |app| {
    let (owner, _, event_id) = planned_event(&app).await;
    let page = owner.post("/events/calendar-link", &[]).await;
    page.assert_contains("Copy it now");
    let marker = "id=\"calendar-link\" value=\"";
    let at = page.body.find(marker).expect("the link") + marker.len();
    let link = page.body[at..]
        .split('"')
        .next()
        .expect("link end")
        .to_string();
    let path = &link[link.find("/calendar/").expect("path")..];
    let stranger = app.browser();
    let (status, content_type, bytes) = stranger.get_bytes(path).await;
    assert_eq!(status, StatusCode::OK);
    assert!(content_type.starts_with("text/calendar"));
    let feed = String::from_utf8(bytes).expect("utf-8");
    assert!(feed.contains(&format!("UID:event-{event_id}@")), "{feed}");
    assert!(feed.contains("SUMMARY:Lunchlezing: samenwerken"), "{feed}");

    owner
        .post("/events/calendar-link", &[])
        .await
        .assert_contains("Copy it now");
    let (status, _, _) = stranger.get_bytes(path).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "the old link stops working");
    let (status, _, _) = stranger.get_bytes("/calendar/not-a-token").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
});

db_test!(events_speak_dutch, |app| {
    let (owner, group_id, event_id) = planned_event(&app).await;
    owner.post("/lang", &[("lang", "nl"), ("next", "/")]).await;
    owner
        .get(&format!("/posts/{event_id}"))
        .await
        .assert_contains("1 van 2 plaatsen bezet")
        .assert_contains("Aan mijn agenda toevoegen");
    owner
        .get(&format!("/groups/{group_id}/events/new"))
        .await
        .assert_contains("Een evenement plannen")
        .assert_contains("Tijden zijn in Europe/Amsterdam");
});

db_test!(events_of_groups_left_behind_leave_the_calendar, |app| {
    let (owner, _) = app.member("Owner").await;
    let (bram, bram_id) = app.member("Bram").await;
    let group_id = Browser::id_from(
        &owner
            .post("/groups", &[("name", "Directie"), ("visibility", "secret")])
            .await,
    );
    owner
        .post(
            &format!("/groups/{group_id}/members"),
            &[("email", "bram@example.nl")],
        )
        .await;
    let event_id = Browser::id_from(
        &owner
            .post(&format!("/groups/{group_id}/events"), &EVENT)
            .await,
    );
    bram.post(&format!("/events/{event_id}/rsvp"), &[("answer", "going")])
        .await
        .assert_status(StatusCode::OK);
    let page = bram.post("/events/calendar-link", &[]).await;
    let marker = "/calendar/";
    let at = page.body.find(marker).expect("the link");
    let path = page.body[at..].split('"').next().expect("end").to_string();
    let stranger = app.browser();
    let (_, _, before) = stranger.get_bytes(&path).await;
    assert!(String::from_utf8_lossy(&before).contains("SUMMARY:Lunchlezing"));
    owner
        .post(&format!("/groups/{group_id}/members/{bram_id}/remove"), &[])
        .await
        .assert_status(StatusCode::OK);
    let (status, _, after) = stranger.get_bytes(&path).await;
    assert_eq!(status, StatusCode::OK);
    assert!(!String::from_utf8_lossy(&after).contains("Lunchlezing"));
    bram.get("/events").await.assert_lacks("Lunchlezing");
    bram.get(&format!("/events/{event_id}/ics"))
        .await
        .assert_status(StatusCode::NOT_FOUND);
});

db_test!(changing_an_event_tells_those_who_come, |app| {
    let (owner, group_id, event_id) = planned_event(&app).await;
    let (anna, _) = app.member("Anna").await;
    let (bram, _) = app.member("Bram").await;
    for who in [&anna, &bram] {
        who.post(&format!("/groups/{group_id}/join"), &[]).await;
        who.post(&format!("/events/{event_id}/rsvp"), &[("answer", "going")])
            .await;
    }
    let edit = format!("/events/{event_id}/edit");
    anna.get(&edit).await.assert_status(StatusCode::FORBIDDEN);
    owner
        .get(&edit)
        .await
        .assert_contains("value=\"2030-07-15T12:30\"")
        .assert_contains("Zaal 3, Utrecht");
    let mut changed: Vec<(&str, &str)> = EVENT.to_vec();
    changed.retain(|(k, _)| !matches!(*k, "capacity" | "location"));
    changed.push(("capacity", "3"));
    changed.push(("location", "Zaal 5, Utrecht"));
    owner
        .post(&edit, &changed)
        .await
        .assert_contains("The event is changed")
        .assert_contains("Zaal 5, Utrecht")
        .assert_contains("3 of 3 places taken");
    anna.get("/notifications")
        .await
        .assert_contains("An event in Kennisdeling: its time, place or details changed");
    bram.get("/notifications")
        .await
        .assert_contains("a place opened up and it is yours")
        .assert_lacks("details changed");
});
