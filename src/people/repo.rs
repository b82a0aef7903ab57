//! The only code that touches the people tables.

use sea_orm::sea_query::{OnConflict, Query};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, FromQueryResult,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};

use super::entity::{expertise, follow, media};
use crate::db::{dialect::contains, now_ms};
use crate::directory::user;

/// The fields of a new account.
pub struct UserInsert {
    /// Lower-cased e-mail.
    pub email: String,
    /// Name as shown.
    pub display_name: String,
    /// Argon2id hash, or none for an account that must set its password via a link.
    pub password_hash: Option<String>,
    /// Stored role.
    pub role: &'static str,
}

/// Inserts an account and returns its id.
pub async fn insert_user(db: &impl ConnectionTrait, new: UserInsert) -> Result<i64, DbErr> {
    let now = now_ms();
    let model = user::ActiveModel {
        email: Set(new.email),
        name_key: Set(new.display_name.to_lowercase()),
        display_name: Set(new.display_name),
        password_hash: Set(new.password_hash),
        role: Set(new.role.to_string()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    Ok(user::Entity::insert(model).exec(db).await?.last_insert_id)
}

/// Inserts many accounts at once (an import), leaving out addresses that have an account
/// already; the caller reads the ids back by address.
pub async fn insert_users(
    db: &impl ConnectionTrait,
    rows: Vec<user::ActiveModel>,
) -> Result<(), DbErr> {
    if rows.is_empty() {
        return Ok(());
    }
    user::Entity::insert_many(rows)
        .on_conflict(
            OnConflict::column(user::Column::Email)
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(db)
        .await
        .map(|_| ())
}

/// The accounts of these (lower-cased) addresses, any state, a few hundred per query.
pub async fn find_by_emails(
    db: &impl ConnectionTrait,
    emails: &[String],
) -> Result<Vec<user::Model>, DbErr> {
    let mut found = Vec::with_capacity(emails.len());
    for chunk in emails.chunks(500) {
        found.extend(
            user::Entity::find()
                .filter(user::Column::Email.is_in(chunk.iter().cloned()))
                .all(db)
                .await?,
        );
    }
    Ok(found)
}

/// The accounts of these ids, a few hundred per query.
pub async fn find_by_ids(
    db: &impl ConnectionTrait,
    ids: &[i64],
) -> Result<Vec<user::Model>, DbErr> {
    let mut found = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(500) {
        found.extend(
            user::Entity::find()
                .filter(user::Column::Id.is_in(chunk.iter().copied()))
                .all(db)
                .await?,
        );
    }
    Ok(found)
}

/// Which SCIM-provisioned accounts a SCIM query asks for (each `Some` must match; text
/// compared without case).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ScimQuery {
    /// Plein's id.
    pub id: Option<i64>,
    /// The identity provider's `userName`.
    pub user_name: Option<String>,
    /// The identity provider's `externalId` (compared exactly, as RFC 7643 says).
    pub external_id: Option<String>,
    /// The e-mail address.
    pub email: Option<String>,
    /// The name as shown.
    pub display_name: Option<String>,
}

/// One page of SCIM-provisioned accounts matching `query` and how many match.
pub async fn scim_accounts(
    db: &impl ConnectionTrait,
    query: &ScimQuery,
    offset: u64,
    limit: u64,
) -> Result<(u64, Vec<user::Model>), DbErr> {
    let mut condition = Condition::all().add(user::Column::ManagedBy.eq("scim"));
    if let Some(id) = query.id {
        condition = condition.add(user::Column::Id.eq(id));
    }
    if let Some(name) = &query.user_name {
        condition = condition.add(user::Column::ScimUserName.eq(name.to_lowercase()));
    }
    if let Some(external) = &query.external_id {
        condition = condition.add(user::Column::ExternalId.eq(external.as_str()));
    }
    if let Some(email) = &query.email {
        condition = condition.add(user::Column::Email.eq(email.to_lowercase()));
    }
    if let Some(name) = &query.display_name {
        condition = condition.add(user::Column::NameKey.eq(name.to_lowercase()));
    }
    let select = user::Entity::find().filter(condition);
    let total = select.clone().count(db).await?;
    if limit == 0 {
        return Ok((total, Vec::new()));
    }
    let page = select
        .order_by_asc(user::Column::Id)
        .offset(offset)
        .limit(limit)
        .all(db)
        .await?;
    Ok((total, page))
}

/// An account by id.
pub async fn find_user(db: &impl ConnectionTrait, id: i64) -> Result<Option<user::Model>, DbErr> {
    user::Entity::find_by_id(id).one(db).await
}

/// An account by (lower-cased) e-mail.
pub async fn find_by_email(
    db: &impl ConnectionTrait,
    email: &str,
) -> Result<Option<user::Model>, DbErr> {
    user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(db)
        .await
}

/// How many accounts exist (zero means first run).
pub async fn count_users(db: &impl ConnectionTrait) -> Result<u64, DbErr> {
    user::Entity::find().count(db).await
}

/// How many active administrators there are (the last one must stay).
pub async fn count_active_admins(db: &impl ConnectionTrait) -> Result<u64, DbErr> {
    user::Entity::find()
        .filter(user::Column::Role.eq(super::Role::Admin.as_str()))
        .filter(user::Column::Active.eq(true))
        .count(db)
        .await
}

/// Saves an account row changed by a service.
pub async fn update_user(
    db: &impl ConnectionTrait,
    mut model: user::ActiveModel,
) -> Result<(), DbErr> {
    model.updated_at = Set(now_ms());
    user::Entity::update(model).exec(db).await.map(|_| ())
}

/// Replaces a member's expertise tags.
pub async fn replace_expertise(
    db: &impl ConnectionTrait,
    user_id: i64,
    tags: Vec<(String, String)>,
) -> Result<(), DbErr> {
    expertise::Entity::delete_many()
        .filter(expertise::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    if tags.is_empty() {
        return Ok(());
    }
    let rows = tags
        .into_iter()
        .map(|(tag_key, label)| expertise::ActiveModel {
            user_id: Set(user_id),
            tag_key: Set(tag_key),
            label: Set(label),
        });
    expertise::Entity::insert_many(rows)
        .exec(db)
        .await
        .map(|_| ())
}

/// A member's expertise labels, alphabetically.
pub async fn expertise_of(db: &impl ConnectionTrait, user_id: i64) -> Result<Vec<String>, DbErr> {
    expertise::Entity::find()
        .select_only()
        .column(expertise::Column::Label)
        .filter(expertise::Column::UserId.eq(user_id))
        .order_by_asc(expertise::Column::TagKey)
        .into_tuple()
        .all(db)
        .await
}

/// Stores a re-encoded image and returns its id.
pub async fn insert_media(
    db: &impl ConnectionTrait,
    owner_id: i64,
    bytes: Vec<u8>,
    width: u32,
    height: u32,
) -> Result<i64, DbErr> {
    let model = media::ActiveModel {
        owner_id: Set(owner_id),
        content_type: Set("image/jpeg".into()),
        bytes: Set(bytes),
        width: Set(i32::try_from(width).unwrap_or(i32::MAX)),
        height: Set(i32::try_from(height).unwrap_or(i32::MAX)),
        created_at: Set(now_ms()),
        ..Default::default()
    };
    Ok(media::Entity::insert(model).exec(db).await?.last_insert_id)
}

/// A stored image.
pub async fn find_media(db: &impl ConnectionTrait, id: i64) -> Result<Option<media::Model>, DbErr> {
    media::Entity::find_by_id(id).one(db).await
}

/// Removes a stored image (a replaced photo).
pub async fn delete_media(db: &impl ConnectionTrait, id: i64) -> Result<(), DbErr> {
    media::Entity::delete_by_id(id).exec(db).await.map(|_| ())
}

/// One row of the people directory.
#[derive(Debug, Clone, FromQueryResult)]
pub struct PersonCard {
    /// Member id.
    pub id: i64,
    /// Shown name.
    pub display_name: String,
    /// Sort key (lower-cased name), also the cursor.
    pub name_key: String,
    /// Job title.
    pub job_title: String,
    /// Department.
    pub department: String,
    /// Location.
    pub location: String,
    /// Profile photo, if any.
    pub photo_id: Option<i64>,
    /// Senior manager / role model marker.
    pub is_role_model: bool,
    /// Stored role.
    pub role: String,
}

/// Filters of the people directory; empty strings mean "any".
#[derive(Debug, Clone, Default)]
pub struct DirectoryFilter {
    /// Part of the name.
    pub name: String,
    /// Exact department.
    pub department: String,
    /// Exact location.
    pub location: String,
    /// Expertise tag key.
    pub expertise: String,
}

/// A page of active members matching `filter`, by name, after the cursor `(name_key, id)`.
pub async fn directory(
    db: &impl ConnectionTrait,
    filter: &DirectoryFilter,
    after: Option<(String, i64)>,
    limit: u64,
) -> Result<Vec<PersonCard>, DbErr> {
    let mut query = user::Entity::find().filter(user::Column::Active.eq(true));
    if !filter.name.is_empty() {
        query = query.filter(user::Column::NameKey.like(contains(&filter.name.to_lowercase())));
    }
    if !filter.department.is_empty() {
        query = query.filter(user::Column::Department.eq(filter.department.as_str()));
    }
    if !filter.location.is_empty() {
        query = query.filter(user::Column::Location.eq(filter.location.as_str()));
    }
    if !filter.expertise.is_empty() {
        let with_tag = Query::select()
            .column(expertise::Column::UserId)
            .from(expertise::Entity)
            .and_where(expertise::Column::TagKey.eq(filter.expertise.as_str()))
            .to_owned();
        query = query.filter(user::Column::Id.in_subquery(with_tag));
    }
    if let Some((name_key, id)) = after {
        query = query.filter(
            Condition::any()
                .add(user::Column::NameKey.gt(name_key.clone()))
                .add(
                    Condition::all()
                        .add(user::Column::NameKey.eq(name_key))
                        .add(user::Column::Id.gt(id)),
                ),
        );
    }
    query
        .order_by_asc(user::Column::NameKey)
        .order_by_asc(user::Column::Id)
        .limit(limit)
        .into_model::<PersonCard>()
        .all(db)
        .await
}

/// Active members, not among `except`, whose job title or department contains `text` or who
/// gave an expertise tag starting with one of `words` (tag keys are lower-case): the people a
/// search finds beyond their names.
pub async fn by_work(
    db: &impl ConnectionTrait,
    text: &str,
    words: &[String],
    except: &[i64],
    limit: u64,
) -> Result<Vec<PersonCard>, DbErr> {
    use sea_orm::sea_query::{Expr, ExprTrait, Func};
    let lowered = text.to_lowercase();
    let mut any = Condition::any()
        .add(Expr::expr(Func::lower(Expr::col(user::Column::JobTitle))).like(contains(&lowered)))
        .add(Expr::expr(Func::lower(Expr::col(user::Column::Department))).like(contains(&lowered)));
    for word in words.iter().filter(|w| w.chars().count() >= 3) {
        let with_tag = Query::select()
            .column(expertise::Column::UserId)
            .from(expertise::Entity)
            .and_where(expertise::Column::TagKey.like(crate::db::dialect::starts_with(word)))
            .to_owned();
        any = any.add(user::Column::Id.in_subquery(with_tag));
    }
    user::Entity::find()
        .filter(user::Column::Active.eq(true))
        .filter(user::Column::Id.is_not_in(except.to_vec()))
        .filter(any)
        .order_by_asc(user::Column::NameKey)
        .order_by_asc(user::Column::Id)
        .limit(limit)
        .into_model::<PersonCard>()
        .all(db)
        .await
}

/// The distinct non-empty values of a profile column among active members, for filter menus.
pub async fn distinct_values(
    db: &impl ConnectionTrait,
    column: user::Column,
) -> Result<Vec<String>, DbErr> {
    user::Entity::find()
        .select_only()
        .column(column)
        .distinct()
        .filter(user::Column::Active.eq(true))
        .filter(column.ne(""))
        .order_by_asc(column)
        .limit(500)
        .into_tuple()
        .all(db)
        .await
}

/// The expertise tags in use, with their label, for the filter menu.
pub async fn expertise_tags(db: &impl ConnectionTrait) -> Result<Vec<(String, String)>, DbErr> {
    expertise::Entity::find()
        .select_only()
        .column(expertise::Column::TagKey)
        .column_as(expertise::Column::Label.max(), "label")
        .group_by(expertise::Column::TagKey)
        .order_by_asc(expertise::Column::TagKey)
        .limit(500)
        .into_tuple()
        .all(db)
        .await
}

/// Makes `follower` follow `followee` (idempotent).
pub async fn follow(db: &impl ConnectionTrait, follower: i64, followee: i64) -> Result<(), DbErr> {
    let model = follow::ActiveModel {
        follower_id: Set(follower),
        followee_id: Set(followee),
        created_at: Set(now_ms()),
    };
    follow::Entity::insert(model)
        .on_conflict(
            OnConflict::columns([follow::Column::FollowerId, follow::Column::FolloweeId])
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(db)
        .await
        .map(|_| ())
}

/// Stops `follower` following `followee`.
pub async fn unfollow(
    db: &impl ConnectionTrait,
    follower: i64,
    followee: i64,
) -> Result<(), DbErr> {
    follow::Entity::delete_by_id((follower, followee))
        .exec(db)
        .await
        .map(|_| ())
}

/// The ids `follower` follows.
pub async fn followee_ids(db: &impl ConnectionTrait, follower: i64) -> Result<Vec<i64>, DbErr> {
    follow::Entity::find()
        .select_only()
        .column(follow::Column::FolloweeId)
        .filter(follow::Column::FollowerId.eq(follower))
        .into_tuple()
        .all(db)
        .await
}

/// Whether `follower` follows `followee`.
pub async fn is_following(
    db: &impl ConnectionTrait,
    follower: i64,
    followee: i64,
) -> Result<bool, DbErr> {
    Ok(follow::Entity::find_by_id((follower, followee))
        .one(db)
        .await?
        .is_some())
}

/// How many members follow `user_id`.
pub async fn follower_count(db: &impl ConnectionTrait, user_id: i64) -> Result<u64, DbErr> {
    follow::Entity::find()
        .filter(follow::Column::FolloweeId.eq(user_id))
        .count(db)
        .await
}

/// Accounts for the admin list: by name, optionally filtered by name or e-mail.
pub async fn list_accounts(
    db: &impl ConnectionTrait,
    search: &str,
    limit: u64,
) -> Result<Vec<user::Model>, DbErr> {
    let mut query = user::Entity::find();
    if !search.is_empty() {
        let needle = search.to_lowercase();
        query = query.filter(
            Condition::any()
                .add(user::Column::NameKey.like(contains(&needle)))
                .add(user::Column::Email.like(contains(&needle))),
        );
    }
    query
        .order_by_asc(user::Column::NameKey)
        .limit(limit)
        .all(db)
        .await
}
