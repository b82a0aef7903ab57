//! The periods a report covers: a calendar month (`2026-10`) or quarter (`2026-Q3`), in the
//! organisation's days like the cockpit, and only once it is over (a report of a period still running would change).

use jiff::civil::Date;

use crate::activity::period::{Period, civil_date as date_of_day, day_number};

crate::stored_enum! {
    /// How often reports are made.
    pub enum Cadence {
        /// A calendar month.
        Month = "month",
        /// A calendar quarter.
        Quarter = "quarter",
    }
}

/// One month or quarter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReportPeriod {
    /// Month or quarter.
    pub cadence: Cadence,
    /// The year.
    pub year: i16,
    /// The month (1–12) or quarter (1–4).
    pub number: i8,
}

impl ReportPeriod {
    /// Reads `2026-10` or `2026-Q3`; `None` for anything else.
    pub fn parse(text: &str) -> Option<Self> {
        let (year, rest) = text.trim().split_once('-')?;
        let year: i16 = year.parse().ok().filter(|y| (2000..=9999).contains(y))?;
        let (cadence, number, range) = match rest.strip_prefix('Q') {
            Some(q) => (Cadence::Quarter, q.parse().ok()?, 1..=4),
            None => (Cadence::Month, rest.parse().ok()?, 1..=12),
        };
        range.contains(&number).then_some(Self {
            cadence,
            year,
            number,
        })
    }

    /// The form value (`2026-10`, `2026-Q3`).
    pub fn value(self) -> String {
        match self.cadence {
            Cadence::Month => format!("{}-{:02}", self.year, self.number),
            Cadence::Quarter => format!("{}-Q{}", self.year, self.number),
        }
    }

    /// The first calendar month of the period.
    fn first_month(self) -> i8 {
        match self.cadence {
            Cadence::Month => self.number,
            Cadence::Quarter => (self.number - 1) * 3 + 1,
        }
    }

    /// The days covered.
    pub fn days(self) -> Option<Period> {
        let first = Date::new(self.year, self.first_month(), 1).ok()?;
        let months = match self.cadence {
            Cadence::Month => 1,
            Cadence::Quarter => 3,
        };
        let next = first.checked_add(jiff::Span::new().months(months)).ok()?;
        Some(Period {
            from: day_number(first)?,
            to: day_number(next)? - 1,
        })
    }

    /// The period by its stored cadence and first day (as reports are stored).
    pub fn of_stored(cadence: &str, from: i32) -> Option<Self> {
        let date = date_of_day(from)?;
        let cadence = match cadence {
            "quarter" => Cadence::Quarter,
            _ => Cadence::Month,
        };
        let number = match cadence {
            Cadence::Month => date.month(),
            Cadence::Quarter => (date.month() - 1) / 3 + 1,
        };
        Some(Self {
            cadence,
            year: date.year(),
            number,
        })
    }

    /// The months and quarters a report can be made of on `today`: the last 12 months and 4
    /// quarters that are over, newest first.
    pub fn choices(today: i32) -> Vec<Self> {
        let Some(date) = date_of_day(today) else {
            return Vec::new();
        };
        let (year, month) = (date.year(), date.month());
        let months = (1..=12).map(|back: i16| {
            let index = year * 12 + i16::from(month) - 1 - back;
            Self {
                cadence: Cadence::Month,
                year: index.div_euclid(12),
                number: i8::try_from(index.rem_euclid(12) + 1).unwrap_or(1),
            }
        });
        let quarter_now = i16::from((month - 1) / 3);
        let quarters = (1..=4).map(|back: i16| {
            let index = year * 4 + quarter_now - back;
            Self {
                cadence: Cadence::Quarter,
                year: index.div_euclid(4),
                number: i8::try_from(index.rem_euclid(4) + 1).unwrap_or(1),
            }
        });
        months.chain(quarters).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_and_quarters_become_their_days() {
        let october = ReportPeriod::parse("2026-10").expect("month");
        let days = october.days().expect("days");
        assert_eq!(crate::activity::period::date_of(days.from), "2026-10-01");
        assert_eq!(crate::activity::period::date_of(days.to), "2026-10-31");
        let q1 = ReportPeriod::parse("2024-Q1")
            .expect("quarter")
            .days()
            .expect("days");
        assert_eq!(crate::activity::period::date_of(q1.to), "2024-03-31");
        assert_eq!(q1.days(), 91, "a leap year's first quarter");
        assert_eq!(
            ReportPeriod::of_stored("quarter", q1.from).map(|p| p.value()),
            Some("2024-Q1".into())
        );
        for bad in [
            "", "2026", "2026-13", "2026-Q5", "2026-Q0", "26-10", "2026-1x", "abcd-10",
        ] {
            assert_eq!(ReportPeriod::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_choices_are_periods_that_are_over() {
        let today = ReportPeriod::parse("2026-01")
            .and_then(|p| p.days())
            .expect("jan")
            .from
            + 10;
        let values: Vec<String> = ReportPeriod::choices(today)
            .iter()
            .map(|p| p.value())
            .collect();
        assert_eq!(values.first().map(String::as_str), Some("2025-12"));
        assert_eq!(values.get(11).map(String::as_str), Some("2025-01"));
        assert_eq!(values.get(12).map(String::as_str), Some("2025-Q4"));
        assert_eq!(values.last().map(String::as_str), Some("2025-Q1"));
    }
}
