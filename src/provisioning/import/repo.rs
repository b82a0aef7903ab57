//! The only code that touches the staged imports.

use sea_orm::sea_query::Expr;
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

use super::super::entity::people_import;
use crate::db::now_ms;

crate::stored_enum! {
    /// Where an import is.
    pub enum Status {
        /// Read and waiting for the administrator to look and start it.
        Preview = "preview",
        /// Started; a job will run it.
        Queued = "queued",
        /// Being written.
        Running = "running",
        /// Written.
        Done = "done",
        /// Stopped by an error; nothing after the last finished step was written.
        Failed = "failed",
    }
}

/// What a new staged import holds.
pub struct Staged {
    /// The administrator.
    pub created_by: i64,
    /// The uploaded file's name, for the page.
    pub file_name: String,
    /// The encoding it was read as when not UTF-8.
    pub encoding: Option<&'static str>,
    /// The decoded list.
    pub csv: String,
}

/// Stages a list for its preview; returns its id.
pub async fn stage(db: &impl ConnectionTrait, staged: Staged) -> Result<i64, DbErr> {
    let row = people_import::ActiveModel {
        created_by: Set(staged.created_by),
        created_at: Set(now_ms()),
        file_name: Set(staged.file_name),
        encoding: Set(staged.encoding.unwrap_or_default().to_string()),
        csv: Set(staged.csv),
        status: Set(Status::Preview.as_str().to_string()),
        ..Default::default()
    };
    Ok(people_import::Entity::insert(row)
        .exec(db)
        .await?
        .last_insert_id)
}

/// An import by id.
pub async fn find(
    db: &impl ConnectionTrait,
    id: i64,
) -> Result<Option<people_import::Model>, DbErr> {
    people_import::Entity::find_by_id(id).one(db).await
}

/// Moves an import from `from` to `to`; false when it was not at `from` (someone else moved it
/// first: a second click, a second runner).
pub async fn advance(
    db: &impl ConnectionTrait,
    id: i64,
    from: Status,
    to: Status,
) -> Result<bool, DbErr> {
    let result = people_import::Entity::update_many()
        .col_expr(people_import::Column::Status, Expr::val(to.as_str()))
        .filter(people_import::Column::Id.eq(id))
        .filter(people_import::Column::Status.eq(from.as_str()))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Records how the administrator started it: invitations or links, and where links point.
pub async fn start(
    db: &impl ConnectionTrait,
    id: i64,
    invite: bool,
    base_url: &str,
    lang: &str,
) -> Result<(), DbErr> {
    people_import::Entity::update_many()
        .col_expr(people_import::Column::Invite, Expr::val(invite))
        .col_expr(people_import::Column::BaseUrl, Expr::val(base_url))
        .col_expr(people_import::Column::Lang, Expr::val(lang))
        .filter(people_import::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// How far a running import is.
#[derive(Debug, Clone, Copy, Default)]
pub struct Progress {
    /// Steps in all (accounts to create plus accounts to change).
    pub total: i32,
    /// Steps written.
    pub done: i32,
    /// Accounts created.
    pub created: i32,
    /// Accounts changed.
    pub updated: i32,
}

/// Saves the progress (in the transaction of the step it counts).
pub async fn progress(db: &impl ConnectionTrait, id: i64, p: Progress) -> Result<(), DbErr> {
    people_import::Entity::update_many()
        .col_expr(people_import::Column::Total, Expr::val(p.total))
        .col_expr(people_import::Column::Done, Expr::val(p.done))
        .col_expr(people_import::Column::Created, Expr::val(p.created))
        .col_expr(people_import::Column::Updated, Expr::val(p.updated))
        .filter(people_import::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Ends an import: done or failed (with the reason), and its list is dropped (retention).
pub async fn finish(
    db: &impl ConnectionTrait,
    id: i64,
    status: Status,
    failure: &str,
) -> Result<(), DbErr> {
    people_import::Entity::update_many()
        .col_expr(people_import::Column::Status, Expr::val(status.as_str()))
        .col_expr(people_import::Column::Failure, Expr::val(failure))
        .col_expr(people_import::Column::Csv, Expr::val(""))
        .col_expr(people_import::Column::FinishedAt, Expr::val(now_ms()))
        .filter(people_import::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// How long a finished import's counts are kept, and a preview nobody started.
pub const RETENTION_MS: i64 = 30 * 24 * 3_600_000;
/// How long a preview waits to be started before its list is dropped.
pub const PREVIEW_LIFETIME_MS: i64 = 24 * 3_600_000;

/// Drops previews nobody started within a day and imports older than the retention period.
pub async fn purge(db: &impl ConnectionTrait, now: i64) -> Result<(), DbErr> {
    people_import::Entity::delete_many()
        .filter(
            sea_orm::Condition::any()
                .add(people_import::Column::CreatedAt.lt(now - RETENTION_MS))
                .add(
                    sea_orm::Condition::all()
                        .add(people_import::Column::Status.eq(Status::Preview.as_str()))
                        .add(people_import::Column::CreatedAt.lt(now - PREVIEW_LIFETIME_MS)),
                ),
        )
        .exec(db)
        .await?;
    Ok(())
}
