//! SCIM 2.0 provisioning (RFC 7643/7644) at `/scim/v2/`: the identity provider (Entra ID,
//! Okta, …) creates, updates and deactivates accounts with a bearer token an administrator
//! made. An API for machines: JSON in and out (`application/scim+json`), errors as SCIM error
//! messages, no cookies, so it sits outside the pages' middleware (sessions, CSRF, HTML error
//! pages) with its own time limit and panic guard.

mod discovery;
mod filter;
mod groups;
mod mapping;
mod patch;
mod resource;
mod tokens;
mod users;

use axum::Router;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde_json::{Value, json};

use crate::web::AppState;

pub use mapping::router as mapping_router;
pub use tokens::router as tokens_router;

/// The longest a SCIM request may take before it is answered with an error.
const REQUEST_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// The SCIM API, to be served beside the pages (not inside their middleware).
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/scim/v2/ServiceProviderConfig", get(discovery::config))
        .route("/scim/v2/ResourceTypes", get(discovery::resource_types))
        .route("/scim/v2/ResourceTypes/{id}", get(discovery::resource_type))
        .route("/scim/v2/Schemas", get(discovery::schemas))
        .route("/scim/v2/Schemas/{id}", get(discovery::schema))
        .route("/scim/v2/Users", get(users::list).post(users::create))
        .route("/scim/v2/Users/.search", axum::routing::post(users::search))
        .route(
            "/scim/v2/Users/{id}",
            get(users::get)
                .put(users::replace)
                .patch(users::patch)
                .delete(users::delete),
        )
        .route("/scim/v2/Groups", get(groups::list).post(groups::create))
        .route(
            "/scim/v2/Groups/.search",
            axum::routing::post(groups::search),
        )
        .route(
            "/scim/v2/Groups/{id}",
            get(groups::get)
                .put(groups::replace)
                .patch(groups::patch)
                .delete(groups::delete),
        )
        // Only under /scim/v2: merged beside the pages, a fallback would answer for them too.
        .route("/scim/v2/{*rest}", axum::routing::any(not_found))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            REQUEST_TIMEOUT,
        ))
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(
            |_: Box<dyn std::any::Any + Send>| {
                ScimError::internal("the request failed").into_response()
            },
        ))
}

async fn not_found() -> ScimError {
    ScimError::new(StatusCode::NOT_FOUND, None, "no such SCIM endpoint".into())
}

/// A SCIM error message (RFC 7644 §3.12).
#[derive(Debug)]
pub struct ScimError {
    status: StatusCode,
    scim_type: Option<&'static str>,
    detail: String,
}

impl ScimError {
    /// An error with its HTTP status, SCIM type and a detail for the provider's log.
    pub fn new(status: StatusCode, scim_type: Option<&'static str>, detail: String) -> Self {
        Self {
            status,
            scim_type,
            detail,
        }
    }

    /// A failure of Plein's own (logged; the provider retries).
    pub fn internal(detail: &str) -> Self {
        tracing::error!(detail, "SCIM request failed");
        Self::new(StatusCode::INTERNAL_SERVER_ERROR, None, detail.to_string())
    }
}

impl From<crate::error::Error> for ScimError {
    fn from(err: crate::error::Error) -> Self {
        use crate::error::Error;
        match err {
            Error::NotFound => Self::new(StatusCode::NOT_FOUND, None, "not found".into()),
            Error::Invalid(fields) if fields.iter().any(|f| f.key == "error-email-taken") => {
                Self::new(
                    StatusCode::CONFLICT,
                    Some("uniqueness"),
                    "this e-mail address has an account".into(),
                )
            }
            Error::Invalid(fields) => Self::new(
                StatusCode::BAD_REQUEST,
                Some("invalidValue"),
                fields
                    .iter()
                    .map(|f| format!("{}: {}", f.field, crate::i18n::Lang::En.t(f.key)))
                    .collect::<Vec<_>>()
                    .join("; "),
            ),
            Error::Db(db) if crate::db::is_unique_violation(&db) => Self::new(
                StatusCode::CONFLICT,
                Some("uniqueness"),
                "this e-mail address has an account".into(),
            ),
            other => Self::internal(&other.to_string()),
        }
    }
}

impl From<sea_orm::DbErr> for ScimError {
    fn from(err: sea_orm::DbErr) -> Self {
        crate::error::Error::Db(err).into()
    }
}

impl IntoResponse for ScimError {
    fn into_response(self) -> Response {
        let mut body = json!({
            "schemas": [resource::ERROR_SCHEMA],
            "status": self.status.as_u16().to_string(),
            "detail": self.detail,
        });
        if let Some(scim_type) = self.scim_type {
            body["scimType"] = json!(scim_type);
        }
        let mut response = scim_json(self.status, body);
        if self.status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"plein-scim\""),
            );
        }
        response
    }
}

/// A SCIM JSON answer.
fn scim_json(status: StatusCode, body: Value) -> Response {
    (
        status,
        [
            (header::CONTENT_TYPE, "application/scim+json"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body.to_string(),
    )
        .into_response()
}

/// The SCIM base address the resources' locations start with.
fn base(app: &AppState, headers: &HeaderMap) -> String {
    format!("{}/scim/v2", crate::web::public_base(&app.config, headers))
}

/// Refuses a request without a live bearer token, the same way for a missing, malformed,
/// unknown or revoked one.
async fn authorized(app: &AppState, headers: &HeaderMap) -> Result<(), ScimError> {
    let presented = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            v.split_once(' ')
                .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
        })
        .map(|(_, token)| token.trim())
        .unwrap_or_default();
    match tokens::authenticate(&app.db, presented).await? {
        Some(_) => Ok(()),
        None => Err(ScimError::new(
            StatusCode::UNAUTHORIZED,
            None,
            "a valid bearer token is required".into(),
        )),
    }
}

#[cfg(test)]
mod tests;
