//! The jobs table.

/// Background jobs.
pub mod job {
    use sea_orm::entity::prelude::*;

    /// One job, due at `run_at`.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "jobs")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub kind: String,
        /// Handler input (JSON or plain text; never shown to users).
        pub payload: String,
        /// Makes scheduling idempotent (a recurring job's slot).
        pub unique_key: Option<String>,
        pub run_at: i64,
        pub attempts: i32,
        pub max_attempts: i32,
        /// Claimed by a runner until then.
        pub locked_until: Option<i64>,
        pub locked_by: Option<String>,
        pub last_error: Option<String>,
        /// Finished (successfully unless `failed`).
        pub done_at: Option<i64>,
        pub failed: bool,
        pub created_at: i64,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
