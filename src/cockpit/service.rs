//! The cockpit's rules: who may open it (every view is logged) and the administrators'
//! adjustment of the phase thresholds. The figures themselves come from `insights`.

use super::repo;
use crate::auth::Viewer;
use crate::db::{Db, now_ms};
use crate::error::{Error, Result};
use crate::insights::phase::{self, Thresholds};

/// Community managers, administrators and senior managers see the cockpit; every view is
/// logged.
pub async fn open(db: &Db, viewer: &Viewer, path: &str) -> Result<()> {
    if !viewer.sees_cockpit() {
        return Err(Error::Forbidden);
    }
    Ok(repo::log_view(db, viewer.id, path, now_ms()).await?)
}

/// Reads adjusted thresholds from a form (field name → typed value), every field checked
/// against its range; nothing is kept unless all are valid.
pub fn parse_thresholds(form: &std::collections::HashMap<String, String>) -> Result<Thresholds> {
    let mut checks = crate::validate::Checks::new();
    let mut thresholds = Thresholds::default();
    for adjustable in &phase::ADJUSTABLE {
        let (low, high) = adjustable.range();
        let typed = form
            .get(adjustable.field)
            .map(|v| v.trim().replace(',', "."));
        match typed.and_then(|v| v.parse::<f64>().ok()) {
            Some(value) if (low..=high).contains(&value) => {
                (adjustable.set)(&mut thresholds, value)
            }
            _ if adjustable.hours => checks.fail(adjustable.field, "error-threshold-hours"),
            _ => checks.fail(adjustable.field, "error-threshold-percent"),
        }
    }
    checks.finish()?;
    Ok(thresholds)
}

/// Stores adjusted thresholds (administrators only).
pub async fn save_thresholds(db: &Db, viewer: &Viewer, thresholds: &Thresholds) -> Result<()> {
    viewer.require_steward(crate::settings::PHASE_THRESHOLDS.steward)?;
    let json = serde_json::to_string(thresholds)
        .map_err(|_| Error::invalid("thresholds", "error-threshold-percent"))?;
    crate::settings::PHASE_THRESHOLDS.set(db, &json).await
}
