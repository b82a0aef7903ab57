//! Login throttling, counted in the database so it holds across several instances.

use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
};

use super::entity::login_attempt;
use crate::db::now_ms;
use crate::error::Result;

/// The window failures are counted in.
pub const WINDOW_MS: i64 = 15 * 60 * 1000;
/// Failures per account within the window before sign-in is refused.
pub const ACCOUNT_LIMIT: u64 = 5;
/// Failures per client address within the window before sign-in is refused.
pub const ADDRESS_LIMIT: u64 = 30;

fn account_key(email_key: &str) -> String {
    format!("acct:{email_key}")
}

/// The longest client address kept (an IPv6 address with a zone fits; a forged
/// `X-Forwarded-For` hop does not grow the key past its column).
const MAX_ADDRESS_CHARS: usize = 64;

fn address_key(address: &str) -> String {
    let address: String = address.chars().take(MAX_ADDRESS_CHARS).collect();
    format!("ip:{address}")
}

async fn recent_failures(db: &impl ConnectionTrait, key: String) -> Result<u64> {
    Ok(login_attempt::Entity::find()
        .filter(login_attempt::Column::Key.eq(key))
        .filter(login_attempt::Column::At.gt(now_ms() - WINDOW_MS))
        .count(db)
        .await?)
}

/// Whether sign-in for this account or from this address is paused.
pub async fn is_blocked(db: &impl ConnectionTrait, email_key: &str, address: &str) -> Result<bool> {
    Ok(
        recent_failures(db, account_key(email_key)).await? >= ACCOUNT_LIMIT
            || recent_failures(db, address_key(address)).await? >= ADDRESS_LIMIT,
    )
}

/// Records a failed attempt against both the account and the address, pruning old rows.
pub async fn record_failure(
    db: &impl ConnectionTrait,
    email_key: &str,
    address: &str,
) -> Result<()> {
    let at = now_ms();
    let rows =
        [account_key(email_key), address_key(address)].map(|key| login_attempt::ActiveModel {
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

/// Forgets an account's failures after a successful sign-in.
pub async fn clear_account(db: &impl ConnectionTrait, email_key: &str) -> Result<()> {
    login_attempt::Entity::delete_many()
        .filter(login_attempt::Column::Key.eq(account_key(email_key)))
        .exec(db)
        .await?;
    Ok(())
}
