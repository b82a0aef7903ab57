//! Queries of the job runner. The claim is the one statement that differs per backend.

use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, FromQueryResult,
    PaginatorTrait, QueryFilter, Statement,
};

use super::entity::job;
use crate::db::now_ms;

/// How often a job is tried before it is given up.
const MAX_ATTEMPTS: i32 = 5;

/// Adds a job due at `run_at`; with a `unique_key` that exists already, nothing happens.
pub async fn enqueue(
    db: &impl ConnectionTrait,
    kind: &str,
    payload: &str,
    run_at: i64,
    unique_key: Option<&str>,
) -> Result<(), DbErr> {
    let row = job::ActiveModel {
        kind: Set(kind.into()),
        payload: Set(payload.into()),
        unique_key: Set(unique_key.map(str::to_string)),
        run_at: Set(run_at),
        attempts: Set(0),
        max_attempts: Set(MAX_ATTEMPTS),
        failed: Set(false),
        created_at: Set(now_ms()),
        ..Default::default()
    };
    job::Entity::insert(row)
        .on_conflict(
            OnConflict::column(job::Column::UniqueKey)
                .do_nothing()
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// A job a runner has claimed.
#[derive(Debug, Clone, FromQueryResult)]
pub struct Claimed {
    /// Its id.
    pub id: i64,
    /// Its kind.
    pub kind: String,
    /// Its payload.
    pub payload: String,
    /// Attempts so far, this one included.
    pub attempts: i32,
    /// The most it gets.
    pub max_attempts: i32,
}

/// Claims the oldest due job of one of `kinds` for `runner` until `now + lease_ms`, if there
/// is one. PostgreSQL skips rows another runner is claiming; SQLite has one writer at a time,
/// so the statement is alone anyway.
pub async fn claim(
    db: &crate::db::Db,
    runner: &str,
    kinds: &[&str],
    now: i64,
    lease_ms: i64,
) -> Result<Option<Claimed>, DbErr> {
    if kinds.is_empty() {
        return Ok(None);
    }
    let backend = db.get_database_backend();
    let sql = crate::db::dialect::claim_job_sql(backend, kinds.len());
    let mut values: Vec<sea_orm::Value> = vec![(now + lease_ms).into(), runner.into(), now.into()];
    values.extend(kinds.iter().map(|k| (*k).into()));
    let statement = Statement::from_sql_and_values(backend, sql, values);
    let tx = crate::db::begin_write(db).await?;
    let claimed = Claimed::find_by_statement(statement).one(&tx).await?;
    tx.commit().await?;
    Ok(claimed)
}

/// Extends `runner`'s lease on a job it is still running to `until`; false when it no longer
/// holds it.
pub async fn renew(
    db: &impl ConnectionTrait,
    id: i64,
    runner: &str,
    until: i64,
) -> Result<bool, DbErr> {
    let result = job::Entity::update_many()
        .col_expr(job::Column::LockedUntil, Expr::val(until))
        .filter(job::Column::Id.eq(id))
        .filter(job::Column::LockedBy.eq(runner))
        .filter(job::Column::DoneAt.is_null())
        .exec(db)
        .await?;
    Ok(result.rows_affected > 0)
}

/// Gives up jobs whose last attempt ended without an outcome (its process stopped while
/// running it, and its lease ran out): they are not claimed again, so they are closed as
/// failed with a message saying so. Returns how many.
pub async fn give_up_abandoned(db: &impl ConnectionTrait, now: i64) -> Result<u64, DbErr> {
    let result = job::Entity::update_many()
        .col_expr(job::Column::DoneAt, Expr::val(now))
        .col_expr(job::Column::Failed, Expr::val(true))
        .col_expr(
            job::Column::LastError,
            Expr::val("given up: the process stopped during its last attempt"),
        )
        .filter(job::Column::DoneAt.is_null())
        .filter(Expr::cust("attempts >= max_attempts"))
        .filter(job::Column::LockedUntil.lt(now))
        .exec(db)
        .await?;
    Ok(result.rows_affected)
}

/// Marks a job done, if `runner` still holds it.
pub async fn complete(db: &impl ConnectionTrait, id: i64, runner: &str) -> Result<(), DbErr> {
    job::Entity::update_many()
        .col_expr(job::Column::DoneAt, Expr::val(now_ms()))
        .col_expr(job::Column::LockedUntil, Expr::val(Option::<i64>::None))
        .filter(job::Column::Id.eq(id))
        .filter(job::Column::LockedBy.eq(runner))
        .exec(db)
        .await?;
    Ok(())
}

/// Records a failed attempt: the job is due again after a back-off, or given up after its
/// last attempt.
pub async fn fail(
    db: &impl ConnectionTrait,
    job: &Claimed,
    runner: &str,
    error: &str,
    now: i64,
) -> Result<(), DbErr> {
    let error: String = error.chars().take(2_000).collect();
    let given_up = job.attempts >= job.max_attempts;
    let mut update = job::Entity::update_many()
        .col_expr(job::Column::LastError, Expr::val(error))
        .col_expr(job::Column::LockedUntil, Expr::val(Option::<i64>::None));
    update = if given_up {
        update
            .col_expr(job::Column::DoneAt, Expr::val(now))
            .col_expr(job::Column::Failed, Expr::val(true))
    } else {
        update.col_expr(
            job::Column::RunAt,
            Expr::val(now + super::backoff_ms(job.attempts)),
        )
    };
    update
        .filter(job::Column::Id.eq(job.id))
        .filter(job::Column::LockedBy.eq(runner))
        .exec(db)
        .await?;
    Ok(())
}

/// Jobs of `kind` not finished yet.
pub async fn pending_count(db: &impl ConnectionTrait, kind: &str) -> Result<u64, DbErr> {
    job::Entity::find()
        .filter(job::Column::Kind.eq(kind))
        .filter(job::Column::DoneAt.is_null())
        .count(db)
        .await
}
