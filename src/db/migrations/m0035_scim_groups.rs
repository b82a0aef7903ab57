//! SCIM 2.0 Groups: the identity provider's groups with their members, each optionally mapped
//! by an administrator to a Plein group (its members kept in step) or to a platform role.
//! Memberships and roles SCIM gives are marked (`managed_by = 'scim'`), so only those are
//! taken away again by SCIM and they are not changed by hand in Plein.

use sea_orm_migration::{prelude::*, schema::*};

use super::index;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ScimGroups {
    Table,
    Id,
    DisplayName,
    DisplayKey,
    ExternalId,
    PleinGroupId,
    Role,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum ScimGroupMembers {
    Table,
    ScimGroupId,
    UserId,
}

#[derive(DeriveIden)]
enum GroupMembers {
    Table,
    ManagedBy,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    RoleManagedBy,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(ScimGroups::Table)
                .col(big_pk_auto(ScimGroups::Id))
                .col(string_len(ScimGroups::DisplayName, 256))
                .col(string_len_uniq(ScimGroups::DisplayKey, 256))
                .col(string_len_null(ScimGroups::ExternalId, 254))
                .col(big_integer_null(ScimGroups::PleinGroupId))
                .col(string_len_null(ScimGroups::Role, 32))
                .col(big_integer(ScimGroups::CreatedAt))
                .col(big_integer(ScimGroups::UpdatedAt))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(ScimGroupMembers::Table)
                .col(big_integer(ScimGroupMembers::ScimGroupId))
                .col(big_integer(ScimGroupMembers::UserId))
                .primary_key(
                    Index::create()
                        .col(ScimGroupMembers::ScimGroupId)
                        .col(ScimGroupMembers::UserId),
                )
                .to_owned(),
        )
        .await?;
        index(
            m,
            "scim_group_members_user",
            ScimGroupMembers::Table,
            &[ScimGroupMembers::UserId],
            false,
        )
        .await?;
        let mut membership = string_len(GroupMembers::ManagedBy, 16);
        membership.default("");
        m.alter_table(
            Table::alter()
                .table(GroupMembers::Table)
                .add_column(&mut membership)
                .to_owned(),
        )
        .await?;
        let mut role = string_len(Users::RoleManagedBy, 16);
        role.default("");
        m.alter_table(
            Table::alter()
                .table(Users::Table)
                .add_column(&mut role)
                .to_owned(),
        )
        .await
    }
}
