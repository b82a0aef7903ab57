//! Reports by e-mail: what a stored report says in a mail (its figures, phase and stories as
//! lines, per language, written when the report is made, so a mail sent later says what the
//! page says), and who it was mailed to (they may read that report's page).

use sea_orm_migration::{prelude::*, schema::*};

use super::fk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Reports {
    Table,
    Id,
    MailEn,
    MailNl,
}

#[derive(DeriveIden)]
enum ReportReaders {
    Table,
    ReportId,
    UserId,
    SentBy,
    SentAt,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for column in [Reports::MailEn, Reports::MailNl] {
            m.alter_table(
                Table::alter()
                    .table(Reports::Table)
                    .add_column(text(column).default(""))
                    .to_owned(),
            )
            .await?;
        }
        m.create_table(
            Table::create()
                .table(ReportReaders::Table)
                .col(big_integer(ReportReaders::ReportId))
                .col(big_integer(ReportReaders::UserId))
                .col(big_integer(ReportReaders::SentBy))
                .col(big_integer(ReportReaders::SentAt))
                .primary_key(
                    Index::create()
                        .col(ReportReaders::ReportId)
                        .col(ReportReaders::UserId),
                )
                .foreign_key(&mut fk(
                    (ReportReaders::Table, ReportReaders::ReportId),
                    (Reports::Table, Reports::Id),
                ))
                .foreign_key(&mut fk(
                    (ReportReaders::Table, ReportReaders::UserId),
                    (Users::Table, Users::Id),
                ))
                .to_owned(),
        )
        .await
    }
}
