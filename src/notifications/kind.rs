//! The kinds of notification, stored as text.

/// What a notification is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotificationKind {
    /// Someone commented on a post I wrote or follow.
    Reply,
    /// My answer was accepted.
    AnswerAccepted,
    /// An idea I wrote or follow changed status, with a response.
    IdeaStatus,
    /// Someone asked to join a group I administer.
    JoinRequest,
    /// An event I answered changed for me (a place opened up).
    EventChange,
    /// Someone @mentioned me.
    Mention,
    /// Someone praised me.
    Praise,
    /// A new announcement in one of my groups.
    Announcement,
    /// Reactions to my post (one notification until I open it, however many come).
    Reaction,
    /// A community manager asks whether I can answer a question.
    AnswerInvite,
    /// A personal message from the community-management team.
    Message,
    /// A moderator acted on my post, comment or account (cannot be switched off).
    Moderation,
}

impl NotificationKind {
    /// Every kind a member can switch, in the order the preferences page lists them.
    pub const ALL: [NotificationKind; 11] = [
        Self::Mention,
        Self::Message,
        Self::AnswerInvite,
        Self::Praise,
        Self::Reply,
        Self::Reaction,
        Self::AnswerAccepted,
        Self::IdeaStatus,
        Self::JoinRequest,
        Self::EventChange,
        Self::Announcement,
    ];

    /// The stored form.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Reply => "reply",
            Self::AnswerAccepted => "answer_accepted",
            Self::IdeaStatus => "idea_status",
            Self::JoinRequest => "join_request",
            Self::EventChange => "event_change",
            Self::Mention => "mention",
            Self::Praise => "praise",
            Self::Announcement => "announcement",
            Self::Reaction => "reaction",
            Self::AnswerInvite => "answer_invite",
            Self::Message => "message",
            Self::Moderation => "moderation",
        }
    }

    /// Parses the stored form.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .chain([Self::Moderation])
            .find(|k| k.as_str() == text)
    }

    /// Whether many of these about one post make one notification until it is opened.
    pub fn is_batched(self) -> bool {
        self == Self::Reaction
    }

    /// The i18n key naming the kind on the preferences page.
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Reply => "notify-kind-reply",
            Self::AnswerAccepted => "notify-kind-answer-accepted",
            Self::IdeaStatus => "notify-kind-idea-status",
            Self::JoinRequest => "notify-kind-join-request",
            Self::EventChange => "notify-kind-event-change",
            Self::Mention => "notify-kind-mention",
            Self::Praise => "notify-kind-praise",
            Self::Announcement => "notify-kind-announcement",
            Self::Reaction => "notify-kind-reaction",
            Self::AnswerInvite => "notify-kind-answer-invite",
            Self::Message => "notify-kind-message",
            Self::Moderation => "notify-kind-moderation",
        }
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
    }
}
