//! The only code that touches the topic tables.

use sea_orm::sea_query::{Expr, ExprTrait, OnConflict, Query, SelectStatement};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, JoinType, QueryFilter,
    QueryOrder, QuerySelect,
};

use super::entity::{follow, post_topic};
use crate::db::now_ms;
use crate::groups::access;
use crate::groups::group;
use crate::posts::post;

/// Replaces the topics a post is tagged with.
pub async fn set_post_topics(
    db: &impl ConnectionTrait,
    post_id: i64,
    keys: &[String],
) -> Result<(), DbErr> {
    post_topic::Entity::delete_many()
        .filter(post_topic::Column::PostId.eq(post_id))
        .exec(db)
        .await?;
    if keys.is_empty() {
        return Ok(());
    }
    let rows = keys.iter().map(|key| post_topic::ActiveModel {
        post_id: Set(post_id),
        topic_key: Set(key.clone()),
    });
    post_topic::Entity::insert_many(rows)
        .exec_without_returning(db)
        .await
        .map(|_| ())
}

/// The posts tagged with `key`, as a sub-query of post ids.
pub fn posts_tagged(key: &str) -> SelectStatement {
    Query::select()
        .column(post_topic::Column::PostId)
        .from(post_topic::Entity)
        .and_where(post_topic::Column::TopicKey.eq(key))
        .to_owned()
}

/// The newest `limit` posts tagged with `key` before post id `before`, as a sub-query of ids
/// (a short backwards scan of the topic's index, for the home feed).
pub fn newest_tagged(key: &str, before: Option<i64>, limit: u64) -> SelectStatement {
    let mut query = posts_tagged(key);
    if let Some(before) = before {
        query.and_where(post_topic::Column::PostId.lt(before));
    }
    query
        .order_by(post_topic::Column::PostId, sea_orm::sea_query::Order::Desc)
        .limit(limit)
        .to_owned()
}

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
