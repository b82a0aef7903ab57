//! Periodic reports: posts community managers mark as good example or success story and the
//! quotes they pick (the report's qualitative part, seed 004), and the stored reports themselves,
//! rendered once in both languages so last month's report stays as it was.

use sea_orm_migration::{prelude::*, schema::*};

use super::fk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ReportHighlights {
    Table,
    Id,
    PostId,
    Kind,
    Quote,
    MarkedBy,
    MarkedAt,
}

#[derive(DeriveIden)]
enum Reports {
    Table,
    Id,
    Cadence,
    PeriodFrom,
    PeriodTo,
    CreatedBy,
    CreatedAt,
    FiguresJson,
    HtmlEn,
    HtmlNl,
}

#[derive(DeriveIden)]
enum Posts {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(ReportHighlights::Table)
                .col(big_pk_auto(ReportHighlights::Id))
                .col(big_integer(ReportHighlights::PostId))
                .col(string_len(ReportHighlights::Kind, 16))
                .col(text(ReportHighlights::Quote).default(""))
                .col(big_integer(ReportHighlights::MarkedBy))
                .col(big_integer(ReportHighlights::MarkedAt))
                .foreign_key(&mut fk(
                    (ReportHighlights::Table, ReportHighlights::PostId),
                    (Posts::Table, Posts::Id),
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_report_highlights_marked")
                .table(ReportHighlights::Table)
                .col(ReportHighlights::MarkedAt)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Reports::Table)
                .col(big_pk_auto(Reports::Id))
                .col(string_len(Reports::Cadence, 16))
                .col(integer(Reports::PeriodFrom))
                .col(integer(Reports::PeriodTo))
                .col(big_integer(Reports::CreatedBy))
                .col(big_integer(Reports::CreatedAt))
                .col(text(Reports::FiguresJson))
                .col(text(Reports::HtmlEn))
                .col(text(Reports::HtmlNl))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ux_reports_period")
                .table(Reports::Table)
                .col(Reports::Cadence)
                .col(Reports::PeriodFrom)
                .unique()
                .to_owned(),
        )
        .await
    }
}
