//! Cockpit rules: who may see it (community managers and administrators), the minimum group
//! size, the audit log, and gathering the figures of the last 30 days against the 30 before.

use serde::Serialize;

use super::metrics::{self, Day, Headline};
use super::repo;
use crate::activity::repo::{self as activity, day_of};
use crate::db::{Db, now_ms};
use crate::error::{Error, Result};
use crate::web::Viewer;

/// Days in a window.
pub const WINDOW: i32 = 30;

/// The cockpit's figures.
#[derive(Debug, Clone, Serialize)]
pub struct Cockpit {
    /// Active accounts.
    pub accounts: u64,
    /// Members ever active ÷ accounts, whole percent.
    pub activated_percent: i64,
    /// The last 30 days.
    pub now: Headline,
    /// The 30 days before.
    pub before: Headline,
    /// Every day of the last 30.
    pub days: Vec<Day>,
    /// Changes against the 30 days before, whole percent.
    pub trends: Trends,
}

/// Changes of the headline figures against the previous window, whole percent (`None` when
/// there was nothing before).
#[derive(Debug, Clone, Serialize)]
pub struct Trends {
    /// Mean daily active members.
    pub dau: Option<i64>,
    /// Monthly active members.
    pub mau: Option<i64>,
    /// Posts per day.
    pub posts: Option<i64>,
    /// Comments per day.
    pub comments: Option<i64>,
    /// Reactions per day.
    pub reactions: Option<i64>,
}

impl Trends {
    fn between(before: &Headline, now: &Headline) -> Self {
        Self {
            dau: metrics::change(before.dau, now.dau),
            mau: metrics::change(before.mau as f64, now.mau as f64),
            posts: metrics::change(before.posts_per_day, now.posts_per_day),
            comments: metrics::change(before.comments_per_day, now.comments_per_day),
            reactions: metrics::change(before.reactions_per_day, now.reactions_per_day),
        }
    }
}

impl Cockpit {
    /// The busiest day's active members (the chart's scale).
    pub fn peak(&self) -> i64 {
        self.days.iter().map(|d| d.active).max().unwrap_or(0).max(1)
    }
}

/// Community managers and administrators see the cockpit; every view is logged.
pub async fn open(db: &Db, viewer: &Viewer, path: &str) -> Result<()> {
    if !viewer.role.manages_community() {
        return Err(Error::Forbidden);
    }
    Ok(repo::log_view(db, viewer.id, path, now_ms()).await?)
}

async fn window(db: &Db, to: i32) -> Result<(Vec<Day>, Headline)> {
    let from = to - (WINDOW - 1);
    let mut days: Vec<Day> = activity::active_per_day(db, from, to)
        .await?
        .into_iter()
        .map(|(day, active)| Day {
            day,
            active,
            ..Day::default()
        })
        .collect();
    for (day, kind, count) in activity::counts_per_day(db, from, to).await? {
        match days.iter_mut().find(|d| d.day == day) {
            Some(known) => known.add(&kind, count),
            None => {
                let mut new = Day {
                    day,
                    ..Day::default()
                };
                new.add(&kind, count);
                days.push(new);
            }
        }
    }
    let days = metrics::every_day(from, to, days);
    let wau = activity::active_members(db, to - 6, to).await?;
    let mau = activity::active_members(db, from, to).await?;
    let headline = metrics::headline(&days, wau, mau);
    Ok((days, headline))
}

/// The figures for the viewer (see [`open`]); `None` when the community is smaller than the
/// minimum group size.
pub async fn figures(db: &Db) -> Result<Option<Cockpit>> {
    let accounts = crate::people::service::active_account_count(db).await?;
    let minimum = crate::settings::min_group_size(db).await?;
    if i64::try_from(accounts).unwrap_or(i64::MAX) < minimum {
        return Ok(None);
    }
    let today = day_of(now_ms());
    let (days, now) = window(db, today).await?;
    let (_, before) = window(db, today - WINDOW).await?;
    let ever = activity::ever_active(db).await?;
    Ok(Some(Cockpit {
        trends: Trends::between(&before, &now),
        activated_percent: i64::try_from(ever * 100 / accounts.max(1)).unwrap_or(0),
        accounts,
        now,
        before,
        days,
    }))
}

/// The figures as CSV: one row per day.
pub fn csv(cockpit: &Cockpit) -> String {
    let mut out = String::from("date,active_members,posts,comments,reactions\n");
    for day in &cockpit.days {
        out.push_str(&format!(
            "{},{},{},{},{}\n",
            date_of(day.day),
            day.active,
            day.posts,
            day.comments,
            day.reactions
        ));
    }
    out
}

/// The calendar date (UTC) of a day number.
pub fn date_of(day: i32) -> String {
    jiff::Timestamp::from_second(i64::from(day) * 86_400)
        .map(|t| t.strftime("%Y-%m-%d").to_string())
        .unwrap_or_default()
}
