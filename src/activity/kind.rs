//! What kinds of activity are recorded.

use crate::post_types::PostKind;

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
    /// Voted in a poll.
    PollVote,
    /// Marked an announcement read.
    AnnouncementRead,
    /// Flagged a post or comment for the moderators.
    Flag,
    /// Took a moderation action (the 5 B's: who moderates, community managers or members).
    Moderation,
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
            Self::PollVote => "poll_vote",
            Self::AnnouncementRead => "announcement_read",
            Self::Flag => "flag",
            Self::Moderation => "moderation",
        }
    }

    /// How far this takes a member up the participation ladder of the 90-9-1 lens.
    pub fn level(self) -> Level {
        match self {
            Self::Post(_) => Level::Creator,
            Self::Comment
            | Self::Answer
            | Self::AcceptedAnswer
            | Self::Reaction
            | Self::IdeaStatus
            | Self::Rsvp
            | Self::PollVote => Level::Contributor,
            Self::Visit
            | Self::AnnouncementRead
            | Self::Join
            | Self::Leave
            | Self::ProfileUpdate
            | Self::Flag
            | Self::Moderation => Level::Lurker,
        }
    }
}

/// The participation ladder: lurkers only read, contributors react and reply, creators post.
/// Stored per active member-day as the highest rung reached that day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// Visited only.
    Lurker = 0,
    /// Reacted, commented, answered, responded.
    Contributor = 1,
    /// Wrote a post.
    Creator = 2,
}

impl Level {
    /// The stored number.
    pub fn as_i16(self) -> i16 {
        self as i16
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

crate::stored_enum! {
    /// Whose activity a count is, for the shares of activity by role (and the 5 B's question of
    /// whether members, not community managers, carry the community). A person counts in the first
    /// segment that fits: community managers (and administrators), ambassadors, senior managers
    /// (role models), everyone else.
    pub enum Segment {
        /// Community managers and administrators.
        CommunityManager = "community_manager",
        /// Ambassadors.
        Ambassador = "ambassador",
        /// Senior managers marked as role models.
        Senior = "senior",
        /// Everyone else.
        Member = "member",
    }
}

impl Segment {
    /// The segment of an account with this stored role and role-model marker.
    pub fn of(role: &str, role_model: bool) -> Self {
        match role {
            "community_manager" | "admin" => Self::CommunityManager,
            "ambassador" => Self::Ambassador,
            _ if role_model => Self::Senior,
            _ => Self::Member,
        }
    }
}
