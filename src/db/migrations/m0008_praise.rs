//! Praise: who each praise post appreciates (shown on their profiles).

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
enum PraiseRecipients {
    Table,
    PostId,
    UserId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(PraiseRecipients::Table)
                .col(big_integer(PraiseRecipients::PostId))
                .col(big_integer(PraiseRecipients::UserId))
                .primary_key(
                    Index::create()
                        .col(PraiseRecipients::PostId)
                        .col(PraiseRecipients::UserId),
                )
                .foreign_key(&mut fk(
                    (PraiseRecipients::Table, PraiseRecipients::PostId),
                    (Posts::Table, Posts::Id),
                ))
                .foreign_key(&mut fk(
                    (PraiseRecipients::Table, PraiseRecipients::UserId),
                    (Users::Table, Users::Id),
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_praise_recipients_user")
                .table(PraiseRecipients::Table)
                .col(PraiseRecipients::UserId)
                .col(PraiseRecipients::PostId)
                .to_owned(),
        )
        .await
    }
}
