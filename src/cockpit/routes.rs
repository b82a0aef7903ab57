//! Cockpit pages: the dashboard, and its daily figures as CSV and JSON.

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};

use super::service::{self, Cockpit};
use crate::error::{Error, Result};
use crate::web::{AppState, CurrentUser, PageCtx, render};

/// The routes of this capability.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/cockpit", get(dashboard))
        .route("/cockpit/daily.csv", get(daily_csv))
        .route("/cockpit/daily.json", get(daily_json))
}

#[derive(Template)]
#[template(path = "cockpit/index.html")]
struct DashboardPage {
    ctx: PageCtx,
    cockpit: Option<Cockpit>,
    minimum: i64,
}

impl DashboardPage {
    /// A figure with one decimal, in the page's language.
    fn one_decimal(&self, value: &f64) -> String {
        let text = format!("{value:.1}");
        if self.ctx.lang.code() == "nl" {
            text.replace('.', ",")
        } else {
            text
        }
    }

    /// A share as whole percent.
    fn percent(&self, share: &f64) -> i64 {
        (share * 100.0).round() as i64
    }

    /// The date of a day number.
    fn date(&self, day: &i32) -> String {
        service::date_of(*day)
    }
}

async fn dashboard(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
) -> Result<Response> {
    service::open(&app.db, &viewer, "/cockpit").await?;
    let cockpit = service::figures(&app.db).await?;
    let minimum = crate::settings::min_group_size(&app.db).await?;
    Ok(render(DashboardPage {
        ctx,
        cockpit,
        minimum,
    })?
    .into_response())
}

/// The figures for an export, or refused when the community is below the minimum group size.
async fn exported(app: &AppState, viewer: &crate::web::Viewer, path: &str) -> Result<Cockpit> {
    service::open(&app.db, viewer, path).await?;
    service::figures(&app.db)
        .await?
        .ok_or_else(|| Error::invalid("cockpit", "cockpit-too-small-short"))
}

async fn daily_csv(
    State(app): State<AppState>,
    CurrentUser(viewer, _): CurrentUser,
) -> Result<Response> {
    let cockpit = exported(&app, &viewer, "/cockpit/daily.csv").await?;
    let mut response = service::csv(&cockpit).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    headers.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"plein-daily.csv\""),
    );
    Ok(response)
}

async fn daily_json(
    State(app): State<AppState>,
    CurrentUser(viewer, _): CurrentUser,
) -> Result<Response> {
    let cockpit = exported(&app, &viewer, "/cockpit/daily.json").await?;
    Ok(Json(cockpit).into_response())
}
