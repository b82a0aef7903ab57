//! Topics: the #tags of posts, and who follows which topic.

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
enum PostTopics {
    Table,
    PostId,
    TopicKey,
}

#[derive(DeriveIden)]
enum TopicFollows {
    Table,
    UserId,
    TopicKey,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(PostTopics::Table)
                .col(big_integer(PostTopics::PostId))
                .col(string_len(PostTopics::TopicKey, 60))
                .primary_key(
                    Index::create()
                        .col(PostTopics::PostId)
                        .col(PostTopics::TopicKey),
                )
                .foreign_key(&mut fk(
                    (PostTopics::Table, PostTopics::PostId),
                    (Posts::Table, Posts::Id),
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("ix_post_topics_topic")
                .table(PostTopics::Table)
                .col(PostTopics::TopicKey)
                .col(PostTopics::PostId)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(TopicFollows::Table)
                .col(big_integer(TopicFollows::UserId))
                .col(string_len(TopicFollows::TopicKey, 60))
                .col(big_integer(TopicFollows::CreatedAt))
                .primary_key(
                    Index::create()
                        .col(TopicFollows::UserId)
                        .col(TopicFollows::TopicKey),
                )
                .foreign_key(&mut fk(
                    (TopicFollows::Table, TopicFollows::UserId),
                    (Users::Table, Users::Id),
                ))
                .to_owned(),
        )
        .await
    }
}
