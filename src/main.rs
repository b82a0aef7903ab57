//! The `plein` command: serve (the default), migrate, and create users.

use std::io::Read;

use anyhow::Context;
use clap::{Parser, Subcommand};
use plein::auth::Role;
use plein::config::Config;
use plein::people::service::{NewAccount, create_account};

#[derive(Parser)]
#[command(
    name = "plein",
    version,
    about = "Plein: an internal community platform"
)]
struct Cli {
    /// A configuration file instead of ./plein.toml.
    #[arg(long, global = true)]
    config: Option<String>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web server (the default).
    Serve,
    /// Apply database migrations and exit.
    Migrate,
    /// Fill the database with a fictitious Dutch organisation and months of activity.
    Demo {
        /// Number of members.
        #[arg(long, default_value_t = 5000, value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
        members: u64,
        /// Months of history, ending today.
        #[arg(long, default_value_t = 12, value_parser = clap::value_parser!(u32).range(1..=120))]
        months: u32,
        /// Seed: the same seed gives the same organisation.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Total posts (default: one per four members a month).
        #[arg(long)]
        posts: Option<u64>,
        /// Average reactions per post.
        #[arg(long, default_value_t = 3.0)]
        reactions_per_post: f64,
        /// Average comments per post.
        #[arg(long, default_value_t = 1.5)]
        comments_per_post: f64,
        /// Add demo data even when the database already has content.
        #[arg(long)]
        force: bool,
    },
    /// Manage accounts.
    User {
        #[command(subcommand)]
        action: UserAction,
    },
    /// This instance's search index.
    Search {
        #[command(subcommand)]
        action: SearchAction,
    },
}

#[derive(Subcommand)]
enum SearchAction {
    /// Build the index again from the database (a running server keeps its own copy current;
    /// run this on an instance that is stopped).
    Reindex,
}

#[derive(Subcommand)]
enum UserAction {
    /// Create an account. The password is read from stdin (`--password-stdin`); otherwise a
    /// one-time set-password link is printed.
    Create {
        /// E-mail address (the sign-in name).
        #[arg(long)]
        email: String,
        /// Name as shown to colleagues.
        #[arg(long)]
        name: String,
        /// Make the account an administrator.
        #[arg(long)]
        admin: bool,
        /// Read the password from standard input.
        #[arg(long)]
        password_stdin: bool,
    },
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "plein=info,tower_http=warn".into()),
        )
        .init();
    let cli = Cli::parse();
    let config = Config::load(cli.config.as_deref()).context("reading configuration")?;
    let command = cli.command.unwrap_or(Command::Serve);
    let db = match command {
        Command::Serve => plein::open_database(&config).await,
        _ => plein::open_for_maintenance(&config).await,
    }
    .context("opening the database")?;
    match command {
        Command::Serve => serve(config, db).await,
        Command::Migrate => {
            println!(
                "migrations applied ({})",
                plein::db::dialect::backend_name(&db)
            );
            Ok(())
        }
        Command::Demo {
            members,
            months,
            seed,
            posts,
            reactions_per_post,
            comments_per_post,
            force,
        } => {
            let members = usize::try_from(members)?;
            let opts = plein::demo::Options {
                members,
                months,
                seed,
                posts: posts.unwrap_or((members as u64 * u64::from(months) / 4).max(1)),
                reactions_per_post: reactions_per_post.clamp(0.0, 100.0),
                comments_per_post: comments_per_post.clamp(0.0, 100.0),
            };
            demo(&db, &opts, force).await?;
            // The demo writes in bulk, past the change log: the index is built anew on start.
            plein::search::SearchIndex::forget(&config.data_dir)?;
            Ok(())
        }
        Command::Search {
            action: SearchAction::Reindex,
        } => {
            let started = std::time::Instant::now();
            let index = plein::search::SearchIndex::open(&config.data_dir, db.clone())?;
            let bar = plein::progress::bar(
                true,
                index.posts_to_build().await?,
                "[{elapsed_precise}] {bar:30} {pos}/{len} posts, {eta} to go",
            );
            let posts = index
                .rebuild_reporting(|done| bar.set_position(done))
                .await?;
            bar.finish_and_clear();
            let size = plein::search::SearchIndex::size_on_disk(&config.data_dir);
            println!(
                "search index built in {:.1}s: {posts} documents, {:.0} MB on disk",
                started.elapsed().as_secs_f64(),
                size as f64 / 1e6
            );
            Ok(())
        }
        Command::User {
            action:
                UserAction::Create {
                    email,
                    name,
                    admin,
                    password_stdin,
                },
        } => create_user(&config, &db, email, name, admin, password_stdin).await,
    }
}

async fn serve(config: Config, db: plein::db::Db) -> anyhow::Result<()> {
    plein::mail::Mailer::from_config(&config)?;
    plein::sso::sync_from_config(&db, &config)
        .await
        .context("the single sign-on provider of the configuration")?;
    let listener = tokio::net::TcpListener::bind(&config.listen)
        .await
        .with_context(|| format!("binding {}", config.listen))?;
    let address = listener.local_addr()?;
    tracing::info!(%address, backend = plein::db::dialect::backend_name(&db), "Plein is listening");
    println!("Plein runs at http://{address}");
    plein::serve(listener, config, db, shutdown_signal()).await?;
    tracing::info!("stopped");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}

async fn demo(db: &plein::db::Db, opts: &plein::demo::Options, force: bool) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let summary = plein::demo::generate(db, opts, force, true).await?;
    println!(
        "demo organisation written in {:.1}s: {} members, {} groups ({} memberships), {} posts, {} comments, {} reactions, {} activity events",
        started.elapsed().as_secs_f64(),
        summary.members,
        summary.groups,
        summary.memberships,
        summary.posts,
        summary.comments,
        summary.reactions,
        summary.events,
    );
    println!(
        "sign in as {} (administrator) or any demo member with the password \"{}\"",
        summary.admin_email,
        plein::demo::DEMO_PASSWORD
    );
    Ok(())
}

async fn create_user(
    config: &Config,
    db: &plein::db::Db,
    email: String,
    name: String,
    admin: bool,
    password_stdin: bool,
) -> anyhow::Result<()> {
    let password = if password_stdin {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text)?;
        Some(text.trim_end_matches(['\n', '\r']).to_string())
    } else {
        None
    };
    let role = if admin { Role::Admin } else { Role::Member };
    let has_password = password.is_some();
    let new = NewAccount {
        email,
        display_name: name,
        password,
        role,
    };
    let id = create_account(db, new)
        .await
        .map_err(|err| anyhow::anyhow!("{err}"))?;
    if has_password {
        println!("created account {id}");
    } else {
        let token = plein::auth::service::issue_password_link(db, id)
            .await
            .map_err(|err| anyhow::anyhow!("{err}"))?;
        let base = config
            .base_url
            .clone()
            .unwrap_or_else(|| format!("http://{}", config.listen));
        println!("created account {id}; set a password within 7 days at:");
        println!("{}/set-password/{token}", base.trim_end_matches('/'));
    }
    Ok(())
}
