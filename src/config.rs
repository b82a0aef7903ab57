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
    /// Single sign-on through one OpenID provider named here (`PLEIN_SSO_ISSUER`, …), beside
    /// those administrators add on the settings page; it signs in at `/sso/org`.
    #[serde(flatten)]
    pub sso: SsoSettings,
}

/// The OpenID provider of the configuration (all empty: none).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct SsoSettings {
    /// The issuer URL.
    #[serde(default)]
    pub sso_issuer: Option<String>,
    /// Plein's client id there.
    #[serde(default)]
    pub sso_client_id: Option<String>,
    /// Plein's client secret there.
    #[serde(default)]
    pub sso_client_secret: Option<String>,
    /// The name on the sign-in button (default "SSO": "Sign in with SSO").
    #[serde(default)]
    pub sso_name: Option<String>,
    /// E-mail domains that may get an account on first sign-in, comma-separated (empty: any).
    #[serde(default)]
    pub sso_allowed_domains: Option<String>,
    /// Whether a first sign-in creates the account.
    #[serde(default)]
    pub sso_create_accounts: bool,
    /// Whether the provider's addresses count as verified without `email_verified` (Entra ID
    /// sends none).
    #[serde(default)]
    pub sso_trust_email: bool,
}

/// The configuration's provider, when it names one.
#[derive(Debug, Clone)]
pub struct Sso {
    /// The issuer URL.
    pub issuer: String,
    /// Plein's client id.
    pub client_id: String,
    /// Plein's client secret.
    pub client_secret: String,
    /// The button's name.
    pub name: String,
    /// Domains that may get an account.
    pub allowed_domains: String,
    /// First sign-in creates the account.
    pub create_accounts: bool,
    /// Addresses count as verified.
    pub trust_email: bool,
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

    /// The OpenID provider the configuration names, when its issuer is set.
    pub fn sso(&self) -> Option<Sso> {
        let given = |v: &Option<String>| v.as_deref().map(str::trim).unwrap_or("").to_string();
        let issuer = given(&self.sso.sso_issuer);
        if issuer.is_empty() {
            return None;
        }
        let name = given(&self.sso.sso_name);
        Some(Sso {
            issuer,
            client_id: given(&self.sso.sso_client_id),
            client_secret: given(&self.sso.sso_client_secret),
            name: if name.is_empty() { "SSO".into() } else { name },
            allowed_domains: given(&self.sso.sso_allowed_domains),
            create_accounts: self.sso.sso_create_accounts,
            trust_email: self.sso.sso_trust_email,
        })
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
            sso: SsoSettings::default(),
        }
    }
}
