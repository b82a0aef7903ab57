//! The only code that touches the announcement tables.

use sea_orm::sea_query::{Expr, ExprTrait, OnConflict, Query};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect,
};

use super::entity::{announcement, read};
use crate::db::now_ms;
use crate::directory::user;
use crate::posts::post;

/// Stores the pin of a new announcement.
pub async fn insert(
    db: &impl ConnectionTrait,
    post_id: i64,
    pinned_until: Option<i64>,
) -> Result<(), DbErr> {
    announcement::Entity::insert(announcement::ActiveModel {
        post_id: Set(post_id),
        pinned_until: Set(pinned_until),
    })
    .exec_without_returning(db)
    .await
    .map(|_| ())
}

/// An announcement's pin.
pub async fn find(
    db: &impl ConnectionTrait,
    post_id: i64,
) -> Result<Option<announcement::Model>, DbErr> {
    announcement::Entity::find_by_id(post_id).one(db).await
}

/// Records that a member read an announcement (once).
pub async fn mark_read(
    db: &impl ConnectionTrait,
    post_id: i64,
    user_id: i64,
) -> Result<bool, DbErr> {
    let inserted = read::Entity::insert(read::ActiveModel {
        post_id: Set(post_id),
        user_id: Set(user_id),
        read_at: Set(now_ms()),
    })
    .on_conflict(
        OnConflict::columns([read::Column::PostId, read::Column::UserId])
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(inserted > 0)
}

/// Whether a member read an announcement.
pub async fn has_read(
    db: &impl ConnectionTrait,
    post_id: i64,
    user_id: i64,
) -> Result<bool, DbErr> {
    Ok(read::Entity::find_by_id((post_id, user_id))
        .one(db)
        .await?
        .is_some())
}

/// How many current members of `group_id` read the announcement.
pub async fn readers_in_group(
    db: &impl ConnectionTrait,
    post_id: i64,
    group_id: i64,
) -> Result<u64, DbErr> {
    read::Entity::find()
        .filter(read::Column::PostId.eq(post_id))
        .filter(read::Column::UserId.in_subquery(crate::directory::access::members_of(group_id)))
        .count(db)
        .await
}

/// The current members of `group_id` who have not read it yet, by name.
pub async fn not_read_by(
    db: &impl ConnectionTrait,
    post_id: i64,
    group_id: i64,
) -> Result<Vec<(i64, String)>, DbErr> {
    let readers = Query::select()
        .column(read::Column::UserId)
        .from(read::Entity)
        .and_where(read::Column::PostId.eq(post_id))
        .to_owned();
    user::Entity::find()
        .select_only()
        .columns([user::Column::Id, user::Column::DisplayName])
        .filter(user::Column::Id.in_subquery(crate::directory::access::members_of(group_id)))
        .filter(user::Column::Id.not_in_subquery(readers))
        .filter(user::Column::Active.eq(true))
        .order_by_asc(user::Column::NameKey)
        .limit(1000)
        .into_tuple()
        .all(db)
        .await
}

/// The announcements pinned at `now` in `groups`, newest first, at most `limit`; with
/// `unread_by`, only those that member has not marked read. Resolving the few ids here, before
/// any feed query, keeps a page without pins (or with pins elsewhere) from walking a group's
/// posts in search of one.
pub async fn pinned_in(
    db: &impl ConnectionTrait,
    now: i64,
    groups: Vec<i64>,
    unread_by: Option<i64>,
    limit: u64,
) -> Result<Vec<i64>, DbErr> {
    let mut query = announcement::Entity::find()
        .select_only()
        .column(announcement::Column::PostId)
        .join(
            sea_orm::JoinType::InnerJoin,
            crate::db::relation(announcement::Column::PostId, post::Column::Id),
        )
        .filter(announcement::Column::PinnedUntil.gt(now))
        // `group_id + 0`: not the group's index. Pinned announcements are few, a busy group's
        // posts many; through the index SQLite visited every post of the group (6 ms of a
        // 12 ms group page on the benchmark dataset) to find the handful that are pinned.
        .filter(
            Expr::col((post::Entity, post::Column::GroupId))
                .add(0)
                .is_in(groups),
        );
    if let Some(user_id) = unread_by {
        // Correlated, so each pinned candidate costs one primary-key probe instead of a scan
        // of every read of every announcement.
        let read = Query::select()
            .expr(Expr::val(1))
            .from(read::Entity)
            .and_where(
                Expr::col((read::Entity, read::Column::PostId))
                    .equals((announcement::Entity, announcement::Column::PostId)),
            )
            .and_where(Expr::col((read::Entity, read::Column::UserId)).eq(user_id))
            .to_owned();
        query = query.filter(Expr::exists(read).not());
    }
    query
        .order_by_desc(announcement::Column::PostId)
        .limit(limit)
        .into_tuple()
        .all(db)
        .await
}
