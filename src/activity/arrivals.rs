//! Visits that arrive from the links of a digest or newsletter (their `via=<kind>` marker): the
//! measure of what those mails do, instead of open or click tracking. A member counts once per
//! day and kind; the rows are read only as counts of different people (shown from the minimum
//! group size up) and go with the outbox they are compared with, after 90 days.

use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect,
};

use super::entity::mail_arrival;
use super::period::Calendar;
use crate::db::{self, Db, now_ms};
use crate::error::Result;
use crate::mail::MailKind;

/// How long arrivals are kept: as long as the outbox keeps what was sent.
pub const RETENTION_MS: i64 = 90 * super::DAY_MS;

/// Records that `user_id` came in today from a link in a mail of `kind` (once per day).
pub async fn arrived(db: &Db, kind: MailKind, user_id: i64) -> Result<()> {
    let day = Calendar::of(db).await?.day_of(now_ms());
    let tx = db::begin_write(db).await?;
    mail_arrival::Entity::insert(mail_arrival::ActiveModel {
        day: Set(day),
        kind: Set(kind.as_str().into()),
        user_id: Set(user_id),
    })
    .on_conflict(
        OnConflict::columns([
            mail_arrival::Column::Day,
            mail_arrival::Column::Kind,
            mail_arrival::Column::UserId,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(&tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// How many different members came in from a mail of `kind` on the days `[first, last]`.
pub async fn arrivals_between(
    db: &impl ConnectionTrait,
    kind: MailKind,
    (first, last): (i32, i32),
) -> Result<i64> {
    let count: Option<i64> = mail_arrival::Entity::find()
        .select_only()
        .expr(Expr::col(mail_arrival::Column::UserId).count_distinct())
        .filter(mail_arrival::Column::Kind.eq(kind.as_str()))
        .filter(mail_arrival::Column::Day.between(first, last))
        .into_tuple()
        .one(db)
        .await?;
    Ok(count.unwrap_or(0))
}

/// Forgets the arrivals of the days before `day`.
pub(super) async fn purge_before(db: &impl ConnectionTrait, day: i32) -> Result<()> {
    mail_arrival::Entity::delete_many()
        .filter(mail_arrival::Column::Day.lt(day))
        .exec(db)
        .await?;
    Ok(())
}
