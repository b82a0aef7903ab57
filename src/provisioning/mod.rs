//! Provisioning: bringing the organisation's colleagues into Plein and keeping their accounts
//! as the organisation's own lists say — a CSV import now — with an audit log of every account
//! change it makes that administrators can read.

pub mod audit;
mod entity;
mod import;
mod routes;

pub use import::{JOB as IMPORT_JOB, job as import_job};

/// The job kind that purges old imports and audit entries, daily.
pub const PURGE_JOB: &str = "provisioning.purge";

/// The routes of this capability.
pub fn router() -> crate::web::Routes {
    import::router().merge(routes::router())
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
