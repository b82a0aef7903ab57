//! Post types (declared in the shared core, `post_types.rs`) and, for questions, their answer
//! status. An idea's status lives with the ideas capability.

pub use crate::post_types::PostKind;

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
