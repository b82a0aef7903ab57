//! The cockpit's own table: the audit log of who viewed which figures.

use sea_orm::sea_query::{Alias, Query};
#[cfg(test)]
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ConnectionTrait, DbErr};

fn table() -> Alias {
    Alias::new("cockpit_views")
}

/// Writes one view of the figures to the audit log.
pub async fn log_view(
    db: &impl ConnectionTrait,
    user_id: i64,
    path: &str,
    at: i64,
) -> Result<(), DbErr> {
    let path: String = path.chars().take(300).collect();
    let mut insert = Query::insert();
    insert
        .into_table(table())
        .columns([
            Alias::new("user_id"),
            Alias::new("path"),
            Alias::new("viewed_at"),
        ])
        .values([user_id.into(), path.into(), at.into()])
        .map_err(|e| DbErr::Custom(e.to_string()))?;
    db.execute(&insert).await.map(|_| ())
}

/// How many views a member has in the audit log.
#[cfg(test)]
pub async fn views_by(db: &impl ConnectionTrait, user_id: i64) -> Result<i64, DbErr> {
    let query = Query::select()
        .expr(Expr::col(Alias::new("id")).count())
        .from(table())
        .and_where(Expr::col(Alias::new("user_id")).eq(user_id))
        .to_owned();
    match db.query_one(&query).await? {
        Some(row) => row.try_get_by_index::<i64>(0),
        None => Ok(0),
    }
}
