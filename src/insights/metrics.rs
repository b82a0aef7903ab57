//! The cockpit's figures, computed from daily rollups. Definitions with formulas are in
//! `docs/metrics.md`; the unit tests below were worked out by hand.

use serde::Serialize;

/// One day of the record.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Day {
    /// UTC day number.
    pub day: i32,
    /// Distinct active members.
    pub active: i64,
    /// Posts of every type.
    pub posts: i64,
    /// Comments and answers.
    pub comments: i64,
    /// Reactions.
    pub reactions: i64,
}

impl Day {
    /// Posts, comments and reactions together (a group's daily chart).
    pub fn actions(&self) -> i64 {
        self.posts + self.comments + self.reactions
    }

    /// Adds one rollup count of `kind`.
    pub fn add(&mut self, kind: &str, count: i64) {
        match kind {
            k if k.starts_with("post.") => self.posts += count,
            "comment" | "answer" => self.comments += count,
            "reaction" => self.reactions += count,
            _ => {}
        }
    }
}

/// A window's headline figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Headline {
    /// Mean distinct active members per day.
    pub dau: f64,
    /// Distinct active members over the window's last 7 days.
    pub wau: u64,
    /// Distinct active members over the whole window.
    pub mau: u64,
    /// Mean distinct active members per day over the window's last 30 days: the DAU that
    /// stickiness divides by MAU (the same window as MAU).
    pub month_dau: f64,
    /// `month_dau` ÷ MAU.
    pub stickiness: f64,
    /// Posts per day.
    pub posts_per_day: f64,
    /// Comments per day.
    pub comments_per_day: f64,
    /// Reactions per day.
    pub reactions_per_day: f64,
}

/// The headline of `days` (every day of the period, empty days included), with the distinct
/// counts read separately (WAU over the period's last 7 days, MAU over its last 30).
/// Stickiness compares like with like: the mean DAU of the MAU's own 30 days ÷ MAU.
pub fn headline(days: &[Day], wau: u64, mau: u64) -> Headline {
    let n = days.len().max(1) as f64;
    let sum = |f: fn(&Day) -> i64| days.iter().map(f).sum::<i64>() as f64;
    let dau = sum(|d| d.active) / n;
    let last_month = &days[days.len().saturating_sub(30)..];
    let month_dau =
        last_month.iter().map(|d| d.active).sum::<i64>() as f64 / last_month.len().max(1) as f64;
    Headline {
        dau,
        wau,
        mau,
        month_dau,
        stickiness: if mau == 0 {
            0.0
        } else {
            month_dau / mau as f64
        },
        posts_per_day: sum(|d| d.posts) / n,
        comments_per_day: sum(|d| d.comments) / n,
        reactions_per_day: sum(|d| d.reactions) / n,
    }
}

/// The change from `before` to `now` in whole percent; `None` when there was nothing before.
pub fn change(before: f64, now: f64) -> Option<i64> {
    (before > 0.0).then(|| ((now - before) / before * 100.0).round() as i64)
}

/// Fills the days `from..=to` that have no rows with zeros, in order.
pub fn every_day(from: i32, to: i32, known: Vec<Day>) -> Vec<Day> {
    let mut days: Vec<Day> = (from..=to)
        .map(|day| Day {
            day,
            ..Day::default()
        })
        .collect();
    for day in known {
        if let Some(slot) = day_slot(&mut days, from, day.day) {
            *slot = day;
        }
    }
    days
}

/// The entry of `day` in `days`, which hold every day from `from` on in order.
pub fn day_slot(days: &mut [Day], from: i32, day: i32) -> Option<&mut Day> {
    usize::try_from(day - from)
        .ok()
        .and_then(|i| days.get_mut(i))
}

/// The 90-9-1 lens over a period: of the members active in it, who only read, who reacted or
/// replied, who posted (each member counted once, at the highest level reached). A level with
/// fewer members than the minimum group size is withheld, and so is the next smallest while the
/// withheld ones together are fewer (the three add up to the active members).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Participation {
    /// Members active in the period.
    pub active: i64,
    /// Only visited (`None`: withheld).
    pub lurkers: Option<i64>,
    /// Reacted, commented, answered or responded, but did not post (`None`: withheld).
    pub contributors: Option<i64>,
    /// Wrote at least one post (`None`: withheld).
    pub creators: Option<i64>,
}

impl Participation {
    /// From (level, members) pairs as the rollup query returns them, with levels below
    /// `minimum` members withheld (see `privacy::withheld`).
    pub fn from_levels(levels: &[(i32, i64)], minimum: i64) -> Self {
        let at = |level: i32| {
            levels
                .iter()
                .filter(|(l, _)| *l == level)
                .map(|(_, n)| n)
                .sum::<i64>()
        };
        let split = [at(0), at(1), at(2)];
        let withheld = super::privacy::withheld(&split, minimum);
        let shown = |i: usize| (!withheld[i]).then_some(split[i]);
        Self {
            active: split.iter().sum(),
            lurkers: shown(0),
            contributors: shown(1),
            creators: shown(2),
        }
    }

    /// `part` as whole percent of the active members (`None` when withheld).
    pub fn percent(&self, part: &Option<i64>) -> Option<i64> {
        part.map(|n| percent_of(n, self.active))
    }
}

/// `part` ÷ `whole` in whole percent (0 when there is no whole).
pub fn percent_of(part: i64, whole: i64) -> i64 {
    if whole <= 0 {
        0
    } else {
        (part as f64 * 100.0 / whole as f64).round() as i64
    }
}

/// How a kind of request was answered: questions answered by someone else, ideas responded to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Responses {
    /// Asked in the period.
    pub total: i64,
    /// With a first response (by now); `None` when withheld.
    pub answered: Option<i64>,
    /// Still without one; `None` when withheld.
    pub unanswered: Option<i64>,
    /// With an accepted answer (questions only); `None` when withheld.
    pub accepted: Option<i64>,
    /// Median milliseconds to the first response over *all* of them, unanswered ones counting
    /// as not yet answered: `None` when at least half wait (or there are none, or withheld),
    /// rather than the flattering median of only the answered ones.
    pub median_ms: Option<i64>,
    /// Whether the rates are withheld: they were asked by fewer people than the minimum group
    /// size, so a rate would describe a handful of people.
    pub withheld: bool,
}

impl Responses {
    /// Where the median of `total` waits lies when the `answered` ones sort first and the
    /// unanswered count as endless: the offset and number (1 or 2, averaged) of the middle
    /// answered waits, or `None` when a middle one is still unanswered (or there are none).
    pub fn middle(total: i64, answered: i64) -> Option<(u64, u64)> {
        let (offset, count) = match total {
            t if t <= 0 => return None,
            t if t % 2 == 1 => (t / 2, 1),
            t => (t / 2 - 1, 2),
        };
        (offset + count <= answered).then_some((offset as u64, count as u64))
    }

    /// The figures of `total` posts by `askers` people of which `answered` have a response and
    /// `accepted` an accepted answer; the rates withheld below `minimum` askers.
    pub fn of(
        total: i64,
        askers: i64,
        answered: i64,
        accepted: i64,
        median_ms: Option<i64>,
        minimum: i64,
    ) -> Self {
        let shown = askers >= minimum;
        Self {
            total,
            answered: shown.then_some(answered),
            unanswered: shown.then_some(total - answered),
            accepted: shown.then_some(accepted),
            median_ms: median_ms.filter(|_| shown),
            withheld: !shown,
        }
    }

    /// Answered ones as whole percent, `None` when nothing was asked or withheld.
    pub fn answered_percent(&self) -> Option<i64> {
        let answered = self.answered?;
        (self.total > 0).then(|| percent_of(answered, self.total))
    }

    /// Accepted ones as whole percent, `None` when nothing was asked or withheld.
    pub fn accepted_percent(&self) -> Option<i64> {
        let accepted = self.accepted?;
        (self.total > 0).then(|| percent_of(accepted, self.total))
    }

    /// The median in hours, one decimal precision.
    pub fn median_hours(&self) -> Option<f64> {
        self.median_ms
            .map(|ms| (ms as f64 / 360_000.0).round() / 10.0)
    }
}

/// A day clearly quieter than usual.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Dip {
    /// UTC day number.
    pub day: i32,
    /// Active members that day.
    pub active: i64,
    /// The usual number: the mean of the same weekday in the four weeks before.
    pub usual: f64,
}

/// Weeks of history a dip is measured against.
pub const DIP_WEEKS: i32 = 4;
/// A day is a dip below this share of its usual activity.
pub const DIP_SHARE: f64 = 0.7;
/// Below this usual activity no day counts as a dip (too few people for the difference to mean
/// anything).
pub const DIP_MIN_USUAL: f64 = 5.0;

/// The dips among `active` (day, active members) pairs, every day present and in order: days of
/// the last `shown` whose active members fall below 70 % of the same weekday's mean over the
/// four weeks before (comparing like days, so weekends are not dips by nature).
pub fn dips(active: &[(i32, i64)], shown: usize) -> Vec<Dip> {
    let week = 7;
    let history = (DIP_WEEKS * week) as usize;
    let first = active.len().saturating_sub(shown).max(history);
    (first..active.len())
        .filter_map(|i| {
            let same_weekdays = (1..=DIP_WEEKS as usize).map(|w| active[i - w * week as usize].1);
            let usual = same_weekdays.sum::<i64>() as f64 / f64::from(DIP_WEEKS);
            let (day, now) = active[i];
            (usual >= DIP_MIN_USUAL && (now as f64) < usual * DIP_SHARE).then_some(Dip {
                day,
                active: now,
                usual,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hand_worked_window() {
        // Four days: 2, 0, 4, 2 active members; 3 posts and 1 question, 2 comments and an
        // answer, 8 reactions; 5 distinct members over the window, 4 over its last week.
        let mut days = every_day(
            10,
            13,
            vec![
                Day {
                    day: 10,
                    active: 2,
                    ..Day::default()
                },
                Day {
                    day: 12,
                    active: 4,
                    ..Day::default()
                },
                Day {
                    day: 13,
                    active: 2,
                    ..Day::default()
                },
            ],
        );
        days[0].add("post.discussion", 3);
        days[2].add("post.question", 1);
        days[2].add("comment", 2);
        days[3].add("answer", 1);
        days[3].add("reaction", 8);
        days[3].add("visit", 5);
        let h = headline(&days, 4, 5);
        assert_eq!(h.dau, 2.0);
        assert_eq!(h.stickiness, 0.4);
        assert_eq!(h.posts_per_day, 1.0);
        assert_eq!(h.comments_per_day, 0.75);
        assert_eq!(h.reactions_per_day, 2.0);
        assert_eq!(
            days.iter().map(|d| d.day).collect::<Vec<_>>(),
            vec![10, 11, 12, 13]
        );
    }

    #[test]
    fn participation_counts_each_member_once_at_their_highest_level() {
        // 6 lurkers, 3 contributors, 1 creator: the classic 90-9-1 would be 9 / 0.9 / 0.1.
        let p = Participation::from_levels(&[(0, 6), (1, 3), (2, 1)], 1);
        assert_eq!((p.active, p.percent(&p.lurkers)), (10, Some(60)));
        assert_eq!(
            (p.percent(&p.contributors), p.percent(&p.creators)),
            (Some(30), Some(10))
        );
        assert_eq!(
            Participation::from_levels(&[], 1).percent(&Some(0)),
            Some(0)
        );
    }

    #[test]
    fn a_split_of_few_people_is_withheld() {
        // A one-day period with three people: nothing of the split shows.
        let p = Participation::from_levels(&[(0, 1), (1, 1), (2, 1)], 10);
        assert_eq!(
            (p.active, p.lurkers, p.contributors, p.creators),
            (3, None, None, None)
        );
        // 400 lurkers, 45 contributors, 5 creators: the 5 go, and the 45 with them (else
        // 450 − 400 would give them away).
        let p = Participation::from_levels(&[(0, 400), (1, 45), (2, 5)], 10);
        assert_eq!(
            (p.lurkers, p.contributors, p.creators),
            (Some(400), None, None)
        );
    }

    #[test]
    fn the_median_response_counts_the_unanswered() {
        // Five questions, three answered: the median is the third wait (offset 2) — an answered
        // one; averaging only the answered would hide the two still waiting.
        assert_eq!(Responses::middle(5, 3), Some((2, 1)));
        // Five with two answered: the middle one still waits, so there is no median.
        assert_eq!(Responses::middle(5, 2), None);
        // Even counts average the two middle ones, and both must be answered.
        assert_eq!(Responses::middle(4, 3), Some((1, 2)));
        assert_eq!(Responses::middle(2, 1), None);
        assert_eq!(Responses::middle(0, 0), None);
        let r = Responses::of(5, 5, 3, 1, Some(36_000_000), 5);
        assert_eq!(r.unanswered, Some(2));
        assert_eq!(r.median_hours(), Some(10.0));
        assert_eq!(
            (r.answered_percent(), r.accepted_percent()),
            (Some(60), Some(20))
        );
        assert_eq!(Responses::default().answered_percent(), None);
        // Asked by four people with a minimum of five: only the count shows.
        let few = Responses::of(5, 4, 3, 1, Some(36_000_000), 5);
        assert!(few.withheld);
        assert_eq!(
            (few.total, few.answered, few.unanswered, few.median_ms),
            (5, None, None, None)
        );
    }

    #[test]
    fn stickiness_uses_the_last_month_of_a_long_period() {
        // 60 days: 10 active a day in the first 30, 4 a day in the last 30; MAU 20.
        let days: Vec<Day> = (0..60)
            .map(|day| Day {
                day,
                active: if day < 30 { 10 } else { 4 },
                ..Day::default()
            })
            .collect();
        let h = headline(&days, 8, 20);
        assert_eq!(h.dau, 7.0);
        assert_eq!(h.stickiness, 0.2);
    }

    #[test]
    fn a_dip_is_a_day_well_below_the_same_weekday_before() {
        // Six weeks: weekdays 100 active, weekends 20. The last Wednesday has 60 (below 70 % of
        // 100); the weekends are quiet but usual; the first four weeks have no baseline.
        let active: Vec<(i32, i64)> = (0..42)
            .map(|d| (d, if d % 7 >= 5 { 20 } else { 100 }))
            .map(|(d, n)| if d == 37 { (d, 60) } else { (d, n) })
            .collect();
        let found = dips(&active, 14);
        assert_eq!(
            found,
            vec![Dip {
                day: 37,
                active: 60,
                usual: 100.0
            }]
        );
        assert!(dips(&active, 3).is_empty(), "only the days shown");
        let quiet: Vec<(i32, i64)> = (0..42).map(|d| (d, if d == 40 { 0 } else { 4 })).collect();
        assert!(dips(&quiet, 14).is_empty(), "too few people to call a dip");
    }

    #[test]
    fn changes_are_whole_percent_and_need_a_before() {
        assert_eq!(change(2.0, 3.0), Some(50));
        assert_eq!(change(3.0, 2.0), Some(-33));
        assert_eq!(change(0.0, 5.0), None);
        assert_eq!(headline(&[], 0, 0).stickiness, 0.0);
    }
}
