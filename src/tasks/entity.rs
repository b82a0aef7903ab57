//! Tables owned by the work queue.

/// Tasks of the community-management team.
pub mod task {
    use sea_orm::entity::prelude::*;

    /// One task, generated from what happens or made by the team.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "tasks")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        /// See `kind::TaskKind`.
        pub kind: String,
        /// What the task is about (`post:12`, `group:3`, `week:2026-48`): a generator never
        /// makes two live tasks, nor one within the dismissal memory, for the same subject.
        pub subject_key: String,
        pub group_id: Option<i64>,
        pub post_id: Option<i64>,
        /// The member it is about (a newcomer to welcome).
        pub user_id: Option<i64>,
        /// A short generator-written code or the routine task's title.
        pub detail: String,
        /// See `kind::Status`.
        pub status: String,
        pub assignee_id: Option<i64>,
        pub due_day: Option<i32>,
        pub snoozed_until: Option<i64>,
        pub dismissed_reason: String,
        /// The team member who made it (none: a generator).
        pub created_by: Option<i64>,
        pub created_at: i64,
        pub updated_at: i64,
        pub closed_at: Option<i64>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// The members a batch task concerns (incomplete profiles, members gone quiet).
pub mod task_member {
    use sea_orm::entity::prelude::*;

    /// One member of one task.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "task_members")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub task_id: i64,
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: i64,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// A task's history and comments.
pub mod task_event {
    use sea_orm::entity::prelude::*;

    /// One change or comment.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "task_events")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub task_id: i64,
        /// None: Plein (a generator).
        pub actor_id: Option<i64>,
        /// `created`, `assigned`, `status`, `due`, `comment`, `resolved`, `action`.
        pub kind: String,
        /// The comment's text, or the change's new value.
        pub detail: String,
        pub created_at: i64,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// Routine tasks the team defines (weekly, monthly).
pub mod routine {
    use sea_orm::entity::prelude::*;

    /// One routine.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "routine_tasks")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub title: String,
        /// `weekly` or `monthly`.
        pub cadence: String,
        pub assignee_id: Option<i64>,
        /// The next day (epoch day) a task is due.
        pub next_day: i32,
        pub created_by: i64,
        pub created_at: i64,
        pub active: bool,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
