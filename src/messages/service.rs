//! Sending and reading personal messages.

use sea_orm::ConnectionTrait;

use super::entity::message;
use super::repo;
use crate::auth::Viewer;
use crate::error::{Error, Result};
use crate::notifications::{Notice, NotificationKind, notify};

/// Sends `markdown` (already personalised) from `sender_id` to `recipient_id` and tells the
/// recipient; runs in the caller's transaction.
pub async fn send(
    db: &impl ConnectionTrait,
    sender_id: i64,
    recipient_id: i64,
    markdown: &str,
) -> Result<i64> {
    let body_html = crate::posts::markdown::render(markdown);
    let id = repo::insert(db, sender_id, recipient_id, body_html).await?;
    let notice = Notice {
        kind: NotificationKind::Message,
        actor_id: Some(sender_id),
        group_id: None,
        post_id: None,
        detail: Some(id.to_string()),
    };
    notify(db, &notice, [recipient_id]).await?;
    Ok(id)
}

/// A message as its reader sees it.
pub struct MessageView {
    /// The message.
    pub message: message::Model,
    /// Who sent it.
    pub sender_name: String,
}

/// A message for its recipient or its sender; not found for anyone else.
pub async fn view(db: &impl ConnectionTrait, viewer: &Viewer, id: i64) -> Result<MessageView> {
    let message = repo::find(db, id)
        .await?
        .filter(|m| m.recipient_id == viewer.id || m.sender_id == viewer.id)
        .ok_or(Error::NotFound)?;
    let sender_name = crate::people::find_user(db, message.sender_id)
        .await?
        .map(|u| u.display_name)
        .unwrap_or_default();
    Ok(MessageView {
        message,
        sender_name,
    })
}
