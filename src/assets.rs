//! Static files compiled into the binary (no CDN, nothing to deploy beside it).

use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;


const CSS: &str = include_str!("../static/plein.css");
const JS: &str = include_str!("../static/plein.js");
const HTMX: &str = include_str!("../static/vendor/htmx.min.js");

fn asset(content_type: &'static str, body: &'static str) -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        body,
    )
}

/// Routes for the stylesheet, our script, htmx and the health check.
pub fn router() -> crate::web::Routes {
    crate::web::Routes::new()
        .route(
            "/static/plein.css",
            get(|| async { asset("text/css; charset=utf-8", CSS) }),
        )
        .route(
            "/static/plein.js",
            get(|| async { asset("text/javascript; charset=utf-8", JS) }),
        )
        .route(
            "/static/htmx.min.js",
            get(|| async { asset("text/javascript; charset=utf-8", HTMX) }),
        )
        .route("/healthz", get(|| async { "ok" }))
}
