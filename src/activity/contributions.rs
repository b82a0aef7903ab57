//! The top contributors' rollup: live posts and comments per day × group × author, and per day ×
//! author over the groups that are open now (group id [`COMMUNITY`]), so the community's list
//! sums a few rows per member-day instead of one per member-day-group. The posts capability owns
//! what counts (a post or comment neither deleted nor hidden, on a post that is neither) and
//! hands this module what changed: before and after a delete, hide, show or move it passes the
//! post's contributions, and only the difference is written. A group that becomes open or
//! closed adds its rows to the community's or takes them out ([`regroup`]); which accounts are
//! listed (active ones) is decided when the list is read.

use std::collections::BTreeMap;

use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect,
};

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

/// The group id of the rows over every group that is open now.
pub const COMMUNITY: i64 = 0;

type Key = (i32, i64, i64);

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
    let mut delta: BTreeMap<Key, i64> = BTreeMap::new();
    for (items, sign) in [(before, -1), (after, 1)] {
        for item in items {
            *delta.entry(key_of(&calendar, item)).or_default() += sign;
        }
    }
    for (key, count) in with_community(db, delta).await? {
        if count != 0 {
            upsert(db, vec![row(key, count)]).await?;
        }
    }
    Ok(())
}

/// `counts` with each open group's counts added to the community's rows too.
async fn with_community(
    db: &impl ConnectionTrait,
    counts: BTreeMap<Key, i64>,
) -> Result<BTreeMap<Key, i64>, DbErr> {
    let mut groups: Vec<i64> = counts.keys().map(|key| key.1).collect();
    groups.sort_unstable();
    groups.dedup();
    let open: Vec<i64> = group::Entity::find()
        .select_only()
        .column(group::Column::Id)
        .filter(group::Column::Id.is_in(groups))
        .filter(group::Column::Visibility.eq(Visibility::Open.as_str()))
        .into_tuple()
        .all(db)
        .await?;
    let mut all = counts.clone();
    for ((day, group_id, author_id), count) in counts {
        if open.contains(&group_id) {
            *all.entry((day, COMMUNITY, author_id)).or_default() += count;
        }
    }
    Ok(all)
}

/// Adds a group's rows to the community's (it became open) or takes them out (it is no longer
/// open). Callers pass the transaction that changes the visibility.
pub async fn regroup(db: &impl ConnectionTrait, group_id: i64, open: bool) -> Result<(), DbErr> {
    let backend = db.get_database_backend();
    let sign = if open { "" } else { "-" };
    let sql = crate::db::dialect::numbered_placeholders(
        backend,
        &format!(
            "INSERT INTO activity_contributions (day, group_id, author_id, count) \
             SELECT day, {COMMUNITY}, author_id, {sign}count FROM activity_contributions \
             WHERE group_id = ? ON CONFLICT (day, group_id, author_id) \
             DO UPDATE SET count = activity_contributions.count + excluded.count"
        ),
    );
    db.execute_raw(sea_orm::Statement::from_sql_and_values(
        backend,
        sql,
        [group_id.into()],
    ))
    .await
    .map(|_| ())
}

/// Adds `items` to the rollup in bulk (a rebuild: `clear`, then `add` page by page).
pub async fn add(db: &impl ConnectionTrait, items: &[Contribution]) -> crate::error::Result<()> {
    let calendar = Calendar::of(db).await?;
    let mut counts: BTreeMap<Key, i64> = BTreeMap::new();
    for item in items {
        *counts.entry(key_of(&calendar, item)).or_default() += 1;
    }
    let rows: Vec<_> = with_community(db, counts)
        .await?
        .into_iter()
        .map(|(key, count)| row(key, count))
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
/// `group` only, while it is open), as (id, name, contributions), most first, ties to the older
/// account. The rollup is summed per author first; only the sums meet the accounts.
pub async fn top(
    db: &impl ConnectionTrait,
    period: Period,
    group: Option<i64>,
    limit: u64,
) -> Result<Vec<(i64, String, i64)>, DbErr> {
    use sea_orm::sea_query::Alias;
    let sum = crate::db::dialect::sum(Expr::col(contribution::Column::Count));
    let open = Query::select()
        .expr(Expr::val(1))
        .from(group::Entity)
        .and_where(Expr::col((group::Entity, group::Column::Id)).eq(group.unwrap_or(COMMUNITY)))
        .and_where(
            Expr::col((group::Entity, group::Column::Visibility)).eq(Visibility::Open.as_str()),
        )
        .to_owned();
    let per_author = Query::select()
        .column(contribution::Column::AuthorId)
        .expr_as(sum.clone(), "n")
        .from(contribution::Entity)
        .and_where(contribution::Column::GroupId.eq(group.unwrap_or(COMMUNITY)))
        .and_where(contribution::Column::Day.between(period.from, period.to))
        .and_where_option(group.map(|_| Expr::exists(open)))
        .group_by_col(contribution::Column::AuthorId)
        .and_having(sum.gt(0))
        .to_owned();
    let totals = Alias::new("totals");
    let n = Expr::col((totals.clone(), Alias::new("n")));
    let query = Query::select()
        .column((user::Entity, user::Column::Id))
        .column((user::Entity, user::Column::DisplayName))
        .expr(n.clone())
        .from_subquery(per_author, totals.clone())
        .inner_join(
            user::Entity,
            Expr::col((user::Entity, user::Column::Id))
                .equals((totals, contribution::Column::AuthorId)),
        )
        .and_where(Expr::col((user::Entity, user::Column::Active)).eq(true))
        .order_by_expr(n, sea_orm::Order::Desc)
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

fn key_of(calendar: &Calendar, item: &Contribution) -> Key {
    (calendar.day_of(item.at), item.group_id, item.author_id)
}

fn row((day, group_id, author_id): Key, count: i64) -> contribution::ActiveModel {
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
