//! The one mapping from domain errors (and any other error status) to responses: a status code
//! and a page in the user's language that says what went wrong, never a stack trace.

use askama::Template;
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};

use super::context::PageCtx;
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

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorTemplate<'a> {
    ctx: &'a PageCtx,
    status: u16,
    message: String,
    details: Vec<String>,
    /// What the member sent, to send again from this page when the failure was ours and
    /// passing (the database out of reach, a timeout): nothing they typed is lost.
    resend: Vec<(String, String)>,
}

/// The fields of a form worth offering to send again (not the token: the page has its own).
fn resend_fields(status: StatusCode, form: Option<&[u8]>) -> Vec<(String, String)> {
    let passing = matches!(
        status,
        StatusCode::SERVICE_UNAVAILABLE | StatusCode::INTERNAL_SERVER_ERROR
    );
    match form {
        Some(body) if passing => form_urlencoded::parse(body)
            .filter(|(k, _)| k != "_csrf")
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect(),
        _ => Vec::new(),
    }
}

fn key_for_status(status: StatusCode) -> &'static str {
    match status {
        StatusCode::NOT_FOUND | StatusCode::METHOD_NOT_ALLOWED => "error-not-found",
        StatusCode::FORBIDDEN => "error-forbidden",
        StatusCode::PAYLOAD_TOO_LARGE => "error-too-large",
        StatusCode::URI_TOO_LONG => "error-uri-too-long",
        StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE => "error-headers-too-large",
        StatusCode::REQUEST_TIMEOUT | StatusCode::GATEWAY_TIMEOUT => "error-timeout",
        StatusCode::SERVICE_UNAVAILABLE => "error-unavailable",
        StatusCode::TOO_MANY_REQUESTS => "error-rate-limited",
        status if status.is_server_error() => "error-internal",
        _ => "error-bad-request",
    }
}

/// Replaces the body of an error response that is not already an HTML page with one rendered
/// in the viewer's language. Pages that handlers rendered themselves (a form with its errors)
/// are left alone. `form` is the body of the form that was sent, if any.
pub fn render_error_page(response: Response, ctx: &PageCtx, form: Option<&[u8]>) -> Response {
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("text/html"));
    if is_html {
        return response;
    }
    let status = response.status();
    let page = response
        .extensions()
        .get::<ErrorPage>()
        .cloned()
        .unwrap_or(ErrorPage {
            key: key_for_status(status),
            fields: vec![],
        });
    let template = ErrorTemplate {
        ctx,
        status: status.as_u16(),
        message: ctx.t(page.key),
        details: page.fields.iter().map(|f| ctx.t(f.key)).collect(),
        resend: resend_fields(status, form),
    };
    let retry = (status == StatusCode::SERVICE_UNAVAILABLE).then_some([(header::RETRY_AFTER, "5")]);
    match template.render() {
        Ok(html) => (status, retry, Html(html)).into_response(),
        Err(err) => {
            tracing::error!(%err, "error page failed to render");
            (status, ctx.t(page.key)).into_response()
        }
    }
}
