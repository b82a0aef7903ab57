//! Importing colleagues from a CSV list (an HR export, a spreadsheet): read in the encodings
//! and separators people save in, previewed row by row before anything is written, run as a
//! job in steps that show their progress, re-runnable (a second import updates, never
//! duplicates), with invitations by e-mail or sign-in links to hand out.

mod plan;
mod read;
mod repo;
mod routes;
mod run;

pub use routes::router;
pub use run::{JOB, job};

/// Drops stale previews and old imports (see [`repo::RETENTION_MS`]).
pub async fn purge(db: &impl sea_orm::ConnectionTrait, now: i64) -> crate::error::Result<()> {
    Ok(repo::purge(db, now).await?)
}

#[cfg(test)]
mod tests;
