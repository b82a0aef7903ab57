//! The OpenID Connect side of a sign-in, through the `openidconnect` crate: discovery (kept
//! five minutes per instance), the authorization-code flow with PKCE, `state` and `nonce`, and
//! the ID token checked for signature by the provider's keys, issuer, audience, expiry and
//! nonce. Nothing here reads or writes accounts.

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};
use std::time::{Duration, Instant};

use openidconnect::core::{
    CoreAuthDisplay, CoreAuthPrompt, CoreAuthenticationFlow, CoreErrorResponseType,
    CoreGenderClaim, CoreJsonWebKey, CoreJweContentEncryptionAlgorithm, CoreJwsSigningAlgorithm,
    CoreRevocableToken, CoreRevocationErrorResponse, CoreTokenIntrospectionResponse, CoreTokenType,
};
use openidconnect::{
    AdditionalClaims, AuthorizationCode, ClaimsVerificationError, ClientId, ClientSecret,
    CsrfToken, EmptyExtraTokenFields, EndpointMaybeSet, EndpointNotSet, EndpointSet, IdTokenFields,
    IssuerUrl, LogoutRequest, Nonce, PkceCodeChallenge, PkceCodeVerifier, PostLogoutRedirectUrl,
    ProviderMetadataWithLogout, RedirectUrl, Scope, StandardErrorResponse, StandardTokenResponse,
    reqwest,
};
use serde::{Deserialize, Serialize};

use super::Refusal;
use super::entity::provider;

/// Claims beyond the standard ones (department, job title, …), by name, as the provider sent
/// them; which of them mean what is the provider's configuration.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ExtraClaims {
    #[serde(flatten)]
    claims: HashMap<String, serde_json::Value>,
}

impl AdditionalClaims for ExtraClaims {}

impl ExtraClaims {
    /// The text of claim `name`, trimmed, if the provider sent one.
    pub fn text(&self, name: &str) -> Option<String> {
        if name.is_empty() {
            return None;
        }
        match self.claims.get(name)? {
            serde_json::Value::String(text) => Some(text.trim().to_string()),
            _ => None,
        }
    }
}

type TokenResponse = StandardTokenResponse<
    IdTokenFields<
        ExtraClaims,
        EmptyExtraTokenFields,
        CoreGenderClaim,
        CoreJweContentEncryptionAlgorithm,
        CoreJwsSigningAlgorithm,
    >,
    CoreTokenType,
>;

type Client = openidconnect::Client<
    ExtraClaims,
    CoreAuthDisplay,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJsonWebKey,
    CoreAuthPrompt,
    StandardErrorResponse<CoreErrorResponseType>,
    TokenResponse,
    CoreTokenIntrospectionResponse,
    CoreRevocableToken,
    CoreRevocationErrorResponse,
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

/// How long an instance keeps a provider's configuration and keys before asking again.
const METADATA_TTL: Duration = Duration::from_secs(300);

static METADATA: LazyLock<Mutex<HashMap<String, (Instant, ProviderMetadataWithLogout)>>> =
    LazyLock::new(|| Mutex::new(HashMap::new()));

/// The one HTTP client for providers: no redirects followed (a redirect is where server-side
/// request forgery starts), bounded in time.
fn http() -> &'static reqwest::Client {
    static CLIENT: LazyLock<reqwest::Client> = LazyLock::new(|| {
        reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(Duration::from_secs(5))
            .timeout(Duration::from_secs(10))
            .build()
            .unwrap_or_default()
    });
    &CLIENT
}

/// The provider's configuration and keys from its discovery document (cached).
pub async fn metadata(issuer: &str) -> Result<ProviderMetadataWithLogout, Refusal> {
    let cached = METADATA
        .lock()
        .ok()
        .and_then(|cache| cache.get(issuer).cloned())
        .filter(|(at, _)| at.elapsed() < METADATA_TTL);
    if let Some((_, metadata)) = cached {
        return Ok(metadata);
    }
    let url =
        IssuerUrl::new(issuer.to_string()).map_err(|e| Refusal::Unreachable(e.to_string()))?;
    let metadata = ProviderMetadataWithLogout::discover_async(url, http())
        .await
        .map_err(|e| Refusal::Unreachable(error_chain(&e)))?;
    if let Ok(mut cache) = METADATA.lock() {
        cache.insert(issuer.to_string(), (Instant::now(), metadata.clone()));
    }
    Ok(metadata)
}

fn client(
    provider: &provider::Model,
    metadata: ProviderMetadataWithLogout,
    redirect: &str,
) -> Result<Client, Refusal> {
    let redirect =
        RedirectUrl::new(redirect.to_string()).map_err(|e| Refusal::Unreachable(e.to_string()))?;
    Ok(Client::from_provider_metadata(
        metadata,
        ClientId::new(provider.client_id.clone()),
        Some(ClientSecret::new(provider.client_secret.clone())),
    )
    .set_redirect_uri(redirect))
}

/// A sign-in sent to the provider: where to send the browser, and what to keep until it comes
/// back.
pub struct Authorization {
    /// The provider's authorization address with every parameter.
    pub url: String,
    /// The `state` sent along.
    pub state: String,
    /// The PKCE verifier.
    pub pkce_verifier: String,
    /// The nonce the ID token must carry.
    pub nonce: String,
}

/// Starts the authorization-code flow with PKCE (S256), a random `state` and `nonce`.
pub async fn authorize(
    provider: &provider::Model,
    redirect: &str,
) -> Result<Authorization, Refusal> {
    let client = client(provider, metadata(&provider.issuer).await?, redirect)?;
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let mut request = client.authorize_url(
        CoreAuthenticationFlow::AuthorizationCode,
        CsrfToken::new_random,
        Nonce::new_random,
    );
    for scope in provider
        .scopes
        .split_whitespace()
        .filter(|s| *s != "openid")
    {
        request = request.add_scope(Scope::new(scope.to_string()));
    }
    let (url, state, nonce) = request.set_pkce_challenge(challenge).url();
    Ok(Authorization {
        url: url.to_string(),
        state: state.secret().clone(),
        pkce_verifier: verifier.secret().clone(),
        nonce: nonce.secret().clone(),
    })
}

/// Who the provider says signed in, from a verified ID token.
#[derive(Debug)]
pub struct Verified {
    /// The provider's stable identifier of the person.
    pub subject: String,
    /// Their e-mail address, if given.
    pub email: Option<String>,
    /// Whether the provider says it verified that address.
    pub email_verified: bool,
    /// Their name, if given.
    pub name: Option<String>,
    /// Every other claim.
    pub extra: ExtraClaims,
}

/// Exchanges `code` (with the PKCE verifier) for tokens and verifies the ID token: signature
/// by the provider's keys, issuer, audience (this client), expiry and `nonce`.
pub async fn verify(
    provider: &provider::Model,
    redirect: &str,
    code: &str,
    pkce_verifier: &str,
    nonce: &str,
) -> Result<Verified, Refusal> {
    let client = client(provider, metadata(&provider.issuer).await?, redirect)?;
    let response = client
        .exchange_code(AuthorizationCode::new(code.to_string()))
        .map_err(|e| Refusal::Exchange(e.to_string()))?
        .set_pkce_verifier(PkceCodeVerifier::new(pkce_verifier.to_string()))
        .request_async(http())
        .await
        .map_err(|e| Refusal::Exchange(error_chain(&e)))?;
    let id_token = response
        .extra_fields()
        .id_token()
        .ok_or_else(|| Refusal::TokenInvalid("no ID token".into()))?;
    let claims = id_token
        .claims(&client.id_token_verifier(), &Nonce::new(nonce.to_string()))
        .map_err(|e| match e {
            ClaimsVerificationError::InvalidAudience(_) => Refusal::WrongAudience,
            ClaimsVerificationError::Expired(_) => Refusal::Expired,
            other => Refusal::TokenInvalid(other.to_string()),
        })?;
    Ok(Verified {
        subject: claims.subject().as_str().to_string(),
        email: claims.email().map(|e| e.as_str().trim().to_lowercase()),
        email_verified: claims.email_verified().unwrap_or(false),
        name: claims
            .name()
            .and_then(|n| n.get(None))
            .map(|n| n.as_str().trim().to_string())
            .filter(|n| !n.is_empty()),
        extra: claims.additional_claims().clone(),
    })
}

/// The provider's end-session address for someone leaving Plein, when it has one: back to
/// `back_to` afterwards.
pub async fn end_session_url(provider: &provider::Model, back_to: &str) -> Option<String> {
    let metadata = metadata(&provider.issuer).await.ok()?;
    let endpoint = metadata
        .additional_metadata()
        .end_session_endpoint
        .clone()?;
    let mut request =
        LogoutRequest::from(endpoint).set_client_id(ClientId::new(provider.client_id.clone()));
    if let Ok(back) = PostLogoutRedirectUrl::new(back_to.to_string()) {
        request = request.set_post_logout_redirect_uri(back);
    }
    Some(request.http_get_url().to_string())
}

/// An error with its causes, for the log and the administrator's form.
fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}
