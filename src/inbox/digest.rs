//! The personal digest (daily or weekly, the member's choice, weekly by default): for members
//! who did not come by in that time, what happened in their groups — the liveliest new posts,
//! questions still waiting for an answer, and events coming up — ranked, short, with a link to
//! each. Skipped when there is nothing new or the member was active anyway. Only groups the
//! member belongs to are read (membership is the access rule), archived groups, deleted and
//! hidden posts never.

use futures_util::future::BoxFuture;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ActiveValue::Set, ConnectionTrait, EntityTrait, Statement};

use super::entity::digest_pref;
use crate::db::{Db, now_ms};
use crate::error::Result;
use crate::i18n::Lang;
use crate::mail::{Letter, MailKind};

/// The recurring job that sends digests.
pub const DIGEST_JOB: &str = "notifications.digest";

/// The unsubscribe scope of digests.
pub const UNSUBSCRIBE_SCOPE: &str = "digest";

/// Members handled per run (the job runs hourly; the rest follow).
const MEMBERS_PER_RUN: u64 = 500;

use crate::activity::DAY_MS;

crate::stored_enum! {
    /// How often a member gets the digest.
    pub enum Frequency {
        /// Every week (the default).
        Weekly = "weekly" => "digest-weekly",
        /// Every day.
        Daily = "daily" => "digest-daily",
        /// Never.
        Never = "never" => "digest-never",
    }
}

impl Frequency {
    fn period_ms(self) -> i64 {
        match self {
            Self::Daily => DAY_MS,
            Self::Weekly | Self::Never => 7 * DAY_MS,
        }
    }
}

/// A member's digest frequency (weekly until they choose).
pub async fn frequency_of(db: &impl ConnectionTrait, user_id: i64) -> Result<Frequency> {
    Ok(digest_pref::Entity::find_by_id(user_id)
        .one(db)
        .await?
        .and_then(|row| Frequency::parse(&row.frequency))
        .unwrap_or(Frequency::Weekly))
}

/// Stores a member's digest frequency.
pub async fn set_frequency(
    db: &impl ConnectionTrait,
    user_id: i64,
    frequency: Frequency,
) -> Result<()> {
    upsert(db, user_id, frequency, None, digest_pref::Column::Frequency).await
}

async fn mark_considered(
    db: &impl ConnectionTrait,
    user_id: i64,
    frequency: Frequency,
    at: i64,
) -> Result<()> {
    upsert(
        db,
        user_id,
        frequency,
        Some(at),
        digest_pref::Column::LastSentAt,
    )
    .await
}

/// Writes a member's digest row, or only `column` of it when it exists.
async fn upsert(
    db: &impl ConnectionTrait,
    user_id: i64,
    frequency: Frequency,
    last_sent_at: Option<i64>,
    column: digest_pref::Column,
) -> Result<()> {
    digest_pref::Entity::insert(digest_pref::ActiveModel {
        user_id: Set(user_id),
        frequency: Set(frequency.as_str().into()),
        last_sent_at: Set(last_sent_at),
    })
    .on_conflict(
        OnConflict::column(digest_pref::Column::UserId)
            .update_column(column)
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// A member whose digest is due.
struct Due {
    id: i64,
    email: String,
    name: String,
    locale: Option<String>,
    frequency: Frequency,
    /// The last digest, if any.
    last: Option<i64>,
    /// The last day they were active (activity record), if ever.
    last_day: Option<i32>,
}

/// Runs `sql` (only numbers are ever formatted into it) and reads its rows.
async fn rows(db: &Db, sql: String) -> Result<Vec<sea_orm::QueryResult>> {
    Ok(db
        .query_all_raw(Statement::from_string(db.get_database_backend(), sql))
        .await?)
}

async fn due_members(db: &Db, now: i64) -> Result<Vec<Due>> {
    let (daily, weekly) = (now - DAY_MS + 3_600_000, now - 7 * DAY_MS + 3_600_000);
    let sql = format!(
        "SELECT u.id, u.email, u.display_name, u.locale, COALESCE(d.frequency, 'weekly'), \
         d.last_sent_at, a.last_day FROM users u \
         LEFT JOIN digest_prefs d ON d.user_id = u.id \
         LEFT JOIN activity_members a ON a.user_id = u.id \
         WHERE u.active = true AND COALESCE(d.frequency, 'weekly') <> 'never' \
         AND (d.last_sent_at IS NULL \
              OR (d.frequency = 'daily' AND d.last_sent_at <= {daily}) \
              OR (COALESCE(d.frequency, 'weekly') = 'weekly' AND d.last_sent_at <= {weekly})) \
         ORDER BY u.id LIMIT {MEMBERS_PER_RUN}"
    );
    rows(db, sql)
        .await?
        .iter()
        .map(|row| {
            let frequency: String = row.try_get_by_index(4)?;
            Ok(Due {
                id: row.try_get_by_index(0)?,
                email: row.try_get_by_index(1)?,
                name: row.try_get_by_index(2)?,
                locale: row.try_get_by_index(3)?,
                frequency: Frequency::parse(&frequency).unwrap_or(Frequency::Weekly),
                last: row.try_get_by_index(5)?,
                last_day: row.try_get_by_index(6)?,
            })
        })
        .collect()
}

/// One post in a digest: (id, its first words, its group's name).
type Item = (i64, String, String);

/// A digest section: (heading key, posts).
type Section = (&'static str, Vec<Item>);

/// A post's body as one short line of plain text.
fn headline(markdown: &str) -> String {
    let plain: String = markdown
        .chars()
        .map(|c| if "#*_>`[]()|~".contains(c) { ' ' } else { c })
        .collect();
    let words: Vec<&str> = plain.split_whitespace().collect();
    let line = words.join(" ");
    if line.chars().count() > 100 {
        format!("{}…", line.chars().take(100).collect::<String>().trim_end())
    } else {
        line
    }
}

/// SQL selecting `columns` of the posts (`p`, with their group `g` and `join`) in the member's
/// groups that are neither deleted nor hidden and that `extra` narrows to, in `order`.
fn in_my_groups(user: i64, columns: &str, join: &str, extra: &str, order: &str) -> String {
    format!(
        "SELECT {columns} FROM posts p {join} \
         JOIN groups g ON g.id = p.group_id AND g.archived_at IS NULL \
         JOIN group_members m ON m.group_id = p.group_id AND m.user_id = {user} \
         WHERE p.deleted_at IS NULL AND p.hidden_at IS NULL AND {extra} \
         ORDER BY {order}"
    )
}

/// Others' posts in the member's groups that `extra` narrows to, as SQL selecting
/// (id, body, group name), newest first.
fn candidates(user: i64, extra: &str) -> String {
    in_my_groups(
        user,
        "p.id, p.body_md, g.name",
        "",
        &format!("p.author_id <> {user} AND {extra}"),
        "p.id DESC",
    )
}

/// Reads (id, text, group name) rows.
async fn items(db: &Db, sql: String) -> Result<Vec<Item>> {
    rows(db, sql)
        .await?
        .iter()
        .map(|row| {
            let body: String = row.try_get_by_index(1)?;
            Ok((
                row.try_get_by_index(0)?,
                headline(&body),
                row.try_get_by_index(2)?,
            ))
        })
        .collect()
}

/// How many of the newest candidates are ranked for liveliness (a busy week has thousands of
/// posts; counting comments on all of them for every member took 50–90 ms each).
const RANKED: u32 = 200;

/// Every post kind but events (which have a section of their own), as an SQL list: written as
/// `IN (…)` so the (group, kind, time) index serves it, ten times faster than `<> 'event'`.
fn conversation_kinds() -> String {
    use crate::post_types::PostKind;
    PostKind::ALL
        .into_iter()
        .filter(|kind| *kind != PostKind::Event)
        .map(|kind| format!("'{}'", kind.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// What the digest of `user` since `since` holds: (section title key, items).
async fn sections(db: &Db, user: i64, since: i64, now: i64) -> Result<Vec<Section>> {
    let recent = candidates(
        user,
        &format!(
            "p.created_at >= {since} AND p.kind IN ({})",
            conversation_kinds()
        ),
    );
    let lively = items(
        db,
        format!(
            "SELECT r.id, r.body_md, r.name FROM ({recent} LIMIT {RANKED}) r ORDER BY \
             (SELECT COUNT(*) FROM comments c WHERE c.post_id = r.id AND c.deleted_at IS NULL \
             AND c.hidden_at IS NULL) DESC, r.id DESC LIMIT 5"
        ),
    )
    .await?;
    let waiting = candidates(
        user,
        &format!(
            "p.kind = 'question' AND p.first_response_at IS NULL AND p.created_at >= {}",
            now - 14 * DAY_MS
        ),
    );
    let waiting = items(db, format!("{waiting} LIMIT 3")).await?;
    // Events of the coming week, the soonest first, by their titles.
    let events = in_my_groups(
        user,
        "p.id, e.title, g.name",
        "JOIN events e ON e.post_id = p.id",
        &format!(
            "p.author_id <> {user} AND e.starts_at >= {now} AND e.starts_at < {}",
            now + 7 * DAY_MS
        ),
        "e.starts_at, p.id",
    );
    let events = items(db, format!("{events} LIMIT 3")).await?;
    Ok([
        ("digest-lively", lively),
        ("digest-waiting", waiting),
        ("digest-events", events),
    ]
    .into_iter()
    .filter(|(_, items)| !items.is_empty())
    .collect())
}

/// The job handler: sends what is due, with links on `base`.
pub fn digest_job(db: Db, base: String) -> BoxFuture<'static, crate::jobs::Outcome> {
    Box::pin(async move {
        send_due(&db, &base, now_ms())
            .await
            .map(|_| ())
            .map_err(|e| e.to_string())
    })
}

/// Sends the digests due at `now`; returns how many were queued.
pub async fn send_due(db: &Db, base: &str, now: i64) -> Result<usize> {
    let mut sent = 0;
    let mut passed_over = Vec::new();
    let calendar = crate::activity::Calendar::of(db).await?;
    for member in due_members(db, now).await? {
        let since = member.last.unwrap_or(now - member.frequency.period_ms());
        let came_by = member
            .last_day
            .is_some_and(|day| day >= calendar.day_of(since));
        let sections = if came_by {
            Vec::new()
        } else {
            sections(db, member.id, since, now).await?
        };
        if sections.is_empty() {
            passed_over.push((member.id, member.frequency));
            continue;
        }
        // The mail and its "sent" mark go together, or neither does.
        let tx = crate::db::begin_write(db).await?;
        crate::mail::queue(&tx, letter(&tx, &member, &sections, base).await?).await?;
        mark_considered(&tx, member.id, member.frequency, now).await?;
        tx.commit().await?;
        sent += 1;
    }
    // Those with nothing to read are marked in one transaction (one commit, not hundreds).
    let tx = crate::db::begin_write(db).await?;
    for (id, frequency) in passed_over {
        mark_considered(&tx, id, frequency, now).await?;
    }
    tx.commit().await?;
    Ok(sent)
}

async fn letter(
    db: &impl ConnectionTrait,
    member: &Due,
    sections: &[Section],
    base: &str,
) -> Result<Letter> {
    let lang = Lang::chosen_or(member.locale.as_deref(), Lang::Nl);
    let mut letter = Letter::to(MailKind::Digest, &member.email, &member.name, lang);
    letter.subject = lang.t(match member.frequency {
        Frequency::Daily => "digest-subject-daily",
        _ => "digest-subject-weekly",
    });
    letter.paragraphs = vec![lang.t("digest-intro")];
    letter.sections = sections
        .iter()
        .map(|(title, items)| {
            let lines = items
                .iter()
                .map(|(id, text, group)| {
                    (format!("{text} ({group})"), format!("{base}/posts/{id}"))
                })
                .collect();
            (lang.t(title), lines)
        })
        .collect();
    letter.action = Some((lang.t("digest-action"), format!("{base}/")));
    letter.footer = lang.t("digest-footer");
    letter.unsubscribe =
        Some(crate::mail::unsubscribe_link(db, base, member.id, UNSUBSCRIBE_SCOPE).await?);
    Ok(letter)
}
