//! Moderation (seed 002 §5): members' flags, the moderators' actions with the decision model's
//! rating (the audit log), hidden posts and comments, locked comments, moderators of the whole
//! community and suspended accounts.

use sea_orm_migration::{prelude::*, schema::*};

use super::{fk, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Flags {
    Table,
    Id,
    PostId,
    CommentId,
    GroupId,
    ReporterId,
    Reason,
    Detail,
    CreatedAt,
    HandledAt,
    HandledBy,
}

#[derive(DeriveIden, Clone, Copy)]
enum ModerationActions {
    Table,
    Id,
    PostId,
    CommentId,
    GroupId,
    SubjectId,
    ModeratorId,
    Action,
    Reason,
    Reach,
    Harm,
    Legal,
    Desirability,
    Suggested,
    Detail,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Posts {
    Table,
    Id,
    HiddenAt,
    CommentsLockedAt,
    ModeratorNote,
}

#[derive(DeriveIden)]
enum Comments {
    Table,
    HiddenAt,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    CommunityModerator,
    SuspendedUntil,
}

async fn add_column(
    m: &SchemaManager<'_>,
    table: impl IntoIden,
    column: ColumnDef,
) -> Result<(), DbErr> {
    m.alter_table(Table::alter().table(table).add_column(column).to_owned())
        .await
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        add_column(m, Posts::Table, big_integer_null(Posts::HiddenAt)).await?;
        add_column(m, Posts::Table, big_integer_null(Posts::CommentsLockedAt)).await?;
        add_column(
            m,
            Posts::Table,
            text(Posts::ModeratorNote).default("").to_owned(),
        )
        .await?;
        add_column(m, Comments::Table, big_integer_null(Comments::HiddenAt)).await?;
        add_column(
            m,
            Users::Table,
            boolean(Users::CommunityModerator).default(false).to_owned(),
        )
        .await?;
        add_column(m, Users::Table, big_integer_null(Users::SuspendedUntil)).await?;
        m.create_table(
            Table::create()
                .table(Flags::Table)
                .col(big_pk_auto(Flags::Id))
                .col(big_integer(Flags::PostId))
                .col(big_integer_null(Flags::CommentId))
                .col(big_integer(Flags::GroupId))
                .col(big_integer(Flags::ReporterId))
                .col(string_len(Flags::Reason, 24))
                .col(text(Flags::Detail).default(""))
                .col(big_integer(Flags::CreatedAt))
                .col(big_integer_null(Flags::HandledAt))
                .col(big_integer_null(Flags::HandledBy))
                .foreign_key(&mut fk(
                    (Flags::Table, Flags::PostId),
                    (Posts::Table, Posts::Id),
                ))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "ix_flags_open",
            Flags::Table,
            &[Flags::HandledAt, Flags::GroupId],
            false,
        )
        .await?;
        index(
            m,
            "ix_flags_post",
            Flags::Table,
            &[Flags::PostId, Flags::CommentId],
            false,
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ModerationActions::Table)
                .col(big_pk_auto(ModerationActions::Id))
                .col(big_integer_null(ModerationActions::PostId))
                .col(big_integer_null(ModerationActions::CommentId))
                .col(big_integer_null(ModerationActions::GroupId))
                .col(big_integer(ModerationActions::SubjectId))
                .col(big_integer_null(ModerationActions::ModeratorId))
                .col(string_len(ModerationActions::Action, 24))
                .col(text(ModerationActions::Reason).default(""))
                .col(string_len_null(ModerationActions::Reach, 8))
                .col(string_len_null(ModerationActions::Harm, 8))
                .col(string_len_null(ModerationActions::Legal, 8))
                .col(string_len_null(ModerationActions::Desirability, 16))
                .col(string_len_null(ModerationActions::Suggested, 24))
                .col(text(ModerationActions::Detail).default(""))
                .col(big_integer(ModerationActions::CreatedAt))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "ix_moderation_actions_created",
            ModerationActions::Table,
            &[ModerationActions::CreatedAt],
            false,
        )
        .await?;
        index(
            m,
            "ix_moderation_actions_subject",
            ModerationActions::Table,
            &[ModerationActions::SubjectId],
            false,
        )
        .await
    }
}
