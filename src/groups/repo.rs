//! The only code that touches the group tables.

use sea_orm::sea_query::{Expr, ExprTrait, OnConflict, QueryStatementBuilder};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, FromQueryResult, JoinType,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, QueryTrait,
};

use super::entity::join_request;
use crate::db::now_ms;
use crate::directory::access;
use crate::directory::user;
use crate::directory::{group, member};

/// Inserts a group and returns its id.
pub async fn insert_group(
    db: &impl ConnectionTrait,
    name: &str,
    description: &str,
    visibility: &str,
    creator: i64,
) -> Result<i64, DbErr> {
    let model = group::ActiveModel {
        name: Set(name.to_string()),
        name_key: Set(super::name_key(
            name,
            visibility,
            &crate::auth::tokens::random_token()[..12],
        )),
        description: Set(description.to_string()),
        visibility: Set(visibility.to_string()),
        created_by: Set(creator),
        created_at: Set(now_ms()),
        ..Default::default()
    };
    Ok(group::Entity::insert(model).exec(db).await?.last_insert_id)
}

/// A group by id.
pub async fn find_group(db: &impl ConnectionTrait, id: i64) -> Result<Option<group::Model>, DbErr> {
    group::Entity::find_by_id(id).one(db).await
}

/// Saves a changed group.
pub async fn update_group(
    db: &impl ConnectionTrait,
    model: group::ActiveModel,
) -> Result<(), DbErr> {
    group::Entity::update(model).exec(db).await.map(|_| ())
}

/// The stored role of `user_id` in `group_id`, if a member.
pub async fn member_role(
    db: &impl ConnectionTrait,
    group_id: i64,
    user_id: i64,
) -> Result<Option<String>, DbErr> {
    Ok(member::Entity::find_by_id((group_id, user_id))
        .one(db)
        .await?
        .map(|m| m.role))
}

/// Whether `user_id` has a pending request for `group_id`.
pub async fn has_request(
    db: &impl ConnectionTrait,
    group_id: i64,
    user_id: i64,
) -> Result<bool, DbErr> {
    Ok(join_request::Entity::find_by_id((group_id, user_id))
        .one(db)
        .await?
        .is_some())
}

/// Makes `user_id` a member with `role`, or changes the role of an existing member.
pub async fn upsert_member(
    db: &impl ConnectionTrait,
    group_id: i64,
    user_id: i64,
    role: &str,
) -> Result<(), DbErr> {
    let model = member::ActiveModel {
        group_id: Set(group_id),
        user_id: Set(user_id),
        role: Set(role.to_string()),
        created_at: Set(now_ms()),
        managed_by: Set(String::new()),
    };
    member::Entity::insert(model)
        .on_conflict(
            OnConflict::columns([member::Column::GroupId, member::Column::UserId])
                .update_column(member::Column::Role)
                .to_owned(),
        )
        .exec_without_returning(db)
        .await
        .map(|_| ())
}

/// Who keeps the membership of `user_id` in `group_id` (`scim` or ""), if there is one.
pub async fn membership_keeper(
    db: &impl ConnectionTrait,
    group_id: i64,
    user_id: i64,
) -> Result<Option<String>, DbErr> {
    member::Entity::find_by_id((group_id, user_id))
        .select_only()
        .column(member::Column::ManagedBy)
        .into_tuple()
        .one(db)
        .await
}

/// The memberships of `group_id` kept by `keeper`: member and role.
pub async fn kept_members(
    db: &impl ConnectionTrait,
    group_id: i64,
    keeper: &str,
) -> Result<Vec<(i64, String)>, DbErr> {
    member::Entity::find()
        .select_only()
        .column(member::Column::UserId)
        .column(member::Column::Role)
        .filter(member::Column::GroupId.eq(group_id))
        .filter(member::Column::ManagedBy.eq(keeper))
        .into_tuple()
        .all(db)
        .await
}

/// Makes `user_id` a plain member kept by `keeper`, unless they are a member already.
pub async fn insert_kept_member(
    db: &impl ConnectionTrait,
    group_id: i64,
    user_id: i64,
    keeper: &str,
) -> Result<bool, DbErr> {
    let model = member::ActiveModel {
        group_id: Set(group_id),
        user_id: Set(user_id),
        role: Set("member".into()),
        created_at: Set(now_ms()),
        managed_by: Set(keeper.to_string()),
    };
    let inserted = member::Entity::insert(model)
        .on_conflict(
            OnConflict::columns([member::Column::GroupId, member::Column::UserId])
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok(inserted == 1)
}

/// Hands a kept membership over to the group (nobody keeps it any more).
pub async fn release_member(
    db: &impl ConnectionTrait,
    group_id: i64,
    user_id: i64,
) -> Result<(), DbErr> {
    member::Entity::update_many()
        .col_expr(member::Column::ManagedBy, Expr::val(""))
        .filter(member::Column::GroupId.eq(group_id))
        .filter(member::Column::UserId.eq(user_id))
        .exec(db)
        .await
        .map(|_| ())
}

/// Ends a membership.
pub async fn remove_member(
    db: &impl ConnectionTrait,
    group_id: i64,
    user_id: i64,
) -> Result<(), DbErr> {
    member::Entity::delete_by_id((group_id, user_id))
        .exec(db)
        .await
        .map(|_| ())
}

/// The admins of a group (to check the last one stays, and to tell them of join requests).
pub async fn admin_ids(db: &impl ConnectionTrait, group_id: i64) -> Result<Vec<i64>, DbErr> {
    member::Entity::find()
        .select_only()
        .column(member::Column::UserId)
        .filter(member::Column::GroupId.eq(group_id))
        .filter(member::Column::Role.eq("admin"))
        .into_tuple()
        .all(db)
        .await
}

/// The ids of all members of a group (who hear of its announcements).
pub async fn member_ids(db: &impl ConnectionTrait, group_id: i64) -> Result<Vec<i64>, DbErr> {
    member::Entity::find()
        .select_only()
        .column(member::Column::UserId)
        .filter(member::Column::GroupId.eq(group_id))
        .into_tuple()
        .all(db)
        .await
}

/// The live groups `user_id` belongs to, as (id, name) by name.
pub async fn memberships(
    db: &impl ConnectionTrait,
    user_id: i64,
) -> Result<Vec<(i64, String)>, DbErr> {
    group::Entity::find()
        .select_only()
        .columns([group::Column::Id, group::Column::Name])
        .filter(group::Column::Id.in_subquery(crate::directory::access::groups_of(user_id)))
        .filter(group::Column::ArchivedAt.is_null())
        .order_by_asc(group::Column::NameKey)
        .into_tuple()
        .all(db)
        .await
}

/// The ids of the groups `user_id` belongs to.
pub async fn group_ids_of(db: &impl ConnectionTrait, user_id: i64) -> Result<Vec<i64>, DbErr> {
    member::Entity::find()
        .select_only()
        .column(member::Column::GroupId)
        .filter(member::Column::UserId.eq(user_id))
        .into_tuple()
        .all(db)
        .await
}

/// How many members a group has.
pub async fn member_count(db: &impl ConnectionTrait, group_id: i64) -> Result<u64, DbErr> {
    member::Entity::find()
        .filter(member::Column::GroupId.eq(group_id))
        .count(db)
        .await
}

/// Records a request to join (idempotent).
pub async fn insert_request(
    db: &impl ConnectionTrait,
    group_id: i64,
    user_id: i64,
) -> Result<(), DbErr> {
    let model = join_request::ActiveModel {
        group_id: Set(group_id),
        user_id: Set(user_id),
        created_at: Set(now_ms()),
    };
    join_request::Entity::insert(model)
        .on_conflict(
            OnConflict::columns([join_request::Column::GroupId, join_request::Column::UserId])
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(db)
        .await
        .map(|_| ())
}

/// Removes a request (approved, declined or withdrawn).
pub async fn delete_request(
    db: &impl ConnectionTrait,
    group_id: i64,
    user_id: i64,
) -> Result<(), DbErr> {
    join_request::Entity::delete_by_id((group_id, user_id))
        .exec(db)
        .await
        .map(|_| ())
}

/// A person in a group's member or request list.
#[derive(Debug, Clone, FromQueryResult)]
pub struct MemberRow {
    /// Member id.
    pub user_id: i64,
    /// Shown name.
    pub display_name: String,
    /// Photo, if any.
    pub photo_id: Option<i64>,
    /// `admin`, `member`, or `request` for pending requests.
    pub role: String,
    /// `scim` when the organisation's directory keeps this membership.
    pub managed_by: String,
}

/// Members of a group, admins first, then by name.
pub async fn members(
    db: &impl ConnectionTrait,
    group_id: i64,
    limit: u64,
) -> Result<Vec<MemberRow>, DbErr> {
    member::Entity::find()
        .select_only()
        .column(member::Column::UserId)
        .column(member::Column::Role)
        .column(member::Column::ManagedBy)
        .column(user::Column::DisplayName)
        .column(user::Column::PhotoId)
        .join(
            JoinType::InnerJoin,
            crate::db::relation(member::Column::UserId, user::Column::Id),
        )
        .filter(member::Column::GroupId.eq(group_id))
        .filter(user::Column::Active.eq(true))
        .order_by_asc(member::Column::Role)
        .order_by_asc(user::Column::NameKey)
        .limit(limit)
        .into_model::<MemberRow>()
        .all(db)
        .await
}

/// Pending join requests of a group, oldest first.
pub async fn requests(db: &impl ConnectionTrait, group_id: i64) -> Result<Vec<MemberRow>, DbErr> {
    join_request::Entity::find()
        .select_only()
        .column(join_request::Column::UserId)
        .column_as(Expr::val("request"), "role")
        .column_as(Expr::val(""), "managed_by")
        .column(user::Column::DisplayName)
        .column(user::Column::PhotoId)
        .join(
            JoinType::InnerJoin,
            crate::db::relation(join_request::Column::UserId, user::Column::Id),
        )
        .filter(join_request::Column::GroupId.eq(group_id))
        .order_by_asc(join_request::Column::CreatedAt)
        .into_model::<MemberRow>()
        .all(db)
        .await
}

/// One group in the groups list.
#[derive(Debug, Clone, FromQueryResult)]
pub struct GroupCard {
    /// Group id.
    pub id: i64,
    /// Name.
    pub name: String,
    /// Description (plain text).
    pub description: String,
    /// Stored visibility.
    pub visibility: String,
    /// Number of members.
    pub member_count: i64,
}

/// The groups `viewer_id` may see listed, by name; `mine` restricts to their memberships.
pub async fn listable(
    db: &impl ConnectionTrait,
    viewer_id: i64,
    mine: bool,
    limit: u64,
) -> Result<Vec<GroupCard>, DbErr> {
    let member_count = member::Entity::find()
        .select_only()
        .expr(ExprTrait::count(Expr::col((
            member::Entity,
            member::Column::UserId,
        ))))
        .filter(ExprTrait::equals(
            Expr::col((member::Entity, member::Column::GroupId)),
            (group::Entity, group::Column::Id),
        ))
        .into_query();
    let mut query = group::Entity::find()
        .select_only()
        .columns([
            group::Column::Id,
            group::Column::Name,
            group::Column::Description,
            group::Column::Visibility,
        ])
        .expr_as(
            Expr::SubQuery(None, Box::new(member_count.into_sub_query_statement())),
            "member_count",
        )
        .filter(access::listable_groups(viewer_id));
    if mine {
        query = query.filter(group::Column::Id.in_subquery(access::groups_of(viewer_id)));
    }
    query
        .order_by_asc(group::Column::NameKey)
        .limit(limit)
        .into_model::<GroupCard>()
        .all(db)
        .await
}
