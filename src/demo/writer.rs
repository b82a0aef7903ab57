//! Fast inserts for the demo generator: many rows per statement, many statements per
//! transaction, explicit ids, on both backends.

use sea_orm::sea_query::{Alias, Query, Value};
use sea_orm::{ConnectionTrait, DbErr};

/// Rows per INSERT statement (well under SQLite's and PostgreSQL's parameter limits).
const ROWS_PER_STATEMENT: usize = 500;

/// Inserts `rows` (each with one value per column) into `table`.
pub async fn insert_rows(
    db: &impl ConnectionTrait,
    table: &str,
    columns: &[&str],
    rows: Vec<Vec<Value>>,
) -> Result<u64, DbErr> {
    let mut written = 0;
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let mut stmt = Query::insert();
        stmt.into_table(Alias::new(table))
            .columns(columns.iter().map(|c| Alias::new(*c)));
        for row in rows.by_ref().take(ROWS_PER_STATEMENT) {
            stmt.values(row.into_iter().map(Into::into))
                .map_err(|e| DbErr::Custom(e.to_string()))?;
            written += 1;
        }
        db.execute(&stmt).await?;
    }
    Ok(written)
}

/// Shorthand for a text value.
pub fn text(value: &str) -> Value {
    Value::String(Some(value.to_string()))
}

/// Shorthand for an integer value.
pub fn int(value: i64) -> Value {
    Value::BigInt(Some(value))
}

/// Shorthand for an optional integer value.
pub fn opt_int(value: Option<i64>) -> Value {
    Value::BigInt(value)
}

/// Shorthand for a boolean value.
pub fn flag(value: bool) -> Value {
    Value::Bool(Some(value))
}

/// Shorthand for an optional text value.
pub fn opt_text(value: Option<&str>) -> Value {
    Value::String(value.map(str::to_string))
}
