//! Delivery: the transport configured by `smtp_url` and the job that hands one queued mail to
//! it, under a per-minute limit shared by every instance (counted in the outbox).

use std::time::Duration;

use lettre::message::header::{Header, HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use url::Url;

use super::entity::outbox;
use super::repo;
use crate::config::Config;
use crate::db::{Db, now_ms};

/// Why the mail settings cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    /// `smtp_url` is not an address Plein understands.
    #[error("PLEIN_SMTP_URL is not usable: {0}")]
    Url(String),
    /// The sender address is not an e-mail address.
    #[error("PLEIN_MAIL_FROM is not an e-mail address: {0}")]
    From(String),
}

/// How long one SMTP conversation step may take before the attempt counts as failed (a hanging
/// server must not hold the runner).
const SMTP_TIMEOUT: Duration = Duration::from_secs(20);

enum Transport {
    Off,
    Smtp(Smtp),
    Files(AsyncFileTransport<Tokio1Executor>),
}

/// What administrators see of the mail settings (never a password).
#[derive(Debug, Clone)]
pub struct Status {
    /// `None`: e-mail is off. Otherwise the transport, e.g. `smtp://mail.example.nl:587 (STARTTLS)`.
    pub transport: Option<String>,
    /// The sender, as it appears in mails.
    pub sender: String,
}

impl Status {
    /// Whether mails can be sent at all.
    pub fn is_on(&self) -> bool {
        self.transport.is_some()
    }
}

/// The mail settings as administrators see them.
pub fn status(config: &Config) -> Status {
    let parsed = config
        .smtp_url
        .as_deref()
        .map(str::trim)
        .filter(|u| !u.is_empty());
    Status {
        transport: parsed.and_then(|url| describe(url).ok()),
        sender: sender(config).map(|m| m.to_string()).unwrap_or_default(),
    }
}

/// A transport address without its credentials, with how it is protected.
fn describe(url: &str) -> Result<String, MailError> {
    let parsed = Url::parse(url).map_err(|e| MailError::Url(e.to_string()))?;
    let plan = plan(&parsed)?;
    Ok(match plan {
        Plan::Files(dir) => format!("file://{dir}"),
        Plan::Smtp {
            host,
            port,
            security,
            ..
        } => format!("{}://{host}:{port} ({security})", parsed.scheme()),
    })
}

enum Plan {
    Files(String),
    Smtp {
        host: String,
        port: u16,
        security: &'static str,
        credentials: Option<Credentials>,
        timeout: Duration,
    },
}

fn is_loopback(host: &str) -> bool {
    matches!(host, "127.0.0.1" | "localhost" | "::1" | "[::1]")
}

fn decoded(part: &str) -> String {
    percent_encoding::percent_decode_str(part)
        .decode_utf8_lossy()
        .into_owned()
}

/// What a URL asks for: `smtps` implicit TLS (465), `smtp` STARTTLS required (587) unless the
/// host is this machine or `?tls=none` is given explicitly, `file` a directory. `?timeout=N`
/// (seconds, 1 to 300; 20 unless given) is how long a silent mail server is waited for before
/// the attempt counts as failed and is retried later.
fn plan(url: &Url) -> Result<Plan, MailError> {
    if url.scheme() == "file" {
        return Ok(Plan::Files(url.path().to_string()));
    }
    let host = url
        .host_str()
        .filter(|h| !h.is_empty())
        .ok_or_else(|| MailError::Url("no host".into()))?
        .to_string();
    let no_tls = url.query_pairs().any(|(k, v)| k == "tls" && v == "none");
    let (security, default_port) = match url.scheme() {
        "smtps" => ("TLS", 465),
        "smtp" if no_tls || is_loopback(&host) => ("plain", 25),
        "smtp" => ("STARTTLS", 587),
        other => return Err(MailError::Url(format!("unknown scheme {other}"))),
    };
    let timeout = match url.query_pairs().find(|(k, _)| k == "timeout") {
        None => SMTP_TIMEOUT,
        Some((_, seconds)) => seconds
            .parse::<u64>()
            .ok()
            .filter(|s| (1..=300).contains(s))
            .map(Duration::from_secs)
            .ok_or_else(|| MailError::Url("timeout must be 1 to 300 seconds".into()))?,
    };
    let credentials = (!url.username().is_empty()).then(|| {
        Credentials::new(
            decoded(url.username()),
            decoded(url.password().unwrap_or_default()),
        )
    });
    Ok(Plan::Smtp {
        host,
        port: url.port().unwrap_or(default_port),
        security,
        credentials,
        timeout,
    })
}

fn transport(url: &str) -> Result<Transport, MailError> {
    let parsed = Url::parse(url).map_err(|e| MailError::Url(e.to_string()))?;
    Ok(match plan(&parsed)? {
        Plan::Files(dir) => Transport::Files(AsyncFileTransport::new(dir)),
        Plan::Smtp { timeout, .. } => Transport::Smtp(Smtp {
            pool: std::sync::Mutex::new(smtp_pool(&parsed)?),
            url: parsed,
            timeout,
        }),
    })
}

/// A pool of connections to the mail server `url` names.
fn smtp_pool(url: &Url) -> Result<AsyncSmtpTransport<Tokio1Executor>, MailError> {
    let Plan::Smtp {
        host,
        port,
        security,
        credentials,
        timeout,
    } = plan(url)?
    else {
        return Err(MailError::Url("not an SMTP address".into()));
    };
    let tls = |e: lettre::transport::smtp::Error| MailError::Url(e.to_string());
    let mut builder = match security {
        "TLS" => AsyncSmtpTransport::<Tokio1Executor>::relay(&host).map_err(tls)?,
        "STARTTLS" => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&host).map_err(tls)?,
        _ => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&host),
    };
    builder = builder.port(port).timeout(Some(timeout));
    if let Some(credentials) = credentials {
        builder = builder.credentials(credentials);
    }
    Ok(builder.build())
}

/// Delivery through a mail server, with how long a whole delivery may take. lettre's own
/// timeout covers only opening a connection (lettre issue 1027), so a server that stops
/// answering mid-conversation would hold the runner for ever; and a connection given up on
/// halfway must not go back into the pool (the next mail would continue its conversation and
/// be refused with "nested MAIL command"), so a timeout starts a fresh pool.
struct Smtp {
    url: Url,
    timeout: Duration,
    pool: std::sync::Mutex<AsyncSmtpTransport<Tokio1Executor>>,
}

impl Smtp {
    async fn send(&self, message: Message) -> Result<(), String> {
        let pool = self
            .pool
            .lock()
            .map_err(|_| "the mail connection pool is unusable".to_string())?
            .clone();
        match tokio::time::timeout(self.timeout, pool.send(message)).await {
            Ok(sent) => sent.map(|_| ()).map_err(|e| e.to_string()),
            Err(_) => {
                match (smtp_pool(&self.url), self.pool.lock()) {
                    (Ok(fresh), Ok(mut pool)) => *pool = fresh,
                    _ => tracing::warn!("could not renew the mail connection pool"),
                }
                Err(format!(
                    "the mail server did not answer within {} s (timed out)",
                    self.timeout.as_secs()
                ))
            }
        }
    }
}

/// The sender mailbox: `mail_from` (default `plein@` the SMTP host) with `mail_from_name`.
fn sender(config: &Config) -> Result<Mailbox, MailError> {
    let address = match config.mail_from.as_deref().map(str::trim) {
        Some(from) if !from.is_empty() => from.to_string(),
        _ => {
            let host = config
                .smtp_url
                .as_deref()
                .and_then(|u| Url::parse(u).ok())
                .and_then(|u| u.host_str().map(str::to_string))
                .filter(|h| h.contains('.') && !is_loopback(h))
                .unwrap_or_else(|| "localhost".into());
            format!("plein@{host}")
        }
    };
    let name = config
        .mail_from_name
        .as_deref()
        .map(|n| super::compose::header_safe(n, 100))
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| "Plein".into());
    let address = address
        .parse()
        .map_err(|e: lettre::address::AddressError| MailError::From(e.to_string()))?;
    Ok(Mailbox::new(Some(name), address))
}

/// Delivers queued mails: the configured transport, the sender and the per-minute limit.
#[derive(Clone)]
pub struct Mailer {
    transport: std::sync::Arc<Transport>,
    /// `None` only when e-mail is off.
    from: Option<Mailbox>,
    per_minute: u64,
}

/// A header whose value never changes.
macro_rules! constant_header {
    ($(#[$doc:meta])* $name:ident, $header:literal, $value:literal) => {
        $(#[$doc])*
        #[derive(Clone)]
        struct $name;

        impl Header for $name {
            fn name() -> HeaderName {
                HeaderName::new_from_ascii_str($header)
            }

            fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
                Ok(Self)
            }

            fn display(&self) -> HeaderValue {
                HeaderValue::new(Self::name(), $value.into())
            }
        }
    };
}

constant_header!(
    /// `Auto-Submitted: auto-generated` (RFC 3834): no out-of-office replies to Plein's mails.
    AutoSubmitted,
    "Auto-Submitted",
    "auto-generated"
);

constant_header!(
    /// `List-Unsubscribe-Post: List-Unsubscribe=One-Click` (RFC 8058).
    OneClick,
    "List-Unsubscribe-Post",
    "List-Unsubscribe=One-Click"
);

/// `List-Unsubscribe: <address>` (RFC 2369).
#[derive(Clone)]
struct ListUnsubscribe(String);

impl Header for ListUnsubscribe {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe")
    }

    fn parse(value: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self(value.trim_matches(['<', '>']).to_string()))
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), format!("<{}>", self.0))
    }
}

impl Mailer {
    /// The mailer of `config`; an unusable setting is an error (refuse to start, rather than
    /// lose mail silently).
    pub fn from_config(config: &Config) -> Result<Self, MailError> {
        let url = config
            .smtp_url
            .as_deref()
            .map(str::trim)
            .filter(|u| !u.is_empty());
        Ok(Self {
            transport: std::sync::Arc::new(match url {
                Some(url) => transport(url)?,
                None => Transport::Off,
            }),
            from: Some(sender(config)?),
            per_minute: u64::from(config.mail_per_minute.max(1)),
        })
    }

    /// The mailer of `config`, or one with e-mail off when the settings are unusable (logged;
    /// the binary refuses to start with them, so this is for tests and tools).
    pub fn from_config_or_off(config: &Config) -> Self {
        Self::from_config(config).unwrap_or_else(|error| {
            tracing::error!(%error, "e-mail is off");
            Self {
                transport: std::sync::Arc::new(Transport::Off),
                from: None,
                per_minute: 1,
            }
        })
    }

    /// Whether mails can go out.
    pub fn is_on(&self) -> bool {
        !matches!(self.transport.as_ref(), Transport::Off)
    }

    /// The job handler of [`super::SEND_JOB`].
    pub fn send_job(
        &self,
        db: Db,
        payload: String,
    ) -> futures_util::future::BoxFuture<'static, crate::jobs::Outcome> {
        let mailer = self.clone();
        Box::pin(async move {
            let id: i64 = payload
                .trim()
                .parse()
                .map_err(|_| "bad payload".to_string())?;
            mailer.deliver(&db, id).await
        })
    }

    /// Hands outbox mail `id` to the transport once; a mail that is no longer queued (sent by
    /// an earlier attempt, given up) is left alone.
    async fn deliver(&self, db: &Db, id: i64) -> crate::jobs::Outcome {
        let db_error = |e: sea_orm::DbErr| e.to_string();
        let Some(row) = repo::queued(db, id).await.map_err(db_error)? else {
            return Ok(());
        };
        let message = match self.message(&row) {
            Ok(message) => message,
            Err(error) => {
                // An address the mail server would never take: no point in retrying.
                repo::mark_attempt_failed(db, &row, &error, true)
                    .await
                    .map_err(db_error)?;
                return Ok(());
            }
        };
        self.wait_for_a_slot(db).await.map_err(db_error)?;
        let sent = match self.transport.as_ref() {
            Transport::Off => Err("e-mail is off".to_string()),
            Transport::Smtp(smtp) => smtp.send(message).await,
            Transport::Files(files) => files
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| e.to_string()),
        };
        match sent {
            Ok(()) => repo::mark_sent(db, id).await.map_err(db_error),
            Err(error) => {
                tracing::warn!(mail = id, %error, "mail not delivered");
                let given_up = repo::mark_attempt_failed(db, &row, &error, false)
                    .await
                    .map_err(db_error)?;
                if given_up { Ok(()) } else { Err(error) }
            }
        }
    }

    /// Waits (up to a minute) while the last minute's deliveries, by any instance, reach the
    /// limit.
    async fn wait_for_a_slot(&self, db: &Db) -> Result<(), sea_orm::DbErr> {
        for _ in 0..60 {
            if repo::sent_since(db, now_ms() - 60_000).await? < self.per_minute {
                return Ok(());
            }
            tokio::time::sleep(Duration::from_secs(1)).await;
        }
        Ok(())
    }

    fn message(&self, row: &outbox::Model) -> Result<Message, String> {
        let to_address = row
            .to_address
            .parse()
            .map_err(|e: lettre::address::AddressError| format!("address: {e}"))?;
        let name = super::compose::header_safe(&row.to_name, 200);
        let to = Mailbox::new((!name.is_empty()).then_some(name), to_address);
        let from = self.from.clone().ok_or("e-mail is off")?;
        let domain = from.email.domain().to_string();
        let message_id = format!(
            "<{}.{}@{domain}>",
            row.id,
            std::iter::repeat_with(fastrand::alphanumeric)
                .take(20)
                .collect::<String>()
        );
        let mut builder = Message::builder();
        if let Some(url) = row.unsubscribe_url.as_deref() {
            builder = builder
                .header(ListUnsubscribe(super::compose::header_safe(url, 500)))
                .header(OneClick);
        }
        builder
            .from(from)
            .to(to)
            .subject(super::compose::header_safe(&row.subject, 300))
            .message_id(Some(message_id))
            .date_now()
            .header(AutoSubmitted)
            .multipart(MultiPart::alternative_plain_html(
                row.text.clone(),
                row.html.clone(),
            ))
            .map_err(|e| e.to_string())
    }
}

#[cfg(test)]
mod unit {
    use super::*;

    #[test]
    fn urls_say_how_mail_is_protected() {
        let seen = |url: &str| describe(url).map_err(|e| e.to_string());
        assert_eq!(
            seen("smtp://user:geheim@mail.example.nl:587").as_deref(),
            Ok("smtp://mail.example.nl:587 (STARTTLS)")
        );
        assert_eq!(
            seen("smtp://mail.example.nl").as_deref(),
            Ok("smtp://mail.example.nl:587 (STARTTLS)"),
            "STARTTLS is required off this machine"
        );
        assert_eq!(
            seen("smtps://mail.example.nl").as_deref(),
            Ok("smtps://mail.example.nl:465 (TLS)")
        );
        assert_eq!(
            seen("smtp://127.0.0.1:2525").as_deref(),
            Ok("smtp://127.0.0.1:2525 (plain)")
        );
        assert!(seen("http://mail.example.nl").is_err());
        assert!(seen("smtp://").is_err());
        assert!(seen("smtp://127.0.0.1:2525?timeout=5").is_ok());
        for timeout in ["0", "301", "soon", ""] {
            let url = format!("smtp://127.0.0.1:2525?timeout={timeout}");
            assert_eq!(
                seen(&url).err().as_deref(),
                Some("PLEIN_SMTP_URL is not usable: timeout must be 1 to 300 seconds"),
                "{url}"
            );
        }
        assert!(
            !seen("smtp://user:geheim@mail.example.nl")
                .unwrap_or_default()
                .contains("geheim")
        );
    }
}
