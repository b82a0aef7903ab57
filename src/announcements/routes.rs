//! Announcement pages: writing one, and marking one read.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::{get, post};

use super::service::{self, AnnouncementForm};
use crate::auth::Viewer;
use crate::error::{Error, Result};
use crate::posts::{TypedFormHead, typed_form_head};
use crate::web::forms::{self, FormErrors};
use crate::web::{AppState, CurrentUser, Flash, PageCtx, redirect_with_flash};

/// The routes of this capability.
pub fn router() -> crate::web::Routes {
    crate::web::Routes::new()
        .route("/groups/{id}/announcements/new", get(new_announcement))
        .route("/groups/{id}/announcements", post(create_announcement))
        .route("/announcements/{id}/read", post(mark_read))
}

#[derive(Template)]
#[template(path = "announcements/form.html")]
struct AnnouncementFormPage {
    ctx: PageCtx,
    head: TypedFormHead,
    form: AnnouncementForm,
    errors: FormErrors,
}

async fn form_page(
    app: &AppState,
    viewer: &Viewer,
    ctx: PageCtx,
    group_id: i64,
    form: AnnouncementForm,
    errors: FormErrors,
) -> Result<Response> {
    let (group, head) = typed_form_head(app, viewer, group_id).await?;
    if !service::may_announce(viewer, &group) {
        return Err(Error::Forbidden);
    }
    let refused = errors.any();
    forms::form_page(
        AnnouncementFormPage {
            ctx,
            head,
            form,
            errors,
        },
        refused,
    )
}

async fn new_announcement(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    form_page(
        &app,
        &viewer,
        ctx,
        id,
        AnnouncementForm::default(),
        FormErrors::none(),
    )
    .await
}

async fn create_announcement(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<AnnouncementForm>,
) -> Result<Response> {
    match forms::split(service::create(&app.db, &viewer, id, &form).await, ctx.lang)? {
        Ok(post_id) => Ok(redirect_with_flash(
            &format!("/posts/{post_id}"),
            Flash::success("flash-announced"),
        )),
        Err(errors) => form_page(&app, &viewer, ctx, id, form, errors).await,
    }
}

async fn mark_read(
    State(app): State<AppState>,
    CurrentUser(viewer, _): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    service::mark_read(&app.db, &viewer, id).await?;
    Ok(redirect_with_flash(
        &format!("/posts/{id}"),
        Flash::success("flash-marked-read"),
    ))
}
