//! The messages table.

/// Personal messages.
pub mod message {
    use sea_orm::entity::prelude::*;

    /// One message to one member.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "messages")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub sender_id: i64,
        pub recipient_id: i64,
        /// Sanitised HTML, rendered from the template when sent.
        pub body_html: String,
        pub created_at: i64,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
