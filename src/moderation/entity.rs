//! Tables owned by the moderation capability.

/// Members' flags on posts and comments.
pub mod flag {
    use sea_orm::entity::prelude::*;

    /// One member's flag on one post or comment.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "flags")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub post_id: i64,
        /// The flagged comment; none when the post itself is flagged.
        pub comment_id: Option<i64>,
        /// The post's group (which queue it lands in).
        pub group_id: i64,
        pub reporter_id: i64,
        /// See `reason::FlagReason`.
        pub reason: String,
        /// The reporter's own words (required for "other").
        pub detail: String,
        pub created_at: i64,
        /// When a moderator decided on the flagged item.
        pub handled_at: Option<i64>,
        pub handled_by: Option<i64>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// Every moderation action with its decision-model rating: the audit log.
pub mod action {
    use sea_orm::entity::prelude::*;

    /// One action by a moderator (or by Plein itself, for hiding after enough flags).
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "moderation_actions")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub post_id: Option<i64>,
        pub comment_id: Option<i64>,
        pub group_id: Option<i64>,
        /// The member whose content or account the action concerns.
        pub subject_id: i64,
        /// None when Plein acted on its own (hidden after enough flags).
        pub moderator_id: Option<i64>,
        /// See `action::Action`.
        pub action: String,
        /// Told to the member.
        pub reason: String,
        pub reach: Option<String>,
        pub harm: Option<String>,
        pub legal: Option<String>,
        pub desirability: Option<String>,
        /// The response the decision model suggested.
        pub suggested: Option<String>,
        /// A code refining the action (the group moved to, the suspension's end).
        pub detail: String,
        pub created_at: i64,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
