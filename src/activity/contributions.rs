//! The top contributors' rollup: live posts and comments per day × group × author. The posts
//! capability owns what counts (a post or comment neither deleted nor hidden, on a post that is
//! neither) and hands this module what changed: before and after a delete, hide, show or move it
//! passes the post's contributions, and only the difference is written. Which groups count (open
//! ones) and which accounts are listed (active ones) are decided when the list is read, so a
//! group that becomes closed or a deactivated account drops out at once without a rewrite.

use std::collections::BTreeMap;

use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

use super::entity::contribution;
use super::period::{Calendar, Period};
use super::repo::add_excluded;
use crate::directory::access::Visibility;
use crate::directory::{group, user};

/// One post or comment as the rollup counts it: when, in which group, by whom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Contribution {
    /// When it was written, epoch ms.
    pub at: i64,
    /// The group of its post.
    pub group_id: i64,
    /// Its author.
    pub author_id: i64,
}

/// Rows per INSERT of a rebuild (four values each: well under both backends' limits).
const ROWS_PER_INSERT: usize = 500;

/// Replaces `before` by `after` in the rollup: counts that differ are corrected, one upsert per
/// changed (day, group, author). Callers pass their transaction.
pub async fn replace(
    db: &impl ConnectionTrait,
    before: &[Contribution],
    after: &[Contribution],
) -> crate::error::Result<()> {
    if before == after {
        return Ok(());
    }
    let calendar = Calendar::of(db).await?;
    let mut delta: BTreeMap<(i32, i64, i64), i64> = BTreeMap::new();
    for (items, sign) in [(before, -1), (after, 1)] {
        for item in items {
            *delta.entry(key_of(&calendar, item)).or_default() += sign;
        }
    }
    for ((day, group_id, author_id), count) in delta {
        if count != 0 {
            upsert(db, vec![row(day, group_id, author_id, count)]).await?;
        }
    }
    Ok(())
}

/// Adds `items` to the rollup in bulk (a rebuild: `clear`, then `add` page by page).
pub async fn add(db: &impl ConnectionTrait, items: &[Contribution]) -> crate::error::Result<()> {
    let calendar = Calendar::of(db).await?;
    let mut counts: BTreeMap<(i32, i64, i64), i64> = BTreeMap::new();
    for item in items {
        *counts.entry(key_of(&calendar, item)).or_default() += 1;
    }
    let rows: Vec<_> = counts
        .into_iter()
        .map(|((day, group_id, author_id), count)| row(day, group_id, author_id, count))
        .collect();
    for chunk in rows.chunks(ROWS_PER_INSERT) {
        upsert(db, chunk.to_vec()).await?;
    }
    Ok(())
}

/// Empties the rollup at the start of a rebuild, holding it until the rebuild's transaction
/// ends: a second rebuild, or a correction made meanwhile, waits and then applies to the
/// rebuilt rows.
pub async fn clear(db: &impl ConnectionTrait) -> Result<(), DbErr> {
    crate::db::dialect::lock_for_rebuild(db, "activity_contributions").await?;
    contribution::Entity::delete_many()
        .exec(db)
        .await
        .map(|_| ())
}

/// Deletes the days before `day` (past the retention period: the rollup names people).
pub async fn purge_before(db: &impl ConnectionTrait, day: i32) -> Result<u64, DbErr> {
    Ok(contribution::Entity::delete_many()
        .filter(contribution::Column::Day.lt(day))
        .exec(db)
        .await?
        .rows_affected)
}

/// The `limit` active accounts with the most contributions in open groups over `period` (or in
/// `group` only), as (id, name, contributions), most first, ties to the older account.
pub async fn top(
    db: &impl ConnectionTrait,
    period: Period,
    group: Option<i64>,
    limit: u64,
) -> Result<Vec<(i64, String, i64)>, DbErr> {
    let total = crate::db::dialect::sum(Expr::col((
        contribution::Entity,
        contribution::Column::Count,
    )));
    let query = Query::select()
        .column((user::Entity, user::Column::Id))
        .column((user::Entity, user::Column::DisplayName))
        .expr_as(total.clone(), "contributions")
        .from(contribution::Entity)
        .inner_join(
            group::Entity,
            Expr::col((group::Entity, group::Column::Id))
                .equals((contribution::Entity, contribution::Column::GroupId)),
        )
        .inner_join(
            user::Entity,
            Expr::col((user::Entity, user::Column::Id))
                .equals((contribution::Entity, contribution::Column::AuthorId)),
        )
        .and_where(
            Expr::col((contribution::Entity, contribution::Column::Day))
                .between(period.from, period.to),
        )
        .and_where_option(group.map(|group| {
            Expr::col((contribution::Entity, contribution::Column::GroupId)).eq(group)
        }))
        .and_where(
            Expr::col((group::Entity, group::Column::Visibility)).eq(Visibility::Open.as_str()),
        )
        .and_where(Expr::col((user::Entity, user::Column::Active)).eq(true))
        .group_by_columns([
            (user::Entity, user::Column::Id),
            (user::Entity, user::Column::DisplayName),
            (user::Entity, user::Column::CreatedAt),
        ])
        .and_having(total.clone().gt(0))
        .order_by_expr(total, sea_orm::Order::Desc)
        .order_by((user::Entity, user::Column::CreatedAt), sea_orm::Order::Asc)
        .order_by((user::Entity, user::Column::Id), sea_orm::Order::Asc)
        .limit(limit)
        .to_owned();
    let mut ranked = Vec::new();
    for found in db.query_all(&query).await? {
        ranked.push((
            found.try_get_by_index(0)?,
            found.try_get_by_index(1)?,
            found.try_get_by_index(2)?,
        ));
    }
    Ok(ranked)
}

/// The rollup as stored, for tests that compare it with the content tables: (day, group,
/// author, count), counts that are not zero.
#[cfg(test)]
pub async fn all(db: &impl ConnectionTrait) -> Result<Vec<(i32, i64, i64, i64)>, DbErr> {
    use sea_orm::{QueryOrder, QuerySelect};
    contribution::Entity::find()
        .select_only()
        .columns([
            contribution::Column::Day,
            contribution::Column::GroupId,
            contribution::Column::AuthorId,
            contribution::Column::Count,
        ])
        .filter(contribution::Column::Count.ne(0))
        .order_by_asc(contribution::Column::Day)
        .order_by_asc(contribution::Column::GroupId)
        .order_by_asc(contribution::Column::AuthorId)
        .into_tuple()
        .all(db)
        .await
}

fn key_of(calendar: &Calendar, item: &Contribution) -> (i32, i64, i64) {
    (calendar.day_of(item.at), item.group_id, item.author_id)
}

fn row(day: i32, group_id: i64, author_id: i64, count: i64) -> contribution::ActiveModel {
    contribution::ActiveModel {
        day: Set(day),
        group_id: Set(group_id),
        author_id: Set(author_id),
        count: Set(count),
    }
}

/// Inserts `rows`, adding each count to the one already there.
async fn upsert(
    db: &impl ConnectionTrait,
    rows: Vec<contribution::ActiveModel>,
) -> Result<(), DbErr> {
    contribution::Entity::insert_many(rows)
        .on_conflict(add_excluded(
            [
                contribution::Column::Day,
                contribution::Column::GroupId,
                contribution::Column::AuthorId,
            ],
            contribution::Column::Count,
        ))
        .exec_without_returning(db)
        .await
        .map(|_| ())
}
