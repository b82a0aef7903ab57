//! Active, idle and silent groups (the definitions, in `docs/metrics.md`): a group is
//! idle when fewer than 5 % of its members took part (reacted, replied, posted, answered) in the
//! last 30 days, and silent when nobody took part for 90 days. Always about today: the rollup
//! keeps each member's last day in each group, not their history.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use super::repo;
use crate::activity;
use crate::db::Db;
use crate::directory::access::Visibility;
use crate::error::Result;

/// The window of taking part that makes a group active.
pub const ENGAGED_DAYS: i32 = 30;
/// Below this share of engaged members (percent) a group is idle.
pub const IDLE_BELOW_PERCENT: i64 = 5;
/// Without anyone taking part this long a group is silent.
pub const SILENT_DAYS: i32 = 90;

/// What the community managers should know about a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Health {
    /// Nobody took part for [`SILENT_DAYS`]: revive or archive.
    Silent,
    /// Fewer than [`IDLE_BELOW_PERCENT`] of members took part in [`ENGAGED_DAYS`].
    Idle,
    /// Enough members take part.
    Active,
    /// Fewer members than the minimum group size: no figure is shown.
    TooSmall,
}

impl Health {
    /// The i18n key of the status.
    pub fn key(self) -> &'static str {
        match self {
            Self::Silent => "group-health-silent",
            Self::Idle => "group-health-idle",
            Self::Active => "group-health-active",
            Self::TooSmall => "group-health-too-small",
        }
    }
}

/// One group's health.
#[derive(Debug, Clone, Serialize)]
pub struct GroupHealth {
    /// The group.
    pub id: i64,
    /// Its name; `None` for a secret group the viewer is not in (its existence shows, its name
    /// does not).
    pub name: Option<String>,
    /// Whether it is an open group (its posts are public contributions).
    pub open: bool,
    /// Members.
    pub members: i64,
    /// Members who took part in the last [`ENGAGED_DAYS`] (withheld for small groups).
    pub engaged: Option<i64>,
    /// The status.
    pub health: Health,
    /// Days since anyone took part (`None`: never, or withheld).
    pub quiet_days: Option<i32>,
}

impl GroupHealth {
    /// Engaged members as whole percent of the members.
    pub fn engaged_percent(&self) -> Option<i64> {
        self.engaged
            .map(|n| super::metrics::percent_of(n, self.members))
    }
}

/// The health of one group from its figures (see the module's definitions).
pub fn assess(
    members: i64,
    engaged: i64,
    last_day: Option<i32>,
    age_days: i32,
    today: i32,
    minimum: i64,
) -> Health {
    let quiet_since = last_day.map_or(age_days, |day| today - day);
    if members < minimum {
        Health::TooSmall
    } else if quiet_since >= SILENT_DAYS {
        Health::Silent
    } else if engaged * 100 < IDLE_BELOW_PERCENT * members {
        Health::Idle
    } else {
        Health::Active
    }
}

/// Every group that is not archived with its health today, the ones that need attention first.
pub async fn health(db: &Db, viewer_id: i64, today: i32, minimum: i64) -> Result<Vec<GroupHealth>> {
    let calendar = activity::Calendar::of(db).await?;
    let engagement: HashMap<i64, (i64, i32)> =
        activity::group_engagement(db, today - (ENGAGED_DAYS - 1))
            .await?
            .into_iter()
            .map(|(group, engaged, last)| (group, (engaged, last)))
            .collect();
    let mine: HashSet<i64> = crate::groups::group_ids_of(db, viewer_id)
        .await?
        .into_iter()
        .collect();
    let mut groups: Vec<GroupHealth> = repo::groups_with_members(db)
        .await?
        .into_iter()
        .map(|(id, name, visibility, created_at, members)| {
            let (engaged, last_day) = engagement
                .get(&id)
                .map_or((0, None), |&(n, day)| (n, Some(day)));
            let age_days = today - calendar.day_of(created_at);
            let health = assess(members, engaged, last_day, age_days, today, minimum);
            let shown = health != Health::TooSmall;
            let visibility = Visibility::from_stored(&visibility);
            let secret = visibility == Visibility::Secret;
            GroupHealth {
                id,
                name: (!secret || mine.contains(&id)).then_some(name),
                open: visibility == Visibility::Open,
                members,
                engaged: shown.then_some(engaged),
                health,
                quiet_days: last_day.filter(|_| shown).map(|day| today - day),
            }
        })
        .collect();
    groups.sort_by_key(|g| (g.health as u8, g.engaged_percent().unwrap_or(0)));
    Ok(groups)
}
