//! Visits that arrive from a digest's or newsletter's links, one row per member, day and kind,
//! read only as counts of different people (the mails' effect without open or click tracking),
//! and an index for how many different addresses a kind of mail reached in a week.

use sea_orm_migration::{prelude::*, schema::*};

use super::index;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ActivityMailArrivals {
    Table,
    Day,
    Kind,
    UserId,
}

#[derive(DeriveIden, Clone, Copy)]
enum MailOutbox {
    Table,
    Kind,
    SentAt,
    ToAddress,
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
        .await?;
        index(
            m,
            "mail_outbox_kind_sent",
            MailOutbox::Table,
            &[MailOutbox::Kind, MailOutbox::SentAt, MailOutbox::ToAddress],
            false,
        )
        .await
    }
}
