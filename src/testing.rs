//! The test harness: every test gets its own Plein on a random port with its own database —
//! a temporary SQLite file, or a fresh PostgreSQL database when `PLEIN_TEST_POSTGRES_URL` is set —
//! and drives it over real HTTP with a cookie-keeping client, as a browser would.

use std::sync::Arc;

use reqwest::cookie::{CookieStore, Jar};
use reqwest::{StatusCode, Url};
use sea_orm::ConnectionTrait;

use crate::auth::Role;
use crate::config::Config;
use crate::db::Db;
use crate::people::service::{NewAccount, create_account};

/// Runs the test body against SQLite always, and against PostgreSQL when configured.
macro_rules! db_test {
    ($name:ident, |$app:ident| $body:block) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[tokio::test]
            async fn sqlite() {
                let $app = crate::testing::TestApp::spawn_sqlite().await;
                $body
                $app.finish().await;
            }

            #[tokio::test]
            async fn postgres() {
                let Some($app) = crate::testing::TestApp::spawn_postgres().await else {
                    eprintln!("skipped: PLEIN_TEST_POSTGRES_URL is not set");
                    return;
                };
                $body
                $app.finish().await;
            }
        }
    };
}
pub(crate) use db_test;

/// Like [`db_test`], with a real SMTP server (`tests/support/smtp_sink.py`) that the Plein under
/// test sends its mail to.
macro_rules! mail_test {
    ($name:ident, |$app:ident, $sink:ident| $body:block) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[tokio::test]
            async fn sqlite() {
                let $sink = crate::testing::MailSink::start().await;
                let $app = crate::testing::TestApp::spawn_sqlite_with(|c| $sink.configure(c)).await;
                $body
                $app.finish().await;
            }

            #[tokio::test]
            async fn postgres() {
                let $sink = crate::testing::MailSink::start().await;
                let Some($app) =
                    crate::testing::TestApp::spawn_postgres_with(|c| $sink.configure(c)).await
                else {
                    eprintln!("skipped: PLEIN_TEST_POSTGRES_URL is not set");
                    return;
                };
                $body
                $app.finish().await;
            }
        }
    };
}
pub(crate) use mail_test;

/// The path of an absolute link (the test browser speaks to its own base address).
pub fn path_of(link: &str) -> String {
    let after_scheme = link.split_once("://").map_or(link, |(_, rest)| rest);
    after_scheme
        .find('/')
        .map_or("/".into(), |i| after_scheme[i..].to_string())
}

/// A real SMTP server for one test, keeping what it receives as JSON files.
pub struct MailSink {
    port: u16,
    dir: tempfile::TempDir,
    _process: tokio::process::Child,
}

/// One message the sink received.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct Received {
    /// The envelope's recipients.
    pub rcpt_tos: Vec<String>,
    /// Headers by lower-case name (decoded).
    pub headers: std::collections::HashMap<String, String>,
    /// The header block as sent.
    pub raw_headers: String,
    /// The plain-text part.
    pub text: Option<String>,
    /// The HTML part.
    pub html: Option<String>,
}

impl Received {
    /// A header's decoded value, or "".
    pub fn header(&self, name: &str) -> &str {
        self.headers.get(name).map_or("", String::as_str)
    }

    /// The path of the one-click unsubscribe address in `List-Unsubscribe`.
    pub fn unsubscribe_path(&self) -> String {
        path_of(self.header("list-unsubscribe").trim_matches(['<', '>']))
    }

    /// The first `http…/set-password/…` or other link on Plein in the text part.
    pub fn link(&self, path_prefix: &str) -> Option<String> {
        self.text
            .as_deref()?
            .split_whitespace()
            .find(|word| word.starts_with("http") && word.contains(path_prefix))
            .map(str::to_string)
    }
}

impl MailSink {
    /// Starts the server on a free port.
    pub async fn start() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/support/smtp_sink.py");
        let mut command = tokio::process::Command::new("python3");
        command.arg(script).arg(dir.path());
        let (process, port) = spawn_helper(
            command,
            "python3 for the SMTP sink (scripts/install-test-deps installs aiosmtpd)",
        )
        .await;
        Self {
            port,
            dir,
            _process: process,
        }
    }

    /// Points `config` at this server.
    pub fn configure(&self, config: &mut Config) {
        // A short timeout, so a test of a hanging server does not wait long.
        config.smtp_url = Some(format!("smtp://127.0.0.1:{}?timeout=3", self.port));
        config.mail_from = Some("plein@voorbeeld.nl".into());
    }

    /// Everything received so far, in order.
    pub fn received(&self) -> Vec<Received> {
        let mut names: Vec<_> = std::fs::read_dir(self.dir.path())
            .expect("sink dir")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        names.sort();
        names
            .iter()
            .map(|p| {
                serde_json::from_str(&std::fs::read_to_string(p).expect("read")).expect("json")
            })
            .collect()
    }

    /// Waits (up to 20 s) until at least `n` messages arrived, and returns them all.
    pub async fn wait_for(&self, n: usize) -> Vec<Received> {
        for _ in 0..200 {
            let got = self.received();
            if got.len() >= n {
                return got;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        panic!("expected {n} mails, got {}", self.received().len());
    }

    /// Makes the server refuse (451) or accept messages again.
    pub fn refuse(&self, refuse: bool) {
        self.flag("refuse", refuse);
    }

    /// Makes the server hang before accepting a recipient, or answer again.
    pub fn hang(&self, hang: bool) {
        self.flag("hang", hang);
    }

    fn flag(&self, name: &str, on: bool) {
        let flag = self.dir.path().join(name);
        if on {
            std::fs::write(flag, "").expect("flag");
        } else {
            let _ = std::fs::remove_file(flag);
        }
    }
}

/// Starts a helper server that prints its port on its first line and runs until its stdin
/// closes (so it ends with the test, even when the test panics); returns it and the port.
async fn spawn_helper(
    mut command: tokio::process::Command,
    missing: &str,
) -> (tokio::process::Child, u16) {
    use tokio::io::AsyncBufReadExt;
    let mut process = command
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect(missing);
    let stdout = process.stdout.take().expect("stdout");
    let mut line = String::new();
    tokio::io::BufReader::new(stdout)
        .read_line(&mut line)
        .await
        .expect("the helper's port");
    let port = line
        .trim()
        .parse()
        .unwrap_or_else(|_| panic!("a port: {missing}"));
    (process, port)
}

/// A real OpenID provider (`e2e/oidc-provider.mjs`, the certified `oidc-provider` package)
/// for one test, with its own sign-in and consent pages; runs until dropped.
pub struct OidcProvider {
    /// Its issuer address.
    pub issuer: String,
    _process: tokio::process::Child,
}

impl OidcProvider {
    /// Starts it for the client `plein` (secret `plein-test-secret`) sending people back to
    /// `redirect_uri`, with `accounts` (JSON: login to claims) to sign in as.
    pub async fn start(redirect_uri: &str, accounts: &str) -> Self {
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/e2e/oidc-provider.mjs");
        let mut command = tokio::process::Command::new("node");
        command
            .arg(script)
            .env("OIDC_REDIRECT_URIS", redirect_uri)
            .env("OIDC_ACCOUNTS", accounts);
        let (process, port) = spawn_helper(
            command,
            "node for the test provider (scripts/install-test-deps installs oidc-provider)",
        )
        .await;
        Self {
            issuer: format!("http://127.0.0.1:{port}"),
            _process: process,
        }
    }

    /// Makes the next ID token wrong: `wrong-audience` or `expired`.
    pub async fn tamper(&self, mode: &str) {
        let status = reqwest::Client::new()
            .post(format!("{}/__test/tamper?mode={mode}", self.issuer))
            .send()
            .await
            .expect("tamper")
            .status();
        assert_eq!(status, StatusCode::NO_CONTENT);
    }
}

/// The password every test account gets.
pub const PASSWORD: &str = "correct horse battery";

/// One running Plein with its own database.
pub struct TestApp {
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    /// Direct database access for fixtures and assertions.
    pub db: Db,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    server: Option<tokio::task::JoinHandle<()>>,
    postgres: Option<(String, String)>,
    _dir: tempfile::TempDir,
}

fn unique_name() -> String {
    crate::auth::tokens::random_token()
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(16)
        .collect::<String>()
        .to_lowercase()
}

impl TestApp {
    /// A Plein on a fresh SQLite database.
    pub async fn spawn_sqlite() -> Self {
        Self::spawn_sqlite_with(|_| {}).await
    }

    /// The same, with settings changed by `configure`.
    pub async fn spawn_sqlite_with(configure: impl FnOnce(&mut Config)) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!(
            "sqlite://{}?mode=rwc",
            dir.path().join("plein.db").display()
        );
        Self::spawn(url, dir, None, configure).await
    }

    /// A Plein on a fresh PostgreSQL database, or `None` when no server is configured.
    pub async fn spawn_postgres() -> Option<Self> {
        Self::spawn_postgres_with(|_| {}).await
    }

    /// The same, with settings changed by `configure`.
    pub async fn spawn_postgres_with(configure: impl FnOnce(&mut Config)) -> Option<Self> {
        let admin_url = std::env::var("PLEIN_TEST_POSTGRES_URL")
            .ok()
            .filter(|u| !u.is_empty())?;
        let name = format!("plein_t_{}", unique_name());
        let admin = crate::db::connect(&admin_url)
            .await
            .expect("connect to PLEIN_TEST_POSTGRES_URL");
        admin
            .execute_unprepared(&format!("CREATE DATABASE {name}"))
            .await
            .expect("create test database");
        admin.close().await.ok();
        let (prefix, _) = admin_url
            .rsplit_once('/')
            .expect("URL with a database name");
        let url = format!("{prefix}/{name}");
        let dir = tempfile::tempdir().expect("temp dir");
        Some(Self::spawn(url, dir, Some((admin_url, name)), configure).await)
    }

    async fn spawn(
        url: String,
        dir: tempfile::TempDir,
        postgres: Option<(String, String)>,
        configure: impl FnOnce(&mut Config),
    ) -> Self {
        let mut config = Config::for_database(url, dir.path().to_path_buf());
        configure(&mut config);
        let db = crate::open_database(&config)
            .await
            .expect("open and migrate");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let base = format!("http://{}", listener.local_addr().expect("address"));
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let server_db = db.clone();
        let server = tokio::spawn(async move {
            let shutdown = async {
                let _ = rx.await;
            };
            crate::serve(listener, config, server_db, shutdown)
                .await
                .expect("serve");
        });
        Self {
            base,
            db,
            shutdown: Some(tx),
            server: Some(server),
            postgres,
            _dir: dir,
        }
    }

    /// The organisation's calendar of this app (its time zone setting), for days in tests.
    pub async fn calendar(&self) -> crate::activity::Calendar {
        crate::activity::Calendar::of(&self.db)
            .await
            .expect("the calendar")
    }

    /// Stops the server and drops a PostgreSQL test database.
    pub async fn finish(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(server) = self.server.take() {
            let _ = server.await;
        }
        self.db.clone().close().await.ok();
        if let Some((admin_url, name)) = self.postgres.take()
            && let Ok(admin) = crate::db::connect(&admin_url).await
        {
            let _ = admin
                .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .await;
            admin.close().await.ok();
        }
    }

    /// A browser with no session that follows redirects on Plein but stops at one elsewhere (so
    /// the crawl never wanders onto a sign-in provider).
    pub fn browser(&self) -> Browser {
        let home = format!("{}/", self.base);
        self.browser_with(reqwest::redirect::Policy::custom(move |attempt| {
            if !attempt.url().as_str().starts_with(&home) || attempt.previous().len() > 10 {
                attempt.stop()
            } else {
                attempt.follow()
            }
        }))
    }

    /// A browser with no session that follows redirects except to an address whose path ends
    /// with `stop_before` (to look at what a third party sends back, as a single sign-on's
    /// callback).
    pub fn browser_stopping_before(&self, stop_before: &'static str) -> Browser {
        self.browser_with(reqwest::redirect::Policy::custom(move |attempt| {
            if attempt.url().path().ends_with(stop_before) || attempt.previous().len() > 10 {
                attempt.stop()
            } else {
                attempt.follow()
            }
        }))
    }

    fn browser_with(&self, redirects: reqwest::redirect::Policy) -> Browser {
        let jar = Arc::new(Jar::default());
        let client = reqwest::Client::builder()
            .cookie_provider(jar.clone())
            .redirect(redirects)
            .build()
            .expect("client");
        Browser {
            base: self.base.clone(),
            client,
            jar,
        }
    }

    /// Creates an account directly (fixture) and returns its id.
    pub async fn account(&self, email: &str, name: &str, role: Role) -> i64 {
        let new = NewAccount {
            email: email.into(),
            display_name: name.into(),
            password: Some(PASSWORD.into()),
            role,
        };
        create_account(&self.db, new).await.expect("create account")
    }

    /// A browser signed in as a new account with `role`; returns it with the account id.
    pub async fn signed_in(&self, email: &str, name: &str, role: Role) -> (Browser, i64) {
        let id = self.account(email, name, role).await;
        let browser = self.browser();
        let page = browser
            .post("/login", &[("email", email), ("password", PASSWORD)])
            .await;
        assert_eq!(
            page.status,
            StatusCode::OK,
            "login of {email} failed: {}",
            page.body
        );
        (browser, id)
    }

    /// A signed-in member.
    pub async fn member(&self, name: &str) -> (Browser, i64) {
        let email = format!("{}@example.nl", name.to_lowercase().replace(' ', "."));
        self.signed_in(&email, name, Role::Member).await
    }
}

/// A response as a test sees it.
pub struct Page {
    /// Final status (after redirects).
    pub status: StatusCode,
    /// Final URL path.
    pub path: String,
    /// Body text.
    pub body: String,
}

impl Page {
    /// The id of the first comment on a post page.
    #[track_caller]
    pub fn first_comment_id(&self) -> i64 {
        let marker = "id=\"comment-";
        let at = self.body.find(marker).expect("a comment") + marker.len();
        self.body[at..]
            .split('"')
            .next()
            .and_then(|id| id.parse().ok())
            .expect("a comment id")
    }

    /// The id in the first link of the page that starts with `prefix` (`/notifications/`).
    #[track_caller]
    pub fn link_id(&self, prefix: &str) -> i64 {
        self.body
            .match_indices(prefix)
            .filter_map(|(at, _)| {
                self.body[at + prefix.len()..]
                    .split('"')
                    .next()
                    .and_then(|id| id.parse().ok())
            })
            .next()
            .expect("a link with an id")
    }

    /// Asserts the body contains `text`.
    #[track_caller]
    pub fn assert_contains(&self, text: &str) -> &Self {
        assert!(
            self.body.contains(text),
            "expected {text:?} in {} ({}):\n{}",
            self.path,
            self.status,
            self.body
        );
        self
    }

    /// Asserts the body does not contain `text`.
    #[track_caller]
    pub fn assert_lacks(&self, text: &str) -> &Self {
        assert!(
            !self.body.contains(text),
            "did not expect {text:?} in {} ({})",
            self.path,
            self.status
        );
        self
    }

    /// Asserts the status.
    #[track_caller]
    pub fn assert_status(&self, status: StatusCode) -> &Self {
        assert_eq!(self.status, status, "{}: {}", self.path, self.body);
        self
    }
}

/// A cookie-keeping HTTP client that follows redirects, like a browser.
pub struct Browser {
    base: String,
    client: reqwest::Client,
    jar: Arc<Jar>,
}

impl Browser {
    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    async fn page(response: reqwest::Response) -> Page {
        let status = response.status();
        let path = response.url().path().to_string();
        let body = response.text().await.expect("body");
        Page { status, path, body }
    }

    /// GETs `path`.
    pub async fn get(&self, path: &str) -> Page {
        Self::page(self.client.get(self.url(path)).send().await.expect("GET")).await
    }

    /// GETs an address anywhere (another server under test), with this browser's cookies.
    pub async fn get_url(&self, url: &str) -> reqwest::Response {
        self.client.get(url).send().await.expect("GET")
    }

    /// POSTs a form to an address anywhere, with this browser's cookies and no CSRF token.
    pub async fn post_url(&self, url: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(url)
            .form(fields)
            .send()
            .await
            .expect("POST")
    }

    /// The CSRF cookie, fetching a page first if the browser has none yet.
    pub async fn csrf(&self) -> String {
        if let Some(token) = self.cookie("plein_csrf") {
            return token;
        }
        self.get("/login").await;
        self.cookie("plein_csrf").expect("csrf cookie")
    }

    /// The value of cookie `name`, if set.
    pub fn cookie(&self, name: &str) -> Option<String> {
        let url = Url::parse(&self.base).expect("base URL");
        let header = self.jar.cookies(&url)?;
        header
            .to_str()
            .ok()?
            .split(';')
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(key, _)| *key == name)
            .map(|(_, value)| value.to_string())
    }

    /// Sets a cookie as if a previous response had.
    pub fn set_cookie(&self, name: &str, value: &str) {
        let url = Url::parse(&self.base).expect("base URL");
        self.jar
            .add_cookie_str(&format!("{name}={value}; Path=/"), &url);
    }

    /// POSTs a form with the CSRF token added.
    pub async fn post(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        let token = self.csrf().await;
        let mut form: Vec<(&str, &str)> = fields.to_vec();
        form.push(("_csrf", &token));
        Self::page(
            self.client
                .post(self.url(path))
                .form(&form)
                .send()
                .await
                .expect("POST"),
        )
        .await
    }

    /// Makes a group with `visibility` through the form; returns its id.
    pub async fn create_group(&self, name: &str, visibility: &str) -> i64 {
        Self::id_from(
            &self
                .post("/groups", &[("name", name), ("visibility", visibility)])
                .await,
        )
    }

    /// Writes a post of `kind` in `group` through the composer; returns its id.
    pub async fn write_post(&self, group: i64, kind: &str, body: &str) -> i64 {
        Self::id_from(
            &self
                .post(
                    &format!("/groups/{group}/posts"),
                    &[("kind", kind), ("body", body)],
                )
                .await,
        )
    }

    /// POSTs a form exactly as given (no CSRF token added).
    pub async fn post_raw(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        Self::page(
            self.client
                .post(self.url(path))
                .form(fields)
                .send()
                .await
                .expect("POST"),
        )
        .await
    }

    /// POSTs a multipart upload of one file field, with the token in the query string as the
    /// upload form does.
    pub async fn upload(
        &self,
        path: &str,
        field: &str,
        file_name: &str,
        mime: &str,
        bytes: Vec<u8>,
    ) -> Page {
        self.upload_files(path, &[], field, &[(file_name, mime, bytes)])
            .await
    }

    /// POSTs a multipart form of text `fields` and `files` (name, claimed type, bytes) under
    /// the file field `field`, with the token in the query string as the upload forms do.
    pub async fn upload_files(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        field: &str,
        files: &[(&str, &str, Vec<u8>)],
    ) -> Page {
        let token = self.csrf().await;
        let mut form = reqwest::multipart::Form::new();
        for (name, value) in fields {
            form = form.text(name.to_string(), value.to_string());
        }
        for (file_name, mime, bytes) in files {
            let part = reqwest::multipart::Part::bytes(bytes.clone())
                .file_name(file_name.to_string())
                .mime_str(mime)
                .expect("mime");
            form = form.part(field.to_string(), part);
        }
        let url = format!("{}?_csrf={token}", self.url(path));
        Self::page(
            self.client
                .post(url)
                .multipart(form)
                .send()
                .await
                .expect("upload"),
        )
        .await
    }

    /// GETs raw bytes and the content type.
    pub async fn get_bytes(&self, path: &str) -> (StatusCode, String, Vec<u8>) {
        let response = self.client.get(self.url(path)).send().await.expect("GET");
        let status = response.status();
        let content_type = response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string();
        (
            status,
            content_type,
            response.bytes().await.expect("bytes").to_vec(),
        )
    }

    /// Opens a long-lived response (a server-sent-events stream) to read chunk by chunk.
    pub async fn open_stream(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .expect("open stream")
    }

    /// GETs `path` for its status and, unless `status_only` (a stream), its text.
    pub async fn fetch(&self, path: &str, status_only: bool) -> (StatusCode, Option<String>) {
        let (status, _, body) = self.fetch_with_headers(path, status_only).await;
        (status, body)
    }

    /// [`Self::fetch`] with the response headers.
    pub async fn fetch_with_headers(
        &self,
        path: &str,
        status_only: bool,
    ) -> (StatusCode, reqwest::header::HeaderMap, Option<String>) {
        let response = self.client.get(self.url(path)).send().await.expect("GET");
        let status = response.status();
        let headers = response.headers().clone();
        if status_only {
            return (status, headers, None);
        }
        (status, headers, Some(response.text().await.expect("body")))
    }

    /// Sends `fields` as a form would: GET with a query string, POST url-encoded or multipart;
    /// the CSRF token is added when the fields lack it.
    pub async fn submit(
        &self,
        method: &str,
        action: &str,
        multipart: bool,
        fields: &[(String, String)],
    ) -> StatusCode {
        let mut fields = fields.to_vec();
        if method != "get"
            && !fields.iter().any(|(k, _)| k == "_csrf")
            && !action.contains("_csrf=")
        {
            fields.push(("_csrf".into(), self.csrf().await));
        }
        let request = if method == "get" {
            let query = serde_urlencoded::to_string(&fields).expect("query");
            let sep = if action.contains('?') { '&' } else { '?' };
            self.client.get(format!("{}{sep}{query}", self.url(action)))
        } else if multipart {
            let form = fields
                .into_iter()
                .fold(reqwest::multipart::Form::new(), |form, (k, v)| {
                    form.text(k, v)
                });
            self.client.post(self.url(action)).multipart(form)
        } else {
            self.client.post(self.url(action)).form(&fields)
        };
        let response = request.send().await.expect("send form");
        let status = response.status();
        if let Err(err) = response.bytes().await {
            panic!("{method} {action}: the body broke off ({err})");
        }
        status
    }

    /// The id at the end of the current URL path (`/groups/7` → 7).
    pub fn id_from(page: &Page) -> i64 {
        page.path
            .rsplit('/')
            .next()
            .and_then(|s| s.parse().ok())
            .expect("id in path")
    }
}
