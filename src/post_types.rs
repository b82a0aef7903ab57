//! The stored vocabulary of the posts table: the kinds of post and an idea's status. Shared
//! rather than a part of `posts`: the activity record (the lowest capability) records a post by
//! its kind and the cockpit counts by it; posts writes both columns, the ideas capability owns
//! the status workflow (`ideas/status.rs`).

crate::stored_enum! {
    /// What kind of post it is.
    pub enum PostKind {
        /// A plain message.
        Discussion = "discussion" => "kind-discussion",
        /// A question that can get an accepted answer.
        Question = "question" => "kind-question",
        /// A call for help ("oproep", seed 003) that its author marks resolved.
        CallForHelp = "call_for_help" => "kind-call-for-help",
        /// An idea that moves through a status workflow, each step with a written response.
        Idea = "idea" => "kind-idea",
        /// A meetup or workshop with RSVPs (planned on its own form, not in the composer).
        Event = "event" => "kind-event",
        /// A poll with options to vote on (its own form too).
        Poll = "poll" => "kind-poll",
        /// Public appreciation of the colleagues it @mentions.
        Praise = "praise" => "kind-praise",
        /// News from those who run the group, pinned for a while (its own form).
        Announcement = "announcement" => "kind-announcement",
    }
}

crate::stored_enum! {
    /// The status of an idea.
    pub enum IdeaStatus {
        /// Just posted; nobody has responded.
        New = "new" => "idea-status-new",
        /// Someone responsible is looking into it.
        UnderReview = "under_review" => "idea-status-under-review",
        /// It will be done.
        Planned = "planned" => "idea-status-planned",
        /// It was done.
        Implemented = "implemented" => "idea-status-implemented",
        /// It will not be done (with the reason in the response).
        Declined = "declined" => "idea-status-declined",
    }
}

impl PostKind {
    /// Whether the group composer writes this kind (events, polls and announcements have their
    /// own forms).
    pub fn from_composer(self) -> bool {
        !matches!(self, Self::Event | Self::Poll | Self::Announcement)
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
}
