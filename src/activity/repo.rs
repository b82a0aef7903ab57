//! The only code that touches the activity tables.

use sea_orm::sea_query::{Alias, Expr, ExprTrait, OnConflict};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QuerySelect,
};

use super::entity::{daily, daily_member, event};

/// The UTC day number of a moment.
pub fn day_of(ms: i64) -> i32 {
    i32::try_from(ms.div_euclid(86_400_000)).unwrap_or(i32::MAX)
}

/// What one activity is about.
#[derive(Debug, Clone)]
pub struct NewEvent {
    /// When.
    pub occurred_at: i64,
    /// Who.
    pub user_id: i64,
    /// Stored kind.
    pub kind: &'static str,
    /// Where.
    pub group_id: Option<i64>,
    /// Which post.
    pub post_id: Option<i64>,
}

/// Appends the event and adds it to the day's count.
pub async fn append(db: &impl ConnectionTrait, new: &NewEvent) -> Result<(), DbErr> {
    let day = day_of(new.occurred_at);
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
        count: Set(1),
    })
    .on_conflict(
        OnConflict::columns([
            daily::Column::Day,
            daily::Column::GroupId,
            daily::Column::Kind,
        ])
        .value(
            daily::Column::Count,
            ExprTrait::add(Expr::col((daily::Entity, daily::Column::Count)), 1),
        )
        .to_owned(),
    )
    .exec_without_returning(db)
    .await
    .map(|_| ())
}

/// Records that `user_id` did `kind` (in `group_id`, about `post_id`) now: the member counts as
/// active today and the day's count grows. Callers pass their transaction.
pub async fn record(
    db: &impl ConnectionTrait,
    kind: super::ActivityKind,
    user_id: i64,
    group_id: Option<i64>,
    post_id: Option<i64>,
) -> Result<(), DbErr> {
    let new = NewEvent {
        occurred_at: crate::db::now_ms(),
        user_id,
        kind: kind.as_str(),
        group_id,
        post_id,
    };
    mark_active(db, day_of(new.occurred_at), user_id).await?;
    append(db, &new).await
}

/// Marks a member active on a day; true when they were not yet.
pub async fn mark_active(db: &impl ConnectionTrait, day: i32, user_id: i64) -> Result<bool, DbErr> {
    let inserted = daily_member::Entity::insert(daily_member::ActiveModel {
        day: Set(day),
        user_id: Set(user_id),
    })
    .on_conflict(
        OnConflict::columns([daily_member::Column::Day, daily_member::Column::UserId])
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(inserted > 0)
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
pub async fn day_count(db: &impl ConnectionTrait, day: i32, kind: &str) -> Result<i64, DbErr> {
    let total: Option<Option<i64>> = daily::Entity::find()
        .select_only()
        // PostgreSQL sums BIGINT into NUMERIC; both backends read it back as BIGINT.
        .column_as(
            Expr::col(daily::Column::Count)
                .sum()
                .cast_as(Alias::new("bigint")),
            "n",
        )
        .filter(daily::Column::Day.eq(day))
        .filter(daily::Column::Kind.eq(kind))
        .into_tuple()
        .one(db)
        .await?;
    Ok(total.flatten().unwrap_or(0))
}

/// How many distinct members were active from day `from` to day `to`, inclusive.
pub async fn active_members(db: &impl ConnectionTrait, from: i32, to: i32) -> Result<u64, DbErr> {
    daily_member::Entity::find()
        .select_only()
        .column(daily_member::Column::UserId)
        .filter(daily_member::Column::Day.between(from, to))
        .distinct()
        .count(db)
        .await
}

/// How many raw events exist (for tests and the retention report).
pub async fn event_count(db: &impl ConnectionTrait) -> Result<u64, DbErr> {
    event::Entity::find().count(db).await
}

/// Distinct active members per day from `from` to `to`, inclusive, as (day, members).
pub async fn active_per_day(
    db: &impl ConnectionTrait,
    from: i32,
    to: i32,
) -> Result<Vec<(i32, i64)>, DbErr> {
    daily_member::Entity::find()
        .select_only()
        .column(daily_member::Column::Day)
        .column_as(daily_member::Column::UserId.count(), "n")
        .filter(daily_member::Column::Day.between(from, to))
        .group_by(daily_member::Column::Day)
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
    daily::Entity::find()
        .select_only()
        .columns([daily::Column::Day, daily::Column::Kind])
        .column_as(
            Expr::col(daily::Column::Count)
                .sum()
                .cast_as(Alias::new("bigint")),
            "n",
        )
        .filter(daily::Column::Day.between(from, to))
        .group_by(daily::Column::Day)
        .group_by(daily::Column::Kind)
        .into_tuple()
        .all(db)
        .await
}

/// How many members were ever active (within the record).
pub async fn ever_active(db: &impl ConnectionTrait) -> Result<u64, DbErr> {
    daily_member::Entity::find()
        .select_only()
        .column(daily_member::Column::UserId)
        .distinct()
        .count(db)
        .await
}
