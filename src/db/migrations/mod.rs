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
mod m0019_secret_group_names;
mod m0020_known_devices;
mod m0021_answers_as_they_are;
mod m0022_response_indexes;
mod m0023_mail_outbox;
mod m0024_notification_mail;
mod m0025_digest;
mod m0026_contributions;
mod m0027_report_mail;
mod m0028_newsletters;
mod m0029_answer_accepted;
mod m0030_mail_arrivals;
mod m0031_response_waits;
mod m0032_provisioning;
mod m0033_scim;
mod m0034_sso;
mod m0035_scim_groups;
mod m0036_search_changes;
mod m0037_search_misses;
mod m0038_attachments;

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

/// A migration applied in one transaction on every backend, together with its row in the
/// migrations table: interrupted at any point (a `kill -9` in the middle), it has either
/// happened entirely or not at all, and the next start applies it again. SQLite's DDL is
/// transactional; sea-orm-migration only wraps PostgreSQL's migrations unless told to.
struct Atomic<M>(M);

impl<M: MigrationName> MigrationName for Atomic<M> {
    fn name(&self) -> &str {
        self.0.name()
    }
}

#[async_trait::async_trait]
impl<M: MigrationTrait> MigrationTrait for Atomic<M> {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        self.0.up(manager).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        self.0.down(manager).await
    }

    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }
}

fn atomic(migration: impl MigrationTrait + 'static) -> Box<dyn MigrationTrait> {
    Box::new(Atomic(migration))
}

/// Lists the migrations in the order they apply, each one atomic.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            atomic(m0001_foundation::Migration),
            atomic(m0002_directory_indexes::Migration),
            atomic(m0003_questions::Migration),
            atomic(m0004_calls_for_help::Migration),
            atomic(m0005_ideas_notifications::Migration),
            atomic(m0006_events::Migration),
            atomic(m0007_polls::Migration),
            atomic(m0008_praise::Migration),
            atomic(m0009_announcements::Migration),
            atomic(m0010_knowledge_base::Migration),
            atomic(m0011_topics::Migration),
            atomic(m0012_activity::Migration),
            atomic(m0013_cockpit_audit::Migration),
            atomic(m0014_participation::Migration),
            atomic(m0015_group_engagement::Migration),
            atomic(m0016_reports::Migration),
            atomic(m0017_moderation::Migration),
            atomic(m0018_work_queue::Migration),
            atomic(m0019_secret_group_names::Migration),
            atomic(m0020_known_devices::Migration),
            atomic(m0021_answers_as_they_are::Migration),
            atomic(m0022_response_indexes::Migration),
            atomic(m0023_mail_outbox::Migration),
            atomic(m0024_notification_mail::Migration),
            atomic(m0025_digest::Migration),
            atomic(m0026_contributions::Migration),
            atomic(m0027_report_mail::Migration),
            atomic(m0028_newsletters::Migration),
            atomic(m0029_answer_accepted::Migration),
            atomic(m0030_mail_arrivals::Migration),
            atomic(m0031_response_waits::Migration),
            atomic(m0032_provisioning::Migration),
            atomic(m0033_scim::Migration),
            atomic(m0034_sso::Migration),
            atomic(m0035_scim_groups::Migration),
            atomic(m0036_search_changes::Migration),
            atomic(m0037_search_misses::Migration),
            atomic(m0038_attachments::Migration),
        ]
    }
}
