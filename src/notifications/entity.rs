//! Tables owned by the notifications capability.

/// One notification for one receiver.
pub mod notification {
    use sea_orm::entity::prelude::*;

    /// A stored notification: references only (who, which group, which post), never copied
    /// content, so what it shows is read, and access-checked, when it is displayed.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "notifications")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub user_id: i64,
        pub kind: String,
        pub actor_id: Option<i64>,
        pub group_id: Option<i64>,
        pub post_id: Option<i64>,
        pub detail: Option<String>,
        pub created_at: i64,
        pub read_at: Option<i64>,
        /// When it went out by e-mail (or was passed over for it).
        pub mailed_at: Option<i64>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// A member's choice per kind of notification; no row means the default.
pub mod preference {
    use sea_orm::entity::prelude::*;

    /// Whether a kind is shown in-app and sent by e-mail.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "notification_prefs")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: i64,
        #[sea_orm(primary_key, auto_increment = false)]
        pub kind: String,
        pub in_app: bool,
        pub email: bool,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
