//! The kinds of notification, stored as text.

crate::stored_enum! {
    /// What a notification is about.
    pub enum NotificationKind {
        /// Someone @mentioned me.
        Mention = "mention" => "notify-kind-mention",
        /// A personal message from the community-management team.
        Message = "message" => "notify-kind-message",
        /// A community manager asks whether I can answer a question.
        AnswerInvite = "answer_invite" => "notify-kind-answer-invite",
        /// Someone praised me.
        Praise = "praise" => "notify-kind-praise",
        /// Someone commented on a post I wrote or follow.
        Reply = "reply" => "notify-kind-reply",
        /// Reactions to my post (one notification until I open it, however many come).
        Reaction = "reaction" => "notify-kind-reaction",
        /// My answer was accepted.
        AnswerAccepted = "answer_accepted" => "notify-kind-answer-accepted",
        /// An idea I wrote or follow changed status, with a response.
        IdeaStatus = "idea_status" => "notify-kind-idea-status",
        /// Someone asked to join a group I administer.
        JoinRequest = "join_request" => "notify-kind-join-request",
        /// An event I answered changed for me (a place opened up).
        EventChange = "event_change" => "notify-kind-event-change",
        /// A new announcement in one of my groups.
        Announcement = "announcement" => "notify-kind-announcement",
        /// A moderator acted on my post, comment or account (cannot be switched off).
        Moderation = "moderation" => "notify-kind-moderation",
    }
}

impl NotificationKind {
    /// Every kind a member can switch, in the order the preferences page lists them: all but
    /// moderation notices, which always arrive.
    pub fn switchable() -> impl Iterator<Item = Self> {
        Self::ALL
            .into_iter()
            .filter(|kind| *kind != Self::Moderation)
    }

    /// Whether many of these about one post make one notification until it is opened.
    pub fn is_batched(self) -> bool {
        self == Self::Reaction
    }

    /// The i18n key of the sentence shown in the list (arguments `actor`, `group`, `detail`).
    pub fn message_key(self) -> &'static str {
        match self {
            Self::Reply => "notify-reply",
            Self::AnswerAccepted => "notify-answer-accepted",
            Self::IdeaStatus => "notify-idea-status",
            Self::JoinRequest => "notify-join-request",
            Self::EventChange => "notify-event-change",
            Self::Mention => "notify-mention",
            Self::Praise => "notify-praise",
            Self::Announcement => "notify-announcement",
            Self::Reaction => "notify-reaction",
            Self::AnswerInvite => "notify-answer-invite",
            Self::Message => "notify-message",
            Self::Moderation => "notify-moderation",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip() {
        for kind in NotificationKind::ALL {
            assert_eq!(NotificationKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(
            NotificationKind::parse("moderation"),
            Some(NotificationKind::Moderation)
        );
        assert_eq!(NotificationKind::parse("gossip"), None);
        assert!(!NotificationKind::switchable().any(|k| k == NotificationKind::Moderation));
        assert_eq!(
            NotificationKind::switchable().count(),
            NotificationKind::ALL.len() - 1
        );
    }
}
