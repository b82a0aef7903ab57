//! Event rules: planning one (a member of the group, a start in the future in the
//! organisation's time zone, an end after it, a web link only over http(s)), answering, the
//! waiting list, and the calendars.

use jiff::civil::DateTime;
use jiff::tz::TimeZone;
use serde::Deserialize;

use super::entity::event;
use super::ics::{self, CalendarEvent};
use super::places::{Answer, Places};
use super::repo::{self, MyEvent};
use crate::activity::{self, ActivityKind};
use crate::auth::Viewer;
use crate::auth::tokens;
use crate::db::{self, Db, now_ms};
use crate::error::{Error, Result};
use crate::groups::service as groups;
use crate::notifications::{Notice, NotificationKind, notify};
use crate::posts::kind::PostKind;
use crate::posts::post;
use crate::posts::{self as posts_repo, markdown, service as posts};
use crate::validate::Checks;

/// Longest event, so a typo in a year does not make a months-long meetup.
const MAX_LENGTH_MS: i64 = 14 * 24 * 3600 * 1000;

/// The event form as submitted.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct EventForm {
    /// Title.
    pub title: String,
    /// Description (Markdown, optional).
    pub body: String,
    /// Start, as a `datetime-local` value in the organisation's time zone.
    pub starts_at: String,
    /// End, same form.
    pub ends_at: String,
    /// Place (optional).
    pub location: String,
    /// Online link (optional, http or https).
    pub online_url: String,
    /// Places (optional; empty means no limit).
    pub capacity: String,
}

/// Reads a `datetime-local` value ("2027-03-04T14:00") in `zone` as epoch milliseconds.
pub fn parse_local(text: &str, zone: &TimeZone) -> Option<i64> {
    let civil: DateTime = text.trim().parse().ok()?;
    let zoned = civil.to_zoned(zone.clone()).ok()?;
    Some(zoned.timestamp().as_millisecond())
}

/// Formats epoch milliseconds as a `datetime-local` value in `zone` (to fill a form again).
pub fn format_local(ms: i64, zone: &TimeZone) -> String {
    jiff::Timestamp::from_millisecond(ms)
        .map(|t| {
            t.to_zoned(zone.clone())
                .strftime("%Y-%m-%dT%H:%M")
                .to_string()
        })
        .unwrap_or_default()
}

/// Formats epoch milliseconds for people, in `zone`, naming the zone.
pub fn format_in_zone(ms: i64, zone: &TimeZone) -> String {
    jiff::Timestamp::from_millisecond(ms)
        .map(|t| {
            let zoned = t.to_zoned(zone.clone());
            format!(
                "{} ({})",
                zoned.strftime("%d-%m-%Y %H:%M"),
                zone.iana_name().unwrap_or("UTC")
            )
        })
        .unwrap_or_default()
}

fn check(form: &EventForm, zone: &TimeZone, now: i64) -> Result<(String, event::Model)> {
    let mut checks = Checks::new();
    let title = checks.text("title", &form.title, 1, 150);
    let body = checks.text("body", &form.body, 0, posts::MAX_BODY);
    let location = checks.text("location", &form.location, 0, 200);
    let online_url = checks.text("online_url", &form.online_url, 0, 500);
    let is_web_link = online_url.starts_with("https://") || online_url.starts_with("http://");
    if !online_url.is_empty() && !is_web_link {
        checks.fail("online_url", "error-url");
    }
    let starts_at = parse_local(&form.starts_at, zone);
    let ends_at = parse_local(&form.ends_at, zone);
    match starts_at {
        None => checks.fail("starts_at", "error-datetime"),
        Some(start) if start <= now => checks.fail("starts_at", "error-event-past"),
        Some(_) => {}
    }
    match (starts_at, ends_at) {
        (_, None) => checks.fail("ends_at", "error-datetime"),
        (Some(start), Some(end)) if end <= start => checks.fail("ends_at", "error-event-end"),
        (Some(start), Some(end)) if end - start > MAX_LENGTH_MS => {
            checks.fail("ends_at", "error-event-too-long")
        }
        _ => {}
    }
    let capacity = match form.capacity.trim() {
        "" => None,
        text => match text.parse::<i32>() {
            Ok(n) if (1..=100_000).contains(&n) => Some(n),
            _ => {
                checks.fail("capacity", "error-capacity");
                None
            }
        },
    };
    checks.finish()?;
    let details = event::Model {
        post_id: 0,
        title,
        starts_at: starts_at.unwrap_or_default(),
        ends_at: ends_at.unwrap_or_default(),
        location,
        online_url,
        capacity,
    };
    Ok((body, details))
}

/// Plans an event in a group the viewer may post in; returns the post id.
pub async fn create(db: &Db, viewer: &Viewer, group_id: i64, form: &EventForm) -> Result<i64> {
    groups::postable(db, viewer, group_id).await?;
    let zone = crate::settings::time_zone(db).await?;
    let (body, details) = check(form, &zone, now_ms())?;
    let tx = db::begin_write(db).await?;
    let post_id = posts_repo::insert_post(
        &tx,
        group_id,
        viewer.id,
        PostKind::Event,
        &body,
        markdown::render(&body),
    )
    .await?;
    repo::insert_event(&tx, event::Model { post_id, ..details }).await?;
    repo::set_answer(&tx, post_id, viewer.id, Answer::Going).await?;
    tx.commit().await?;
    Ok(post_id)
}

/// Who may change an event: its author or a group admin, while the group is not archived.
fn may_change(viewer: &Viewer, post: &post::Model, group: &groups::GroupView) -> bool {
    !group.access.archived && (post.author_id == viewer.id || group.access.can_manage())
}

/// The edit form of an event, filled with its details in the organisation's time zone.
pub async fn edit_form(db: &Db, viewer: &Viewer, post_id: i64) -> Result<(i64, EventForm)> {
    let (post, group, details) = readable_event(db, viewer, post_id).await?;
    if !may_change(viewer, &post, &group) {
        return Err(Error::Forbidden);
    }
    let zone = crate::settings::time_zone(db).await?;
    let form = EventForm {
        title: details.title,
        body: post.body_md,
        starts_at: format_local(details.starts_at, &zone),
        ends_at: format_local(details.ends_at, &zone),
        location: details.location,
        online_url: details.online_url,
        capacity: details.capacity.map(|c| c.to_string()).unwrap_or_default(),
    };
    Ok((post.group_id, form))
}

/// Changes an event and tells everyone who answered going or maybe; whoever a larger capacity
/// gives a place hears that too.
pub async fn edit(db: &Db, viewer: &Viewer, post_id: i64, form: &EventForm) -> Result<()> {
    let (post, group, before) = readable_event(db, viewer, post_id).await?;
    if !may_change(viewer, &post, &group) {
        return Err(Error::Forbidden);
    }
    let zone = crate::settings::time_zone(db).await?;
    let (body, details) = check(form, &zone, now_ms())?;
    let tx = db::begin_write(db).await?;
    let going = repo::going(&tx, post.id).await?;
    let places_before = Places::of(going.clone(), before.capacity.map(i64::from));
    let places_after = Places::of(going, details.capacity.map(i64::from));
    if body != post.body_md {
        posts_repo::edit_post(&tx, post.clone(), viewer.id, &body, markdown::render(&body)).await?;
    }
    repo::update_event(
        &tx,
        event::Model {
            post_id: post.id,
            ..details
        },
    )
    .await?;
    let change = |detail: &str| Notice {
        kind: NotificationKind::EventChange,
        actor_id: Some(viewer.id),
        group_id: Some(post.group_id),
        post_id: Some(post.id),
        detail: Some(detail.into()),
    };
    let moved_up = places_after.newly_confirmed(&places_before);
    notify(&tx, &change("place"), moved_up.clone()).await?;
    let others = repo::interested(&tx, post.id)
        .await?
        .into_iter()
        .filter(|m| !moved_up.contains(m));
    notify(&tx, &change("changed"), others).await?;
    tx.commit().await?;
    Ok(())
}

/// A readable event post and its details.
async fn readable_event(
    db: &Db,
    viewer: &Viewer,
    post_id: i64,
) -> Result<(post::Model, groups::GroupView, event::Model)> {
    let (post, group) = posts::readable_post(db, viewer, post_id).await?;
    let details = repo::find_event(db, post.id)
        .await?
        .ok_or(Error::NotFound)?;
    Ok((post, group, details))
}

/// Where the viewer stands after answering.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Has a place.
    Confirmed,
    /// On the waiting list at this position.
    Waiting(usize),
    /// Answered maybe or not going.
    Other,
}

/// Answers an event (members who may respond in its group, until it ends); tells whoever the
/// answer moved up from the waiting list.
pub async fn answer(db: &Db, viewer: &Viewer, post_id: i64, answer: &str) -> Result<Standing> {
    let answer = Answer::parse(answer).ok_or_else(|| Error::invalid("answer", "error-rsvp"))?;
    let (post, group, details) = readable_event(db, viewer, post_id).await?;
    if !group.access.can_respond() {
        return Err(Error::Forbidden);
    }
    if details.ends_at <= now_ms() {
        return Err(Error::invalid("answer", "error-event-over"));
    }
    let capacity = details.capacity.map(i64::from);
    let tx = db::begin_write(db).await?;
    let before = Places::of(repo::going(&tx, post.id).await?, capacity);
    repo::set_answer(&tx, post.id, viewer.id, answer).await?;
    let rsvp = ActivityKind::Rsvp;
    activity::record(&tx, rsvp, viewer.id, Some(post.group_id), Some(post.id)).await?;
    let after = Places::of(repo::going(&tx, post.id).await?, capacity);
    let moved_up: Vec<i64> = after
        .newly_confirmed(&before)
        .into_iter()
        .filter(|&m| m != viewer.id)
        .collect();
    let notice = Notice {
        kind: NotificationKind::EventChange,
        actor_id: Some(viewer.id),
        group_id: Some(post.group_id),
        post_id: Some(post.id),
        detail: Some("place".into()),
    };
    notify(&tx, &notice, moved_up).await?;
    tx.commit().await?;
    Ok(if after.confirmed.contains(&viewer.id) {
        Standing::Confirmed
    } else if let Some(position) = after.waiting_position(viewer.id) {
        Standing::Waiting(position)
    } else {
        Standing::Other
    })
}

/// What the post page shows of an event.
#[derive(Debug, Clone)]
pub struct EventPanel {
    /// The details.
    pub details: event::Model,
    /// Start, for people.
    pub starts: String,
    /// End, for people.
    pub ends: String,
    /// Names of those with a place, in order.
    pub confirmed: Vec<(i64, String)>,
    /// How many wait.
    pub waiting: usize,
    /// How many answered maybe.
    pub maybe: u64,
    /// The viewer's answer.
    pub mine: Option<Answer>,
    /// The viewer's waiting-list position.
    pub my_position: Option<usize>,
    /// Whether it is over.
    pub over: bool,
    /// Whether the viewer may answer.
    pub can_answer: bool,
    /// Whether the viewer may change the event.
    pub can_change: bool,
}

impl EventPanel {
    /// Whether the viewer gave `answer`.
    pub fn answered(&self, answer: &Answer) -> bool {
        self.mine == Some(*answer)
    }

    /// Whether the viewer has a place.
    pub fn going(&self) -> bool {
        self.mine == Some(Answer::Going) && self.my_position.is_none()
    }

    /// The answers, for the buttons.
    pub fn answers(&self) -> [Answer; 3] {
        Answer::ALL
    }
}

/// The event panel of a post the viewer reads, when the post is an event.
pub async fn panel(
    db: &Db,
    viewer: &Viewer,
    post: &post::Model,
    group: &groups::GroupView,
) -> Result<Option<EventPanel>> {
    if post.kind != PostKind::Event.as_str() {
        return Ok(None);
    }
    let Some(details) = repo::find_event(db, post.id).await? else {
        return Ok(None);
    };
    let zone = crate::settings::time_zone(db).await?;
    let places = Places::of(
        repo::going(db, post.id).await?,
        details.capacity.map(i64::from),
    );
    let over = details.ends_at <= now_ms();
    Ok(Some(EventPanel {
        starts: format_in_zone(details.starts_at, &zone),
        ends: format_in_zone(details.ends_at, &zone),
        confirmed: repo::names(db, &places.confirmed).await?,
        waiting: places.waiting.len(),
        maybe: repo::maybe_count(db, post.id).await?,
        mine: repo::answer_of(db, post.id, viewer.id).await?,
        my_position: places.waiting_position(viewer.id),
        can_answer: group.access.can_respond() && !over,
        can_change: may_change(viewer, post, group),
        over,
        details,
    }))
}

/// The `.ics` file of one event the viewer may read.
pub async fn event_file(db: &Db, viewer: &Viewer, post_id: i64, base: &str) -> Result<String> {
    let (post, _, details) = readable_event(db, viewer, post_id).await?;
    let event = CalendarEvent {
        id: post.id,
        title: details.title.clone(),
        starts_at: details.starts_at,
        ends_at: details.ends_at,
        location: details.location.clone(),
        url: format!("{base}/posts/{}", post.id),
        tentative: false,
    };
    Ok(ics::calendar(
        &details.title,
        host_of(base),
        &[event],
        now_ms(),
    ))
}

fn host_of(base: &str) -> &str {
    base.split_once("://")
        .map(|(_, rest)| rest)
        .unwrap_or(base)
        .trim_end_matches('/')
}

/// Events a member is going to (upcoming and in progress).
pub async fn my_events(db: &Db, user_id: i64) -> Result<Vec<MyEvent>> {
    Ok(repo::going_to(db, user_id, now_ms()).await?)
}

/// Creates or replaces the viewer's calendar secret; the token is shown once.
pub async fn new_calendar_token(db: &Db, viewer: &Viewer) -> Result<String> {
    let token = tokens::random_token();
    repo::set_calendar_token(db, viewer.id, &tokens::hash(&token)).await?;
    Ok(token)
}

/// Whether the viewer has a calendar link.
pub async fn has_calendar_token(db: &Db, viewer: &Viewer) -> Result<bool> {
    Ok(repo::has_calendar_token(db, viewer.id).await?)
}

/// Days of past events a calendar feed still holds.
const FEED_PAST_DAYS: i64 = 30;

/// The personal calendar feed behind `token`: the events its owner goes to (and waits for),
/// from a month ago on, in groups they may still read. Not found for an unknown token.
pub async fn calendar_feed(db: &Db, token: &str, base: &str, name: &str) -> Result<String> {
    if !tokens::is_well_formed(token) {
        return Err(Error::NotFound);
    }
    let owner = repo::calendar_owner(db, &tokens::hash(token))
        .await?
        .ok_or(Error::NotFound)?;
    let from = now_ms() - FEED_PAST_DAYS * 24 * 3600 * 1000;
    let mut events = Vec::new();
    for mine in repo::going_to(db, owner, from).await? {
        let capacity = mine.capacity.map(i64::from);
        let places = Places::of(repo::going(db, mine.post_id).await?, capacity);
        events.push(CalendarEvent {
            id: mine.post_id,
            tentative: places.waiting_position(owner).is_some(),
            url: format!("{base}/posts/{}", mine.post_id),
            title: mine.title,
            starts_at: mine.starts_at,
            ends_at: mine.ends_at,
            location: mine.location,
        });
    }
    Ok(ics::calendar(name, host_of(base), &events, now_ms()))
}

#[cfg(test)]
mod unit {
    use super::*;

    #[test]
    fn local_times_are_read_in_the_organisation_zone() {
        let amsterdam = TimeZone::get("Europe/Amsterdam").expect("zone");
        let winter = parse_local("2027-01-15T09:30", &amsterdam).expect("parses");
        assert_eq!(format_local(winter, &TimeZone::UTC), "2027-01-15T08:30");
        let summer = parse_local("2027-07-15T09:30", &amsterdam).expect("parses");
        assert_eq!(format_local(summer, &TimeZone::UTC), "2027-07-15T07:30");
        assert_eq!(format_local(summer, &amsterdam), "2027-07-15T09:30");
        assert_eq!(
            format_in_zone(summer, &amsterdam),
            "15-07-2027 09:30 (Europe/Amsterdam)"
        );
        assert_eq!(parse_local("15 juli", &amsterdam), None);
    }

    #[test]
    fn bad_events_are_refused_field_by_field() {
        let zone = TimeZone::UTC;
        let now = parse_local("2027-01-01T00:00", &zone).expect("now");
        let form = EventForm {
            title: "Lunchlezing".into(),
            starts_at: "2026-12-01T12:00".into(),
            ends_at: "2026-12-01T11:00".into(),
            online_url: "javascript:alert(1)".into(),
            capacity: "0".into(),
            ..EventForm::default()
        };
        let Err(Error::Invalid(fields)) = check(&form, &zone, now) else {
            panic!("refused");
        };
        let keys: Vec<_> = fields.iter().map(|f| (f.field, f.key)).collect();
        assert!(keys.contains(&("starts_at", "error-event-past")));
        assert!(keys.contains(&("ends_at", "error-event-end")));
        assert!(keys.contains(&("online_url", "error-url")));
        assert!(keys.contains(&("capacity", "error-capacity")));
    }
}
