//! Tables owned by the events capability.

/// The event details of a post of kind `event`.
pub mod event {
    use sea_orm::entity::prelude::*;

    /// When, where and how many.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "events")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub post_id: i64,
        pub title: String,
        pub starts_at: i64,
        pub ends_at: i64,
        pub location: String,
        pub online_url: String,
        pub capacity: Option<i32>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// RSVPs: one answer per member per event.
pub mod rsvp {
    use sea_orm::entity::prelude::*;

    /// A member's answer and when they gave it (the waiting-list order).
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "event_rsvps")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub post_id: i64,
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: i64,
        pub answer: String,
        pub answered_at: i64,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// The secret of each member's personal calendar feed (only its hash is kept).
pub mod calendar_token {
    use sea_orm::entity::prelude::*;

    /// One member's current feed secret.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "calendar_tokens")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: i64,
        pub token_hash: String,
        pub created_at: i64,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
