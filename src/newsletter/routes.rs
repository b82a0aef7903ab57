//! Newsletter pages: the archive and a sent issue for every member; for community managers the
//! list with a form for a new issue, and an issue's page with its preview, the edit form, a
//! test to themselves, sending now or later, and cancelling a scheduled one.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use super::entity::issue;
use super::reach::WeekReach;
use super::service::{self, Audience, ComposeForm, Content, Status};
use crate::auth::Viewer;
use crate::error::Result;
use crate::mail::MailKind;
use crate::reports::service::Highlight;
use crate::web::forms::{self, FormErrors};
use crate::web::{AppState, CurrentUser, Flash, PageCtx, redirect_with_flash, render};

/// The routes of this capability.
pub fn router() -> crate::web::Routes {
    crate::web::Routes::new()
        .route("/newsletters", get(archive))
        .route("/newsletters/{id}", get(read))
        .route("/cockpit/newsletters", get(manage).post(compose))
        .route("/cockpit/newsletters/{id}", get(edit).post(update))
        .route("/cockpit/newsletters/{id}/test", post(test))
        .route("/cockpit/newsletters/{id}/schedule", post(schedule))
        .route("/cockpit/newsletters/{id}/cancel", post(cancel))
}

/// What an issue says, as the archive page and the preview show it.
struct Shown {
    content: Content,
    /// The introduction rendered from Markdown and sanitised.
    intro_html: String,
}

impl Shown {
    fn of(content: Content) -> Self {
        let intro_html = crate::posts::markdown::render(&content.intro_md);
        Self {
            content,
            intro_html,
        }
    }
}

#[derive(Template)]
#[template(path = "newsletter/archive.html")]
struct ArchivePage {
    ctx: PageCtx,
    issues: Vec<issue::Model>,
}

async fn archive(
    State(app): State<AppState>,
    CurrentUser(_, ctx): CurrentUser,
) -> Result<Response> {
    let issues = service::archive(&app.db).await?;
    Ok(render(ArchivePage { ctx, issues })?.into_response())
}

#[derive(Template)]
#[template(path = "newsletter/issue.html")]
struct IssuePage {
    ctx: PageCtx,
    issue: issue::Model,
    shown: Shown,
}

async fn read(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    let (issue, content) = service::read(&app.db, &viewer, id).await?;
    let shown = Shown::of(content);
    Ok(render(IssuePage { ctx, issue, shown })?.into_response())
}

/// The compose form's choices and what was typed.
struct Composer {
    /// Where the form goes.
    action: String,
    /// The marked highlights to choose from.
    highlights: Vec<Highlight>,
    /// (value, label) of each audience.
    audiences: Vec<(String, String)>,
    form: ComposeForm,
    errors: FormErrors,
}

impl Composer {
    fn value(&self, field: &str) -> &str {
        self.form.get(field).map(String::as_str).unwrap_or_default()
    }

    fn includes(&self, highlight: &i64) -> bool {
        self.form
            .get(&format!("highlight_{highlight}"))
            .is_some_and(|v| !v.is_empty())
    }

    fn is_featured(&self, highlight: &i64) -> bool {
        self.value("featured") == highlight.to_string()
    }
}

/// The form filled from an issue.
fn form_of(issue: &issue::Model) -> ComposeForm {
    let mut form = ComposeForm::new();
    form.insert("subject".into(), issue.subject.clone());
    form.insert("intro".into(), issue.intro_md.clone());
    form.insert("audience".into(), issue.audience.clone());
    if let Some(id) = issue.featured_id {
        form.insert("featured".into(), id.to_string());
    }
    for id in issue.highlight_ids.split(',').filter(|id| !id.is_empty()) {
        form.insert(format!("highlight_{id}"), "on".into());
    }
    form
}

async fn composer(
    app: &AppState,
    viewer: &Viewer,
    ctx: &PageCtx,
    action: String,
    (form, errors): (ComposeForm, FormErrors),
) -> Result<Composer> {
    let lang = ctx.lang;
    let mut audiences = vec![
        (
            "everyone".to_string(),
            lang.t("newsletter-audience-everyone"),
        ),
        (
            "ambassadors".to_string(),
            lang.t("newsletter-audience-ambassadors"),
        ),
    ];
    let menus = app.directory_menus.get(&app.db).await?;
    for name in &menus.departments {
        let label = lang.t1("newsletter-audience-department", "name", name);
        audiences.push((Audience::Department(name.clone()).stored(), label));
    }
    for name in &menus.locations {
        let label = lang.t1("newsletter-audience-location", "name", name);
        audiences.push((Audience::Location(name.clone()).stored(), label));
    }
    let (mine, others) = crate::groups::service::list(&app.db, viewer).await?;
    for group in mine.into_iter().chain(others) {
        let label = lang.t1("newsletter-audience-group", "name", &group.name);
        audiences.push((Audience::Group(group.id).stored(), label));
    }
    Ok(Composer {
        action,
        highlights: crate::reports::service::recent(&app.db, viewer).await?,
        audiences,
        form,
        errors,
    })
}

#[derive(Template)]
#[template(path = "newsletter/manage.html")]
struct ManagePage {
    ctx: PageCtx,
    issues: Vec<issue::Model>,
    composer: Composer,
    /// What the digest and the newsletter brought, per kind, the last complete weeks.
    reach: Vec<(MailKind, Vec<WeekReach>)>,
    minimum: i64,
}

impl ManagePage {
    fn status_key(&self, issue: &issue::Model) -> &'static str {
        Status::parse(&issue.status).map_or("newsletter-status-draft", Status::label_key)
    }
}

async fn manage_page(
    app: &AppState,
    viewer: &Viewer,
    ctx: PageCtx,
    typed: (ComposeForm, FormErrors),
) -> Result<Response> {
    let issues = service::all(&app.db, viewer).await?;
    let minimum = crate::settings::min_group_size(&app.db).await?;
    let mut reach = Vec::new();
    for kind in super::reach::KINDS {
        reach.push((kind, super::reach::weekly(&app.db, kind, minimum).await?));
    }
    let refused = typed.1.any();
    let action = "/cockpit/newsletters".to_string();
    let composer = composer(app, viewer, &ctx, action, typed).await?;
    forms::form_page(
        ManagePage {
            ctx,
            issues,
            composer,
            reach,
            minimum,
        },
        refused,
    )
}

async fn manage(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
) -> Result<Response> {
    let mut blank = ComposeForm::new();
    blank.insert("audience".into(), "everyone".into());
    manage_page(&app, &viewer, ctx, (blank, FormErrors::none())).await
}

async fn compose(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Form(form): Form<ComposeForm>,
) -> Result<Response> {
    match forms::split(service::compose(&app.db, &viewer, &form).await, ctx.lang)? {
        Ok(id) => Ok(redirect_with_flash(
            &format!("/cockpit/newsletters/{id}"),
            Flash::success("flash-newsletter-saved"),
        )),
        Err(errors) => manage_page(&app, &viewer, ctx, (form, errors)).await,
    }
}

#[derive(Template)]
#[template(path = "newsletter/edit.html")]
struct EditPage {
    ctx: PageCtx,
    issue: issue::Model,
    shown: Shown,
    /// The edit form, while the issue is a draft.
    composer: Option<Composer>,
    mail_on: bool,
    /// What was wrong with a test or a scheduling.
    sending_errors: FormErrors,
    /// When it is (or was to be) sent, in the organisation's time zone.
    when: String,
}

impl EditPage {
    fn is_draft(&self) -> bool {
        self.issue.status == Status::Draft.as_str()
    }

    fn is_scheduled(&self) -> bool {
        self.issue.status == Status::Scheduled.as_str()
    }
}

async fn edit_page(
    app: &AppState,
    viewer: &Viewer,
    ctx: PageCtx,
    id: i64,
    typed: Option<(ComposeForm, FormErrors)>,
    sending_errors: FormErrors,
) -> Result<Response> {
    let (issue, content) = service::managed(&app.db, viewer, id).await?;
    let refused = sending_errors.any() || typed.as_ref().is_some_and(|t| t.1.any());
    let (composer, sending_errors) = match typed {
        // Not a draft (any more): what was wrong shows at the top, without a form.
        Some((_, errors)) if issue.status != Status::Draft.as_str() => (None, errors),
        _ if issue.status != Status::Draft.as_str() => (None, sending_errors),
        typed => {
            let typed = typed.unwrap_or_else(|| (form_of(&issue), FormErrors::none()));
            let action = format!("/cockpit/newsletters/{id}");
            let composer = composer(app, viewer, &ctx, action, typed).await?;
            (Some(composer), sending_errors)
        }
    };
    let zone = crate::settings::time_zone(&app.db).await?;
    let when = issue
        .send_at
        .map(|at| crate::events::service::format_in_zone(at, &zone))
        .unwrap_or_default();
    forms::form_page(
        EditPage {
            mail_on: crate::mail::status(&app.config).is_on(),
            ctx,
            issue,
            shown: Shown::of(content),
            composer,
            sending_errors,
            when,
        },
        refused,
    )
}

async fn edit(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    edit_page(&app, &viewer, ctx, id, None, FormErrors::none()).await
}

async fn update(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<ComposeForm>,
) -> Result<Response> {
    match forms::split(service::update(&app.db, &viewer, id, &form).await, ctx.lang)? {
        Ok(()) => Ok(redirect_with_flash(
            &format!("/cockpit/newsletters/{id}"),
            Flash::success("flash-newsletter-saved"),
        )),
        Err(errors) => {
            edit_page(
                &app,
                &viewer,
                ctx,
                id,
                Some((form, errors)),
                FormErrors::none(),
            )
            .await
        }
    }
}

/// The result of a sending action: back to the issue with `flash`, or the page with the errors.
async fn after_sending(
    app: &AppState,
    viewer: &Viewer,
    ctx: PageCtx,
    id: i64,
    outcome: Result<()>,
    flash: &str,
) -> Result<Response> {
    match forms::split(outcome, ctx.lang)? {
        Ok(()) => Ok(redirect_with_flash(
            &format!("/cockpit/newsletters/{id}"),
            Flash::success(flash),
        )),
        Err(errors) => edit_page(app, viewer, ctx, id, None, errors).await,
    }
}

async fn test(
    State(app): State<AppState>,
    headers: HeaderMap,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    let base = crate::web::public_base(&app.config, &headers);
    let mail_on = crate::mail::status(&app.config).is_on();
    let outcome = service::send_test(&app.db, &viewer, id, &base, mail_on).await;
    after_sending(&app, &viewer, ctx, id, outcome, "flash-newsletter-test").await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct ScheduleForm {
    /// Empty: now; else a `datetime-local`.
    when: String,
}

async fn schedule(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<ScheduleForm>,
) -> Result<Response> {
    let mail_on = crate::mail::status(&app.config).is_on();
    let outcome = service::schedule(&app.db, &viewer, id, &form.when, mail_on).await;
    after_sending(
        &app,
        &viewer,
        ctx,
        id,
        outcome,
        "flash-newsletter-scheduled",
    )
    .await
}

async fn cancel(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    let outcome = service::cancel(&app.db, &viewer, id).await;
    after_sending(
        &app,
        &viewer,
        ctx,
        id,
        outcome,
        "flash-newsletter-cancelled",
    )
    .await
}
