//! Polls: the options, each member's votes, when voting closes and when results show.

use sea_orm_migration::{prelude::*, schema::*};

use super::fk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Posts {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Polls {
    Table,
    PostId,
    Multiple,
    ClosesAt,
    ResultsAfterClose,
}

#[derive(DeriveIden)]
enum PollOptions {
    Table,
    Id,
    PostId,
    Position,
    Label,
}

#[derive(DeriveIden)]
enum PollVotes {
    Table,
    OptionId,
    UserId,
    PostId,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Polls::Table)
                .col(big_integer(Polls::PostId).primary_key())
                .col(boolean(Polls::Multiple).default(false))
                .col(big_integer_null(Polls::ClosesAt))
                .col(boolean(Polls::ResultsAfterClose).default(false))
                .foreign_key(&mut fk(
                    (Polls::Table, Polls::PostId),
                    (Posts::Table, Posts::Id),
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(PollOptions::Table)
                .col(big_pk_auto(PollOptions::Id))
                .col(big_integer(PollOptions::PostId))
                .col(integer(PollOptions::Position))
                .col(string_len(PollOptions::Label, 200))
                .foreign_key(&mut fk(
                    (PollOptions::Table, PollOptions::PostId),
                    (Posts::Table, Posts::Id),
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_poll_options_post")
                .table(PollOptions::Table)
                .col(PollOptions::PostId)
                .col(PollOptions::Position)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(PollVotes::Table)
                .col(big_integer(PollVotes::OptionId))
                .col(big_integer(PollVotes::UserId))
                .col(big_integer(PollVotes::PostId))
                .col(big_integer(PollVotes::CreatedAt))
                .primary_key(
                    Index::create()
                        .col(PollVotes::OptionId)
                        .col(PollVotes::UserId),
                )
                .foreign_key(&mut fk(
                    (PollVotes::Table, PollVotes::OptionId),
                    (PollOptions::Table, PollOptions::Id),
                ))
                .foreign_key(&mut fk(
                    (PollVotes::Table, PollVotes::UserId),
                    (Users::Table, Users::Id),
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_poll_votes_post_user")
                .table(PollVotes::Table)
                .col(PollVotes::PostId)
                .col(PollVotes::UserId)
                .to_owned(),
        )
        .await
    }
}
