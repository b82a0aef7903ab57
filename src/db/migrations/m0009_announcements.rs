//! Announcements: how long each stays pinned, and who marked it read.

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
enum Announcements {
    Table,
    PostId,
    PinnedUntil,
}

#[derive(DeriveIden)]
enum AnnouncementReads {
    Table,
    PostId,
    UserId,
    ReadAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Announcements::Table)
                .col(big_integer(Announcements::PostId).primary_key())
                .col(big_integer_null(Announcements::PinnedUntil))
                .foreign_key(&mut fk(
                    (Announcements::Table, Announcements::PostId),
                    (Posts::Table, Posts::Id),
                ))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(AnnouncementReads::Table)
                .col(big_integer(AnnouncementReads::PostId))
                .col(big_integer(AnnouncementReads::UserId))
                .col(big_integer(AnnouncementReads::ReadAt))
                .primary_key(
                    Index::create()
                        .col(AnnouncementReads::PostId)
                        .col(AnnouncementReads::UserId),
                )
                .foreign_key(&mut fk(
                    (AnnouncementReads::Table, AnnouncementReads::PostId),
                    (Posts::Table, Posts::Id),
                ))
                .foreign_key(&mut fk(
                    (AnnouncementReads::Table, AnnouncementReads::UserId),
                    (Users::Table, Users::Id),
                ))
                .to_owned(),
        )
        .await
    }
}
