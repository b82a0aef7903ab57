//! The cockpit's audit log: every view of the figures, by whom and when (for the works council).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum CockpitViews {
    Table,
    Id,
    UserId,
    Path,
    ViewedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(CockpitViews::Table)
                .col(big_pk_auto(CockpitViews::Id))
                .col(big_integer(CockpitViews::UserId))
                .col(string_len(CockpitViews::Path, 300))
                .col(big_integer(CockpitViews::ViewedAt))
                .to_owned(),
        )
        .await
    }
}
