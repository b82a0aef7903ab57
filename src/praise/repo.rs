//! The only code that touches the praise table.

use sea_orm::sea_query::{Query, SelectStatement};
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait};

use super::entity::recipient;

/// Records who a praise post appreciates.
pub async fn insert_recipients(
    db: &impl ConnectionTrait,
    post_id: i64,
    user_ids: &[i64],
) -> Result<(), DbErr> {
    if user_ids.is_empty() {
        return Ok(());
    }
    let rows = user_ids.iter().map(|&user_id| recipient::ActiveModel {
        post_id: Set(post_id),
        user_id: Set(user_id),
    });
    recipient::Entity::insert_many(rows)
        .exec_without_returning(db)
        .await
        .map(|_| ())
}

/// The ids of the praise posts for `user_id`, as a sub-query (for the feed's praise scope).
pub fn posts_praising(user_id: i64) -> SelectStatement {
    Query::select()
        .column(recipient::Column::PostId)
        .from(recipient::Entity)
        .and_where(recipient::Column::UserId.eq(user_id))
        .to_owned()
}
