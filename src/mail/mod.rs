//! E-mail: every mail Plein sends is composed in the receiver's language (HTML and plain
//! text), written to an outbox table, and delivered by a background job through the configured
//! transport (SMTP, or files in development). A mail server that is down or refuses loses
//! nothing: the job retries with back-off and the outbox shows what happened. Nothing tracks
//! opens or clicks (an employee platform; the works council would object).
//!
//! Others compose a [`Letter`] and [`queue`] it; administrators read [`status`] and [`recent`].
//! The links of a digest or newsletter carry `via=<kind>` (the kind only), so the visits they
//! bring can be counted together against [`recipients_between`].

mod compose;
mod entity;
mod kind;
mod repo;
mod transport;

pub use compose::{Letter, VIA_PARAMETER};
pub use kind::MailKind;
pub use repo::{OutboxRow, recent, recipients_between};
pub use transport::{MailError, Mailer, Status, status};

use crate::db::Db;
use crate::error::Result;

/// The job kind that delivers one queued mail (its payload is the outbox id).
pub const SEND_JOB: &str = "mail.send";

/// The daily job that forgets old outbox rows.
pub const PURGE_JOB: &str = "mail.purge";

/// Writes `letter` to the outbox and queues its delivery; returns the outbox id. Callers check
/// [`Status::is_on`] first: with e-mail off, nothing would ever deliver it.
pub async fn queue(db: &impl sea_orm::ConnectionTrait, letter: Letter) -> Result<i64> {
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
        let now = crate::db::now_ms();
        repo::purge_before(&db, now - repo::RETENTION_MS)
            .await
            .map_err(|e| e.to_string())?;
        repo::purge_unsubscribes_before(&db, now - repo::UNSUBSCRIBE_LIFETIME_MS)
            .await
            .map(|_| ())
            .map_err(|e| e.to_string())
    })
}

/// A one-click unsubscribe address (`{base}/mail/unsubscribe/{token}`) that turns off mail of
/// `scope` for `user_id`; whoever owns the scope applies it (see [`unsubscribe_scope`]).
pub async fn unsubscribe_link(
    db: &impl sea_orm::ConnectionTrait,
    base: &str,
    user_id: i64,
    scope: &str,
) -> Result<String> {
    let token = crate::tokens::random_token();
    repo::insert_unsubscribe(db, crate::tokens::hash(&token), user_id, scope).await?;
    Ok(format!("{base}/mail/unsubscribe/{token}"))
}

/// The (member, scope) an unsubscribe token stands for, while it lives; the token in the
/// address is the only credential (mail clients post without cookies, RFC 8058).
pub async fn unsubscribe_scope(db: &Db, token: &str) -> Result<Option<(i64, String)>> {
    if !crate::tokens::is_well_formed(token) {
        return Ok(None);
    }
    Ok(repo::find_unsubscribe(db, &crate::tokens::hash(token)).await?)
}

/// Paths whose POST is authenticated by the token in the address instead of a session (the
/// CSRF check does not apply: no cookie grants anything there).
pub const TOKEN_PATHS: [&str; 1] = ["/mail/unsubscribe/"];

#[cfg(test)]
mod tests;
