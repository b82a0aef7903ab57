//! The single place where SQLite and PostgreSQL differ. Capability code asks this module
//! instead of branching on the backend itself.

use sea_orm::sea_query::LikeExpr;
use sea_orm::{ConnectionTrait, DatabaseBackend};

/// The backend a connection talks to, as a short name for logs and the health page.
pub fn backend_name(db: &impl ConnectionTrait) -> &'static str {
    match db.get_database_backend() {
        DatabaseBackend::Sqlite => "sqlite",
        DatabaseBackend::Postgres => "postgres",
        _ => "other",
    }
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

/// A `LIKE` pattern matching values that contain `text` literally (its `%`, `_` and `\\`
/// escaped), the same on both backends.
pub fn contains(text: &str) -> LikeExpr {
    LikeExpr::new(format!("%{}%", like_escape(text))).escape('\\')
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
    fn like_escape_neutralises_wildcards() {
        assert_eq!(like_escape("50%_a\\b"), "50\\%\\_a\\\\b");
        assert_eq!(like_escape("plain"), "plain");
    }
}
