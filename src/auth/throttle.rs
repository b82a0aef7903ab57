//! Sign-in throttling that slows guessing down without handing anyone a lock-out (OWASP's
//! authentication and credential-stuffing guidance: growing delays rather than hard locks,
//! device cookies, per-account rather than per-address limits). Counted in the database so it
//! holds across several instances.
//!
//! - **Per account**: the first [`FREE_ATTEMPTS`] failures within [`WINDOW_MS`] cost nothing;
//!   after that each new attempt must wait 30 s after the last failure, doubling with every
//!   further failure up to [`MAX_DELAY_MS`]. Refused attempts are not counted.
//! - **Known devices**: a device the member signed in from before (a cookie whose hash is in
//!   `known_devices`) is not slowed down by the account's failures, only by its own; so the
//!   right password from one's own laptop always works.
//! - **Per address**: one address failing on many *different* accounts ([`SPRAY_ACCOUNTS`]) is
//!   password spraying and is slowed down the same way; colleagues behind one office address
//!   who each mistype once are not.

use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect,
};

use super::entity::{known_device, login_attempt};
use super::tokens;
use crate::db::now_ms;
use crate::error::Result;

/// The window failures are counted in.
pub const WINDOW_MS: i64 = 60 * 60 * 1000;
/// Failures of one account (or device) within the window that cost no wait.
pub const FREE_ATTEMPTS: u64 = 5;
/// The first wait, doubled with every further failure.
pub const FIRST_DELAY_MS: i64 = 30_000;
/// The longest wait.
pub const MAX_DELAY_MS: i64 = 15 * 60_000;
/// Distinct accounts failing from one address within the window before the address is slowed.
pub const SPRAY_ACCOUNTS: u64 = 30;
/// How long a device stays known without a sign-in from it.
pub const DEVICE_RETENTION_MS: i64 = 180 * 24 * 3600 * 1000;

/// The longest client address kept (an IPv6 address with a zone fits; a forged
/// `X-Forwarded-For` hop does not grow the key past its column).
const MAX_ADDRESS_CHARS: usize = 64;

fn account_key(email_key: &str) -> String {
    format!("acct:{email_key}")
}

fn device_key(device_hash: &str) -> String {
    format!("dev:{device_hash}")
}

fn address_prefix(address: &str) -> String {
    let address: String = address.chars().take(MAX_ADDRESS_CHARS).collect();
    format!("ip:{address}|")
}

/// The address's failure row names the account by a short hash, so distinct accounts can be
/// counted without keeping e-mail addresses per address.
fn address_key(address: &str, email_key: &str) -> String {
    format!(
        "{}{}",
        address_prefix(address),
        &tokens::hash(email_key)[..16]
    )
}

/// The wait owed after `failures` failures: nothing for the free attempts, then 30 s doubling.
pub fn delay_after(failures: u64) -> i64 {
    if failures < FREE_ATTEMPTS {
        return 0;
    }
    let doublings = u32::try_from(failures - FREE_ATTEMPTS)
        .unwrap_or(u32::MAX)
        .min(20);
    FIRST_DELAY_MS
        .saturating_mul(1_i64 << doublings)
        .min(MAX_DELAY_MS)
}

/// Failures of `key` within the window, and when the last one was.
async fn failures(db: &impl ConnectionTrait, key: &str, now: i64) -> Result<(u64, Option<i64>)> {
    let recent = login_attempt::Entity::find()
        .filter(login_attempt::Column::Key.eq(key))
        .filter(login_attempt::Column::At.gt(now - WINDOW_MS));
    let count = recent.clone().count(db).await?;
    let last = recent
        .select_only()
        .column(login_attempt::Column::At)
        .order_by_desc(login_attempt::Column::At)
        .into_tuple::<i64>()
        .one(db)
        .await?;
    Ok((count, last))
}

/// Distinct accounts that failed from `address` within the window, and the last failure.
async fn sprayed(db: &impl ConnectionTrait, address: &str, now: i64) -> Result<(u64, Option<i64>)> {
    let recent = login_attempt::Entity::find()
        .filter(
            login_attempt::Column::Key
                .like(crate::db::dialect::starts_with(&address_prefix(address))),
        )
        .filter(login_attempt::Column::At.gt(now - WINDOW_MS));
    let accounts = recent
        .clone()
        .select_only()
        .column(login_attempt::Column::Key)
        .distinct()
        .count(db)
        .await?;
    let last = recent
        .select_only()
        .expr(login_attempt::Column::At.max())
        .into_tuple::<Option<i64>>()
        .one(db)
        .await?
        .flatten();
    Ok((accounts, last))
}

fn wait_left(delay: i64, last: Option<i64>, now: i64) -> i64 {
    last.map_or(0, |at| (at + delay - now).max(0))
}

/// How many milliseconds this attempt must still wait (0: go ahead). `device` is the hash of a
/// device cookie already known to belong to this account.
pub async fn wait_ms(
    db: &impl ConnectionTrait,
    email_key: &str,
    address: &str,
    device: Option<&str>,
) -> Result<i64> {
    let now = now_ms();
    if let Some(device) = device {
        let (n, last) = failures(db, &device_key(device), now).await?;
        return Ok(wait_left(delay_after(n), last, now));
    }
    let (n, last) = failures(db, &account_key(email_key), now).await?;
    let account_wait = wait_left(delay_after(n), last, now);
    let (accounts, last_here) = sprayed(db, address, now).await?;
    let spray_wait = if accounts >= SPRAY_ACCOUNTS {
        wait_left(
            delay_after(accounts - SPRAY_ACCOUNTS + FREE_ATTEMPTS),
            last_here,
            now,
        )
    } else {
        0
    };
    Ok(account_wait.max(spray_wait))
}

/// Records a failed attempt against the account (or the known device it came from) and the
/// address, pruning old rows.
pub async fn record_failure(
    db: &impl ConnectionTrait,
    email_key: &str,
    address: &str,
    device: Option<&str>,
) -> Result<()> {
    let at = now_ms();
    let first = match device {
        Some(device) => device_key(device),
        None => account_key(email_key),
    };
    let rows = [first, address_key(address, email_key)].map(|key| login_attempt::ActiveModel {
        key: Set(key),
        at: Set(at),
        ..Default::default()
    });
    login_attempt::Entity::insert_many(rows).exec(db).await?;
    login_attempt::Entity::delete_many()
        .filter(login_attempt::Column::At.lt(at - WINDOW_MS))
        .exec(db)
        .await?;
    Ok(())
}

/// Lookups that tell whether an e-mail address has an account (adding a colleague to a group
/// by address, registering with an address already taken): allowed `limit` misses per `who`
/// within the window, so addresses cannot be harvested in bulk. Returns whether one more is
/// allowed.
pub async fn lookup_allowed(db: &impl ConnectionTrait, who: &str, limit: u64) -> Result<bool> {
    Ok(failures(db, &format!("lookup:{who}"), now_ms()).await?.0 < limit)
}

/// Counts a lookup that told "no such account" or "already taken" against `who`.
pub async fn record_lookup(db: &impl ConnectionTrait, who: &str) -> Result<()> {
    let at = now_ms();
    login_attempt::Entity::insert(login_attempt::ActiveModel {
        key: Set(format!("lookup:{who}")),
        at: Set(at),
        ..Default::default()
    })
    .exec(db)
    .await?;
    Ok(())
}

/// Failures against the account within the window (for the notice after signing in).
pub async fn account_failures(db: &impl ConnectionTrait, email_key: &str) -> Result<u64> {
    Ok(failures(db, &account_key(email_key), now_ms()).await?.0)
}

/// Forgets the failures of an account (or of the device it signed in from) after a successful
/// sign-in.
pub async fn clear(db: &impl ConnectionTrait, email_key: &str, device: Option<&str>) -> Result<()> {
    let key = match device {
        Some(device) => device_key(device),
        None => account_key(email_key),
    };
    login_attempt::Entity::delete_many()
        .filter(login_attempt::Column::Key.eq(key))
        .exec(db)
        .await?;
    Ok(())
}

/// The hash of `token` when it is a device cookie of `user_id`'s.
pub async fn known_device(
    db: &impl ConnectionTrait,
    user_id: i64,
    token: Option<&str>,
) -> Result<Option<String>> {
    let Some(token) = token.filter(|t| tokens::is_well_formed(t)) else {
        return Ok(None);
    };
    let hash = tokens::hash(token);
    let found = known_device::Entity::find_by_id(hash.clone())
        .filter(known_device::Column::UserId.eq(user_id))
        .filter(known_device::Column::LastSeenAt.gt(now_ms() - DEVICE_RETENTION_MS))
        .one(db)
        .await?;
    Ok(found.map(|_| hash))
}

/// Remembers the device a member just signed in from: the existing cookie's device when it is
/// theirs, else a new one; returns the cookie token to set (`None`: keep the current one).
/// Devices unseen for [`DEVICE_RETENTION_MS`] are swept out.
pub async fn remember_device(
    db: &impl ConnectionTrait,
    user_id: i64,
    known: Option<&str>,
) -> Result<Option<String>> {
    let now = now_ms();
    known_device::Entity::delete_many()
        .filter(known_device::Column::LastSeenAt.lt(now - DEVICE_RETENTION_MS))
        .exec(db)
        .await?;
    if let Some(hash) = known {
        known_device::Entity::update_many()
            .col_expr(known_device::Column::LastSeenAt, Expr::val(now))
            .filter(known_device::Column::TokenHash.eq(hash))
            .exec(db)
            .await?;
        return Ok(None);
    }
    let token = tokens::random_token();
    known_device::Entity::insert(known_device::ActiveModel {
        token_hash: Set(tokens::hash(&token)),
        user_id: Set(user_id),
        created_at: Set(now),
        last_seen_at: Set(now),
    })
    .exec(db)
    .await?;
    Ok(Some(token))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_grow_from_thirty_seconds_to_a_quarter_hour() {
        assert_eq!(delay_after(FREE_ATTEMPTS - 1), 0);
        assert_eq!(delay_after(FREE_ATTEMPTS), 30_000);
        assert_eq!(delay_after(FREE_ATTEMPTS + 1), 60_000);
        assert_eq!(delay_after(FREE_ATTEMPTS + 4), 480_000);
        assert_eq!(delay_after(FREE_ATTEMPTS + 5), MAX_DELAY_MS);
        assert_eq!(delay_after(u64::MAX), MAX_DELAY_MS);
    }
}
