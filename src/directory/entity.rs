//! The directory's tables: accounts, groups and memberships.

/// Accounts with their profile fields.
pub mod user {
    use sea_orm::entity::prelude::*;

    /// One member account and profile.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "users")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub email: String,
        pub display_name: String,
        pub name_key: String,
        pub password_hash: Option<String>,
        pub role: String,
        pub is_role_model: bool,
        /// Moderates every group the member can read (seed 001, Bezielen).
        pub community_moderator: bool,
        /// Suspended by a moderator until this moment: no sign-in, no sessions.
        pub suspended_until: Option<i64>,
        pub locale: Option<String>,
        pub active: bool,
        pub job_title: String,
        pub department: String,
        pub location: String,
        pub bio: String,
        pub manager_id: Option<i64>,
        pub photo_id: Option<i64>,
        pub created_at: i64,
        pub updated_at: i64,
        /// The identity provider's `userName` for a SCIM-provisioned account (lower-cased).
        pub scim_user_name: Option<String>,
        /// The identity provider's own id for the account (SCIM `externalId`).
        pub external_id: Option<String>,
        /// `scim` when SCIM provisions the account (its fields are not edited in Plein).
        pub managed_by: String,
        /// `scim` when the role was given by a SCIM group mapped to it (not changed by hand;
        /// taken away again when the account leaves every such group).
        pub role_managed_by: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// Groups.
pub mod group {
    use sea_orm::entity::prelude::*;

    /// One group.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "groups")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub name: String,
        pub name_key: String,
        pub description: String,
        pub visibility: String,
        pub archived_at: Option<i64>,
        pub created_by: i64,
        pub created_at: i64,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// Group memberships with the member's role in the group.
pub mod member {
    use sea_orm::entity::prelude::*;

    /// One membership.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "group_members")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub group_id: i64,
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: i64,
        pub role: String,
        pub created_at: i64,
        /// `scim` when a SCIM group mapped to the group keeps this membership.
        pub managed_by: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
