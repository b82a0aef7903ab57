//! How cockpit figures read in each language, shared by the dashboard and the stored reports so
//! a figure looks the same in both.

use super::departments::DepartmentName;
use super::phase::Phase;
use crate::i18n::Lang;

/// A figure with one decimal: a decimal comma in Dutch.
pub fn one_decimal(lang: Lang, value: f64) -> String {
    let text = format!("{value:.1}");
    if lang.code() == "nl" {
        text.replace('.', ",")
    } else {
        text
    }
}

/// Hours with one decimal and the unit.
pub fn hours(lang: Lang, hours: f64) -> String {
    lang.t1("cockpit-hours", "hours", &one_decimal(lang, hours))
}

/// A phase's name.
pub fn phase_name(lang: Lang, phase: Phase) -> String {
    lang.t(&format!("phase-{}", phase.key()))
}

/// What community managers should focus on in a phase (seed 001).
pub fn phase_focus(lang: Lang, phase: Phase) -> String {
    lang.t(&format!("phase-{}-focus", phase.key()))
}

/// A segment's name.
pub fn segment_name(lang: Lang, segment: &str) -> String {
    lang.t(&format!("segment-{segment}"))
}

/// A department row's name.
pub fn department_name(lang: Lang, name: &DepartmentName) -> String {
    match name {
        DepartmentName::Named(name) => name.clone(),
        DepartmentName::NotGiven => lang.t("departments-not-given"),
        DepartmentName::Smaller(n) => lang.tn(
            "departments-smaller",
            "count",
            i64::try_from(*n).unwrap_or(0),
        ),
    }
}
