//! Devices a member signed in from before (OWASP's device cookies): the right password from
//! one of them is accepted while the account is slowed down for everyone else, so nobody can
//! lock a colleague out by guessing wrong on purpose.

use sea_orm_migration::{prelude::*, schema::*};

use super::{fk, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum KnownDevices {
    Table,
    TokenHash,
    UserId,
    CreatedAt,
    LastSeenAt,
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
                    .table(KnownDevices::Table)
                    .col(string_len(KnownDevices::TokenHash, 64).primary_key())
                    .col(big_integer(KnownDevices::UserId))
                    .col(big_integer(KnownDevices::CreatedAt))
                    .col(big_integer(KnownDevices::LastSeenAt))
                    .foreign_key(&mut fk(
                        (KnownDevices::Table, KnownDevices::UserId),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "known_devices_user",
            KnownDevices::Table,
            &[KnownDevices::UserId],
            false,
        )
        .await
    }
}
