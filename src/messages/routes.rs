//! The page of one message.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use super::service::{self, MessageView};
use crate::error::Result;
use crate::web::{AppState, CurrentUser, PageCtx, render};

/// The routes of this capability.
pub fn router() -> crate::web::Routes {
    crate::web::Routes::new().route("/messages/{id}", get(show))
}

#[derive(Template)]
#[template(path = "messages/show.html")]
struct ShowPage {
    ctx: PageCtx,
    view: MessageView,
}

async fn show(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    let view = service::view(&app.db, &viewer, id).await?;
    Ok(render(ShowPage { ctx, view })?.into_response())
}
