//! The platform settings administrators change (registration, top contributors, time zone,
//! minimum group size, retention of raw activity, the largest attachment): checked as a whole, then written in one
//! transaction, so a refused form changes nothing and instances never see half a change.

use serde::Deserialize;

use crate::auth::Viewer;
use crate::db::Db;
use crate::error::Result;
use crate::settings;
use crate::validate::Checks;

/// The settings form as typed. An empty number or time-zone field keeps the current value.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct SettingsForm {
    /// Present when anyone may register.
    pub open_registration: Option<String>,
    /// Present when the cockpit shows top contributors.
    pub show_top_contributors: Option<String>,
    /// An IANA time-zone name.
    pub time_zone: String,
    /// The minimum group size.
    pub min_group_size: String,
    /// Days raw activity is kept.
    pub retention_days: String,
    /// The largest attachment, in MB.
    pub attachment_max_mb: String,
}

/// The settings as stored, in the form's shape.
pub async fn current(db: &Db) -> Result<SettingsForm> {
    let flag = |on: bool| on.then(|| "on".to_string());
    Ok(SettingsForm {
        open_registration: flag(settings::OPEN_REGISTRATION.get(db).await?),
        show_top_contributors: flag(!settings::HIDE_TOP_CONTRIBUTORS.get(db).await?),
        time_zone: settings::time_zone_name(db).await?,
        min_group_size: settings::MIN_GROUP_SIZE.get(db).await?.to_string(),
        retention_days: settings::ACTIVITY_RETENTION_DAYS.get(db).await?.to_string(),
        attachment_max_mb: settings::ATTACHMENT_MAX_MB.get(db).await?.to_string(),
    })
}

/// A number field: empty keeps the current value, anything else must be in the setting's range.
fn optional_number(
    checks: &mut Checks,
    field: &'static str,
    typed: &str,
    setting: &settings::Number,
    refusal: &'static str,
) -> Option<i64> {
    if typed.trim().is_empty() {
        return None;
    }
    checks.number(field, typed, &setting.range, refusal)
}

/// Checks every field, then stores them all in one transaction (administrators only).
pub async fn save(db: &Db, viewer: &Viewer, form: &SettingsForm) -> Result<()> {
    for steward in [
        settings::OPEN_REGISTRATION.steward,
        settings::HIDE_TOP_CONTRIBUTORS.steward,
        settings::TIME_ZONE.steward,
        settings::MIN_GROUP_SIZE.steward,
        settings::ACTIVITY_RETENTION_DAYS.steward,
        settings::ATTACHMENT_MAX_MB.steward,
    ] {
        viewer.require_steward(steward)?;
    }
    let mut checks = Checks::new();
    let zone = form.time_zone.trim();
    if !zone.is_empty() && jiff::tz::TimeZone::get(zone).is_err() {
        checks.fail("time_zone", "error-time-zone");
    }
    let size = optional_number(
        &mut checks,
        "min_group_size",
        &form.min_group_size,
        &settings::MIN_GROUP_SIZE,
        "error-min-group-size",
    );
    let retention = optional_number(
        &mut checks,
        "retention_days",
        &form.retention_days,
        &settings::ACTIVITY_RETENTION_DAYS,
        "error-retention-days",
    );
    let attachment_mb = optional_number(
        &mut checks,
        "attachment_max_mb",
        &form.attachment_max_mb,
        &settings::ATTACHMENT_MAX_MB,
        "error-attachment-max-mb",
    );
    checks.finish()?;
    let tx = crate::db::begin_write(db).await?;
    if let Some(size) = size {
        settings::MIN_GROUP_SIZE.set(&tx, size).await?;
    }
    if let Some(days) = retention {
        settings::ACTIVITY_RETENTION_DAYS.set(&tx, days).await?;
    }
    if let Some(mb) = attachment_mb {
        settings::ATTACHMENT_MAX_MB.set(&tx, mb).await?;
    }
    let open = form.open_registration.is_some();
    settings::OPEN_REGISTRATION.set(&tx, open).await?;
    let hidden = form.show_top_contributors.is_none();
    settings::HIDE_TOP_CONTRIBUTORS.set(&tx, hidden).await?;
    let zone_changed = !zone.is_empty() && zone != settings::time_zone_name(&tx).await?;
    if zone_changed {
        settings::TIME_ZONE.set(&tx, zone).await?;
        // The top contributors' rollup keeps each item's day: recount them in the new zone.
        crate::posts::contributions::queue_rebuild(&tx).await?;
    }
    tx.commit().await?;
    if zone_changed {
        crate::jobs::wake();
    }
    Ok(())
}
