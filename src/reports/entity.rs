//! Tables owned by the reports capability.

/// Posts marked for the report: good examples, success stories, quotes.
pub mod highlight {
    use sea_orm::entity::prelude::*;

    /// One mark.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "report_highlights")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub post_id: i64,
        /// `example`, `success` or `quote` (see `service::HighlightKind`).
        pub kind: String,
        /// The words picked (quotes; empty otherwise).
        pub quote: String,
        pub marked_by: i64,
        pub marked_at: i64,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// Stored reports, rendered once in each language.
pub mod report {
    use sea_orm::entity::prelude::*;

    /// One report of one month or quarter.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "reports")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        /// `month` or `quarter`.
        pub cadence: String,
        pub period_from: i32,
        pub period_to: i32,
        pub created_by: i64,
        pub created_at: i64,
        /// The cockpit's figures as they were (the report's JSON export).
        pub figures_json: String,
        pub html_en: String,
        pub html_nl: String,
        /// What a mail of the report says, in English (JSON of `service::MailSummary`; empty
        /// for reports made before reports could be mailed).
        pub mail_en: String,
        /// The same in Dutch.
        pub mail_nl: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// Who a report was mailed to: they may read that report's page.
pub mod reader {
    use sea_orm::entity::prelude::*;

    /// One reader of one report.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "report_readers")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub report_id: i64,
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: i64,
        pub sent_by: i64,
        pub sent_at: i64,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
