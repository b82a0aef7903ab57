//! Post types and, for questions, their answer status. Stored as text; more types (praise,
//! events…) join this enum as they land. An idea's status lives with the ideas capability.

/// What kind of post it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PostKind {
    /// A plain message.
    Discussion,
    /// A question that can get an accepted answer.
    Question,
    /// A call for help ("oproep", seed 003) that its author marks resolved.
    CallForHelp,
    /// An idea that moves through a status workflow, each step with a written response.
    Idea,
    /// A meetup or workshop with RSVPs (planned on its own form, not in the composer).
    Event,
    /// A poll with options to vote on (its own form too).
    Poll,
    /// Public appreciation of the colleagues it @mentions.
    Praise,
    /// News from those who run the group, pinned for a while (its own form).
    Announcement,
}

impl PostKind {
    /// Every kind.
    pub const ALL: [PostKind; 8] = [
        PostKind::Discussion,
        PostKind::Question,
        PostKind::CallForHelp,
        PostKind::Idea,
        PostKind::Event,
        PostKind::Poll,
        PostKind::Praise,
        PostKind::Announcement,
    ];

    /// Whether the group composer writes this kind (events, polls and announcements have their
    /// own forms).
    pub fn from_composer(self) -> bool {
        !matches!(self, Self::Event | Self::Poll | Self::Announcement)
    }

    /// The stored form.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Discussion => "discussion",
            Self::Question => "question",
            Self::CallForHelp => "call_for_help",
            Self::Idea => "idea",
            Self::Event => "event",
            Self::Poll => "poll",
            Self::Praise => "praise",
            Self::Announcement => "announcement",
        }
    }

    /// Parses submitted or stored text; unknown text is refused.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }

    /// The i18n key of the kind's name.
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Discussion => "kind-discussion",
            Self::Question => "kind-question",
            Self::CallForHelp => "kind-call-for-help",
            Self::Idea => "kind-idea",
            Self::Event => "kind-event",
            Self::Poll => "kind-poll",
            Self::Praise => "kind-praise",
            Self::Announcement => "kind-announcement",
        }
    }
}

/// Where a question stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionStatus {
    /// Nobody but the asker has responded.
    Unanswered,
    /// Someone else answered; no answer accepted yet.
    Answered,
    /// An answer was accepted.
    Accepted,
}

impl QuestionStatus {
    /// Derives the status from what is stored.
    pub fn of(first_response_at: Option<i64>, accepted_comment_id: Option<i64>) -> Self {
        match (accepted_comment_id, first_response_at) {
            (Some(_), _) => Self::Accepted,
            (None, Some(_)) => Self::Answered,
            (None, None) => Self::Unanswered,
        }
    }

    /// The i18n key of the status.
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Unanswered => "question-unanswered",
            Self::Answered => "question-answered",
            Self::Accepted => "question-accepted",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip_and_unknown_is_refused() {
        for kind in PostKind::ALL {
            assert_eq!(PostKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(PostKind::parse("gossip"), None);
    }

    #[test]
    fn status_is_derived() {
        assert_eq!(QuestionStatus::of(None, None), QuestionStatus::Unanswered);
        assert_eq!(QuestionStatus::of(Some(5), None), QuestionStatus::Answered);
        assert_eq!(
            QuestionStatus::of(Some(5), Some(9)),
            QuestionStatus::Accepted
        );
        assert_eq!(
            QuestionStatus::of(None, Some(9)),
            QuestionStatus::Accepted,
            "an accepted answer counts even if its author was the asker"
        );
    }
}
