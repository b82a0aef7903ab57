//! The only code that touches the report tables.

use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use super::entity::{highlight, reader, report};
use crate::directory::group;
use crate::directory::user;
use crate::posts::post;

/// A highlight with what the report shows of its post.
#[derive(Debug, Clone)]
pub struct HighlightRow {
    /// The mark.
    pub id: i64,
    /// `example`, `success` or `quote`.
    pub kind: String,
    /// The words picked (quotes).
    pub quote: String,
    /// When it was marked.
    pub marked_at: i64,
    /// The post.
    pub post_id: i64,
    /// The post's sanitised HTML (made into a plain excerpt for the report).
    pub body_html: String,
    /// When the post was written.
    pub created_at: i64,
    /// Its author's name.
    pub author: String,
    /// Its group's name.
    pub group_name: String,
}

/// Stores a mark.
pub async fn insert_highlight(
    db: &impl ConnectionTrait,
    post_id: i64,
    kind: &str,
    quote: &str,
    marked_by: i64,
    at: i64,
) -> Result<i64, DbErr> {
    let model = highlight::ActiveModel {
        post_id: Set(post_id),
        kind: Set(kind.into()),
        quote: Set(quote.into()),
        marked_by: Set(marked_by),
        marked_at: Set(at),
        ..Default::default()
    };
    Ok(highlight::Entity::insert(model)
        .exec(db)
        .await?
        .last_insert_id)
}

/// Removes a mark; true when there was one.
pub async fn delete_highlight(db: &impl ConnectionTrait, id: i64) -> Result<bool, DbErr> {
    Ok(highlight::Entity::delete_by_id(id)
        .exec(db)
        .await?
        .rows_affected
        > 0)
}

/// Highlights of live posts in open groups whose post was written or which were marked from
/// `from` to `to` (epoch ms, end exclusive), oldest first.
pub async fn highlights_between(
    db: &impl ConnectionTrait,
    from: i64,
    to: i64,
) -> Result<Vec<HighlightRow>, DbErr> {
    let written = Expr::col((post::Entity, post::Column::CreatedAt))
        .gte(from)
        .and(Expr::col((post::Entity, post::Column::CreatedAt)).lt(to));
    let marked = Expr::col((highlight::Entity, highlight::Column::MarkedAt))
        .gte(from)
        .and(Expr::col((highlight::Entity, highlight::Column::MarkedAt)).lt(to));
    highlights(db, written.or(marked), None).await
}

/// The latest `limit` highlights (to review before making a report), newest first.
pub async fn recent_highlights(
    db: &impl ConnectionTrait,
    limit: u64,
) -> Result<Vec<HighlightRow>, DbErr> {
    highlights(db, Expr::value(true), Some(limit)).await
}

/// Highlights meeting `condition`: oldest first, or the newest `newest` newest first.
async fn highlights(
    db: &impl ConnectionTrait,
    condition: sea_orm::sea_query::SimpleExpr,
    newest: Option<u64>,
) -> Result<Vec<HighlightRow>, DbErr> {
    use crate::directory::access::Visibility;
    let mut query = Query::select()
        .columns([
            (highlight::Entity, highlight::Column::Id),
            (highlight::Entity, highlight::Column::Kind),
            (highlight::Entity, highlight::Column::Quote),
            (highlight::Entity, highlight::Column::MarkedAt),
        ])
        .columns([
            (post::Entity, post::Column::Id),
            (post::Entity, post::Column::BodyHtml),
            (post::Entity, post::Column::CreatedAt),
        ])
        .column((user::Entity, user::Column::DisplayName))
        .column((group::Entity, group::Column::Name))
        .from(highlight::Entity)
        .inner_join(
            post::Entity,
            Expr::col((post::Entity, post::Column::Id))
                .equals((highlight::Entity, highlight::Column::PostId)),
        )
        .inner_join(
            user::Entity,
            Expr::col((user::Entity, user::Column::Id))
                .equals((post::Entity, post::Column::AuthorId)),
        )
        .inner_join(
            group::Entity,
            Expr::col((group::Entity, group::Column::Id))
                .equals((post::Entity, post::Column::GroupId)),
        )
        .cond_where(crate::posts::shown_to_all())
        .and_where(
            Expr::col((group::Entity, group::Column::Visibility)).eq(Visibility::Open.as_str()),
        )
        .and_where(condition)
        .to_owned();
    let id = (highlight::Entity, highlight::Column::Id);
    match newest {
        Some(limit) => query.order_by(id, sea_orm::Order::Desc).limit(limit),
        None => query.order_by(id, sea_orm::Order::Asc),
    };
    db.query_all(&query)
        .await?
        .iter()
        .map(|row| {
            Ok(HighlightRow {
                id: row.try_get_by_index(0)?,
                kind: row.try_get_by_index(1)?,
                quote: row.try_get_by_index(2)?,
                marked_at: row.try_get_by_index(3)?,
                post_id: row.try_get_by_index(4)?,
                body_html: row.try_get_by_index(5)?,
                created_at: row.try_get_by_index(6)?,
                author: row.try_get_by_index(7)?,
                group_name: row.try_get_by_index(8)?,
            })
        })
        .collect()
}

/// Stores a report; `None` when one of the same period exists (the unique index decides, so two
/// community managers clicking at once cannot store two).
pub async fn insert_report(
    db: &impl ConnectionTrait,
    model: report::ActiveModel,
) -> Result<Option<i64>, DbErr> {
    match report::Entity::insert(model).exec(db).await {
        Ok(done) => Ok(Some(done.last_insert_id)),
        Err(err) if is_unique_violation(&err) => Ok(None),
        Err(err) => Err(err),
    }
}

fn is_unique_violation(err: &DbErr) -> bool {
    matches!(
        err.sql_err(),
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_))
    )
}

/// The stored report of a period, if any.
pub async fn report_of(
    db: &impl ConnectionTrait,
    cadence: &str,
    from: i32,
) -> Result<Option<i64>, DbErr> {
    report::Entity::find()
        .select_only()
        .column(report::Column::Id)
        .filter(report::Column::Cadence.eq(cadence))
        .filter(report::Column::PeriodFrom.eq(from))
        .into_tuple()
        .one(db)
        .await
}

/// One stored report.
pub async fn find_report(
    db: &impl ConnectionTrait,
    id: i64,
) -> Result<Option<report::Model>, DbErr> {
    report::Entity::find_by_id(id).one(db).await
}

/// Every stored report as (id, cadence, first day, created at), newest period first.
pub async fn reports(db: &impl ConnectionTrait) -> Result<Vec<(i64, String, i32, i64)>, DbErr> {
    report::Entity::find()
        .select_only()
        .columns([
            report::Column::Id,
            report::Column::Cadence,
            report::Column::PeriodFrom,
            report::Column::CreatedAt,
        ])
        .order_by_desc(report::Column::PeriodFrom)
        .order_by_asc(report::Column::Cadence)
        .into_tuple()
        .all(db)
        .await
}

/// Whether the report was mailed to the member.
pub async fn is_reader(
    db: &impl ConnectionTrait,
    report_id: i64,
    user_id: i64,
) -> Result<bool, DbErr> {
    use sea_orm::PaginatorTrait;
    Ok(reader::Entity::find()
        .filter(reader::Column::ReportId.eq(report_id))
        .filter(reader::Column::UserId.eq(user_id))
        .count(db)
        .await?
        > 0)
}

/// Records that the report was mailed to the member (again: the latest sending counts).
pub async fn add_reader(
    db: &impl ConnectionTrait,
    report_id: i64,
    user_id: i64,
    sent_by: i64,
) -> Result<(), DbErr> {
    use sea_orm::sea_query::OnConflict;
    reader::Entity::insert(reader::ActiveModel {
        report_id: Set(report_id),
        user_id: Set(user_id),
        sent_by: Set(sent_by),
        sent_at: Set(crate::db::now_ms()),
    })
    .on_conflict(
        OnConflict::columns([reader::Column::ReportId, reader::Column::UserId])
            .update_columns([reader::Column::SentBy, reader::Column::SentAt])
            .to_owned(),
    )
    .exec_without_returning(db)
    .await
    .map(|_| ())
}

/// The names of the members a report was mailed to, by name.
pub async fn reader_names(db: &impl ConnectionTrait, report_id: i64) -> Result<Vec<String>, DbErr> {
    let ids: Vec<i64> = reader::Entity::find()
        .select_only()
        .column(reader::Column::UserId)
        .filter(reader::Column::ReportId.eq(report_id))
        .into_tuple()
        .all(db)
        .await?;
    user::Entity::find()
        .select_only()
        .column(user::Column::DisplayName)
        .filter(user::Column::Id.is_in(ids))
        .order_by_asc(user::Column::NameKey)
        .into_tuple()
        .all(db)
        .await
}

/// The active accounts whose address is one of `addresses` (lower-case), whatever the case
/// they were stored in.
pub async fn active_accounts_by_email(
    db: &impl ConnectionTrait,
    addresses: &[String],
) -> Result<Vec<user::Model>, DbErr> {
    use sea_orm::sea_query::Func;
    if addresses.is_empty() {
        return Ok(Vec::new());
    }
    user::Entity::find()
        .filter(
            Expr::expr(Func::lower(Expr::col(user::Column::Email)))
                .is_in(addresses.iter().cloned()),
        )
        .filter(user::Column::Active.eq(true))
        .all(db)
        .await
}

/// Every active senior manager (role model): the readers reports are for.
pub async fn senior_managers(db: &impl ConnectionTrait) -> Result<Vec<user::Model>, DbErr> {
    user::Entity::find()
        .filter(user::Column::IsRoleModel.eq(true))
        .filter(user::Column::Active.eq(true))
        .all(db)
        .await
}

/// The highlights among `ids` whose posts are still shown to all in open groups, oldest first.
pub async fn highlights_with_ids(
    db: &impl ConnectionTrait,
    ids: &[i64],
) -> Result<Vec<HighlightRow>, DbErr> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let chosen = Expr::col((highlight::Entity, highlight::Column::Id)).is_in(ids.iter().copied());
    highlights(db, chosen, None).await
}
