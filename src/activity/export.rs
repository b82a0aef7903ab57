//! The raw activity log as CSV for administrators' own BI tools and for audits of the cockpit's
//! figures. Members appear under a pseudonym derived from an export key the administrator
//! chooses (and Plein does not store): the same key gives the same pseudonyms, so exports can
//! be joined, while a pseudonym is not an account number. Only what the figures need leaves:
//! the date (not the moment), the pseudonym, the kind and the group id — no post ids or texts,
//! which would make re-identification easy.

use sha2::{Digest, Sha256};

use crate::error::{Error, Result};

/// The shortest export key accepted (a short key is guessable, and with it every pseudonym).
pub const MIN_KEY_CHARS: usize = 12;

/// The header row.
pub const HEADER: &str = "date,member,kind,group_id\n";

/// A checked export key.
#[derive(Clone)]
pub struct ExportKey(String);

impl ExportKey {
    /// The key as typed, or why it is refused.
    pub fn parse(text: &str) -> Result<Self> {
        let key = text.trim();
        if key.chars().count() < MIN_KEY_CHARS {
            return Err(Error::invalid("key", "export-key-short"));
        }
        Ok(Self(key.to_string()))
    }

    /// The member's pseudonym under this key: 16 hex digits of SHA-256(key, id).
    pub fn pseudonym(&self, user_id: i64) -> String {
        let digest = Sha256::new()
            .chain_update(self.0.as_bytes())
            .chain_update([0u8])
            .chain_update(user_id.to_be_bytes())
            .finalize();
        digest[..8].iter().map(|b| format!("{b:02x}")).collect()
    }
}

/// One CSV row of an event.
pub fn row(key: &ExportKey, day: i32, user_id: i64, kind: &str, group_id: Option<i64>) -> String {
    let group = group_id.map(|g| g.to_string()).unwrap_or_default();
    format!(
        "{},{},{},{}\n",
        crate::activity::period::date_of(day),
        key.pseudonym(user_id),
        kind,
        group
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pseudonyms_are_stable_per_key_and_differ_between_keys() {
        let a = ExportKey::parse("  onze sleutel voor 2026 ").expect("long enough");
        let b = ExportKey::parse("een andere sleutel").expect("long enough");
        assert_eq!(a.pseudonym(7), a.pseudonym(7));
        assert_ne!(a.pseudonym(7), a.pseudonym(8));
        assert_ne!(a.pseudonym(7), b.pseudonym(7));
        assert_eq!(a.pseudonym(7).len(), 16);
        assert!(ExportKey::parse("kort").is_err());
        assert_eq!(
            row(&a, 20_780, 7, "visit", None),
            format!("2026-11-23,{},visit,\n", a.pseudonym(7))
        );
    }
}
