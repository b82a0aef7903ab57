//! Queries of the work queue.

use sea_orm::sea_query::{Alias, Expr, ExprTrait, Order, Query};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, DbErr,
    EntityTrait, FromQueryResult, JoinType, QueryFilter, QueryOrder, QuerySelect,
};

use super::entity::{routine, task, task_event, task_member};
use super::generators::Candidate;
use super::kind::Status;
use crate::db::now_ms;
use crate::directory::access;
use crate::directory::group;
use crate::directory::user;

/// One task.
pub async fn find(db: &impl ConnectionTrait, id: i64) -> Result<Option<task::Model>, DbErr> {
    task::Entity::find_by_id(id).one(db).await
}

/// Tasks of `kind` that are live, or were closed since `since` (the dismissal memory).
pub async fn live_or_recent(
    db: &impl ConnectionTrait,
    kind: &str,
    since: i64,
) -> Result<Vec<task::Model>, DbErr> {
    task::Entity::find()
        .filter(task::Column::Kind.eq(kind))
        .filter(
            Condition::any()
                .add(task::Column::Status.is_in([Status::Open.as_str(), Status::Snoozed.as_str()]))
                .add(task::Column::ClosedAt.gte(since)),
        )
        .all(db)
        .await
}

/// Stores a task for `candidate` (made by `created_by`, none for a generator) with its members
/// and a `created` event; returns its id.
pub async fn insert(
    db: &impl ConnectionTrait,
    candidate: &Candidate,
    created_by: Option<i64>,
    assignee_id: Option<i64>,
    due_day: Option<i32>,
) -> Result<i64, DbErr> {
    let now = now_ms();
    let id = task::ActiveModel {
        kind: Set(candidate.kind.as_str().into()),
        subject_key: Set(candidate.subject_key.clone()),
        group_id: Set(candidate.group_id),
        post_id: Set(candidate.post_id),
        user_id: Set(candidate.user_id),
        detail: Set(candidate.detail.clone()),
        status: Set(Status::Open.as_str().into()),
        assignee_id: Set(assignee_id),
        due_day: Set(due_day),
        dismissed_reason: Set(String::new()),
        created_by: Set(created_by),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?
    .id;
    replace_members(db, id, &candidate.members).await?;
    add_event(db, id, created_by, "created", "").await?;
    Ok(id)
}

/// Replaces the members of a batch task.
pub async fn replace_members(
    db: &impl ConnectionTrait,
    task_id: i64,
    members: &[i64],
) -> Result<(), DbErr> {
    task_member::Entity::delete_many()
        .filter(task_member::Column::TaskId.eq(task_id))
        .exec(db)
        .await?;
    for chunk in members.chunks(500) {
        let rows = chunk.iter().map(|&user_id| task_member::ActiveModel {
            task_id: Set(task_id),
            user_id: Set(user_id),
        });
        task_member::Entity::insert_many(rows)
            .exec_without_returning(db)
            .await?;
    }
    Ok(())
}

/// Saves a changed task.
pub async fn update(db: &impl ConnectionTrait, mut model: task::ActiveModel) -> Result<(), DbErr> {
    model.updated_at = Set(now_ms());
    model.update(db).await.map(|_| ())
}

/// Adds a history entry or comment.
pub async fn add_event(
    db: &impl ConnectionTrait,
    task_id: i64,
    actor_id: Option<i64>,
    kind: &str,
    detail: &str,
) -> Result<(), DbErr> {
    task_event::ActiveModel {
        task_id: Set(task_id),
        actor_id: Set(actor_id),
        kind: Set(kind.into()),
        detail: Set(detail.into()),
        created_at: Set(now_ms()),
        ..Default::default()
    }
    .insert(db)
    .await
    .map(|_| ())
}

/// Snoozed tasks whose moment came are open again.
pub async fn wake_snoozed(db: &impl ConnectionTrait, now: i64) -> Result<(), DbErr> {
    task::Entity::update_many()
        .col_expr(task::Column::Status, Expr::val(Status::Open.as_str()))
        .col_expr(task::Column::SnoozedUntil, Expr::val(Option::<i64>::None))
        .filter(task::Column::Status.eq(Status::Snoozed.as_str()))
        .filter(task::Column::SnoozedUntil.lte(now))
        .exec(db)
        .await
        .map(|_| ())
}

/// A history entry as the task page shows it.
#[derive(Debug, Clone, FromQueryResult)]
pub struct EventRow {
    /// What happened.
    pub kind: String,
    /// The comment or the new value.
    pub detail: String,
    /// Who (none: Plein).
    pub actor_name: Option<String>,
    /// When.
    pub created_at: i64,
}

/// A task's history, oldest first.
pub async fn events(db: &impl ConnectionTrait, task_id: i64) -> Result<Vec<EventRow>, DbErr> {
    task_event::Entity::find()
        .select_only()
        .columns([
            task_event::Column::Kind,
            task_event::Column::Detail,
            task_event::Column::CreatedAt,
        ])
        .column_as(user::Column::DisplayName, "actor_name")
        .join(
            JoinType::LeftJoin,
            crate::db::relation(task_event::Column::ActorId, user::Column::Id),
        )
        .filter(task_event::Column::TaskId.eq(task_id))
        .order_by_asc(task_event::Column::Id)
        .into_model::<EventRow>()
        .all(db)
        .await
}

/// The members of a batch task, by name.
pub async fn members(db: &impl ConnectionTrait, task_id: i64) -> Result<Vec<(i64, String)>, DbErr> {
    task_member::Entity::find()
        .select_only()
        .column(task_member::Column::UserId)
        .column(user::Column::DisplayName)
        .join(
            JoinType::InnerJoin,
            crate::db::relation(task_member::Column::UserId, user::Column::Id),
        )
        .filter(task_member::Column::TaskId.eq(task_id))
        .order_by_asc(user::Column::DisplayName)
        .into_tuple()
        .all(db)
        .await
}

/// A task as the list shows it.
#[derive(Debug, Clone, FromQueryResult)]
pub struct TaskRow {
    /// Its id.
    pub id: i64,
    /// Stored kind.
    pub kind: String,
    /// Stored status.
    pub status: String,
    /// The routine's title or a generator's code.
    pub detail: String,
    /// The group's name, when the task concerns a group.
    pub group_name: Option<String>,
    /// Whom it is assigned to.
    pub assignee_name: Option<String>,
    /// The member it is about (a newcomer).
    pub member_name: Option<String>,
    /// When it is due.
    pub due_day: Option<i32>,
    /// When it was made.
    pub created_at: i64,
    /// The group it concerns, if any.
    pub group_id: Option<i64>,
    /// The start of the post it concerns (Markdown), if any: the list names its subject.
    pub post_start: Option<String>,
}

impl TaskRow {
    /// The i18n key of the task's kind.
    pub fn kind_key(&self) -> &'static str {
        super::kind::TaskKind::label_key_of(&self.kind)
    }

    /// The i18n key of the task's status.
    pub fn status_key(&self) -> &'static str {
        Status::label_key_of(&self.status)
    }
}

/// Filters of the task list.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Only tasks assigned to this member.
    pub assignee: Option<i64>,
    /// Only tasks nobody has.
    pub unassigned: bool,
    /// Only this kind.
    pub kind: Option<String>,
    /// Only this group.
    pub group_id: Option<i64>,
    /// Only these statuses.
    pub statuses: Vec<&'static str>,
}

/// Tasks matching `filter` that `viewer_id` may see (none about a group they cannot read),
/// due first, then newest.
pub async fn list(
    db: &impl ConnectionTrait,
    viewer_id: i64,
    filter: &Filter,
    limit: u64,
) -> Result<Vec<TaskRow>, DbErr> {
    let assignee = Alias::new("assignee");
    let member = Alias::new("member");
    let col = |c: task::Column| Expr::col((task::Entity, c));
    let mut query = Query::select();
    query
        .columns([
            (task::Entity, task::Column::Id),
            (task::Entity, task::Column::Kind),
            (task::Entity, task::Column::Status),
            (task::Entity, task::Column::Detail),
            (task::Entity, task::Column::DueDay),
            (task::Entity, task::Column::CreatedAt),
            (task::Entity, task::Column::GroupId),
        ])
        .expr_as(
            Expr::cust("CASE WHEN posts.deleted_at IS NULL THEN SUBSTR(posts.body_md, 1, 120) END"),
            Alias::new("post_start"),
        )
        .expr_as(
            Expr::col((group::Entity, group::Column::Name)),
            Alias::new("group_name"),
        )
        .expr_as(
            Expr::col((assignee.clone(), user::Column::DisplayName)),
            Alias::new("assignee_name"),
        )
        .expr_as(
            Expr::col((member.clone(), user::Column::DisplayName)),
            Alias::new("member_name"),
        )
        .from(task::Entity)
        .left_join(
            group::Entity,
            Expr::col((group::Entity, group::Column::Id))
                .equals((task::Entity, task::Column::GroupId)),
        )
        .left_join(
            crate::posts::post::Entity,
            Expr::col((crate::posts::post::Entity, crate::posts::post::Column::Id))
                .equals((task::Entity, task::Column::PostId)),
        )
        .join_as(
            JoinType::LeftJoin,
            user::Entity,
            assignee.clone(),
            Expr::col((assignee, user::Column::Id))
                .equals((task::Entity, task::Column::AssigneeId)),
        )
        .join_as(
            JoinType::LeftJoin,
            user::Entity,
            member.clone(),
            Expr::col((member, user::Column::Id)).equals((task::Entity, task::Column::UserId)),
        )
        .cond_where(
            Condition::any()
                .add(col(task::Column::GroupId).is_null())
                .add(access::readable_groups(viewer_id)),
        )
        .order_by_expr(col(task::Column::DueDay).is_null(), Order::Asc)
        .order_by((task::Entity, task::Column::DueDay), Order::Asc)
        .order_by((task::Entity, task::Column::Id), Order::Desc)
        .limit(limit);
    if !filter.statuses.is_empty() {
        query.and_where(col(task::Column::Status).is_in(filter.statuses.clone()));
    }
    if let Some(id) = filter.assignee {
        query.and_where(col(task::Column::AssigneeId).eq(id));
    }
    if filter.unassigned {
        query.and_where(col(task::Column::AssigneeId).is_null());
    }
    if let Some(kind) = &filter.kind {
        query.and_where(col(task::Column::Kind).eq(kind.as_str()));
    }
    if let Some(group_id) = filter.group_id {
        query.and_where(col(task::Column::GroupId).eq(group_id));
    }
    let backend = db.get_database_backend();
    TaskRow::find_by_statement(backend.build(&query))
        .all(db)
        .await
}

/// The team: community managers and administrators who can be given a task.
pub async fn team(db: &impl ConnectionTrait) -> Result<Vec<(i64, String)>, DbErr> {
    user::Entity::find()
        .select_only()
        .columns([user::Column::Id, user::Column::DisplayName])
        .filter(user::Column::Active.eq(true))
        .filter(user::Column::Role.is_in(["community_manager", "admin"]))
        .order_by_asc(user::Column::DisplayName)
        .into_tuple()
        .all(db)
        .await
}

/// Routine tasks whose day has come.
pub async fn due_routines(
    db: &impl ConnectionTrait,
    today: i32,
) -> Result<Vec<routine::Model>, DbErr> {
    routine::Entity::find()
        .filter(routine::Column::Active.eq(true))
        .filter(routine::Column::NextDay.lte(today))
        .all(db)
        .await
}

/// Every routine, active first.
pub async fn routines(db: &impl ConnectionTrait) -> Result<Vec<routine::Model>, DbErr> {
    routine::Entity::find()
        .order_by_desc(routine::Column::Active)
        .order_by_asc(routine::Column::Title)
        .all(db)
        .await
}

/// Stores a routine.
pub async fn insert_routine(db: &impl ConnectionTrait, row: routine::Model) -> Result<(), DbErr> {
    let mut model: routine::ActiveModel = row.into();
    model.id = sea_orm::ActiveValue::NotSet;
    model.insert(db).await.map(|_| ())
}

/// Moves a routine to its next day.
pub async fn advance_routine(
    db: &impl ConnectionTrait,
    id: i64,
    next_day: i32,
) -> Result<(), DbErr> {
    routine::Entity::update_many()
        .col_expr(routine::Column::NextDay, Expr::val(next_day))
        .filter(routine::Column::Id.eq(id))
        .exec(db)
        .await
        .map(|_| ())
}

/// The ambassadors of `department` (any ambassador when there is none there).
pub async fn ambassadors_for(
    db: &impl ConnectionTrait,
    department: &str,
) -> Result<Vec<(i64, String)>, DbErr> {
    let query = |same_department: bool| {
        let mut select = user::Entity::find()
            .select_only()
            .columns([user::Column::Id, user::Column::DisplayName])
            .filter(user::Column::Active.eq(true))
            .filter(user::Column::Role.eq("ambassador"))
            .order_by_asc(user::Column::DisplayName)
            .limit(3);
        if same_department {
            select = select.filter(user::Column::Department.eq(department));
        }
        select.into_tuple::<(i64, String)>()
    };
    let near = if department.is_empty() {
        Vec::new()
    } else {
        query(true).all(db).await?
    };
    if near.is_empty() {
        query(false).all(db).await
    } else {
        Ok(near)
    }
}

/// The groups that open tasks concern and `viewer_id` may read, by name (the list's filter).
pub async fn groups_with_tasks(
    db: &impl ConnectionTrait,
    viewer_id: i64,
) -> Result<Vec<(i64, String)>, DbErr> {
    let with_tasks = Query::select()
        .column(task::Column::GroupId)
        .from(task::Entity)
        .and_where(task::Column::Status.is_in([Status::Open.as_str(), Status::Snoozed.as_str()]))
        .and_where(task::Column::GroupId.is_not_null())
        .to_owned();
    group::Entity::find()
        .select_only()
        .columns([group::Column::Id, group::Column::Name])
        .filter(group::Column::Id.in_subquery(with_tasks))
        .filter(access::readable_groups(viewer_id))
        .order_by_asc(group::Column::Name)
        .into_tuple()
        .all(db)
        .await
}
