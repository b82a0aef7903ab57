//! The only code that touches the topic follows; topic counts read the posts' tags through the
//! posts front door.

use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, JoinType, QueryFilter,
    QueryOrder, QuerySelect,
};

use super::entity::follow;
use crate::db::now_ms;
use crate::directory::access;
use crate::directory::group;
use crate::posts::{post, post_topic};

/// Starts or stops a member following a topic.
pub async fn set_following(
    db: &impl ConnectionTrait,
    user_id: i64,
    key: &str,
    on: bool,
) -> Result<(), DbErr> {
    if !on {
        return follow::Entity::delete_by_id((user_id, key.to_string()))
            .exec(db)
            .await
            .map(|_| ());
    }
    follow::Entity::insert(follow::ActiveModel {
        user_id: Set(user_id),
        topic_key: Set(key.to_string()),
        created_at: Set(now_ms()),
    })
    .on_conflict(
        OnConflict::columns([follow::Column::UserId, follow::Column::TopicKey])
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await
    .map(|_| ())
}

/// The topics a member follows, alphabetically.
pub async fn followed(db: &impl ConnectionTrait, user_id: i64) -> Result<Vec<String>, DbErr> {
    follow::Entity::find()
        .select_only()
        .column(follow::Column::TopicKey)
        .filter(follow::Column::UserId.eq(user_id))
        .order_by_asc(follow::Column::TopicKey)
        .into_tuple()
        .all(db)
        .await
}

/// The most used topics in posts `viewer_id` may read, with their post counts.
pub async fn popular(
    db: &impl ConnectionTrait,
    viewer_id: i64,
    limit: u64,
) -> Result<Vec<(String, i64)>, DbErr> {
    let count = Expr::col((post_topic::Entity, post_topic::Column::PostId)).count();
    post_topic::Entity::find()
        .select_only()
        .column(post_topic::Column::TopicKey)
        .column_as(count.clone(), "n")
        .join(
            JoinType::InnerJoin,
            crate::db::relation(post_topic::Column::PostId, post::Column::Id),
        )
        .join(
            JoinType::InnerJoin,
            crate::db::relation(post::Column::GroupId, group::Column::Id),
        )
        .filter(crate::posts::shown_to_all())
        .filter(access::readable_groups(viewer_id))
        .group_by(post_topic::Column::TopicKey)
        .order_by_desc(count)
        .order_by_asc(post_topic::Column::TopicKey)
        .limit(limit)
        .into_tuple()
        .all(db)
        .await
}
