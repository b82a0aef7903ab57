//! The only code that touches the outbox.

use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect,
};

use super::MailKind;
use super::compose::Rendered;
use super::entity::{outbox, unsubscribe};
use crate::db::now_ms;

/// How long outbox rows are kept (what was sent to whom, without bodies): 90 days.
pub const RETENTION_MS: i64 = 90 * 24 * 3_600_000;

/// Attempts before a mail is marked failed (the job runner's own limit).
pub const MAX_ATTEMPTS: i32 = 5;

/// Outbox states.
pub const QUEUED: &str = "queued";
/// Delivered to the mail server.
pub const SENT: &str = "sent";
/// Given up.
pub const FAILED: &str = "failed";

/// Writes a rendered mail as queued.
pub async fn insert(db: &impl ConnectionTrait, mail: &Rendered) -> Result<i64, DbErr> {
    let row = outbox::ActiveModel {
        kind: Set(mail.kind.as_str().into()),
        to_address: Set(mail.to_address.clone()),
        to_name: Set(mail.to_name.clone()),
        lang: Set(mail.lang.code().into()),
        subject: Set(mail.subject.clone()),
        html: Set(mail.html.clone()),
        text: Set(mail.text.clone()),
        status: Set(QUEUED.into()),
        attempts: Set(0),
        last_error: Set(None),
        created_at: Set(now_ms()),
        sent_at: Set(None),
        unsubscribe_url: Set(mail.unsubscribe.clone()),
        ..Default::default()
    };
    Ok(outbox::Entity::insert(row).exec(db).await?.last_insert_id)
}

/// One queued mail.
pub async fn queued(db: &impl ConnectionTrait, id: i64) -> Result<Option<outbox::Model>, DbErr> {
    outbox::Entity::find_by_id(id)
        .filter(outbox::Column::Status.eq(QUEUED))
        .one(db)
        .await
}

/// Marks a mail delivered and forgets its bodies (they are not needed any more).
pub async fn mark_sent(db: &impl ConnectionTrait, id: i64) -> Result<(), DbErr> {
    outbox::Entity::update_many()
        .col_expr(outbox::Column::Status, Expr::val(SENT))
        .col_expr(outbox::Column::SentAt, Expr::val(now_ms()))
        .col_expr(outbox::Column::Html, Expr::val(""))
        .col_expr(outbox::Column::Text, Expr::val(""))
        .col_expr(
            outbox::Column::Attempts,
            Expr::col(outbox::Column::Attempts).add(1),
        )
        .filter(outbox::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Records a failed attempt; after the last one (or when `permanent`) the mail is failed and
/// its bodies are forgotten. Returns whether it was given up.
pub async fn mark_attempt_failed(
    db: &impl ConnectionTrait,
    row: &outbox::Model,
    error: &str,
    permanent: bool,
) -> Result<bool, DbErr> {
    let attempts = row.attempts + 1;
    let given_up = permanent || attempts >= MAX_ATTEMPTS;
    let error: String = error.chars().take(500).collect();
    let mut update = outbox::Entity::update_many()
        .col_expr(outbox::Column::Attempts, Expr::val(attempts))
        .col_expr(outbox::Column::LastError, Expr::val(error));
    if given_up {
        update = update
            .col_expr(outbox::Column::Status, Expr::val(FAILED))
            .col_expr(outbox::Column::Html, Expr::val(""))
            .col_expr(outbox::Column::Text, Expr::val(""));
    }
    update
        .filter(outbox::Column::Id.eq(row.id))
        .exec(db)
        .await?;
    Ok(given_up)
}

/// Mails delivered since `since` (the per-minute limit, across instances).
pub async fn sent_since(db: &impl ConnectionTrait, since: i64) -> Result<u64, DbErr> {
    outbox::Entity::find()
        .filter(outbox::Column::SentAt.gte(since))
        .count(db)
        .await
}

/// How many different addresses were delivered a mail of `kind` in `[from, to)` (epoch ms):
/// the receivers a digest or newsletter reached, as the outbox still knows them
/// ([`RETENTION_MS`]).
pub async fn recipients_between(
    db: &impl ConnectionTrait,
    kind: MailKind,
    (from, to): (i64, i64),
) -> Result<i64, DbErr> {
    let count: Option<i64> = outbox::Entity::find()
        .select_only()
        .expr(Expr::col(outbox::Column::ToAddress).count_distinct())
        .filter(outbox::Column::Kind.eq(kind.as_str()))
        .filter(outbox::Column::SentAt.gte(from))
        .filter(outbox::Column::SentAt.lt(to))
        .into_tuple()
        .one(db)
        .await?;
    Ok(count.unwrap_or(0))
}

/// One outbox line for administrators (never a body).
#[derive(Debug, Clone)]
pub struct OutboxRow {
    /// Queued at (epoch ms).
    pub created_at: i64,
    /// What for.
    pub kind: Option<MailKind>,
    /// To whom.
    pub to_address: String,
    /// queued, sent or failed.
    pub status: String,
    /// Delivery attempts so far.
    pub attempts: i32,
    /// The mail server's last answer when it failed.
    pub last_error: Option<String>,
    /// Delivered at.
    pub sent_at: Option<i64>,
}

/// An outbox row as read: created, kind, to, status, attempts, last error, sent.
type OutboxTuple = (
    i64,
    String,
    String,
    String,
    i32,
    Option<String>,
    Option<i64>,
);

/// The newest `limit` outbox rows.
pub async fn recent(db: &impl ConnectionTrait, limit: u64) -> Result<Vec<OutboxRow>, DbErr> {
    let rows: Vec<OutboxTuple> = outbox::Entity::find()
        .select_only()
        .columns([
            outbox::Column::CreatedAt,
            outbox::Column::Kind,
            outbox::Column::ToAddress,
            outbox::Column::Status,
            outbox::Column::Attempts,
            outbox::Column::LastError,
            outbox::Column::SentAt,
        ])
        .order_by_desc(outbox::Column::Id)
        .limit(limit)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(
            |(created_at, kind, to_address, status, attempts, last_error, sent_at)| OutboxRow {
                created_at,
                kind: MailKind::parse(&kind),
                to_address,
                status,
                attempts,
                last_error,
                sent_at,
            },
        )
        .collect())
}

/// Forgets outbox rows queued before `cutoff`.
pub async fn purge_before(db: &impl ConnectionTrait, cutoff: i64) -> Result<u64, DbErr> {
    Ok(outbox::Entity::delete_many()
        .filter(outbox::Column::CreatedAt.lt(cutoff))
        .exec(db)
        .await?
        .rows_affected)
}

/// How long an unsubscribe link in a mail keeps working: a year.
pub const UNSUBSCRIBE_LIFETIME_MS: i64 = 365 * 24 * 3_600_000;

/// Stores an unsubscribe token (its hash) for `user_id` and `scope`.
pub async fn insert_unsubscribe(
    db: &impl ConnectionTrait,
    token_hash: String,
    user_id: i64,
    scope: &str,
) -> Result<(), DbErr> {
    unsubscribe::Entity::insert(unsubscribe::ActiveModel {
        token_hash: Set(token_hash),
        user_id: Set(user_id),
        scope: Set(scope.into()),
        created_at: Set(now_ms()),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// The member and scope of a live unsubscribe token.
pub async fn find_unsubscribe(
    db: &impl ConnectionTrait,
    token_hash: &str,
) -> Result<Option<(i64, String)>, DbErr> {
    Ok(unsubscribe::Entity::find_by_id(token_hash.to_string())
        .filter(unsubscribe::Column::CreatedAt.gte(now_ms() - UNSUBSCRIBE_LIFETIME_MS))
        .one(db)
        .await?
        .map(|row| (row.user_id, row.scope)))
}

/// Forgets unsubscribe tokens created before `cutoff`.
pub async fn purge_unsubscribes_before(
    db: &impl ConnectionTrait,
    cutoff: i64,
) -> Result<u64, DbErr> {
    Ok(unsubscribe::Entity::delete_many()
        .filter(unsubscribe::Column::CreatedAt.lt(cutoff))
        .exec(db)
        .await?
        .rows_affected)
}
