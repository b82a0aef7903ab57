//! Notification e-mails: every minute, the notifications of the last day that their receivers
//! chose to get by e-mail (per kind, in the notification settings), that are at least two
//! minutes old and still unread, go out as one mail per receiver — a busy thread is one mail,
//! not one per reply. What a receiver may read is checked when the mail is written, not only
//! when the notification was made: someone who left a closed group gets nothing about it.

use futures_util::future::BoxFuture;

use super::repo;
use super::service::NotificationView;
use crate::db::{self, Db, now_ms};
use crate::error::Result;
use crate::i18n::Lang;
use crate::mail::{Letter, MailKind};

/// The recurring job that mails notifications.
pub const MAIL_JOB: &str = "notifications.mail";

/// How long a notification waits before it is mailed: one opened in Plein meanwhile is not.
pub const MAIL_DELAY_MS: i64 = 2 * 60_000;

/// Older notifications are never mailed (switching e-mail on does not mail a backlog).
const MAIL_WINDOW_MS: i64 = 24 * 3_600_000;

/// Receivers handled per run (the rest follow a minute later).
const RECEIVERS_PER_RUN: u64 = 500;

/// Notifications listed in one mail; the mail links to the rest.
const ITEMS_PER_MAIL: u64 = 20;

/// The unsubscribe scope of notification mails: all notification e-mails of a member.
pub const UNSUBSCRIBE_SCOPE: &str = "notifications";

/// The job handler: mails what is due, with links on `base` (the public address).
pub fn mail_job(db: Db, base: String) -> BoxFuture<'static, crate::jobs::Outcome> {
    Box::pin(async move {
        mail_due(&db, &base, now_ms())
            .await
            .map(|_| ())
            .map_err(|e| e.to_string())
    })
}

/// Mails the notifications due at `now`; returns how many mails were queued.
pub async fn mail_due(db: &Db, base: &str, now: i64) -> Result<usize> {
    let (from, to) = (now - MAIL_WINDOW_MS, now - MAIL_DELAY_MS);
    let mut mailed = 0;
    for receiver in repo::mail_receivers(db, from, to, RECEIVERS_PER_RUN).await? {
        let due = repo::mail_due_ids(db, receiver.id, from, to).await?;
        // Read through the same rule as the list: the group readable now, the post shown.
        let visible: Vec<_> =
            repo::list(db, receiver.id, None, ITEMS_PER_MAIL.max(due.len() as u64))
                .await?
                .into_iter()
                .filter(|row| due.contains(&row.id))
                .take(usize::try_from(ITEMS_PER_MAIL).unwrap_or(20))
                .collect();
        let tx = db::begin_write(db).await?;
        if !visible.is_empty() {
            let lang = Lang::chosen_or(receiver.locale.as_deref(), Lang::Nl);
            let count = i64::try_from(due.len().min(visible.len())).unwrap_or(0);
            let mut letter = Letter::to(
                MailKind::Notifications,
                &receiver.email,
                &receiver.display_name,
                lang,
            );
            letter.subject = lang.tn("mail-notifications-subject", "count", count);
            letter.paragraphs = vec![lang.t("mail-notifications-intro")];
            letter.items = visible
                .into_iter()
                .map(|row| {
                    let view = NotificationView::of(row, lang);
                    (view.text, format!("{base}{}", view.url))
                })
                .collect();
            letter.action = Some((
                lang.t("mail-notifications-action"),
                format!("{base}/notifications"),
            ));
            letter.footer = lang.t("mail-notifications-footer");
            letter.unsubscribe = Some(
                crate::mail::unsubscribe_link(&tx, base, receiver.id, UNSUBSCRIBE_SCOPE).await?,
            );
            crate::mail::queue(&tx, letter).await?;
            mailed += 1;
        }
        repo::mark_mailed(&tx, &due, now).await?;
        tx.commit().await?;
    }
    Ok(mailed)
}
