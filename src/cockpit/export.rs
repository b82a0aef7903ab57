//! The raw activity export for administrators: a form (period and export key) and the CSV,
//! streamed page by page. Every export is written to the cockpit's audit log.

use askama::Template;
use axum::Form;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use crate::activity::events_page;
use crate::activity::export::{self, ExportKey};
use crate::activity::period::{Period, PeriodQuery, date_of, typed_or_date};
use crate::db::{Db, now_ms};
use crate::error::{Error, Result};
use crate::web::forms::{self, FormErrors};
use crate::web::{AppState, CurrentUser, PageCtx};

/// The routes of this capability.
pub fn router() -> crate::web::Routes {
    crate::web::Routes::new()
        .route("/admin/activity", get(export_form))
        .route("/admin/activity.csv", post(export_csv))
}

/// Events per database round trip of an export.
const PAGE: u64 = 5_000;

#[derive(Template)]
#[template(path = "admin/activity_export.html")]
struct ExportPage {
    ctx: PageCtx,
    errors: FormErrors,
    from: String,
    to: String,
    min_key_chars: usize,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct ExportForm {
    from: String,
    to: String,
    key: String,
}

fn page(ctx: PageCtx, today: i32, form: &ExportForm, errors: FormErrors) -> Result<Response> {
    let refused = errors.any();
    let default = Period::last_days(today);
    forms::form_page(
        ExportPage {
            from: typed_or_date(Some(&form.from), default.from),
            to: typed_or_date(Some(&form.to), default.to),
            ctx,
            errors,
            min_key_chars: export::MIN_KEY_CHARS,
        },
        refused,
    )
}

async fn export_form(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
) -> Result<Response> {
    viewer.require_admin()?;
    let today = crate::activity::today(&app.db).await?;
    page(ctx, today, &ExportForm::default(), FormErrors::none())
}

async fn export_csv(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Form(form): Form<ExportForm>,
) -> Result<Response> {
    viewer.require_admin()?;
    let query = PeriodQuery {
        from: Some(form.from.clone()),
        to: Some(form.to.clone()),
    };
    let calendar = crate::activity::Calendar::of(&app.db).await?;
    let today = calendar.today();
    let period = Period::parse(&query, today).map_err(|key| Error::invalid("from", key));
    let (period, key) = match forms::split(
        Error::combine(period, ExportKey::parse(&form.key)),
        ctx.lang,
    )? {
        Ok(checked) => checked,
        Err(errors) => return page(ctx, today, &form, errors),
    };
    let audited = format!("/admin/activity.csv?{}", PeriodQuery::link(period));
    super::repo::log_view(&app.db, viewer.id, &audited, now_ms()).await?;
    let name = format!(
        "attachment; filename=\"plein-activity-{}-{}.csv\"",
        date_of(period.from),
        date_of(period.to)
    );
    let mut response =
        crate::web::streamed_body(csv_stream(app.db.clone(), key, period.millis(&calendar)))
            .into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    if let Ok(value) = HeaderValue::from_str(&name) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    Ok(response)
}

/// Where an export stream is.
struct Cursor {
    db: Db,
    key: ExportKey,
    range: (i64, i64),
    after: Option<(i64, i64)>,
    header_sent: bool,
    done: bool,
}

/// The header, then one chunk per page of events; a database error ends the body early (the
/// download then fails visibly instead of looking complete).
fn csv_stream(
    db: Db,
    key: ExportKey,
    range: (i64, i64),
) -> impl futures_util::Stream<Item = std::result::Result<Bytes, Error>> {
    let cursor = Cursor {
        db,
        key,
        range,
        after: None,
        header_sent: false,
        done: false,
    };
    futures_util::stream::unfold(cursor, next_chunk)
}

async fn next_chunk(mut cursor: Cursor) -> Option<(std::result::Result<Bytes, Error>, Cursor)> {
    if !cursor.header_sent {
        cursor.header_sent = true;
        return Some((Ok(Bytes::from_static(export::HEADER.as_bytes())), cursor));
    }
    if cursor.done {
        return None;
    }
    let (from, to) = cursor.range;
    let events = match events_page(&cursor.db, from, to, cursor.after, PAGE).await {
        Ok(events) => events,
        Err(err) => {
            cursor.done = true;
            return Some((Err(Error::Db(err)), cursor));
        }
    };
    cursor.done = (events.len() as u64) < PAGE;
    cursor.after = events.last().map(|e| (e.0, e.1));
    if events.is_empty() {
        return None;
    }
    let chunk: String = events
        .iter()
        .map(|(_, _, day, user, kind, group)| export::row(&cursor.key, *day, *user, kind, *group))
        .collect();
    Some((Ok(Bytes::from(chunk)), cursor))
}
