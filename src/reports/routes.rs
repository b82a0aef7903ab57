//! Report pages: the list with the form to make one and the marks to review, a stored report
//! (printable) and its JSON, and marking a post for the reports.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use super::mailing::{self, SendForm, Sent};
use super::period::ReportPeriod;
use super::service::{self, Highlight, HighlightForm, HighlightKind, ReportListed};
use crate::auth::Viewer;
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::web::forms::{self, FormErrors};
use crate::web::{AppState, CurrentUser, Flash, PageCtx, redirect_with_flash};

/// The routes of this capability.
pub fn router() -> crate::web::Routes {
    crate::web::Routes::new()
        .route("/cockpit/reports", get(index).post(create))
        .route("/cockpit/reports/{id}", get(show))
        .route("/cockpit/reports/{id}/send", post(send))
        .route("/cockpit/reports/{id}/json", get(json))
        .route("/cockpit/highlights/new", get(highlight_form))
        .route("/cockpit/highlights", post(mark))
        .route("/cockpit/highlights/{id}/delete", post(unmark))
}

#[derive(Template)]
#[template(path = "reports/index.html")]
struct IndexPage {
    ctx: PageCtx,
    reports: Vec<ReportListed>,
    choices: Vec<ReportPeriod>,
    highlights: Vec<Highlight>,
    errors: FormErrors,
    chosen: String,
}

impl IndexPage {
    /// "October 2026".
    fn period_name(&self, period: &ReportPeriod) -> String {
        service::period_name(self.ctx.lang, *period)
    }
}

async fn index_page(
    app: &AppState,
    viewer: &Viewer,
    ctx: PageCtx,
    errors: FormErrors,
    chosen: String,
) -> Result<Response> {
    let reports = service::list(&app.db, viewer, &ctx.path).await?;
    let highlights = if viewer.role.manages_community() {
        service::recent(&app.db, viewer).await?
    } else {
        Vec::new()
    };
    let refused = errors.any();
    forms::form_page(
        IndexPage {
            choices: ReportPeriod::choices(crate::activity::today(&app.db).await?),
            ctx,
            reports,
            highlights,
            errors,
            chosen,
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
struct CreateForm {
    period: String,
}

async fn create(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Form(form): Form<CreateForm>,
) -> Result<Response> {
    match forms::split(
        service::create(&app.db, &viewer, &form.period).await,
        ctx.lang,
    )? {
        Ok(id) => Ok(redirect_with_flash(
            &format!("/cockpit/reports/{id}"),
            Flash::success("flash-report-made"),
        )),
        Err(errors) => index_page(&app, &viewer, ctx, errors, form.period).await,
    }
}

#[derive(Template)]
#[template(path = "reports/show.html")]
struct ShowPage {
    ctx: PageCtx,
    id: i64,
    /// The stored report in the page's language (rendered by Plein's own escaping template
    /// when the report was made).
    body: String,
    /// Who it was mailed to (community managers see it, with the sending form).
    readers: Vec<String>,
    /// Whether e-mail is on.
    mail_on: bool,
    /// The sending form as typed, and what was wrong with it.
    form: SendForm,
    errors: FormErrors,
    /// Addresses that are not colleagues' (nothing was sent).
    unknown: Vec<String>,
}

impl ShowPage {
    fn readers_line(&self) -> String {
        self.ctx
            .lang
            .t1("report-readers", "names", &self.readers.join(", "))
    }
}

async fn show_page(
    app: &AppState,
    viewer: &Viewer,
    ctx: PageCtx,
    id: i64,
    (form, errors, unknown): (SendForm, FormErrors, Vec<String>),
) -> Result<Response> {
    let report = service::view(&app.db, viewer, id, &ctx.path).await?;
    let body = match ctx.lang {
        Lang::Nl => report.html_nl,
        Lang::En => report.html_en,
    };
    let readers = if viewer.role.manages_community() {
        service::readers(&app.db, id).await?
    } else {
        Vec::new()
    };
    let refused = errors.any() || !unknown.is_empty();
    forms::form_page(
        ShowPage {
            mail_on: crate::mail::status(&app.config).is_on(),
            ctx,
            id,
            body,
            readers,
            form,
            errors,
            unknown,
        },
        refused,
    )
}

async fn show(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    let blank = (SendForm::default(), FormErrors::none(), Vec::new());
    show_page(&app, &viewer, ctx, id, blank).await
}

async fn send(
    State(app): State<AppState>,
    headers: HeaderMap,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<SendForm>,
) -> Result<Response> {
    let base = crate::web::public_base(&app.config, &headers);
    let mail_on = crate::mail::status(&app.config).is_on();
    let outcome = mailing::send(&app.db, &viewer, id, &form, &base, mail_on).await;
    match forms::split(outcome, ctx.lang)? {
        Ok(Sent::Queued(_)) => Ok(redirect_with_flash(
            &format!("/cockpit/reports/{id}"),
            Flash::success("flash-report-sent"),
        )),
        Ok(Sent::Unknown(unknown)) => {
            show_page(&app, &viewer, ctx, id, (form, FormErrors::none(), unknown)).await
        }
        Err(errors) => show_page(&app, &viewer, ctx, id, (form, errors, Vec::new())).await,
    }
}

async fn json(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    let report = service::view(&app.db, &viewer, id, &ctx.path).await?;
    let mut response = report.figures_json.into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    Ok(response)
}

#[derive(Template)]
#[template(path = "reports/highlight.html")]
struct HighlightPage {
    ctx: PageCtx,
    post: i64,
    excerpt: String,
    kinds: [HighlightKind; 3],
    kind: String,
    quote: String,
    errors: FormErrors,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct PostQuery {
    post: i64,
}

async fn highlight_page(
    app: &AppState,
    viewer: &Viewer,
    ctx: PageCtx,
    form: HighlightForm,
    errors: FormErrors,
) -> Result<Response> {
    if !viewer.role.manages_community() {
        return Err(Error::Forbidden);
    }
    let (post, _) = crate::posts::service::readable_post(&app.db, viewer, form.post).await?;
    let refused = errors.any();
    forms::form_page(
        HighlightPage {
            ctx,
            post: post.id,
            excerpt: crate::posts::markdown::excerpt(&post.body_html, 280),
            kinds: HighlightKind::ALL,
            kind: form.kind,
            quote: form.quote,
            errors,
        },
        refused,
    )
}

async fn highlight_form(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Query(query): Query<PostQuery>,
) -> Result<Response> {
    let form = HighlightForm {
        post: query.post,
        kind: HighlightKind::Example.as_str().into(),
        quote: String::new(),
    };
    highlight_page(&app, &viewer, ctx, form, FormErrors::none()).await
}

async fn mark(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Form(form): Form<HighlightForm>,
) -> Result<Response> {
    match forms::split(service::mark(&app.db, &viewer, &form).await, ctx.lang)? {
        Ok(_) => Ok(redirect_with_flash(
            &format!("/posts/{}", form.post),
            Flash::success("flash-highlight-marked"),
        )),
        Err(errors) => highlight_page(&app, &viewer, ctx, form, errors).await,
    }
}

async fn unmark(
    State(app): State<AppState>,
    CurrentUser(viewer, _): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    service::unmark(&app.db, &viewer, id).await?;
    Ok(redirect_with_flash(
        "/cockpit/reports",
        Flash::success("flash-highlight-removed"),
    ))
}
