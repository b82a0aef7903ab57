//! Each member's last active, contributing and creating day, so the cockpit's figures over
//! windows ending today (MAU, WAU, the participation split, interactive members) read one row per
//! member instead of every member-day of the window. Public contributions per member-day (posts and comments in open groups, for the top
//! contributors without reading posts or comments). Group engagement for the cockpit's active and
//! idle groups: each member's last day of taking
//! part (reacting, replying, posting, answering) in each group, so "engaged in the last 30 days"
//! and "silent for 90 days" are read per group without scanning raw events. Filled from the raw
//! events kept so far. An index on the daily counts by group (the cockpit's group filter), and
//! covering indexes on when posts and comments were written, so the top contributors of a month
//! are counted from the index alone.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ActivityGroupMembers {
    Table,
    GroupId,
    UserId,
    LastDay,
}

#[derive(DeriveIden)]
enum ActivityDailyMembers {
    Table,
    Contributions,
}

#[derive(DeriveIden)]
enum ActivityMembers {
    Table,
    LastDay,
    LastContributed,
    LastCreated,
}

#[derive(DeriveIden)]
enum ActivityCounts {
    Table,
    GroupId,
    Day,
}

#[derive(DeriveIden)]
enum Posts {
    Table,
    CreatedAt,
    AuthorId,
    GroupId,
    DeletedAt,
}

#[derive(DeriveIden)]
enum Comments {
    Table,
    CreatedAt,
    AuthorId,
    PostId,
    DeletedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(ActivityGroupMembers::Table)
                .col(big_integer(ActivityGroupMembers::GroupId))
                .col(big_integer(ActivityGroupMembers::UserId))
                .col(integer(ActivityGroupMembers::LastDay))
                .primary_key(
                    Index::create()
                        .col(ActivityGroupMembers::GroupId)
                        .col(ActivityGroupMembers::UserId),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_activity_counts_group")
                .table(ActivityCounts::Table)
                .col(ActivityCounts::GroupId)
                .col(ActivityCounts::Day)
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_posts_created")
                .table(Posts::Table)
                .col(Posts::CreatedAt)
                .col(Posts::AuthorId)
                .col(Posts::GroupId)
                .col(Posts::DeletedAt)
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_comments_created")
                .table(Comments::Table)
                .col(Comments::CreatedAt)
                .col(Comments::AuthorId)
                .col(Comments::PostId)
                .col(Comments::DeletedAt)
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(ActivityDailyMembers::Table)
                .add_column(integer(ActivityDailyMembers::Contributions).default(0))
                .to_owned(),
        )
        .await?;
        for column in [
            ActivityMembers::LastDay,
            ActivityMembers::LastContributed,
            ActivityMembers::LastCreated,
        ] {
            m.alter_table(
                Table::alter()
                    .table(ActivityMembers::Table)
                    .add_column(integer_null(column))
                    .to_owned(),
            )
            .await?;
        }
        // Both backends read UPDATE … FROM the same way (SQLite since 3.33).
        m.get_connection()
            .execute_unprepared(
                "UPDATE activity_members SET last_day = t.d, last_contributed = t.c, last_created = t.p FROM \
                 (SELECT user_id, MAX(day) AS d, MAX(CASE WHEN level >= 1 THEN day END) AS c, \
                 MAX(CASE WHEN level >= 2 THEN day END) AS p FROM activity_daily_members GROUP BY user_id) AS t \
                 WHERE activity_members.user_id = t.user_id",
            )
            .await?;
        m.get_connection()
            .execute_unprepared(
                "UPDATE activity_daily_members SET contributions = t.n FROM \
                 (SELECT e.day, e.user_id, COUNT(*) AS n FROM activity_events e \
                 JOIN groups g ON g.id = e.group_id \
                 WHERE g.visibility = 'open' AND (e.kind LIKE 'post.%' OR e.kind IN ('comment', 'answer')) \
                 GROUP BY e.day, e.user_id) AS t \
                 WHERE activity_daily_members.day = t.day AND activity_daily_members.user_id = t.user_id",
            )
            .await?;
        m.get_connection()
            .execute_unprepared(
                "INSERT INTO activity_group_members (group_id, user_id, last_day) \
                 SELECT group_id, user_id, MAX(day) FROM activity_events \
                 WHERE group_id IS NOT NULL \
                 AND kind NOT IN ('visit', 'join', 'leave', 'profile_update') \
                 GROUP BY group_id, user_id",
            )
            .await
            .map(|_| ())
    }
}
