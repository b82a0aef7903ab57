//! Files and images on posts, kept in the database so every instance serves them: the bytes as
//! stored (an image re-encoded, with a thumbnail), never as uploaded; removed with their post.

use sea_orm_migration::{prelude::*, schema::*};

use super::{fk, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Attachments {
    Table,
    Id,
    PostId,
    UploaderId,
    Kind,
    Name,
    ContentType,
    Size,
    Width,
    Height,
    Bytes,
    Thumb,
    CreatedAt,
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
                .table(Attachments::Table)
                .col(big_pk_auto(Attachments::Id))
                .col(big_integer(Attachments::PostId))
                .col(big_integer(Attachments::UploaderId))
                .col(string_len(Attachments::Kind, 8))
                .col(string_len(Attachments::Name, 200))
                .col(string_len(Attachments::ContentType, 100))
                .col(big_integer(Attachments::Size))
                .col(integer_null(Attachments::Width))
                .col(integer_null(Attachments::Height))
                .col(blob(Attachments::Bytes))
                .col(blob_null(Attachments::Thumb))
                .col(big_integer(Attachments::CreatedAt))
                .foreign_key(&mut fk(
                    (Attachments::Table, Attachments::PostId),
                    (Posts::Table, Posts::Id),
                ))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "attachments_post",
            Attachments::Table,
            &[Attachments::PostId],
            false,
        )
        .await
    }
}
