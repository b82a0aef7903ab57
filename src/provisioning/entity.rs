//! Tables owned by the provisioning capability.

/// CSV imports: staged for the preview, then run by a job that keeps its progress here.
pub mod people_import {
    use sea_orm::entity::prelude::*;

    /// One import.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "people_imports")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub created_by: i64,
        pub created_at: i64,
        pub file_name: String,
        /// The encoding the file was read as when not UTF-8 (empty: UTF-8).
        pub encoding: String,
        /// The decoded list; emptied once the import has run (retention).
        pub csv: String,
        pub status: String,
        pub invite: bool,
        pub base_url: String,
        pub lang: String,
        pub total: i32,
        pub done: i32,
        pub created: i32,
        pub updated: i32,
        pub failure: String,
        pub finished_at: Option<i64>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// Every account change made by provisioning, for administrators to read.
pub mod audit {
    use sea_orm::entity::prelude::*;

    /// One change.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "provisioning_audit")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub at: i64,
        pub source: String,
        pub actor_id: Option<i64>,
        pub subject_id: Option<i64>,
        pub action: String,
        pub detail: String,
        pub import_id: Option<i64>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// Bearer tokens for SCIM provisioning, kept as hashes.
pub mod scim_token {
    use sea_orm::entity::prelude::*;

    /// One token.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "scim_tokens")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub name: String,
        pub token_hash: String,
        pub created_by: i64,
        pub created_at: i64,
        pub last_used_at: Option<i64>,
        pub revoked_at: Option<i64>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// The identity provider's groups (SCIM Groups), each optionally mapped to a Plein group or a
/// platform role by an administrator.
pub mod scim_group {
    use sea_orm::entity::prelude::*;

    /// One group.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "scim_groups")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub display_name: String,
        /// The name lower-cased (unique, as SCIM asks of `displayName`).
        pub display_key: String,
        pub external_id: Option<String>,
        /// The Plein group whose members it keeps.
        pub plein_group_id: Option<i64>,
        /// The platform role its members get.
        pub role: Option<String>,
        pub created_at: i64,
        pub updated_at: i64,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// Who is in which SCIM group.
pub mod scim_group_member {
    use sea_orm::entity::prelude::*;

    /// One membership.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "scim_group_members")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub scim_group_id: i64,
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: i64,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
