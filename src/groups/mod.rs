//! Groups: open, closed and secret groups that anyone may start, membership and join requests,
//! group admins, archiving (the tables and the access rule are the directory's).

mod entity;
mod repo;
mod routes;
pub use routes::router;
pub mod service;

/// Separates a secret group's name from what makes its key its own.
const SECRET_KEY_SEPARATOR: char = '\u{1f}';

/// The uniqueness key of a group's name (`groups.name_key`). Open and closed groups are listed
/// to every member, so their names are unique among them, case-insensitively. A secret group's
/// key carries `salt` (its id or a random token), so it is unique to itself: choosing a name,
/// or renaming, never tells whether a secret group already has it. Sorting by the key still
/// sorts by name.
pub fn name_key(name: &str, visibility: &str, salt: impl std::fmt::Display) -> String {
    let plain = name.to_lowercase();
    if visibility == crate::directory::access::Visibility::Secret.as_str() {
        format!("{plain}{SECRET_KEY_SEPARATOR}{salt}")
    } else {
        plain
    }
}

// The front door (the tables live in `crate::directory`; writes go through `service`): the
// member-id queries that compose, and the group feed page the typed posts share.
pub use repo::{group_ids_of, member_count, member_ids};
pub use routes::{FeedQuery, group_page};

/// Fixtures for other capabilities' tests: groups written directly.
#[cfg(test)]
pub use repo::{insert_group, upsert_member};

#[cfg(test)]
mod tests;
