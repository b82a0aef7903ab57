//! Tables owned by the polls capability.

/// The settings of a post of kind `poll`.
pub mod poll {
    use sea_orm::entity::prelude::*;

    /// How the poll is answered and when its results show.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "polls")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub post_id: i64,
        pub multiple: bool,
        pub closes_at: Option<i64>,
        pub results_after_close: bool,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// The options of a poll.
pub mod option {
    use sea_orm::entity::prelude::*;

    /// One option.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "poll_options")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub post_id: i64,
        pub position: i32,
        pub label: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// Votes: one row per member per chosen option.
pub mod vote {
    use sea_orm::entity::prelude::*;

    /// A member's vote for one option.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "poll_votes")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub option_id: i64,
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: i64,
        pub post_id: i64,
        pub created_at: i64,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
