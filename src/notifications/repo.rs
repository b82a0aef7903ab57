//! The only code that writes notifications: who among some members may read a group, who muted
//! a kind, and storing one notice for many receivers.

use sea_orm::sea_query::{Expr, Query};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter,
    QuerySelect,
};

use super::entity::{notification, preference};
use super::kind::NotificationKind;
use crate::db::now_ms;
use crate::directory::access::{self, Visibility};
use crate::directory::group;
use crate::directory::user;

/// Of `candidates`, the active members who may read `group_id` (all of them when it is open).
pub async fn readers_among(
    db: &impl ConnectionTrait,
    group_id: i64,
    candidates: &[i64],
) -> Result<Vec<i64>, DbErr> {
    let group_is_open = Query::select()
        .expr(Expr::val(1))
        .from(group::Entity)
        .and_where(group::Column::Id.eq(group_id))
        .and_where(group::Column::Visibility.eq(Visibility::Open.as_str()))
        .to_owned();
    user::Entity::find()
        .select_only()
        .column(user::Column::Id)
        .filter(user::Column::Id.is_in(candidates.iter().copied()))
        .filter(user::Column::Active.eq(true))
        .filter(
            Condition::any()
                .add(Expr::exists(group_is_open))
                .add(user::Column::Id.in_subquery(access::members_of(group_id))),
        )
        .into_tuple()
        .all(db)
        .await
}

/// Of `candidates`, those who switched `kind` off in-app.
pub async fn muted_among(
    db: &impl ConnectionTrait,
    kind: NotificationKind,
    candidates: &[i64],
) -> Result<Vec<i64>, DbErr> {
    preference::Entity::find()
        .select_only()
        .column(preference::Column::UserId)
        .filter(preference::Column::Kind.eq(kind.as_str()))
        .filter(preference::Column::InApp.eq(false))
        .filter(preference::Column::UserId.is_in(candidates.iter().copied()))
        .into_tuple()
        .all(db)
        .await
}

/// What one notification refers to.
#[derive(Debug, Clone)]
pub struct NewNotification {
    /// Its kind.
    pub kind: NotificationKind,
    /// Who did it (none when no one should be named, as for moderation notices).
    pub actor_id: Option<i64>,
    /// The group it happened in.
    pub group_id: Option<i64>,
    /// The post it is about.
    pub post_id: Option<i64>,
    /// A code refining the kind (an idea's new status); never user-written text.
    pub detail: Option<String>,
}

/// Stores the same notification for every receiver.
pub async fn insert_for(
    db: &impl ConnectionTrait,
    new: &NewNotification,
    receivers: &[i64],
) -> Result<(), DbErr> {
    if receivers.is_empty() {
        return Ok(());
    }
    let now = now_ms();
    // Chunks keep each statement under SQLite's limit on bound parameters.
    for chunk in receivers.chunks(1000) {
        let rows = chunk.iter().map(|&user_id| notification::ActiveModel {
            user_id: Set(user_id),
            kind: Set(new.kind.as_str().into()),
            actor_id: Set(new.actor_id),
            group_id: Set(new.group_id),
            post_id: Set(new.post_id),
            detail: Set(new.detail.clone()),
            created_at: Set(now),
            ..Default::default()
        });
        notification::Entity::insert_many(rows)
            .exec_without_returning(db)
            .await?;
    }
    Ok(())
}

/// Of `candidates`, those who have an unopened notification of `kind` about `post_id`.
pub async fn unread_about(
    db: &impl ConnectionTrait,
    kind: NotificationKind,
    post_id: i64,
    candidates: &[i64],
) -> Result<Vec<i64>, DbErr> {
    notification::Entity::find()
        .select_only()
        .column(notification::Column::UserId)
        .filter(notification::Column::Kind.eq(kind.as_str()))
        .filter(notification::Column::PostId.eq(post_id))
        .filter(notification::Column::ReadAt.is_null())
        .filter(notification::Column::UserId.is_in(candidates.iter().copied()))
        .into_tuple()
        .all(db)
        .await
}
