//! The provisioning audit log: every account a list import, SCIM or single sign-on created,
//! changed or linked, by whom, with the fields changed — never the values, so the log holds no
//! more personal data than the accounts themselves. Kept for 400 days.

use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use super::entity::audit;
use crate::db::now_ms;
use crate::error::Result;

/// How long the log keeps an entry: 400 days, a year and a bit for a yearly review.
pub const RETENTION_MS: i64 = 400 * 24 * 3_600_000;

crate::stored_enum! {
    /// What made a change.
    pub enum Source {
        /// A list an administrator imported.
        Import = "import" => "audit-source-import",
        /// The identity provider, through SCIM.
        Scim = "scim" => "audit-source-scim",
        /// Single sign-on: an account made or kept in line on sign-in.
        Sso = "sso" => "audit-source-sso",
    }
}

crate::stored_enum! {
    /// What happened to the account.
    pub enum Action {
        /// The account was created.
        Created = "created" => "audit-action-created",
        /// Profile fields or the role changed (the detail names them).
        Updated = "updated" => "audit-action-updated",
        /// An invitation was queued or a sign-in link handed out.
        Invited = "invited" => "audit-action-invited",
        /// Deactivated (deprovisioned); its sessions ended.
        Deactivated = "deactivated" => "audit-action-deactivated",
        /// Active again.
        Reactivated = "reactivated" => "audit-action-reactivated",
        /// Deleted by the provider: deactivated and handed back to Plein's administrators.
        Deleted = "deleted" => "audit-action-deleted",
        /// Linked to an identity at a single sign-on provider.
        Linked = "linked" => "audit-action-linked",
        /// Put in or taken out of a Plein group by a directory group mapped to it.
        Grouped = "grouped" => "audit-action-grouped",
    }
}

/// The names of the fields a change touches, for previews and the log.
pub fn changed_fields(change: &crate::people::service::ProvisionedChange) -> Vec<&'static str> {
    [
        (change.email.is_some(), "email"),
        (change.display_name.is_some(), "display_name"),
        (change.department.is_some(), "department"),
        (change.job_title.is_some(), "job_title"),
        (change.location.is_some(), "location"),
        (change.manager_id.is_some(), "manager_email"),
        (change.role.is_some(), "role"),
        (change.active.is_some(), "active"),
    ]
    .into_iter()
    .filter_map(|(changed, name)| changed.then_some(name))
    .collect()
}

/// The i18n key of the label of a field name [`changed_fields`] gives (also the import's
/// problem fields).
pub fn field_label(field: &str) -> &'static str {
    match field {
        "email" => "field-email",
        "display_name" => "field-display-name",
        "department" => "field-department",
        "job_title" => "field-job-title",
        "location" => "field-location",
        "manager_email" => "field-manager",
        "active" => "admin-status",
        _ => "field-role",
    }
}

/// One change to write.
#[derive(Debug, Clone)]
pub struct Entry {
    /// What made it.
    pub source: Source,
    /// The administrator behind it, if a person.
    pub actor_id: Option<i64>,
    /// The account changed.
    pub subject_id: i64,
    /// What happened.
    pub action: Action,
    /// The fields changed, comma-separated, for `Updated`.
    pub detail: String,
    /// The import it belongs to.
    pub import_id: Option<i64>,
}

/// Writes entries, a few hundred per statement.
pub async fn record(db: &impl ConnectionTrait, entries: Vec<Entry>) -> Result<()> {
    let at = now_ms();
    for chunk in entries.chunks(300) {
        let rows = chunk.iter().map(|e| audit::ActiveModel {
            at: Set(at),
            source: Set(e.source.as_str().to_string()),
            actor_id: Set(e.actor_id),
            subject_id: Set(Some(e.subject_id)),
            action: Set(e.action.as_str().to_string()),
            detail: Set(e.detail.clone()),
            import_id: Set(e.import_id),
            ..Default::default()
        });
        audit::Entity::insert_many(rows)
            .exec_without_returning(db)
            .await?;
    }
    Ok(())
}

/// The most recent entries, newest first.
pub async fn recent(db: &impl ConnectionTrait, limit: u64) -> Result<Vec<audit::Model>> {
    Ok(audit::Entity::find()
        .order_by_desc(audit::Column::At)
        .order_by_desc(audit::Column::Id)
        .limit(limit)
        .all(db)
        .await?)
}

/// The accounts an import created.
pub async fn created_by_import(db: &impl ConnectionTrait, import_id: i64) -> Result<Vec<i64>> {
    Ok(audit::Entity::find()
        .select_only()
        .column(audit::Column::SubjectId)
        .filter(audit::Column::ImportId.eq(import_id))
        .filter(audit::Column::Action.eq(Action::Created.as_str()))
        .into_tuple::<Option<i64>>()
        .all(db)
        .await?
        .into_iter()
        .flatten()
        .collect())
}

/// Drops entries older than the retention period.
pub async fn purge(db: &impl ConnectionTrait, now: i64) -> Result<()> {
    audit::Entity::delete_many()
        .filter(audit::Column::At.lt(now - RETENTION_MS))
        .exec(db)
        .await?;
    Ok(())
}
