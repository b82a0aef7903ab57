//! Event pages: planning one, answering, the `.ics` file, and "my events" with the personal
//! calendar link.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use super::repo::MyEvent;
use super::service::{self, EventForm, Standing};
use crate::error::Result;
use crate::posts::{TypedFormHead, typed_form_head};
use crate::web::forms::{self, FormErrors};
use crate::web::{AppState, CurrentUser, Flash, PageCtx, public_base, redirect_with_flash, render};

/// The routes of this capability.
pub fn router() -> crate::web::Routes {
    crate::web::Routes::new()
        .route("/groups/{id}/events/new", get(new_event))
        .route("/groups/{id}/events", post(create_event))
        .route("/events/{id}/rsvp", post(rsvp))
        .route("/events/{id}/edit", get(edit_event).post(save_event))
        .route("/events/{id}/ics", get(event_file))
        .route("/events", get(my_events))
        .route("/events/calendar-link", post(new_calendar_link))
        .route("/calendar/{token}", get(calendar_feed))
}

#[derive(Template)]
#[template(path = "events/form.html")]
struct EventFormPage {
    ctx: PageCtx,
    head: TypedFormHead,
    form: EventForm,
    errors: FormErrors,
    /// Where the form goes: a new event, or the change of one.
    action: String,
}

async fn form_page(
    app: &AppState,
    viewer: &crate::auth::Viewer,
    ctx: PageCtx,
    (group_id, action): (i64, String),
    form: EventForm,
    errors: FormErrors,
) -> Result<Response> {
    let (_, head) = typed_form_head(app, viewer, group_id).await?;
    let refused = errors.any();
    forms::form_page(
        EventFormPage {
            ctx,
            head,
            form,
            errors,
            action,
        },
        refused,
    )
}

async fn new_event(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    let target = (id, format!("/groups/{id}/events"));
    form_page(
        &app,
        &viewer,
        ctx,
        target,
        EventForm::default(),
        FormErrors::none(),
    )
    .await
}

async fn create_event(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<EventForm>,
) -> Result<Response> {
    match forms::split(service::create(&app.db, &viewer, id, &form).await, ctx.lang)? {
        Ok(post_id) => Ok(redirect_with_flash(
            &format!("/posts/{post_id}"),
            Flash::success("flash-event-created"),
        )),
        Err(errors) => {
            let target = (id, format!("/groups/{id}/events"));
            form_page(&app, &viewer, ctx, target, form, errors).await
        }
    }
}

async fn edit_event(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    let (group_id, form) = service::edit_form(&app.db, &viewer, id).await?;
    let target = (group_id, format!("/events/{id}/edit"));
    form_page(&app, &viewer, ctx, target, form, FormErrors::none()).await
}

async fn save_event(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<EventForm>,
) -> Result<Response> {
    match forms::split(service::edit(&app.db, &viewer, id, &form).await, ctx.lang)? {
        Ok(()) => Ok(redirect_with_flash(
            &format!("/posts/{id}"),
            Flash::success("flash-event-changed"),
        )),
        Err(errors) => {
            let (group_id, _) = service::edit_form(&app.db, &viewer, id).await?;
            let target = (group_id, format!("/events/{id}/edit"));
            form_page(&app, &viewer, ctx, target, form, errors).await
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct RsvpForm {
    answer: String,
}

async fn rsvp(
    State(app): State<AppState>,
    CurrentUser(viewer, _): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<RsvpForm>,
) -> Result<Response> {
    let flash = match service::answer(&app.db, &viewer, id, &form.answer).await? {
        Standing::Confirmed => "flash-rsvp-place",
        Standing::Waiting(_) => "flash-rsvp-waiting",
        Standing::Other => "flash-rsvp-saved",
    };
    Ok(redirect_with_flash(
        &format!("/posts/{id}#event"),
        Flash::success(flash),
    ))
}

fn calendar_response(text: String, filename: &str) -> Response {
    let mut headers = HeaderMap::new();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/calendar; charset=utf-8"),
    );
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{filename}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    (headers, text).into_response()
}

async fn event_file(
    State(app): State<AppState>,
    headers: HeaderMap,
    CurrentUser(viewer, _): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    let base = public_base(&app.config, &headers);
    let text = service::event_file(&app.db, &viewer, id, &base).await?;
    Ok(calendar_response(text, &format!("plein-event-{id}.ics")))
}

async fn calendar_feed(
    State(app): State<AppState>,
    headers: HeaderMap,
    ctx: PageCtx,
    Path(token): Path<String>,
) -> Result<Response> {
    let name = ctx.t("events-calendar-name");
    let base = public_base(&app.config, &headers);
    let text = service::calendar_feed(&app.db, &token, &base, &name).await?;
    Ok(calendar_response(text, "plein.ics"))
}

#[derive(Template)]
#[template(path = "events/mine.html")]
struct MyEventsPage {
    ctx: PageCtx,
    events: Vec<MyEvent>,
    has_link: bool,
    new_link: Option<String>,
}

async fn my_events_page(
    app: &AppState,
    viewer: &crate::auth::Viewer,
    ctx: PageCtx,
    new_link: Option<String>,
) -> Result<Response> {
    Ok(render(MyEventsPage {
        events: service::my_events(&app.db, viewer.id).await?,
        has_link: service::has_calendar_token(&app.db, viewer).await?,
        new_link,
        ctx,
    })?
    .into_response())
}

async fn my_events(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
) -> Result<Response> {
    my_events_page(&app, &viewer, ctx, None).await
}

/// Creates (or replaces) the calendar link and shows it once.
async fn new_calendar_link(
    State(app): State<AppState>,
    headers: HeaderMap,
    CurrentUser(viewer, ctx): CurrentUser,
) -> Result<Response> {
    let token = service::new_calendar_token(&app.db, &viewer).await?;
    let link = format!("{}/calendar/{token}", public_base(&app.config, &headers));
    my_events_page(&app, &viewer, ctx, Some(link)).await
}
