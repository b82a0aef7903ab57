//! Poll pages: creating a poll and voting.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::{get, post};

use super::service::{self, PollForm};
use crate::auth::Viewer;
use crate::error::Result;
use crate::posts::{Draft, post_page};
use crate::posts::{TypedFormHead, typed_form_head};
use crate::web::forms::{self, FormErrors};
use crate::web::{AppState, CurrentUser, Flash, PageCtx, redirect_with_flash};

/// The routes of this capability.
pub fn router() -> crate::web::Routes {
    crate::web::Routes::new()
        .route("/groups/{id}/polls/new", get(new_poll))
        .route("/groups/{id}/polls", post(create_poll))
        .route("/polls/{id}/vote", post(vote))
}

#[derive(Template)]
#[template(path = "polls/form.html")]
struct PollFormPage {
    ctx: PageCtx,
    head: TypedFormHead,
    form: PollForm,
    errors: FormErrors,
}

async fn form_page(
    app: &AppState,
    viewer: &Viewer,
    ctx: PageCtx,
    group_id: i64,
    form: PollForm,
    errors: FormErrors,
) -> Result<Response> {
    let (_, head) = typed_form_head(app, viewer, group_id).await?;
    let refused = errors.any();
    forms::form_page(
        PollFormPage {
            ctx,
            head,
            form,
            errors,
        },
        refused,
    )
}

async fn new_poll(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    form_page(
        &app,
        &viewer,
        ctx,
        id,
        PollForm::default(),
        FormErrors::none(),
    )
    .await
}

async fn create_poll(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<PollForm>,
) -> Result<Response> {
    match forms::split(service::create(&app.db, &viewer, id, &form).await, ctx.lang)? {
        Ok(post_id) => Ok(redirect_with_flash(
            &format!("/posts/{post_id}"),
            Flash::success("flash-poll-created"),
        )),
        Err(errors) => form_page(&app, &viewer, ctx, id, form, errors).await,
    }
}

/// Votes; the form repeats `option` once per chosen option.
async fn vote(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response> {
    let chosen: Vec<i64> = fields
        .iter()
        .filter(|(key, _)| key == "option")
        .filter_map(|(_, value)| value.parse().ok())
        .collect();
    match forms::split(service::vote(&app.db, &viewer, id, &chosen).await, ctx.lang)? {
        Ok(()) => Ok(redirect_with_flash(
            &format!("/posts/{id}#poll"),
            Flash::success("flash-voted"),
        )),
        Err(errors) => post_page(&app, &viewer, ctx, id, errors, Draft::default()).await,
    }
}
