//! Sign-in, first-run setup, registration, password changes and one-time password links.

use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter,
};

use super::entity::password_token;
use super::{Role, password, session, throttle, tokens};
use crate::db::{self, Db, now_ms};
use crate::error::{Error, Result};
use crate::people::service::{self as people, NewAccount};
use crate::settings;

/// How long a set-password link stays valid.
pub const LINK_LIFETIME_MS: i64 = 7 * 24 * 3600 * 1000;

/// Creates the first administrator; refused once any account exists, so a second visitor
/// racing the first cannot become administrator too.
pub async fn setup_first_admin(db: &Db, email: &str, display_name: &str, pw: &str) -> Result<i64> {
    let tx = db::begin_write(db).await?;
    if !people::is_first_run(&tx).await? {
        return Err(Error::Forbidden);
    }
    let new = NewAccount {
        email: email.into(),
        display_name: display_name.into(),
        password: Some(pw.into()),
        role: Role::Admin,
    };
    let id = people::create_account(&tx, new).await?;
    tx.commit().await?;
    Ok(id)
}

/// A successful sign-in.
#[derive(Debug)]
pub struct SignedIn {
    /// The account.
    pub user_id: i64,
    /// A new device cookie to set (the device was not known yet).
    pub new_device: Option<String>,
    /// Failed attempts on the account within the throttle's window, to tell the member.
    pub failed_attempts: u64,
}

/// Checks credentials, slowing guessing down per account, per known device and per address
/// (see `throttle`). Every failure looks the same to the user, whether the account exists or
/// not; `device` is the device cookie the browser sent, if any.
pub async fn sign_in(
    db: &Db,
    email: &str,
    pw: &str,
    address: &str,
    device: Option<&str>,
) -> Result<SignedIn> {
    let email_key = email.trim().to_lowercase();
    // Nothing longer than an address or a password can be can match: refused before any
    // hashing or storing (the throttle's keys stay within their column).
    if email_key.chars().count() > crate::validate::MAX_EMAIL_CHARS
        || pw.chars().count() > password::MAX_LEN
    {
        return Err(Error::invalid("email", "error-login-failed"));
    }
    let account = people::user_by_email(db, &email_key)
        .await?
        .filter(|u| u.active);
    let known = match &account {
        Some(account) => throttle::known_device(db, account.id, device).await?,
        None => None,
    };
    if throttle::wait_ms(db, &email_key, address, known.as_deref()).await? > 0 {
        return Err(Error::RateLimited);
    }
    let policy = password_policy(db).await?;
    let stored = account.as_ref().and_then(|u| u.password_hash.clone());
    // The hash is checked even when passwords are off for this address, so the answer takes
    // as long either way and does not tell which address is the emergency administrator's.
    if password::verify(pw.to_string(), stored).await
        && policy.allows(&email_key)
        && let Some(account) = account
    {
        if account
            .suspended_until
            .is_some_and(|until| until > crate::db::now_ms())
        {
            return Err(Error::invalid("email", "error-account-suspended"));
        }
        let failed_attempts = throttle::account_failures(db, &email_key).await?;
        throttle::clear(db, &email_key, known.as_deref()).await?;
        let new_device = throttle::remember_device(db, account.id, known.as_deref()).await?;
        return Ok(SignedIn {
            user_id: account.id,
            new_device,
            failed_attempts,
        });
    }
    throttle::record_failure(db, &email_key, address, known.as_deref()).await?;
    let message = if policy.off {
        "error-login-failed-sso-only"
    } else {
        "error-login-failed"
    };
    Err(Error::invalid("email", message))
}

/// Who may sign in with a password: everyone, or (single sign-on only) just the emergency
/// administrator.
#[derive(Debug, Clone, Default)]
pub struct PasswordPolicy {
    /// Password sign-in is off for everyone but `break_glass`.
    pub off: bool,
    /// The emergency administrator's address.
    pub break_glass: Option<String>,
}

impl PasswordPolicy {
    /// Whether the account with (lower-cased) address `email` may use a password.
    pub fn allows(&self, email: &str) -> bool {
        !self.off || self.break_glass.as_deref() == Some(email)
    }
}

/// The password policy as stored.
pub async fn password_policy(db: &impl ConnectionTrait) -> Result<PasswordPolicy> {
    Ok(PasswordPolicy {
        off: settings::PASSWORD_SIGN_IN_OFF.get(db).await?,
        break_glass: settings::BREAK_GLASS_EMAIL
            .get(db)
            .await?
            .filter(|e| !e.is_empty()),
    })
}

/// Switches password sign-in off (for everyone but the emergency administrator
/// `break_glass`, who must be an active administrator with a password, so nobody is locked
/// out when the identity provider is down) or on again. Off needs a single sign-on provider
/// (`providers`).
pub async fn set_password_policy(
    db: &Db,
    off: bool,
    break_glass: &str,
    providers: bool,
) -> Result<()> {
    let mut checks = crate::validate::Checks::new();
    let email = if break_glass.trim().is_empty() {
        String::new()
    } else {
        checks.email("break_glass", break_glass)
    };
    checks.finish()?;
    if off {
        if !providers {
            return Err(Error::invalid("password_off", "error-sso-none"));
        }
        let usable = people::user_by_email(db, &email).await?.is_some_and(|u| {
            u.active && u.password_hash.is_some() && Role::from_stored(&u.role) == Role::Admin
        });
        if !usable {
            return Err(Error::invalid("break_glass", "error-break-glass"));
        }
    }
    let tx = db::begin_write(db).await?;
    settings::BREAK_GLASS_EMAIL.set(&tx, &email).await?;
    settings::PASSWORD_SIGN_IN_OFF.set(&tx, off).await?;
    tx.commit().await?;
    Ok(())
}

/// Registrations refused for an address already taken, per client address and hour.
const TAKEN_PER_HOUR: u64 = 10;

/// Creates a member account when open registration is on. "This address already has an
/// account" is told (a colleague who forgot they registered needs to know), but only
/// [`TAKEN_PER_HOUR`] times an hour per client address.
pub async fn register(
    db: &Db,
    email: &str,
    display_name: &str,
    pw: &str,
    address: &str,
) -> Result<i64> {
    if !settings::OPEN_REGISTRATION.get(db).await? {
        return Err(Error::Forbidden);
    }
    let who = format!("register:{}", address.chars().take(64).collect::<String>());
    if !throttle::lookup_allowed(db, &who, TAKEN_PER_HOUR).await? {
        return Err(Error::RateLimited);
    }
    let new = NewAccount {
        email: email.into(),
        display_name: display_name.into(),
        password: Some(pw.into()),
        role: Role::Member,
    };
    let created = people::create_account(db, new).await;
    if let Err(Error::Invalid(fields)) = &created
        && fields.iter().any(|f| f.key == "error-email-taken")
    {
        throttle::record_lookup(db, &who).await?;
    }
    created
}

/// Changes a member's password after checking the current one and ends all their sessions;
/// the caller signs the current browser in again with a fresh session.
pub async fn change_password(db: &Db, user_id: i64, current: &str, new: &str) -> Result<()> {
    let account = people::active_user(db, user_id).await?;
    if !password::verify(current.to_string(), account.password_hash.clone()).await {
        return Err(Error::invalid("current", "error-password-wrong"));
    }
    password::validate(new)?;
    let hash = password::hash(new.to_string()).await?;
    people::set_password_hash(db, account, hash).await?;
    session::delete_all_for_user(db, user_id).await?;
    Ok(())
}

/// Issues a one-time link token with which `user_id` can set a password (an invitation: a week).
pub async fn issue_password_link(db: &impl ConnectionTrait, user_id: i64) -> Result<String> {
    issue_link(db, user_id, LINK_LIFETIME_MS).await
}

/// Spends every unused link of `user_id` (an invitation sent again replaces the earlier one).
pub async fn revoke_password_links(db: &impl ConnectionTrait, user_id: i64) -> Result<()> {
    password_token::Entity::update_many()
        .col_expr(
            password_token::Column::UsedAt,
            sea_orm::sea_query::Expr::val(now_ms()),
        )
        .filter(password_token::Column::UserId.eq(user_id))
        .filter(password_token::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// How long a link from "forgotten your password?" works: an hour.
pub const RESET_LIFETIME_MS: i64 = 3_600_000;

/// Reset links one account can be sent per hour (nobody can flood a colleague's inbox).
const RESETS_PER_ACCOUNT: u64 = 3;

/// Reset requests one client address can make per hour, whatever the addresses asked for.
const RESETS_PER_CLIENT: u64 = 10;

/// A member who asked for a new password, and the link token to mail them.
pub struct ResetLink {
    /// The account's address.
    pub email: String,
    /// Its display name.
    pub display_name: String,
    /// Its language, when the member chose one.
    pub locale: Option<String>,
    /// The one-time token.
    pub token: String,
}

/// "Forgotten your password?": a reset link for the active account with `email`, if there is
/// one and it has not had its hourly share of links. The caller answers the same whether or
/// not a link came back; only a client asking too often is told so (`RateLimited`).
pub async fn request_password_reset(
    db: &Db,
    email: &str,
    client: &str,
) -> Result<Option<ResetLink>> {
    let client_key = format!("reset:{client}");
    if !throttle::lookup_allowed(db, &client_key, RESETS_PER_CLIENT).await? {
        return Err(Error::RateLimited);
    }
    throttle::record_lookup(db, &client_key).await?;
    let email_key = email.trim().to_lowercase();
    if email_key.chars().count() > crate::validate::MAX_EMAIL_CHARS {
        return Ok(None);
    }
    let Some(account) = people::user_by_email(db, &email_key)
        .await?
        .filter(|u| u.active)
    else {
        return Ok(None);
    };
    if !password_policy(db).await?.allows(&email_key) {
        return Ok(None);
    }
    let account_key = format!("reset-account:{}", account.id);
    if !throttle::lookup_allowed(db, &account_key, RESETS_PER_ACCOUNT).await? {
        return Ok(None);
    }
    throttle::record_lookup(db, &account_key).await?;
    Ok(Some(ResetLink {
        token: issue_link(db, account.id, RESET_LIFETIME_MS).await?,
        email: account.email,
        display_name: account.display_name,
        locale: account.locale,
    }))
}

async fn issue_link(db: &impl ConnectionTrait, user_id: i64, lifetime_ms: i64) -> Result<String> {
    let token = tokens::random_token();
    password_token::Entity::insert(password_token::ActiveModel {
        token_hash: Set(tokens::hash(&token)),
        user_id: Set(user_id),
        expires_at: Set(now_ms() + lifetime_ms),
        used_at: Set(None),
    })
    .exec(db)
    .await?;
    Ok(token)
}

async fn live_link(db: &impl ConnectionTrait, token: &str) -> Result<password_token::Model> {
    if !tokens::is_well_formed(token) {
        return Err(Error::NotFound);
    }
    password_token::Entity::find_by_id(tokens::hash(token))
        .filter(password_token::Column::UsedAt.is_null())
        .filter(password_token::Column::ExpiresAt.gt(now_ms()))
        .one(db)
        .await?
        .ok_or(Error::NotFound)
}

/// Whether a set-password link can still be used.
pub async fn link_is_live(db: &impl ConnectionTrait, token: &str) -> Result<()> {
    live_link(db, token).await.map(|_| ())
}

/// A member who set a password through a link.
pub struct Redeemed {
    /// The account.
    pub user_id: i64,
    /// Whether it had no password before (an accepted invitation: time to welcome them).
    pub first_time: bool,
    /// Its address, name and chosen language, for the welcome mail.
    pub email: String,
    /// Its display name.
    pub display_name: String,
    /// Its chosen language.
    pub locale: Option<String>,
}

/// Sets the password through a link, which is then spent, and ends every session of the
/// account (whoever knew the old password is signed out).
pub async fn redeem_password_link(db: &Db, token: &str, new: &str) -> Result<Redeemed> {
    password::validate(new)?;
    let hash = password::hash(new.to_string()).await?;
    let tx = db::begin_write(db).await?;
    let link = live_link(&tx, token).await?;
    let account = people::active_user(&tx, link.user_id).await?;
    if !password_policy(&tx).await?.allows(&account.email) {
        return Err(Error::invalid("password", "error-password-sign-in-off"));
    }
    let redeemed = Redeemed {
        user_id: account.id,
        first_time: account.password_hash.is_none(),
        email: account.email.clone(),
        display_name: account.display_name.clone(),
        locale: account.locale.clone(),
    };
    let user_id = account.id;
    people::set_password_hash(&tx, account, hash).await?;
    let mut spent = link.into_active_model();
    spent.used_at = Set(Some(now_ms()));
    password_token::Entity::update(spent).exec(&tx).await?;
    session::delete_all_for_user(&tx, user_id).await?;
    tx.commit().await?;
    Ok(redeemed)
}
