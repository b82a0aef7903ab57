//! Turns an askama template into an HTML response.

use askama::Template;
use axum::response::Html;

use crate::error::{Error, Result};

/// Renders `page`; a template failure is our bug, reported as an internal error.
pub fn render(page: impl Template) -> Result<Html<String>> {
    page.render()
        .map(Html)
        .map_err(|err| Error::Internal(format!("template: {err}")))
}

/// Formats epoch milliseconds as `dd-mm-yyyy hh:mm` UTC for `<time>` elements; a small script
/// shows it in the reader's own time zone when JavaScript runs.
pub fn format_datetime(ms: i64) -> String {
    let format = time::macros::format_description!("[day]-[month]-[year] [hour]:[minute] UTC");
    time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000)
        .ok()
        .and_then(|dt| dt.format(&format).ok())
        .unwrap_or_default()
}

/// Formats epoch milliseconds as RFC 3339 for the `datetime` attribute.
pub fn iso_datetime(ms: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000)
        .ok()
        .and_then(|dt| {
            dt.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_default()
}
