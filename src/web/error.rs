//! The one mapping from domain errors (and any other error status) to responses: a status code
//! and a page in the user's language that says what went wrong, never a stack trace.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::flash::redirect;
use crate::error::{Error, FieldError};

/// Attached to error responses so the context middleware can render them in the right language.
#[derive(Debug, Clone)]
pub struct ErrorPage {
    /// The i18n key of the headline message.
    pub key: &'static str,
    /// Field-level problems, when the input was invalid.
    pub fields: Vec<FieldError>,
}

impl IntoResponse for Error {
    fn into_response(self) -> Response {
        let (status, key, fields) = match self {
            Error::NotFound => (StatusCode::NOT_FOUND, "error-not-found", vec![]),
            Error::Forbidden => (StatusCode::FORBIDDEN, "error-forbidden", vec![]),
            Error::LoginRequired => return redirect("/login"),
            Error::Invalid(fields) => (StatusCode::UNPROCESSABLE_ENTITY, "error-invalid", fields),
            Error::Csrf => (StatusCode::FORBIDDEN, "error-csrf", vec![]),
            Error::RateLimited => (StatusCode::TOO_MANY_REQUESTS, "error-rate-limited", vec![]),
            Error::TooLarge => (StatusCode::PAYLOAD_TOO_LARGE, "error-too-large", vec![]),
            Error::BadRequest => (StatusCode::BAD_REQUEST, "error-bad-request", vec![]),
            Error::Timeout => {
                tracing::warn!("request timed out");
                (StatusCode::SERVICE_UNAVAILABLE, "error-timeout", vec![])
            }
            Error::Db(err) if crate::db::is_unavailable(&err) => {
                tracing::error!(%err, "database unavailable");
                (StatusCode::SERVICE_UNAVAILABLE, "error-unavailable", vec![])
            }
            Error::Db(err) => {
                tracing::error!(%err, "database error");
                (StatusCode::INTERNAL_SERVER_ERROR, "error-internal", vec![])
            }
            Error::Internal(message) => {
                tracing::error!(%message, "internal error");
                (StatusCode::INTERNAL_SERVER_ERROR, "error-internal", vec![])
            }
        };
        let mut response = status.into_response();
        response.extensions_mut().insert(ErrorPage { key, fields });
        response
    }
}
