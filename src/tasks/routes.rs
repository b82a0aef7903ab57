//! Work-queue pages: the list with its filters, a task with its actions, and the routines.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use super::entity::routine;
use super::kind::{Status, TaskKind};
use super::service::{self, ListQuery, QueueSettingsForm, RoutineForm, StatusForm, TaskPage};
use super::templates::MessageTemplate;
use crate::auth::Viewer;
use crate::error::Result;
use crate::i18n::Lang;
use crate::web::forms::{self, FormErrors};
use crate::web::{AppState, CurrentUser, Flash, PageCtx, redirect_with_flash, render};

/// The routes of this capability.
pub fn router() -> crate::web::Routes {
    crate::web::Routes::new()
        .route("/tasks", get(list))
        .route("/tasks/refresh", post(refresh))
        .route("/tasks/routines", get(routines).post(add_routine))
        .route("/tasks/templates", get(templates).post(save_templates))
        .route("/tasks/settings", post(save_settings))
        .route("/tasks/{id}", get(show))
        .route("/tasks/{id}/assign", post(assign))
        .route("/tasks/{id}/status", post(set_status))
        .route("/tasks/{id}/due", post(set_due))
        .route("/tasks/{id}/comments", post(comment))
        .route("/tasks/{id}/invite", post(invite))
        .route("/tasks/{id}/send", post(send))
        .route("/tasks/{id}/archive-group", post(archive_group))
}

#[derive(Template)]
#[template(path = "tasks/list.html")]
struct ListPage {
    ctx: PageCtx,
    sections: Vec<service::Section>,
    query: ListQuery,
    kinds: [TaskKind; TaskKind::ALL.len()],
    groups: Vec<(i64, String)>,
}

impl ListPage {
    /// How many of a section's tasks show before the rest fold away.
    fn shown(&self) -> usize {
        service::SHOWN_PER_SECTION
    }

    /// The start of a post as one short line of plain text.
    fn subject(&self, markdown: &str) -> String {
        let line: String = markdown
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .chars()
            .filter(|c| !matches!(c, '*' | '#' | '_' | '`' | '>'))
            .collect();
        if line.chars().count() > 70 {
            format!("{}…", line.chars().take(70).collect::<String>())
        } else {
            line
        }
    }

    /// Whether the list is narrowed to group `id`.
    fn chosen_group(&self, id: &i64) -> bool {
        self.query.group.trim().parse::<i64>().ok() == Some(*id)
    }
}

async fn list(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Query(query): Query<ListQuery>,
) -> Result<Response> {
    let sections = service::list(&app.db, &viewer, &query).await?;
    let groups = service::filter_groups(&app.db, &viewer).await?;
    Ok(render(ListPage {
        ctx,
        sections,
        query,
        kinds: TaskKind::ALL,
        groups,
    })?
    .into_response())
}

async fn refresh(
    State(app): State<AppState>,
    CurrentUser(viewer, _): CurrentUser,
) -> Result<Response> {
    service::list(&app.db, &viewer, &ListQuery::default()).await?;
    service::generate(&app.db, crate::db::now_ms()).await?;
    Ok(redirect_with_flash(
        "/tasks",
        Flash::success("flash-tasks-refreshed"),
    ))
}

#[derive(Template)]
#[template(path = "tasks/show.html")]
struct ShowPage {
    ctx: PageCtx,
    page: TaskPage,
    statuses: [Status; 4],
    errors: FormErrors,
}

impl ShowPage {
    /// Why an expert is suggested, in the page's language.
    fn reason(&self, reason: &super::experts::Reason) -> String {
        use super::experts::Reason;
        match reason {
            Reason::Expertise(label) => self.ctx.t1("expert-reason-expertise", "tag", label),
            Reason::AcceptedInGroup(n) => self.ctx.tn("expert-reason-accepted-here", "count", *n),
            Reason::AcceptedOnTopic(n) => self.ctx.tn("expert-reason-accepted-topic", "count", *n),
            Reason::AnsweredInGroup(n) => self.ctx.tn("expert-reason-answered-here", "count", *n),
            Reason::RecentlyActive => self.ctx.t("expert-reason-recent"),
        }
    }

    /// The i18n key of a history entry.
    fn event_key(&self, kind: &str) -> &'static str {
        match kind {
            "created" => "task-event-created",
            "assigned" => "task-event-assigned",
            "status" => "task-event-status",
            "due" => "task-event-due",
            "resolved" => "task-event-resolved",
            "action" => "task-event-action",
            "sent" => "task-event-sent",
            _ => "task-event-comment",
        }
    }

    /// Whether the task sends a message from a template.
    fn sends_message(&self) -> bool {
        MessageTemplate::for_kind(self.page.kind).is_some()
    }

    /// Whether the task is assigned to `id`.
    fn assigned(&self, id: &i64) -> bool {
        self.page.task.assignee_id == Some(*id)
    }

    /// The i18n key of a status change's new status.
    fn status_label(&self, stored: &str) -> &'static str {
        Status::label_key_of(stored)
    }
}

async fn show_page(
    app: &AppState,
    viewer: &Viewer,
    ctx: PageCtx,
    id: i64,
    errors: FormErrors,
) -> Result<Response> {
    let page = service::page(&app.db, viewer, id).await?;
    let refused = errors.any();
    forms::form_page(
        ShowPage {
            ctx,
            page,
            statuses: Status::ALL,
            errors,
        },
        refused,
    )
}

async fn show(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    show_page(&app, &viewer, ctx, id, FormErrors::none()).await
}

/// After a task form: back to the task with a message, or the page again with the problems.
async fn after(
    app: &AppState,
    viewer: &Viewer,
    ctx: PageCtx,
    id: i64,
    outcome: Result<()>,
    flash: &str,
) -> Result<Response> {
    match forms::split(outcome, ctx.lang)? {
        Ok(()) => Ok(redirect_with_flash(
            &format!("/tasks/{id}"),
            Flash::success(flash),
        )),
        Err(errors) => show_page(app, viewer, ctx, id, errors).await,
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct AssignForm {
    assignee: String,
}

async fn assign(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<AssignForm>,
) -> Result<Response> {
    let assignee = match form.assignee.trim() {
        "" => None,
        "me" => Some(viewer.id),
        text => Some(text.parse::<i64>().unwrap_or(0)),
    };
    let outcome = service::assign(&app.db, &viewer, id, assignee).await;
    after(&app, &viewer, ctx, id, outcome, "flash-task-updated").await
}

async fn set_status(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<StatusForm>,
) -> Result<Response> {
    let outcome = service::set_status(&app.db, &viewer, id, &form).await;
    after(&app, &viewer, ctx, id, outcome, "flash-task-updated").await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct DueForm {
    due: String,
}

async fn set_due(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<DueForm>,
) -> Result<Response> {
    let outcome = service::set_due(&app.db, &viewer, id, &form.due).await;
    after(&app, &viewer, ctx, id, outcome, "flash-task-updated").await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct CommentForm {
    comment: String,
}

async fn comment(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<CommentForm>,
) -> Result<Response> {
    let outcome = service::comment(&app.db, &viewer, id, &form.comment).await;
    after(&app, &viewer, ctx, id, outcome, "flash-task-commented").await
}

async fn invite(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    let outcome = service::invite_experts(&app.db, &viewer, id)
        .await
        .map(|_| ());
    after(&app, &viewer, ctx, id, outcome, "flash-experts-invited").await
}

async fn send(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    let outcome = service::send_messages(&app.db, &viewer, id)
        .await
        .map(|_| ());
    after(&app, &viewer, ctx, id, outcome, "flash-messages-sent").await
}

#[derive(Template)]
#[template(path = "tasks/templates.html")]
struct TemplatesPage {
    ctx: PageCtx,
    templates: Vec<(MessageTemplate, Lang, String)>,
    errors: FormErrors,
}

async fn templates(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
) -> Result<Response> {
    service::routines(&app.db, &viewer).await?;
    let templates = super::templates::all(&app.db).await?;
    Ok(render(TemplatesPage {
        ctx,
        templates,
        errors: FormErrors::none(),
    })?
    .into_response())
}

async fn save_templates(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response> {
    service::routines(&app.db, &viewer).await?;
    match forms::split(super::templates::save(&app.db, &fields).await, ctx.lang)? {
        Ok(()) => Ok(redirect_with_flash(
            "/tasks/templates",
            Flash::success("flash-templates-saved"),
        )),
        Err(errors) => {
            let templates = super::templates::all(&app.db).await?;
            forms::form_page(
                TemplatesPage {
                    ctx,
                    templates,
                    errors,
                },
                true,
            )
        }
    }
}

async fn archive_group(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    let outcome = service::archive_group(&app.db, &viewer, id).await;
    after(&app, &viewer, ctx, id, outcome, "flash-task-group-archived").await
}

#[derive(Template)]
#[template(path = "tasks/routines.html")]
struct RoutinesPage {
    ctx: PageCtx,
    routines: Vec<routine::Model>,
    team: Vec<(i64, String)>,
    form: RoutineForm,
    errors: FormErrors,
    /// The queue's settings as the form shows them: (field, label key, value).
    settings: Vec<(&'static str, &'static str, String)>,
}

impl RoutinesPage {}

async fn routines_page(
    app: &AppState,
    viewer: &Viewer,
    ctx: PageCtx,
    form: RoutineForm,
    errors: FormErrors,
    typed: Option<QueueSettingsForm>,
) -> Result<Response> {
    let routines = service::routines(&app.db, viewer).await?;
    let team = super::repo::team(&app.db).await?;
    let mut settings: Vec<(&'static str, &'static str, String)> = service::queue_settings(&app.db)
        .await?
        .into_iter()
        .map(|(_, field, value)| (field, setting_label(field), value.to_string()))
        .collect();
    if let Some(typed) = typed {
        for (field, _, value) in &mut settings {
            *value = match *field {
                "question_hours" => typed.question_hours.clone(),
                "idea_days" => typed.idea_days.clone(),
                _ => typed.memory_days.clone(),
            };
        }
    }
    let refused = errors.any();
    forms::form_page(
        RoutinesPage {
            ctx,
            routines,
            team,
            form,
            errors,
            settings,
        },
        refused,
    )
}

/// The i18n key of a queue setting's label.
fn setting_label(field: &str) -> &'static str {
    match field {
        "question_hours" => "tasks-setting-question-hours",
        "idea_days" => "tasks-setting-idea-days",
        _ => "tasks-setting-memory-days",
    }
}

async fn save_settings(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Form(form): Form<QueueSettingsForm>,
) -> Result<Response> {
    match forms::split(
        service::save_queue_settings(&app.db, &viewer, &form).await,
        ctx.lang,
    )? {
        Ok(()) => Ok(redirect_with_flash(
            "/tasks/routines",
            Flash::success("flash-settings-saved"),
        )),
        Err(errors) => {
            let fresh = RoutineForm {
                cadence: "weekly".into(),
                ..RoutineForm::default()
            };
            routines_page(&app, &viewer, ctx, fresh, errors, Some(form)).await
        }
    }
}

async fn routines(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
) -> Result<Response> {
    let form = RoutineForm {
        cadence: "weekly".into(),
        ..RoutineForm::default()
    };
    routines_page(&app, &viewer, ctx, form, FormErrors::none(), None).await
}

async fn add_routine(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Form(form): Form<RoutineForm>,
) -> Result<Response> {
    match forms::split(
        service::add_routine(&app.db, &viewer, &form).await,
        ctx.lang,
    )? {
        Ok(()) => Ok(redirect_with_flash(
            "/tasks/routines",
            Flash::success("flash-routine-added"),
        )),
        Err(errors) => routines_page(&app, &viewer, ctx, form, errors, None).await,
    }
}
