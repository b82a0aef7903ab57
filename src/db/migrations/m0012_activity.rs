//! The activity record: append-only events, and the daily rollups the cockpit reads (counts per
//! day × group × kind, and which members were active on a day).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ActivityEvents {
    Table,
    Id,
    OccurredAt,
    Day,
    UserId,
    Kind,
    GroupId,
    PostId,
}

#[derive(DeriveIden)]
enum ActivityDaily {
    Table,
    Day,
    GroupId,
    Kind,
    Count,
}

#[derive(DeriveIden)]
enum ActivityDailyMembers {
    Table,
    Day,
    UserId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // No foreign keys: the record outlives what it describes (deleted posts, erased
        // accounts are pseudonymised later), and appending must stay cheap.
        m.create_table(
            Table::create()
                .table(ActivityEvents::Table)
                .col(big_pk_auto(ActivityEvents::Id))
                .col(big_integer(ActivityEvents::OccurredAt))
                .col(integer(ActivityEvents::Day))
                .col(big_integer(ActivityEvents::UserId))
                .col(string_len(ActivityEvents::Kind, 32))
                .col(big_integer_null(ActivityEvents::GroupId))
                .col(big_integer_null(ActivityEvents::PostId))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_activity_events_occurred")
                .table(ActivityEvents::Table)
                .col(ActivityEvents::OccurredAt)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ActivityDaily::Table)
                .col(integer(ActivityDaily::Day))
                .col(big_integer(ActivityDaily::GroupId))
                .col(string_len(ActivityDaily::Kind, 32))
                .col(big_integer(ActivityDaily::Count))
                .primary_key(
                    Index::create()
                        .col(ActivityDaily::Day)
                        .col(ActivityDaily::GroupId)
                        .col(ActivityDaily::Kind),
                )
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ActivityDailyMembers::Table)
                .col(integer(ActivityDailyMembers::Day))
                .col(big_integer(ActivityDailyMembers::UserId))
                .primary_key(
                    Index::create()
                        .col(ActivityDailyMembers::Day)
                        .col(ActivityDailyMembers::UserId),
                )
                .to_owned(),
        )
        .await
    }
}
