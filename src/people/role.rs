//! Platform roles. Stored as text so both databases and future roles stay simple.

crate::stored_enum! {
    /// What a member may manage across the whole platform.
    #[derive(PartialOrd, Ord)]
    pub enum Role {
        /// Every employee.
        Member = "member" => "role-member",
        /// An enthusiastic member who helps others and hears news first.
        Ambassador = "ambassador" => "role-ambassador",
        /// Part of the team that runs the community (cockpit, moderation).
        CommunityManager = "community_manager" => "role-community-manager",
        /// Manages accounts, roles and settings.
        Admin = "admin" => "role-admin",
    }
}

impl Role {
    /// Parses the stored form; unknown text is treated as the least privileged role.
    pub fn from_stored(text: &str) -> Role {
        Self::parse_or(text, Role::Member)
    }

    /// Community managers and administrators run the community.
    pub fn manages_community(self) -> bool {
        self >= Role::CommunityManager
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_round_trip_and_unknown_is_least_privileged() {
        for role in Role::ALL {
            assert_eq!(Role::from_stored(role.as_str()), role);
        }
        assert_eq!(Role::from_stored("root"), Role::Member);
        assert!(Role::Admin.manages_community());
        assert!(!Role::Ambassador.manages_community());
    }
}
