//! Bringing colleagues in from the organisation's own lists: CSV imports staged for a preview
//! before they are run (with their progress, so any instance can show it), and the audit log of
//! every account change made by provisioning (import now, SCIM and single sign-on later).

use sea_orm_migration::{prelude::*, schema::*};

use super::index;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum PeopleImports {
    Table,
    Id,
    CreatedBy,
    CreatedAt,
    FileName,
    Encoding,
    Csv,
    Status,
    Invite,
    BaseUrl,
    Lang,
    Total,
    Done,
    Created,
    Updated,
    Failure,
    FinishedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum ProvisioningAudit {
    Table,
    Id,
    At,
    Source,
    ActorId,
    SubjectId,
    Action,
    Detail,
    ImportId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(PeopleImports::Table)
                .col(big_pk_auto(PeopleImports::Id))
                .col(big_integer(PeopleImports::CreatedBy))
                .col(big_integer(PeopleImports::CreatedAt))
                .col(string_len(PeopleImports::FileName, 200).default(""))
                .col(string_len(PeopleImports::Encoding, 32).default(""))
                .col(text(PeopleImports::Csv).default(""))
                .col(string_len(PeopleImports::Status, 16))
                .col(boolean(PeopleImports::Invite).default(false))
                .col(string_len(PeopleImports::BaseUrl, 300).default(""))
                .col(string_len(PeopleImports::Lang, 8).default("nl"))
                .col(integer(PeopleImports::Total).default(0))
                .col(integer(PeopleImports::Done).default(0))
                .col(integer(PeopleImports::Created).default(0))
                .col(integer(PeopleImports::Updated).default(0))
                .col(text(PeopleImports::Failure).default(""))
                .col(big_integer_null(PeopleImports::FinishedAt))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ProvisioningAudit::Table)
                .col(big_pk_auto(ProvisioningAudit::Id))
                .col(big_integer(ProvisioningAudit::At))
                .col(string_len(ProvisioningAudit::Source, 16))
                .col(big_integer_null(ProvisioningAudit::ActorId))
                .col(big_integer_null(ProvisioningAudit::SubjectId))
                .col(string_len(ProvisioningAudit::Action, 32))
                .col(text(ProvisioningAudit::Detail).default(""))
                .col(big_integer_null(ProvisioningAudit::ImportId))
                .to_owned(),
        )
        .await?;
        index(
            m,
            "provisioning_audit_at",
            ProvisioningAudit::Table,
            &[ProvisioningAudit::At],
            false,
        )
        .await?;
        index(
            m,
            "provisioning_audit_import",
            ProvisioningAudit::Table,
            &[ProvisioningAudit::ImportId, ProvisioningAudit::Action],
            false,
        )
        .await
    }
}
