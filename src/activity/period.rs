//! The period a cockpit view covers: by default the last 30 days, or a date range the community
//! manager chooses, always compared with the equally long period just before it.

use serde::Deserialize;

use crate::db::now_ms;

/// A day in milliseconds: the one constant for day arithmetic on stored timestamps.
pub const DAY_MS: i64 = 86_400_000;

/// The UTC day number of a moment.
pub fn day_of(ms: i64) -> i32 {
    i32::try_from(ms.div_euclid(DAY_MS)).unwrap_or(i32::MAX)
}

/// Today as a UTC day number.
pub fn today() -> i32 {
    day_of(now_ms())
}

/// Days in the default period.
pub const DEFAULT_DAYS: i32 = 30;
/// The longest period one view may cover: thirteen months (a year against the same month
/// last year).
pub const MAX_DAYS: i32 = 400;

/// A range of whole UTC days, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Period {
    /// First day (UTC day number).
    pub from: i32,
    /// Last day (UTC day number).
    pub to: i32,
}

/// The dates as they come from the period form or an export link (`YYYY-MM-DD`).
#[derive(Debug, Default, Clone, Deserialize)]
pub struct PeriodQuery {
    /// First date; empty for the default.
    #[serde(default)]
    pub from: Option<String>,
    /// Last date; empty for the default.
    #[serde(default)]
    pub to: Option<String>,
}

impl PeriodQuery {
    /// The query string that selects this period again (for export links).
    pub fn link(period: Period) -> String {
        format!("from={}&to={}", date_of(period.from), date_of(period.to))
    }
}

impl Period {
    /// The last `DEFAULT_DAYS` days up to and including `today`.
    pub fn last_days(today: i32) -> Self {
        Self {
            from: today - (DEFAULT_DAYS - 1),
            to: today,
        }
    }

    /// The twelve months (365 days) up to and including `today`.
    pub fn last_year(today: i32) -> Self {
        Self {
            from: today - 364,
            to: today,
        }
    }

    /// The number of days covered.
    pub fn days(self) -> i32 {
        self.to - self.from + 1
    }

    /// The equally long period just before this one.
    pub fn previous(self) -> Self {
        Self {
            from: self.from - self.days(),
            to: self.from - 1,
        }
    }

    /// The period's last `days` days (all of it when shorter): 30-day figures such as MAU and
    /// participation read this window of any period.
    pub fn final_days(self, days: i32) -> Period {
        Period {
            from: (self.to - (days - 1)).max(self.from),
            to: self.to,
        }
    }

    /// The first moment of the period and the first moment after it, in epoch milliseconds.
    pub fn millis(self) -> (i64, i64) {
        (
            i64::from(self.from) * DAY_MS,
            (i64::from(self.to) + 1) * DAY_MS,
        )
    }

    /// The period a form or link asks for, or the i18n key of what is wrong with it. Empty
    /// fields mean the default: the last 30 days, or 30 days from / up to the one date given.
    pub fn parse(query: &PeriodQuery, today: i32) -> Result<Self, &'static str> {
        let from = parse_date(query.from.as_deref())?;
        let to = parse_date(query.to.as_deref())?;
        let period = match (from, to) {
            (None, None) => Self::last_days(today),
            (Some(from), None) => Self {
                from,
                to: (from + DEFAULT_DAYS - 1).min(today),
            },
            (None, Some(to)) => Self {
                from: to - (DEFAULT_DAYS - 1),
                to,
            },
            (Some(from), Some(to)) => Self { from, to },
        };
        if period.to < period.from {
            return Err("period-reversed");
        }
        if period.to > today {
            return Err("period-future");
        }
        if period.days() > MAX_DAYS {
            return Err("period-too-long");
        }
        Ok(period)
    }
}

/// A typed date (`YYYY-MM-DD`, UTC) as a day number; none when empty, the i18n key of the
/// message when it is not a date.
pub fn parse_date(text: Option<&str>) -> Result<Option<i32>, &'static str> {
    let Some(text) = text.map(str::trim).filter(|t| !t.is_empty()) else {
        return Ok(None);
    };
    let date: jiff::civil::Date = text.parse().map_err(|_| "period-bad-date")?;
    let start = date
        .to_zoned(jiff::tz::TimeZone::UTC)
        .map_err(|_| "period-bad-date")?;
    Ok(Some(day_of(start.timestamp().as_millisecond())))
}

/// What a date field shows: what was typed (kept, even when refused), or else the date of `day`.
pub fn typed_or_date(typed: Option<&str>, day: i32) -> String {
    typed
        .filter(|t| !t.trim().is_empty())
        .map_or_else(|| date_of(day), str::to_string)
}

/// The calendar date (UTC) of a day number, as `YYYY-MM-DD`.
pub fn date_of(day: i32) -> String {
    jiff::Timestamp::from_second(i64::from(day) * 86_400)
        .map(|t| t.strftime("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(from: &str, to: &str) -> PeriodQuery {
        PeriodQuery {
            from: Some(from.into()),
            to: Some(to.into()),
        }
    }

    #[test]
    fn dates_become_days_and_the_previous_period_is_as_long() {
        // 2026-11-23 is day 20780 since 1970-01-01.
        let today = 20_780;
        assert_eq!(date_of(today), "2026-11-23");
        let p = Period::parse(&query("2026-11-01", "2026-11-10"), today).expect("valid");
        assert_eq!((p.days(), date_of(p.from)), (10, "2026-11-01".to_string()));
        assert_eq!(
            (date_of(p.previous().from), date_of(p.previous().to)),
            ("2026-10-22".to_string(), "2026-10-31".to_string())
        );
        assert_eq!(
            Period::parse(&PeriodQuery::default(), today),
            Ok(Period::last_days(today))
        );
        let from_only = PeriodQuery {
            from: Some("2026-11-20".into()),
            to: Some(" ".into()),
        };
        assert_eq!(Period::parse(&from_only, today).map(|p| p.to), Ok(today));
        assert_eq!(
            PeriodQuery::link(p),
            "from=2026-11-01&to=2026-11-10".to_string()
        );
    }

    #[test]
    fn bad_periods_are_refused_with_a_reason() {
        let today = 20_780;
        let refused = |from: &str, to: &str| Period::parse(&query(from, to), today).err();
        assert_eq!(refused("2026-11-10", "2026-11-01"), Some("period-reversed"));
        assert_eq!(refused("2026-11-01", "2026-12-01"), Some("period-future"));
        assert_eq!(refused("2024-01-01", "2026-11-01"), Some("period-too-long"));
        assert_eq!(refused("1 november", "2026-11-01"), Some("period-bad-date"));
        assert_eq!(refused("2026-02-30", "2026-11-01"), Some("period-bad-date"));
        assert_eq!(refused("2025-11-23", "2026-11-23"), None, "a year is fine");
        // Thirteen months: this month against the same month a year before.
        assert_eq!(
            refused("2025-10-20", "2026-11-23"),
            None,
            "400 days are fine"
        );
        assert_eq!(refused("2025-10-19", "2026-11-23"), Some("period-too-long"));
    }
}
