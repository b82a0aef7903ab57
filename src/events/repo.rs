//! The only code that touches the event tables.

use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait,
    FromQueryResult, JoinType, QueryFilter, QueryOrder, QuerySelect,
};

use super::entity::{calendar_token, event, rsvp};
use super::places::Answer;
use crate::db::now_ms;
use crate::directory::access;
use crate::directory::group;
use crate::directory::user;
use crate::posts::post;

/// Stores the details of a new event post.
pub async fn insert_event(db: &impl ConnectionTrait, model: event::Model) -> Result<(), DbErr> {
    let post_id = model.post_id;
    event::Entity::insert(event::ActiveModel::from(model).reset_all())
        .exec_without_returning(db)
        .await?;
    crate::changes::note(db, crate::changes::Item::Post(post_id)).await
}

/// Replaces an event's details.
pub async fn update_event(db: &impl ConnectionTrait, model: event::Model) -> Result<(), DbErr> {
    let post_id = model.post_id;
    event::Entity::update(event::ActiveModel::from(model).reset_all())
        .exec(db)
        .await?;
    crate::changes::note(db, crate::changes::Item::Post(post_id)).await
}

/// Members who answered going or maybe (who hear of changes).
pub async fn interested(db: &impl ConnectionTrait, post_id: i64) -> Result<Vec<i64>, DbErr> {
    rsvp::Entity::find()
        .select_only()
        .column(rsvp::Column::UserId)
        .filter(rsvp::Column::PostId.eq(post_id))
        .filter(rsvp::Column::Answer.ne(Answer::NotGoing.as_str()))
        .into_tuple()
        .all(db)
        .await
}

/// The details of an event post.
pub async fn find_event(
    db: &impl ConnectionTrait,
    post_id: i64,
) -> Result<Option<event::Model>, DbErr> {
    event::Entity::find_by_id(post_id).one(db).await
}

/// Records a member's answer; a changed answer counts from now (a new "going" joins the back
/// of the line), the same answer again keeps its moment.
pub async fn set_answer(
    db: &impl ConnectionTrait,
    post_id: i64,
    user_id: i64,
    answer: Answer,
) -> Result<(), DbErr> {
    let model = rsvp::ActiveModel {
        post_id: Set(post_id),
        user_id: Set(user_id),
        answer: Set(answer.as_str().into()),
        answered_at: Set(now_ms()),
    };
    rsvp::Entity::insert(model)
        .on_conflict(
            OnConflict::columns([rsvp::Column::PostId, rsvp::Column::UserId])
                .update_columns([rsvp::Column::Answer, rsvp::Column::AnsweredAt])
                .action_and_where(ExprTrait::ne(
                    Expr::col((rsvp::Entity, rsvp::Column::Answer)),
                    answer.as_str(),
                ))
                .to_owned(),
        )
        .exec_without_returning(db)
        .await
        .map(|_| ())
}

/// A member's answer, if any.
pub async fn answer_of(
    db: &impl ConnectionTrait,
    post_id: i64,
    user_id: i64,
) -> Result<Option<Answer>, DbErr> {
    Ok(rsvp::Entity::find_by_id((post_id, user_id))
        .one(db)
        .await?
        .and_then(|r| Answer::parse(&r.answer)))
}

/// The "going" answers of an event as (member, answered at).
pub async fn going(db: &impl ConnectionTrait, post_id: i64) -> Result<Vec<(i64, i64)>, DbErr> {
    rsvp::Entity::find()
        .select_only()
        .columns([rsvp::Column::UserId, rsvp::Column::AnsweredAt])
        .filter(rsvp::Column::PostId.eq(post_id))
        .filter(rsvp::Column::Answer.eq(Answer::Going.as_str()))
        .into_tuple()
        .all(db)
        .await
}

/// How many answered "maybe".
pub async fn maybe_count(db: &impl ConnectionTrait, post_id: i64) -> Result<u64, DbErr> {
    use sea_orm::PaginatorTrait;
    rsvp::Entity::find()
        .filter(rsvp::Column::PostId.eq(post_id))
        .filter(rsvp::Column::Answer.eq(Answer::Maybe.as_str()))
        .count(db)
        .await
}

/// Display names of members, in the order of `ids`.
pub async fn names(db: &impl ConnectionTrait, ids: &[i64]) -> Result<Vec<(i64, String)>, DbErr> {
    let rows: Vec<(i64, String)> = user::Entity::find()
        .select_only()
        .columns([user::Column::Id, user::Column::DisplayName])
        .filter(user::Column::Id.is_in(ids.iter().copied()))
        .into_tuple()
        .all(db)
        .await?;
    Ok(ids
        .iter()
        .filter_map(|id| rows.iter().find(|(i, _)| i == id).cloned())
        .collect())
}

/// An event a member answered "going" to, with its group name.
#[derive(Debug, Clone, FromQueryResult)]
pub struct MyEvent {
    /// The post id.
    pub post_id: i64,
    /// Title.
    pub title: String,
    /// Start.
    pub starts_at: i64,
    /// End.
    pub ends_at: i64,
    /// Where.
    pub location: String,
    /// Places, if limited.
    pub capacity: Option<i32>,
    /// The group it is in.
    pub group_name: String,
}

/// The events `user_id` is going to that end after `from`, soonest first, in groups they may
/// still read and on posts that still exist.
pub async fn going_to(
    db: &impl ConnectionTrait,
    user_id: i64,
    from: i64,
) -> Result<Vec<MyEvent>, DbErr> {
    event::Entity::find()
        .select_only()
        .columns([
            event::Column::PostId,
            event::Column::Title,
            event::Column::StartsAt,
            event::Column::EndsAt,
            event::Column::Location,
            event::Column::Capacity,
        ])
        .column_as(group::Column::Name, "group_name")
        .join(
            JoinType::InnerJoin,
            crate::db::relation(event::Column::PostId, rsvp::Column::PostId),
        )
        .join(
            JoinType::InnerJoin,
            crate::db::relation(event::Column::PostId, post::Column::Id),
        )
        .join(
            JoinType::InnerJoin,
            crate::db::relation(post::Column::GroupId, group::Column::Id),
        )
        .filter(rsvp::Column::UserId.eq(user_id))
        .filter(rsvp::Column::Answer.eq(Answer::Going.as_str()))
        .filter(event::Column::EndsAt.gt(from))
        .filter(crate::posts::shown_to_all())
        .filter(access::readable_groups(user_id))
        .order_by_asc(event::Column::StartsAt)
        .limit(500)
        .into_model::<MyEvent>()
        .all(db)
        .await
}

/// Replaces a member's calendar secret.
pub async fn set_calendar_token(
    db: &impl ConnectionTrait,
    user_id: i64,
    token_hash: &str,
) -> Result<(), DbErr> {
    let model = calendar_token::ActiveModel {
        user_id: Set(user_id),
        token_hash: Set(token_hash.to_string()),
        created_at: Set(now_ms()),
    };
    calendar_token::Entity::insert(model)
        .on_conflict(
            OnConflict::column(calendar_token::Column::UserId)
                .update_columns([
                    calendar_token::Column::TokenHash,
                    calendar_token::Column::CreatedAt,
                ])
                .to_owned(),
        )
        .exec_without_returning(db)
        .await
        .map(|_| ())
}

/// The active member whose calendar secret hashes to `token_hash`.
pub async fn calendar_owner(
    db: &impl ConnectionTrait,
    token_hash: &str,
) -> Result<Option<i64>, DbErr> {
    calendar_token::Entity::find()
        .select_only()
        .column(calendar_token::Column::UserId)
        .join(
            JoinType::InnerJoin,
            crate::db::relation(calendar_token::Column::UserId, user::Column::Id),
        )
        .filter(calendar_token::Column::TokenHash.eq(token_hash))
        .filter(user::Column::Active.eq(true))
        .into_tuple()
        .one(db)
        .await
}

/// Whether a member has a calendar secret.
pub async fn has_calendar_token(db: &impl ConnectionTrait, user_id: i64) -> Result<bool, DbErr> {
    Ok(calendar_token::Entity::find_by_id(user_id)
        .one(db)
        .await?
        .is_some())
}
