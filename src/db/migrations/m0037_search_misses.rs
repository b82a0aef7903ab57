//! Searches that found nothing, kept as a signal for the community managers: one row per week,
//! folded search words and searcher, the searcher only as a keyed hash (so different people can
//! be counted without storing who searched), deleted after 90 days.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum SearchMisses {
    Table,
    Week,
    Term,
    Searcher,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(SearchMisses::Table)
                .col(integer(SearchMisses::Week))
                .col(string_len(SearchMisses::Term, 100))
                .col(string_len(SearchMisses::Searcher, 64))
                .primary_key(
                    Index::create()
                        .col(SearchMisses::Week)
                        .col(SearchMisses::Term)
                        .col(SearchMisses::Searcher),
                )
                .to_owned(),
        )
        .await
    }
}
