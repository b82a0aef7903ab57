//! The community newsletter (seed 004): issues community managers compose from the highlights
//! they marked, with a highlight of the week and their own words, sent to everyone or a segment
//! and archived for members; and who asked not to get it.

use sea_orm_migration::{prelude::*, schema::*};

use super::{fk, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Newsletters {
    Table,
    Id,
    Subject,
    IntroMd,
    HighlightIds,
    FeaturedId,
    Audience,
    Status,
    SendAt,
    SentAt,
    Recipients,
    ContentJson,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum NewsletterOptouts {
    Table,
    UserId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        use Newsletters as N;
        m.create_table(
            Table::create()
                .table(N::Table)
                .col(big_pk_auto(N::Id))
                .col(string_len(N::Subject, 200))
                .col(text(N::IntroMd).default(""))
                .col(text(N::HighlightIds).default(""))
                .col(big_integer_null(N::FeaturedId))
                .col(string_len(N::Audience, 300).default("everyone"))
                .col(string_len(N::Status, 16))
                .col(big_integer_null(N::SendAt))
                .col(big_integer_null(N::SentAt))
                .col(integer(N::Recipients).default(0))
                .col(text(N::ContentJson).default(""))
                .col(big_integer(N::CreatedBy))
                .col(big_integer(N::CreatedAt))
                .col(big_integer(N::UpdatedAt))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "ix_newsletters_sent",
            N::Table,
            &[N::Status, N::SentAt],
            false,
        )
        .await?;
        m.create_table(
            Table::create()
                .table(NewsletterOptouts::Table)
                .col(big_integer(NewsletterOptouts::UserId).primary_key())
                .col(big_integer(NewsletterOptouts::CreatedAt))
                .foreign_key(&mut fk(
                    (NewsletterOptouts::Table, NewsletterOptouts::UserId),
                    (Users::Table, Users::Id),
                ))
                .to_owned(),
        )
        .await
    }
}
