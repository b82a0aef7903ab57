//! The provisioning log page: what imports (and later SCIM and single sign-on) did to which
//! account, for administrators.

use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use super::audit;
use crate::error::Result;
use crate::people::service as people;
use crate::web::{AppState, CurrentUser, PageCtx};

/// Entries the page shows.
const SHOWN: u64 = 500;

/// The routes of the log page.
pub fn router() -> crate::web::Routes {
    crate::web::Routes::new().route("/admin/provisioning", get(show))
}

/// One entry as shown.
struct Shown {
    at: i64,
    source: &'static str,
    action: &'static str,
    subject: Option<(i64, String)>,
    actor: Option<String>,
    /// Changed fields, each by its label key.
    fields: Vec<&'static str>,
}

#[derive(Template)]
#[template(path = "admin/provisioning.html")]
struct LogPage {
    ctx: PageCtx,
    entries: Vec<Shown>,
}

async fn show(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
) -> Result<Response> {
    viewer.require_admin()?;
    let rows = audit::recent(&app.db, SHOWN).await?;
    let mut ids: Vec<i64> = rows
        .iter()
        .flat_map(|r| [r.subject_id, r.actor_id])
        .flatten()
        .collect();
    ids.sort_unstable();
    ids.dedup();
    let names: std::collections::HashMap<i64, String> = people::accounts_by_id(&app.db, &ids)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect();
    let entries = rows
        .into_iter()
        .map(|row| Shown {
            at: row.at,
            source: audit::Source::parse(&row.source)
                .map_or("audit-source-import", |s| s.label_key()),
            action: audit::Action::parse(&row.action)
                .map_or("audit-action-updated", |a| a.label_key()),
            subject: row
                .subject_id
                .and_then(|id| names.get(&id).map(|n| (id, n.clone()))),
            actor: row.actor_id.and_then(|id| names.get(&id).cloned()),
            fields: row
                .detail
                .split(',')
                .filter(|f| !f.is_empty())
                .map(audit::field_label)
                .collect(),
        })
        .collect();
    Ok(crate::web::render(LogPage { ctx, entries })?.into_response())
}
