//! What a post adds to the top contributors' rollup (`activity::contributions`): the post and
//! its comments, each counted while it is neither deleted nor hidden on a post that is neither.
//! Every write that changes one of those facts reads the post's contributions before and after
//! and hands both to the rollup, so the list follows deletes, moderation and moves at once. The
//! rollup can also be rebuilt from these tables (after the upgrade that introduced it, or a
//! change of the organisation's time zone, which moves the days).

use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

use super::entity::{comment, post};
use crate::activity::contributions::{self, Contribution};
use crate::db::{self, Db, now_ms};
use crate::error::Result;

/// The job that rebuilds the rollup from the content tables (queued by the migration that
/// created it and when an administrator changes the time zone).
pub const REBUILD_JOB: &str = "contributions.rebuild";

/// Rows read per page while rebuilding.
const PAGE: u64 = 20_000;

/// The contributions of one post as they stand: none when the post is deleted or hidden, else
/// the post and its comments that are neither deleted nor hidden.
pub async fn of_post(db: &impl ConnectionTrait, post_id: i64) -> Result<Vec<Contribution>> {
    let Some(live) = live_post(db, post_id).await? else {
        return Ok(Vec::new());
    };
    let mut items = vec![live];
    let comments: Vec<(i64, i64)> = comment::Entity::find()
        .select_only()
        .columns([comment::Column::CreatedAt, comment::Column::AuthorId])
        .filter(comment::Column::PostId.eq(post_id))
        .filter(comment::Column::DeletedAt.is_null())
        .filter(comment::Column::HiddenAt.is_null())
        .into_tuple()
        .all(db)
        .await?;
    items.extend(comments.into_iter().map(|(at, author_id)| Contribution {
        at,
        group_id: live.group_id,
        author_id,
    }));
    Ok(items)
}

/// Corrects the rollup for a post whose contributions were `before` the change just made.
pub async fn refresh(
    db: &impl ConnectionTrait,
    post_id: i64,
    before: &[Contribution],
) -> Result<()> {
    let after = of_post(db, post_id).await?;
    contributions::replace(db, before, &after).await
}

/// Counts a new comment, when its post counts.
pub async fn count_comment(
    db: &impl ConnectionTrait,
    post_id: i64,
    author_id: i64,
    at: i64,
) -> Result<()> {
    if let Some(live) = live_post(db, post_id).await? {
        let item = Contribution {
            at,
            group_id: live.group_id,
            author_id,
        };
        contributions::replace(db, &[], &[item]).await?;
    }
    Ok(())
}

/// The post itself as a contribution, when it is neither deleted nor hidden.
async fn live_post(db: &impl ConnectionTrait, post_id: i64) -> Result<Option<Contribution>> {
    let found: Option<(i64, i64, i64)> = post::Entity::find_by_id(post_id)
        .select_only()
        .columns([
            post::Column::CreatedAt,
            post::Column::GroupId,
            post::Column::AuthorId,
        ])
        .filter(post::Column::DeletedAt.is_null())
        .filter(post::Column::HiddenAt.is_null())
        .into_tuple()
        .one(db)
        .await?;
    Ok(found.map(|(at, group_id, author_id)| Contribution {
        at,
        group_id,
        author_id,
    }))
}

/// Rebuilds the rollup from the content tables, in one transaction: the retention period's
/// live posts and comments, read page by page.
pub async fn rebuild(db: &Db) -> Result<()> {
    let days = crate::settings::ACTIVITY_RETENTION_DAYS.get(db).await?;
    let since = now_ms() - days * crate::activity::DAY_MS;
    let tx = db::begin_write(db).await?;
    contributions::clear(&tx).await?;
    let mut after = 0;
    while let Some(last) = add_posts_page(&tx, since, after).await? {
        after = last;
    }
    after = 0;
    while let Some(last) = add_comments_page(&tx, since, after).await? {
        after = last;
    }
    tx.commit().await?;
    Ok(())
}

/// Adds the live posts with ids after `after`; the last id read, `None` at the end.
async fn add_posts_page(db: &impl ConnectionTrait, since: i64, after: i64) -> Result<Option<i64>> {
    let rows: Vec<(i64, i64, i64, i64)> = post::Entity::find()
        .select_only()
        .columns([
            post::Column::Id,
            post::Column::CreatedAt,
            post::Column::GroupId,
            post::Column::AuthorId,
        ])
        .filter(post::Column::Id.gt(after))
        .filter(post::Column::CreatedAt.gte(since))
        .filter(post::Column::DeletedAt.is_null())
        .filter(post::Column::HiddenAt.is_null())
        .order_by_asc(post::Column::Id)
        .limit(PAGE)
        .into_tuple()
        .all(db)
        .await?;
    let items: Vec<Contribution> = rows
        .iter()
        .map(|&(_, at, group_id, author_id)| Contribution {
            at,
            group_id,
            author_id,
        })
        .collect();
    contributions::add(db, &items).await?;
    Ok(rows.last().map(|row| row.0))
}

/// Adds the live comments on live posts with ids after `after`; the last id read, `None` at
/// the end.
async fn add_comments_page(
    db: &impl ConnectionTrait,
    since: i64,
    after: i64,
) -> Result<Option<i64>> {
    let column = |c: comment::Column| Expr::col((comment::Entity, c));
    let of_post = |c: post::Column| Expr::col((post::Entity, c));
    let query = Query::select()
        .expr(column(comment::Column::Id))
        .expr(column(comment::Column::CreatedAt))
        .expr(of_post(post::Column::GroupId))
        .expr(column(comment::Column::AuthorId))
        .from(comment::Entity)
        .inner_join(
            post::Entity,
            of_post(post::Column::Id).equals((comment::Entity, comment::Column::PostId)),
        )
        .and_where(column(comment::Column::Id).gt(after))
        .and_where(column(comment::Column::CreatedAt).gte(since))
        .and_where(column(comment::Column::DeletedAt).is_null())
        .and_where(column(comment::Column::HiddenAt).is_null())
        .and_where(of_post(post::Column::DeletedAt).is_null())
        .and_where(of_post(post::Column::HiddenAt).is_null())
        .order_by((comment::Entity, comment::Column::Id), sea_orm::Order::Asc)
        .limit(PAGE)
        .to_owned();
    let mut last = None;
    let mut items = Vec::new();
    for row in db.query_all(&query).await? {
        last = Some(row.try_get_by_index::<i64>(0)?);
        items.push(Contribution {
            at: row.try_get_by_index(1)?,
            group_id: row.try_get_by_index(2)?,
            author_id: row.try_get_by_index(3)?,
        });
    }
    contributions::add(db, &items).await?;
    Ok(last)
}

/// The rebuild as a job for the runner.
pub fn rebuild_job(
    db: Db,
    _payload: String,
) -> futures_util::future::BoxFuture<'static, crate::jobs::Outcome> {
    Box::pin(async move { rebuild(&db).await.map_err(|e| e.to_string()) })
}

/// Queues a rebuild for the job runner.
pub async fn queue_rebuild(db: &impl ConnectionTrait) -> std::result::Result<(), DbErr> {
    crate::jobs::enqueue(db, REBUILD_JOB, "", now_ms(), None).await
}
