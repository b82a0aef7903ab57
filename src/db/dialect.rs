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
