//! Questions: the accepted answer, and when the first answer by someone other than the asker
//! arrived (the cockpit's time to first response).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Posts {
    Table,
    Kind,
    AcceptedCommentId,
    FirstResponseAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite allows a single ADD COLUMN per ALTER TABLE.
        m.alter_table(
            Table::alter()
                .table(Posts::Table)
                .add_column(big_integer_null(Posts::AcceptedCommentId))
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(Posts::Table)
                .add_column(big_integer_null(Posts::FirstResponseAt))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_posts_kind")
                .table(Posts::Table)
                .col(Posts::Kind)
                .col(Posts::AcceptedCommentId)
                .to_owned(),
        )
        .await
    }
}
