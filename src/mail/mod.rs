//! E-mail: every mail Plein sends is composed in the receiver's language (HTML and plain
//! text), written to an outbox table, and delivered by a background job through the configured
//! transport (SMTP, or files in development). A mail server that is down or refuses loses
//! nothing: the job retries with back-off and the outbox shows what happened. Nothing tracks
//! opens or clicks (an employee platform; the works council would object).
//!
//! Others compose a [`Letter`] and [`queue`] it; administrators read [`status`] and [`recent`].

mod compose;
mod entity;
mod kind;
mod repo;
mod transport;

pub use compose::Letter;
pub use kind::MailKind;
pub use repo::{OutboxRow, recent};
pub use transport::{MailError, Mailer, Status, status};

use crate::db::Db;
use crate::error::Result;

/// The job kind that delivers one queued mail (its payload is the outbox id).
pub const SEND_JOB: &str = "mail.send";

/// The daily job that forgets old outbox rows.
pub const PURGE_JOB: &str = "mail.purge";

/// Writes `letter` to the outbox and queues its delivery; returns the outbox id. Callers check
/// [`Status::is_on`] first: with e-mail off, nothing would ever deliver it.
pub async fn queue(db: &Db, letter: Letter) -> Result<i64> {
    let id = repo::insert(db, &letter.render()?).await?;
    crate::jobs::enqueue(
        db,
        SEND_JOB,
        &id.to_string(),
        crate::db::now_ms(),
        Some(&format!("mail:{id}")),
    )
    .await?;
    crate::jobs::wake();
    Ok(id)
}

/// The job handler of [`PURGE_JOB`]: outbox rows older than the retention period go.
pub fn purge_job(
    db: Db,
    _payload: String,
) -> futures_util::future::BoxFuture<'static, crate::jobs::Outcome> {
    Box::pin(async move {
        repo::purge_before(&db, crate::db::now_ms() - repo::RETENTION_MS)
            .await
            .map(|_| ())
            .map_err(|e| e.to_string())
    })
}

#[cfg(test)]
mod tests;
