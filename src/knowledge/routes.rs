//! Knowledge-base pages: the index by category, an article, writing and editing one (also from
//! a question), its history, and categories.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use super::entity::{article, category, revision};
use super::repo::ArticleRow;
use super::service::{self, ArticleForm, ArticlePage, Origin};
use crate::auth::Viewer;
use crate::error::Result;
use crate::web::forms::{self, FormErrors};
use crate::web::{AppState, CurrentUser, Flash, PageCtx, redirect_with_flash, render};

/// The routes of this capability.
pub fn router() -> crate::web::Routes {
    crate::web::Routes::new()
        .route("/kb", get(index).post(create))
        .route("/kb/new", get(new_article))
        .route("/kb/categories", post(add_category))
        .route("/kb/{id}", get(show))
        .route("/kb/{id}/edit", get(edit_page).post(save))
        .route("/kb/{id}/history", get(history))
}

#[derive(Template)]
#[template(path = "knowledge/index.html")]
struct IndexPage {
    ctx: PageCtx,
    sections: Vec<(Option<category::Model>, Vec<ArticleRow>)>,
    can_manage: bool,
    errors: FormErrors,
    draft: String,
}

async fn index_page(
    app: &AppState,
    viewer: &Viewer,
    ctx: PageCtx,
    errors: FormErrors,
    draft: String,
) -> Result<Response> {
    let refused = errors.any();
    forms::form_page(
        IndexPage {
            sections: service::index(&app.db, viewer).await?,
            can_manage: viewer.role.manages_community(),
            ctx,
            errors,
            draft,
        },
        refused,
    )
}

async fn index(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
) -> Result<Response> {
    index_page(&app, &viewer, ctx, FormErrors::none(), String::new()).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct CategoryForm {
    name: String,
}

async fn add_category(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Form(form): Form<CategoryForm>,
) -> Result<Response> {
    match forms::split(
        service::add_category(&app.db, &viewer, &form.name).await,
        ctx.lang,
    )? {
        Ok(()) => Ok(redirect_with_flash(
            "/kb",
            Flash::success("flash-category-added"),
        )),
        Err(errors) => index_page(&app, &viewer, ctx, errors, form.name).await,
    }
}

#[derive(Template)]
#[template(path = "knowledge/form.html")]
struct FormPage {
    ctx: PageCtx,
    form: ArticleForm,
    origin: Option<Origin>,
    categories: Vec<category::Model>,
    action: String,
    errors: FormErrors,
}

async fn form_page(
    app: &AppState,
    ctx: PageCtx,
    form: ArticleForm,
    origin: Option<Origin>,
    action: String,
    errors: FormErrors,
) -> Result<Response> {
    let refused = errors.any();
    forms::form_page(
        FormPage {
            categories: service::categories(&app.db).await?,
            ctx,
            form,
            origin,
            action,
            errors,
        },
        refused,
    )
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct NewQuery {
    from: Option<i64>,
}

async fn new_article(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Query(query): Query<NewQuery>,
) -> Result<Response> {
    let (form, origin) = service::draft(&app.db, &viewer, query.from).await?;
    form_page(
        &app,
        ctx,
        form,
        Some(origin),
        "/kb".into(),
        FormErrors::none(),
    )
    .await
}

async fn create(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Form(form): Form<ArticleForm>,
) -> Result<Response> {
    match forms::split(service::create(&app.db, &viewer, &form).await, ctx.lang)? {
        Ok(id) => Ok(redirect_with_flash(
            &format!("/kb/{id}"),
            Flash::success("flash-article-created"),
        )),
        Err(errors) => {
            let from = form.source_post.trim().parse().ok();
            let (_, origin) = service::draft(&app.db, &viewer, from).await?;
            form_page(&app, ctx, form, Some(origin), "/kb".into(), errors).await
        }
    }
}

#[derive(Template)]
#[template(path = "knowledge/show.html")]
struct ShowPage {
    ctx: PageCtx,
    page: ArticlePage,
}

async fn show(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    let page = service::page(&app.db, &viewer, id).await?;
    Ok(render(ShowPage { ctx, page })?.into_response())
}

async fn edit_page(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    let form = service::edit_form(&app.db, &viewer, id).await?;
    form_page(
        &app,
        ctx,
        form,
        None,
        format!("/kb/{id}/edit"),
        FormErrors::none(),
    )
    .await
}

async fn save(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<ArticleForm>,
) -> Result<Response> {
    match forms::split(service::edit(&app.db, &viewer, id, &form).await, ctx.lang)? {
        Ok(()) => Ok(redirect_with_flash(
            &format!("/kb/{id}"),
            Flash::success("flash-article-saved"),
        )),
        Err(errors) => form_page(&app, ctx, form, None, format!("/kb/{id}/edit"), errors).await,
    }
}

#[derive(Template)]
#[template(path = "knowledge/history.html")]
struct HistoryPage {
    ctx: PageCtx,
    article: article::Model,
    revisions: Vec<revision::Model>,
}

async fn history(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    let (article, revisions) = service::history(&app.db, &viewer, id).await?;
    Ok(render(HistoryPage {
        ctx,
        article,
        revisions,
    })?
    .into_response())
}
