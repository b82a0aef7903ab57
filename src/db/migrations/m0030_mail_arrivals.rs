//! Visits that arrive from a digest's or newsletter's links, one row per member, day and kind,
//! read only as counts of different people (the mails' effect without open or click tracking).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ActivityMailArrivals {
    Table,
    Day,
    Kind,
    UserId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(ActivityMailArrivals::Table)
                .col(integer(ActivityMailArrivals::Day))
                .col(string_len(ActivityMailArrivals::Kind, 32))
                .col(big_integer(ActivityMailArrivals::UserId))
                .primary_key(
                    Index::create()
                        .col(ActivityMailArrivals::Day)
                        .col(ActivityMailArrivals::Kind)
                        .col(ActivityMailArrivals::UserId),
                )
                .to_owned(),
        )
        .await
    }
}
