//! Queries of the messages capability.

use sea_orm::{ActiveModelTrait, ActiveValue::Set, ConnectionTrait, DbErr, EntityTrait};

use super::entity::message;
use crate::db::now_ms;

/// Stores a message and returns its id.
pub async fn insert(
    db: &impl ConnectionTrait,
    sender_id: i64,
    recipient_id: i64,
    body_html: String,
) -> Result<i64, DbErr> {
    Ok(message::ActiveModel {
        sender_id: Set(sender_id),
        recipient_id: Set(recipient_id),
        body_html: Set(body_html),
        created_at: Set(now_ms()),
        ..Default::default()
    }
    .insert(db)
    .await?
    .id)
}

/// One message.
pub async fn find(db: &impl ConnectionTrait, id: i64) -> Result<Option<message::Model>, DbErr> {
    message::Entity::find_by_id(id).one(db).await
}
