//! Provisioning: bringing the organisation's colleagues into Plein and keeping their accounts
//! as the organisation's own lists and identity provider say — a CSV import and SCIM 2.0 —
//! with an audit log of every account
//! change it makes that administrators can read.

pub mod audit;
mod entity;
mod import;
mod routes;
mod scim;

pub use import::{JOB as IMPORT_JOB, job as import_job};
/// The SCIM API, served beside the pages (it is not a page: no session, no CSRF).
pub use scim::router as scim_router;

/// The job kind that purges old imports and audit entries, daily.
pub const PURGE_JOB: &str = "provisioning.purge";

/// The routes of this capability.
pub fn router() -> crate::web::Routes {
    import::router()
        .merge(routes::router())
        .merge(scim::tokens_router())
        .merge(scim::mapping_router())
}

/// The job handler of [`PURGE_JOB`]: imports past their retention, audit entries past theirs.
pub fn purge_job(
    db: crate::db::Db,
    _payload: String,
) -> futures_util::future::BoxFuture<'static, crate::jobs::Outcome> {
    Box::pin(async move {
        let now = crate::db::now_ms();
        import::purge(&db, now).await.map_err(|e| e.to_string())?;
        audit::purge(&db, now).await.map_err(|e| e.to_string())
    })
}
