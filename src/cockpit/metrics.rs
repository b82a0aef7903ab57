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
    /// DAU ÷ MAU.
    pub stickiness: f64,
    /// Posts per day.
    pub posts_per_day: f64,
    /// Comments per day.
    pub comments_per_day: f64,
    /// Reactions per day.
    pub reactions_per_day: f64,
}

/// The headline of `days` (every day of the window, empty days included), with the distinct
/// counts read separately.
pub fn headline(days: &[Day], wau: u64, mau: u64) -> Headline {
    let n = days.len().max(1) as f64;
    let sum = |f: fn(&Day) -> i64| days.iter().map(f).sum::<i64>() as f64;
    let dau = sum(|d| d.active) / n;
    Headline {
        dau,
        wau,
        mau,
        stickiness: if mau == 0 { 0.0 } else { dau / mau as f64 },
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
pub fn every_day(from: i32, to: i32, mut known: Vec<Day>) -> Vec<Day> {
    known.sort_by_key(|d| d.day);
    (from..=to)
        .map(|day| {
            known.iter().find(|d| d.day == day).cloned().unwrap_or(Day {
                day,
                ..Day::default()
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
    fn changes_are_whole_percent_and_need_a_before() {
        assert_eq!(change(2.0, 3.0), Some(50));
        assert_eq!(change(3.0, 2.0), Some(-33));
        assert_eq!(change(0.0, 5.0), None);
        assert_eq!(headline(&[], 0, 0).stickiness, 0.0);
    }
}
