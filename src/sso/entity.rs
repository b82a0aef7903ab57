//! Tables owned by single sign-on.

/// The OpenID providers administrators configured (or `plein.toml` names).
pub mod provider {
    use sea_orm::entity::prelude::*;

    /// One provider: where it is, how Plein is registered there, and what its claims mean.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "sso_providers")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub slug: String,
        pub name: String,
        pub issuer: String,
        pub client_id: String,
        pub client_secret: String,
        pub scopes: String,
        pub allowed_domains: String,
        pub create_accounts: bool,
        pub trust_email: bool,
        pub claim_department: String,
        pub claim_job_title: String,
        pub claim_location: String,
        pub claim_manager: String,
        pub from_config: bool,
        pub created_at: i64,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// Which account a provider's subject is.
pub mod identity {
    use sea_orm::entity::prelude::*;

    /// One link of a provider's subject to an account.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "sso_identities")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub provider_id: i64,
        pub subject: String,
        pub user_id: i64,
        pub created_at: i64,
        pub last_sign_in_at: i64,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// Sign-ins under way: sent to the provider, not back yet.
pub mod attempt {
    use sea_orm::entity::prelude::*;

    /// One sign-in under way, keyed by the hash of its `state`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "sso_attempts")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub state_hash: String,
        pub browser_hash: String,
        pub provider_id: i64,
        pub pkce_verifier: String,
        pub nonce: String,
        pub next: String,
        pub created_at: i64,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// Offers to link a provider's subject to an existing account once its owner signs in with
/// the password.
pub mod link_offer {
    use sea_orm::entity::prelude::*;

    /// One offer, keyed by the hash of the token in the browser's cookie.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "sso_link_offers")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub token_hash: String,
        pub provider_id: i64,
        pub subject: String,
        pub user_id: i64,
        pub created_at: i64,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
