//! Serving attachments: `/attachments/{id}` (an image as shown, a file as a download) and
//! `/attachments/{id}/thumb` (an image's thumbnail, for feeds). Each request checks that the
//! viewer may read the post, so an attachment of a post in a group one cannot read, or of a
//! hidden or deleted post, is the same 404 as one that never existed.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

use super::service::{self, AttachmentRow};
use crate::error::Result;
use crate::web::{AppState, CurrentUser};

/// The routes of this capability.
pub fn router() -> crate::web::Routes {
    crate::web::Routes::new()
        .route("/attachments/{id}", get(full))
        .route("/attachments/{id}/thumb", get(thumb))
}

async fn full(
    State(app): State<AppState>,
    CurrentUser(viewer, _): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    serve(&app, &viewer, id, false).await
}

async fn thumb(
    State(app): State<AppState>,
    CurrentUser(viewer, _): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    serve(&app, &viewer, id, true).await
}

async fn serve(
    app: &AppState,
    viewer: &crate::auth::Viewer,
    id: i64,
    thumbnail: bool,
) -> Result<Response> {
    let row = service::describe(&app.db, id).await?;
    crate::posts::service::readable_post(&app.db, viewer, row.post_id).await?;
    let bytes = service::content(&app.db, id, thumbnail && row.is_image()).await?;
    Ok((headers(&row), bytes).into_response())
}

/// Never rendered as a page: the type found at upload, no sniffing, a sandbox should a
/// browser render it anyway, and a file always as a download under its stored name.
fn headers(row: &AttachmentRow) -> HeaderMap {
    let mut headers = HeaderMap::new();
    let content_type = HeaderValue::from_str(&row.content_type)
        .unwrap_or(HeaderValue::from_static("application/octet-stream"));
    headers.insert(header::CONTENT_TYPE, content_type);
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("sandbox; default-src 'none'"),
    );
    headers.insert(
        "cross-origin-resource-policy",
        HeaderValue::from_static("same-origin"),
    );
    // A member who leaves a group keeps at most ten minutes of what their browser cached.
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, max-age=600"),
    );
    if let Ok(value) = HeaderValue::from_str(&disposition(row)) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    headers
}

/// RFC 6266: an ASCII fallback name and the UTF-8 name, percent-encoded.
fn disposition(row: &AttachmentRow) -> String {
    const ATTR_CHAR: &AsciiSet = &NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'.')
        .remove(b'_')
        .remove(b'~');
    let how = if row.is_image() {
        "inline"
    } else {
        "attachment"
    };
    let fallback: String = row
        .name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded = utf8_percent_encode(&row.name, ATTR_CHAR);
    format!("{how}; filename=\"{fallback}\"; filename*=UTF-8''{encoded}")
}
