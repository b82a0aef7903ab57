//! Topic pages: a topic's posts with a follow button, and the list of topics.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use super::repo;
use crate::error::{Error, Result};
use crate::feed::FeedScope;
use crate::feed::service::{self as feed, FeedPage};
use crate::groups::FeedQuery;
use crate::web::{AppState, CurrentUser, Flash, PageCtx, redirect_with_flash, render};

/// The routes of this capability.
pub fn router() -> crate::web::Routes {
    crate::web::Routes::new()
        .route("/topics", get(list))
        .route("/topics/{key}", get(show))
        .route("/topics/{key}/follow", post(follow))
}

/// A topic key from a path: what the tag scanner would have produced, else not found.
fn topic_key(raw: &str) -> Result<String> {
    let keys = crate::posts::tags::tags_in(&format!("#{raw}"));
    match keys.as_slice() {
        [key] if *key == raw.to_lowercase() => Ok(key.clone()),
        _ => Err(Error::NotFound),
    }
}

#[derive(Template)]
#[template(path = "topics/show.html")]
struct TopicPage {
    ctx: PageCtx,
    key: String,
    following: bool,
    feed: FeedPage,
}

async fn show(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(raw): Path<String>,
    Query(query): Query<FeedQuery>,
) -> Result<Response> {
    let key = topic_key(&raw)?;
    let feed = feed::feed(
        &app.db,
        &viewer,
        FeedScope::Topic(key.clone()),
        query.before,
    )
    .await?;
    let following = repo::followed(&app.db, viewer.id).await?.contains(&key);
    Ok(render(TopicPage {
        ctx,
        key,
        following,
        feed,
    })?
    .into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct FollowForm {
    follow: bool,
}

async fn follow(
    State(app): State<AppState>,
    CurrentUser(viewer, _): CurrentUser,
    Path(raw): Path<String>,
    Form(form): Form<FollowForm>,
) -> Result<Response> {
    let key = topic_key(&raw)?;
    repo::set_following(&app.db, viewer.id, &key, form.follow).await?;
    let flash = if form.follow {
        "flash-topic-followed"
    } else {
        "flash-topic-unfollowed"
    };
    Ok(redirect_with_flash(
        &format!("/topics/{key}"),
        Flash::success(flash),
    ))
}

#[derive(Template)]
#[template(path = "topics/list.html")]
struct ListPage {
    ctx: PageCtx,
    followed: Vec<String>,
    popular: Vec<(String, i64)>,
}

async fn list(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
) -> Result<Response> {
    Ok(render(ListPage {
        ctx,
        followed: repo::followed(&app.db, viewer.id).await?,
        popular: repo::popular(&app.db, viewer.id, 40).await?,
    })?
    .into_response())
}
