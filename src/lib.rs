//! Plein: an internal community platform with a cockpit for community managers.
//!
//! Capability folders, each with its pages (`routes`), rules (`service`) and queries (`repo`)
//! behind a front door (`mod.rs`), in the layers `layers.rs` lists and keeps, over a small
//! shared core (`config`, `db`, `web`, `i18n`, `validate`, `settings`, `jobs`, `server`,
//! `stored`, `post_types`, `password`, `tokens`). See `docs/architecture.md`.

pub mod activity;
pub mod admin;
pub mod announcements;
pub mod assets;
pub mod attachments;
pub mod auth;
pub mod changes;
pub mod cockpit;
pub mod config;
pub mod db;
pub mod demo;
pub mod directory;
pub mod error;
pub mod events;
pub mod feed;
pub mod groups;
pub mod i18n;
pub mod ideas;
pub mod images;
pub mod inbox;
pub mod insights;
pub mod jobs;
pub mod knowledge;
#[cfg(test)]
mod layers;
pub mod mail;
pub mod messages;
pub mod moderation;
pub mod newsletter;
pub mod notifications;
pub mod password;
pub mod people;
pub mod polls;
pub mod post_types;
pub mod posts;
pub mod praise;
pub mod progress;
pub mod provisioning;
pub mod reports;
pub mod search;
pub mod server;
pub mod settings;
pub mod sso;
pub mod stored;
pub mod tasks;
pub mod tokens;
pub mod topics;
pub mod validate;
pub mod web;

#[cfg(test)]
mod crawl;
#[cfg(test)]
mod testing;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderValue, header};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::RequestBodyTimeoutLayer;
use tower_http::trace::TraceLayer;

use crate::config::Config;
use crate::db::Db;
use crate::web::AppState;

/// How long a client may take to send a request body.
pub const BODY_TIMEOUT: Duration = Duration::from_secs(20);

/// Largest request body (a photo upload with some slack).
pub const MAX_BODY_BYTES: usize = 6 * 1024 * 1024;

/// Every capability's routes in one table (the router serves them; the crawl test visits them).
pub fn routes() -> web::Routes {
    web::Routes::new()
        .merge(auth::router())
        .merge(people::router())
        .merge(groups::router())
        .merge(posts::router())
        .merge(ideas::router())
        .merge(events::router())
        .merge(polls::router())
        .merge(announcements::router())
        .merge(knowledge::router())
        .merge(topics::router())
        .merge(cockpit::router())
        .merge(reports::router())
        .merge(newsletter::router())
        .merge(moderation::router())
        .merge(tasks::router())
        .merge(messages::router())
        .merge(inbox::router())
        .merge(admin::router())
        .merge(provisioning::router())
        .merge(sso::router())
        .merge(search::router())
        .merge(attachments::router())
        .merge(assets::router())
}

/// Browser features Plein never uses, switched off for its pages and anything embedded in them.
const PERMISSIONS_POLICY: &str = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), browsing-topics=()";

/// Assembles every capability's routes and the shared layers into one router.
pub fn router(state: AppState) -> Router {
    // img-src: only Plein's own images (photos, later uploads); an outside image in a post would
    // be a tracking pixel, and Markdown turns them into links anyway.
    let content_security = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
    routes()
        .into_router()
        // Set here, so the pages' layers wrap it and the SCIM router merged below keeps it.
        .fallback(|| async { error::Error::NotFound })
        // Inside the context middleware, so a panic gets an error page in the user's language.
        .layer(CatchPanicLayer::new())
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            web::context::request_context,
        ))
        // An API for identity providers: bearer tokens, JSON errors, its own time limit.
        .merge(provisioning::scim_router())
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        // A body that trickles in is cut off (the time limit of the whole request is kept by
        // the context middleware, which answers with a page).
        .layer(RequestBodyTimeoutLayer::new(BODY_TIMEOUT))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(content_security),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::HeaderName::from_static("permissions-policy"),
            HeaderValue::from_static(PERMISSIONS_POLICY),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::REFERRER_POLICY,
            HeaderValue::from_static("same-origin"),
        ))
        .layer(CompressionLayer::new())
        .layer(CatchPanicLayer::new())
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

/// Opens the database named by the configuration for serving (creating the data directory for
/// SQLite), after applying pending migrations on a pool without the serving time limits.
pub async fn open_database(config: &Config) -> anyhow::Result<Db> {
    let maintenance = open_for_maintenance(config).await?;
    maintenance.close().await?;
    Ok(db::connect_for(&config.effective_database_url(), db::Purpose::Serving).await?)
}

/// Opens the database for commands that run long statements (the demo, migrations) and
/// applies pending migrations.
pub async fn open_for_maintenance(config: &Config) -> anyhow::Result<Db> {
    let url = config.effective_database_url();
    if url.starts_with("sqlite:") {
        std::fs::create_dir_all(&config.data_dir)?;
    }
    let db = db::connect_for(&url, db::Purpose::Maintenance).await?;
    db::migrate(&db).await?;
    Ok(db)
}

/// How often each instance looks for due background jobs.
const JOB_POLL: std::time::Duration = std::time::Duration::from_secs(15);

/// Every background job Plein runs, and how often the recurring ones run.
pub fn job_registry(mailer: mail::Mailer, base: String) -> jobs::Registry {
    const DAY: std::time::Duration = std::time::Duration::from_secs(24 * 3600);
    const HOUR: std::time::Duration = std::time::Duration::from_secs(3600);
    const MINUTE: std::time::Duration = std::time::Duration::from_secs(60);
    let mailing = mailer.is_on();
    let registry = jobs::Registry::default()
        .every("activity.purge", DAY, activity::service::purge_job)
        .every("tasks.generate", HOUR, tasks::service::generate_job)
        .every(mail::PURGE_JOB, DAY, mail::purge_job)
        .handle(
            posts::contributions::REBUILD_JOB,
            posts::contributions::rebuild_job,
        )
        .every(provisioning::PURGE_JOB, DAY, provisioning::purge_job)
        .every(changes::PURGE_JOB, DAY, changes::purge_job)
        .every(search::misses::PURGE_JOB, DAY, search::misses::purge_job)
        .handle(provisioning::IMPORT_JOB, provisioning::import_job)
        .handle(mail::SEND_JOB, move |db, payload| {
            mailer.send_job(db, payload)
        });
    if !mailing {
        return registry;
    }
    let digest_base = base.clone();
    let newsletter_base = base.clone();
    registry
        .handle(newsletter::SEND_JOB, move |db, payload| {
            newsletter::send_job(db, payload, newsletter_base.clone())
        })
        .every(inbox::MAIL_JOB, MINUTE, move |db, _| {
            inbox::mail_job(db, base.clone())
        })
        .every(inbox::DIGEST_JOB, HOUR, move |db, _| {
            inbox::digest_job(db, digest_base.clone())
        })
}

/// The public address links in mails start with: `base_url`, else this instance's listening
/// address (set `PLEIN_BASE_URL` when mail goes to colleagues).
fn mail_base(config: &Config, listening: Option<std::net::SocketAddr>) -> String {
    config.configured_base().unwrap_or_else(|| match listening {
        Some(address) => format!("http://{address}"),
        None => format!("http://{}", config.listen),
    })
}

/// This instance's runner name in the jobs table (host and process), for finding who held a job.
fn runner_name() -> String {
    let host = std::env::var("HOSTNAME").unwrap_or_else(|_| "plein".into());
    format!("{host}:{}", std::process::id())
}

/// Serves Plein on `listener` until `shutdown` resolves, then finishes in-flight requests.
pub async fn serve(
    listener: tokio::net::TcpListener,
    config: Config,
    db: Db,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let (stopping, stop_streams) = tokio::sync::watch::channel(false);
    // `main` refuses to start with unusable mail settings; here (tests, tools) they mean off.
    let mailer = mail::Mailer::from_config_or_off(&config);
    let base = mail_base(&config, listener.local_addr().ok());
    let runner = jobs::Runner::new(db.clone(), job_registry(mailer, base), runner_name());
    tokio::spawn(runner.run_until(JOB_POLL, stop_streams.clone()));
    let cockpit = cockpit::memo::FiguresMemo::new(std::time::Duration::from_secs(
        config.cockpit_refresh_secs,
    ));
    tokio::spawn(
        cockpit
            .clone()
            .refresh_until(db.clone(), stop_streams.clone()),
    );
    let search = match search::SearchIndex::open(&config.data_dir, db.clone()) {
        Ok(search) => search,
        Err(error) => return Err(std::io::Error::other(error.to_string())),
    };
    tokio::spawn(search.clone().follow_until(stop_streams.clone()));
    let state = AppState {
        search,
        cockpit,
        directory_menus: Default::default(),
        visits: Default::default(),
        live: inbox::LiveHub::start(db.clone(), stop_streams),
        db,
        config: Arc::new(config),
    };
    server::serve(listener, router(state), shutdown, move || {
        // Live streams never end on their own; end them so the shutdown is not held up.
        let _ = stopping.send(true);
    })
    .await
}
