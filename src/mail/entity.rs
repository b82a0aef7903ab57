//! The outbox table.

/// Mails written to be delivered.
pub mod outbox {
    use sea_orm::entity::prelude::*;

    /// One mail: queued, sent (its bodies emptied) or failed.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "mail_outbox")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub kind: String,
        pub to_address: String,
        pub to_name: String,
        pub lang: String,
        pub subject: String,
        pub html: String,
        pub text: String,
        pub status: String,
        pub attempts: i32,
        pub last_error: Option<String>,
        pub created_at: i64,
        pub sent_at: Option<i64>,
        pub unsubscribe_url: Option<String>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// One-click unsubscribe tokens (hashed), each turning off one kind of mail for one member.
pub mod unsubscribe {
    use sea_orm::entity::prelude::*;

    /// One token.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "mail_unsubscribes")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub token_hash: String,
        pub user_id: i64,
        pub scope: String,
        pub created_at: i64,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
