//! The mail outbox: every e-mail Plein sends is written here first and delivered by a job, so a
//! mail server that is down loses nothing and administrators can see what was sent, queued,
//! retried and failed. Bodies are emptied once a mail is delivered; rows expire after a while.

use sea_orm_migration::{prelude::*, schema::*};

use super::index;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum MailOutbox {
    Table,
    Id,
    Kind,
    ToAddress,
    ToName,
    Lang,
    Subject,
    Html,
    Text,
    Status,
    Attempts,
    LastError,
    CreatedAt,
    SentAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(MailOutbox::Table)
                    .col(big_pk_auto(MailOutbox::Id))
                    .col(string_len(MailOutbox::Kind, 40))
                    .col(string_len(MailOutbox::ToAddress, 254))
                    .col(string_len(MailOutbox::ToName, 200))
                    .col(string_len(MailOutbox::Lang, 8))
                    .col(string_len(MailOutbox::Subject, 300))
                    .col(text(MailOutbox::Html))
                    .col(text(MailOutbox::Text))
                    .col(string_len(MailOutbox::Status, 16))
                    .col(integer(MailOutbox::Attempts).default(0))
                    .col(text_null(MailOutbox::LastError))
                    .col(big_integer(MailOutbox::CreatedAt))
                    .col(big_integer_null(MailOutbox::SentAt))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "mail_outbox_created",
            MailOutbox::Table,
            &[MailOutbox::CreatedAt],
            false,
        )
        .await?;
        index(
            manager,
            "mail_outbox_to",
            MailOutbox::Table,
            &[
                MailOutbox::ToAddress,
                MailOutbox::Kind,
                MailOutbox::CreatedAt,
            ],
            false,
        )
        .await
    }
}
