//! Tables owned by the activity record.

/// Raw events (append-only, expire after the retention period).
pub mod event {
    use sea_orm::entity::prelude::*;

    /// One thing a member did.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "activity_events")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub occurred_at: i64,
        pub day: i32,
        pub user_id: i64,
        pub kind: String,
        pub group_id: Option<i64>,
        pub post_id: Option<i64>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// Counts per day × group (0: none) × kind × segment.
pub mod daily {
    use sea_orm::entity::prelude::*;

    /// One count.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "activity_counts")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub day: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub group_id: i64,
        #[sea_orm(primary_key, auto_increment = false)]
        pub kind: String,
        /// Who did it, as a segment (see `kind::Segment`).
        #[sea_orm(primary_key, auto_increment = false)]
        pub segment: String,
        pub count: i64,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// Which members were active on a day (distinct active members: DAU, WAU, MAU).
pub mod daily_member {
    use sea_orm::entity::prelude::*;

    /// One member active on one day.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "activity_daily_members")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub day: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: i64,
        /// The highest participation level reached that day (see `kind::Level`).
        pub level: i16,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// Counts per day × kind × segment over all groups: the community-wide figures read these few
/// rows instead of summing every group's.
pub mod total {
    use sea_orm::entity::prelude::*;

    /// One count.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "activity_totals")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub day: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub kind: String,
        #[sea_orm(primary_key, auto_increment = false)]
        pub segment: String,
        pub count: i64,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// Each member's first and last active days (the activated share, and figures over windows
/// ending today, without scanning every day).
pub mod first_day {
    use sea_orm::entity::prelude::*;

    /// One member ever active.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "activity_members")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: i64,
        pub first_day: i32,
        /// The last day they were active.
        pub last_day: Option<i32>,
        /// The last day they reacted, replied or posted (level 1 or more).
        pub last_contributed: Option<i32>,
        /// The last day they posted (level 2).
        pub last_created: Option<i32>,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// Each member's last day of taking part in each group (active and idle groups).
pub mod group_member {
    use sea_orm::entity::prelude::*;

    /// One member who took part in one group.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "activity_group_members")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub group_id: i64,
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: i64,
        pub last_day: i32,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// Live posts and comments per day × group × author (the top contributors): a cache of the
/// content tables that the posts capability corrects whenever content is deleted, hidden, shown
/// again or moved, so any 30-day window is a sum over these rows instead of a scan of posts and
/// comments.
pub mod contribution {
    use sea_orm::entity::prelude::*;

    /// One author's count in one group on one day.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "activity_contributions")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub day: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub group_id: i64,
        #[sea_orm(primary_key, auto_increment = false)]
        pub author_id: i64,
        pub count: i64,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// Who came in from a link in a digest or newsletter, once per day and kind: kept only to count
/// those people together (at least the minimum group size), and only as long as the outbox it
/// is compared with.
pub mod mail_arrival {
    use sea_orm::entity::prelude::*;

    /// One member who followed a link of one kind of mail on one day.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "activity_mail_arrivals")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub day: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub kind: String,
        #[sea_orm(primary_key, auto_increment = false)]
        pub user_id: i64,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
