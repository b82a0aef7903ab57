//! What moderators can do, and why members flag: both stored as text.

crate::stored_enum! {
    /// A moderation action.
    pub enum Action {
        /// Keep the content as it is and close its flags.
        Keep = "keep" => "action-keep",
        /// Hide it from everyone but its author and the moderators.
        Hide = "hide" => "action-hide",
        /// Show hidden content again.
        Restore = "restore" => "action-restore",
        /// Remove it.
        Delete = "delete" => "action-delete",
        /// Change a post's text, with a note shown beside it.
        Edit = "edit" => "action-edit",
        /// Close a post to new comments.
        Lock = "lock" => "action-lock",
        /// Open a locked post again.
        Unlock = "unlock" => "action-unlock",
        /// Send the author a warning with the reason.
        Warn = "warn" => "action-warn",
        /// Move a post to another group.
        Move = "move" => "action-move",
        /// Suspend the author's account for a number of days.
        Suspend = "suspend" => "action-suspend",
        /// Hidden by Plein after enough flags, pending review.
        AutoHide = "auto_hide" => "action-auto-hide",
    }
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

crate::stored_enum! {
    /// Why a member flags something.
    pub enum FlagReason {
        /// Breaks the house rules.
        HouseRules = "house_rules" => "flag-reason-house-rules",
        /// Posted in the wrong group.
        WrongGroup = "wrong_group" => "flag-reason-wrong-group",
        /// Misleading or untrue.
        Misleading = "misleading" => "flag-reason-misleading",
        /// Offensive or hurtful.
        Offensive = "offensive" => "flag-reason-offensive",
        /// Spam or advertising.
        Spam = "spam" => "flag-reason-spam",
        /// Shares someone's personal data.
        Privacy = "privacy" => "flag-reason-privacy",
        /// Something else (the member says what).
        Other = "other" => "flag-reason-other",
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
