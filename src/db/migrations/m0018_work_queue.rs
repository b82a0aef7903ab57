//! The work queue (seeds 000 §3–§4, §9): background jobs shared by every instance, the tasks the
//! generators and the team create, the members a batch task concerns, each task's history and
//! comments, the team's routine tasks, and the personal messages sent from tasks.

use sea_orm_migration::{prelude::*, schema::*};

use super::{fk, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Jobs {
    Table,
    Id,
    Kind,
    Payload,
    UniqueKey,
    RunAt,
    Attempts,
    MaxAttempts,
    LockedUntil,
    LockedBy,
    LastError,
    DoneAt,
    Failed,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Tasks {
    Table,
    Id,
    Kind,
    SubjectKey,
    GroupId,
    PostId,
    UserId,
    Detail,
    Status,
    AssigneeId,
    DueDay,
    SnoozedUntil,
    DismissedReason,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
    ClosedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum TaskMembers {
    Table,
    TaskId,
    UserId,
}

#[derive(DeriveIden, Clone, Copy)]
enum TaskEvents {
    Table,
    Id,
    TaskId,
    ActorId,
    Kind,
    Detail,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Messages {
    Table,
    Id,
    SenderId,
    RecipientId,
    BodyHtml,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum RoutineTasks {
    Table,
    Id,
    Title,
    Cadence,
    AssigneeId,
    NextDay,
    CreatedBy,
    CreatedAt,
    Active,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Jobs::Table)
                .col(big_pk_auto(Jobs::Id))
                .col(string_len(Jobs::Kind, 64))
                .col(text(Jobs::Payload).default(""))
                .col(string_len_null(Jobs::UniqueKey, 200))
                .col(big_integer(Jobs::RunAt))
                .col(integer(Jobs::Attempts).default(0))
                .col(integer(Jobs::MaxAttempts).default(5))
                .col(big_integer_null(Jobs::LockedUntil))
                .col(string_len_null(Jobs::LockedBy, 100))
                .col(text_null(Jobs::LastError))
                .col(big_integer_null(Jobs::DoneAt))
                .col(boolean(Jobs::Failed).default(false))
                .col(big_integer(Jobs::CreatedAt))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "ux_jobs_unique_key",
            Jobs::Table,
            &[Jobs::UniqueKey],
            true,
        )
        .await?;
        index(
            m,
            "ix_jobs_due",
            Jobs::Table,
            &[Jobs::DoneAt, Jobs::RunAt],
            false,
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Tasks::Table)
                .col(big_pk_auto(Tasks::Id))
                .col(string_len(Tasks::Kind, 32))
                .col(string_len(Tasks::SubjectKey, 200))
                .col(big_integer_null(Tasks::GroupId))
                .col(big_integer_null(Tasks::PostId))
                .col(big_integer_null(Tasks::UserId))
                .col(text(Tasks::Detail).default(""))
                .col(string_len(Tasks::Status, 16))
                .col(big_integer_null(Tasks::AssigneeId))
                .col(integer_null(Tasks::DueDay))
                .col(big_integer_null(Tasks::SnoozedUntil))
                .col(text(Tasks::DismissedReason).default(""))
                .col(big_integer_null(Tasks::CreatedBy))
                .col(big_integer(Tasks::CreatedAt))
                .col(big_integer(Tasks::UpdatedAt))
                .col(big_integer_null(Tasks::ClosedAt))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "ix_tasks_subject",
            Tasks::Table,
            &[Tasks::Kind, Tasks::SubjectKey],
            false,
        )
        .await?;
        index(
            m,
            "ix_tasks_status",
            Tasks::Table,
            &[Tasks::Status, Tasks::Id],
            false,
        )
        .await?;
        m.create_table(
            Table::create()
                .table(TaskMembers::Table)
                .col(big_integer(TaskMembers::TaskId))
                .col(big_integer(TaskMembers::UserId))
                .primary_key(
                    Index::create()
                        .col(TaskMembers::TaskId)
                        .col(TaskMembers::UserId),
                )
                .foreign_key(&mut fk(
                    (TaskMembers::Table, TaskMembers::TaskId),
                    (Tasks::Table, Tasks::Id),
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(TaskEvents::Table)
                .col(big_pk_auto(TaskEvents::Id))
                .col(big_integer(TaskEvents::TaskId))
                .col(big_integer_null(TaskEvents::ActorId))
                .col(string_len(TaskEvents::Kind, 16))
                .col(text(TaskEvents::Detail).default(""))
                .col(big_integer(TaskEvents::CreatedAt))
                .foreign_key(&mut fk(
                    (TaskEvents::Table, TaskEvents::TaskId),
                    (Tasks::Table, Tasks::Id),
                ))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "ix_task_events_task",
            TaskEvents::Table,
            &[TaskEvents::TaskId, TaskEvents::Id],
            false,
        )
        .await?;
        m.create_table(
            Table::create()
                .table(RoutineTasks::Table)
                .col(big_pk_auto(RoutineTasks::Id))
                .col(string_len(RoutineTasks::Title, 200))
                .col(string_len(RoutineTasks::Cadence, 16))
                .col(big_integer_null(RoutineTasks::AssigneeId))
                .col(integer(RoutineTasks::NextDay))
                .col(big_integer(RoutineTasks::CreatedBy))
                .col(big_integer(RoutineTasks::CreatedAt))
                .col(boolean(RoutineTasks::Active).default(true))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Messages::Table)
                .col(big_pk_auto(Messages::Id))
                .col(big_integer(Messages::SenderId))
                .col(big_integer(Messages::RecipientId))
                .col(text(Messages::BodyHtml))
                .col(big_integer(Messages::CreatedAt))
                .to_owned(),
        )
        .await
    }
}
