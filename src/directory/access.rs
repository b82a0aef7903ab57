//! The one rule of who may see and do what in a group. Every read path — group pages, post
//! pages, feeds, profiles, and whatever comes later (search, notifications, e-mail, exports) —
//! asks this module, either per group ([`GroupAccess`]) or in SQL ([`readable_groups`]).
//!
//! Content of closed and secret groups is for members only; platform administrators get no
//! bypass (a works council would rightly object), and a secret group does not exist for
//! non-members: they get the same "not found" as for a group that was never there.

use sea_orm::sea_query::{Query, SelectStatement};
use sea_orm::{ColumnTrait, Condition};

use super::entity::{group, member};

crate::stored_enum! {
    /// Who may find and read a group.
    pub enum Visibility {
        /// Listed; anyone signed in reads and joins.
        Open = "open",
        /// Listed; content for members; joining needs a group admin's approval.
        Closed = "closed",
        /// Not listed; only members know it exists; by invitation.
        Secret = "secret",
    }
}

impl Visibility {
    /// Parses the stored form; anything unknown is treated as the most private.
    pub fn from_stored(text: &str) -> Self {
        Self::parse_or(text, Self::Secret)
    }
}

/// The viewer's relation to a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Membership {
    /// Not a member.
    None,
    /// Asked to join a closed group.
    Requested,
    /// A member.
    Member,
    /// A member who moderates the group's posts and comments (flags, hiding, locking).
    Moderator,
    /// A member who manages the group.
    Admin,
}

impl Membership {
    /// Whether this is a membership at all.
    pub fn is_member(self) -> bool {
        matches!(self, Self::Member | Self::Moderator | Self::Admin)
    }

    /// The membership a stored role gives.
    pub fn of_role(role: &str) -> Self {
        match role {
            "admin" => Self::Admin,
            "moderator" => Self::Moderator,
            _ => Self::Member,
        }
    }
}

/// What one viewer may do in one group.
#[derive(Debug, Clone, Copy)]
pub struct GroupAccess {
    /// The group's visibility.
    pub visibility: Visibility,
    /// The viewer's membership.
    pub membership: Membership,
    /// Whether the group is archived (read-only).
    pub archived: bool,
    /// Whether the viewer is a community manager or administrator.
    pub manages_community: bool,
    /// Whether the viewer moderates every group they can read (community managers and
    /// community moderators).
    pub moderates_community: bool,
}

impl GroupAccess {
    /// Whether the group's existence, name and description may be shown.
    pub fn can_see(&self) -> bool {
        self.visibility != Visibility::Secret || self.membership.is_member()
    }

    /// Whether posts, comments and the member list may be shown.
    pub fn can_read(&self) -> bool {
        self.visibility == Visibility::Open || self.membership.is_member()
    }

    /// Whether the viewer may start a post.
    pub fn can_post(&self) -> bool {
        self.membership.is_member() && !self.archived
    }

    /// Whether the viewer may comment and react (open groups welcome non-members).
    pub fn can_respond(&self) -> bool {
        self.can_read() && !self.archived
    }

    /// Whether the viewer manages members, requests and settings.
    pub fn can_manage(&self) -> bool {
        self.membership == Membership::Admin
    }

    /// Whether the viewer reviews flags and takes moderation actions in the group: its admins
    /// and moderators, and community-wide moderators where they can read — nobody gets to
    /// moderate content the access rule keeps from them.
    pub fn can_moderate(&self) -> bool {
        matches!(self.membership, Membership::Admin | Membership::Moderator)
            || (self.moderates_community && self.can_read())
    }

    /// Whether the viewer may archive or restore the group: its admins, and community
    /// managers keeping the platform clean (seed 002 §5).
    pub fn can_archive(&self) -> bool {
        self.can_manage() || (self.manages_community && self.can_see())
    }

    /// Whether the viewer is waiting for a join request to be decided.
    pub fn is_requested(&self) -> bool {
        self.membership == Membership::Requested
    }

    /// Whether the viewer can join straight away.
    pub fn can_join(&self) -> bool {
        self.visibility == Visibility::Open && !self.archived && !self.membership.is_member()
    }

    /// Whether the viewer can ask to join.
    pub fn can_request(&self) -> bool {
        self.visibility == Visibility::Closed
            && !self.archived
            && self.membership == Membership::None
    }
}

/// The ids of the groups `viewer_id` belongs to, as a sub-query.
pub fn groups_of(viewer_id: i64) -> SelectStatement {
    Query::select()
        .column(member::Column::GroupId)
        .from(member::Entity)
        .and_where(member::Column::UserId.eq(viewer_id))
        .to_owned()
}

/// The ids of the members of `group_id`, as a sub-query (who may read a non-open group).
pub fn members_of(group_id: i64) -> SelectStatement {
    Query::select()
        .column(member::Column::UserId)
        .from(member::Entity)
        .and_where(member::Column::GroupId.eq(group_id))
        .to_owned()
}

/// SQL condition on the `groups` table: groups whose content `viewer_id` may read. The same
/// rule as [`GroupAccess::can_read`], for queries over many groups at once.
pub fn readable_groups(viewer_id: i64) -> Condition {
    Condition::any()
        .add(group::Column::Visibility.eq(Visibility::Open.as_str()))
        .add(group::Column::Id.in_subquery(groups_of(viewer_id)))
}

/// SQL condition on the `groups` table: groups whose flags `viewer_id` reviews — those they
/// administer or moderate, and, for community-wide moderators, every group they may read. The
/// same rule as [`GroupAccess::can_moderate`].
pub fn moderated_groups(viewer_id: i64, community_wide: bool) -> Condition {
    let own = Query::select()
        .column(member::Column::GroupId)
        .from(member::Entity)
        .and_where(member::Column::UserId.eq(viewer_id))
        .and_where(member::Column::Role.is_in(["admin", "moderator"]))
        .to_owned();
    let condition = Condition::any().add(group::Column::Id.in_subquery(own));
    if community_wide {
        condition.add(readable_groups(viewer_id))
    } else {
        condition
    }
}

/// SQL condition on the `groups` table: groups `viewer_id` may see listed (not archived).
pub fn listable_groups(viewer_id: i64) -> Condition {
    Condition::all()
        .add(group::Column::ArchivedAt.is_null())
        .add(
            Condition::any()
                .add(group::Column::Visibility.ne(Visibility::Secret.as_str()))
                .add(group::Column::Id.in_subquery(groups_of(viewer_id))),
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn access(visibility: Visibility, membership: Membership) -> GroupAccess {
        GroupAccess {
            visibility,
            membership,
            archived: false,
            manages_community: false,
            moderates_community: false,
        }
    }

    #[test]
    fn the_visibility_matrix() {
        use Membership::*;
        use Visibility::*;
        // (visibility, membership, can_see, can_read, can_post)
        let cases = [
            (Open, None, true, true, false),
            (Open, Member, true, true, true),
            (Closed, None, true, false, false),
            (Closed, Requested, true, false, false),
            (Closed, Member, true, true, true),
            (Secret, None, false, false, false),
            (Secret, Member, true, true, true),
            (Secret, Admin, true, true, true),
        ];
        for (vis, mem, see, read, post) in cases {
            let a = access(vis, mem);
            assert_eq!(
                (a.can_see(), a.can_read(), a.can_post()),
                (see, read, post),
                "{vis:?}/{mem:?}"
            );
        }
    }

    #[test]
    fn community_managers_get_no_content_bypass() {
        let mut a = access(Visibility::Secret, Membership::None);
        a.manages_community = true;
        assert!(!a.can_see() && !a.can_read() && !a.can_archive());
        let mut closed = access(Visibility::Closed, Membership::None);
        closed.manages_community = true;
        assert!(!closed.can_read() && closed.can_archive());
    }

    #[test]
    fn archived_groups_are_read_only() {
        let mut a = access(Visibility::Open, Membership::Admin);
        a.archived = true;
        assert!(a.can_read() && !a.can_post() && !a.can_respond() && !a.can_join());
        assert!(a.can_archive(), "admins can restore");
    }

    #[test]
    fn unknown_visibility_is_most_private() {
        assert_eq!(Visibility::from_stored("public"), Visibility::Secret);
        assert_eq!(Visibility::parse("public"), None);
    }
}
