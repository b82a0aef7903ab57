//! Idea pages: changing an idea's status with a response, and a group's ideas by status.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use super::service::{self, StatusForm};
use super::status::IdeaStatus;
use crate::error::Result;
use crate::feed::FeedScope;
use crate::feed::service::{self as feed, FeedPage};
use crate::posts::{Draft, post_page};
use crate::web::forms;
use crate::web::{AppState, CurrentUser, Flash, PageCtx, redirect_with_flash, render};

/// The routes of this capability.
pub fn router() -> crate::web::Routes {
    crate::web::Routes::new()
        .route("/ideas/{id}/status", post(change_status))
        .route("/groups/{id}/ideas", get(group_ideas))
}

async fn change_status(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<StatusForm>,
) -> Result<Response> {
    match forms::split(
        service::change_status(&app.db, &viewer, id, &form).await,
        ctx.lang,
    )? {
        Ok(()) => Ok(redirect_with_flash(
            &format!("/posts/{id}"),
            Flash::success("flash-idea-status-changed"),
        )),
        Err(errors) => {
            let draft = Draft {
                response: form.response,
                status: form.status,
                ..Draft::default()
            };
            post_page(&app, &viewer, ctx, id, errors, draft).await
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct IdeasQuery {
    status: String,
    before: Option<i64>,
}

#[derive(Template)]
#[template(path = "ideas/list.html")]
struct IdeasPage {
    ctx: PageCtx,
    group_id: i64,
    group_name: String,
    counts: Vec<(IdeaStatus, i64)>,
    current: Option<IdeaStatus>,
    feed: FeedPage,
}

impl IdeasPage {
    /// Whether `status` is the tab being shown.
    fn is_current(&self, status: &IdeaStatus) -> bool {
        self.current == Some(*status)
    }

    /// The query string that keeps the status filter on the next page.
    fn status_query(&self) -> String {
        self.current
            .map(|s| format!("status={}&", s.as_str()))
            .unwrap_or_default()
    }
}

async fn group_ideas(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
    Query(query): Query<IdeasQuery>,
) -> Result<Response> {
    let group = crate::groups::service::readable(&app.db, &viewer, id).await?;
    let current = IdeaStatus::parse(&query.status);
    let feed = feed::feed(
        &app.db,
        &viewer,
        FeedScope::GroupIdeas(id, current),
        query.before,
    )
    .await?;
    Ok(render(IdeasPage {
        ctx,
        group_id: id,
        group_name: group.group.name,
        counts: service::status_counts(&app.db, id).await?,
        current,
        feed,
    })?
    .into_response())
}
