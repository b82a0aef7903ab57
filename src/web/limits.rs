//! Limits on the request line and headers, checked before anything else so that a refusal is
//! a page in the user's language (hyper's own limits, set higher in `server.rs`, answer with a
//! bare status and are only reached by floods).

use axum::extract::Request;
use axum::http::StatusCode;

/// The longest path and query accepted (every link Plein makes is far shorter).
pub const MAX_URI_BYTES: usize = 8 * 1024;
/// The most header lines accepted.
pub const MAX_HEADERS: usize = 100;
/// The most header bytes (names and values) accepted.
pub const MAX_HEADER_BYTES: usize = 32 * 1024;

/// The status to refuse `req` with, if its address or headers are over the limits.
pub fn refusal(req: &Request) -> Option<StatusCode> {
    let uri_len = req.uri().path_and_query().map_or(0, |p| p.as_str().len());
    if uri_len > MAX_URI_BYTES {
        return Some(StatusCode::URI_TOO_LONG);
    }
    let headers = req.headers();
    let bytes: usize = headers
        .iter()
        .map(|(name, value)| name.as_str().len() + value.len())
        .sum();
    (headers.len() > MAX_HEADERS || bytes > MAX_HEADER_BYTES)
        .then_some(StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE)
}
