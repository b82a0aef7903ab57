//! The inbox's reads of the notification tables: the viewer's visible notifications (the one
//! query behind the list, the unread count and opening one), what is due by e-mail, and the
//! member's preferences.

use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query, SelectStatement};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, FromQueryResult,
    QueryFilter, QueryOrder, QuerySelect, StatementBuilder,
};

use crate::db::now_ms;
use crate::directory::access;
use crate::directory::group;
use crate::directory::user;
use crate::notifications::{notification, preference};
use crate::posts::post;

/// A notification as listed, with the names it shows.
#[derive(Debug, Clone, FromQueryResult)]
pub struct NotificationRow {
    /// Notification id.
    pub id: i64,
    /// Stored kind.
    pub kind: String,
    /// The actor's name, if the account still exists.
    pub actor_name: Option<String>,
    /// The group's name.
    pub group_name: Option<String>,
    /// Group id.
    pub group_id: Option<i64>,
    /// Post id.
    pub post_id: Option<i64>,
    /// Refining code.
    pub detail: Option<String>,
    /// When it happened.
    pub created_at: i64,
    /// When the receiver opened it.
    pub read_at: Option<i64>,
}

/// The viewer's notifications that are still visible to them: the group is readable now and
/// the post is not deleted. Both the list and the unread count go through this one query.
fn visible_to(viewer_id: i64) -> SelectStatement {
    let n = notification::Entity;
    Query::select()
        .from(n)
        .left_join(
            group::Entity,
            Expr::col((group::Entity, group::Column::Id))
                .equals((notification::Entity, notification::Column::GroupId)),
        )
        .left_join(
            post::Entity,
            Expr::col((post::Entity, post::Column::Id))
                .equals((notification::Entity, notification::Column::PostId)),
        )
        .and_where(notification::Column::UserId.eq(viewer_id))
        .cond_where(
            Condition::any()
                .add(notification::Column::GroupId.is_null())
                .add(access::readable_groups(viewer_id)),
        )
        .cond_where(
            Condition::any()
                .add(notification::Column::PostId.is_null())
                .add(
                    Condition::all()
                        .add(post::Column::Id.is_not_null())
                        .add(crate::posts::shown_to_all()),
                ),
        )
        .to_owned()
}

/// A page of the viewer's visible notifications, newest first, before id `before`.
pub async fn list(
    db: &impl ConnectionTrait,
    viewer_id: i64,
    before: Option<i64>,
    limit: u64,
) -> Result<Vec<NotificationRow>, DbErr> {
    let actor = Alias::new("actor");
    let mut query = visible_to(viewer_id);
    query
        .columns([
            (notification::Entity, notification::Column::Id),
            (notification::Entity, notification::Column::Kind),
            (notification::Entity, notification::Column::GroupId),
            (notification::Entity, notification::Column::PostId),
            (notification::Entity, notification::Column::Detail),
            (notification::Entity, notification::Column::CreatedAt),
            (notification::Entity, notification::Column::ReadAt),
        ])
        .expr_as(
            Expr::col((actor.clone(), user::Column::DisplayName)),
            Alias::new("actor_name"),
        )
        .expr_as(
            Expr::col((group::Entity, group::Column::Name)),
            Alias::new("group_name"),
        )
        .join_as(
            sea_orm::sea_query::JoinType::LeftJoin,
            user::Entity,
            actor.clone(),
            Expr::col((actor, user::Column::Id))
                .equals((notification::Entity, notification::Column::ActorId)),
        )
        .order_by(
            (notification::Entity, notification::Column::Id),
            sea_orm::sea_query::Order::Desc,
        )
        .limit(limit);
    if let Some(before) = before {
        query.and_where(Expr::col((notification::Entity, notification::Column::Id)).lt(before));
    }
    NotificationRow::find_by_statement(StatementBuilder::build(&query, &db.get_database_backend()))
        .all(db)
        .await
}

/// How many visible notifications the viewer has not opened.
pub async fn unread_count(db: &impl ConnectionTrait, viewer_id: i64) -> Result<i64, DbErr> {
    let mut query = visible_to(viewer_id);
    query
        .expr(Expr::col((notification::Entity, notification::Column::Id)).count())
        .and_where(notification::Column::ReadAt.is_null());
    let row = db.query_one(&query).await?;
    Ok(match row {
        Some(row) => row.try_get_by_index::<i64>(0)?,
        None => 0,
    })
}

/// One of the viewer's notifications, if it is still visible to them.
pub async fn find_visible(
    db: &impl ConnectionTrait,
    viewer_id: i64,
    id: i64,
) -> Result<Option<NotificationRow>, DbErr> {
    let rows = list(db, viewer_id, Some(id + 1), 1).await?;
    Ok(rows.into_iter().find(|row| row.id == id))
}

/// Marks one notification, or all of a member's, as read.
pub async fn mark_read(
    db: &impl ConnectionTrait,
    user_id: i64,
    id: Option<i64>,
) -> Result<(), DbErr> {
    let mut update = notification::Entity::update_many()
        .col_expr(notification::Column::ReadAt, Expr::value(now_ms()))
        .filter(notification::Column::UserId.eq(user_id))
        .filter(notification::Column::ReadAt.is_null());
    if let Some(id) = id {
        update = update.filter(notification::Column::Id.eq(id));
    }
    update.exec(db).await.map(|_| ())
}

/// The newest notification id, of one member or of everyone (where a live stream or the live
/// hub starts from).
pub async fn newest_id(db: &impl ConnectionTrait, user_id: Option<i64>) -> Result<i64, DbErr> {
    let mut query = notification::Entity::find()
        .select_only()
        .column_as(notification::Column::Id.max(), "m");
    if let Some(user_id) = user_id {
        query = query.filter(notification::Column::UserId.eq(user_id));
    }
    let newest: Option<Option<i64>> = query.into_tuple().one(db).await?;
    Ok(newest.flatten().unwrap_or(0))
}

/// Notifications stored after id `after`, as (id, receiver), oldest first: what the live hub
/// announces to the streams of this instance.
pub async fn created_after(
    db: &impl ConnectionTrait,
    after: i64,
    limit: u64,
) -> Result<Vec<(i64, i64)>, DbErr> {
    notification::Entity::find()
        .select_only()
        .columns([notification::Column::Id, notification::Column::UserId])
        .filter(notification::Column::Id.gt(after))
        .order_by_asc(notification::Column::Id)
        .limit(limit)
        .into_tuple()
        .all(db)
        .await
}

/// A member's stored preferences.
pub async fn preferences(
    db: &impl ConnectionTrait,
    user_id: i64,
) -> Result<Vec<preference::Model>, DbErr> {
    preference::Entity::find()
        .filter(preference::Column::UserId.eq(user_id))
        .all(db)
        .await
}

/// Replaces a member's preferences.
pub async fn set_preferences(
    db: &impl ConnectionTrait,
    user_id: i64,
    rows: Vec<preference::Model>,
) -> Result<(), DbErr> {
    preference::Entity::delete_many()
        .filter(preference::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    if rows.is_empty() {
        return Ok(());
    }
    let models = rows.into_iter().map(|row| preference::ActiveModel {
        user_id: Set(row.user_id),
        kind: Set(row.kind),
        in_app: Set(row.in_app),
        email: Set(row.email),
    });
    preference::Entity::insert_many(models)
        .exec_without_returning(db)
        .await
        .map(|_| ())
}

/// A member with notifications to mail.
#[derive(Debug, Clone, FromQueryResult)]
pub struct MailReceiver {
    /// Account id.
    pub id: i64,
    /// Address.
    pub email: String,
    /// Name.
    pub display_name: String,
    /// Chosen language.
    pub locale: Option<String>,
}

/// Unread, unmailed notifications created from `from` to `to` of kinds their receivers get by
/// e-mail.
fn mail_due(from: i64, to: i64) -> SelectStatement {
    Query::select()
        .from(notification::Entity)
        .inner_join(
            preference::Entity,
            Condition::all()
                .add(
                    Expr::col((preference::Entity, preference::Column::UserId))
                        .equals((notification::Entity, notification::Column::UserId)),
                )
                .add(
                    Expr::col((preference::Entity, preference::Column::Kind))
                        .equals((notification::Entity, notification::Column::Kind)),
                ),
        )
        .and_where(Expr::col((preference::Entity, preference::Column::Email)).eq(true))
        .and_where(Expr::col((notification::Entity, notification::Column::MailedAt)).is_null())
        .and_where(Expr::col((notification::Entity, notification::Column::ReadAt)).is_null())
        .and_where(
            Expr::col((notification::Entity, notification::Column::CreatedAt)).between(from, to),
        )
        .to_owned()
}

/// Up to `limit` active members with notifications to mail.
pub async fn mail_receivers(
    db: &impl ConnectionTrait,
    from: i64,
    to: i64,
    limit: u64,
) -> Result<Vec<MailReceiver>, DbErr> {
    let mut due = mail_due(from, to);
    due.column((notification::Entity, notification::Column::UserId));
    let query = Query::select()
        .columns([
            user::Column::Id,
            user::Column::Email,
            user::Column::DisplayName,
            user::Column::Locale,
        ])
        .from(user::Entity)
        .and_where(user::Column::Active.eq(true))
        .and_where(user::Column::Id.in_subquery(due))
        .order_by(user::Column::Id, sea_orm::sea_query::Order::Asc)
        .limit(limit)
        .to_owned();
    MailReceiver::find_by_statement(StatementBuilder::build(&query, &db.get_database_backend()))
        .all(db)
        .await
}

/// The ids of one member's notifications to mail.
pub async fn mail_due_ids(
    db: &impl ConnectionTrait,
    user_id: i64,
    from: i64,
    to: i64,
) -> Result<Vec<i64>, DbErr> {
    let mut query = mail_due(from, to);
    query
        .column((notification::Entity, notification::Column::Id))
        .and_where(Expr::col((notification::Entity, notification::Column::UserId)).eq(user_id));
    let rows = db.query_all(&query).await?;
    rows.iter().map(|row| row.try_get_by_index(0)).collect()
}

/// Marks notifications as mailed (or passed over: none is considered twice).
pub async fn mark_mailed(db: &impl ConnectionTrait, ids: &[i64], at: i64) -> Result<(), DbErr> {
    for chunk in ids.chunks(1000) {
        notification::Entity::update_many()
            .col_expr(notification::Column::MailedAt, Expr::val(at))
            .filter(notification::Column::Id.is_in(chunk.iter().copied()))
            .exec(db)
            .await?;
    }
    Ok(())
}

/// Turns e-mail off for every notification kind of a member (an unsubscribe link).
pub async fn stop_emails(db: &impl ConnectionTrait, user_id: i64) -> Result<(), DbErr> {
    preference::Entity::update_many()
        .col_expr(preference::Column::Email, Expr::val(false))
        .filter(preference::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}
