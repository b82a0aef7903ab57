//! Moderation pages: the house rules, flagging a post or comment, the review queue, the review
//! page with the decision model, the member's notice, the audit log, and the administrators'
//! moderation settings.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::Deserialize;

use super::action::{Action, FlagReason, Target};
use super::decision::{Desirability, Level, Matrix, Response as Suggested};
use super::figures::Figures;
use super::repo::{LogFilter, LogRow};
use super::service::{self, ActForm, FlagForm, Flagged, NoticeView, QueueItem, RatingForm, Review};
use super::settings::{self as moderation_settings, SettingsForm};
use crate::activity::period::{Period, PeriodQuery, typed_or_date};
use crate::auth::Viewer;
use crate::error::Result;
use crate::web::forms::{self, FormErrors};
use crate::web::{AppState, CurrentUser, Flash, PageCtx, redirect_with_flash, render};

/// The routes of this capability.
pub fn router() -> crate::web::Routes {
    crate::web::Routes::new()
        .route("/house-rules", get(house_rules))
        .route("/posts/{id}/flag", get(flag_post_form).post(flag_post))
        .route(
            "/comments/{id}/flag",
            get(flag_comment_form).post(flag_comment),
        )
        .route("/moderation", get(queue))
        .route("/moderation/posts/{id}", get(review_post).post(act_on_post))
        .route(
            "/moderation/comments/{id}",
            get(review_comment).post(act_on_comment),
        )
        .route("/moderation/notices/{id}", get(notice))
        .route("/moderation/log", get(log))
        .route("/moderation/figures", get(figures))
        .route("/admin/moderation", get(settings_form).post(save_settings))
}

#[derive(Template)]
#[template(path = "moderation/house_rules.html")]
struct HouseRulesPage {
    ctx: PageCtx,
    /// Sanitised HTML of the rules.
    rules: String,
}

async fn house_rules(
    State(app): State<AppState>,
    CurrentUser(_, ctx): CurrentUser,
) -> Result<Response> {
    let rules = moderation_settings::house_rules_html(&app.db, ctx.lang).await?;
    Ok(render(HouseRulesPage { ctx, rules })?.into_response())
}

#[derive(Template)]
#[template(path = "moderation/flag.html")]
struct FlagPage {
    ctx: PageCtx,
    action: String,
    back: String,
    excerpt: String,
    reasons: [FlagReason; 7],
    form: FlagForm,
    errors: FormErrors,
}

async fn flag_page(
    app: &AppState,
    viewer: &Viewer,
    ctx: PageCtx,
    target: Target,
    form: FlagForm,
    errors: FormErrors,
) -> Result<Response> {
    let excerpt = service::flaggable_excerpt(&app.db, viewer, target).await?;
    let refused = errors.any();
    let action = match target {
        Target::Post(id) => format!("/posts/{id}/flag"),
        Target::Comment { comment_id, .. } => format!("/comments/{comment_id}/flag"),
    };
    forms::form_page(
        FlagPage {
            ctx,
            action,
            back: back_to(target),
            excerpt,
            reasons: FlagReason::ALL,
            form,
            errors,
        },
        refused,
    )
}

/// The post page (at the comment, for a comment).
fn back_to(target: Target) -> String {
    match target {
        Target::Post(id) => format!("/posts/{id}"),
        Target::Comment {
            post_id,
            comment_id,
        } => format!("/posts/{post_id}#comment-{comment_id}"),
    }
}

async fn submit_flag(
    app: &AppState,
    viewer: &Viewer,
    ctx: PageCtx,
    target: Target,
    form: FlagForm,
) -> Result<Response> {
    match forms::split(
        service::flag(&app.db, viewer, target, &form).await,
        ctx.lang,
    )? {
        Ok(outcome) => Ok(redirect_with_flash(
            &back_to(target),
            Flash::success(match outcome {
                Flagged::Stored => "flash-flagged",
                Flagged::Already => "flash-already-flagged",
            }),
        )),
        Err(errors) => flag_page(app, viewer, ctx, target, form, errors).await,
    }
}

async fn flag_post_form(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    let form = FlagForm::default();
    flag_page(
        &app,
        &viewer,
        ctx,
        Target::Post(id),
        form,
        FormErrors::none(),
    )
    .await
}

async fn flag_post(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<FlagForm>,
) -> Result<Response> {
    submit_flag(&app, &viewer, ctx, Target::Post(id), form).await
}

async fn flag_comment_form(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    let target = service::comment_target(&app.db, id).await?;
    flag_page(
        &app,
        &viewer,
        ctx,
        target,
        FlagForm::default(),
        FormErrors::none(),
    )
    .await
}

async fn flag_comment(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<FlagForm>,
) -> Result<Response> {
    let target = service::comment_target(&app.db, id).await?;
    submit_flag(&app, &viewer, ctx, target, form).await
}

#[derive(Template)]
#[template(path = "moderation/queue.html")]
struct QueuePage {
    ctx: PageCtx,
    items: Vec<QueueItem>,
    group: Option<i64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct QueueQuery {
    group: Option<i64>,
}

async fn queue(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Query(query): Query<QueueQuery>,
) -> Result<Response> {
    let items = service::queue(&app.db, &viewer, query.group).await?;
    Ok(render(QueuePage {
        ctx,
        items,
        group: query.group,
    })?
    .into_response())
}

#[derive(Template)]
#[template(path = "moderation/review.html")]
struct ReviewPage {
    ctx: PageCtx,
    url: String,
    review: Review,
    rating: RatingForm,
    form: ActForm,
    errors: FormErrors,
    levels: [Level; 2],
    desirabilities: [Desirability; 3],
    actions: Vec<Action>,
}

impl ReviewPage {
    /// The action preselected: the one submitted, else the suggestion's.
    fn chosen(&self, action: &Action) -> bool {
        match Action::parse(&self.form.action) {
            Some(chosen) => chosen == *action,
            None => self
                .review
                .suggestion
                .is_some_and(|s: Suggested| s.action() == *action),
        }
    }

    /// The i18n key of a flag's reason.
    fn reason_key(&self, stored: &str) -> &'static str {
        FlagReason::parse(stored).map_or("flag-reason-other", FlagReason::label_key)
    }
}

async fn review_page(
    app: &AppState,
    viewer: &Viewer,
    ctx: PageCtx,
    target: Target,
    form: ActForm,
    errors: FormErrors,
) -> Result<Response> {
    let rating = form.rating.parse().unwrap_or(None);
    let review = service::review(&app.db, viewer, target, rating).await?;
    let mut form = form;
    if form.body.is_empty() && review.subject.comment.is_none() {
        form.body = review.subject.post.body_md.clone();
    }
    let actions = Action::CHOSEN
        .into_iter()
        .filter(|a| a.applies_to(target) && (*a != Action::Suspend || review.can_suspend))
        .filter(|a| *a != Action::Move || !review.move_to.is_empty())
        .collect();
    let refused = errors.any();
    forms::form_page(
        ReviewPage {
            ctx,
            url: target.review_url(),
            review,
            rating: form.rating.clone(),
            form,
            errors,
            levels: Level::ALL,
            desirabilities: Desirability::ALL,
            actions,
        },
        refused,
    )
}

async fn review_post(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
    Query(rating): Query<RatingForm>,
) -> Result<Response> {
    let errors = rating_errors(&rating, &ctx)?;
    let form = ActForm {
        rating,
        ..ActForm::default()
    };
    review_page(&app, &viewer, ctx, Target::Post(id), form, errors).await
}

async fn review_comment(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
    Query(rating): Query<RatingForm>,
) -> Result<Response> {
    let target = service::comment_target(&app.db, id).await?;
    let errors = rating_errors(&rating, &ctx)?;
    let form = ActForm {
        rating,
        ..ActForm::default()
    };
    review_page(&app, &viewer, ctx, target, form, errors).await
}

/// The messages of a partial rating asked for a suggestion.
fn rating_errors(rating: &RatingForm, ctx: &PageCtx) -> Result<FormErrors> {
    Ok(forms::split(rating.parse(), ctx.lang)?
        .err()
        .unwrap_or_default())
}

async fn submit_action(
    app: &AppState,
    viewer: &Viewer,
    ctx: PageCtx,
    target: Target,
    form: ActForm,
) -> Result<Response> {
    match forms::split(service::act(&app.db, viewer, target, &form).await, ctx.lang)? {
        Ok(_) => Ok(redirect_with_flash(
            "/moderation",
            Flash::success("flash-moderated"),
        )),
        Err(errors) => review_page(app, viewer, ctx, target, form, errors).await,
    }
}

async fn act_on_post(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<ActForm>,
) -> Result<Response> {
    submit_action(&app, &viewer, ctx, Target::Post(id), form).await
}

async fn act_on_comment(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<ActForm>,
) -> Result<Response> {
    let target = service::comment_target(&app.db, id).await?;
    submit_action(&app, &viewer, ctx, target, form).await
}

#[derive(Template)]
#[template(path = "moderation/notice.html")]
struct NoticePage {
    ctx: PageCtx,
    notice: NoticeView,
}

async fn notice(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    let notice = service::notice(&app.db, &viewer, id).await?;
    Ok(render(NoticePage { ctx, notice })?.into_response())
}

#[derive(Template)]
#[template(path = "moderation/log.html")]
struct LogPage {
    ctx: PageCtx,
    rows: Vec<LogRow>,
    query: LogQuery,
    /// The message for a date that is not one.
    date_error: Option<&'static str>,
    actions: Vec<Action>,
    next: Option<i64>,
}

impl LogPage {
    /// The i18n key of a logged suggestion.
    fn suggestion_key(&self, stored: &Option<String>) -> Option<&'static str> {
        stored
            .as_deref()
            .and_then(Suggested::parse)
            .map(Suggested::label_key)
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
struct LogQuery {
    action: String,
    group: Option<i64>,
    from: String,
    to: String,
    before: Option<i64>,
}

async fn log(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Query(query): Query<LogQuery>,
) -> Result<Response> {
    let from = crate::activity::period::parse_date(Some(&query.from));
    let to = crate::activity::period::parse_date(Some(&query.to));
    let date_error = from.err().or(to.err());
    let calendar = crate::activity::Calendar::of(&app.db).await?;
    let filter = LogFilter {
        action: Action::parse(&query.action).map(|a| a.as_str().to_string()),
        group_id: query.group,
        from: from.ok().flatten().map(|d| calendar.start_of(d)),
        to: to.ok().flatten().map(|d| calendar.start_of(d + 1)),
        before: query.before,
        target: None,
    };
    let mut rows = service::log(&app.db, &viewer, &filter).await?;
    let next = crate::db::next_page(&mut rows, service::LOG_PAGE, |r| r.id);
    Ok(render(LogPage {
        ctx,
        rows,
        query,
        date_error,
        actions: Action::CHOSEN
            .into_iter()
            .chain([Action::AutoHide])
            .collect(),
        next,
    })?
    .into_response())
}

#[derive(Template)]
#[template(path = "moderation/figures.html")]
struct FiguresPage {
    ctx: PageCtx,
    figures: Figures,
    from: String,
    to: String,
    period_error: Option<&'static str>,
}

impl FiguresPage {
    /// "5.5 hours" in the page's language.
    fn hours(&self, hours: &f64) -> String {
        crate::insights::format::hours(self.ctx.lang, *hours)
    }
}

async fn figures(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Query(query): Query<PeriodQuery>,
) -> Result<Response> {
    let today = crate::activity::today(&app.db).await?;
    let (period, period_error) = match Period::parse(&query, today) {
        Ok(period) => (period, None),
        Err(key) => (Period::last_days(today), Some(key)),
    };
    let figures = super::figures::figures(&app.db, &viewer, period).await?;
    Ok(render(FiguresPage {
        ctx,
        figures,
        from: typed_or_date(query.from.as_deref(), period.from),
        to: typed_or_date(query.to.as_deref(), period.to),
        period_error,
    })?
    .into_response())
}

#[derive(Template)]
#[template(path = "moderation/settings.html")]
struct SettingsPage {
    ctx: PageCtx,
    form: SettingsForm,
    matrix: Matrix,
    desirabilities: [Desirability; 3],
    levels: [Level; 2],
    responses: [Suggested; 7],
    errors: FormErrors,
}

impl SettingsPage {
    /// Whether `response` is in the matrix cell.
    fn in_cell(&self, desirability: &Desirability, impact: &Level, response: &Suggested) -> bool {
        self.matrix.cell(*desirability, *impact) == *response
    }
}

fn settings_page(
    ctx: PageCtx,
    form: SettingsForm,
    matrix: Matrix,
    errors: FormErrors,
) -> Result<Response> {
    let refused = errors.any();
    forms::form_page(
        SettingsPage {
            ctx,
            form,
            matrix,
            desirabilities: Desirability::ALL,
            levels: Level::ALL,
            responses: Suggested::ALL,
            errors,
        },
        refused,
    )
}

async fn settings_form(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
) -> Result<Response> {
    viewer.require_admin()?;
    let (form, matrix) = moderation_settings::current(&app.db).await?;
    settings_page(ctx, form, matrix, FormErrors::none())
}

async fn save_settings(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response> {
    viewer.require_steward(crate::settings::MODERATION_MATRIX.steward)?;
    let form = SettingsForm::from_fields(&fields);
    let matrix = moderation_settings::matrix_from_fields(&fields);
    match forms::split(
        moderation_settings::save(&app.db, &form, &fields).await,
        ctx.lang,
    )? {
        Ok(()) => Ok(redirect_with_flash(
            "/admin/moderation",
            Flash::success("flash-settings-saved"),
        )),
        Err(errors) => settings_page(ctx, form, matrix, errors),
    }
}
