//! Days on the organisation's calendar, and the period a cockpit view covers: by default the
//! last 30 days, or a date range the community manager chooses, always compared with the equally
//! long period just before it.
//!
//! A day number counts calendar days since 1970-01-01. Which day a moment falls on depends on
//! the organisation's time zone (the `time_zone` setting): [`Calendar`] answers that, so a
//! colleague's visit at 00:30 in Amsterdam counts on the day it was there, not on the day before
//! as in UTC. Day numbers themselves are dates, so turning one into `YYYY-MM-DD` needs no zone.

use serde::Deserialize;

use crate::db::now_ms;

/// A day in milliseconds: the one constant for day arithmetic on stored timestamps.
pub const DAY_MS: i64 = 86_400_000;

/// The day number of a moment on the UTC calendar (a moment at a day's start has its date).
fn utc_day(ms: i64) -> i32 {
    i32::try_from(ms.div_euclid(DAY_MS)).unwrap_or(i32::MAX)
}

/// The organisation's calendar: which day a moment falls on in its time zone, and when a day
/// begins. Every figure, rollup and "today" goes through one, read from the settings where the
/// work starts ([`Calendar::of`]), so recording and reading agree on the days.
#[derive(Debug, Clone)]
pub struct Calendar(jiff::tz::TimeZone);

impl Calendar {
    /// The calendar of `zone`.
    pub fn new(zone: jiff::tz::TimeZone) -> Self {
        Self(zone)
    }

    /// The organisation's calendar now (its `time_zone` setting, Europe/Amsterdam by default).
    pub async fn of(db: &impl sea_orm::ConnectionTrait) -> crate::error::Result<Self> {
        Ok(Self(crate::settings::time_zone(db).await?))
    }

    /// The day number of the moment `ms` (epoch milliseconds) in the organisation's zone.
    pub fn day_of(&self, ms: i64) -> i32 {
        let offset_ms = jiff::Timestamp::from_millisecond(ms)
            .map(|at| i64::from(self.0.to_offset(at).seconds()) * 1000)
            .unwrap_or(0);
        utc_day(ms.saturating_add(offset_ms))
    }

    /// Today's day number.
    pub fn today(&self) -> i32 {
        self.day_of(now_ms())
    }

    /// The first moment of `day` (local midnight, or the first moment after a gap), in epoch
    /// milliseconds.
    pub fn start_of(&self, day: i32) -> i64 {
        civil_date(day)
            .and_then(|date| date.to_zoned(self.0.clone()).ok())
            .map_or(i64::from(day) * DAY_MS, |start| {
                start.timestamp().as_millisecond()
            })
    }
}

/// Today's day number on the organisation's calendar.
pub async fn today(db: &impl sea_orm::ConnectionTrait) -> crate::error::Result<i32> {
    Ok(Calendar::of(db).await?.today())
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
    pub fn millis(self, calendar: &Calendar) -> (i64, i64) {
        (calendar.start_of(self.from), calendar.start_of(self.to + 1))
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

/// A typed date (`YYYY-MM-DD`) as a day number; none when empty, the i18n key of the message
/// when it is not a date.
pub fn parse_date(text: Option<&str>) -> Result<Option<i32>, &'static str> {
    let Some(text) = text.map(str::trim).filter(|t| !t.is_empty()) else {
        return Ok(None);
    };
    let date: jiff::civil::Date = text.parse().map_err(|_| "period-bad-date")?;
    day_number(date).map(Some).ok_or("period-bad-date")
}

/// The Monday of the week `day` falls in (day 0, 1 January 1970, was a Thursday): the weeks
/// that mail reach and search misses are counted in.
pub fn monday_of(day: i32) -> i32 {
    day - (day + 3).rem_euclid(7)
}

/// The day number of a calendar date.
pub fn day_number(date: jiff::civil::Date) -> Option<i32> {
    let start = date.to_zoned(jiff::tz::TimeZone::UTC).ok()?;
    Some(utc_day(start.timestamp().as_millisecond()))
}

/// The calendar date of a day number.
pub fn civil_date(day: i32) -> Option<jiff::civil::Date> {
    let start = jiff::Timestamp::from_millisecond(i64::from(day) * DAY_MS).ok()?;
    Some(start.to_zoned(jiff::tz::TimeZone::UTC).date())
}

/// What a date field shows: what was typed (kept, even when refused), or else the date of `day`.
pub fn typed_or_date(typed: Option<&str>, day: i32) -> String {
    typed
        .filter(|t| !t.trim().is_empty())
        .map_or_else(|| date_of(day), str::to_string)
}

/// The calendar date of a day number, as `YYYY-MM-DD`.
pub fn date_of(day: i32) -> String {
    civil_date(day).map(|d| d.to_string()).unwrap_or_default()
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

    fn zone(name: &str) -> Calendar {
        Calendar::new(jiff::tz::TimeZone::get(name).expect("a zone"))
    }

    fn ms(instant: &str) -> i64 {
        instant
            .parse::<jiff::Timestamp>()
            .expect("an instant")
            .as_millisecond()
    }

    /// A moment counts on the organisation's date, in winter and in summer time alike, and a
    /// day starts at local midnight.
    #[test]
    fn days_are_the_organisation_s_days() {
        let amsterdam = zone("Europe/Amsterdam");
        let december_2 = parse_date(Some("2026-12-02"))
            .expect("a date")
            .expect("a day");
        assert_eq!(amsterdam.day_of(ms("2026-12-01T23:30:00Z")), december_2);
        assert_eq!(amsterdam.day_of(ms("2026-12-01T22:59:59Z")), december_2 - 1);
        assert_eq!(amsterdam.start_of(december_2), ms("2026-12-01T23:00:00Z"));
        let july_1 = parse_date(Some("2026-07-01"))
            .expect("a date")
            .expect("a day");
        assert_eq!(amsterdam.day_of(ms("2026-06-30T22:00:00Z")), july_1);
        assert_eq!(amsterdam.start_of(july_1), ms("2026-06-30T22:00:00Z"));
        let utc = zone("UTC");
        assert_eq!(utc.day_of(ms("2026-12-01T23:30:00Z")), december_2 - 1);
        assert_eq!(utc.start_of(december_2), ms("2026-12-02T00:00:00Z"));
        // The day the clocks go back has 25 hours; the next starts at its own midnight.
        let october_25 = parse_date(Some("2026-10-25"))
            .expect("a date")
            .expect("a day");
        let hours = amsterdam.start_of(october_25 + 1) - amsterdam.start_of(october_25);
        assert_eq!(hours, 25 * 3_600_000);
        assert_eq!(date_of(december_2), "2026-12-02");
        assert_eq!(
            civil_date(december_2).map(day_number),
            Some(Some(december_2))
        );
    }

    /// A period's moments run from the local midnight of its first day to that of the day
    /// after its last.
    #[test]
    fn a_period_covers_its_local_days() {
        let amsterdam = zone("Europe/Amsterdam");
        let day = parse_date(Some("2026-12-02"))
            .expect("a date")
            .expect("a day");
        let period = Period { from: day, to: day };
        assert_eq!(
            period.millis(&amsterdam),
            (ms("2026-12-01T23:00:00Z"), ms("2026-12-02T23:00:00Z"))
        );
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
