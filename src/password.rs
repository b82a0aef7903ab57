//! Argon2id password hashing, run off the async threads because it is deliberately slow.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

use crate::error::{Error, Result};

/// Shortest password we accept (NIST SP 800-63B asks for at least 8; we ask a bit more).
pub const MIN_LEN: usize = 10;
/// Longest password we accept (bounds hashing work).
pub const MAX_LEN: usize = 256;

fn argon2() -> Argon2<'static> {
    Argon2::new(Algorithm::Argon2id, Version::V0x13, Params::default())
}

/// Checks the length rules, with a message key for the form.
pub fn validate(password: &str) -> Result<()> {
    let len = password.chars().count();
    if len < MIN_LEN {
        return Err(Error::invalid("password", "error-password-short"));
    }
    if len > MAX_LEN {
        return Err(Error::invalid("password", "error-password-long"));
    }
    Ok(())
}

/// Hashes a password into a PHC string.
pub async fn hash(password: String) -> Result<String> {
    tokio::task::spawn_blocking(move || {
        let mut salt_bytes = [0u8; 16];
        getrandom::fill(&mut salt_bytes).map_err(|e| Error::Internal(e.to_string()))?;
        let salt =
            SaltString::encode_b64(&salt_bytes).map_err(|e| Error::Internal(e.to_string()))?;
        argon2()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| Error::Internal(e.to_string()))
    })
    .await
    .map_err(|e| Error::Internal(e.to_string()))?
}

/// Verifies a password against a stored hash. With no stored hash a dummy one is checked, so
/// unknown accounts take as long as known ones.
pub async fn verify(password: String, stored: Option<String>) -> bool {
    tokio::task::spawn_blocking(move || {
        let dummy = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$1vJ6k3wq0ZmFhY2tlcnNkb250Z2V0aW4xMjM0NTY3OA";
        let exists = stored.is_some();
        let text = stored.unwrap_or_else(|| dummy.to_string());
        let Ok(parsed) = PasswordHash::new(&text) else {
            return false;
        };
        argon2().verify_password(password.as_bytes(), &parsed).is_ok() && exists
    })
    .await
    .unwrap_or(false)
}
