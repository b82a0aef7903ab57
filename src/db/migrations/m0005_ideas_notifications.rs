//! Ideas (their status and the written responses that move it), following posts, and
//! notifications with each member's preferences.

use sea_orm_migration::{prelude::*, schema::*};

use super::fk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Posts {
    Table,
    Id,
    IdeaStatus,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum IdeaResponses {
    Table,
    Id,
    PostId,
    AuthorId,
    FromStatus,
    ToStatus,
    BodyMd,
    BodyHtml,
    CreatedAt,
}

#[derive(DeriveIden)]
enum PostFollowers {
    Table,
    PostId,
    UserId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Notifications {
    Table,
    Id,
    UserId,
    Kind,
    ActorId,
    GroupId,
    PostId,
    Detail,
    CreatedAt,
    ReadAt,
}

#[derive(DeriveIden)]
enum NotificationPrefs {
    Table,
    UserId,
    Kind,
    InApp,
    Email,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Posts::Table)
                .add_column(string_len_null(Posts::IdeaStatus, 32))
                .to_owned(),
        )
        .await?;
        create_idea_responses(m).await?;
        create_post_followers(m).await?;
        create_notifications(m).await
    }
}

async fn create_idea_responses(m: &SchemaManager<'_>) -> Result<(), DbErr> {
    m.create_table(
        Table::create()
            .table(IdeaResponses::Table)
            .col(big_pk_auto(IdeaResponses::Id))
            .col(big_integer(IdeaResponses::PostId))
            .col(big_integer(IdeaResponses::AuthorId))
            .col(string_len(IdeaResponses::FromStatus, 32))
            .col(string_len(IdeaResponses::ToStatus, 32))
            .col(text(IdeaResponses::BodyMd))
            .col(text(IdeaResponses::BodyHtml))
            .col(big_integer(IdeaResponses::CreatedAt))
            .foreign_key(&mut fk(
                (IdeaResponses::Table, IdeaResponses::PostId),
                (Posts::Table, Posts::Id),
            ))
            .foreign_key(&mut fk(
                (IdeaResponses::Table, IdeaResponses::AuthorId),
                (Users::Table, Users::Id),
            ))
            .to_owned(),
    )
    .await?;
    m.create_index(
        Index::create()
            .name("ix_idea_responses_post")
            .table(IdeaResponses::Table)
            .col(IdeaResponses::PostId)
            .col(IdeaResponses::Id)
            .to_owned(),
    )
    .await?;
    m.create_index(
        Index::create()
            .name("ix_posts_idea_status")
            .table(Posts::Table)
            .col(Posts::IdeaStatus)
            .to_owned(),
    )
    .await
}

async fn create_post_followers(m: &SchemaManager<'_>) -> Result<(), DbErr> {
    m.create_table(
        Table::create()
            .table(PostFollowers::Table)
            .col(big_integer(PostFollowers::PostId))
            .col(big_integer(PostFollowers::UserId))
            .col(big_integer(PostFollowers::CreatedAt))
            .primary_key(
                Index::create()
                    .col(PostFollowers::PostId)
                    .col(PostFollowers::UserId),
            )
            .foreign_key(&mut fk(
                (PostFollowers::Table, PostFollowers::PostId),
                (Posts::Table, Posts::Id),
            ))
            .foreign_key(&mut fk(
                (PostFollowers::Table, PostFollowers::UserId),
                (Users::Table, Users::Id),
            ))
            .to_owned(),
    )
    .await
}

async fn create_notifications(m: &SchemaManager<'_>) -> Result<(), DbErr> {
    m.create_table(
        Table::create()
            .table(Notifications::Table)
            .col(big_pk_auto(Notifications::Id))
            .col(big_integer(Notifications::UserId))
            .col(string_len(Notifications::Kind, 32))
            .col(big_integer_null(Notifications::ActorId))
            .col(big_integer_null(Notifications::GroupId))
            .col(big_integer_null(Notifications::PostId))
            .col(string_len_null(Notifications::Detail, 64))
            .col(big_integer(Notifications::CreatedAt))
            .col(big_integer_null(Notifications::ReadAt))
            .foreign_key(&mut fk(
                (Notifications::Table, Notifications::UserId),
                (Users::Table, Users::Id),
            ))
            .to_owned(),
    )
    .await?;
    m.create_index(
        Index::create()
            .name("ix_notifications_user")
            .table(Notifications::Table)
            .col(Notifications::UserId)
            .col(Notifications::Id)
            .to_owned(),
    )
    .await?;
    m.create_table(
        Table::create()
            .table(NotificationPrefs::Table)
            .col(big_integer(NotificationPrefs::UserId))
            .col(string_len(NotificationPrefs::Kind, 32))
            .col(boolean(NotificationPrefs::InApp))
            .col(boolean(NotificationPrefs::Email))
            .primary_key(
                Index::create()
                    .col(NotificationPrefs::UserId)
                    .col(NotificationPrefs::Kind),
            )
            .foreign_key(&mut fk(
                (NotificationPrefs::Table, NotificationPrefs::UserId),
                (Users::Table, Users::Id),
            ))
            .to_owned(),
    )
    .await
}
