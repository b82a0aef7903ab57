//! The only code that touches the newsletter tables.

use sea_orm::sea_query::{Expr, ExprTrait, OnConflict, Query};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter,
    QueryOrder,
};

use super::entity::{issue, optout};
use crate::directory::{member, user};

/// Stores a new issue and returns its id.
pub async fn insert(db: &impl ConnectionTrait, model: issue::ActiveModel) -> Result<i64, DbErr> {
    Ok(issue::Entity::insert(model).exec(db).await?.last_insert_id)
}

/// One issue.
pub async fn find(db: &impl ConnectionTrait, id: i64) -> Result<Option<issue::Model>, DbErr> {
    issue::Entity::find_by_id(id).one(db).await
}

/// Writes an issue's fields while it is in `status`; false when it was not (sent or scheduled
/// meanwhile).
pub async fn update_in_status(
    db: &impl ConnectionTrait,
    model: issue::ActiveModel,
    id: i64,
    status: &str,
) -> Result<bool, DbErr> {
    Ok(issue::Entity::update_many()
        .set(model)
        .filter(issue::Column::Id.eq(id))
        .filter(issue::Column::Status.eq(status))
        .exec(db)
        .await?
        .rows_affected
        == 1)
}

/// Every issue, the newest first (community managers' list).
pub async fn all(db: &impl ConnectionTrait) -> Result<Vec<issue::Model>, DbErr> {
    issue::Entity::find()
        .order_by_desc(issue::Column::Id)
        .all(db)
        .await
}

/// The sent issues, the latest first (the archive).
pub async fn sent(db: &impl ConnectionTrait) -> Result<Vec<issue::Model>, DbErr> {
    issue::Entity::find()
        .filter(issue::Column::Status.eq("sent"))
        .order_by_desc(issue::Column::SentAt)
        .order_by_desc(issue::Column::Id)
        .all(db)
        .await
}

/// The latest issue sent since `since` (epoch ms) with a highlight of the week.
pub async fn latest_featured(
    db: &impl ConnectionTrait,
    since: i64,
) -> Result<Option<issue::Model>, DbErr> {
    issue::Entity::find()
        .filter(issue::Column::Status.eq("sent"))
        .filter(issue::Column::SentAt.gte(since))
        .filter(issue::Column::FeaturedId.is_not_null())
        .order_by_desc(issue::Column::SentAt)
        .one(db)
        .await
}

/// Who gets an issue for `audience`: active accounts in the segment that did not opt out.
pub async fn recipients(
    db: &impl ConnectionTrait,
    audience: &super::service::Audience,
) -> Result<Vec<user::Model>, DbErr> {
    use super::service::Audience;
    let opted_out = Query::select()
        .column(optout::Column::UserId)
        .from(optout::Entity)
        .to_owned();
    let segment = match audience {
        Audience::Everyone => Condition::all(),
        Audience::Ambassadors => Condition::all().add(user::Column::Role.eq("ambassador")),
        Audience::Department(name) => Condition::all().add(user::Column::Department.eq(name)),
        Audience::Location(name) => Condition::all().add(user::Column::Location.eq(name)),
        Audience::Group(group) => Condition::all().add(
            user::Column::Id.in_subquery(
                Query::select()
                    .column(member::Column::UserId)
                    .from(member::Entity)
                    .and_where(Expr::col(member::Column::GroupId).eq(*group))
                    .to_owned(),
            ),
        ),
    };
    user::Entity::find()
        .filter(user::Column::Active.eq(true))
        .filter(user::Column::Id.not_in_subquery(opted_out))
        .filter(segment)
        .order_by_asc(user::Column::Id)
        .all(db)
        .await
}

/// Remembers that the member does not want the newsletter.
pub async fn opt_out(db: &impl ConnectionTrait, user_id: i64, now: i64) -> Result<(), DbErr> {
    optout::Entity::insert(optout::ActiveModel {
        user_id: Set(user_id),
        created_at: Set(now),
    })
    .on_conflict(
        OnConflict::column(optout::Column::UserId)
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await
    .map(|_| ())
}

/// Whether the member opted out.
pub async fn has_opted_out(db: &impl ConnectionTrait, user_id: i64) -> Result<bool, DbErr> {
    use sea_orm::PaginatorTrait;
    Ok(optout::Entity::find_by_id(user_id).count(db).await? > 0)
}

/// Removes the opt-out (the member wants the newsletter again).
pub async fn opt_in(db: &impl ConnectionTrait, user_id: i64) -> Result<(), DbErr> {
    optout::Entity::delete_by_id(user_id)
        .exec(db)
        .await
        .map(|_| ())
}
