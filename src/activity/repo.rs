//! The only code that touches the activity tables.

use sea_orm::sea_query::{Alias, CaseStatement, Expr, ExprTrait, OnConflict, Query};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect,
};

use super::entity::{daily, daily_member, event, first_day, group_member, total};
use super::kind::{Level, Segment};
use crate::directory::user;

/// What one activity is about.
#[derive(Debug, Clone)]
pub struct NewEvent {
    /// When.
    pub occurred_at: i64,
    /// The organisation's day it happened on (`Calendar::day_of(occurred_at)`).
    pub day: i32,
    /// Who.
    pub user_id: i64,
    /// Stored kind.
    pub kind: &'static str,
    /// Where.
    pub group_id: Option<i64>,
    /// Which post.
    pub post_id: Option<i64>,
    /// Who, as a segment (stored form of `kind::Segment`).
    pub segment: &'static str,
}

/// Appends the event and adds it to the day's counts (per group, and community-wide).
pub async fn append(db: &impl ConnectionTrait, new: &NewEvent) -> Result<(), DbErr> {
    let day = new.day;
    event::Entity::insert(event::ActiveModel {
        occurred_at: Set(new.occurred_at),
        day: Set(day),
        user_id: Set(new.user_id),
        kind: Set(new.kind.into()),
        group_id: Set(new.group_id),
        post_id: Set(new.post_id),
        ..Default::default()
    })
    .exec_without_returning(db)
    .await?;
    daily::Entity::insert(daily::ActiveModel {
        day: Set(day),
        group_id: Set(new.group_id.unwrap_or(0)),
        kind: Set(new.kind.into()),
        segment: Set(new.segment.into()),
        count: Set(1),
    })
    .on_conflict(add_excluded(
        [
            daily::Column::Day,
            daily::Column::GroupId,
            daily::Column::Kind,
            daily::Column::Segment,
        ],
        daily::Column::Count,
    ))
    .exec_without_returning(db)
    .await?;
    total::Entity::insert(total::ActiveModel {
        day: Set(day),
        kind: Set(new.kind.into()),
        segment: Set(new.segment.into()),
        count: Set(1),
    })
    .on_conflict(add_excluded(
        [
            total::Column::Day,
            total::Column::Kind,
            total::Column::Segment,
        ],
        total::Column::Count,
    ))
    .exec_without_returning(db)
    .await
    .map(|_| ())
}

/// On a clash with an existing count (same key), add the new row's count to it: an atomic
/// upsert on both databases (`excluded` is the row that was to be inserted).
pub(super) fn add_excluded<C: sea_orm::ColumnTrait + Copy + 'static>(
    key: impl IntoIterator<Item = C>,
    count: C,
) -> OnConflict {
    OnConflict::columns(key)
        .value(
            count,
            ExprTrait::add(
                Expr::col((count.entity_name(), count)),
                Expr::col((sea_orm::sea_query::Alias::new("excluded"), count)),
            ),
        )
        .to_owned()
}

/// The member's segment now (an unknown id counts as a member).
pub async fn segment_of(db: &impl ConnectionTrait, user_id: i64) -> Result<Segment, DbErr> {
    let found: Option<(String, bool)> = user::Entity::find_by_id(user_id)
        .select_only()
        .columns([user::Column::Role, user::Column::IsRoleModel])
        .into_tuple()
        .one(db)
        .await?;
    Ok(found.map_or(Segment::Member, |(role, role_model)| {
        Segment::of(&role, role_model)
    }))
}

/// Marks a member active on a day at `level` (raising the day's level, never lowering it); true
/// when they were not active yet that day. The raise is a guarded UPDATE rather than an upsert
/// with MAX()/GREATEST() because the two backends spell that function differently.
pub async fn mark_active(
    db: &impl ConnectionTrait,
    day: i32,
    user_id: i64,
    level: Level,
) -> Result<bool, DbErr> {
    let inserted = daily_member::Entity::insert(daily_member::ActiveModel {
        day: Set(day),
        user_id: Set(user_id),
        level: Set(level.as_i16()),
    })
    .on_conflict(
        OnConflict::columns([daily_member::Column::Day, daily_member::Column::UserId])
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    if inserted > 0 {
        first_day::Entity::insert(first_day::ActiveModel {
            user_id: Set(user_id),
            first_day: Set(day),
            last_day: Set(None),
            last_contributed: Set(None),
            last_created: Set(None),
        })
        .on_conflict(
            OnConflict::column(first_day::Column::UserId)
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
        raise_last(db, user_id, first_day::Column::LastDay, day).await?;
    }
    let raised = if inserted == 0 && level > Level::Lurker {
        daily_member::Entity::update_many()
            .col_expr(daily_member::Column::Level, Expr::value(level.as_i16()))
            .filter(daily_member::Column::Day.eq(day))
            .filter(daily_member::Column::UserId.eq(user_id))
            .filter(daily_member::Column::Level.lt(level.as_i16()))
            .exec(db)
            .await?
            .rows_affected
            > 0
    } else {
        false
    };
    if inserted > 0 || raised {
        if level >= Level::Contributor {
            raise_last(db, user_id, first_day::Column::LastContributed, day).await?;
        }
        if level >= Level::Creator {
            raise_last(db, user_id, first_day::Column::LastCreated, day).await?;
        }
    }
    Ok(inserted > 0)
}

/// Sets one of a member's "last day" columns to `day` unless it is already that late.
async fn raise_last(
    db: &impl ConnectionTrait,
    user_id: i64,
    column: first_day::Column,
    day: i32,
) -> Result<(), DbErr> {
    first_day::Entity::update_many()
        .col_expr(column, Expr::value(day))
        .filter(first_day::Column::UserId.eq(user_id))
        .filter(
            sea_orm::Condition::any()
                .add(column.is_null())
                .add(column.lt(day)),
        )
        .exec(db)
        .await
        .map(|_| ())
}

/// Remembers `day` as the member's last day of taking part in the group.
pub async fn mark_engaged(
    db: &impl ConnectionTrait,
    group_id: i64,
    user_id: i64,
    day: i32,
) -> Result<(), DbErr> {
    group_member::Entity::insert(group_member::ActiveModel {
        group_id: Set(group_id),
        user_id: Set(user_id),
        last_day: Set(day),
    })
    .on_conflict(
        OnConflict::columns([group_member::Column::GroupId, group_member::Column::UserId])
            .update_column(group_member::Column::LastDay)
            .to_owned(),
    )
    .exec_without_returning(db)
    .await
    .map(|_| ())
}

/// Per group: members who took part on or after `since`, and the group's last day of anyone
/// taking part.
pub async fn group_engagement(
    db: &impl ConnectionTrait,
    since: i32,
) -> Result<Vec<(i64, i64, i32)>, DbErr> {
    use crate::directory::member;
    // Only the group's members now, with a current account: a passer-by's reaction in an open
    // group, or someone who has left, makes the group lively but is not one of its members
    // taking part.
    let is_member = Query::select()
        .expr(Expr::val(1))
        .from(member::Entity)
        .and_where(
            Expr::col((member::Entity, member::Column::GroupId))
                .equals((group_member::Entity, group_member::Column::GroupId)),
        )
        .and_where(
            Expr::col((member::Entity, member::Column::UserId))
                .equals((group_member::Entity, group_member::Column::UserId)),
        )
        .to_owned();
    let engaged = crate::db::dialect::sum(
        CaseStatement::new()
            .case(
                sea_orm::Condition::all()
                    .add(group_member::Column::LastDay.gte(since))
                    .add(Expr::exists(is_member))
                    .add(has_current_account((
                        group_member::Entity,
                        group_member::Column::UserId,
                    ))),
                1,
            )
            .finally(0),
    );
    group_member::Entity::find()
        .select_only()
        .column(group_member::Column::GroupId)
        .expr_as(engaged, "engaged")
        .expr_as(group_member::Column::LastDay.max(), "last_day")
        .group_by(group_member::Column::GroupId)
        .into_tuple()
        .all(db)
        .await
}

/// Deletes raw events from before `cutoff` (the rollups stay); returns how many.
pub async fn purge_before(db: &impl ConnectionTrait, cutoff: i64) -> Result<u64, DbErr> {
    Ok(event::Entity::delete_many()
        .filter(event::Column::OccurredAt.lt(cutoff))
        .exec(db)
        .await?
        .rows_affected)
}

/// The day's count of `kind` over all groups.
#[cfg(test)]
pub async fn day_count(db: &impl ConnectionTrait, day: i32, kind: &str) -> Result<i64, DbErr> {
    let total: Option<Option<i64>> = total::Entity::find()
        .select_only()
        .column_as(
            crate::db::dialect::sum(Expr::col(total::Column::Count)),
            "n",
        )
        .filter(total::Column::Day.eq(day))
        .filter(total::Column::Kind.eq(kind))
        .into_tuple()
        .one(db)
        .await?;
    Ok(total.flatten().unwrap_or(0))
}

/// How many distinct members were active from day `from` to day `to`, inclusive.
pub async fn active_members(db: &impl ConnectionTrait, from: i32, to: i32) -> Result<u64, DbErr> {
    if ends_today(db, to).await? {
        since_by_last_day(db, first_day::Column::LastDay, from).await
    } else {
        active_scanned(db, from, to, Level::Lurker).await
    }
}

/// Whether the member in `user_id` has a current account (not deactivated). Every count of
/// members that is read as a share of the accounts (activated, MAU, interactive members,
/// participation, departments) counts only these, so a deactivated colleague leaves numerator
/// and denominator together. A correlated primary-key lookup: an `IN (SELECT id FROM users …)`
/// was planned as a scan per row by SQLite and took seconds on a year of member-days.
fn has_current_account(
    user_id: impl sea_orm::sea_query::IntoColumnRef,
) -> sea_orm::sea_query::SimpleExpr {
    Expr::exists(
        Query::select()
            .expr(Expr::val(1))
            .from(user::Entity)
            .and_where(Expr::col((user::Entity, user::Column::Id)).equals(user_id))
            .and_where(Expr::col((user::Entity, user::Column::Active)).eq(true))
            .to_owned(),
    )
}

/// Current accounts whose last day in `column` is `from` or later (windows ending today).
pub(crate) async fn since_by_last_day(
    db: &impl ConnectionTrait,
    column: first_day::Column,
    from: i32,
) -> Result<u64, DbErr> {
    first_day::Entity::find()
        .filter(column.gte(from))
        .filter(has_current_account((
            first_day::Entity,
            first_day::Column::UserId,
        )))
        .count(db)
        .await
}

/// Distinct members active at `level` or higher from `from` to `to`, from the member-days.
pub(crate) async fn active_scanned(
    db: &impl ConnectionTrait,
    from: i32,
    to: i32,
    level: Level,
) -> Result<u64, DbErr> {
    daily_member::Entity::find()
        .select_only()
        .column(daily_member::Column::UserId)
        .filter(daily_member::Column::Day.between(from, to))
        .filter(daily_member::Column::Level.gte(level.as_i16()))
        .filter(has_current_account((
            daily_member::Entity,
            daily_member::Column::UserId,
        )))
        .distinct()
        .count(db)
        .await
}

/// How many raw events exist (the demo's summary, tests).
pub async fn event_count(db: &impl ConnectionTrait) -> Result<u64, DbErr> {
    event::Entity::find().count(db).await
}

/// Distinct active members per day from `from` to `to`, inclusive, as (day, members): the
/// day's visits, which are recorded once per active member and day.
pub async fn active_per_day(
    db: &impl ConnectionTrait,
    from: i32,
    to: i32,
) -> Result<Vec<(i32, i64)>, DbErr> {
    total::Entity::find()
        .select_only()
        .column(total::Column::Day)
        .column_as(
            crate::db::dialect::sum(Expr::col(total::Column::Count)),
            "n",
        )
        .filter(total::Column::Day.between(from, to))
        .filter(total::Column::Kind.eq(super::ActivityKind::Visit.as_str()))
        .group_by(total::Column::Day)
        .into_tuple()
        .all(db)
        .await
}

/// Counts per day and kind from `from` to `to`, inclusive, over all groups, as
/// (day, kind, count).
pub async fn counts_per_day(
    db: &impl ConnectionTrait,
    from: i32,
    to: i32,
) -> Result<Vec<(i32, String, i64)>, DbErr> {
    total::Entity::find()
        .select_only()
        .columns([total::Column::Day, total::Column::Kind])
        .column_as(
            crate::db::dialect::sum(Expr::col(total::Column::Count)),
            "n",
        )
        .filter(total::Column::Day.between(from, to))
        .group_by(total::Column::Day)
        .group_by(total::Column::Kind)
        .into_tuple()
        .all(db)
        .await
}

/// Counts per (day, kind) in one group from day `from` to `to` (all segments together).
pub async fn group_counts_per_day(
    db: &impl ConnectionTrait,
    group: i64,
    from: i32,
    to: i32,
) -> Result<Vec<(i32, String, i64)>, DbErr> {
    groups_counts_per_day(db, &[group], from, to).await
}

/// Counts per day and kind from `from` to `to`, inclusive, of `groups` together, as
/// (day, kind, count).
pub async fn groups_counts_per_day(
    db: &impl ConnectionTrait,
    groups: &[i64],
    from: i32,
    to: i32,
) -> Result<Vec<(i32, String, i64)>, DbErr> {
    if groups.is_empty() {
        return Ok(Vec::new());
    }
    daily::Entity::find()
        .select_only()
        .columns([daily::Column::Day, daily::Column::Kind])
        .column_as(
            crate::db::dialect::sum(Expr::col(daily::Column::Count)),
            "n",
        )
        .filter(daily::Column::GroupId.is_in(groups.iter().copied()))
        .filter(daily::Column::Day.between(from, to))
        .group_by(daily::Column::Day)
        .group_by(daily::Column::Kind)
        .into_tuple()
        .all(db)
        .await
}

/// How many members were ever active (within the record).
pub async fn ever_active(db: &impl ConnectionTrait) -> Result<u64, DbErr> {
    first_day::Entity::find()
        .filter(has_current_account((
            first_day::Entity,
            first_day::Column::UserId,
        )))
        .count(db)
        .await
}

/// Members active from day `from` to `to` by their department now and the highest level each
/// reached in that time, as (department, level, members): one scan of the daily-members rollup
/// serves both the community's participation and the departments' adoption.
pub async fn levels_by_department(
    db: &impl ConnectionTrait,
    from: i32,
    to: i32,
) -> Result<Vec<(String, i32, i64)>, DbErr> {
    let per_member = if ends_today(db, to).await? {
        levels_now(from)
    } else {
        levels_scanned(from, to)
    };
    split_by_department(db, per_member).await
}

/// (department, level, members) from a (user_id, lvl) query.
pub(crate) async fn split_by_department(
    db: &impl ConnectionTrait,
    per_member: sea_orm::sea_query::SelectStatement,
) -> Result<Vec<(String, i32, i64)>, DbErr> {
    let m = Alias::new("m");
    let split = Query::select()
        .column((user::Entity, user::Column::Department))
        .column((m.clone(), Alias::new("lvl")))
        .expr(Expr::col((m.clone(), Alias::new("lvl"))).count())
        .from_subquery(per_member, m.clone())
        .inner_join(
            user::Entity,
            Expr::col((user::Entity, user::Column::Id)).equals((m.clone(), Alias::new("user_id"))),
        )
        .and_where(Expr::col((user::Entity, user::Column::Active)).eq(true))
        .group_by_col((user::Entity, user::Column::Department))
        .group_by_col((m, Alias::new("lvl")))
        .to_owned();
    let rows = db.query_all(&split).await?;
    rows.iter()
        .map(|row| {
            Ok((
                row.try_get_by_index(0)?,
                row.try_get_by_index(1)?,
                row.try_get_by_index(2)?,
            ))
        })
        .collect()
}

/// Whether no member was active after day `to`, as when a window ends today: then its
/// distinct-member figures are read from each member's last days (one row per member) instead
/// of every member-day. Asked of the data rather than the clock, so it holds whatever the time
/// zone. The tests check that both ways give the same answers.
async fn ends_today(db: &impl ConnectionTrait, to: i32) -> Result<bool, DbErr> {
    let later: Option<i32> = daily_member::Entity::find()
        .select_only()
        .column(daily_member::Column::Day)
        .filter(daily_member::Column::Day.gt(to))
        .into_tuple()
        .one(db)
        .await?;
    Ok(later.is_none())
}

/// (user_id, lvl) of members active from `from` to today, from their last days.
pub(crate) fn levels_now(from: i32) -> sea_orm::sea_query::SelectStatement {
    let level = CaseStatement::new()
        .case(first_day::Column::LastCreated.gte(from), 2)
        .case(first_day::Column::LastContributed.gte(from), 1)
        .finally(0);
    Query::select()
        .column(first_day::Column::UserId)
        .expr_as(Expr::expr(level), Alias::new("lvl"))
        .from(first_day::Entity)
        .and_where(first_day::Column::LastDay.gte(from))
        .to_owned()
}

/// (user_id, lvl) of members active from `from` to `to`, from the member-days.
pub(crate) fn levels_scanned(from: i32, to: i32) -> sea_orm::sea_query::SelectStatement {
    Query::select()
        .column(daily_member::Column::UserId)
        .expr_as(
            Expr::col(daily_member::Column::Level)
                .max()
                .cast_as(Alias::new("integer")),
            Alias::new("lvl"),
        )
        .from(daily_member::Entity)
        .and_where(Expr::col(daily_member::Column::Day).between(from, to))
        .group_by_col(daily_member::Column::UserId)
        .to_owned()
}

/// Distinct members who reacted, replied or posted from day `from` to `to`.
pub async fn interactive_members(
    db: &impl ConnectionTrait,
    from: i32,
    to: i32,
) -> Result<u64, DbErr> {
    if ends_today(db, to).await? {
        since_by_last_day(db, first_day::Column::LastContributed, from).await
    } else {
        active_scanned(db, from, to, Level::Contributor).await
    }
}

/// Counts from day `from` to `to` per segment, as (segment, count): of every kind except
/// visits when `kinds` is empty, else of those kinds.
pub async fn counts_per_segment(
    db: &impl ConnectionTrait,
    from: i32,
    to: i32,
    kinds: &[&str],
) -> Result<Vec<(String, i64)>, DbErr> {
    let mut query = total::Entity::find()
        .select_only()
        .column(total::Column::Segment)
        .column_as(
            crate::db::dialect::sum(Expr::col(total::Column::Count)),
            "n",
        )
        .filter(total::Column::Day.between(from, to))
        .group_by(total::Column::Segment);
    query = if kinds.is_empty() {
        query.filter(total::Column::Kind.ne(super::ActivityKind::Visit.as_str()))
    } else {
        query.filter(total::Column::Kind.is_in(kinds.iter().copied()))
    };
    query.into_tuple().all(db).await
}

/// One raw event for the export: (occurred at, id, day, member, kind, group).
pub type ExportedEvent = (i64, i64, i32, i64, String, Option<i64>);

/// Up to `limit` raw events from `from` (inclusive) to `to` (exclusive), epoch ms, in time
/// order after the `(occurred_at, id)` cursor: keyset pages over the time index, so an export
/// of millions of events never holds more than a page.
pub async fn events_page(
    db: &impl ConnectionTrait,
    from: i64,
    to: i64,
    after: Option<(i64, i64)>,
    limit: u64,
) -> Result<Vec<ExportedEvent>, DbErr> {
    let mut query = event::Entity::find()
        .select_only()
        .columns([
            event::Column::OccurredAt,
            event::Column::Id,
            event::Column::Day,
            event::Column::UserId,
            event::Column::Kind,
            event::Column::GroupId,
        ])
        .filter(event::Column::OccurredAt.gte(from))
        .filter(event::Column::OccurredAt.lt(to));
    if let Some((at, id)) = after {
        query = query.filter(
            sea_orm::Condition::any()
                .add(event::Column::OccurredAt.gt(at))
                .add(
                    sea_orm::Condition::all()
                        .add(event::Column::OccurredAt.eq(at))
                        .add(event::Column::Id.gt(id)),
                ),
        );
    }
    query
        .order_by_asc(event::Column::OccurredAt)
        .order_by_asc(event::Column::Id)
        .limit(limit)
        .into_tuple()
        .all(db)
        .await
}
