//! The kinds of task and their states, stored as text.

crate::stored_enum! {
    /// What a task asks of the team.
    pub enum TaskKind {
        /// Review flagged content.
        FlaggedContent = "flagged_content" => "task-kind-flagged-content",
        /// Amplify a post drawing far more response than its group's usual.
        PostWithPotential = "post_with_potential" => "task-kind-post-with-potential",
        /// Activity dipped: publish prepared content.
        ActivityDip = "activity_dip" => "task-kind-activity-dip",
        /// Find an expert for a question nobody answered.
        UnansweredQuestion = "unanswered_question" => "task-kind-unanswered-question",
        /// Respond to an idea that waits for a response.
        IdeaWaiting = "idea_waiting" => "task-kind-idea-waiting",
        /// Welcome a newcomer, ideally through an ambassador of their department.
        Welcome = "welcome" => "task-kind-welcome",
        /// Nudge members whose profile is incomplete (a batch).
        IncompleteProfiles = "incomplete_profiles" => "task-kind-incomplete-profiles",
        /// Contact members who were active and went quiet (a batch).
        WentQuiet = "went_quiet" => "task-kind-went-quiet",
        /// Revive or archive a group where few members take part.
        IdleGroup = "idle_group" => "task-kind-idle-group",
        /// Revive or archive a group where nobody took part for 90 days.
        SilentGroup = "silent_group" => "task-kind-silent-group",
        /// Many people searched for something and found nothing: write or ask for content.
        SearchMiss = "search_miss" => "task-kind-search-miss",
        /// A routine task the team defined.
        Routine = "routine" => "task-kind-routine",
    }
}

impl TaskKind {
    /// The i18n key of a stored kind's name (an unknown one reads as routine).
    pub fn label_key_of(stored: &str) -> &'static str {
        Self::parse(stored).map_or(Self::Routine.label_key(), Self::label_key)
    }

    /// The i18n key of the suggested action.
    pub fn advice_key(self) -> &'static str {
        match self {
            Self::IncompleteProfiles => "task-advice-incomplete-profiles",
            Self::WentQuiet => "task-advice-went-quiet",
            Self::Welcome => "task-advice-welcome",
            Self::UnansweredQuestion => "task-advice-unanswered-question",
            Self::IdeaWaiting => "task-advice-idea-waiting",
            Self::FlaggedContent => "task-advice-flagged-content",
            Self::IdleGroup => "task-advice-idle-group",
            Self::SilentGroup => "task-advice-silent-group",
            Self::PostWithPotential => "task-advice-post-with-potential",
            Self::ActivityDip => "task-advice-activity-dip",
            Self::SearchMiss => "task-advice-search-miss",
            Self::Routine => "task-advice-routine",
        }
    }
}

crate::stored_enum! {
    /// Where a task stands.
    pub enum Status {
        /// To do.
        Open = "open" => "task-status-open",
        /// Put aside until a moment.
        Snoozed = "snoozed" => "task-status-snoozed",
        /// Finished.
        Done = "done" => "task-status-done",
        /// Not worth doing, with a reason; generators remember it.
        Dismissed = "dismissed" => "task-status-dismissed",
    }
}

impl Status {
    /// The i18n key of a stored status's name (an unknown one reads as open).
    pub fn label_key_of(stored: &str) -> &'static str {
        Self::parse(stored).map_or(Self::Open.label_key(), Self::label_key)
    }

    /// Whether the task still asks for work.
    pub fn is_live(self) -> bool {
        matches!(self, Self::Open | Self::Snoozed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_forms_round_trip() {
        for kind in TaskKind::ALL {
            assert_eq!(TaskKind::parse(kind.as_str()), Some(kind));
        }
        for status in Status::ALL {
            assert_eq!(Status::parse(status.as_str()), Some(status));
        }
        assert!(Status::Snoozed.is_live() && !Status::Dismissed.is_live());
    }
}
