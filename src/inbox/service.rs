//! How a stored notification reads in the receiver's language and where it leads, the pages of
//! the inbox, the live update and the member's preferences.

use serde::Serialize;

use super::repo::{self, NotificationRow};
use crate::db::Db;
use crate::error::Result;
use crate::i18n::Lang;
use crate::notifications::{NotificationKind, preference};
use crate::post_types::IdeaStatus;

/// A notification ready to show.
#[derive(Debug, Clone, Serialize)]
pub struct NotificationView {
    /// Its id.
    pub id: i64,
    /// The sentence, in the reader's language.
    pub text: String,
    /// Where opening it leads (through the mark-as-read route).
    pub url: String,
    /// When it happened.
    pub created_at: i64,
    /// Whether the receiver has not opened it yet.
    pub unread: bool,
}

impl NotificationView {
    /// Renders a stored row in `lang`.
    pub fn of(row: NotificationRow, lang: Lang) -> Self {
        let kind = NotificationKind::parse(&row.kind).unwrap_or(NotificationKind::Reply);
        let detail = match (kind, row.detail.as_deref()) {
            (NotificationKind::IdeaStatus, Some(code)) => IdeaStatus::parse(code)
                .map(|s| lang.t(s.label_key()))
                .unwrap_or_default(),
            (NotificationKind::EventChange, Some("place")) => lang.t("event-change-place"),
            (NotificationKind::EventChange, Some("changed")) => lang.t("event-change-changed"),
            (NotificationKind::Moderation, Some(code)) => moderation_action(code)
                .map(|(action, _)| lang.t(action.label_key()))
                .unwrap_or_default(),
            _ => String::new(),
        };
        let someone = lang.t("notify-someone");
        let text = lang.targs(
            kind.message_key(),
            &[
                ("actor", row.actor_name.as_deref().unwrap_or(&someone)),
                ("group", row.group_name.as_deref().unwrap_or_default()),
                ("detail", &detail),
            ],
        );
        Self {
            id: row.id,
            text,
            url: format!("/notifications/{}", row.id),
            created_at: row.created_at,
            unread: row.read_at.is_none(),
        }
    }
}

/// The detail of a moderation notice: the action's stored form and its id (`hide:12`).
fn moderation_action(code: &str) -> Option<(crate::moderation::Action, i64)> {
    let (action, id) = code.split_once(':')?;
    Some((crate::moderation::Action::parse(action)?, id.parse().ok()?))
}

/// Where a notification leads once opened.
pub fn target_of(row: &NotificationRow) -> String {
    match (
        NotificationKind::parse(&row.kind),
        row.post_id,
        row.group_id,
    ) {
        (Some(NotificationKind::Moderation), _, _) => row
            .detail
            .as_deref()
            .and_then(moderation_action)
            .map_or_else(
                || "/notifications".into(),
                |(_, id)| format!("/moderation/notices/{id}"),
            ),
        (Some(NotificationKind::Message), _, _) => row
            .detail
            .as_deref()
            .and_then(|id| id.parse::<i64>().ok())
            .map_or_else(|| "/notifications".into(), |id| format!("/messages/{id}")),
        (_, Some(post_id), _) => format!("/posts/{post_id}"),
        (Some(NotificationKind::JoinRequest), None, Some(group_id)) => {
            format!("/groups/{group_id}/members")
        }
        _ => "/notifications".into(),
    }
}

/// Notifications per page.
pub const PAGE: u64 = 30;

/// A page of the viewer's notifications and the cursor of the next one.
pub async fn page(
    db: &Db,
    viewer_id: i64,
    lang: Lang,
    before: Option<i64>,
) -> Result<(Vec<NotificationView>, Option<i64>)> {
    let mut rows = repo::list(db, viewer_id, before, PAGE + 1).await?;
    let next = crate::db::next_page(&mut rows, PAGE, |r| r.id);
    let views = rows
        .into_iter()
        .map(|row| NotificationView::of(row, lang))
        .collect();
    Ok((views, next))
}

/// Opens a notification: marks it read and says where to go; not found when it is not the
/// viewer's or no longer visible to them.
pub async fn open(db: &Db, viewer_id: i64, id: i64) -> Result<String> {
    let row = repo::find_visible(db, viewer_id, id)
        .await?
        .ok_or(crate::error::Error::NotFound)?;
    repo::mark_read(db, viewer_id, Some(id)).await?;
    Ok(target_of(&row))
}

/// Marks everything read.
pub async fn mark_all_read(db: &Db, viewer_id: i64) -> Result<()> {
    Ok(repo::mark_read(db, viewer_id, None).await?)
}

/// What the live stream sends: the unread count and, when there is one, the newest
/// notification after the stream's last announcement.
#[derive(Debug, Clone, Serialize)]
pub struct LiveUpdate {
    /// Visible unread notifications.
    pub unread: i64,
    /// The newest notification, if it is new to this stream.
    pub latest: Option<NotificationView>,
}

/// The live update for a stream that last announced notification `after`.
pub async fn live_update(db: &Db, viewer_id: i64, lang: Lang, after: i64) -> Result<LiveUpdate> {
    let unread = repo::unread_count(db, viewer_id).await?;
    let latest = repo::list(db, viewer_id, None, 1)
        .await?
        .pop()
        .filter(|row| row.id > after)
        .map(|row| NotificationView::of(row, lang));
    Ok(LiveUpdate { unread, latest })
}

/// The newest notification id of a member: where a new stream starts announcing.
pub async fn newest_id(db: &Db, viewer_id: i64) -> Result<i64> {
    Ok(repo::newest_id(db, Some(viewer_id)).await?)
}

/// One row of the preferences page.
#[derive(Debug, Clone)]
pub struct Preference {
    /// The kind.
    pub kind: NotificationKind,
    /// Shown in-app.
    pub in_app: bool,
    /// Also sent by e-mail (batched, a few minutes later, unless read by then).
    pub email: bool,
}

/// The viewer's preferences for every kind, defaults filled in (in-app on, e-mail off).
pub async fn preferences(db: &Db, user_id: i64) -> Result<Vec<Preference>> {
    let stored = repo::preferences(db, user_id).await?;
    Ok(NotificationKind::switchable()
        .map(|kind| {
            let row = stored.iter().find(|p| p.kind == kind.as_str());
            Preference {
                kind,
                in_app: row.is_none_or(|p| p.in_app),
                email: row.is_some_and(|p| p.email),
            }
        })
        .collect())
}

/// Saves the preferences form: a checked box is a field `in_app.KIND` or `email.KIND`.
pub async fn save_preferences(db: &Db, user_id: i64, fields: &[(String, String)]) -> Result<()> {
    let checked = |channel: &str, kind: NotificationKind| {
        let name = format!("{channel}.{}", kind.as_str());
        fields.iter().any(|(key, _)| *key == name)
    };
    let rows = NotificationKind::switchable()
        .map(|kind| preference::Model {
            user_id,
            kind: kind.as_str().into(),
            in_app: checked("in_app", kind),
            email: checked("email", kind),
        })
        .collect();
    let tx = crate::db::begin_write(db).await?;
    repo::set_preferences(&tx, user_id, rows).await?;
    tx.commit().await?;
    Ok(())
}

/// Turns e-mail off for every notification kind of a member (an unsubscribe link).
pub async fn stop_emails(db: &Db, user_id: i64) -> Result<()> {
    Ok(repo::stop_emails(db, user_id).await?)
}
