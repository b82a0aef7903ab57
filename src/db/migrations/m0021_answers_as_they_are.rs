//! A question's first answer is what is there now: recomputed from comments that are neither
//! deleted nor hidden (it used to be set once and never revisited), and an accepted answer that
//! was deleted is no longer accepted.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        db.execute_unprepared(
            "UPDATE posts SET first_response_at = (SELECT MIN(c.created_at) FROM comments c \
             WHERE c.post_id = posts.id AND c.deleted_at IS NULL AND c.hidden_at IS NULL \
             AND c.author_id <> posts.author_id) WHERE kind = 'question'",
        )
        .await?;
        db.execute_unprepared(
            "UPDATE posts SET accepted_comment_id = NULL WHERE accepted_comment_id IN \
             (SELECT id FROM comments WHERE deleted_at IS NOT NULL)",
        )
        .await?;
        Ok(())
    }
}
