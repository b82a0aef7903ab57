//! The only code that touches the poll tables.

use std::collections::HashMap;

use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use super::entity::{option, poll, vote};
use crate::db::now_ms;

/// Stores a new poll's settings and options.
pub async fn insert_poll(
    db: &impl ConnectionTrait,
    settings: poll::Model,
    labels: &[String],
) -> Result<(), DbErr> {
    let post_id = settings.post_id;
    poll::Entity::insert(poll::ActiveModel {
        post_id: Set(settings.post_id),
        multiple: Set(settings.multiple),
        closes_at: Set(settings.closes_at),
        results_after_close: Set(settings.results_after_close),
    })
    .exec_without_returning(db)
    .await?;
    let options = labels
        .iter()
        .zip(0..)
        .map(|(label, position)| option::ActiveModel {
            post_id: Set(post_id),
            position: Set(position),
            label: Set(label.clone()),
            ..Default::default()
        });
    option::Entity::insert_many(options)
        .exec_without_returning(db)
        .await
        .map(|_| ())
}

/// A poll's settings.
pub async fn find_poll(
    db: &impl ConnectionTrait,
    post_id: i64,
) -> Result<Option<poll::Model>, DbErr> {
    poll::Entity::find_by_id(post_id).one(db).await
}

/// A poll's options in order.
pub async fn options_of(
    db: &impl ConnectionTrait,
    post_id: i64,
) -> Result<Vec<option::Model>, DbErr> {
    option::Entity::find()
        .filter(option::Column::PostId.eq(post_id))
        .order_by_asc(option::Column::Position)
        .all(db)
        .await
}

/// Replaces a member's votes on a poll.
pub async fn set_votes(
    db: &impl ConnectionTrait,
    post_id: i64,
    user_id: i64,
    option_ids: &[i64],
) -> Result<(), DbErr> {
    vote::Entity::delete_many()
        .filter(vote::Column::PostId.eq(post_id))
        .filter(vote::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    let now = now_ms();
    let votes = option_ids.iter().map(|&option_id| vote::ActiveModel {
        option_id: Set(option_id),
        user_id: Set(user_id),
        post_id: Set(post_id),
        created_at: Set(now),
    });
    vote::Entity::insert_many(votes)
        .exec_without_returning(db)
        .await
        .map(|_| ())
}

/// The options a member chose.
pub async fn votes_of(
    db: &impl ConnectionTrait,
    post_id: i64,
    user_id: i64,
) -> Result<Vec<i64>, DbErr> {
    vote::Entity::find()
        .select_only()
        .column(vote::Column::OptionId)
        .filter(vote::Column::PostId.eq(post_id))
        .filter(vote::Column::UserId.eq(user_id))
        .into_tuple()
        .all(db)
        .await
}

/// Votes per option.
pub async fn counts(db: &impl ConnectionTrait, post_id: i64) -> Result<HashMap<i64, i64>, DbErr> {
    let rows: Vec<(i64, i64)> = vote::Entity::find()
        .select_only()
        .column(vote::Column::OptionId)
        .column_as(vote::Column::UserId.count(), "n")
        .filter(vote::Column::PostId.eq(post_id))
        .group_by(vote::Column::OptionId)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().collect())
}

/// How many members voted.
pub async fn voters(db: &impl ConnectionTrait, post_id: i64) -> Result<i64, DbErr> {
    let n: Option<i64> = vote::Entity::find()
        .select_only()
        .column_as(
            sea_orm::sea_query::ExprTrait::count_distinct(sea_orm::sea_query::Expr::col(
                vote::Column::UserId,
            )),
            "n",
        )
        .filter(vote::Column::PostId.eq(post_id))
        .into_tuple()
        .one(db)
        .await?;
    Ok(n.unwrap_or(0))
}
