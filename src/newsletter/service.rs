//! Composing, previewing, testing, scheduling and sending newsletter issues, and the archive.
//! An issue is built from the highlights community managers marked (`reports`), one of them the
//! highlight of the week, and their own words. What a member reads is checked when it is shown
//! and when it is sent: a highlight whose post was deleted or hidden, or whose group is no
//! longer open, drops out. At sending the issue is kept as it went out, for the archive.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::entity::issue;
use super::repo;
use crate::auth::Viewer;
use crate::db::{self, Db, now_ms};
use crate::directory::user;
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::mail::{self, Letter, MailKind};
use crate::reports::service::{Highlight, highlights_with_ids};
use crate::validate::Checks;

/// The job that sends one scheduled issue (payload: its id).
pub const SEND_JOB: &str = "newsletter.send";
/// The unsubscribe scope of the newsletter mail.
pub const UNSUBSCRIBE_SCOPE: &str = "newsletter";
/// How long an issue's highlight of the week stays on the home page.
pub const FEATURED_DAYS: i64 = 7;
/// The longest subject.
const MAX_SUBJECT: usize = 150;
/// The longest introduction.
const MAX_INTRO: usize = 5_000;

crate::stored_enum! {
    /// Where an issue is.
    pub enum Status {
        /// Being written.
        Draft = "draft" => "newsletter-status-draft",
        /// Waiting for its moment.
        Scheduled = "scheduled" => "newsletter-status-scheduled",
        /// Gone out; in the archive.
        Sent = "sent" => "newsletter-status-sent",
    }
}

/// Who gets an issue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Audience {
    /// Every active member.
    Everyone,
    /// The ambassadors.
    Ambassadors,
    /// One department.
    Department(String),
    /// One location.
    Location(String),
    /// The members of one group.
    Group(i64),
}

impl Audience {
    /// Reads the stored (or submitted) form: `everyone`, `ambassadors`, `department:…`,
    /// `location:…`, `group:<id>`.
    pub fn parse(text: &str) -> Option<Self> {
        match text.split_once(':') {
            None if text == "everyone" => Some(Self::Everyone),
            None if text == "ambassadors" => Some(Self::Ambassadors),
            Some(("department", name)) if !name.is_empty() => Some(Self::Department(name.into())),
            Some(("location", name)) if !name.is_empty() => Some(Self::Location(name.into())),
            Some(("group", id)) => id.parse().ok().map(Self::Group),
            _ => None,
        }
    }

    /// The stored form.
    pub fn stored(&self) -> String {
        match self {
            Self::Everyone => "everyone".into(),
            Self::Ambassadors => "ambassadors".into(),
            Self::Department(name) => format!("department:{name}"),
            Self::Location(name) => format!("location:{name}"),
            Self::Group(id) => format!("group:{id}"),
        }
    }
}

/// What an issue says: kept when it is sent, computed from the marks before.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Content {
    /// The subject line.
    pub subject: String,
    /// The community managers' words (Markdown; rendered and sanitised when shown).
    pub intro_md: String,
    /// The highlight of the week.
    pub featured: Option<Highlight>,
    /// The other highlights.
    pub stories: Vec<Highlight>,
}

/// An issue as submitted: `subject`, `intro`, `audience`, `featured` (a highlight id) and a
/// `highlight_<id>` field for every included highlight.
pub type ComposeForm = HashMap<String, String>;

fn require_manager(viewer: &Viewer) -> Result<()> {
    if viewer.role.manages_community() {
        Ok(())
    } else {
        Err(Error::Forbidden)
    }
}

/// The fields of a compose form, checked, as an issue's columns (subject, introduction,
/// highlights, highlight of the week, audience, last change).
fn checked(form: &ComposeForm) -> Result<issue::ActiveModel> {
    let field = |name: &str| form.get(name).map(String::as_str).unwrap_or_default();
    let mut checks = Checks::new();
    let subject = checks.text("subject", field("subject"), 1, MAX_SUBJECT);
    let intro = checks.text("intro", field("intro"), 0, MAX_INTRO);
    let audience = Audience::parse(field("audience"));
    if audience.is_none() {
        checks.fail("audience", "error-newsletter-audience");
    }
    let mut highlights: Vec<i64> = form
        .iter()
        .filter(|(_, value)| !value.is_empty())
        .filter_map(|(key, _)| key.strip_prefix("highlight_")?.parse().ok())
        .collect();
    highlights.sort_unstable();
    let featured = match field("featured") {
        "" => None,
        id => match id.parse::<i64>() {
            Ok(id) => Some(id),
            Err(_) => {
                checks.fail("featured", "error-newsletter-featured");
                None
            }
        },
    };
    checks.finish()?;
    let audience = audience.ok_or(Error::invalid("audience", "error-newsletter-audience"))?;
    Ok(issue::ActiveModel {
        subject: sea_orm::ActiveValue::Set(subject),
        intro_md: sea_orm::ActiveValue::Set(intro),
        highlight_ids: sea_orm::ActiveValue::Set(ids_text(&highlights)),
        featured_id: sea_orm::ActiveValue::Set(featured),
        audience: sea_orm::ActiveValue::Set(audience.stored()),
        updated_at: sea_orm::ActiveValue::Set(now_ms()),
        ..Default::default()
    })
}

fn ids_text(ids: &[i64]) -> String {
    ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",")
}

fn ids_of(text: &str) -> Vec<i64> {
    text.split(',').filter_map(|id| id.parse().ok()).collect()
}

/// Starts a draft from the form (community managers); returns its id.
pub async fn compose(db: &Db, viewer: &Viewer, form: &ComposeForm) -> Result<i64> {
    require_manager(viewer)?;
    let mut model = checked(form)?;
    model.status = sea_orm::ActiveValue::Set(Status::Draft.as_str().into());
    model.created_by = sea_orm::ActiveValue::Set(viewer.id);
    model.created_at = model.updated_at.clone();
    Ok(repo::insert(db, model).await?)
}

/// Rewrites a draft from the form; an issue that is scheduled or sent is not changed.
pub async fn update(db: &Db, viewer: &Viewer, id: i64, form: &ComposeForm) -> Result<()> {
    require_manager(viewer)?;
    let model = checked(form)?;
    if repo::update_in_status(db, model, id, Status::Draft.as_str()).await? {
        Ok(())
    } else {
        draft_refused(db, id).await
    }
}

/// Why a change to a non-draft was refused: missing, or no longer a draft.
async fn draft_refused<T>(db: &Db, id: i64) -> Result<T> {
    match repo::find(db, id).await? {
        None => Err(Error::NotFound),
        Some(_) => Err(Error::invalid("subject", "error-newsletter-not-draft")),
    }
}

/// An issue with what it says now (drafts and scheduled) or said (sent), for community
/// managers.
pub async fn managed(db: &Db, viewer: &Viewer, id: i64) -> Result<(issue::Model, Content)> {
    require_manager(viewer)?;
    let found = repo::find(db, id).await?.ok_or(Error::NotFound)?;
    let content = content_of(db, &found).await?;
    Ok((found, content))
}

/// Every issue for the community managers' list, newest first.
pub async fn all(db: &Db, viewer: &Viewer) -> Result<Vec<issue::Model>> {
    require_manager(viewer)?;
    Ok(repo::all(db).await?)
}

/// The sent issues, latest first: the archive every member reads.
pub async fn archive(db: &Db) -> Result<Vec<issue::Model>> {
    Ok(repo::sent(db).await?)
}

/// A sent issue as it went out (every member); drafts and scheduled issues are the same 404 as
/// a missing one, except to community managers.
pub async fn read(db: &Db, viewer: &Viewer, id: i64) -> Result<(issue::Model, Content)> {
    let found = repo::find(db, id).await?.ok_or(Error::NotFound)?;
    if found.status != Status::Sent.as_str() && !viewer.role.manages_community() {
        return Err(Error::NotFound);
    }
    let content = content_of(db, &found).await?;
    Ok((found, content))
}

/// What an issue says: as kept when sent, else from its marks as they are now.
async fn content_of(db: &Db, found: &issue::Model) -> Result<Content> {
    if found.status == Status::Sent.as_str() {
        return Ok(serde_json::from_str(&found.content_json).unwrap_or_default());
    }
    let mut ids = ids_of(&found.highlight_ids);
    ids.extend(found.featured_id);
    let mut highlights = highlights_with_ids(db, &ids).await?;
    let featured = found
        .featured_id
        .and_then(|id| highlights.iter().position(|h| h.id == id))
        .map(|at| highlights.remove(at));
    Ok(Content {
        subject: found.subject.clone(),
        intro_md: found.intro_md.clone(),
        featured,
        stories: highlights,
    })
}

/// Sends the issue to the community manager alone, marked as a test.
pub async fn send_test(db: &Db, viewer: &Viewer, id: i64, base: &str, mail_on: bool) -> Result<()> {
    let (found, content) = managed(db, viewer, id).await?;
    if !mail_on {
        return Err(Error::invalid("when", "newsletter-mail-off"));
    }
    let me = crate::people::service::active_user(db, viewer.id).await?;
    let lang = Lang::chosen_or(me.locale.as_deref(), Lang::Nl);
    let mut letter = letter(&me, lang, &content, base, found.id, None);
    letter.subject = lang.t1("newsletter-test-subject", "subject", &letter.subject);
    mail::queue(db, letter).await?;
    Ok(())
}

/// Schedules a draft for `when` (a `datetime-local` in the organisation's time zone; empty:
/// now). The job runner sends it then.
pub async fn schedule(db: &Db, viewer: &Viewer, id: i64, when: &str, mail_on: bool) -> Result<()> {
    require_manager(viewer)?;
    if !mail_on {
        return Err(Error::invalid("when", "newsletter-mail-off"));
    }
    let now = now_ms();
    let send_at = match when.trim() {
        "" => now,
        typed => {
            let zone = crate::settings::time_zone(db).await?;
            crate::events::service::parse_local(typed, &zone)
                .filter(|at| *at >= now - 60_000)
                .ok_or(Error::invalid("when", "error-newsletter-when"))?
        }
    };
    let model = issue::ActiveModel {
        status: sea_orm::ActiveValue::Set(Status::Scheduled.as_str().into()),
        send_at: sea_orm::ActiveValue::Set(Some(send_at)),
        updated_at: sea_orm::ActiveValue::Set(now),
        ..Default::default()
    };
    let tx = db::begin_write(db).await?;
    if !repo::update_in_status(&tx, model, id, Status::Draft.as_str()).await? {
        return draft_refused(db, id).await;
    }
    let key = format!("{SEND_JOB}:{id}:{send_at}");
    crate::jobs::enqueue(&tx, SEND_JOB, &id.to_string(), send_at, Some(&key)).await?;
    tx.commit().await?;
    crate::jobs::wake();
    Ok(())
}

/// Takes a scheduled issue back to draft (its job then finds nothing to send).
pub async fn cancel(db: &Db, viewer: &Viewer, id: i64) -> Result<()> {
    require_manager(viewer)?;
    let model = issue::ActiveModel {
        status: sea_orm::ActiveValue::Set(Status::Draft.as_str().into()),
        send_at: sea_orm::ActiveValue::Set(None),
        updated_at: sea_orm::ActiveValue::Set(now_ms()),
        ..Default::default()
    };
    if repo::update_in_status(db, model, id, Status::Scheduled.as_str()).await? {
        Ok(())
    } else {
        Err(Error::NotFound)
    }
}

/// Sends a scheduled issue to its audience: claims it (scheduled → sent, once, however many
/// runners try), keeps what it says for the archive, and queues one mail per recipient, all
/// in one transaction. Returns how many mails were queued.
pub async fn deliver(db: &Db, id: i64, base: &str) -> Result<usize> {
    let Some(found) = repo::find(db, id).await? else {
        return Ok(0);
    };
    if found.status != Status::Scheduled.as_str() || found.send_at.is_some_and(|at| at > now_ms()) {
        return Ok(0);
    }
    let content = content_of(db, &found).await?;
    let tx = db::begin_write(db).await?;
    let Some(readers) = claim_as_sent(&tx, &found, &content, now_ms()).await? else {
        return Ok(0);
    };
    for reader in &readers {
        let lang = Lang::chosen_or(reader.locale.as_deref(), Lang::Nl);
        let unsubscribe = mail::unsubscribe_link(&tx, base, reader.id, UNSUBSCRIBE_SCOPE).await?;
        mail::queue(
            &tx,
            letter(reader, lang, &content, base, id, Some(unsubscribe)),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(readers.len())
}

/// Marks `found` (in the status it was read in) as sent at `at`, keeping `content` for the
/// archive and how many it reaches; `None` when another runner got there first. Returns who
/// it goes to.
async fn claim_as_sent(
    tx: &impl sea_orm::ConnectionTrait,
    found: &issue::Model,
    content: &Content,
    at: i64,
) -> Result<Option<Vec<crate::directory::user::Model>>> {
    let audience = Audience::parse(&found.audience).unwrap_or(Audience::Everyone);
    let readers = repo::recipients(tx, &audience).await?;
    let json = serde_json::to_string(content).map_err(|e| Error::Internal(e.to_string()))?;
    let model = issue::ActiveModel {
        status: sea_orm::ActiveValue::Set(Status::Sent.as_str().into()),
        sent_at: sea_orm::ActiveValue::Set(Some(at)),
        recipients: sea_orm::ActiveValue::Set(i32::try_from(readers.len()).unwrap_or(i32::MAX)),
        content_json: sea_orm::ActiveValue::Set(json),
        ..Default::default()
    };
    let claimed = repo::update_in_status(tx, model, found.id, &found.status).await?;
    Ok(claimed.then_some(readers))
}

/// Puts a draft in the archive as sent at `at` without mailing anyone: an issue whose mail went
/// out before Plein kept it (the demo's issue of last week).
pub async fn archive_unmailed(db: &Db, viewer: &Viewer, id: i64, at: i64) -> Result<()> {
    let (found, content) = managed(db, viewer, id).await?;
    if found.status != Status::Draft.as_str() {
        return draft_refused(db, id).await;
    }
    let tx = db::begin_write(db).await?;
    if claim_as_sent(&tx, &found, &content, at).await?.is_none() {
        return draft_refused(db, id).await;
    }
    tx.commit().await?;
    Ok(())
}

/// The job handler of [`SEND_JOB`].
pub fn send_job(
    db: Db,
    payload: String,
    base: String,
) -> futures_util::future::BoxFuture<'static, crate::jobs::Outcome> {
    Box::pin(async move {
        let id: i64 = payload
            .parse()
            .map_err(|_| format!("bad payload {payload}"))?;
        let sent = deliver(&db, id, &base).await.map_err(|e| e.to_string())?;
        if sent > 0 {
            tracing::info!(id, sent, "newsletter queued");
        }
        Ok(())
    })
}

/// The highlight of the week of the latest issue sent in the last [`FEATURED_DAYS`] days, while
/// its post may still be shown (the home page).
pub async fn featured(db: &Db) -> Result<Option<Highlight>> {
    let since = now_ms() - FEATURED_DAYS * crate::activity::DAY_MS;
    let Some(latest) = repo::latest_featured(db, since).await? else {
        return Ok(None);
    };
    let ids: Vec<i64> = latest.featured_id.into_iter().collect();
    Ok(highlights_with_ids(db, &ids).await?.into_iter().next())
}

/// Stops the newsletter for a member (its unsubscribe link).
pub async fn opt_out(db: &Db, user_id: i64) -> Result<()> {
    Ok(repo::opt_out(db, user_id, now_ms()).await?)
}

/// Whether the member gets the newsletter (everyone does until they say otherwise).
pub async fn receives(db: &Db, user_id: i64) -> Result<bool> {
    Ok(!repo::has_opted_out(db, user_id).await?)
}

/// The member's choice on the notification settings page.
pub async fn set_receiving(db: &Db, user_id: i64, receiving: bool) -> Result<()> {
    if receiving {
        Ok(repo::opt_in(db, user_id).await?)
    } else {
        opt_out(db, user_id).await
    }
}

/// One line of a highlight in a mail: "Success story: … — Anna, Planning".
fn story_line(lang: Lang, h: &Highlight) -> String {
    format!(
        "{}: {} — {}, {}",
        lang.t(h.label_key()),
        h.text,
        h.author,
        h.group_name
    )
}

/// The mail of an issue to one reader.
fn letter(
    reader: &user::Model,
    lang: Lang,
    content: &Content,
    base: &str,
    id: i64,
    unsubscribe: Option<String>,
) -> Letter {
    let mut letter = Letter::to(
        MailKind::Newsletter,
        &reader.email,
        &reader.display_name,
        lang,
    );
    letter.subject = content.subject.clone();
    letter.paragraphs = content
        .intro_md
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect();
    let link = |h: &Highlight| (story_line(lang, h), format!("{base}/posts/{}", h.post_id));
    if let Some(featured) = &content.featured {
        letter
            .sections
            .push((lang.t("newsletter-featured"), vec![link(featured)]));
    }
    if !content.stories.is_empty() {
        let stories = content.stories.iter().map(link).collect();
        letter
            .sections
            .push((lang.t("newsletter-stories"), stories));
    }
    letter.action = Some((
        lang.t("newsletter-read-online"),
        format!("{base}/newsletters/{id}"),
    ));
    letter.footer = lang.t("newsletter-footer");
    letter.unsubscribe = unsubscribe;
    letter
}

#[cfg(test)]
mod tests {
    use super::Audience;

    #[test]
    fn audiences_read_back_what_they_store() {
        for audience in [
            Audience::Everyone,
            Audience::Ambassadors,
            Audience::Department("HR".into()),
            Audience::Location("Zwolle: centrum".into()),
            Audience::Group(7),
        ] {
            assert_eq!(Audience::parse(&audience.stored()), Some(audience));
        }
        for bad in ["", "iedereen", "department:", "group:x", "location"] {
            assert_eq!(Audience::parse(bad), None, "{bad}");
        }
    }
}
