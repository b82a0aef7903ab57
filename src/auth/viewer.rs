//! Who is asking: the signed-in member as every capability sees them, and the checks of what
//! their role lets them do.

use crate::error::{Error, Result};
use crate::i18n::Lang;

use super::Role;

/// The signed-in member making the request.
#[derive(Debug, Clone)]
pub struct Viewer {
    /// The member's id.
    pub id: i64,
    /// The name shown in the header.
    pub display_name: String,
    /// The platform role, which decides what the member may manage.
    pub role: Role,
    /// A senior manager marked as role model: reads the cockpit, changes nothing there.
    pub role_model: bool,
    /// A member an administrator made moderator of the whole community.
    pub community_moderator: bool,
    /// The member's chosen language, if any.
    pub locale: Option<Lang>,
    /// The hash of the session this request came with (for logout).
    pub session_hash: String,
}

impl Viewer {
    /// Community managers run the cockpit; senior managers (role models) read it, because
    /// management should see the same honest figures the team works from.
    pub fn sees_cockpit(&self) -> bool {
        self.role.manages_community() || self.role_model
    }

    /// Community managers moderate every group they can read, and so do members made
    /// moderators of the whole community; group moderators only their own groups.
    pub fn moderates_community(&self) -> bool {
        self.role.manages_community() || self.community_moderator
    }
}

impl Viewer {
    /// Refuses anyone who may not change settings kept by `steward`.
    pub fn require_steward(&self, steward: crate::settings::Steward) -> Result<()> {
        let allowed = match steward {
            crate::settings::Steward::Admin => self.role == Role::Admin,
            crate::settings::Steward::CommunityTeam => self.role.manages_community(),
        };
        if allowed {
            Ok(())
        } else {
            Err(Error::Forbidden)
        }
    }

    /// Refuses anyone but an administrator.
    pub fn require_admin(&self) -> Result<()> {
        self.require_steward(crate::settings::Steward::Admin)
    }
}
