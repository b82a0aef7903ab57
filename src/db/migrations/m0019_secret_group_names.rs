//! A secret group's name no longer has to be unique among all groups: its key carries its id
//! (as `groups::name_key` makes it), so choosing a name cannot confirm that a secret group has it. The key
//! column grows to hold the suffix (PostgreSQL; SQLite does not enforce lengths).

use sea_orm::{ConnectionTrait, DatabaseBackend, Statement};
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let backend = db.get_database_backend();
        if backend == DatabaseBackend::Postgres {
            db.execute_unprepared("ALTER TABLE groups ALTER COLUMN name_key TYPE VARCHAR(128)")
                .await?;
        }
        let secret = db
            .query_all_raw(Statement::from_string(
                backend,
                "SELECT id, name FROM groups WHERE visibility = 'secret'",
            ))
            .await?;
        for row in secret {
            let id: i64 = row.try_get_by_index(0)?;
            let name: String = row.try_get_by_index(1)?;
            // Written out rather than calling `groups::name_key`: a migration stays as it ran.
            let key = format!("{}\u{1f}{id}", name.to_lowercase());
            db.execute_raw(Statement::from_sql_and_values(
                backend,
                crate::db::dialect::numbered_placeholders(
                    backend,
                    "UPDATE groups SET name_key = ? WHERE id = ?",
                ),
                [key.into(), id.into()],
            ))
            .await?;
        }
        Ok(())
    }
}
