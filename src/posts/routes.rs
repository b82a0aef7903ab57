//! Post pages: the home feed, writing and editing posts, the post page with comments and
//! reactions, and the edit history.

use askama::Template;
use axum::Form;
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use super::entity::{post, revision};
use super::service::{self, BodyForm, REACTIONS, Reaction};
use crate::error::Result;
use crate::feed::FeedScope;
use crate::feed::service::{self as feed, FeedItem, FeedPage, PostPage};
use crate::groups::service::GroupView;
use crate::groups::{FeedQuery, group_page};
use crate::web::forms::{self, FormErrors};
use crate::web::{AppState, CurrentUser, Flash, PageCtx, WithFiles, redirect_with_flash, render};

/// The routes of this capability.
pub fn router() -> crate::web::Routes {
    crate::web::Routes::new()
        .route("/", get(home))
        .route(
            "/groups/{id}/posts",
            post(create_post).layer(DefaultBodyLimit::max(crate::attachments::POST_UPLOAD_LIMIT)),
        )
        .route("/posts/{id}", get(show_post))
        .route("/posts/{id}/edit", post(edit_post))
        .route("/posts/{id}/delete", post(delete_post))
        .route("/posts/{id}/history", get(post_history))
        .route("/posts/{id}/comments", post(create_comment))
        .route("/posts/{id}/react", post(react))
        .route("/posts/{id}/follow", post(follow))
        .route("/comments/{id}/delete", post(delete_comment))
        .route("/comments/{id}/accept", post(accept_answer))
        .route("/posts/{id}/unaccept", post(unaccept_answer))
        .route("/posts/{id}/resolve", post(resolve_call))
        .route("/posts/{id}/reopen", post(reopen_call))
        .route("/groups/{id}/questions", get(group_questions))
        .route("/people/{id}/questions", get(person_questions))
        .route("/people/{id}/praise", get(person_praise))
}

#[derive(Template)]
#[template(path = "posts/home.html")]
struct HomePage {
    ctx: PageCtx,
    feed: FeedPage,
    pinned: Vec<FeedItem>,
    /// The newsletter's highlight of the week.
    featured: Option<crate::reports::service::Highlight>,
}

async fn home(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Query(query): Query<FeedQuery>,
) -> Result<Response> {
    let feed = feed::home_feed(&app.db, &viewer, query.before).await?;
    let (pinned, featured) = match query.before {
        None => (
            feed::pinned(&app.db, &viewer, feed::PinnedWhere::Home).await?,
            crate::newsletter::featured(&app.db).await?,
        ),
        Some(_) => (Vec::new(), None),
    };
    Ok(render(HomePage {
        ctx,
        feed,
        pinned,
        featured,
    })?
    .into_response())
}

async fn create_post(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(group_id): Path<i64>,
    WithFiles { form, files }: WithFiles<BodyForm>,
) -> Result<Response> {
    match forms::split(
        service::create(&app.db, &viewer, group_id, &form, files).await,
        ctx.lang,
    )? {
        Ok(id) => Ok(redirect_with_flash(
            &format!("/posts/{id}"),
            Flash::success("flash-posted"),
        )),
        Err(errors) => group_page(&app, &viewer, ctx, group_id, None, errors, form.body).await,
    }
}

#[derive(Template)]
#[template(path = "posts/show.html")]
struct PostTemplate {
    ctx: PageCtx,
    page: PostPage,
    reactions: [Reaction; 5],
    errors: FormErrors,
    draft: Draft,
}

/// Text a refused form on the post page gives back, so nothing typed is lost.
#[derive(Debug, Clone, Default)]
pub struct Draft {
    /// The comment being written.
    pub comment: String,
    /// An idea's status response being written.
    pub response: String,
    /// The idea status that was chosen with it.
    pub status: String,
}

/// What the own form of a typed post (event, poll, announcement) shows above its fields: the
/// group it posts into and the organisation's time zone for its time hints.
#[derive(Debug, Clone)]
pub struct TypedFormHead {
    /// The group.
    pub group_id: i64,
    /// Its name.
    pub group_name: String,
    /// The organisation's time zone (IANA name).
    pub zone: String,
}

/// The head of a typed post's form, with the group the viewer may post in (forbidden otherwise).
pub async fn typed_form_head(
    app: &AppState,
    viewer: &crate::auth::Viewer,
    group_id: i64,
) -> Result<(GroupView, TypedFormHead)> {
    let group = crate::groups::service::postable(&app.db, viewer, group_id).await?;
    let head = TypedFormHead {
        group_id,
        group_name: group.group.name.clone(),
        zone: crate::settings::time_zone_name(&app.db).await?,
    };
    Ok((group, head))
}

/// Renders the post page, with the errors and draft of a refused form (422) or without.
pub async fn post_page(
    app: &AppState,
    viewer: &crate::auth::Viewer,
    ctx: PageCtx,
    id: i64,
    errors: FormErrors,
    draft: Draft,
) -> Result<Response> {
    let page = feed::page(&app.db, viewer, id).await?;
    let refused = errors.any();
    forms::form_page(
        PostTemplate {
            ctx,
            page,
            reactions: REACTIONS,
            errors,
            draft,
        },
        refused,
    )
}

async fn show_post(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    post_page(&app, &viewer, ctx, id, FormErrors::none(), Draft::default()).await
}

async fn edit_post(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<BodyForm>,
) -> Result<Response> {
    match forms::split(service::edit(&app.db, &viewer, id, &form).await, ctx.lang)? {
        Ok(()) => Ok(redirect_with_flash(
            &format!("/posts/{id}"),
            Flash::success("flash-post-saved"),
        )),
        Err(errors) => post_page(&app, &viewer, ctx, id, errors, Draft::default()).await,
    }
}

async fn delete_post(
    State(app): State<AppState>,
    CurrentUser(viewer, _): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    let group_id = service::delete(&app.db, &viewer, id).await?;
    Ok(redirect_with_flash(
        &format!("/groups/{group_id}"),
        Flash::success("flash-post-deleted"),
    ))
}

#[derive(Template)]
#[template(path = "posts/history.html")]
struct HistoryPage {
    ctx: PageCtx,
    post: post::Model,
    revisions: Vec<revision::Model>,
}

async fn post_history(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    let (post, revisions) = service::history(&app.db, &viewer, id).await?;
    Ok(render(HistoryPage {
        ctx,
        post,
        revisions,
    })?
    .into_response())
}

async fn create_comment(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<BodyForm>,
) -> Result<Response> {
    match forms::split(
        service::comment(&app.db, &viewer, id, &form).await,
        ctx.lang,
    )? {
        Ok(comment_id) => Ok(redirect_with_flash(
            &format!("/posts/{id}#comment-{comment_id}"),
            Flash::success("flash-commented"),
        )),
        Err(errors) => {
            let draft = Draft {
                comment: form.body,
                ..Draft::default()
            };
            post_page(&app, &viewer, ctx, id, errors, draft).await
        }
    }
}

async fn delete_comment(
    State(app): State<AppState>,
    CurrentUser(viewer, _): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    let post_id = service::delete_comment(&app.db, &viewer, id).await?;
    Ok(redirect_with_flash(
        &format!("/posts/{post_id}"),
        Flash::success("flash-comment-deleted"),
    ))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct ReactForm {
    kind: String,
    back: String,
}

#[derive(Template)]
#[template(path = "posts/_reactions.html")]
struct ReactionBar {
    ctx: PageCtx,
    page: PostPage,
    reactions: [Reaction; 5],
}

/// Reacts; htmx gets the refreshed reaction bar, a plain form goes back where it came from.
async fn react(
    State(app): State<AppState>,
    headers: HeaderMap,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<ReactForm>,
) -> Result<Response> {
    service::react(&app.db, &viewer, id, &form.kind).await?;
    if headers.contains_key("hx-request") {
        let page = feed::page(&app.db, &viewer, id).await?;
        return Ok(render(ReactionBar {
            ctx,
            page,
            reactions: REACTIONS,
        })?
        .into_response());
    }
    let back = if form.back.is_empty() {
        format!("/posts/{id}")
    } else {
        forms::safe_next(&form.back)
    };
    Ok(crate::web::flash::redirect(&back))
}

async fn accept_answer(
    State(app): State<AppState>,
    CurrentUser(viewer, _): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    let post_id = service::accept_answer(&app.db, &viewer, id).await?;
    Ok(redirect_with_flash(
        &format!("/posts/{post_id}#comment-{id}"),
        Flash::success("flash-answer-accepted"),
    ))
}

async fn unaccept_answer(
    State(app): State<AppState>,
    CurrentUser(viewer, _): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    service::unaccept_answer(&app.db, &viewer, id).await?;
    Ok(redirect_with_flash(
        &format!("/posts/{id}"),
        Flash::success("flash-answer-unaccepted"),
    ))
}

/// A titled list of posts (open questions, praise received) with a way back.
#[derive(Template)]
#[template(path = "posts/list.html")]
struct ListPage {
    ctx: PageCtx,
    heading: String,
    back: (String, String),
    feed: FeedPage,
    more_url: String,
    empty_key: &'static str,
}

async fn group_questions(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
    Query(query): Query<FeedQuery>,
) -> Result<Response> {
    let group = crate::groups::service::readable(&app.db, &viewer, id).await?;
    let feed = feed::feed(
        &app.db,
        &viewer,
        FeedScope::GroupQuestions(id),
        query.before,
    )
    .await?;
    let heading = ctx.t1("questions-open-in", "name", &group.group.name);
    let back = (format!("/groups/{id}"), group.group.name);
    Ok(render(ListPage {
        ctx,
        heading,
        back,
        feed,
        more_url: format!("/groups/{id}/questions"),
        empty_key: "questions-none",
    })?
    .into_response())
}

async fn person_questions(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
    Query(query): Query<FeedQuery>,
) -> Result<Response> {
    person_list(&app, &viewer, ctx, id, PersonList::Questions, query.before).await
}

async fn person_praise(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
    Query(query): Query<FeedQuery>,
) -> Result<Response> {
    person_list(&app, &viewer, ctx, id, PersonList::Praise, query.before).await
}

/// The lists of posts a profile links to.
#[derive(Clone, Copy)]
enum PersonList {
    Questions,
    Praise,
}

async fn person_list(
    app: &AppState,
    viewer: &crate::auth::Viewer,
    ctx: PageCtx,
    id: i64,
    list: PersonList,
    before: Option<i64>,
) -> Result<Response> {
    let person = crate::people::service::active_user(&app.db, id).await?;
    let (scope, heading_key, path, empty_key) = match list {
        PersonList::Questions => (
            FeedScope::AuthorQuestions(id),
            "questions-open-by",
            "questions",
            "questions-none",
        ),
        PersonList::Praise => (
            FeedScope::PraiseFor(id),
            "praise-for",
            "praise",
            "praise-none",
        ),
    };
    let feed = feed::feed(&app.db, viewer, scope, before).await?;
    let heading = ctx.t1(heading_key, "name", &person.display_name);
    let back = (format!("/people/{id}"), person.display_name);
    Ok(render(ListPage {
        ctx,
        heading,
        back,
        feed,
        more_url: format!("/people/{id}/{path}"),
        empty_key,
    })?
    .into_response())
}

async fn resolve_call(
    State(app): State<AppState>,
    CurrentUser(viewer, _): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    service::set_call_resolved(&app.db, &viewer, id, true).await?;
    Ok(redirect_with_flash(
        &format!("/posts/{id}"),
        Flash::success("flash-call-resolved"),
    ))
}

async fn reopen_call(
    State(app): State<AppState>,
    CurrentUser(viewer, _): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    service::set_call_resolved(&app.db, &viewer, id, false).await?;
    Ok(redirect_with_flash(
        &format!("/posts/{id}"),
        Flash::success("flash-call-reopened"),
    ))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct FollowForm {
    follow: bool,
}

async fn follow(
    State(app): State<AppState>,
    CurrentUser(viewer, _): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<FollowForm>,
) -> Result<Response> {
    service::set_following(&app.db, &viewer, id, form.follow).await?;
    let flash = if form.follow {
        "flash-following-post"
    } else {
        "flash-unfollowed-post"
    };
    Ok(redirect_with_flash(
        &format!("/posts/{id}"),
        Flash::success(flash),
    ))
}
