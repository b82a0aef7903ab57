//! One migration set for both backends. Portable schema rules: integer keys, enums as text,
//! timestamps as UTC epoch milliseconds (BIGINT), no triggers, lower-cased key columns for
//! case-insensitive lookups.

mod m0001_foundation;
mod m0002_directory_indexes;
mod m0003_questions;
mod m0004_calls_for_help;
mod m0005_ideas_notifications;
mod m0006_events;
mod m0007_polls;
mod m0008_praise;
mod m0009_announcements;
mod m0010_knowledge_base;
mod m0011_topics;
mod m0012_activity;
mod m0013_cockpit_audit;
mod m0014_participation;
mod m0015_group_engagement;
mod m0016_reports;
mod m0017_moderation;
mod m0018_work_queue;

use sea_orm_migration::prelude::*;

/// A foreign key that removes the row with what it points at.
fn fk(
    from: (impl IntoIden, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from.0, from.1)
        .to(to.0, to.1)
        .on_delete(ForeignKeyAction::Cascade)
        .take()
}

/// An index named `name` on `columns` of `table` (one iden enum names both), unique or not.
async fn index<C: IntoIden + Copy + 'static>(
    m: &SchemaManager<'_>,
    name: &str,
    table: C,
    columns: &[C],
    unique: bool,
) -> Result<(), DbErr> {
    let mut statement = Index::create().name(name).table(table).to_owned();
    for &column in columns {
        statement.col(column);
    }
    if unique {
        statement.unique();
    }
    m.create_index(statement).await
}

/// Lists the migrations in the order they apply.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m0001_foundation::Migration),
            Box::new(m0002_directory_indexes::Migration),
            Box::new(m0003_questions::Migration),
            Box::new(m0004_calls_for_help::Migration),
            Box::new(m0005_ideas_notifications::Migration),
            Box::new(m0006_events::Migration),
            Box::new(m0007_polls::Migration),
            Box::new(m0008_praise::Migration),
            Box::new(m0009_announcements::Migration),
            Box::new(m0010_knowledge_base::Migration),
            Box::new(m0011_topics::Migration),
            Box::new(m0012_activity::Migration),
            Box::new(m0013_cockpit_audit::Migration),
            Box::new(m0014_participation::Migration),
            Box::new(m0015_group_engagement::Migration),
            Box::new(m0016_reports::Migration),
            Box::new(m0017_moderation::Migration),
            Box::new(m0018_work_queue::Migration),
        ]
    }
}
