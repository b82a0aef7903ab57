//! `plein demo`: fills the database with a fictitious Dutch organisation — departments,
//! locations, members with profiles of varying completeness, roles, groups of every visibility
//! and size, and months of activity along an adoption curve — so an evaluator sees a living
//! community in a minute and benchmarks have realistic data. Deterministic for a seed.

pub mod activity;
pub mod content;
pub mod corpus;
mod finish;
pub mod plan;
pub mod writer;

use sea_orm::sea_query::{Alias, Expr, Query};
use sea_orm::{ConnectionTrait, EntityTrait, PaginatorTrait};

use self::activity::ActivityLog;
use self::content::{Content, MonthBatch};
pub use self::plan::Options;
use self::plan::{DAY_MS, MONTH_DAYS, Organisation};
use self::writer::{flag, insert_rows, int, opt_int, opt_text, text};
use crate::db::{self, Db, dialect::sync_id_sequence, now_ms};
use crate::directory::user;
use crate::error::{Error, Result};
use crate::posts::post;

/// The password of every demo account.
pub const DEMO_PASSWORD: &str = "plein demo wachtwoord";

/// What was written.
#[derive(Debug, Default, Clone)]
pub struct Summary {
    /// The e-mail of the demo administrator, to sign in with.
    pub admin_email: String,
    /// Accounts.
    pub members: u64,
    /// Groups.
    pub groups: u64,
    /// Memberships.
    pub memberships: u64,
    /// Posts.
    pub posts: u64,
    /// Comments.
    pub comments: u64,
    /// Reactions.
    pub reactions: u64,
    /// Activity events (the rollups are written with them).
    pub events: u64,
}

/// Why the generator refused.
#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    /// The database already holds accounts or posts.
    #[error(
        "this database already has {members} accounts and {posts} posts; add --force to add demo data anyway"
    )]
    HasContent {
        /// Existing accounts.
        members: u64,
        /// Existing posts.
        posts: u64,
    },
    /// Writing failed.
    #[error(transparent)]
    Write(#[from] Error),
}

async fn next_id(db: &Db, table: &str) -> Result<i64> {
    let stmt = Query::select()
        .expr(sea_orm::sea_query::ExprTrait::max(Expr::col(Alias::new(
            "id",
        ))))
        .from(Alias::new(table))
        .to_owned();
    let row = db.query_one(&stmt).await?;
    let max: Option<i64> = match row {
        Some(row) => row.try_get_by_index(0).map_err(Error::Db)?,
        None => None,
    };
    Ok(max.unwrap_or(0) + 1)
}

/// Generates the demo organisation into `db`. Refuses a database with content unless `force`.
pub async fn generate(
    db: &Db,
    opts: &Options,
    force: bool,
    show_progress: bool,
) -> Result<Summary, DemoError> {
    let members = user::Entity::find().count(db).await.map_err(Error::Db)?;
    let posts = post::Entity::find().count(db).await.map_err(Error::Db)?;
    if (members > 0 || posts > 0) && !force {
        return Err(DemoError::HasContent { members, posts });
    }
    let today = now_ms() / DAY_MS * DAY_MS;
    let start = today - i64::from(opts.months) * MONTH_DAYS * DAY_MS;
    let org = plan::organisation(
        opts,
        start,
        next_id(db, "users").await?,
        next_id(db, "groups").await?,
    );
    let progress = crate::progress::bar(
        show_progress,
        u64::from(opts.months) + 1,
        "{spinner} [{elapsed_precise}] {bar:30} {pos}/{len} {msg}",
    );
    progress.set_message("members and groups");
    let mut summary = write_organisation(db, &org).await?;
    progress.inc(1);
    let next_ids = (
        next_id(db, "posts").await?,
        next_id(db, "comments").await?,
        next_id(db, "poll_options").await?,
    );
    let mut content = Content::new(&org, opts, start, next_ids);
    let mut log = ActivityLog::new(&org, opts.seed, crate::activity::Calendar::of(db).await?);
    log.joins();
    for month in 0..opts.months {
        progress.set_message(format!("month {} of {}", month + 1, opts.months));
        let batch = content.month(month);
        log.month(&batch, month, start);
        write_month(db, batch, &mut summary, &mut log).await?;
        progress.inc(1);
    }
    progress.set_message("visits and rollups");
    write_record(db, log).await?;
    for table in [
        "users",
        "groups",
        "posts",
        "comments",
        "poll_options",
        "media",
    ] {
        sync_id_sequence(db, table).await.map_err(Error::Db)?;
    }
    progress.set_message("knowledge base, moderation, report, work queue");
    finish::finish(db, opts.seed).await?;
    crate::posts::contributions::rebuild(db).await?;
    // The finishing touches record activity of their own (flags, articles): count it all.
    summary.events = crate::activity::event_count(db).await.map_err(Error::Db)?;
    // Fresh planner statistics: right after a bulk load the planner knows nothing about the
    // tables (PostgreSQL's autovacuum gets to it only later) and picks plans 100× too slow.
    db.execute_unprepared("ANALYZE").await.map_err(Error::Db)?;
    progress.finish_and_clear();
    Ok(summary)
}

/// A small portrait stand-in for each member with a photo: a two-tone square in a colour of
/// their own, re-encoded as the upload path would (JPEG, 96 pixels).
async fn write_photos(
    db: &impl ConnectionTrait,
    org: &Organisation,
    photo_of: &std::collections::HashMap<i64, i64>,
) -> Result<()> {
    const EDGE: u32 = 96;
    let mut rows = Vec::with_capacity(photo_of.len());
    for member in org.members.iter().filter(|m| m.photo) {
        let Some(&media_id) = photo_of.get(&member.id) else {
            continue;
        };
        let seed = member.id.unsigned_abs();
        let colour = [
            (60 + seed * 53 % 160) as u8,
            (60 + seed * 97 % 160) as u8,
            (60 + seed * 31 % 160) as u8,
        ];
        let image = image::RgbImage::from_fn(EDGE, EDGE, |x, y| {
            let d = (x as i64 - 48).pow(2) + (y as i64 - 40).pow(2);
            if d < 20 * 20 || (y > 66 && (x as i64 - 48).abs() < 34) {
                image::Rgb([235, 235, 235])
            } else {
                image::Rgb(colour)
            }
        });
        let mut bytes = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, 80)
            .encode_image(&image)
            .map_err(|e| Error::Internal(format!("demo photo: {e}")))?;
        rows.push(vec![
            int(media_id),
            int(member.id),
            text("image/jpeg"),
            sea_orm::sea_query::Value::Bytes(Some(bytes)),
            int(i64::from(EDGE)),
            int(i64::from(EDGE)),
            int(member.joined_at),
        ]);
    }
    insert_rows(
        db,
        "media",
        &[
            "id",
            "owner_id",
            "content_type",
            "bytes",
            "width",
            "height",
            "created_at",
        ],
        rows,
    )
    .await
    .map_err(Error::Db)?;
    Ok(())
}

async fn write_organisation(db: &Db, org: &Organisation) -> Result<Summary> {
    let hash = crate::password::hash(DEMO_PASSWORD.to_string()).await?;
    let first_media = next_id(db, "media").await?;
    let photo_of: std::collections::HashMap<i64, i64> = org
        .members
        .iter()
        .filter(|m| m.photo)
        .enumerate()
        .map(|(i, m)| (m.id, first_media + i as i64))
        .collect();
    let tx = db::begin_write(db).await?;
    let user_rows = org.members.iter().map(|m| {
        vec![
            opt_int(photo_of.get(&m.id).copied()),
            int(m.id),
            text(&m.email),
            text(&m.name),
            text(&m.name.to_lowercase()),
            text(&hash),
            text(m.role),
            flag(m.role_model),
            text(m.job_title),
            text(m.department),
            text(m.location),
            text(&m.bio),
            opt_int(m.manager),
            int(m.joined_at),
            int(m.joined_at),
        ]
    });
    let columns = [
        "photo_id",
        "id",
        "email",
        "display_name",
        "name_key",
        "password_hash",
        "role",
        "is_role_model",
        "job_title",
        "department",
        "location",
        "bio",
        "manager_id",
        "created_at",
        "updated_at",
    ];
    let members = insert_rows(&tx, "users", &columns, user_rows.collect()).await?;
    write_photos(&tx, org, &photo_of).await?;
    let expertise = org.members.iter().flat_map(|m| {
        m.expertise
            .iter()
            .map(move |tag| vec![int(m.id), text(&tag.to_lowercase()), text(tag)])
    });
    insert_rows(
        &tx,
        "user_expertise",
        &["user_id", "tag_key", "label"],
        expertise.collect(),
    )
    .await?;
    let group_rows = org.groups.iter().map(|g| {
        let creator = org.members[g.members[0]].id;
        vec![
            int(g.id),
            text(&g.name),
            text(&crate::groups::name_key(&g.name, g.visibility, g.id)),
            text(&g.description),
            text(g.visibility),
            opt_int(g.archived_at),
            int(creator),
            int(g.created_at),
        ]
    });
    let groups = insert_rows(
        &tx,
        "groups",
        &[
            "id",
            "name",
            "name_key",
            "description",
            "visibility",
            "archived_at",
            "created_by",
            "created_at",
        ],
        group_rows.collect(),
    )
    .await?;
    let memberships = org.groups.iter().flat_map(|g| {
        g.members.iter().enumerate().map(move |(i, &m)| {
            let role = if i == 0 { "admin" } else { "member" };
            vec![
                int(g.id),
                int(org.members[m].id),
                text(role),
                int(g.created_at.max(org.members[m].joined_at)),
            ]
        })
    });
    let memberships = insert_rows(
        &tx,
        "group_members",
        &["group_id", "user_id", "role", "created_at"],
        memberships.collect(),
    )
    .await?;
    let follows = org.follows.iter().map(|&(a, b)| {
        vec![
            int(org.members[a].id),
            int(org.members[b].id),
            int(org.members[a].joined_at),
        ]
    });
    insert_rows(
        &tx,
        "follows",
        &["follower_id", "followee_id", "created_at"],
        follows.collect(),
    )
    .await?;
    tx.commit().await?;
    let admin_email = org
        .members
        .first()
        .map(|m| m.email.clone())
        .unwrap_or_default();
    Ok(Summary {
        admin_email,
        members,
        groups,
        memberships,
        ..Summary::default()
    })
}

async fn write_record(db: &Db, log: ActivityLog<'_>) -> Result<()> {
    let tx = db::begin_write(db).await?;
    log.finish(&tx).await?;
    tx.commit().await?;
    Ok(())
}

async fn write_month(
    db: &Db,
    mut batch: MonthBatch,
    summary: &mut Summary,
    log: &mut ActivityLog<'_>,
) -> Result<()> {
    let tx = db::begin_write(db).await?;
    log.flush(&tx).await?;
    let posts = std::mem::take(&mut batch.posts).into_iter().map(|p| {
        vec![
            int(p.id),
            int(p.group_id),
            int(p.author_id),
            text(p.kind),
            text(&p.body_md),
            text(&p.body_html),
            int(p.created_at),
            opt_int(p.first_response_at),
            opt_int(p.accepted_comment_id),
            // Every demo comment is shown: an accepted answer counts.
            flag(p.accepted_comment_id.is_some()),
            opt_int(p.resolved_at),
            opt_text(p.idea_status),
        ]
    });
    summary.posts += insert_rows(
        &tx,
        "posts",
        &[
            "id",
            "group_id",
            "author_id",
            "kind",
            "body_md",
            "body_html",
            "created_at",
            "first_response_at",
            "accepted_comment_id",
            "answer_accepted",
            "resolved_at",
            "idea_status",
        ],
        posts.collect(),
    )
    .await?;
    write_polls_and_announcements(&tx, &batch).await?;
    let typed = TypedDetails {
        idea_responses: batch.idea_responses,
        events: batch.events,
        rsvps: batch.rsvps,
        praised: batch.praised,
    };
    write_typed_details(&tx, typed).await?;
    let comments = batch.comments.into_iter().map(|c| {
        vec![
            int(c.id),
            int(c.post_id),
            int(c.author_id),
            text(&c.body_md),
            text(&c.body_html),
            int(c.created_at),
        ]
    });
    summary.comments += insert_rows(
        &tx,
        "comments",
        &[
            "id",
            "post_id",
            "author_id",
            "body_md",
            "body_html",
            "created_at",
        ],
        comments.collect(),
    )
    .await?;
    let reactions = batch.reactions.into_iter().map(|r| {
        vec![
            int(r.post_id),
            int(r.user_id),
            text(r.kind),
            int(r.created_at),
        ]
    });
    summary.reactions += insert_rows(
        &tx,
        "reactions",
        &["post_id", "user_id", "kind", "created_at"],
        reactions.collect(),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Polls with their options and votes, announcements with who read them.
async fn write_polls_and_announcements(
    tx: &impl sea_orm::ConnectionTrait,
    batch: &MonthBatch,
) -> Result<()> {
    let polls = batch
        .polls
        .iter()
        .map(|&(post, closes_at)| vec![int(post), opt_int(closes_at)]);
    insert_rows(tx, "polls", &["post_id", "closes_at"], polls.collect()).await?;
    let options = batch
        .poll_options
        .iter()
        .map(|(id, post, position, label)| vec![int(*id), int(*post), int(*position), text(label)]);
    let columns = ["id", "post_id", "position", "label"];
    insert_rows(tx, "poll_options", &columns, options.collect()).await?;
    let votes = batch
        .poll_votes
        .iter()
        .map(|&(option, user, post, at)| vec![int(option), int(user), int(post), int(at)]);
    let columns = ["option_id", "user_id", "post_id", "created_at"];
    insert_rows(tx, "poll_votes", &columns, votes.collect()).await?;
    let announcements = batch
        .announcements
        .iter()
        .map(|&(post, until)| vec![int(post), opt_int(until)]);
    let columns = ["post_id", "pinned_until"];
    insert_rows(tx, "announcements", &columns, announcements.collect()).await?;
    let reads = batch
        .announcement_reads
        .iter()
        .map(|&(post, user, at)| vec![int(post), int(user), int(at)]);
    let columns = ["post_id", "user_id", "read_at"];
    insert_rows(tx, "announcement_reads", &columns, reads.collect()).await?;
    Ok(())
}

/// The rows of typed posts' own tables for one month.
struct TypedDetails {
    idea_responses: Vec<content::IdeaResponseRow>,
    events: Vec<content::EventRow>,
    rsvps: Vec<content::RsvpRow>,
    praised: Vec<(i64, i64)>,
}

async fn write_typed_details(
    tx: &impl sea_orm::ConnectionTrait,
    typed: TypedDetails,
) -> Result<()> {
    let responses = typed.idea_responses.into_iter().map(|r| {
        vec![
            int(r.post_id),
            int(r.author_id),
            text(r.from_status),
            text(r.to_status),
            text(&r.body_md),
            text(&r.body_html),
            int(r.created_at),
        ]
    });
    let columns = [
        "post_id",
        "author_id",
        "from_status",
        "to_status",
        "body_md",
        "body_html",
        "created_at",
    ];
    insert_rows(tx, "idea_responses", &columns, responses.collect()).await?;
    let events = typed.events.into_iter().map(|e| {
        vec![
            int(e.post_id),
            text(&e.title),
            int(e.starts_at),
            int(e.ends_at),
            text(e.location),
            text(""),
            opt_int(e.capacity),
        ]
    });
    let columns = [
        "post_id",
        "title",
        "starts_at",
        "ends_at",
        "location",
        "online_url",
        "capacity",
    ];
    insert_rows(tx, "events", &columns, events.collect()).await?;
    let rsvps = typed.rsvps.into_iter().map(|r| {
        vec![
            int(r.post_id),
            int(r.user_id),
            text(r.answer),
            int(r.answered_at),
        ]
    });
    let columns = ["post_id", "user_id", "answer", "answered_at"];
    insert_rows(tx, "event_rsvps", &columns, rsvps.collect()).await?;
    let praised = typed
        .praised
        .into_iter()
        .map(|(post, user)| vec![int(post), int(user)]);
    insert_rows(
        tx,
        "praise_recipients",
        &["post_id", "user_id"],
        praised.collect(),
    )
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests;
