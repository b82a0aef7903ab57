//! Running an import: the plan is made again from the list as it is now, then new accounts
//! are created and existing ones changed in steps of a few hundred, each step one transaction
//! that also saves the progress (so the page of any instance shows it). A step that fails
//! leaves the earlier ones written; importing the same list again finishes the work, because a
//! re-import updates rather than duplicates.

use std::collections::HashMap;

use super::plan::{self, Action, Row};
use super::read;
use super::repo::{self, Progress, Status};
use crate::db::{self, Db};
use crate::directory::user;
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::people::service::{self as people, ImportedAccount};
use crate::provisioning::audit::{self, Entry, Source};

/// The job kind that runs a started import (payload: its id).
pub const JOB: &str = "provisioning.import";

/// Rows written per transaction.
const STEP: usize = 500;

/// The job handler of [`JOB`]: runs the import, and records a failure on it rather than
/// retrying (the administrator sees the reason and can import again).
pub fn job(
    db: Db,
    payload: String,
) -> futures_util::future::BoxFuture<'static, crate::jobs::Outcome> {
    Box::pin(async move {
        let Ok(id) = payload.parse::<i64>() else {
            return Ok(());
        };
        if let Err(err) = run(&db, id).await {
            tracing::warn!(%err, id, "an import failed");
            repo::finish(&db, id, Status::Failed, &err.to_string())
                .await
                .map_err(|e| e.to_string())?;
        }
        Ok(())
    })
}

/// Runs import `id` if it is queued (a second runner finds it taken and does nothing).
pub async fn run(db: &Db, id: i64) -> Result<()> {
    if !repo::advance(db, id, Status::Queued, Status::Running).await? {
        return Ok(());
    }
    let import = repo::find(db, id).await?.ok_or(Error::NotFound)?;
    let importer = people::active_user(db, import.created_by).await?;
    let sheet = read::read(&import.csv)?;
    let addresses = plan::addresses(&sheet);
    let known = people::accounts_by_email(db, &addresses).await?;
    let planned = plan::plan(&sheet, &known, &importer);
    let creates: Vec<&Row> = planned
        .rows
        .iter()
        .filter(|r| r.action == Action::Create)
        .collect();
    let changes: Vec<&Row> = planned
        .rows
        .iter()
        .filter(|r| match &r.action {
            Action::Update(_) => true,
            Action::Create => r.fields.manager.as_deref().is_some_and(|m| !m.is_empty()),
            _ => false,
        })
        .collect();
    let mut progress = Progress {
        total: (creates.len() + changes.len()) as i32,
        ..Progress::default()
    };
    let context = Context {
        id,
        importer: &importer,
        invite: import.invite && !import.base_url.is_empty(),
        base: &import.base_url,
        lang: Lang::from_code(&import.lang).unwrap_or_default(),
    };
    for step in creates.chunks(STEP) {
        create_step(db, &context, step, &mut progress).await?;
    }
    let known = people::accounts_by_email(db, &addresses).await?;
    for step in changes.chunks(STEP) {
        change_step(db, &context, step, &known, &mut progress).await?;
    }
    repo::finish(db, id, Status::Done, "").await?;
    crate::jobs::wake();
    Ok(())
}

/// What every step needs to know about the import.
struct Context<'a> {
    id: i64,
    importer: &'a user::Model,
    invite: bool,
    base: &'a str,
    lang: Lang,
}

impl Context<'_> {
    fn entry(&self, subject_id: i64, action: audit::Action, detail: String) -> Entry {
        Entry {
            source: Source::Import,
            actor_id: Some(self.importer.id),
            subject_id,
            action,
            detail,
            import_id: Some(self.id),
        }
    }
}

async fn create_step(
    db: &Db,
    context: &Context<'_>,
    rows: &[&Row],
    progress: &mut Progress,
) -> Result<()> {
    let accounts: Vec<ImportedAccount> = rows
        .iter()
        .map(|r| ImportedAccount {
            email: r.email.clone(),
            display_name: r.name.clone(),
            job_title: r.fields.job_title.clone().unwrap_or_default(),
            department: r.fields.department.clone().unwrap_or_default(),
            location: r.fields.location.clone().unwrap_or_default(),
            role: r.fields.role.unwrap_or(crate::auth::Role::Member),
        })
        .collect();
    let tx = db::begin_write(db).await?;
    let ids: HashMap<String, i64> = people::create_imported(&tx, &accounts)
        .await?
        .into_iter()
        .collect();
    let mut entries = Vec::with_capacity(rows.len() * 2);
    for row in rows {
        let Some(&user_id) = ids.get(&row.email) else {
            continue;
        };
        entries.push(context.entry(user_id, audit::Action::Created, String::new()));
        if context.invite {
            invite(&tx, context, row, user_id).await?;
            entries.push(context.entry(user_id, audit::Action::Invited, String::new()));
        }
    }
    audit::record(&tx, entries).await?;
    progress.done += rows.len() as i32;
    progress.created += rows.len() as i32;
    repo::progress(&tx, context.id, *progress).await?;
    tx.commit().await?;
    Ok(())
}

/// Queues the invitation of one new colleague with a fresh set-password link.
async fn invite(
    tx: &impl sea_orm::ConnectionTrait,
    context: &Context<'_>,
    row: &Row,
    user_id: i64,
) -> Result<()> {
    let token = crate::auth::service::issue_password_link(tx, user_id).await?;
    let url = format!("{}/set-password/{token}", context.base);
    let letter = crate::admin::invitation(
        &context.importer.display_name,
        &row.email,
        &row.name,
        context.lang,
        &url,
    );
    crate::mail::queue(tx, letter).await?;
    Ok(())
}

async fn change_step(
    db: &Db,
    context: &Context<'_>,
    rows: &[&Row],
    known: &HashMap<String, user::Model>,
    progress: &mut Progress,
) -> Result<()> {
    let tx = db::begin_write(db).await?;
    let mut entries = Vec::with_capacity(rows.len());
    for row in rows {
        let Some(account) = known.get(&row.email) else {
            continue;
        };
        let change = plan::change(&row.fields, account, known);
        let fields = audit::changed_fields(&change);
        if fields.is_empty() {
            continue;
        }
        let subject = account.id;
        people::apply_provisioned(&tx, account.clone(), change).await?;
        entries.push(context.entry(subject, audit::Action::Updated, fields.join(",")));
        if row.action != Action::Create {
            progress.updated += 1;
        }
    }
    audit::record(&tx, entries).await?;
    progress.done += rows.len() as i32;
    repo::progress(&tx, context.id, *progress).await?;
    tx.commit().await?;
    Ok(())
}
