//! RSVP answers and who has a place: the first `capacity` "going" answers (by when they were
//! given) have one, the rest wait in that order. Derived on every read, so cancelling moves
//! the next person up without any bookkeeping, and two people taking the last place at once
//! cannot both get it.

crate::stored_enum! {
    /// A member's answer to an event.
    pub enum Answer {
        /// Coming (or waiting for a place).
        Going = "going" => "rsvp-going",
        /// Perhaps.
        Maybe = "maybe" => "rsvp-maybe",
        /// Not coming.
        NotGoing = "not_going" => "rsvp-not-going",
    }
}

/// Who has a place and who waits, each in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Places {
    /// Members with a place.
    pub confirmed: Vec<i64>,
    /// Members on the waiting list, first in line first.
    pub waiting: Vec<i64>,
}

impl Places {
    /// Splits "going" answers `(member, answered_at)` by `capacity` (no limit when `None`).
    pub fn of(mut going: Vec<(i64, i64)>, capacity: Option<i64>) -> Self {
        going.sort_by_key(|&(member, at)| (at, member));
        let members: Vec<i64> = going.into_iter().map(|(member, _)| member).collect();
        let limit = capacity
            .and_then(|c| usize::try_from(c.max(0)).ok())
            .unwrap_or(members.len())
            .min(members.len());
        let (confirmed, waiting) = members.split_at(limit);
        Self {
            confirmed: confirmed.to_vec(),
            waiting: waiting.to_vec(),
        }
    }

    /// The 1-based waiting-list position of `member`, if they wait.
    pub fn waiting_position(&self, member: i64) -> Option<usize> {
        self.waiting
            .iter()
            .position(|&m| m == member)
            .map(|p| p + 1)
    }

    /// Members who have a place here but did not in `before`.
    pub fn newly_confirmed(&self, before: &Places) -> Vec<i64> {
        self.confirmed
            .iter()
            .copied()
            .filter(|m| !before.confirmed.contains(m))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_round_trip() {
        for answer in Answer::ALL {
            assert_eq!(Answer::parse(answer.as_str()), Some(answer));
        }
        assert_eq!(Answer::parse("perhaps"), None);
    }

    #[test]
    fn the_first_answers_get_the_places() {
        let places = Places::of(vec![(7, 30), (5, 10), (9, 20), (3, 20)], Some(2));
        assert_eq!(places.confirmed, vec![5, 3], "by time, then by id on a tie");
        assert_eq!(places.waiting, vec![9, 7]);
        assert_eq!(places.waiting_position(7), Some(2));
        assert_eq!(places.waiting_position(5), None);
    }

    #[test]
    fn no_capacity_means_no_waiting_list() {
        let places = Places::of(vec![(1, 1), (2, 2)], None);
        assert_eq!(places.confirmed, vec![1, 2]);
        assert!(places.waiting.is_empty());
    }

    #[test]
    fn cancelling_moves_the_first_in_line_up() {
        let before = Places::of(vec![(1, 1), (2, 2), (3, 3)], Some(2));
        let after = Places::of(vec![(2, 2), (3, 3)], Some(2));
        assert_eq!(after.newly_confirmed(&before), vec![3]);
    }
}
