//! Whether a question's accepted answer may be shown (neither deleted nor hidden), kept on the
//! post and carried by the cockpit's covering indexes: counting accepted answers over a year of
//! questions was a lookup into the comments table per question (about 300 ms of a 13-month
//! cockpit view on the benchmark dataset), now it is read from the index alone.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone)]
enum Posts {
    Table,
    Kind,
    CreatedAt,
    DeletedAt,
    GroupId,
    AuthorId,
    FirstResponseAt,
    AcceptedCommentId,
    AnswerAccepted,
}

fn covering(name: &str, leading: &[Posts]) -> IndexCreateStatement {
    let mut index = Index::create();
    index.name(name).table(Posts::Table);
    for column in leading.iter().cloned().chain([
        Posts::DeletedAt,
        Posts::AuthorId,
        Posts::FirstResponseAt,
        Posts::AcceptedCommentId,
        Posts::AnswerAccepted,
    ]) {
        index.col(column);
    }
    index.to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Posts::Table)
                .add_column(boolean(Posts::AnswerAccepted).default(false))
                .to_owned(),
        )
        .await?;
        m.get_connection()
            .execute_unprepared(
                "UPDATE posts SET answer_accepted = (accepted_comment_id IS NOT NULL AND EXISTS \
                 (SELECT 1 FROM comments c WHERE c.id = posts.accepted_comment_id \
                 AND c.hidden_at IS NULL AND c.deleted_at IS NULL)) \
                 WHERE accepted_comment_id IS NOT NULL",
            )
            .await?;
        let indexes = [
            (
                "ix_posts_kind_created",
                vec![Posts::Kind, Posts::CreatedAt, Posts::GroupId],
            ),
            (
                "ix_posts_group_kind_created",
                vec![Posts::GroupId, Posts::Kind, Posts::CreatedAt],
            ),
        ];
        for (name, leading) in indexes {
            m.drop_index(Index::drop().name(name).table(Posts::Table).to_owned())
                .await?;
            m.create_index(covering(name, &leading)).await?;
        }
        Ok(())
    }
}
