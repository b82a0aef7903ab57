//! The import pages: upload or paste a list, look at the preview (every problem by line, what
//! each colleague will get), start it, watch its progress (the page refreshes itself, no
//! script needed) and, when e-mail is off, download the new colleagues' sign-in links.

use askama::Template;
use axum::Form;
use axum::extract::{DefaultBodyLimit, Multipart, Path, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use super::plan::{self, Action};
use super::read::{self, Column};
use super::repo::{self, Staged, Status};
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::people::service as people;
use crate::provisioning::audit;
use crate::web::forms::FormErrors;
use crate::web::{AppState, CurrentUser, PageCtx};

/// Rows of each kind the preview lists (the counts cover all).
const SHOWN: usize = 200;

/// The routes of the import pages.
pub fn router() -> crate::web::Routes {
    crate::web::Routes::new()
        .route(
            "/admin/users/import",
            get(show)
                .post(upload)
                .layer(DefaultBodyLimit::max(read::MAX_BYTES + 64 * 1024)),
        )
        .route("/admin/users/imports/{id}", get(status))
        .route("/admin/users/imports/{id}/run", post(start))
        .route("/admin/users/imports/{id}/links", post(links))
}

#[derive(Template)]
#[template(path = "admin/import.html")]
struct UploadPage {
    ctx: PageCtx,
    errors: FormErrors,
    list: String,
    max_rows: usize,
}

async fn show(CurrentUser(viewer, ctx): CurrentUser) -> Result<Response> {
    viewer.require_admin()?;
    upload_page(ctx, FormErrors::none(), String::new(), false)
}

fn upload_page(ctx: PageCtx, errors: FormErrors, list: String, refused: bool) -> Result<Response> {
    let page = UploadPage {
        ctx,
        errors,
        list,
        max_rows: read::MAX_ROWS,
    };
    crate::web::forms::form_page(page, refused)
}

/// The list from the form: the file when one was chosen, else the pasted text.
async fn read_upload(mut multipart: Multipart) -> Result<(String, Vec<u8>, String)> {
    let (mut file_name, mut file, mut pasted) = (String::new(), Vec::new(), String::new());
    let too_large = || Error::invalid("csv", "import-error-too-large");
    while let Some(field) = multipart.next_field().await.map_err(|_| too_large())? {
        match field.name() {
            Some("file") => {
                file_name = field
                    .file_name()
                    .unwrap_or_default()
                    .chars()
                    .take(200)
                    .collect();
                file = field.bytes().await.map_err(|_| too_large())?.to_vec();
            }
            Some("list") => pasted = field.text().await.map_err(|_| too_large())?,
            _ => {}
        }
    }
    Ok((file_name, file, pasted))
}

async fn upload(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    multipart: Multipart,
) -> Result<Response> {
    viewer.require_admin()?;
    let (file_name, file, pasted) = match read_upload(multipart).await {
        Ok(read) => read,
        Err(err) => return refuse(ctx, err, String::new()),
    };
    let bytes = if file.is_empty() {
        pasted.clone().into_bytes()
    } else {
        file
    };
    let checked = if bytes.len() > read::MAX_BYTES {
        Err(Error::invalid("csv", "import-error-too-large"))
    } else {
        read::decode(&bytes).and_then(|decoded| read::read(&decoded.0).map(|_| decoded))
    };
    let (text, encoding) = match checked {
        Ok(decoded) => decoded,
        Err(err) => return refuse(ctx, err, pasted),
    };
    let staged = Staged {
        created_by: viewer.id,
        file_name,
        encoding,
        csv: text,
    };
    let id = repo::stage(&app.db, staged).await?;
    Ok(crate::web::flash::redirect(&format!(
        "/admin/users/imports/{id}"
    )))
}

/// The upload form again with what was wrong (a validation error), or the error itself.
fn refuse(ctx: PageCtx, err: Error, pasted: String) -> Result<Response> {
    match crate::web::forms::split::<()>(Err(err), ctx.lang)? {
        Err(errors) => upload_page(ctx, errors, pasted, true),
        Ok(()) => Err(Error::BadRequest),
    }
}

/// One row as the preview lists it.
struct ShownRow {
    line: usize,
    email: String,
    name: String,
    /// What will happen, in the reader's language.
    action: String,
    /// Each problem, in the reader's language.
    problems: Vec<String>,
}

#[derive(Template)]
#[template(path = "admin/import_status.html")]
struct StatusPage {
    ctx: PageCtx,
    import: crate::provisioning::entity::people_import::Model,
    /// `preview`, `queued`, `running`, `done` or `failed`.
    status: &'static str,
    creates: usize,
    updates: usize,
    unchanged: usize,
    skipped: usize,
    problems: Vec<ShownRow>,
    changes: Vec<ShownRow>,
    /// The columns the file has, by name in the reader's language.
    columns: Vec<String>,
    decoded_from: Option<String>,
    mail_on: bool,
    /// New colleagues of a finished import that can still get a link.
    waiting: usize,
}

fn column_label(column: Column) -> &'static str {
    audit::field_label(match column {
        Column::Email => "email",
        Column::Name => "display_name",
        Column::Department => "department",
        Column::JobTitle => "job_title",
        Column::Location => "location",
        Column::Manager => "manager_email",
        Column::Role => "role",
    })
}

fn shown(row: &plan::Row, lang: Lang) -> ShownRow {
    let action = match &row.action {
        Action::Create => lang.t("import-action-create"),
        Action::Update(fields) => lang.t1(
            "import-action-update",
            "fields",
            &fields
                .iter()
                .map(|f| lang.t(audit::field_label(f)))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        Action::Unchanged => lang.t("import-action-unchanged"),
        Action::Skip => lang.t("import-action-skip"),
    };
    ShownRow {
        line: row.line,
        email: row.email.clone(),
        name: row.name.clone(),
        action,
        problems: row
            .problems
            .iter()
            .map(|p| format!("{}: {}", lang.t(audit::field_label(p.field)), lang.t(p.key)))
            .collect(),
    }
}

async fn import_of(
    app: &AppState,
    viewer: &crate::auth::Viewer,
    id: i64,
) -> Result<crate::provisioning::entity::people_import::Model> {
    viewer.require_admin()?;
    repo::find(&app.db, id).await?.ok_or(Error::NotFound)
}

async fn status(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    let import = import_of(&app, &viewer, id).await?;
    let state = Status::parse_or(&import.status, Status::Failed);
    let mut page = StatusPage {
        status: state.as_str(),
        creates: 0,
        updates: 0,
        unchanged: 0,
        skipped: 0,
        problems: Vec::new(),
        changes: Vec::new(),
        columns: Vec::new(),
        decoded_from: None,
        mail_on: crate::mail::status(&app.config).is_on(),
        waiting: 0,
        import,
        ctx,
    };
    match state {
        Status::Preview => preview(&app, &viewer, &mut page).await?,
        Status::Done => {
            page.waiting = waiting_accounts(&app, id).await?.len();
        }
        _ => {}
    }
    Ok(crate::web::render(page)?.into_response())
}

/// Fills the preview: the plan of the staged list against the accounts as they are now.
async fn preview(
    app: &AppState,
    viewer: &crate::auth::Viewer,
    page: &mut StatusPage,
) -> Result<()> {
    let lang = page.ctx.lang;
    let sheet = read::read(&page.import.csv)?;
    let known = people::accounts_by_email(&app.db, &plan::addresses(&sheet)).await?;
    let importer = people::active_user(&app.db, viewer.id).await?;
    let planned = plan::plan(&sheet, &known, &importer);
    page.decoded_from = Some(page.import.encoding.clone()).filter(|e| !e.is_empty());
    page.columns = sheet
        .columns
        .iter()
        .map(|c| lang.t(column_label(*c)))
        .collect();
    page.creates = planned.count(|a| *a == Action::Create);
    page.updates = planned.count(|a| matches!(a, Action::Update(_)));
    page.unchanged = planned.count(|a| *a == Action::Unchanged);
    page.skipped = planned.count(|a| *a == Action::Skip);
    let (skipped, rest): (Vec<_>, Vec<_>) =
        planned.rows.iter().partition(|r| r.action == Action::Skip);
    page.problems = skipped.iter().take(SHOWN).map(|r| shown(r, lang)).collect();
    page.changes = rest
        .iter()
        .filter(|r| r.action != Action::Unchanged)
        .take(SHOWN)
        .map(|r| shown(r, lang))
        .collect();
    Ok(())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct StartForm {
    invite: Option<String>,
}

async fn start(
    State(app): State<AppState>,
    headers: HeaderMap,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<StartForm>,
) -> Result<Response> {
    import_of(&app, &viewer, id).await?;
    let invite = form.invite.is_some() && crate::mail::status(&app.config).is_on();
    let base = crate::web::public_base(&app.config, &headers);
    let tx = crate::db::begin_write(&app.db).await?;
    if repo::advance(&tx, id, Status::Preview, Status::Queued).await? {
        repo::start(&tx, id, invite, &base, ctx.lang.code()).await?;
        crate::jobs::enqueue(
            &tx,
            super::run::JOB,
            &id.to_string(),
            crate::db::now_ms(),
            None,
        )
        .await?;
    }
    tx.commit().await?;
    crate::jobs::wake();
    Ok(crate::web::flash::redirect(&format!(
        "/admin/users/imports/{id}"
    )))
}

/// The colleagues a finished import created who are active and have not set a password.
async fn waiting_accounts(app: &AppState, id: i64) -> Result<Vec<crate::directory::user::Model>> {
    let created = audit::created_by_import(&app.db, id).await?;
    Ok(people::accounts_by_id(&app.db, &created)
        .await?
        .into_iter()
        .filter(|u| u.active && u.password_hash.is_none())
        .collect())
}

/// A CSV of fresh sign-in links for the colleagues a finished import created who have not
/// signed in yet; earlier links of theirs stop working. Links are never stored, so they are
/// made when asked for.
async fn links(
    State(app): State<AppState>,
    headers: HeaderMap,
    CurrentUser(viewer, _): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    let import = import_of(&app, &viewer, id).await?;
    if import.status != Status::Done.as_str() {
        return Err(Error::NotFound);
    }
    let base = crate::web::public_base(&app.config, &headers);
    let accounts = waiting_accounts(&app, id).await?;
    let mut csv = csv::Writer::from_writer(Vec::new());
    let write_error = |_| Error::BadRequest;
    csv.write_record(["email", "name", "link"])
        .map_err(write_error)?;
    let tx = crate::db::begin_write(&app.db).await?;
    let mut entries = Vec::with_capacity(accounts.len());
    for account in &accounts {
        crate::auth::service::revoke_password_links(&tx, account.id).await?;
        let token = crate::auth::service::issue_password_link(&tx, account.id).await?;
        let link = format!("{base}/set-password/{token}");
        let name = spreadsheet_safe(&account.display_name);
        csv.write_record([account.email.as_str(), &name, &link])
            .map_err(write_error)?;
        entries.push(audit::Entry {
            source: audit::Source::Import,
            actor_id: Some(viewer.id),
            subject_id: account.id,
            action: audit::Action::Invited,
            detail: String::new(),
            import_id: Some(id),
        });
    }
    audit::record(&tx, entries).await?;
    tx.commit().await?;
    let body = csv.into_inner().map_err(|_| Error::BadRequest)?;
    let headers = [
        (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
        (
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"plein-links-{id}.csv\""),
        ),
    ];
    Ok((headers, body).into_response())
}

/// A cell a spreadsheet shows as text: one that starts like a formula gets a leading quote.
fn spreadsheet_safe(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}
