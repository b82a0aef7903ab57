//! Tables owned by the ideas capability (the status itself is a column of the post).

/// The written responses that moved an idea, one per status change.
pub mod response {
    use sea_orm::entity::prelude::*;

    /// One status change with its response to the author.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "idea_responses")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub post_id: i64,
        pub author_id: i64,
        pub from_status: String,
        pub to_status: String,
        pub body_md: String,
        pub body_html: String,
        pub created_at: i64,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
