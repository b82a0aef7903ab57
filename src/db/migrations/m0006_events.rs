//! Events: when and where, capacity, RSVPs (the waiting list is derived from the order of
//! "going" answers), and the secret tokens of personal calendar feeds.

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
enum Events {
    Table,
    PostId,
    Title,
    StartsAt,
    EndsAt,
    Location,
    OnlineUrl,
    Capacity,
}

#[derive(DeriveIden)]
enum EventRsvps {
    Table,
    PostId,
    UserId,
    Answer,
    AnsweredAt,
}

#[derive(DeriveIden)]
enum CalendarTokens {
    Table,
    UserId,
    TokenHash,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Events::Table)
                .col(big_integer(Events::PostId).primary_key())
                .col(string_len(Events::Title, 150))
                .col(big_integer(Events::StartsAt))
                .col(big_integer(Events::EndsAt))
                .col(string_len(Events::Location, 200).default(""))
                .col(string_len(Events::OnlineUrl, 500).default(""))
                .col(integer_null(Events::Capacity))
                .foreign_key(&mut fk(
                    (Events::Table, Events::PostId),
                    (Posts::Table, Posts::Id),
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_events_starts_at")
                .table(Events::Table)
                .col(Events::StartsAt)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(EventRsvps::Table)
                .col(big_integer(EventRsvps::PostId))
                .col(big_integer(EventRsvps::UserId))
                .col(string_len(EventRsvps::Answer, 16))
                .col(big_integer(EventRsvps::AnsweredAt))
                .primary_key(
                    Index::create()
                        .col(EventRsvps::PostId)
                        .col(EventRsvps::UserId),
                )
                .foreign_key(&mut fk(
                    (EventRsvps::Table, EventRsvps::PostId),
                    (Posts::Table, Posts::Id),
                ))
                .foreign_key(&mut fk(
                    (EventRsvps::Table, EventRsvps::UserId),
                    (Users::Table, Users::Id),
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_event_rsvps_user")
                .table(EventRsvps::Table)
                .col(EventRsvps::UserId)
                .col(EventRsvps::Answer)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(CalendarTokens::Table)
                .col(big_integer(CalendarTokens::UserId).primary_key())
                .col(string_len_uniq(CalendarTokens::TokenHash, 64))
                .col(big_integer(CalendarTokens::CreatedAt))
                .foreign_key(&mut fk(
                    (CalendarTokens::Table, CalendarTokens::UserId),
                    (Users::Table, Users::Id),
                ))
                .to_owned(),
        )
        .await
    }
}
