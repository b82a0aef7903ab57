//! What the digest and the newsletter bring (issue 17: their effect measured by the visits that
//! arrive from their links, aggregated, never by open or click tracking). Per complete week on
//! the organisation's calendar: how many members a kind of mail reached, and how many different
//! members came to Plein through one of its links. Every figure follows the works council's
//! rule: a count of fewer than the minimum group size is withheld, and so is the pair when the
//! people who did not come in (received minus came in) would be fewer than that.

use crate::activity::Calendar;
use crate::db::Db;
use crate::error::Result;
use crate::insights::privacy;
use crate::mail::MailKind;

/// How many complete weeks are shown (well inside the outbox's 90 days).
pub const WEEKS: i32 = 8;

/// The kinds of mail whose effect is shown.
pub const KINDS: [MailKind; 2] = [MailKind::Digest, MailKind::Newsletter];

/// One kind of mail in one week.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeekReach {
    /// The week's first day (a Monday), `YYYY-MM-DD`.
    pub monday: String,
    /// Different members it was delivered to; `None` when withheld.
    pub received: Option<i64>,
    /// Different members who came in through its links; `None` when withheld.
    pub came_in: Option<i64>,
    /// `came_in` as a whole percentage of `received`, when both are shown.
    pub percent: Option<i64>,
    /// Whether anything of this kind was delivered that week.
    pub sent: bool,
}

/// The last [`WEEKS`] complete weeks for `kind`, newest first.
pub async fn weekly(db: &Db, kind: MailKind, minimum: i64) -> Result<Vec<WeekReach>> {
    let calendar = Calendar::of(db).await?;
    let mut weeks = Vec::new();
    for monday in complete_weeks(calendar.today()) {
        let sunday = monday + 6;
        let millis = (calendar.start_of(monday), calendar.start_of(sunday + 1));
        let received = crate::mail::recipients_between(db, kind, millis).await?;
        let came_in =
            crate::activity::arrivals::arrivals_between(db, kind, (monday, sunday)).await?;
        weeks.push(shown(
            crate::activity::date_of(monday),
            received,
            came_in,
            minimum,
        ));
    }
    Ok(weeks)
}

/// The Mondays of the last [`WEEKS`] weeks that are over, newest first (`today` is a day number:
/// day 0, 1 January 1970, was a Thursday).
fn complete_weeks(today: i32) -> Vec<i32> {
    let this_monday = crate::activity::monday_of(today);
    (1..=WEEKS).map(|back| this_monday - 7 * back).collect()
}

/// One week's figures after the rule: the received count stands alone; who came in and who
/// did not add up to it, so they are withheld together when either is small.
fn shown(monday: String, received: i64, came_in: i64, minimum: i64) -> WeekReach {
    let pair = privacy::withheld(&[came_in, (received - came_in).max(0)], minimum);
    let came_in = (!pair[0] && received >= minimum).then_some(came_in);
    let received_shown = privacy::at_least(received, minimum);
    WeekReach {
        monday,
        percent: came_in.zip(received_shown).map(|(c, r)| c * 100 / r),
        received: received_shown,
        came_in,
        sent: received > 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weeks_run_monday_to_sunday_and_exclude_the_week_not_over() {
        // 2026-12-03 is a Thursday: the last complete week began on Monday 2026-11-23.
        let today = crate::activity::parse_date(Some("2026-12-03"))
            .ok()
            .flatten();
        let weeks = complete_weeks(today.unwrap_or_default());
        assert_eq!(weeks.len(), WEEKS as usize);
        assert_eq!(crate::activity::date_of(weeks[0]), "2026-11-23");
        assert_eq!(crate::activity::date_of(weeks[7]), "2026-10-05");
        // On a Monday, the week that starts today is not over either.
        let monday = crate::activity::parse_date(Some("2026-11-30"))
            .ok()
            .flatten();
        assert_eq!(
            crate::activity::date_of(complete_weeks(monday.unwrap_or_default())[0]),
            "2026-11-23"
        );
    }

    #[test]
    fn no_figure_or_difference_describes_fewer_than_the_minimum() {
        let week = |received, came_in| shown("2026-11-23".into(), received, came_in, 10);
        let all = week(400, 120);
        assert_eq!(
            (all.received, all.came_in, all.percent),
            (Some(400), Some(120), Some(30))
        );
        // Few came in: withheld, the receivers still shown.
        let few = week(400, 4);
        assert_eq!(
            (few.received, few.came_in, few.percent),
            (Some(400), None, None)
        );
        // Nearly everyone came in: 400 − 396 would name the 4 who did not.
        let most = week(400, 396);
        assert_eq!((most.received, most.came_in), (Some(400), None));
        // A small mailing: nothing at all.
        let small = week(7, 7);
        assert_eq!(
            (small.received, small.came_in, small.sent),
            (None, None, true)
        );
        assert!(!week(0, 0).sent);
        // Every shown pair leaves at least the minimum on both sides.
        for received in 0..60 {
            for came_in in 0..=received {
                let w = week(received, came_in);
                if let (Some(r), Some(c)) = (w.received, w.came_in) {
                    assert!(c >= 10 && r - c >= 10, "{received} {came_in}");
                }
                assert!(w.received.is_none_or(|r| r >= 10));
            }
        }
    }
}
