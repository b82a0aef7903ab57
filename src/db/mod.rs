//! The database core: one connection type for SQLite and PostgreSQL, the pragmas that make SQLite
//! safe under concurrent requests, and the few helpers every repo shares. Every difference between
//! the two backends lives here (see `dialect`), never in capability code.

pub mod dialect;
pub mod migrations;

use std::time::Duration;

use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{
    ConnectOptions, Database, DatabaseConnection, DatabaseTransaction, DbErr,
    SqliteTransactionMode, TransactionOptions, TransactionTrait,
};
use sea_orm_migration::MigratorTrait;

pub use sea_orm::DatabaseConnection as Db;

/// What a pool is for, which decides how long it waits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Answering requests: a stalled database must answer with an error page well before the
    /// request's own time limit, so waits for a connection, a lock or a statement are short.
    Serving,
    /// Migrations, the demo generator and other commands: long statements are expected.
    Maintenance,
}

/// The longest wait for a free connection while serving.
pub const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(5);
/// The longest a statement may run while serving (PostgreSQL's `statement_timeout`).
pub const STATEMENT_TIMEOUT: Duration = Duration::from_secs(10);
/// The longest SQLite waits for the write lock while serving.
pub const SQLITE_BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Opens a pool for `url`; SQLite gets WAL, full durability, a busy timeout and foreign keys on
/// every connection; serving pools get short waits (see [`Purpose`]).
pub async fn connect(url: &str) -> Result<DatabaseConnection, DbErr> {
    connect_for(url, Purpose::Serving).await
}

/// Opens a pool for `url` for `purpose`.
pub async fn connect_for(url: &str, purpose: Purpose) -> Result<DatabaseConnection, DbErr> {
    let serving = purpose == Purpose::Serving;
    let mut options = ConnectOptions::new(url.to_string());
    options
        .sqlx_logging(std::env::var_os("PLEIN_SQL_LOG").is_some())
        .sqlx_logging_level(tracing::log::LevelFilter::Info)
        .connect_timeout(Duration::from_secs(5))
        .acquire_timeout(if serving {
            ACQUIRE_TIMEOUT
        } else {
            Duration::from_secs(60)
        });
    if url.starts_with("sqlite:") {
        options
            .max_connections(8)
            .map_sqlx_sqlite_opts(move |opts| {
                // FULL: every commit is on disk before it is acknowledged, so a power cut loses
                // nothing acknowledged (NORMAL survives a process crash only). Measured here: one
                // fsync, about 0.25 ms per commit (3,900 commits/s against 39,000), for a system
                // of record that writes at human pace.
                opts.journal_mode(SqliteJournalMode::Wal)
                    .synchronous(SqliteSynchronous::Full)
                    .busy_timeout(if serving {
                        SQLITE_BUSY_TIMEOUT
                    } else {
                        Duration::from_secs(60)
                    })
                    .foreign_keys(true)
                    // Sorts and UNIONs of the feeds use temp B-trees: keep them off the disk.
                    .pragma("temp_store", "memory")
                    // 16 MiB of page cache per connection (negative = KiB).
                    .pragma("cache_size", "-16384")
            });
    } else {
        options.max_connections(16);
        if serving {
            let ms = STATEMENT_TIMEOUT.as_millis().to_string();
            options.map_sqlx_postgres_opts(move |opts| {
                opts.options([("statement_timeout", ms.as_str())])
            });
        }
    }
    Database::connect(options).await
}

/// Applies every pending migration; safe to run at each start.
pub async fn migrate(db: &DatabaseConnection) -> Result<(), DbErr> {
    migrations::Migrator::up(db, None).await
}

/// Starts a transaction that will write. On SQLite it takes the write lock up front
/// (`BEGIN IMMEDIATE`), so a read-then-write transaction waits for the lock instead of
/// failing with "database is locked" half-way.
pub async fn begin_write(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    db.begin_with_options(TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..Default::default()
    })
    .await
}

/// Milliseconds since the Unix epoch, UTC: the one timestamp format of the schema (portable,
/// sortable and cheap to bucket by day on both backends).
pub fn now_ms() -> i64 {
    let now = time::OffsetDateTime::now_utc();
    i64::try_from(now.unix_timestamp_nanos() / 1_000_000).unwrap_or(i64::MAX)
}

/// Whether an error is a unique-constraint violation (a duplicate name, e-mail, …).
pub fn is_unique_violation(err: &DbErr) -> bool {
    matches!(
        err.sql_err(),
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_))
    )
}

/// Whether an error means the database is out of reach or too slow right now (pool timeout,
/// lost connection, statement timeout, SQLite's busy timeout) rather than a fault in the query:
/// the request may succeed when tried again, and the user is told so.
pub fn is_unavailable(err: &DbErr) -> bool {
    use sea_orm::RuntimeErr;
    use sea_orm::sqlx::Error as Sqlx;
    let runtime = match err {
        DbErr::ConnectionAcquire(_) | DbErr::Conn(_) => return true,
        DbErr::Query(runtime) | DbErr::Exec(runtime) => runtime,
        _ => return false,
    };
    let RuntimeErr::SqlxError(sqlx) = runtime else {
        return false;
    };
    match sqlx.as_ref() {
        Sqlx::Io(_) | Sqlx::PoolTimedOut | Sqlx::PoolClosed | Sqlx::WorkerCrashed => true,
        Sqlx::Database(db) => db.code().is_some_and(|code| {
            // PostgreSQL: query_canceled (statement timeout), admin shutdown, crash shutdown,
            // cannot connect now, too many connections, connection exceptions (08…);
            // SQLite: busy, locked.
            matches!(
                code.as_ref(),
                "57014" | "57P01" | "57P02" | "57P03" | "53300" | "5" | "6" | "517" | "261"
            ) || code.starts_with("08")
        }),
        _ => false,
    }
}

/// The join from column `from` to column `to` (`from`'s table belongs to `to`'s), so a query
/// names the two columns it joins on and nothing else.
pub fn relation<F, T>(from: F, to: T) -> sea_orm::RelationDef
where
    F: sea_orm::ColumnTrait,
    T: sea_orm::ColumnTrait,
    F::EntityName: sea_orm::EntityTrait<Column = F>,
    T::EntityName: sea_orm::EntityTrait<Column = T> + Default,
{
    <F::EntityName as sea_orm::EntityTrait>::belongs_to(T::EntityName::default())
        .from(from)
        .to(to)
        .into()
}

/// Cuts rows fetched with one extra (`limit + 1`) back to `limit` and returns the cursor of the
/// next page (the last kept row's id), or `None` when there is no next page.
pub fn next_page<T>(rows: &mut Vec<T>, limit: u64, id_of: impl Fn(&T) -> i64) -> Option<i64> {
    let limit = usize::try_from(limit).unwrap_or(usize::MAX);
    if rows.len() <= limit {
        return None;
    }
    rows.truncate(limit);
    rows.last().map(id_of)
}
