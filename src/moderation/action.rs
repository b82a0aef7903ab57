//! What moderators can do, and why members flag: both stored as text.

/// A moderation action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Keep the content as it is and close its flags.
    Keep,
    /// Hide it from everyone but its author and the moderators.
    Hide,
    /// Show hidden content again.
    Restore,
    /// Remove it.
    Delete,
    /// Change a post's text, with a note shown beside it.
    Edit,
    /// Close a post to new comments.
    Lock,
    /// Open a locked post again.
    Unlock,
    /// Send the author a warning with the reason.
    Warn,
    /// Move a post to another group.
    Move,
    /// Suspend the author's account for a number of days.
    Suspend,
    /// Hidden by Plein after enough flags, pending review.
    AutoHide,
}

/// Where an action can apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A post.
    Post(i64),
    /// A comment (with its post).
    Comment { post_id: i64, comment_id: i64 },
}

impl Target {
    /// The post concerned.
    pub fn post_id(self) -> i64 {
        match self {
            Self::Post(id) => id,
            Self::Comment { post_id, .. } => post_id,
        }
    }

    /// The comment concerned, if any.
    pub fn comment_id(self) -> Option<i64> {
        match self {
            Self::Post(_) => None,
            Self::Comment { comment_id, .. } => Some(comment_id),
        }
    }

    /// The review page's address.
    pub fn review_url(self) -> String {
        match self {
            Self::Post(id) => format!("/moderation/posts/{id}"),
            Self::Comment { comment_id, .. } => format!("/moderation/comments/{comment_id}"),
        }
    }
}

impl Action {
    /// What a moderator can choose on a review page (not [`Action::AutoHide`]).
    pub const CHOSEN: [Action; 10] = [
        Self::Keep,
        Self::Hide,
        Self::Restore,
        Self::Edit,
        Self::Delete,
        Self::Lock,
        Self::Unlock,
        Self::Warn,
        Self::Move,
        Self::Suspend,
    ];

    /// The stored form.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Keep => "keep",
            Self::Hide => "hide",
            Self::Restore => "restore",
            Self::Delete => "delete",
            Self::Edit => "edit",
            Self::Lock => "lock",
            Self::Unlock => "unlock",
            Self::Warn => "warn",
            Self::Move => "move",
            Self::Suspend => "suspend",
            Self::AutoHide => "auto_hide",
        }
    }

    /// Parses the stored form.
    pub fn parse(text: &str) -> Option<Self> {
        Self::CHOSEN
            .into_iter()
            .chain([Self::AutoHide])
            .find(|a| a.as_str() == text)
    }

    /// The i18n key of its name.
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Keep => "action-keep",
            Self::Hide => "action-hide",
            Self::Restore => "action-restore",
            Self::Delete => "action-delete",
            Self::Edit => "action-edit",
            Self::Lock => "action-lock",
            Self::Unlock => "action-unlock",
            Self::Warn => "action-warn",
            Self::Move => "action-move",
            Self::Suspend => "action-suspend",
            Self::AutoHide => "action-auto-hide",
        }
    }

    /// The i18n key of the sentence the member reads about it.
    pub fn notice_key(self) -> &'static str {
        match self {
            Self::Keep => "moderated-keep",
            Self::Hide => "moderated-hide",
            Self::Restore => "moderated-restore",
            Self::Delete => "moderated-delete",
            Self::Edit => "moderated-edit",
            Self::Lock => "moderated-lock",
            Self::Unlock => "moderated-unlock",
            Self::Warn => "moderated-warn",
            Self::Move => "moderated-move",
            Self::Suspend => "moderated-suspend",
            Self::AutoHide => "moderated-auto-hide",
        }
    }

    /// Whether the action fits the target: locking, unlocking and moving are for posts.
    pub fn applies_to(self, target: Target) -> bool {
        !matches!(
            (self, target),
            (
                Self::Lock | Self::Unlock | Self::Move | Self::Edit,
                Target::Comment { .. }
            )
        )
    }

    /// Whether the member must be given a reason: everything that takes something away.
    pub fn needs_reason(self) -> bool {
        matches!(
            self,
            Self::Hide
                | Self::Delete
                | Self::Edit
                | Self::Lock
                | Self::Warn
                | Self::Move
                | Self::Suspend
        )
    }

    /// Whether the author hears of it. Keeping content changes nothing for its author, and
    /// telling them would only reveal that someone flagged them.
    pub fn tells_author(self) -> bool {
        self != Self::Keep
    }
}

/// Why a member flags something.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlagReason {
    /// Breaks the house rules.
    HouseRules,
    /// Posted in the wrong group.
    WrongGroup,
    /// Misleading or untrue.
    Misleading,
    /// Offensive or hurtful.
    Offensive,
    /// Spam or advertising.
    Spam,
    /// Shares someone's personal data.
    Privacy,
    /// Something else (the member says what).
    Other,
}

impl FlagReason {
    /// Every reason, in the order the form lists them.
    pub const ALL: [FlagReason; 7] = [
        Self::HouseRules,
        Self::WrongGroup,
        Self::Misleading,
        Self::Offensive,
        Self::Spam,
        Self::Privacy,
        Self::Other,
    ];

    /// The stored form.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::HouseRules => "house_rules",
            Self::WrongGroup => "wrong_group",
            Self::Misleading => "misleading",
            Self::Offensive => "offensive",
            Self::Spam => "spam",
            Self::Privacy => "privacy",
            Self::Other => "other",
        }
    }

    /// Parses the stored form.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == text)
    }

    /// The i18n key of its name.
    pub fn label_key(self) -> &'static str {
        match self {
            Self::HouseRules => "flag-reason-house-rules",
            Self::WrongGroup => "flag-reason-wrong-group",
            Self::Misleading => "flag-reason-misleading",
            Self::Offensive => "flag-reason-offensive",
            Self::Spam => "flag-reason-spam",
            Self::Privacy => "flag-reason-privacy",
            Self::Other => "flag-reason-other",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_forms_round_trip() {
        for action in Action::CHOSEN.into_iter().chain([Action::AutoHide]) {
            assert_eq!(Action::parse(action.as_str()), Some(action));
        }
        for reason in FlagReason::ALL {
            assert_eq!(FlagReason::parse(reason.as_str()), Some(reason));
        }
        assert_eq!(Action::parse("ban"), None);
    }

    #[test]
    fn comments_cannot_be_locked_or_moved() {
        let comment = Target::Comment {
            post_id: 1,
            comment_id: 2,
        };
        assert!(!Action::Lock.applies_to(comment));
        assert!(!Action::Move.applies_to(comment));
        assert!(Action::Hide.applies_to(comment));
        assert!(Action::Move.applies_to(Target::Post(1)));
    }
}
