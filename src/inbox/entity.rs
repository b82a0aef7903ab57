//! Tables owned by the inbox.

/// How often a member wants the personal digest.
pub mod digest_pref {
    use sea_orm::entity::prelude::*;

    /// One member's choice.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "digest_prefs")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: i64,
        /// `daily`, `weekly` or `never`.
        pub frequency: String,
        /// When the last digest was sent (or passed over: nothing new, or active anyway).
        pub last_sent_at: Option<i64>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
