//! Platform roles. Stored as text so both databases and future roles stay simple.

/// What a member may manage across the whole platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    /// Every employee.
    Member,
    /// An enthusiastic member who helps others and hears news first.
    Ambassador,
    /// Part of the team that runs the community (cockpit, moderation).
    CommunityManager,
    /// Manages accounts, roles and settings.
    Admin,
}

impl Role {
    /// Every role, in order of growing rights.
    pub const ALL: [Role; 4] = [
        Role::Member,
        Role::Ambassador,
        Role::CommunityManager,
        Role::Admin,
    ];

    /// The stored form.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Member => "member",
            Role::Ambassador => "ambassador",
            Role::CommunityManager => "community_manager",
            Role::Admin => "admin",
        }
    }

    /// Parses the stored form; unknown text is treated as the least privileged role.
    pub fn parse(text: &str) -> Role {
        Self::ALL
            .into_iter()
            .find(|r| r.as_str() == text)
            .unwrap_or(Role::Member)
    }

    /// Parses submitted text strictly.
    pub fn parse_strict(text: &str) -> Option<Role> {
        Self::ALL.into_iter().find(|r| r.as_str() == text)
    }

    /// The i18n key of the role's name.
    pub fn label_key(self) -> &'static str {
        match self {
            Role::Member => "role-member",
            Role::Ambassador => "role-ambassador",
            Role::CommunityManager => "role-community-manager",
            Role::Admin => "role-admin",
        }
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
            assert_eq!(Role::parse(role.as_str()), role);
        }
        assert_eq!(Role::parse("root"), Role::Member);
        assert!(Role::Admin.manages_community());
        assert!(!Role::Ambassador.manages_community());
    }
}
