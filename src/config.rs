//! Configuration: defaults, then an optional `plein.toml`, then `PLEIN_*` environment variables,
//! so one binary runs zero-config on a laptop and is fully configurable in production.

use std::path::PathBuf;

use serde::Deserialize;

/// Everything an instance needs to start; cheap to clone into the application state.
#[derive(Debug, Clone, Deserialize)]
pub struct Config {
    /// Address to listen on, e.g. `127.0.0.1:8080`.
    pub listen: String,
    /// Where the embedded SQLite database lives when no database URL is given.
    pub data_dir: PathBuf,
    /// `sqlite://…` or `postgres://…`; empty means SQLite in `data_dir`.
    #[serde(default)]
    pub database_url: Option<String>,
    /// The public address (e.g. `https://plein.example.org`); an `https` address makes cookies Secure.
    #[serde(default)]
    pub base_url: Option<String>,
    /// Trust `X-Forwarded-For` for the client address (only behind a load balancer you control).
    #[serde(default)]
    pub trust_proxy: bool,
    /// How long each instance keeps community-wide cockpit figures (seconds; 0: never).
    #[serde(default = "default_cockpit_refresh_secs")]
    pub cockpit_refresh_secs: u64,
    /// Outgoing mail: `smtp://user:pass@host:587` (STARTTLS required), `smtps://…` (implicit
    /// TLS), `smtp://127.0.0.1:2525` (a local relay, plain), or `file:///dir` (development:
    /// each mail written as a file). Empty: e-mail is off.
    #[serde(default)]
    pub smtp_url: Option<String>,
    /// The sender address of every mail (default `plein@` the SMTP host).
    #[serde(default)]
    pub mail_from: Option<String>,
    /// The sender name (default "Plein").
    #[serde(default)]
    pub mail_from_name: Option<String>,
    /// The most mails delivered per minute by one instance (mail servers throttle senders).
    #[serde(default = "default_mail_per_minute")]
    pub mail_per_minute: u32,
}

/// Two a second: well within what a corporate relay accepts.
fn default_mail_per_minute() -> u32 {
    120
}

/// Five minutes: fresh enough for figures counted per day.
fn default_cockpit_refresh_secs() -> u64 {
    300
}

impl Config {
    /// Reads the layered configuration; `file` overrides the default `plein.toml` location.
    pub fn load(file: Option<&str>) -> Result<Self, config::ConfigError> {
        let mut builder = config::Config::builder()
            .set_default("listen", "127.0.0.1:8080")?
            .set_default("data_dir", "./data")?
            .set_default("trust_proxy", false)?;
        builder = match file {
            Some(path) => builder.add_source(config::File::with_name(path).required(true)),
            None => builder.add_source(config::File::with_name("plein.toml").required(false)),
        };
        builder
            .add_source(config::Environment::with_prefix("PLEIN").try_parsing(true))
            .build()?
            .try_deserialize()
    }

    /// The database URL to use, falling back to SQLite in the data directory.
    pub fn effective_database_url(&self) -> String {
        match self.database_url.as_deref().map(str::trim) {
            Some(url) if !url.is_empty() => url.to_string(),
            _ => format!(
                "sqlite://{}?mode=rwc",
                self.data_dir.join("plein.db").display()
            ),
        }
    }

    /// The configured public address without a trailing slash, when one is set (links in
    /// pages and mails start with it).
    pub fn configured_base(&self) -> Option<String> {
        self.base_url
            .as_deref()
            .map(str::trim)
            .filter(|b| !b.is_empty())
            .map(|b| b.trim_end_matches('/').to_string())
    }

    /// Whether cookies must carry the `Secure` flag.
    pub fn secure_cookies(&self) -> bool {
        self.base_url
            .as_deref()
            .is_some_and(|url| url.starts_with("https://"))
    }

    /// A configuration for tests and tools: everything default except the database.
    pub fn for_database(database_url: String, data_dir: PathBuf) -> Self {
        Self {
            listen: "127.0.0.1:0".into(),
            data_dir,
            database_url: Some(database_url),
            base_url: None,
            trust_proxy: false,
            cockpit_refresh_secs: 0,
            smtp_url: None,
            mail_from: None,
            mail_from_name: None,
            mail_per_minute: default_mail_per_minute(),
        }
    }
}
