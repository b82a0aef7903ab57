//! Notification rules: who receives one — never someone who cannot read where it happened, nor
//! the one who did it, nor someone who switched the kind off. How a stored notification reads is
//! the inbox's business.

use std::collections::BTreeSet;

use super::kind::NotificationKind;
use super::repo;
use crate::error::Result;

pub use repo::NewNotification as Notice;

/// Stores `notice` for those of `candidates` who may read its group and want it in-app (for a
/// batched kind, only for those without an unopened one about the same post).
pub async fn notify(
    db: &impl sea_orm::ConnectionTrait,
    notice: &Notice,
    candidates: impl IntoIterator<Item = i64>,
) -> Result<()> {
    let mut receivers: BTreeSet<i64> = candidates.into_iter().collect();
    if let Some(actor) = notice.actor_id {
        receivers.remove(&actor);
    }
    if receivers.is_empty() {
        return Ok(());
    }
    let mut receivers: Vec<i64> = receivers.into_iter().collect();
    if let Some(group_id) = notice.group_id {
        receivers = repo::readers_among(db, group_id, &receivers).await?;
    }
    let muted = repo::muted_among(db, notice.kind, &receivers).await?;
    receivers.retain(|id| !muted.contains(id));
    if notice.kind.is_batched()
        && let Some(post_id) = notice.post_id
    {
        let pending = repo::unread_about(db, notice.kind, post_id, &receivers).await?;
        receivers.retain(|id| !pending.contains(id));
    }
    Ok(repo::insert_for(db, notice, &receivers).await?)
}

/// Tells a member that a moderator (or Plein, after enough flags) acted on what they wrote or
/// on their account (`action` is the stored form of the moderation action); the notice behind it
/// gives the reason. Always delivered — a member must
/// learn why their content changed — and it names neither who flagged nor who moderated.
pub async fn notify_moderated(
    db: &impl sea_orm::ConnectionTrait,
    member_id: i64,
    action: &str,
    action_id: i64,
) -> Result<()> {
    let notice = Notice {
        kind: NotificationKind::Moderation,
        actor_id: None,
        group_id: None,
        post_id: None,
        detail: Some(format!("{action}:{action_id}")),
    };
    Ok(repo::insert_for(db, &notice, &[member_id]).await?)
}
