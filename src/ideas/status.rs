//! Where an idea stands, and which steps may follow.

pub use crate::post_types::IdeaStatus;

/// The workflow: which statuses may follow which.
impl IdeaStatus {
    /// The statuses an idea may move to from this one. Nothing goes back to "new"; a declined
    /// idea can be reconsidered; an implemented one is finished.
    pub fn next(self) -> &'static [IdeaStatus] {
        match self {
            Self::New => &[Self::UnderReview, Self::Planned, Self::Declined],
            Self::UnderReview => &[Self::Planned, Self::Declined],
            Self::Planned => &[Self::Implemented, Self::UnderReview, Self::Declined],
            Self::Declined => &[Self::UnderReview],
            Self::Implemented => &[],
        }
    }

    /// Whether the idea may move from this status to `to`.
    pub fn may_become(self, to: IdeaStatus) -> bool {
        self.next().contains(&to)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_round_trip() {
        for status in IdeaStatus::ALL {
            assert_eq!(IdeaStatus::parse(status.as_str()), Some(status));
        }
        assert_eq!(IdeaStatus::parse("maybe"), None);
    }

    #[test]
    fn the_workflow() {
        use IdeaStatus::*;
        assert!(New.may_become(UnderReview));
        assert!(New.may_become(Declined));
        assert!(UnderReview.may_become(Planned));
        assert!(Planned.may_become(Implemented));
        assert!(Declined.may_become(UnderReview), "reconsidered");
        assert!(!New.may_become(Implemented), "not done before planned");
        assert!(!Planned.may_become(New), "never back to new");
        assert!(!New.may_become(New), "a change must change something");
        assert!(Implemented.next().is_empty(), "finished");
        for status in IdeaStatus::ALL {
            assert!(!status.may_become(New));
        }
    }
}
