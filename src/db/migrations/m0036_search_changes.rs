//! The change log search follows: every change to something searchable (a post, an account,
//! a group) adds a row naming it, and each instance's index applies the rows after the last
//! one it saw, so several instances stay current without sharing an index.

use sea_orm_migration::{prelude::*, schema::*};

use super::index;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum SearchChanges {
    Table,
    Id,
    Kind,
    ItemId,
    At,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(SearchChanges::Table)
                .col(big_pk_auto(SearchChanges::Id))
                .col(string_len(SearchChanges::Kind, 16))
                .col(big_integer(SearchChanges::ItemId))
                .col(big_integer(SearchChanges::At))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "search_changes_at",
            SearchChanges::Table,
            &[SearchChanges::At],
            false,
        )
        .await
    }
}
