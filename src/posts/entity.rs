//! Tables owned by the posts capability.

/// Posts.
pub mod post {
    use sea_orm::entity::prelude::*;

    /// One post in a group.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "posts")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub group_id: i64,
        pub author_id: i64,
        pub kind: String,
        pub body_md: String,
        pub body_html: String,
        pub created_at: i64,
        pub edited_at: Option<i64>,
        pub deleted_at: Option<i64>,
        pub accepted_comment_id: Option<i64>,
        pub first_response_at: Option<i64>,
        pub resolved_at: Option<i64>,
        pub idea_status: Option<String>,
        /// Hidden by a moderator (or by enough flags) pending review: only its author and
        /// those who moderate its group still see it.
        pub hidden_at: Option<i64>,
        /// When a moderator closed the post to new comments.
        pub comments_locked_at: Option<i64>,
        /// Shown with the post after a moderator edited it (why it was changed).
        pub moderator_note: String,
        /// Whether its accepted answer may be shown (set, neither deleted nor hidden): what
        /// the cockpit counts, kept by `repo::refresh_answer_accepted`.
        pub answer_accepted: bool,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// Earlier versions of edited posts.
pub mod revision {
    use sea_orm::entity::prelude::*;

    /// One earlier version.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "post_revisions")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub post_id: i64,
        pub body_md: String,
        pub edited_by: i64,
        pub created_at: i64,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// Comments on posts.
pub mod comment {
    use sea_orm::entity::prelude::*;

    /// One comment.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "comments")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub post_id: i64,
        pub author_id: i64,
        pub body_md: String,
        pub body_html: String,
        pub created_at: i64,
        pub deleted_at: Option<i64>,
        /// Hidden by a moderator: its author and moderators see it, others a placeholder.
        pub hidden_at: Option<i64>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// Reactions: one per member per post.
pub mod reaction {
    use sea_orm::entity::prelude::*;

    /// One member's reaction to one post.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "reactions")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub post_id: i64,
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: i64,
        pub kind: String,
        pub created_at: i64,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// Members who follow a post to hear of its replies and changes (its author implicitly).
pub mod follower {
    use sea_orm::entity::prelude::*;

    /// One member following one post.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "post_followers")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub post_id: i64,
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: i64,
        pub created_at: i64,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// The tags of posts.
pub mod post_topic {
    use sea_orm::entity::prelude::*;

    /// One post tagged with one topic.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "post_topics")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub post_id: i64,
        #[sea_orm(primary_key, auto_increment = false)]
        pub topic_key: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
