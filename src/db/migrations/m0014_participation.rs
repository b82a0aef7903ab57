//! Participation, segments and response times for the cockpit: each active member-day records the
//! highest thing the member did (0 visited, 1 reacted or commented, 2 posted), so the 90-9-1
//! split is read from rollups; the daily counts (now `activity_counts`) gain the actor's segment (community manager,
//! ambassador, senior manager, member), so shares of activity per role are too; and a covering
//! index lets questions of a period be counted and timed without touching post bodies.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ActivityDailyMembers {
    Table,
    Level,
}

#[derive(DeriveIden)]
enum ActivityDaily {
    Table,
    Day,
    GroupId,
    Kind,
    Segment,
    Count,
}

#[derive(DeriveIden)]
enum ActivityCounts {
    Table,
}

#[derive(DeriveIden)]
enum ActivityTotals {
    Table,
}

#[derive(DeriveIden)]
enum ActivityMembers {
    Table,
    UserId,
    FirstDay,
}

#[derive(DeriveIden)]
enum Posts {
    Table,
    Kind,
    CreatedAt,
    FirstResponseAt,
    AcceptedCommentId,
    DeletedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(ActivityDailyMembers::Table)
                .add_column(small_integer(ActivityDailyMembers::Level).default(0))
                .to_owned(),
        )
        .await?;
        add_segment_to_daily_counts(m).await?;
        create_first_days(m).await?;
        // Ideas answered before this migration get their first response time from the
        // responses written so far.
        m.get_connection()
            .execute_unprepared(
                "UPDATE posts SET first_response_at = \
                 (SELECT MIN(r.created_at) FROM idea_responses r WHERE r.post_id = posts.id) \
                 WHERE kind = 'idea' AND first_response_at IS NULL",
            )
            .await?;
        m.create_index(
            Index::create()
                .name("ix_posts_kind_created")
                .table(Posts::Table)
                .col(Posts::Kind)
                .col(Posts::CreatedAt)
                .col(Posts::FirstResponseAt)
                .col(Posts::AcceptedCommentId)
                .col(Posts::DeletedAt)
                .to_owned(),
        )
        .await
    }
}

/// Moves the daily counts to `activity_counts`, which has a segment in its key (SQLite cannot
/// change a primary key in place, and a rename right after a drop raced on pooled SQLite
/// connections, so the new table has its own name); counts recorded before this carry the
/// segment `member`.
async fn add_segment_to_daily_counts(m: &SchemaManager<'_>) -> Result<(), DbErr> {
    m.create_table(
        Table::create()
            .table(ActivityCounts::Table)
            .col(integer(ActivityDaily::Day))
            .col(big_integer(ActivityDaily::GroupId))
            .col(string_len(ActivityDaily::Kind, 32))
            .col(string_len(ActivityDaily::Segment, 24))
            .col(big_integer(ActivityDaily::Count))
            .primary_key(
                Index::create()
                    .col(ActivityDaily::Day)
                    .col(ActivityDaily::GroupId)
                    .col(ActivityDaily::Kind)
                    .col(ActivityDaily::Segment),
            )
            .to_owned(),
    )
    .await?;
    let columns = [
        ActivityDaily::Day,
        ActivityDaily::GroupId,
        ActivityDaily::Kind,
        ActivityDaily::Segment,
        ActivityDaily::Count,
    ];
    let copy = Query::insert()
        .into_table(ActivityCounts::Table)
        .columns(columns)
        .select_from(
            Query::select()
                .columns([
                    ActivityDaily::Day,
                    ActivityDaily::GroupId,
                    ActivityDaily::Kind,
                ])
                .expr(Expr::val("member"))
                .column(ActivityDaily::Count)
                .from(ActivityDaily::Table)
                .to_owned(),
        )
        .map_err(|e| DbErr::Custom(e.to_string()))?
        .to_owned();
    m.exec_stmt(copy).await?;
    m.create_table(
        Table::create()
            .table(ActivityTotals::Table)
            .col(integer(ActivityDaily::Day))
            .col(string_len(ActivityDaily::Kind, 32))
            .col(string_len(ActivityDaily::Segment, 24))
            .col(big_integer(ActivityDaily::Count))
            .primary_key(
                Index::create()
                    .col(ActivityDaily::Day)
                    .col(ActivityDaily::Kind)
                    .col(ActivityDaily::Segment),
            )
            .to_owned(),
    )
    .await?;
    m.get_connection()
        .execute_unprepared(
            "INSERT INTO activity_totals (day, kind, segment, count) \
             SELECT day, kind, 'member', SUM(count) FROM activity_daily GROUP BY day, kind",
        )
        .await?;
    m.drop_table(Table::drop().table(ActivityDaily::Table).to_owned())
        .await
}

/// Each member's first active day, filled from the days recorded so far.
async fn create_first_days(m: &SchemaManager<'_>) -> Result<(), DbErr> {
    m.create_table(
        Table::create()
            .table(ActivityMembers::Table)
            .col(big_integer(ActivityMembers::UserId).primary_key())
            .col(integer(ActivityMembers::FirstDay))
            .to_owned(),
    )
    .await?;
    m.get_connection()
        .execute_unprepared(
            "INSERT INTO activity_members (user_id, first_day) \
             SELECT user_id, MIN(day) FROM activity_daily_members GROUP BY user_id",
        )
        .await
        .map(|_| ())
}
