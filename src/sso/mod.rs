//! Single sign-on with OpenID Connect: colleagues sign in with their organisation's account
//! (Entra ID, Okta, Keycloak, Google Workspace…). Administrators configure providers at
//! `/admin/sso` (or one in `plein.toml`/the environment), may switch password sign-in off for
//! everyone but an emergency administrator, and see every account made, linked or changed on
//! sign-in in the provisioning log.

mod account;
mod entity;
mod flow;
mod oidc;
mod provider;
mod routes;

pub use flow::{LINK_COOKIE, end_session_url};
pub use provider::sync_from_config;
pub use routes::router;

/// Why a sign-in through a provider did not sign anyone in; each has a message for the person
/// trying (`message_key`), the technical detail goes to the log.
#[derive(Debug, thiserror::Error)]
pub enum Refusal {
    /// The provider's discovery document or keys could not be read.
    #[error("the provider cannot be reached: {0}")]
    Unreachable(String),
    /// The provider sent an error back (cancelled, refused consent, …).
    #[error("the provider answered with an error: {0}")]
    ProviderError(String),
    /// The `state` is unknown, used already, expired or from another browser.
    #[error("unknown, used or expired state")]
    StateUnknown,
    /// The code could not be exchanged for tokens.
    #[error("the code exchange failed: {0}")]
    Exchange(String),
    /// The ID token was made for another application.
    #[error("the ID token is for another audience")]
    WrongAudience,
    /// The ID token has expired.
    #[error("the ID token has expired")]
    Expired,
    /// The ID token failed another check (signature, issuer, nonce, …).
    #[error("the ID token is not valid: {0}")]
    TokenInvalid(String),
    /// The provider gave no usable e-mail address.
    #[error("no e-mail address")]
    NoEmail,
    /// The address is not verified and the provider is not trusted for addresses.
    #[error("the e-mail address is not verified")]
    EmailUnverified,
    /// No account, and this provider does not create them.
    #[error("no account and none may be created")]
    NoAccount,
    /// No account, and the address's domain may not get one.
    #[error("the e-mail domain is not allowed")]
    DomainNotAllowed,
    /// The account is deactivated or suspended.
    #[error("the account is deactivated")]
    Deactivated,
    /// The database failed; not the person's doing.
    #[error(transparent)]
    Db(#[from] crate::error::Error),
}

impl From<sea_orm::DbErr> for Refusal {
    fn from(error: sea_orm::DbErr) -> Self {
        Self::Db(error.into())
    }
}

impl Refusal {
    /// The i18n key of what the person trying to sign in is told.
    pub fn message_key(&self) -> &'static str {
        match self {
            Self::Unreachable(_) | Self::Exchange(_) | Self::Db(_) => "sso-refused-unreachable",
            Self::ProviderError(_) => "sso-refused-provider",
            Self::StateUnknown => "sso-refused-state",
            Self::WrongAudience => "sso-refused-audience",
            Self::Expired => "sso-refused-expired",
            Self::TokenInvalid(_) => "sso-refused-token",
            Self::NoEmail => "sso-refused-no-email",
            Self::EmailUnverified => "sso-refused-unverified",
            Self::NoAccount => "sso-refused-no-account",
            Self::DomainNotAllowed => "sso-refused-domain",
            Self::Deactivated => "sso-refused-deactivated",
        }
    }
}

/// A provider as the sign-in page offers it.
#[derive(Debug, Clone)]
pub struct SignInChoice {
    /// Shown on the button.
    pub name: String,
    /// Where the button goes (`/sso/{slug}`).
    pub href: String,
}

/// The providers to offer on the sign-in page, by name.
pub async fn sign_in_choices(
    db: &impl sea_orm::ConnectionTrait,
) -> crate::error::Result<Vec<SignInChoice>> {
    Ok(provider::all(db)
        .await?
        .into_iter()
        .map(|p| SignInChoice {
            href: format!("/sso/{}", p.slug),
            name: p.name,
        })
        .collect())
}

/// Links the identity a sign-in offered to link (the offer in cookie `token`) now that
/// `user_id` signed in with the password; the provider's name when it did.
pub async fn accept_link_offer(
    db: &impl sea_orm::ConnectionTrait,
    token: &str,
    user_id: i64,
) -> crate::error::Result<Option<String>> {
    account::accept_offer(db, token, user_id).await
}

/// Whether any provider is configured (password sign-in may only be switched off then).
pub async fn any_provider(db: &impl sea_orm::ConnectionTrait) -> crate::error::Result<bool> {
    Ok(!provider::all(db).await?.is_empty())
}

#[cfg(test)]
mod tests;
