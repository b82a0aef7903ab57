//! Moderation figures for the community managers: flags per period and group, the median time
//! to a decision (over every flag, waiting ones counting as not yet handled), outcomes, and the
//! members acted against more than once (for the team only).

use std::collections::HashMap;

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};

use super::action::Action;
use super::entity::{action, flag};
use crate::activity::period::Period;
use crate::auth::Viewer;
use crate::db::Db;
use crate::error::{Error, Result};
use crate::insights::metrics::Responses;

/// Actions that count against a member for the repeat list.
const AGAINST: [Action; 5] = [
    Action::Hide,
    Action::Delete,
    Action::Warn,
    Action::Suspend,
    Action::AutoHide,
];

/// The figures of one period.
pub struct Figures {
    /// Flags made in the period.
    pub flags: i64,
    /// Of those, decided by now.
    pub handled: i64,
    /// Median hours to a decision; `None` when at least half still wait.
    pub median_hours: Option<f64>,
    /// Flags per group, most first; the name only where the viewer may read the group.
    pub by_group: Vec<(Option<String>, i64)>,
    /// Actions taken in the period, by kind.
    pub outcomes: Vec<(Action, i64)>,
    /// Members acted against at least twice in the period, most first.
    pub repeat: Vec<(i64, String, i64)>,
}

/// The moderation figures of `period`, for community managers.
pub async fn figures(db: &Db, viewer: &Viewer, period: Period) -> Result<Figures> {
    if !viewer.role.manages_community() {
        return Err(Error::Forbidden);
    }
    let (from, to) = period.millis(&crate::activity::Calendar::of(db).await?);
    let flags: Vec<(i64, i64, Option<i64>)> = flag::Entity::find()
        .select_only()
        .columns([
            flag::Column::GroupId,
            flag::Column::CreatedAt,
            flag::Column::HandledAt,
        ])
        .filter(flag::Column::CreatedAt.gte(from))
        .filter(flag::Column::CreatedAt.lt(to))
        .into_tuple()
        .all(db)
        .await?;
    let mut waits: Vec<i64> = flags
        .iter()
        .filter_map(|(_, created, handled)| handled.map(|h| h - created))
        .collect();
    waits.sort_unstable();
    let total = flags.len() as i64;
    let handled = waits.len() as i64;
    let median_hours = Responses::middle(total, handled).map(|(offset, count)| {
        let middle = &waits[offset as usize..(offset + count) as usize];
        let ms = middle.iter().sum::<i64>() / middle.len().max(1) as i64;
        (ms as f64 / 360_000.0).round() / 10.0
    });
    let mut per_group: HashMap<i64, i64> = HashMap::new();
    for (group, _, _) in &flags {
        *per_group.entry(*group).or_default() += 1;
    }
    let names =
        super::repo::readable_group_names(db, viewer.id, per_group.keys().copied().collect())
            .await?;
    let mut by_group: Vec<(Option<String>, i64)> = per_group
        .into_iter()
        .map(|(group, n)| (names.get(&group).cloned(), n))
        .collect();
    by_group.sort_by_key(|g| std::cmp::Reverse(g.1));
    by_group.truncate(10);
    let actions: Vec<(String, i64)> = action::Entity::find()
        .select_only()
        .columns([action::Column::Action, action::Column::SubjectId])
        .filter(action::Column::CreatedAt.gte(from))
        .filter(action::Column::CreatedAt.lt(to))
        .into_tuple()
        .all(db)
        .await?;
    let mut outcomes: HashMap<&'static str, (Action, i64)> = HashMap::new();
    let mut against: HashMap<i64, i64> = HashMap::new();
    for (stored, subject) in &actions {
        let Some(kind) = Action::parse(stored) else {
            continue;
        };
        outcomes.entry(kind.as_str()).or_insert((kind, 0)).1 += 1;
        if AGAINST.contains(&kind) {
            *against.entry(*subject).or_default() += 1;
        }
    }
    let mut outcomes: Vec<(Action, i64)> = outcomes.into_values().collect();
    outcomes.sort_by_key(|o| std::cmp::Reverse(o.1));
    let mut repeat = Vec::new();
    for (subject, n) in against.into_iter().filter(|(_, n)| *n >= 2) {
        if let Some(account) = crate::people::find_user(db, subject).await? {
            repeat.push((subject, account.display_name, n));
        }
    }
    repeat.sort_by_key(|r| std::cmp::Reverse(r.2));
    Ok(Figures {
        flags: total,
        handled,
        median_hours,
        by_group,
        outcomes,
        repeat,
    })
}
