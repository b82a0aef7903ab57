//! The personal digest: how often each member wants it (weekly unless they chose otherwise)
//! and when the last one was considered, so each member gets at most one per period.

use sea_orm_migration::{prelude::*, schema::*};

use super::fk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum DigestPrefs {
    Table,
    UserId,
    Frequency,
    LastSentAt,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(DigestPrefs::Table)
                    .col(big_integer(DigestPrefs::UserId).primary_key())
                    .col(string_len(DigestPrefs::Frequency, 8))
                    .col(big_integer_null(DigestPrefs::LastSentAt))
                    .foreign_key(&mut fk(
                        (DigestPrefs::Table, DigestPrefs::UserId),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await
    }
}
