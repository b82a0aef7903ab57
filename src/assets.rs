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

/// How long readiness waits for the database.
const READINESS_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(2);

/// Readiness for a load balancer: 200 when the database answers within two seconds, 503
/// otherwise, so traffic goes to instances that can serve it. `/healthz` (liveness) stays
/// independent of the database, so an orchestrator does not restart instances for an outage
/// of the database.
async fn readiness(
    axum::extract::State(app): axum::extract::State<crate::web::AppState>,
) -> axum::response::Response {
    use sea_orm::ConnectionTrait;
    let ping = tokio::time::timeout(READINESS_TIMEOUT, app.db.execute_unprepared("SELECT 1"));
    match ping.await {
        Ok(Ok(_)) => "ready".into_response(),
        Ok(Err(err)) => {
            tracing::warn!(%err, "not ready: database error");
            (
                axum::http::StatusCode::SERVICE_UNAVAILABLE,
                "database unavailable",
            )
                .into_response()
        }
        Err(_) => {
            tracing::warn!("not ready: database too slow");
            (
                axum::http::StatusCode::SERVICE_UNAVAILABLE,
                "database too slow",
            )
                .into_response()
        }
    }
}

/// Routes for the stylesheet, our script, htmx, liveness and readiness.
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
        .route("/readyz", get(readiness))
}
