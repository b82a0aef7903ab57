//! The administrators' mail page: whether e-mail is on and how, a test mail to oneself, and the
//! outbox (what was sent, queued, retried and failed; never a body).

use askama::Template;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};

use crate::error::Result;
use crate::mail::{self, Letter, MailKind, OutboxRow};
use crate::web::{AppState, CurrentUser, Flash, PageCtx, redirect_with_flash, render};

/// How many outbox rows the page lists.
const OUTBOX_ROWS: u64 = 100;

/// The routes of the mail page.
pub fn router() -> crate::web::Routes {
    crate::web::Routes::new()
        .route("/admin/mail", get(show))
        .route("/admin/mail/test", post(send_test))
}

/// One outbox row as shown.
struct Line {
    queued: String,
    kind_key: &'static str,
    to: String,
    status_key: &'static str,
    attempts: i32,
    error: String,
}

#[derive(Template)]
#[template(path = "admin/mail.html")]
struct MailPage {
    ctx: PageCtx,
    /// "E-mail is on: …", or `None` when it is off.
    on_message: Option<String>,
    lines: Vec<Line>,
}

fn line(row: OutboxRow, zone: &jiff::tz::TimeZone) -> Line {
    Line {
        queued: crate::events::service::format_in_zone(row.created_at, zone),
        kind_key: row.kind.map_or("mail-kind-test", MailKind::label_key),
        to: row.to_address,
        status_key: match row.status.as_str() {
            "sent" => "mail-status-sent",
            "failed" => "mail-status-failed",
            _ => "mail-status-queued",
        },
        attempts: row.attempts,
        error: row.last_error.unwrap_or_default(),
    }
}

async fn show(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
) -> Result<Response> {
    viewer.require_admin()?;
    let zone = crate::settings::time_zone(&app.db).await?;
    let lines = mail::recent(&app.db, OUTBOX_ROWS)
        .await?
        .into_iter()
        .map(|row| line(row, &zone))
        .collect();
    let status = mail::status(&app.config);
    let on_message = status.transport.as_deref().map(|transport| {
        ctx.lang.targs(
            "admin-mail-on",
            &[("transport", transport), ("sender", status.sender.as_str())],
        )
    });
    Ok(render(MailPage {
        ctx,
        on_message,
        lines,
    })?
    .into_response())
}

/// Queues a test mail to the administrator's own address.
async fn send_test(
    State(app): State<AppState>,
    headers: HeaderMap,
    CurrentUser(viewer, ctx): CurrentUser,
) -> Result<Response> {
    viewer.require_admin()?;
    if !mail::status(&app.config).is_on() {
        return Ok(redirect_with_flash(
            "/admin/mail",
            Flash::error("admin-mail-off"),
        ));
    }
    let me = crate::people::service::active_user(&app.db, viewer.id).await?;
    let lang = ctx.lang;
    let mut letter = Letter::to(MailKind::Test, &me.email, &me.display_name, lang);
    letter.subject = lang.t("mail-test-subject");
    letter.paragraphs = vec![lang.t("mail-test-body")];
    letter.action = Some((
        lang.t("admin-mail"),
        format!(
            "{}/admin/mail",
            crate::web::public_base(&app.config, &headers)
        ),
    ));
    mail::queue(&app.db, letter).await?;
    Ok(redirect_with_flash(
        "/admin/mail",
        Flash::success("admin-mail-test-queued"),
    ))
}
