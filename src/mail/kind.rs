//! The kinds of mail Plein sends.

/// What a mail is for: shown in the outbox and deciding its headers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailKind {
    /// An administrator's test of the mail settings.
    Test,
    /// An invitation to a colleague to join, with a one-time link.
    Invitation,
    /// A link to set a new password, asked for from the sign-in page.
    PasswordReset,
    /// Notifications the member chose to get by e-mail, batched.
    Notifications,
    /// A welcome for a colleague who accepted an invitation, with first steps.
    Welcome,
    /// The personal digest of what happened in the member's groups.
    Digest,
}

impl MailKind {
    /// Every kind, for parsing.
    pub const ALL: [Self; 6] = [
        Self::Test,
        Self::Invitation,
        Self::PasswordReset,
        Self::Notifications,
        Self::Welcome,
        Self::Digest,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Test => "test",
            Self::Invitation => "invitation",
            Self::PasswordReset => "password_reset",
            Self::Notifications => "notifications",
            Self::Welcome => "welcome",
            Self::Digest => "digest",
        }
    }

    /// The stored name back; `None` for an unknown one.
    pub fn parse(stored: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == stored)
    }

    /// The message key of its name in the outbox.
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Test => "mail-kind-test",
            Self::Invitation => "mail-kind-invitation",
            Self::PasswordReset => "mail-kind-password-reset",
            Self::Notifications => "mail-kind-notifications",
            Self::Welcome => "mail-kind-welcome",
            Self::Digest => "mail-kind-digest",
        }
    }
}
