//! The kinds of task and their states, stored as text.

/// What a task asks of the team.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaskKind {
    /// Nudge members whose profile is incomplete (a batch).
    IncompleteProfiles,
    /// Contact members who were active and went quiet (a batch).
    WentQuiet,
    /// Welcome a newcomer, ideally through an ambassador of their department.
    Welcome,
    /// Find an expert for a question nobody answered.
    UnansweredQuestion,
    /// Respond to an idea that waits for a response.
    IdeaWaiting,
    /// Review flagged content.
    FlaggedContent,
    /// Revive or archive a group where few members take part.
    IdleGroup,
    /// Revive or archive a group where nobody took part for 90 days.
    SilentGroup,
    /// Amplify a post drawing far more response than its group's usual.
    PostWithPotential,
    /// Activity dipped: publish prepared content.
    ActivityDip,
    /// A routine task the team defined.
    Routine,
}

impl TaskKind {
    /// Every kind, in the order the filter lists them.
    pub const ALL: [TaskKind; 11] = [
        Self::FlaggedContent,
        Self::PostWithPotential,
        Self::ActivityDip,
        Self::UnansweredQuestion,
        Self::IdeaWaiting,
        Self::Welcome,
        Self::IncompleteProfiles,
        Self::WentQuiet,
        Self::IdleGroup,
        Self::SilentGroup,
        Self::Routine,
    ];

    /// The stored form.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::IncompleteProfiles => "incomplete_profiles",
            Self::WentQuiet => "went_quiet",
            Self::Welcome => "welcome",
            Self::UnansweredQuestion => "unanswered_question",
            Self::IdeaWaiting => "idea_waiting",
            Self::FlaggedContent => "flagged_content",
            Self::IdleGroup => "idle_group",
            Self::SilentGroup => "silent_group",
            Self::PostWithPotential => "post_with_potential",
            Self::ActivityDip => "activity_dip",
            Self::Routine => "routine",
        }
    }

    /// Parses the stored form.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }

    /// The i18n key of a stored kind's name (an unknown one reads as routine).
    pub fn label_key_of(stored: &str) -> &'static str {
        Self::parse(stored).map_or(Self::Routine.label_key(), Self::label_key)
    }

    /// The i18n key of its name.
    pub fn label_key(self) -> &'static str {
        match self {
            Self::IncompleteProfiles => "task-kind-incomplete-profiles",
            Self::WentQuiet => "task-kind-went-quiet",
            Self::Welcome => "task-kind-welcome",
            Self::UnansweredQuestion => "task-kind-unanswered-question",
            Self::IdeaWaiting => "task-kind-idea-waiting",
            Self::FlaggedContent => "task-kind-flagged-content",
            Self::IdleGroup => "task-kind-idle-group",
            Self::SilentGroup => "task-kind-silent-group",
            Self::PostWithPotential => "task-kind-post-with-potential",
            Self::ActivityDip => "task-kind-activity-dip",
            Self::Routine => "task-kind-routine",
        }
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
            Self::Routine => "task-advice-routine",
        }
    }
}

/// Where a task stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// To do.
    Open,
    /// Put aside until a moment.
    Snoozed,
    /// Finished.
    Done,
    /// Not worth doing, with a reason; generators remember it.
    Dismissed,
}

impl Status {
    /// Every status.
    pub const ALL: [Status; 4] = [Self::Open, Self::Snoozed, Self::Done, Self::Dismissed];

    /// The stored form.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Snoozed => "snoozed",
            Self::Done => "done",
            Self::Dismissed => "dismissed",
        }
    }

    /// Parses the stored form.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }

    /// The i18n key of its name.
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Open => "task-status-open",
            Self::Snoozed => "task-status-snoozed",
            Self::Done => "task-status-done",
            Self::Dismissed => "task-status-dismissed",
        }
    }

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
