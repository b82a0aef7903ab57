//! Queries of the moderation capability: flags, the review queue, and the actions (audit log).

use sea_orm::sea_query::{Alias, Expr, ExprTrait, Order, Query};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, DbErr,
    EntityTrait, FromQueryResult, JoinType, QueryFilter, QueryOrder, QuerySelect,
};

use super::action::Target;
use super::entity::{action, flag};
use crate::db::now_ms;
use crate::directory::access;
use crate::directory::group;
use crate::directory::user;

/// The open flags of one target.
fn open_on(target: Target) -> Condition {
    Condition::all()
        .add(flag::Column::HandledAt.is_null())
        .add(flag::Column::PostId.eq(target.post_id()))
        .add(match target.comment_id() {
            Some(id) => flag::Column::CommentId.eq(id),
            None => flag::Column::CommentId.is_null(),
        })
}

/// Whether `reporter_id` already has an open flag on `target`.
pub async fn has_open_flag(
    db: &impl ConnectionTrait,
    reporter_id: i64,
    target: Target,
) -> Result<bool, DbErr> {
    Ok(flag::Entity::find()
        .filter(open_on(target))
        .filter(flag::Column::ReporterId.eq(reporter_id))
        .one(db)
        .await?
        .is_some())
}

/// Stores a flag.
pub async fn insert_flag(db: &impl ConnectionTrait, row: flag::Model) -> Result<(), DbErr> {
    flag::ActiveModel {
        post_id: Set(row.post_id),
        comment_id: Set(row.comment_id),
        group_id: Set(row.group_id),
        reporter_id: Set(row.reporter_id),
        reason: Set(row.reason),
        detail: Set(row.detail),
        created_at: Set(row.created_at),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// The open flags of one target, oldest first.
pub async fn open_flags(
    db: &impl ConnectionTrait,
    target: Target,
) -> Result<Vec<flag::Model>, DbErr> {
    flag::Entity::find()
        .filter(open_on(target))
        .order_by_asc(flag::Column::Id)
        .all(db)
        .await
}

/// How many open flags `target` has (one per member).
pub async fn open_flag_count(db: &impl ConnectionTrait, target: Target) -> Result<u64, DbErr> {
    use sea_orm::PaginatorTrait;
    flag::Entity::find().filter(open_on(target)).count(db).await
}

/// Marks every open flag of `target` handled.
pub async fn handle_flags(
    db: &impl ConnectionTrait,
    target: Target,
    moderator_id: i64,
) -> Result<(), DbErr> {
    flag::Entity::update_many()
        .col_expr(flag::Column::HandledAt, Expr::val(now_ms()))
        .col_expr(flag::Column::HandledBy, Expr::val(moderator_id))
        .filter(open_on(target))
        .exec(db)
        .await?;
    Ok(())
}

/// Moves a post's flags (and its comments') to the group the post moved to.
pub async fn move_flags(
    db: &impl ConnectionTrait,
    post_id: i64,
    group_id: i64,
) -> Result<(), DbErr> {
    flag::Entity::update_many()
        .col_expr(flag::Column::GroupId, Expr::val(group_id))
        .filter(flag::Column::PostId.eq(post_id))
        .exec(db)
        .await?;
    Ok(())
}

/// One flagged post or comment waiting in the queue.
#[derive(Debug, Clone, FromQueryResult)]
pub struct QueueRow {
    /// The post.
    pub post_id: i64,
    /// The comment, when a comment is flagged.
    pub comment_id: Option<i64>,
    /// The group.
    pub group_id: i64,
    /// The group's name.
    pub group_name: String,
    /// Open flags.
    pub flags: i64,
    /// When the first of them came in.
    pub first_at: i64,
}

impl QueueRow {
    /// What the row is about.
    pub fn target(&self) -> Target {
        match self.comment_id {
            Some(comment_id) => Target::Comment {
                post_id: self.post_id,
                comment_id,
            },
            None => Target::Post(self.post_id),
        }
    }
}

/// The items with open flags in the groups `viewer_id` moderates (optionally one group),
/// oldest first.
pub async fn queue(
    db: &impl ConnectionTrait,
    viewer_id: i64,
    community_wide: bool,
    group_id: Option<i64>,
    limit: u64,
) -> Result<Vec<QueueRow>, DbErr> {
    let moderated = Query::select()
        .column(group::Column::Id)
        .from(group::Entity)
        .cond_where(access::moderated_groups(viewer_id, community_wide))
        .to_owned();
    let mut select = flag::Entity::find()
        .select_only()
        .columns([
            flag::Column::PostId,
            flag::Column::CommentId,
            flag::Column::GroupId,
        ])
        .column_as(group::Column::Name, "group_name")
        .column_as(flag::Column::Id.count(), "flags")
        .column_as(flag::Column::CreatedAt.min(), "first_at")
        .join(
            JoinType::InnerJoin,
            crate::db::relation(flag::Column::GroupId, group::Column::Id),
        )
        .filter(flag::Column::HandledAt.is_null())
        .filter(flag::Column::GroupId.in_subquery(moderated))
        .group_by(flag::Column::PostId)
        .group_by(flag::Column::CommentId)
        .group_by(flag::Column::GroupId)
        .group_by(group::Column::Name)
        .order_by(Expr::col(Alias::new("first_at")), Order::Asc)
        .limit(limit);
    if let Some(group_id) = group_id {
        select = select.filter(flag::Column::GroupId.eq(group_id));
    }
    select.into_model::<QueueRow>().all(db).await
}

/// Stores an action and returns its id.
pub async fn insert_action(db: &impl ConnectionTrait, row: action::Model) -> Result<i64, DbErr> {
    let mut model: action::ActiveModel = row.into();
    model.id = sea_orm::ActiveValue::NotSet;
    Ok(model.insert(db).await?.id)
}

/// One action.
pub async fn find_action(
    db: &impl ConnectionTrait,
    id: i64,
) -> Result<Option<action::Model>, DbErr> {
    action::Entity::find_by_id(id).one(db).await
}

/// An action as the audit log lists it.
#[derive(Debug, Clone, FromQueryResult)]
pub struct LogRow {
    /// The action's id.
    pub id: i64,
    /// When.
    pub created_at: i64,
    /// Stored action.
    pub action: String,
    /// Who acted (none: Plein itself).
    pub moderator_name: Option<String>,
    /// Whom it concerned.
    pub subject_name: String,
    /// The post.
    pub post_id: Option<i64>,
    /// The comment.
    pub comment_id: Option<i64>,
    /// The group.
    pub group_id: Option<i64>,
    /// The group's name.
    pub group_name: Option<String>,
    /// The reason given.
    pub reason: String,
    /// The rating, when one was given.
    pub desirability: Option<String>,
    /// The suggested response.
    pub suggested: Option<String>,
}

impl LogRow {
    /// The i18n key of the logged action.
    pub fn action_key(&self) -> &'static str {
        super::action::Action::parse(&self.action)
            .map_or("action-keep", super::action::Action::label_key)
    }
}

/// Filters of the audit log.
#[derive(Debug, Clone, Default)]
pub struct LogFilter {
    /// Only this action.
    pub action: Option<String>,
    /// Only this group.
    pub group_id: Option<i64>,
    /// From this moment.
    pub from: Option<i64>,
    /// Before this moment.
    pub to: Option<i64>,
    /// Older than this id (paging).
    pub before: Option<i64>,
    /// Only actions on this post or comment.
    pub target: Option<Target>,
}

/// Actions matching `filter`, newest first.
pub async fn log(
    db: &impl ConnectionTrait,
    filter: &LogFilter,
    limit: u64,
) -> Result<Vec<LogRow>, DbErr> {
    let moderator = Alias::new("moderator");
    let subject = Alias::new("subject");
    let mut query = Query::select();
    query
        .columns([
            (action::Entity, action::Column::Id),
            (action::Entity, action::Column::CreatedAt),
            (action::Entity, action::Column::Action),
            (action::Entity, action::Column::PostId),
            (action::Entity, action::Column::CommentId),
            (action::Entity, action::Column::GroupId),
            (action::Entity, action::Column::Reason),
            (action::Entity, action::Column::Desirability),
            (action::Entity, action::Column::Suggested),
        ])
        .expr_as(
            Expr::col((moderator.clone(), user::Column::DisplayName)),
            Alias::new("moderator_name"),
        )
        .expr_as(
            Expr::col((subject.clone(), user::Column::DisplayName)),
            Alias::new("subject_name"),
        )
        .expr_as(
            Expr::col((group::Entity, group::Column::Name)),
            Alias::new("group_name"),
        )
        .from(action::Entity)
        .join_as(
            JoinType::LeftJoin,
            user::Entity,
            moderator.clone(),
            Expr::col((moderator, user::Column::Id))
                .equals((action::Entity, action::Column::ModeratorId)),
        )
        .join_as(
            JoinType::InnerJoin,
            user::Entity,
            subject.clone(),
            Expr::col((subject, user::Column::Id))
                .equals((action::Entity, action::Column::SubjectId)),
        )
        .left_join(
            group::Entity,
            Expr::col((group::Entity, group::Column::Id))
                .equals((action::Entity, action::Column::GroupId)),
        )
        .order_by((action::Entity, action::Column::Id), Order::Desc)
        .limit(limit);
    let column = |c: action::Column| Expr::col((action::Entity, c));
    if let Some(name) = &filter.action {
        query.and_where(column(action::Column::Action).eq(name.as_str()));
    }
    if let Some(group_id) = filter.group_id {
        query.and_where(column(action::Column::GroupId).eq(group_id));
    }
    if let Some(from) = filter.from {
        query.and_where(column(action::Column::CreatedAt).gte(from));
    }
    if let Some(to) = filter.to {
        query.and_where(column(action::Column::CreatedAt).lt(to));
    }
    if let Some(before) = filter.before {
        query.and_where(column(action::Column::Id).lt(before));
    }
    if let Some(target) = filter.target {
        query.and_where(column(action::Column::PostId).eq(target.post_id()));
        query.and_where(match target.comment_id() {
            Some(id) => column(action::Column::CommentId).eq(id),
            None => column(action::Column::CommentId).is_null(),
        });
    }
    let backend = db.get_database_backend();
    LogRow::find_by_statement(backend.build(&query))
        .all(db)
        .await
}

/// The live groups `viewer_id` moderates (see [`access::moderated_groups`]), by name.
pub async fn groups_moderated(
    db: &impl ConnectionTrait,
    viewer_id: i64,
    community_wide: bool,
) -> Result<Vec<(i64, String)>, DbErr> {
    group::Entity::find()
        .select_only()
        .columns([group::Column::Id, group::Column::Name])
        .filter(access::moderated_groups(viewer_id, community_wide))
        .filter(group::Column::ArchivedAt.is_null())
        .order_by_asc(group::Column::Name)
        .into_tuple()
        .all(db)
        .await
}

/// The names of the groups among `ids` that `viewer_id` may read.
pub async fn readable_group_names(
    db: &impl ConnectionTrait,
    viewer_id: i64,
    ids: Vec<i64>,
) -> Result<std::collections::HashMap<i64, String>, DbErr> {
    if ids.is_empty() {
        return Ok(Default::default());
    }
    let rows: Vec<(i64, String)> = group::Entity::find()
        .select_only()
        .columns([group::Column::Id, group::Column::Name])
        .filter(group::Column::Id.is_in(ids))
        .filter(access::readable_groups(viewer_id))
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().collect())
}
