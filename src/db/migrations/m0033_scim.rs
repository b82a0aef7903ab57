//! SCIM 2.0 provisioning: bearer tokens administrators create (kept as hashes, with their last
//! use), and on accounts the identity provider's names for them (`userName`, `externalId`)
//! and who manages them (`scim`: the fields it sends cannot be edited in Plein).

use sea_orm_migration::{prelude::*, schema::*};

use super::index;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ScimTokens {
    Table,
    Id,
    Name,
    TokenHash,
    CreatedBy,
    CreatedAt,
    LastUsedAt,
    RevokedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Users {
    Table,
    ScimUserName,
    ExternalId,
    ManagedBy,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(ScimTokens::Table)
                .col(big_pk_auto(ScimTokens::Id))
                .col(string_len(ScimTokens::Name, 100))
                .col(string_len_uniq(ScimTokens::TokenHash, 64))
                .col(big_integer(ScimTokens::CreatedBy))
                .col(big_integer(ScimTokens::CreatedAt))
                .col(big_integer_null(ScimTokens::LastUsedAt))
                .col(big_integer_null(ScimTokens::RevokedAt))
                .to_owned(),
        )
        .await?;
        // One column per statement: SQLite alters a table one column at a time.
        let mut managed_by = string_len(Users::ManagedBy, 16);
        managed_by.default("");
        for mut column in [
            string_len_null(Users::ScimUserName, 254),
            string_len_null(Users::ExternalId, 254),
            managed_by,
        ] {
            m.alter_table(
                Table::alter()
                    .table(Users::Table)
                    .add_column(&mut column)
                    .to_owned(),
            )
            .await?;
        }
        index(
            m,
            "users_scim_user_name",
            Users::Table,
            &[Users::ScimUserName],
            false,
        )
        .await?;
        index(
            m,
            "users_external_id",
            Users::Table,
            &[Users::ExternalId],
            false,
        )
        .await
    }
}
