//! The web core shared by every capability: application state, the per-request context
//! (viewer, language, CSRF token, flash), the error-to-response mapping and page rendering.

pub mod context;
pub mod cookies;
pub mod error;
pub mod flash;
pub mod forms;
pub mod input;
pub mod limits;
pub mod render;
pub mod routes;
pub mod upload;

use std::sync::Arc;

use crate::config::Config;
use crate::db::Db;

pub use context::{CurrentUser, PageCtx};
pub use flash::{Flash, redirect_with_flash};
pub use render::render;
pub use routes::Routes;
pub use upload::{Upload, WithFiles};

/// What every handler can reach: the database pool and the configuration.
#[derive(Clone)]
pub struct AppState {
    /// The connection pool (SQLite or PostgreSQL).
    pub db: Db,
    /// The loaded configuration.
    pub config: Arc<Config>,
    /// This instance's copy of the people directory's filter menus.
    pub directory_menus: crate::people::service::MenuCache,
    /// This instance's announcer of new notifications to open live streams.
    pub live: crate::inbox::LiveHub,
    /// This instance's memory of who has visited today (for the activity record).
    pub visits: crate::activity::VisitCache,
    /// This instance's memory of community-wide cockpit figures.
    pub cockpit: crate::cockpit::memo::FiguresMemo,
    /// This instance's search index.
    pub search: crate::search::SearchIndex,
}

/// The client address for throttling: the socket peer, or the first `X-Forwarded-For` hop
/// when the operator said a trusted proxy sits in front.
pub fn client_address(
    headers: &axum::http::HeaderMap,
    peer: std::net::SocketAddr,
    trust_proxy: bool,
) -> String {
    let forwarded = trust_proxy
        .then(|| headers.get("x-forwarded-for").and_then(|v| v.to_str().ok()))
        .flatten()
        .and_then(|v| v.split(',').next())
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty());
    forwarded.unwrap_or_else(|| peer.ip().to_string())
}

#[cfg(test)]
mod tests;

/// A response body streamed from `stream`, fused: the compression layer polls a body once more
/// after its end, and a stream such as `unfold` panics when polled after it returned `None`
/// (an export cut off in every browser). Every streamed response goes through here.
pub fn streamed_body<S, E>(stream: S) -> axum::body::Body
where
    S: futures_util::Stream<Item = Result<axum::body::Bytes, E>> + Send + 'static,
    E: Into<axum::BoxError> + 'static,
{
    use futures_util::StreamExt;
    axum::body::Body::from_stream(stream.fuse())
}

/// The address people reach Plein at, for links that leave the page (calendar feeds,
/// set-password links): the configured base URL, else the scheme-less `Host` of the request.
pub fn public_base(config: &Config, headers: &axum::http::HeaderMap) -> String {
    if let Some(base) = config.configured_base() {
        return base;
    }
    headers
        .get(axum::http::header::HOST)
        .and_then(|v| v.to_str().ok())
        .map(|host| format!("http://{host}"))
        .unwrap_or_default()
}
