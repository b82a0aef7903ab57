//! What kinds of activity are recorded.

use crate::posts::kind::PostKind;

/// One kind of activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActivityKind {
    /// A member's first request of a day.
    Visit,
    /// A post of a type.
    Post(PostKind),
    /// A comment (not an answer to someone else's question).
    Comment,
    /// A comment on someone else's question.
    Answer,
    /// An answer accepted.
    AcceptedAnswer,
    /// A reaction given.
    Reaction,
    /// An idea moved to a new status (with its response).
    IdeaStatus,
    /// An answer to an event.
    Rsvp,
    /// Joined a group.
    Join,
    /// Left a group.
    Leave,
    /// Changed one's profile.
    ProfileUpdate,
}

impl ActivityKind {
    /// The stored form (posts by type: `post.question`, `post.idea`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Visit => "visit",
            Self::Post(kind) => match kind {
                PostKind::Discussion => "post.discussion",
                PostKind::Question => "post.question",
                PostKind::CallForHelp => "post.call_for_help",
                PostKind::Idea => "post.idea",
                PostKind::Event => "post.event",
                PostKind::Poll => "post.poll",
                PostKind::Praise => "post.praise",
                PostKind::Announcement => "post.announcement",
            },
            Self::Comment => "comment",
            Self::Answer => "answer",
            Self::AcceptedAnswer => "accepted_answer",
            Self::Reaction => "reaction",
            Self::IdeaStatus => "idea_status",
            Self::Rsvp => "rsvp",
            Self::Join => "join",
            Self::Leave => "leave",
            Self::ProfileUpdate => "profile_update",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_post_type_has_its_own_kind() {
        let names: Vec<_> = PostKind::ALL
            .into_iter()
            .map(|k| ActivityKind::Post(k).as_str())
            .collect();
        for kind in PostKind::ALL {
            assert!(names.contains(&format!("post.{}", kind.as_str()).as_str()));
        }
    }
}
