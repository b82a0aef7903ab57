//! The single place where SQLite and PostgreSQL differ. Capability code asks this module
//! instead of branching on the backend itself.

use sea_orm::sea_query::{Alias, Expr, ExprTrait, LikeExpr};
use sea_orm::{ConnectionTrait, DatabaseBackend};

/// The backend a connection talks to, as a short name for logs and the health page.
pub fn backend_name(db: &impl ConnectionTrait) -> &'static str {
    match db.get_database_backend() {
        DatabaseBackend::Sqlite => "sqlite",
        DatabaseBackend::Postgres => "postgres",
        _ => "other",
    }
}

/// `SUM(expr)` read back as BIGINT on both backends. PostgreSQL sums BIGINT into NUMERIC and
/// INTEGER into BIGINT, SQLite into INTEGER; every sum in Plein goes through here so the Rust
/// side decodes one type (`i64`, `Option<i64>` over no rows) whatever the column's type.
pub fn sum(expr: impl Into<Expr>) -> Expr {
    expr.into().sum().cast_as(Alias::new("bigint"))
}

/// Makes the current transaction the only writer of `table` until it ends (a rebuild that
/// must not interleave with another rebuild or with corrections made meanwhile). PostgreSQL
/// takes an EXCLUSIVE table lock (others still read); SQLite needs nothing, as a write
/// transaction (`db::begin_write`) already holds the database's one write lock.
pub async fn lock_for_rebuild(
    db: &impl ConnectionTrait,
    table: &str,
) -> Result<(), sea_orm::DbErr> {
    if db.get_database_backend() == DatabaseBackend::Postgres {
        db.execute_unprepared(&format!("LOCK TABLE {table} IN EXCLUSIVE MODE"))
            .await?;
    }
    Ok(())
}

/// After rows were inserted with explicit ids (the demo generator), moves PostgreSQL's id
/// sequence of `table` past the highest id. SQLite needs nothing: its AUTOINCREMENT follows.
pub async fn sync_id_sequence(
    db: &impl ConnectionTrait,
    table: &str,
) -> Result<(), sea_orm::DbErr> {
    if db.get_database_backend() == DatabaseBackend::Postgres {
        let sql = format!(
            "SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
        );
        db.execute_unprepared(&sql).await?;
    }
    Ok(())
}

/// The statement that claims the oldest due job of one of `kinds` kinds (parameters: lease
/// end, runner, now, then the kinds) and returns it. PostgreSQL skips rows other runners hold
/// locked (`FOR UPDATE SKIP LOCKED`), so concurrent runners never take the same job; SQLite runs
/// it inside an immediate transaction, one writer at a time. A runner only takes kinds it can
/// run, so an instance of an older release leaves a newer kind to the others. A claim counts
/// as an attempt, so a job that takes its process down is not claimed past its attempts.
pub fn claim_job_sql(backend: DatabaseBackend, kinds: usize) -> String {
    let postgres = backend == DatabaseBackend::Postgres;
    let param = |n: usize| {
        if postgres {
            format!("${n}")
        } else {
            format!("?{n}")
        }
    };
    let kinds: Vec<String> = (4..4 + kinds.max(1)).map(param).collect();
    let lock = if postgres {
        " FOR UPDATE SKIP LOCKED"
    } else {
        ""
    };
    format!(
        "UPDATE jobs SET locked_until = {lease}, locked_by = {runner}, attempts = attempts + 1 \
         WHERE id = (SELECT id FROM jobs WHERE done_at IS NULL AND run_at <= {now} \
         AND (locked_until IS NULL OR locked_until < {now}) AND attempts < max_attempts \
         AND kind IN ({kinds}) \
         ORDER BY run_at, id LIMIT 1{lock}) \
         RETURNING id, kind, payload, attempts, max_attempts",
        lease = param(1),
        runner = param(2),
        now = param(3),
        kinds = kinds.join(", "),
    )
}

/// Hand-written SQL with `?` placeholders in the form the backend binds: `$1, $2, …` on
/// PostgreSQL, unchanged on SQLite. (The SQL must hold no `?` other than placeholders.)
pub fn numbered_placeholders(backend: DatabaseBackend, sql: &str) -> String {
    if backend != DatabaseBackend::Postgres {
        return sql.to_string();
    }
    let mut out = String::with_capacity(sql.len() + 8);
    let mut n = 0;
    for ch in sql.chars() {
        if ch == '?' {
            n += 1;
            out.push_str(&format!("${n}"));
        } else {
            out.push(ch);
        }
    }
    out
}

/// A `LIKE` pattern matching values that contain `text` literally (its `%`, `_` and `\\`
/// escaped), the same on both backends.
pub fn contains(text: &str) -> LikeExpr {
    LikeExpr::new(format!("%{}%", like_escape(text))).escape('\\')
}

/// A `LIKE` pattern matching values that start with `text` literally.
pub fn starts_with(text: &str) -> LikeExpr {
    LikeExpr::new(format!("{}%", like_escape(text))).escape('\\')
}

fn like_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        if matches!(ch, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_numbered_for_postgres_only() {
        let sql = "a = ? AND b = ?";
        assert_eq!(
            numbered_placeholders(DatabaseBackend::Postgres, sql),
            "a = $1 AND b = $2"
        );
        assert_eq!(numbered_placeholders(DatabaseBackend::Sqlite, sql), sql);
    }

    #[test]
    fn like_escape_neutralises_wildcards() {
        assert_eq!(like_escape("50%_a\\b"), "50\\%\\_a\\\\b");
        assert_eq!(like_escape("plain"), "plain");
    }
}
