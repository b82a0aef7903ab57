//! The kinds of mail Plein sends.

crate::stored_enum! {
    /// What a mail is for: shown in the outbox and deciding its headers.
    pub enum MailKind {
        /// An administrator's test of the mail settings.
        Test = "test" => "mail-kind-test",
        /// An invitation to a colleague to join, with a one-time link.
        Invitation = "invitation" => "mail-kind-invitation",
        /// A link to set a new password, asked for from the sign-in page.
        PasswordReset = "password_reset" => "mail-kind-password-reset",
        /// Notifications the member chose to get by e-mail, batched.
        Notifications = "notifications" => "mail-kind-notifications",
        /// A welcome for a colleague who accepted an invitation, with first steps.
        Welcome = "welcome" => "mail-kind-welcome",
        /// The personal digest of what happened in the member's groups.
        Digest = "digest" => "mail-kind-digest",
        /// A stored report a community manager sent to its readers.
        Report = "report" => "mail-kind-report",
        /// An issue of the community newsletter.
        Newsletter = "newsletter" => "mail-kind-newsletter",
    }
}

impl MailKind {
    /// Whether the visits this kind of mail brings are counted (together, never per receiver):
    /// the mails sent to many on a schedule, whose effect the works council may ask about.
    pub fn counts_arrivals(self) -> bool {
        matches!(self, Self::Digest | Self::Newsletter)
    }
}
