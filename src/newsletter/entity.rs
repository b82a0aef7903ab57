//! Tables owned by the newsletter.

/// Newsletter issues: drafts, scheduled and sent.
pub mod issue {
    use sea_orm::entity::prelude::*;

    /// One issue.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "newsletters")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub subject: String,
        /// The community managers' own words (Markdown).
        pub intro_md: String,
        /// The marked highlights it includes, comma-separated ids.
        pub highlight_ids: String,
        /// The highlight of the week (one of them).
        pub featured_id: Option<i64>,
        /// Who gets it (see `service::Audience`).
        pub audience: String,
        /// `draft`, `scheduled` or `sent`.
        pub status: String,
        pub send_at: Option<i64>,
        pub sent_at: Option<i64>,
        pub recipients: i32,
        /// What was sent, kept for the archive (JSON of `service::Content`).
        pub content_json: String,
        pub created_by: i64,
        pub created_at: i64,
        pub updated_at: i64,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// Members who asked not to get the newsletter.
pub mod optout {
    use sea_orm::entity::prelude::*;

    /// One member.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "newsletter_optouts")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: i64,
        pub created_at: i64,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
