//! The table owned by the attachments capability.

/// Files and images on posts.
pub mod attachment {
    use sea_orm::entity::prelude::*;

    /// One stored attachment: an image (re-encoded, with a thumbnail) or a file of an allowed
    /// type, as it will be served.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "attachments")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub post_id: i64,
        pub uploader_id: i64,
        pub kind: String,
        pub name: String,
        pub content_type: String,
        pub size: i64,
        pub width: Option<i32>,
        pub height: Option<i32>,
        pub bytes: Vec<u8>,
        pub thumb: Option<Vec<u8>>,
        pub created_at: i64,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
