//! A sign-in from start to finish: the attempt kept in the database (so any instance can take
//! the provider's answer) and bound to the browser that started it by a cookie, used once.

use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use super::Refusal;
use super::account::{self, Outcome};
use super::entity::{attempt, provider};
use super::oidc;
use crate::db::now_ms;
use crate::tokens;

/// The cookie that binds a sign-in under way to the browser that started it.
pub const ATTEMPT_COOKIE: &str = "plein_sso";

/// The cookie holding an offer to link an existing account after a password sign-in.
pub const LINK_COOKIE: &str = "plein_sso_link";

/// How long a sign-in may take at the provider.
const ATTEMPT_LIFETIME_MS: i64 = 10 * 60_000;

/// A sign-in sent off: the provider's address for the browser and the cookie binding it.
pub struct Started {
    /// Where to send the browser.
    pub url: String,
    /// The value of [`ATTEMPT_COOKIE`].
    pub browser_token: String,
}

/// Starts a sign-in at `provider`, coming back to `redirect` and then going on to `next`.
pub async fn start(
    db: &impl ConnectionTrait,
    provider: &provider::Model,
    redirect: &str,
    next: &str,
) -> Result<Started, Refusal> {
    let authorization = oidc::authorize(provider, redirect).await?;
    let browser_token = tokens::random_token();
    let now = now_ms();
    attempt::Entity::delete_many()
        .filter(attempt::Column::CreatedAt.lt(now - ATTEMPT_LIFETIME_MS))
        .exec(db)
        .await?;
    attempt::Entity::insert(attempt::ActiveModel {
        state_hash: Set(tokens::hash(&authorization.state)),
        browser_hash: Set(tokens::hash(&browser_token)),
        provider_id: Set(provider.id),
        pkce_verifier: Set(authorization.pkce_verifier),
        nonce: Set(authorization.nonce),
        next: Set(next.chars().take(2000).collect()),
        created_at: Set(now),
    })
    .exec(db)
    .await?;
    Ok(Started {
        url: authorization.url,
        browser_token,
    })
}

/// What the provider sent back to the redirect address.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct Callback {
    /// The authorization code.
    pub code: String,
    /// The `state` sent along at the start.
    pub state: String,
    /// The issuer that answers (RFC 9207), when the provider says.
    pub iss: Option<String>,
    /// An error instead of a code.
    pub error: Option<String>,
    /// The error's description.
    pub error_description: Option<String>,
}

/// A finished sign-in: who, and where they were going.
pub struct Finished {
    /// The account to sign in, or an offer to link one.
    pub outcome: Outcome,
    /// Where to go afterwards (already made safe by the caller at the start).
    pub next: String,
}

/// Takes the provider's answer: the attempt of its `state` is claimed once (a replay finds
/// nothing), must come from the browser that started it and from this provider, and the code
/// must give a valid ID token.
pub async fn finish(
    db: &impl ConnectionTrait,
    provider: &provider::Model,
    redirect: &str,
    callback: &Callback,
    browser_token: Option<&str>,
) -> Result<Finished, Refusal> {
    let started = claim(db, &callback.state).await?;
    let same_browser = browser_token.is_some_and(|t| tokens::hash(t) == started.browser_hash);
    let live = started.created_at >= now_ms() - ATTEMPT_LIFETIME_MS;
    if !same_browser || !live || started.provider_id != provider.id {
        return Err(Refusal::StateUnknown);
    }
    if let Some(error) = &callback.error {
        let description = callback.error_description.as_deref().unwrap_or_default();
        return Err(Refusal::ProviderError(format!("{error}: {description}")));
    }
    if let Some(iss) = &callback.iss
        && iss.trim_end_matches('/') != provider.issuer.trim_end_matches('/')
    {
        return Err(Refusal::TokenInvalid(format!("answer from issuer {iss}")));
    }
    let verified = oidc::verify(
        provider,
        redirect,
        &callback.code,
        &started.pkce_verifier,
        &started.nonce,
    )
    .await?;
    Ok(Finished {
        outcome: account::resolve(db, provider, &verified).await?,
        next: started.next,
    })
}

/// The attempt of `state`, deleted in the same step so only one request gets it.
async fn claim(db: &impl ConnectionTrait, state: &str) -> Result<attempt::Model, Refusal> {
    if state.is_empty() || state.len() > 200 {
        return Err(Refusal::StateUnknown);
    }
    let hash = tokens::hash(state);
    let found = attempt::Entity::find_by_id(hash.clone())
        .one(db)
        .await?
        .ok_or(Refusal::StateUnknown)?;
    let deleted = attempt::Entity::delete_many()
        .filter(attempt::Column::StateHash.eq(hash))
        .exec(db)
        .await?;
    if deleted.rows_affected != 1 {
        return Err(Refusal::StateUnknown);
    }
    Ok(found)
}

/// The provider's end-session address for someone who signed in through provider
/// `provider_id`, coming back to `back_to`; none when the provider has none (or is gone).
pub async fn end_session_url(
    db: &impl ConnectionTrait,
    provider_id: i64,
    back_to: &str,
) -> crate::error::Result<Option<(String, String)>> {
    let Some(provider) = super::provider::find(db, provider_id).await? else {
        return Ok(None);
    };
    Ok(oidc::end_session_url(&provider, back_to)
        .await
        .map(|url| (provider.name, url)))
}
