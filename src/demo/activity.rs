//! The activity record of the demo: every generated post, comment, reaction, accepted answer,
//! idea response, RSVP and join becomes an activity event, members visit on days they act and,
//! more and more as adoption grows, on days they only read; and the rollups the cockpit reads
//! (counts per day × group × kind × segment and per day × kind × segment, active members per
//! day with their level, each member's first active day, each member's last day of taking
//! part in each group) are
//! computed here in memory instead of by one upsert per event.

use std::collections::HashMap;

use fastrand::Rng;
use sea_orm::ConnectionTrait;
use sea_orm::sea_query::Value;

use super::content::MonthBatch;
use super::plan::{DAY_MS, MONTH_DAYS, Organisation};
use super::writer::{insert_rows, int, opt_int, text};
use crate::activity::ActivityKind;
use crate::activity::Calendar;
use crate::activity::kind::{Level, Segment};
use crate::error::Result;
use crate::posts::kind::PostKind;

/// One event to insert.
struct EventRow {
    occurred_at: i64,
    user_id: i64,
    kind: ActivityKind,
    group_id: Option<i64>,
    post_id: Option<i64>,
}

/// One member's day: (first moment, highest level).
type MemberDay = (i64, Level);

/// Rollup key: (day, group or 0, kind, segment).
type CountKey = (i32, i64, &'static str, &'static str);

/// The activity record being built, month by month.
pub struct ActivityLog<'a> {
    org: &'a Organisation,
    rng: Rng,
    events: Vec<EventRow>,
    counts: HashMap<CountKey, i64>,
    /// (day, member id) → (first moment that day, highest level).
    days: HashMap<(i32, i64), MemberDay>,
    /// (group, member id) → last day of taking part.
    engaged: HashMap<(i64, i64), i32>,
    /// The organisation's calendar, which says what day an event falls on.
    calendar: Calendar,
    /// Events written so far.
    pub written: u64,
}

impl<'a> ActivityLog<'a> {
    /// An empty record for `org`, its days counted by `calendar`.
    pub fn new(org: &'a Organisation, seed: u64, calendar: Calendar) -> Self {
        Self {
            org,
            rng: Rng::with_seed(seed ^ 0xac71),
            events: Vec::new(),
            counts: HashMap::new(),
            days: HashMap::new(),
            engaged: HashMap::new(),
            calendar,
            written: 0,
        }
    }

    fn segment(&self, user_id: i64) -> &'static str {
        let first = self.org.members.first().map_or(0, |m| m.id);
        usize::try_from(user_id - first)
            .ok()
            .and_then(|i| self.org.members.get(i))
            .map_or(Segment::Member, |m| Segment::of(m.role, m.role_model))
            .as_str()
    }

    fn push(&mut self, event: EventRow) {
        // Content the generator placed after today (the last month's tail) has not happened.
        if event.occurred_at > crate::db::now_ms() {
            return;
        }
        let day = self.calendar.day_of(event.occurred_at);
        let level = event.kind.level();
        let entry = self
            .days
            .entry((day, event.user_id))
            .or_insert((event.occurred_at, level));
        entry.0 = entry.0.min(event.occurred_at);
        entry.1 = entry.1.max(level);
        if let (Some(group), true) = (event.group_id, level > Level::Lurker) {
            let last = self.engaged.entry((group, event.user_id)).or_insert(day);
            *last = (*last).max(day);
        }
        let key = (
            day,
            event.group_id.unwrap_or(0),
            event.kind.as_str(),
            self.segment(event.user_id),
        );
        *self.counts.entry(key).or_insert(0) += 1;
        self.events.push(event);
    }

    /// Every group membership as a join at the moment it began.
    pub fn joins(&mut self) {
        let org = self.org;
        for group in &org.groups {
            for &m in &group.members {
                let member = &org.members[m];
                // Someone who never comes was added by an admin: no activity of theirs.
                let Some(from) = member.active_from else {
                    continue;
                };
                let at = group.created_at.max(from);
                if at > crate::db::now_ms() {
                    continue;
                }
                self.push(EventRow {
                    occurred_at: at,
                    user_id: member.id,
                    kind: ActivityKind::Join,
                    group_id: Some(group.id),
                    post_id: None,
                });
            }
        }
    }

    /// The events of one month's content.
    pub fn month(&mut self, batch: &MonthBatch, month: u32, start: i64) {
        let group_of: HashMap<i64, i64> = batch.posts.iter().map(|p| (p.id, p.group_id)).collect();
        for post in &batch.posts {
            let kind = PostKind::parse(post.kind).unwrap_or(PostKind::Discussion);
            self.push(EventRow {
                occurred_at: post.created_at,
                user_id: post.author_id,
                kind: ActivityKind::Post(kind),
                group_id: Some(post.group_id),
                post_id: Some(post.id),
            });
        }
        let questions: HashMap<i64, (i64, Option<i64>)> = batch
            .posts
            .iter()
            .filter(|p| p.kind == "question")
            .map(|p| (p.id, (p.author_id, p.accepted_comment_id)))
            .collect();
        for comment in &batch.comments {
            let question = questions.get(&comment.post_id);
            let answer = question.is_some_and(|(asker, _)| *asker != comment.author_id);
            let group_id = group_of.get(&comment.post_id).copied();
            self.push(EventRow {
                occurred_at: comment.created_at,
                user_id: comment.author_id,
                kind: if answer {
                    ActivityKind::Answer
                } else {
                    ActivityKind::Comment
                },
                group_id,
                post_id: Some(comment.post_id),
            });
            if let Some((asker, Some(accepted))) = question
                && *accepted == comment.id
            {
                self.push(EventRow {
                    occurred_at: comment.created_at + 3_600_000,
                    user_id: *asker,
                    kind: ActivityKind::AcceptedAnswer,
                    group_id,
                    post_id: Some(comment.post_id),
                });
            }
        }
        // (when, who, what, which post) of the actions on posts that need no more than that.
        let on_posts = batch
            .reactions
            .iter()
            .map(|r| (r.created_at, r.user_id, ActivityKind::Reaction, r.post_id))
            .chain(batch.idea_responses.iter().map(|r| {
                (
                    r.created_at,
                    r.author_id,
                    ActivityKind::IdeaStatus,
                    r.post_id,
                )
            }))
            .chain(
                batch
                    .rsvps
                    .iter()
                    .map(|r| (r.answered_at, r.user_id, ActivityKind::Rsvp, r.post_id)),
            );
        for (occurred_at, user_id, kind, post_id) in on_posts {
            self.push(EventRow {
                occurred_at,
                user_id,
                kind,
                group_id: group_of.get(&post_id).copied(),
                post_id: Some(post_id),
            });
        }
        self.reading_days(month, start);
    }

    /// Days on which members only read. A member comes from their day on the adoption curve
    /// (the long tail never does); in each month after it they are active with a chance that
    /// grows with their engagement, and then on a few days (the engaged on many): monthly
    /// reach around half the accounts after a year and a stickiness in the teens, as real
    /// enterprise networks show.
    fn reading_days(&mut self, month: u32, start: i64) {
        let month_start = start + i64::from(month) * MONTH_DAYS * DAY_MS;
        let month_end = month_start + MONTH_DAYS * DAY_MS;
        let now = crate::db::now_ms();
        for member in &self.org.members {
            let Some(from) = member.active_from else {
                continue;
            };
            if from >= month_end {
                continue;
            }
            let engaged = member.engagement;
            let staff = member.role != "member";
            if !staff && self.rng.f64() >= 0.3 + 0.55 * engaged {
                continue;
            }
            let days = 1 + (engaged.powi(3) * 12.0).round() as i64 + if staff { 8 } else { 0 };
            let first_day = ((from - month_start) / DAY_MS).max(0);
            for _ in 0..days {
                let d = self.rng.i64(first_day..MONTH_DAYS.max(first_day + 1));
                let at = month_start + d * DAY_MS + self.rng.i64(6 * 3_600_000..18 * 3_600_000);
                if at < from || at > now {
                    continue;
                }
                self.days
                    .entry((self.calendar.day_of(at), member.id))
                    .or_insert((at, Level::Lurker));
            }
        }
    }

    /// Writes the events gathered so far.
    pub async fn flush(&mut self, db: &impl ConnectionTrait) -> Result<()> {
        let rows: Vec<Vec<Value>> = self
            .events
            .drain(..)
            .map(|e| {
                vec![
                    int(e.occurred_at),
                    int(i64::from(self.calendar.day_of(e.occurred_at))),
                    int(e.user_id),
                    text(e.kind.as_str()),
                    opt_int(e.group_id),
                    opt_int(e.post_id),
                ]
            })
            .collect();
        self.written += insert_rows(db, "activity_events", &EVENT_COLUMNS, rows).await?;
        Ok(())
    }

    /// Writes a visit for every active member-day, then the rollups.
    pub async fn finish(mut self, db: &impl ConnectionTrait) -> Result<u64> {
        let mut active: Vec<((i32, i64), MemberDay)> = self.days.drain().collect();
        active.sort_unstable_by_key(|&(key, _)| key);
        for &((_, user_id), (first, _)) in &active {
            self.push_visit(user_id, first);
        }
        self.flush(db).await?;
        let members = active.iter().map(|((day, user), (_, level))| {
            vec![
                int(i64::from(*day)),
                int(*user),
                Value::SmallInt(Some(level.as_i16())),
            ]
        });
        insert_rows(
            db,
            "activity_daily_members",
            &["day", "user_id", "level"],
            members.collect(),
        )
        .await?;
        // Each member's (first, last, last contributing, last creating) day.
        let mut spans: HashMap<i64, (i32, i32, Option<i32>, Option<i32>)> = HashMap::new();
        for &((day, user), (_, level)) in &active {
            let span = spans.entry(user).or_insert((day, day, None, None));
            span.1 = day;
            if level >= Level::Contributor {
                span.2 = Some(day);
            }
            if level >= Level::Creator {
                span.3 = Some(day);
            }
        }
        let spans = spans
            .into_iter()
            .map(|(user, (first, last, contributed, created))| {
                let day = |d: Option<i32>| opt_int(d.map(i64::from));
                vec![
                    int(user),
                    int(i64::from(first)),
                    int(i64::from(last)),
                    day(contributed),
                    day(created),
                ]
            });
        insert_rows(
            db,
            "activity_members",
            &[
                "user_id",
                "first_day",
                "last_day",
                "last_contributed",
                "last_created",
            ],
            spans.collect(),
        )
        .await?;
        let engaged = self
            .engaged
            .drain()
            .map(|((group, user), day)| vec![int(group), int(user), int(i64::from(day))]);
        insert_rows(
            db,
            "activity_group_members",
            &["group_id", "user_id", "last_day"],
            engaged.collect(),
        )
        .await?;
        let mut totals: HashMap<(i32, &str, &str), i64> = HashMap::new();
        for (&(day, _, kind, segment), count) in &self.counts {
            *totals.entry((day, kind, segment)).or_insert(0) += count;
        }
        let totals = totals.into_iter().map(|((day, kind, segment), count)| {
            vec![int(i64::from(day)), text(kind), text(segment), int(count)]
        });
        insert_rows(
            db,
            "activity_totals",
            &["day", "kind", "segment", "count"],
            totals.collect(),
        )
        .await?;
        let counts = self
            .counts
            .drain()
            .map(|((day, group, kind, segment), count)| {
                vec![
                    int(i64::from(day)),
                    int(group),
                    text(kind),
                    text(segment),
                    int(count),
                ]
            });
        insert_rows(
            db,
            "activity_counts",
            &["day", "group_id", "kind", "segment", "count"],
            counts.collect(),
        )
        .await?;
        Ok(self.written)
    }

    /// The first request of a member's day, a moment before the first thing they did.
    fn push_visit(&mut self, user_id: i64, first: i64) {
        let day = self.calendar.day_of(first);
        let at = (first - self.rng.i64(0..600_000)).max(self.calendar.start_of(day));
        let key = (day, 0, ActivityKind::Visit.as_str(), self.segment(user_id));
        *self.counts.entry(key).or_insert(0) += 1;
        self.events.push(EventRow {
            occurred_at: at,
            user_id,
            kind: ActivityKind::Visit,
            group_id: None,
            post_id: None,
        });
    }
}

const EVENT_COLUMNS: [&str; 6] = [
    "occurred_at",
    "day",
    "user_id",
    "kind",
    "group_id",
    "post_id",
];
