//! The top contributors' rollup (live posts and comments per day × group × author), replacing
//! the per-member-day count that was written once and never followed a delete, a hide or a move.
//! Existing content is counted by a rebuild job queued here (the days depend on the
//! organisation's time zone, which SQL on both backends cannot apply), run by the first
//! instance's job runner.

use sea_orm_migration::{prelude::*, schema::*};

use super::index;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum ActivityContributions {
    Table,
    Day,
    GroupId,
    AuthorId,
    Count,
}

#[derive(DeriveIden)]
enum ActivityDailyMembers {
    Table,
    Contributions,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        use ActivityContributions as C;
        m.create_table(
            Table::create()
                .table(C::Table)
                .col(integer(C::Day))
                .col(big_integer(C::GroupId))
                .col(big_integer(C::AuthorId))
                .col(big_integer(C::Count))
                .primary_key(Index::create().col(C::Day).col(C::GroupId).col(C::AuthorId))
                .to_owned(),
        )
        .await?;
        // Both reads are answered from an index alone: the community's window by day, one
        // group's by group and day.
        let covering = [C::Day, C::GroupId, C::AuthorId, C::Count];
        index(m, "ix_contributions_day", C::Table, &covering, false).await?;
        let by_group = [C::GroupId, C::Day, C::AuthorId, C::Count];
        index(m, "ix_contributions_group", C::Table, &by_group, false).await?;
        m.alter_table(
            Table::alter()
                .table(ActivityDailyMembers::Table)
                .drop_column(ActivityDailyMembers::Contributions)
                .to_owned(),
        )
        .await?;
        m.get_connection()
            .execute_unprepared(
                "INSERT INTO jobs (kind, payload, run_at, attempts, max_attempts, failed, created_at) \
                 SELECT 'contributions.rebuild', '', 0, 0, 5, FALSE, 0 \
                 WHERE EXISTS (SELECT 1 FROM posts)",
            )
            .await
            .map(|_| ())
    }
}
