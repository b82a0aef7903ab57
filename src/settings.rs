//! Platform settings that administrators change at run time (stored, so every instance agrees).

use sea_orm::entity::prelude::*;
use sea_orm::{ActiveValue::Set, ConnectionTrait, sea_query::OnConflict};

use crate::error::Result;

/// Key/value rows.
pub mod entity {
    use sea_orm::entity::prelude::*;

    /// One setting.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "settings")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub key: String,
        pub value: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// Hides the cockpit's top contributors (shown unless an administrator hides them).
pub const HIDE_TOP_CONTRIBUTORS: &str = "hide_top_contributors";

/// Whether anyone may create an account themselves (off by default).
pub const OPEN_REGISTRATION: &str = "open_registration";

/// Reads a boolean setting, `false` when unset.
pub async fn flag(db: &impl ConnectionTrait, key: &str) -> Result<bool> {
    Ok(text(db, key).await?.is_some_and(|v| v == "true"))
}

/// Stores a boolean setting.
pub async fn set_flag(db: &impl ConnectionTrait, key: &str, value: bool) -> Result<()> {
    set_text(db, key, &value.to_string()).await
}

/// The organisation's time zone (events are planned and shown in it), as an IANA name.
pub const TIME_ZONE: &str = "time_zone";

/// The time zone used until an administrator chooses one.
pub const DEFAULT_TIME_ZONE: &str = "Europe/Amsterdam";

/// Reads a text setting, if set.
pub async fn text(db: &impl ConnectionTrait, key: &str) -> Result<Option<String>> {
    let row = entity::Entity::find_by_id(key.to_string()).one(db).await?;
    Ok(row.map(|r| r.value))
}

/// Stores a text setting.
pub async fn set_text(db: &impl ConnectionTrait, key: &str, value: &str) -> Result<()> {
    let model = entity::ActiveModel {
        key: Set(key.to_string()),
        value: Set(value.to_string()),
    };
    entity::Entity::insert(model)
        .on_conflict(
            OnConflict::column(entity::Column::Key)
                .update_column(entity::Column::Value)
                .to_owned(),
        )
        .exec(db)
        .await?;
    Ok(())
}

/// The organisation's time zone; the default when unset or no longer known.
pub async fn time_zone(db: &impl ConnectionTrait) -> Result<jiff::tz::TimeZone> {
    let name = text(db, TIME_ZONE).await?;
    Ok(name
        .and_then(|n| jiff::tz::TimeZone::get(&n).ok())
        .unwrap_or_else(|| {
            jiff::tz::TimeZone::get(DEFAULT_TIME_ZONE).unwrap_or(jiff::tz::TimeZone::UTC)
        }))
}

/// The IANA name of the organisation's time zone, for hints beside time fields.
pub async fn time_zone_name(db: &impl ConnectionTrait) -> Result<String> {
    Ok(time_zone(db)
        .await?
        .iana_name()
        .unwrap_or(DEFAULT_TIME_ZONE)
        .to_string())
}

/// The smallest group of people a figure may describe (privacy: no count over fewer people).
pub const MIN_GROUP_SIZE: &str = "min_group_size";

/// The minimum group size until an administrator sets one.
pub const DEFAULT_MIN_GROUP_SIZE: i64 = 10;

/// The lowest minimum group size an administrator may choose.
pub const LOWEST_MIN_GROUP_SIZE: i64 = 5;

/// The configured minimum group size (never below the lowest allowed).
pub async fn min_group_size(db: &impl ConnectionTrait) -> Result<i64> {
    let stored = text(db, MIN_GROUP_SIZE)
        .await?
        .and_then(|v| v.parse::<i64>().ok());
    Ok(stored
        .unwrap_or(DEFAULT_MIN_GROUP_SIZE)
        .max(LOWEST_MIN_GROUP_SIZE))
}

/// How many days raw activity events are kept (the rollups stay).
pub const ACTIVITY_RETENTION_DAYS: &str = "activity_retention_days";

/// The retention until an administrator sets one: 13 months.
pub const DEFAULT_ACTIVITY_RETENTION_DAYS: i64 = 396;

/// The shortest and longest retention an administrator may choose: a month (the cockpit's
/// audits of the figures need some raw history) to five years.
pub const ACTIVITY_RETENTION_RANGE: std::ops::RangeInclusive<i64> = 30..=1826;

/// The configured retention of raw activity events, in days.
pub async fn activity_retention_days(db: &impl ConnectionTrait) -> Result<i64> {
    number_in(
        db,
        ACTIVITY_RETENTION_DAYS,
        &ACTIVITY_RETENTION_RANGE,
        DEFAULT_ACTIVITY_RETENTION_DAYS,
    )
    .await
}

/// A stored whole number within `range`, or `default` when unset or out of range.
pub async fn number_in(
    db: &impl ConnectionTrait,
    key: &str,
    range: &std::ops::RangeInclusive<i64>,
    default: i64,
) -> Result<i64> {
    let stored = text(db, key)
        .await?
        .and_then(|v| v.parse::<i64>().ok())
        .filter(|n| range.contains(n));
    Ok(stored.unwrap_or(default))
}

/// A number setting of the work queue: its key, its range and its default.
pub type NumberSetting = (&'static str, std::ops::RangeInclusive<i64>, i64);

/// Hours a question may wait for an answer before it becomes a task.
pub const QUESTION_PATIENCE_HOURS: NumberSetting = ("tasks_question_hours", 1..=720, 24);

/// Days an idea may wait for a response before it becomes a task.
pub const IDEA_PATIENCE_DAYS: NumberSetting = ("tasks_idea_days", 1..=90, 7);

/// Days a dismissed or finished task keeps its generator from making it again.
pub const TASK_MEMORY_DAYS: NumberSetting = ("tasks_memory_days", 1..=365, 30);

/// The value of a number setting.
pub async fn number(db: &impl ConnectionTrait, setting: &NumberSetting) -> Result<i64> {
    number_in(db, setting.0, &setting.1, setting.2).await
}

/// The house rules members agree to, as Markdown (empty: the built-in rules in the reader's
/// language).
pub const HOUSE_RULES: &str = "house_rules";

/// The 5 B's phase thresholds as adjusted by an administrator (JSON; defaults when unset).
pub const PHASE_THRESHOLDS: &str = "phase_thresholds";

/// After how many open flags (from different members) content is hidden pending review; 0 is
/// off, which is the default: hiding without a person deciding should be a deliberate choice.
pub const AUTOHIDE_FLAGS: &str = "moderation_autohide_flags";

/// The thresholds administrators may choose for automatic hiding (besides 0, off).
pub const AUTOHIDE_FLAGS_RANGE: std::ops::RangeInclusive<i64> = 2..=50;

/// The decision model's matrix (see `moderation::decision::Matrix::encode`).
pub const MODERATION_MATRIX: &str = "moderation_matrix";

/// The configured automatic-hiding threshold; 0 when off.
pub async fn autohide_flags(db: &impl ConnectionTrait) -> Result<i64> {
    number_in(db, AUTOHIDE_FLAGS, &AUTOHIDE_FLAGS_RANGE, 0).await
}
