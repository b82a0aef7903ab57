//! Notification e-mails: which notifications have been mailed (each is mailed once, or never
//! when read in time), the one-click unsubscribe address of each bulk mail (RFC 8058), and the
//! tokens behind those addresses (hashed; each turns off one kind of mail for one member),
//! and an index on when notifications were made (the mail job reads the last day's).

use sea_orm_migration::{prelude::*, schema::*};

use super::{fk, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Notifications {
    Table,
    MailedAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum MailOutbox {
    Table,
    UnsubscribeUrl,
}

#[derive(DeriveIden, Clone, Copy)]
enum MailUnsubscribes {
    Table,
    TokenHash,
    UserId,
    Scope,
    CreatedAt,
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
            .alter_table(
                Table::alter()
                    .table(Notifications::Table)
                    .add_column(big_integer_null(Notifications::MailedAt))
                    .to_owned(),
            )
            .await?;
        // The mail job reads the last day's notifications every minute.
        index(
            manager,
            "ix_notifications_created",
            Notifications::Table,
            &[Notifications::CreatedAt],
            false,
        )
        .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(MailOutbox::Table)
                    .add_column(text_null(MailOutbox::UnsubscribeUrl))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(MailUnsubscribes::Table)
                    .col(string_len(MailUnsubscribes::TokenHash, 64).primary_key())
                    .col(big_integer(MailUnsubscribes::UserId))
                    .col(string_len(MailUnsubscribes::Scope, 40))
                    .col(big_integer(MailUnsubscribes::CreatedAt))
                    .foreign_key(&mut fk(
                        (MailUnsubscribes::Table, MailUnsubscribes::UserId),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "mail_unsubscribes_created",
            MailUnsubscribes::Table,
            &[MailUnsubscribes::CreatedAt],
            false,
        )
        .await
    }
}
