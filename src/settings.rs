//! Run-time settings, stored so every instance agrees: one registry of typed settings (a key,
//! its type, range and default, and who may change it), read and written through their own
//! methods so no caller parses stored text.

use std::ops::RangeInclusive;

use sea_orm::entity::prelude::*;
use sea_orm::{ActiveValue::Set, ConnectionTrait, sea_query::OnConflict};

use crate::error::{Error, Result};

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

/// Who may change a setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Steward {
    /// Administrators: platform rules, privacy, retention and moderation.
    Admin,
    /// The community team (community managers and administrators): how the work queue runs.
    CommunityTeam,
}

/// A yes/no setting, `false` until set.
#[derive(Debug)]
pub struct Flag {
    /// The stored key.
    pub key: &'static str,
    /// Who may change it.
    pub steward: Steward,
}

/// A whole-number setting: stored text outside `range` (or none) reads as `default`.
#[derive(Debug)]
pub struct Number {
    /// The stored key.
    pub key: &'static str,
    /// What may be chosen.
    pub range: RangeInclusive<i64>,
    /// The value until one is chosen (it may lie outside `range`, as "off" does).
    pub default: i64,
    /// Who may change it.
    pub steward: Steward,
}

/// A text setting (Markdown, JSON or a name), unset until chosen.
#[derive(Debug)]
pub struct Text {
    /// The stored key.
    pub key: &'static str,
    /// Who may change it.
    pub steward: Steward,
}

impl Flag {
    /// The stored value.
    pub async fn get(&self, db: &impl ConnectionTrait) -> Result<bool> {
        Ok(text(db, self.key).await?.is_some_and(|v| v == "true"))
    }

    /// Stores `value`.
    pub async fn set(&self, db: &impl ConnectionTrait, value: bool) -> Result<()> {
        set_text(db, self.key, &value.to_string()).await
    }
}

impl Number {
    /// The stored value within the range, or the default.
    pub async fn get(&self, db: &impl ConnectionTrait) -> Result<i64> {
        let stored = text(db, self.key)
            .await?
            .and_then(|v| v.parse::<i64>().ok())
            .filter(|n| self.range.contains(n));
        Ok(stored.unwrap_or(self.default))
    }

    /// Stores `value`; a value outside the range is refused (forms check first, with their
    /// own message) and nothing is written.
    pub async fn set(&self, db: &impl ConnectionTrait, value: i64) -> Result<()> {
        if !self.range.contains(&value) && value != self.default {
            return Err(Error::invalid(self.key, "error-invalid"));
        }
        set_text(db, self.key, &value.to_string()).await
    }
}

impl Text {
    /// The stored text, if set.
    pub async fn get(&self, db: &impl ConnectionTrait) -> Result<Option<String>> {
        text(db, self.key).await
    }

    /// Stores `value`.
    pub async fn set(&self, db: &impl ConnectionTrait, value: &str) -> Result<()> {
        set_text(db, self.key, value).await
    }
}

/// Whether anyone may create an account themselves (off by default).
pub const OPEN_REGISTRATION: Flag = Flag {
    key: "open_registration",
    steward: Steward::Admin,
};

/// Password sign-in switched off for everyone but [`BREAK_GLASS_EMAIL`] (single sign-on only).
pub const PASSWORD_SIGN_IN_OFF: Flag = Flag {
    key: "password_sign_in_off",
    steward: Steward::Admin,
};

/// The address of the emergency administrator who may still sign in with a password when
/// password sign-in is off (for when the identity provider is down).
pub const BREAK_GLASS_EMAIL: Text = Text {
    key: "break_glass_email",
    steward: Steward::Admin,
};

/// Hides the cockpit's top contributors (shown unless an administrator hides them).
pub const HIDE_TOP_CONTRIBUTORS: Flag = Flag {
    key: "hide_top_contributors",
    steward: Steward::Admin,
};

/// The organisation's time zone (events are planned and shown in it), as an IANA name.
pub const TIME_ZONE: Text = Text {
    key: "time_zone",
    steward: Steward::Admin,
};

/// The time zone used until an administrator chooses one.
pub const DEFAULT_TIME_ZONE: &str = "Europe/Amsterdam";

/// The smallest group of people a figure may describe (privacy: no count over fewer people);
/// never below 5.
pub const MIN_GROUP_SIZE: Number = Number {
    key: "min_group_size",
    range: 5..=1000,
    default: 10,
    steward: Steward::Admin,
};

/// How many days raw activity events are kept (the rollups stay): 13 months until an
/// administrator chooses, between a month (the cockpit's audits of the figures need some raw
/// history) and five years.
pub const ACTIVITY_RETENTION_DAYS: Number = Number {
    key: "activity_retention_days",
    range: 30..=1826,
    default: 396,
    steward: Steward::Admin,
};

/// Hours a question may wait for an answer before it becomes a task.
pub const QUESTION_PATIENCE_HOURS: Number = Number {
    key: "tasks_question_hours",
    range: 1..=720,
    default: 24,
    steward: Steward::CommunityTeam,
};

/// Days an idea may wait for a response before it becomes a task.
pub const IDEA_PATIENCE_DAYS: Number = Number {
    key: "tasks_idea_days",
    range: 1..=90,
    default: 7,
    steward: Steward::CommunityTeam,
};

/// Days a dismissed or finished task keeps its generator from making it again.
pub const TASK_MEMORY_DAYS: Number = Number {
    key: "tasks_memory_days",
    range: 1..=365,
    default: 30,
    steward: Steward::CommunityTeam,
};

/// The house rules members agree to, as Markdown (empty: the built-in rules in the reader's
/// language).
pub const HOUSE_RULES: Text = Text {
    key: "house_rules",
    steward: Steward::Admin,
};

/// The 5 B's phase thresholds as adjusted by an administrator (JSON; defaults when unset).
pub const PHASE_THRESHOLDS: Text = Text {
    key: "phase_thresholds",
    steward: Steward::Admin,
};

/// After how many open flags (from different members) content is hidden pending review; 0 is
/// off, which is the default: hiding without a person deciding should be a deliberate choice.
pub const AUTOHIDE_FLAGS: Number = Number {
    key: "moderation_autohide_flags",
    range: 2..=50,
    default: 0,
    steward: Steward::Admin,
};

/// The decision model's matrix (see `moderation::decision::Matrix::encode`).
pub const MODERATION_MATRIX: Text = Text {
    key: "moderation_matrix",
    steward: Steward::Admin,
};

/// The largest file a member may attach, in megabytes (images are then re-encoded smaller), set
/// by administrators; at most 25, since a post's whole upload may be at most 26 MB.
pub const ATTACHMENT_MAX_MB: Number = Number {
    key: "attachment_max_mb",
    range: 1..=25,
    default: 10,
    steward: Steward::Admin,
};

/// The prefix of the message templates' keys (`message_template.<template>.<lang>`), a family
/// of texts the community team edits.
pub const MESSAGE_TEMPLATE_PREFIX: &str = "message_template.";

/// Every key of the registry (for the test that keeps them distinct).
#[cfg(test)]
const KEYS: [&str; 13] = [
    OPEN_REGISTRATION.key,
    HIDE_TOP_CONTRIBUTORS.key,
    TIME_ZONE.key,
    MIN_GROUP_SIZE.key,
    ACTIVITY_RETENTION_DAYS.key,
    QUESTION_PATIENCE_HOURS.key,
    IDEA_PATIENCE_DAYS.key,
    TASK_MEMORY_DAYS.key,
    HOUSE_RULES.key,
    PHASE_THRESHOLDS.key,
    AUTOHIDE_FLAGS.key,
    MODERATION_MATRIX.key,
    ATTACHMENT_MAX_MB.key,
];

/// Reads a stored text by key (the typed settings above and the message-template family).
pub async fn text(db: &impl ConnectionTrait, key: &str) -> Result<Option<String>> {
    let row = entity::Entity::find_by_id(key.to_string()).one(db).await?;
    Ok(row.map(|r| r.value))
}

/// Stores a text by key.
pub async fn set_text(db: &impl ConnectionTrait, key: &str, value: &str) -> Result<()> {
    store_text(db, key, value, true).await
}

/// The text stored by `key`, storing `value` first when there is none: every instance gets the
/// same one, whichever made it (a key made once, say).
pub async fn text_or_insert(db: &impl ConnectionTrait, key: &str, value: &str) -> Result<String> {
    store_text(db, key, value, false).await?;
    Ok(text(db, key).await?.unwrap_or_else(|| value.to_string()))
}

async fn store_text(
    db: &impl ConnectionTrait,
    key: &str,
    value: &str,
    replace: bool,
) -> Result<()> {
    let model = entity::ActiveModel {
        key: Set(key.to_string()),
        value: Set(value.to_string()),
    };
    let mut on_conflict = OnConflict::column(entity::Column::Key);
    if replace {
        on_conflict.update_column(entity::Column::Value);
    } else {
        on_conflict.do_nothing();
    }
    entity::Entity::insert(model)
        .on_conflict(on_conflict.to_owned())
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// The organisation's time zone; the default when unset or no longer known.
pub async fn time_zone(db: &impl ConnectionTrait) -> Result<jiff::tz::TimeZone> {
    let name = TIME_ZONE.get(db).await?;
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

/// The configured minimum group size.
pub async fn min_group_size(db: &impl ConnectionTrait) -> Result<i64> {
    MIN_GROUP_SIZE.get(db).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_distinct_and_defaults_sensible() {
        let distinct: std::collections::BTreeSet<_> = KEYS.iter().collect();
        assert_eq!(distinct.len(), KEYS.len());
        assert!(KEYS.iter().all(|k| !k.starts_with(MESSAGE_TEMPLATE_PREFIX)));
        for number in [
            &MIN_GROUP_SIZE,
            &ACTIVITY_RETENTION_DAYS,
            &QUESTION_PATIENCE_HOURS,
            &IDEA_PATIENCE_DAYS,
            &TASK_MEMORY_DAYS,
        ] {
            assert!(number.range.contains(&number.default), "{}", number.key);
        }
        assert!(
            *MIN_GROUP_SIZE.range.start() >= 5,
            "privacy: never below five"
        );
    }
}
