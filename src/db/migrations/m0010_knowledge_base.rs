//! The knowledge base: categories, articles (readable by everyone or by one group's readers,
//! optionally made from a question), and their revisions.

use sea_orm_migration::{prelude::*, schema::*};

use super::fk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum KbCategories {
    Table,
    Id,
    Name,
    NameKey,
}

#[derive(DeriveIden)]
enum Articles {
    Table,
    Id,
    Title,
    CategoryId,
    OwnerId,
    GroupId,
    SourcePostId,
    BodyMd,
    BodyHtml,
    CreatedAt,
    UpdatedAt,
    DeletedAt,
}

#[derive(DeriveIden)]
enum ArticleRevisions {
    Table,
    Id,
    ArticleId,
    Title,
    BodyMd,
    EditedBy,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(KbCategories::Table)
                .col(big_pk_auto(KbCategories::Id))
                .col(string_len(KbCategories::Name, 80))
                .col(string_len_uniq(KbCategories::NameKey, 80))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Articles::Table)
                .col(big_pk_auto(Articles::Id))
                .col(string_len(Articles::Title, 200))
                .col(big_integer_null(Articles::CategoryId))
                .col(big_integer(Articles::OwnerId))
                .col(big_integer_null(Articles::GroupId))
                .col(big_integer_null(Articles::SourcePostId))
                .col(text(Articles::BodyMd))
                .col(text(Articles::BodyHtml))
                .col(big_integer(Articles::CreatedAt))
                .col(big_integer(Articles::UpdatedAt))
                .col(big_integer_null(Articles::DeletedAt))
                .foreign_key(&mut fk(
                    (Articles::Table, Articles::OwnerId),
                    (Users::Table, Users::Id),
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_articles_source")
                .table(Articles::Table)
                .col(Articles::SourcePostId)
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_articles_category")
                .table(Articles::Table)
                .col(Articles::CategoryId)
                .col(Articles::Title)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ArticleRevisions::Table)
                .col(big_pk_auto(ArticleRevisions::Id))
                .col(big_integer(ArticleRevisions::ArticleId))
                .col(string_len(ArticleRevisions::Title, 200))
                .col(text(ArticleRevisions::BodyMd))
                .col(big_integer(ArticleRevisions::EditedBy))
                .col(big_integer(ArticleRevisions::CreatedAt))
                .foreign_key(&mut fk(
                    (ArticleRevisions::Table, ArticleRevisions::ArticleId),
                    (Articles::Table, Articles::Id),
                ))
                .to_owned(),
        )
        .await
    }
}
