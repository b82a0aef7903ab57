//! Task generators: each looks at what happens and names the subjects that need the team now.
//! [`super::service::generate`] turns their candidates into tasks, refreshing live ones, never
//! re-creating one dismissed within the memory, and closing those whose reason went away.

use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::kind::TaskKind;
use crate::activity;
use crate::db::Db;
use crate::directory::user;
use crate::moderation::flag;
use crate::posts::kind::PostKind;
use crate::posts::post;

/// Days a newcomer counts as new.
pub const NEWCOMER_DAYS: i64 = 14;

/// Days of silence after which an active member counts as gone quiet.
pub const QUIET_DAYS: i32 = 28;

/// The most members one batch task names.
pub const BATCH_LIMIT: u64 = 200;

/// Subjects older than this are left alone (a question of last year is not a task).
const LOOK_BACK_DAYS: i64 = 30;

const HOUR_MS: i64 = 3_600_000;
use crate::activity::DAY_MS;

/// A subject a generator found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// The task's kind.
    pub kind: TaskKind,
    /// What it is about (unique per kind).
    pub subject_key: String,
    /// The group concerned.
    pub group_id: Option<i64>,
    /// The post concerned.
    pub post_id: Option<i64>,
    /// The member concerned.
    pub user_id: Option<i64>,
    /// Members of a batch.
    pub members: Vec<i64>,
    /// A short code for the page (a routine's title).
    pub detail: String,
}

impl Candidate {
    fn new(kind: TaskKind, subject_key: String) -> Self {
        Self {
            kind,
            subject_key,
            group_id: None,
            post_id: None,
            user_id: None,
            members: Vec::new(),
            detail: String::new(),
        }
    }
}

/// Flagged posts and comments nobody has decided on.
pub async fn flagged(db: &Db) -> Result<Vec<Candidate>, DbErr> {
    let rows: Vec<(i64, Option<i64>, i64)> = flag::Entity::find()
        .select_only()
        .columns([
            flag::Column::PostId,
            flag::Column::CommentId,
            flag::Column::GroupId,
        ])
        .filter(flag::Column::HandledAt.is_null())
        .distinct()
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(post_id, comment_id, group_id)| {
            let key = match comment_id {
                Some(c) => format!("comment:{c}"),
                None => format!("post:{post_id}"),
            };
            Candidate {
                group_id: Some(group_id),
                post_id: Some(post_id),
                ..Candidate::new(TaskKind::FlaggedContent, key)
            }
        })
        .collect())
}

/// Live posts of `kind` without a first response, written between `from` and `until`.
async fn waiting_posts(
    db: &Db,
    kind: PostKind,
    from: i64,
    until: i64,
) -> Result<Vec<(i64, i64)>, DbErr> {
    post::Entity::find()
        .select_only()
        .columns([post::Column::Id, post::Column::GroupId])
        .filter(post::Column::Kind.eq(kind.as_str()))
        .filter(post::Column::FirstResponseAt.is_null())
        .filter(crate::posts::shown_to_all())
        .filter(post::Column::CreatedAt.between(from, until))
        .order_by_asc(post::Column::Id)
        .limit(BATCH_LIMIT)
        .into_tuple()
        .all(db)
        .await
}

fn post_candidates(kind: TaskKind, rows: Vec<(i64, i64)>) -> Vec<Candidate> {
    rows.into_iter()
        .map(|(post_id, group_id)| Candidate {
            group_id: Some(group_id),
            post_id: Some(post_id),
            ..Candidate::new(kind, format!("post:{post_id}"))
        })
        .collect()
}

/// Questions without an answer after `patience_hours`.
pub async fn unanswered_questions(
    db: &Db,
    now: i64,
    patience_hours: i64,
) -> Result<Vec<Candidate>, DbErr> {
    let until = now - patience_hours * HOUR_MS;
    let rows = waiting_posts(db, PostKind::Question, now - LOOK_BACK_DAYS * DAY_MS, until).await?;
    Ok(post_candidates(TaskKind::UnansweredQuestion, rows))
}

/// Ideas without a response after `patience_days`.
pub async fn ideas_waiting(db: &Db, now: i64, patience_days: i64) -> Result<Vec<Candidate>, DbErr> {
    let until = now - patience_days * DAY_MS;
    let from = now - 3 * LOOK_BACK_DAYS * DAY_MS;
    let rows = waiting_posts(db, PostKind::Idea, from, until).await?;
    Ok(post_candidates(TaskKind::IdeaWaiting, rows))
}

/// Idle and silent groups (the cockpit's group health).
pub async fn quiet_groups(db: &Db, today: i32) -> Result<Vec<Candidate>, crate::error::Error> {
    use crate::insights::groups::Health;
    let minimum = crate::settings::min_group_size(db).await?;
    let groups = crate::insights::groups::health(db, 0, today, minimum).await?;
    Ok(groups
        .into_iter()
        .filter_map(|g| {
            let kind = match g.health {
                Health::Silent => TaskKind::SilentGroup,
                Health::Idle => TaskKind::IdleGroup,
                _ => return None,
            };
            Some(Candidate {
                group_id: Some(g.id),
                ..Candidate::new(kind, format!("group:{}", g.id))
            })
        })
        .collect())
}

/// Accounts made in the last [`NEWCOMER_DAYS`].
pub async fn newcomers(db: &Db, now: i64) -> Result<Vec<Candidate>, DbErr> {
    let ids: Vec<i64> = user::Entity::find()
        .select_only()
        .column(user::Column::Id)
        .filter(user::Column::Active.eq(true))
        .filter(user::Column::CreatedAt.gte(now - NEWCOMER_DAYS * DAY_MS))
        .order_by_asc(user::Column::Id)
        .limit(BATCH_LIMIT)
        .into_tuple()
        .all(db)
        .await?;
    Ok(ids
        .into_iter()
        .map(|id| Candidate {
            user_id: Some(id),
            ..Candidate::new(TaskKind::Welcome, format!("user:{id}"))
        })
        .collect())
}

/// The ISO week of an epoch day (`2026-W49`): batch tasks are weekly.
pub fn week_of(day: i32) -> String {
    jiff::Timestamp::from_second(i64::from(day) * 86_400)
        .map(|t| {
            let date = t.to_zoned(jiff::tz::TimeZone::UTC).date();
            let week = date.iso_week_date();
            format!("{}-W{:02}", week.year(), week.week())
        })
        .unwrap_or_default()
}

fn batch(kind: TaskKind, today: i32, members: Vec<i64>) -> Vec<Candidate> {
    if members.is_empty() {
        return Vec::new();
    }
    vec![Candidate {
        members,
        ..Candidate::new(kind, format!("week:{}", week_of(today)))
    }]
}

/// This week's batch of members (here for a week at least) whose profile misses items.
pub async fn incomplete_profiles(db: &Db, now: i64, today: i32) -> Result<Vec<Candidate>, DbErr> {
    let ids: Vec<i64> = user::Entity::find()
        .select_only()
        .column(user::Column::Id)
        .filter(user::Column::Active.eq(true))
        .filter(user::Column::CreatedAt.lt(now - 7 * DAY_MS))
        .filter(Expr::cust(crate::insights::PROFILE_ITEMS).lt(7))
        .order_by_asc(user::Column::Id)
        .limit(BATCH_LIMIT)
        .into_tuple()
        .all(db)
        .await?;
    Ok(batch(TaskKind::IncompleteProfiles, today, ids))
}

/// This week's batch of members active in the quarter before and silent for [`QUIET_DAYS`].
pub async fn went_quiet(db: &Db, today: i32) -> Result<Vec<Candidate>, DbErr> {
    let quiet_since = today - QUIET_DAYS;
    let ids: Vec<i64> = activity::first_day::Entity::find()
        .select_only()
        .column(activity::first_day::Column::UserId)
        .filter(activity::first_day::Column::LastDay.lt(quiet_since))
        .filter(activity::first_day::Column::LastDay.gte(quiet_since - 90))
        .order_by_desc(activity::first_day::Column::LastDay)
        .limit(BATCH_LIMIT)
        .into_tuple()
        .all(db)
        .await?;
    Ok(batch(TaskKind::WentQuiet, today, ids))
}

/// Responses a post needs, at least, to count as having potential.
pub const POTENTIAL_MIN_RESPONSES: i64 = 5;

/// How many times its group's usual responses per post a post needs.
pub const POTENTIAL_FACTOR: f64 = 3.0;

/// Posts of the last two days drawing far more reactions and comments than their group's
/// usual per post over 90 days (from the rollups): amplify them, connect people, ask a senior
/// manager to endorse them (seed 000 §4).
pub async fn posts_with_potential(db: &Db, now: i64, today: i32) -> Result<Vec<Candidate>, DbErr> {
    let recent: Vec<(i64, i64)> = post::Entity::find()
        .select_only()
        .columns([post::Column::Id, post::Column::GroupId])
        .filter(post::Column::CreatedAt.gte(now - 2 * DAY_MS))
        .filter(crate::posts::shown_to_all())
        .order_by_desc(post::Column::Id)
        .limit(2_000)
        .into_tuple()
        .all(db)
        .await?;
    if recent.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<i64> = recent.iter().map(|(id, _)| *id).collect();
    let comments = crate::posts::comment_counts(db, &ids).await?;
    let reactions = crate::posts::reaction_totals(db, &ids).await?;
    let usual = usual_responses(db, today).await?;
    Ok(recent
        .into_iter()
        .filter(|(id, group)| {
            let responses = comments.get(id).unwrap_or(&0) + reactions.get(id).unwrap_or(&0);
            let baseline = usual.get(group).copied().unwrap_or(0.0);
            responses >= POTENTIAL_MIN_RESPONSES && responses as f64 >= POTENTIAL_FACTOR * baseline
        })
        .map(|(post_id, group_id)| Candidate {
            group_id: Some(group_id),
            post_id: Some(post_id),
            ..Candidate::new(TaskKind::PostWithPotential, format!("post:{post_id}"))
        })
        .collect())
}

/// Each group's reactions, comments and answers per post over the 90 days before `today`.
async fn usual_responses(
    db: &Db,
    today: i32,
) -> Result<std::collections::HashMap<i64, f64>, DbErr> {
    let rows: Vec<(i64, String, i64)> = activity::daily::Entity::find()
        .select_only()
        .columns([
            activity::daily::Column::GroupId,
            activity::daily::Column::Kind,
        ])
        .column_as(
            crate::db::dialect::sum(Expr::col(activity::daily::Column::Count)),
            "n",
        )
        .filter(activity::daily::Column::Day.between(today - 90, today - 1))
        .group_by(activity::daily::Column::GroupId)
        .group_by(activity::daily::Column::Kind)
        .into_tuple()
        .all(db)
        .await?;
    let mut totals: std::collections::HashMap<i64, (i64, i64)> = Default::default();
    for (group, kind, n) in rows {
        let entry = totals.entry(group).or_default();
        if kind.starts_with("post.") {
            entry.0 += n;
        } else if matches!(kind.as_str(), "reaction" | "comment" | "answer") {
            entry.1 += n;
        }
    }
    Ok(totals
        .into_iter()
        .filter(|(_, (posts, _))| *posts > 0)
        .map(|(group, (posts, responses))| (group, responses as f64 / posts as f64))
        .collect())
}

/// A dip in activity on one of the last two whole days (today is not over, so it always looks
/// low): publish prepared content.
pub async fn dips(db: &Db, today: i32) -> Result<Vec<Candidate>, crate::error::Error> {
    let dips = crate::insights::figures::recent_dips(db, today - 1, 2).await?;
    Ok(dips
        .into_iter()
        .map(|dip| Candidate {
            detail: crate::activity::period::date_of(dip.day),
            ..Candidate::new(TaskKind::ActivityDip, format!("day:{}", dip.day))
        })
        .collect())
}

/// Terms that at least the minimum group size of different people searched for last week
/// without finding anything: content people look for and cannot find.
pub async fn search_misses(db: &Db) -> Result<Vec<Candidate>, crate::error::Error> {
    Ok(crate::search::misses::last_week(db)
        .await?
        .into_iter()
        .map(|missed| Candidate {
            detail: missed.term.clone(),
            ..Candidate::new(TaskKind::SearchMiss, format!("search:{}", missed.term))
        })
        .collect())
}
