//! The crawl: `plein demo` data, then every route of the router (taken from [`crate::routes`],
//! so a new route is crawled without anyone adding it here) with real ids, as an administrator,
//! a community manager, a member and an anonymous visitor; every link with a query string and
//! every form found on those pages, submitted as found, with a NUL byte in every field, with
//! every field at its `maxlength` and one past it (or very long where it has none), and empty.
//! Nothing may answer 5xx. This is the test that would have caught a type that differs between
//! the databases, a NUL byte reaching PostgreSQL and an over-long value reaching a column.

use std::collections::{BTreeMap, BTreeSet};

use reqwest::StatusCode;
use sea_orm::{ConnectionTrait, Statement};

use crate::db::Db;
use crate::testing::{Browser, OidcProvider, TestApp, db_test};

db_test!(no_route_form_or_link_answers_5xx_on_demo_data, |app| {
    Crawl::prepare(&app).await.run().await;
});

/// A member of the crawl: who signs in, and their browser.
struct Visitor {
    label: &'static str,
    browser: Browser,
}

/// The ids the crawl puts into route templates, by what they name.
#[derive(Default)]
struct Values(BTreeMap<&'static str, Vec<String>>);

impl Values {
    fn add(&mut self, kind: &'static str, values: impl IntoIterator<Item = String>) {
        self.0.entry(kind).or_default().extend(values);
    }

    /// The values for `{param}` in `path`: decided by the path segment before it.
    fn for_param(&self, path: &str, param: &str) -> Vec<String> {
        let kind = param_kind(path, param).unwrap_or_else(|| {
            panic!(
                "the crawl does not know what to put in {{{param}}} of {path}: \
                 add it to param_kind in src/crawl.rs"
            )
        });
        let mut values = self.0.get(kind).cloned().unwrap_or_default();
        // Not a number, out of range, a NUL byte and nothing at all: each a clear answer.
        values.extend([
            "x".into(),
            "-1".into(),
            "99999999999999999999".into(),
            "%00".into(),
        ]);
        values
    }
}

/// What a route parameter names, from the segment before it.
fn param_kind(path: &str, param: &str) -> Option<&'static str> {
    let marker = format!("{{{param}}}");
    let before = path.split(&marker).next()?.trim_end_matches('/');
    let segment = before.rsplit('/').next()?;
    Some(match (segment, param) {
        ("users" | "people" | "members" | "requests", _) => "user",
        ("posts" | "events" | "polls" | "ideas" | "announcements", _) => "post",
        ("comments", _) => "comment",
        ("groups", _) => "group",
        ("kb", _) => "article",
        ("tasks", _) => "task",
        ("notifications", _) => "notification",
        ("notices", _) => "moderation_action",
        ("messages", _) => "message",
        ("reports", _) => "report",
        ("newsletters", _) => "newsletter",
        ("imports", _) => "import",
        ("tokens", _) => "scim_token",
        ("highlights", _) => "highlight",
        ("media", _) => "media",
        ("attachments", _) => "attachment",
        ("topics", _) => "topic",
        ("calendar" | "set-password" | "unsubscribe", _) => "token",
        ("sso", "slug") => "sso_slug",
        ("sso", _) => "sso_provider",
        (_, "action") => "member_action",
        (_, "decision") => "request_decision",
        _ => return None,
    })
}

/// Expands `{param}`s of `path` with the values for each; a template with several parameters
/// gets the first values of the others for each value of one, to stay small.
fn expand(path: &str, values: &Values) -> Vec<String> {
    let params: Vec<&str> = path
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split('}').next())
        .collect();
    if params.is_empty() {
        return vec![path.to_string()];
    }
    let choices: Vec<Vec<String>> = params
        .iter()
        .map(|param| values.for_param(path, param))
        .collect();
    let mut out = BTreeSet::new();
    for (i, own) in choices.iter().enumerate() {
        for value in own {
            let mut filled = path.to_string();
            for (j, param) in params.iter().enumerate() {
                let v = if i == j { value } else { &choices[j][0] };
                filled = filled.replace(&format!("{{{param}}}"), v);
            }
            out.insert(filled);
        }
    }
    out.into_iter().collect()
}

/// A form found on a page.
#[derive(Debug, Clone)]
struct FoundForm {
    method: String,
    action: String,
    multipart: bool,
    fields: Vec<Field>,
}

#[derive(Debug, Clone)]
struct Field {
    name: String,
    kind: String,
    value: String,
    max_len: Option<usize>,
}

impl Field {
    fn is_text(&self) -> bool {
        !matches!(
            self.kind.as_str(),
            "checkbox" | "radio" | "select" | "file" | "submit"
        ) && self.name != "_csrf"
    }

    /// A plausible valid value where the page left the field empty.
    fn filled(&self) -> String {
        if !self.value.is_empty() {
            return self.value.clone();
        }
        match self.kind.as_str() {
            "email" => "crawl@example.nl".into(),
            "number" => "1".into(),
            "date" => "2026-06-01".into(),
            "datetime-local" => "2026-06-01T10:00".into(),
            "time" => "10:00".into(),
            "url" => "https://example.nl/".into(),
            "password" => "crawl password 1234".into(),
            _ => "Crawl text".into(),
        }
    }
}

fn form_key(visitor: &str, form: &FoundForm) -> String {
    let action: String = form
        .action
        .split('?')
        .next()
        .unwrap_or_default()
        .chars()
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect();
    let names: BTreeSet<&str> = form.fields.iter().map(|f| f.name.as_str()).collect();
    format!("{visitor} {} {action} {names:?}", form.method)
}

/// The forms of a page, resolved against its path.
fn forms_of(html: &str, page_path: &str) -> Vec<FoundForm> {
    let doc = scraper::Html::parse_document(html);
    let form_sel = scraper::Selector::parse("form").expect("selector");
    let field_sel = scraper::Selector::parse("input, textarea, select, button").expect("selector");
    let option_sel = scraper::Selector::parse("option").expect("selector");
    let mut out = Vec::new();
    for form in doc.select(&form_sel) {
        let el = form.value();
        let method = el.attr("method").unwrap_or("get").to_ascii_lowercase();
        let action = match el.attr("action") {
            Some(a) if a.starts_with('/') => a.to_string(),
            Some("") | None => page_path.to_string(),
            Some(_) => continue,
        };
        let multipart = el.attr("enctype").is_some_and(|e| e.contains("multipart"));
        let mut fields: Vec<Field> = Vec::new();
        let mut radios_seen = BTreeSet::new();
        for input in form.select(&field_sel) {
            let e = input.value();
            let Some(name) = e.attr("name") else { continue };
            let tag = e.name();
            let kind = match tag {
                "textarea" => "textarea".to_string(),
                "select" => "select".to_string(),
                "button" => "submit".to_string(),
                _ => e.attr("type").unwrap_or("text").to_ascii_lowercase(),
            };
            let value = match tag {
                "textarea" => input.text().collect(),
                "select" => {
                    let options: Vec<_> = input.select(&option_sel).collect();
                    options
                        .iter()
                        .find(|o| o.value().attr("selected").is_some())
                        .or_else(|| options.iter().find(|o| o.value().attr("value") != Some("")))
                        .or(options.first())
                        .map(|o| {
                            o.value()
                                .attr("value")
                                .map(str::to_string)
                                .unwrap_or_else(|| o.text().collect())
                        })
                        .unwrap_or_default()
                }
                _ => e.attr("value").unwrap_or_default().to_string(),
            };
            let skip = match kind.as_str() {
                "checkbox" => e.attr("checked").is_none(),
                "radio" => !radios_seen.insert(name.to_string()),
                "submit" => fields.iter().any(|f| f.kind == "submit" && f.name == name),
                _ => false,
            };
            if skip {
                continue;
            }
            fields.push(Field {
                name: name.to_string(),
                kind,
                value,
                max_len: e.attr("maxlength").and_then(|m| m.parse().ok()),
            });
        }
        out.push(FoundForm {
            method,
            action,
            multipart,
            fields,
        });
    }
    out
}

/// Same-site links with a query string.
fn query_links(html: &str) -> Vec<String> {
    let doc = scraper::Html::parse_document(html);
    let sel = scraper::Selector::parse("a[href]").expect("selector");
    doc.select(&sel)
        .filter_map(|a| a.value().attr("href"))
        .filter(|h| h.starts_with('/') && !h.starts_with("//") && h.contains('?'))
        .map(str::to_string)
        .collect()
}

/// The shape of a link: its path with digits blurred and its parameter names.
fn link_key(link: &str) -> String {
    let (path, query) = link.split_once('?').unwrap_or((link, ""));
    let path: String = path
        .chars()
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect();
    let names: BTreeSet<&str> = query
        .split('&')
        .filter_map(|p| p.split('=').next())
        .collect();
    format!("{path} {names:?}")
}

/// The ways each form is sent.
#[derive(Debug, Clone, Copy)]
enum Variant {
    AsFound,
    Nul,
    AtLimit,
    PastLimit,
    Empty,
}

const VARIANTS: [Variant; 5] = [
    Variant::AsFound,
    Variant::Nul,
    Variant::AtLimit,
    Variant::PastLimit,
    Variant::Empty,
];

/// Length sent to a text field that declares no `maxlength`.
const UNBOUNDED_LEN: usize = 20_000;

/// Length of a very long query parameter (a URL stays under the 64 KiB clients send).
const QUERY_LEN: usize = 1_000;

fn fields_for(form: &FoundForm, variant: Variant) -> Vec<(String, String)> {
    let (unbounded, past_unbounded) = if form.method == "get" {
        (QUERY_LEN, QUERY_LEN + 1)
    } else {
        (UNBOUNDED_LEN, UNBOUNDED_LEN * 5)
    };
    form.fields
        .iter()
        .filter(|f| f.kind != "file")
        .filter(|f| !matches!(variant, Variant::Empty) || f.name == "_csrf")
        .map(|f| {
            let value = match variant {
                _ if !f.is_text() => f.value.clone(),
                Variant::AsFound | Variant::Empty => f.filled(),
                Variant::Nul => format!("{}\u{0}x", f.filled()),
                Variant::AtLimit => "ä".repeat(f.max_len.unwrap_or(unbounded)),
                Variant::PastLimit => "ä".repeat(f.max_len.map_or(past_unbounded, |m| m + 1)),
            };
            (f.name.clone(), value)
        })
        .collect()
}

struct Crawl {
    db: Db,
    /// The sign-in provider the crawl's Plein is set up with, so its pages have one to show.
    provider: OidcProvider,
    visitors: Vec<Visitor>,
    values: Values,
    problems: Vec<String>,
    requests: usize,
}

/// Routes not crawled by GET, and why.
fn skipped_get(path: &str) -> bool {
    // A stream that never ends; opened and checked for its status only.
    path == "/notifications/stream"
}

/// Forms the crawl does not send: signing out would end the visitor's session mid-crawl.
fn skipped_form(action: &str) -> bool {
    action.starts_with("/logout")
}

impl Crawl {
    async fn prepare(app: &TestApp) -> Self {
        let opts = crate::demo::Options {
            members: 120,
            months: 4,
            seed: 11,
            posts: 900,
            reactions_per_post: 2.0,
            comments_per_post: 1.5,
        };
        let summary = crate::demo::generate(&app.db, &opts, false, false)
            .await
            .expect("demo data");
        crate::tasks::service::generate(&app.db, crate::db::now_ms())
            .await
            .expect("work queue generated on demo data");
        let provider = OidcProvider::start(&format!("{}/sso/org/callback", app.base), "{}").await;
        let mut crawl = Self {
            db: app.db.clone(),
            provider,
            visitors: Vec::new(),
            values: Values::default(),
            problems: Vec::new(),
            requests: 0,
        };
        let cm = crawl
            .first_text("SELECT email FROM users WHERE role = 'community_manager' AND active = true ORDER BY id")
            .await;
        let member = crawl
            .first_text(
                "SELECT email FROM users WHERE role = 'member' AND active = true ORDER BY id",
            )
            .await;
        for (label, email) in [
            ("administrator", Some(summary.admin_email.clone())),
            (
                "community manager",
                Some(cm.expect("the demo has community managers")),
            ),
            ("member", Some(member.expect("the demo has members"))),
            ("anonymous", None),
        ] {
            let browser = app.browser();
            if let Some(email) = email {
                browser
                    .post(
                        "/login",
                        &[
                            ("email", email.as_str()),
                            ("password", crate::demo::DEMO_PASSWORD),
                        ],
                    )
                    .await
                    .assert_status(StatusCode::OK);
            }
            crawl.visitors.push(Visitor { label, browser });
        }
        crawl.add_sign_in_provider().await;
        crawl.collect_values().await;
        crawl
    }

    /// The administrator adds the test provider through the form.
    async fn add_sign_in_provider(&self) {
        self.visitors[0]
            .browser
            .post(
                "/admin/sso/new",
                &[
                    ("name", "Voorbeeld ID"),
                    ("slug", "org"),
                    ("issuer", &self.provider.issuer),
                    ("client_id", "plein"),
                    ("client_secret", "plein-test-secret"),
                    ("scopes", "openid email profile"),
                    ("create_accounts", "on"),
                    ("allowed_domains", "voorbeeld.nl"),
                ],
            )
            .await
            .assert_status(StatusCode::OK)
            .assert_contains("Provider saved");
    }

    async fn strings(&self, sql: &str) -> Vec<String> {
        let backend = self.db.get_database_backend();
        let rows = self
            .db
            .query_all_raw(Statement::from_string(backend, sql.to_string()))
            .await
            .unwrap_or_else(|err| panic!("{sql}: {err}"));
        rows.iter()
            .map(|row| {
                row.try_get_by_index::<i64>(0)
                    .map(|v| v.to_string())
                    .or_else(|_| row.try_get_by_index::<String>(0))
                    .unwrap_or_else(|err| panic!("{sql}: {err}"))
            })
            .collect()
    }

    async fn first_text(&self, sql: &str) -> Option<String> {
        self.strings(sql).await.into_iter().next()
    }

    async fn collect_values(&mut self) {
        let queries: [(&'static str, &str); 20] = [
            (
                "user",
                "SELECT id FROM users ORDER BY role, active, id LIMIT 6",
            ),
            (
                "group",
                "SELECT MIN(id) FROM groups GROUP BY visibility, archived_at IS NULL",
            ),
            (
                "post",
                "SELECT MIN(p.id) FROM posts p JOIN groups g ON g.id = p.group_id GROUP BY p.kind, g.visibility, p.deleted_at IS NULL",
            ),
            (
                "comment",
                "SELECT MIN(c.id) FROM comments c JOIN posts p ON p.id = c.post_id JOIN groups g ON g.id = p.group_id GROUP BY g.visibility, p.kind",
            ),
            ("article", "SELECT id FROM articles ORDER BY id LIMIT 3"),
            ("task", "SELECT MIN(id) FROM tasks GROUP BY kind"),
            (
                "notification",
                "SELECT id FROM notifications ORDER BY id LIMIT 3",
            ),
            (
                "moderation_action",
                "SELECT id FROM moderation_actions ORDER BY id LIMIT 3",
            ),
            ("message", "SELECT id FROM messages ORDER BY id LIMIT 3"),
            ("report", "SELECT id FROM reports ORDER BY id LIMIT 3"),
            (
                "newsletter",
                "SELECT id FROM newsletters ORDER BY id LIMIT 3",
            ),
            (
                "highlight",
                "SELECT id FROM report_highlights ORDER BY id LIMIT 3",
            ),
            ("media", "SELECT id FROM media ORDER BY id LIMIT 3"),
            (
                "attachment",
                "SELECT id FROM attachments ORDER BY id LIMIT 3",
            ),
            (
                "import",
                "SELECT id FROM people_imports ORDER BY id LIMIT 3",
            ),
            (
                "scim_token",
                "SELECT id FROM scim_tokens ORDER BY id LIMIT 3",
            ),
            (
                "topic",
                "SELECT DISTINCT topic_key FROM post_topics ORDER BY topic_key LIMIT 3",
            ),
            ("token", "SELECT 'no-such-token'"),
            ("sso_provider", "SELECT id FROM sso_providers ORDER BY id"),
            ("sso_slug", "SELECT slug FROM sso_providers ORDER BY id"),
        ];
        for (kind, sql) in queries {
            let found = self.strings(sql).await;
            self.values.add(kind, found);
        }
        self.values.add(
            "member_action",
            ["remove", "admin", "moderator", "member"].map(String::from),
        );
        self.values
            .add("request_decision", ["approve", "decline"].map(String::from));
    }

    fn check(&mut self, who: &str, what: &str, status: StatusCode) {
        self.requests += 1;
        if status.is_server_error() {
            self.problems.push(format!("{status} for {who}: {what}"));
        }
    }

    async fn run(mut self) {
        let paths: Vec<&'static str> = crate::routes().paths().to_vec();
        let mut pages: Vec<(usize, String, String)> = Vec::new();
        for v in 0..self.visitors.len() {
            for template in &paths {
                for path in expand(template, &self.values) {
                    let (status, headers, body) = self.visitors[v]
                        .browser
                        .fetch_with_headers(&path, skipped_get(template))
                        .await;
                    let who = self.visitors[v].label;
                    self.check(who, &format!("GET {path}"), status);
                    self.check_headers(v, &path, &headers);
                    if status == StatusCode::METHOD_NOT_ALLOWED {
                        continue;
                    }
                    if let Some(body) = body {
                        self.check_title(&path, &body);
                        pages.push((v, path, body));
                    }
                }
            }
        }
        self.follow_links(&pages).await;
        self.send_forms(&pages).await;
        self.post_every_route(&paths).await;
        assert!(
            self.problems.is_empty(),
            "{} of {} requests answered 5xx:\n{}",
            self.problems.len(),
            self.requests,
            self.problems.join("\n")
        );
        eprintln!("crawl: {} requests, no 5xx", self.requests);
    }

    /// Every link with a query string (one of each shape per visitor), as found and with each
    /// parameter replaced by a NUL byte, a very long value and a negative number.
    async fn follow_links(&mut self, pages: &[(usize, String, String)]) {
        let mut seen = BTreeSet::new();
        let mut links = Vec::new();
        for (v, _, body) in pages {
            for link in query_links(body) {
                if seen.insert((*v, link_key(&link))) {
                    links.push((*v, link));
                }
            }
        }
        let long = "ä".repeat(QUERY_LEN);
        for (v, link) in links {
            let (path, query) = link.split_once('?').unwrap_or((&link, ""));
            let pairs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect();
            let mut variants = vec![link.clone()];
            for bad in ["\u{0}", long.as_str(), "-1"] {
                let mut query = form_urlencoded::Serializer::new(String::new());
                for (k, value) in &pairs {
                    query.append_pair(k, if k == "_csrf" { value } else { bad });
                }
                variants.push(format!("{path}?{}", query.finish()));
            }
            for url in variants {
                let (status, _) = self.visitors[v].browser.fetch(&url, false).await;
                let who = self.visitors[v].label;
                self.check(who, &format!("GET {url:.200}"), status);
            }
        }
    }

    /// Every form found (one of each shape per visitor), in every variant.
    async fn send_forms(&mut self, pages: &[(usize, String, String)]) {
        let mut seen = BTreeSet::new();
        let mut forms = Vec::new();
        for (v, path, body) in pages {
            for form in forms_of(body, path) {
                if skipped_form(&form.action) {
                    continue;
                }
                if seen.insert(form_key(self.visitors[*v].label, &form)) {
                    forms.push((*v, form));
                }
            }
        }
        // Destructive forms last, so the others still find what they act on.
        forms.sort_by_key(|(_, f)| {
            ["delete", "leave", "archive", "deactivate", "remove"]
                .iter()
                .any(|w| f.action.contains(w))
        });
        eprintln!("crawl: {} distinct forms", forms.len());
        for (v, form) in forms {
            self.check_limits_declared(&form);
            for variant in VARIANTS {
                let fields = fields_for(&form, variant);
                let browser = &self.visitors[v].browser;
                let status = browser
                    .submit(&form.method, &form.action, form.multipart, &fields)
                    .await;
                let who = self.visitors[v].label;
                self.check(
                    who,
                    &format!("{} {} ({variant:?})", form.method, form.action),
                    status,
                );
            }
        }
    }

    /// Every response carries the security headers; a signed-in member's pages are never
    /// stored by browsers or proxies.
    fn check_headers(&mut self, v: usize, path: &str, headers: &reqwest::header::HeaderMap) {
        let header = |name: &str| {
            headers
                .get(name)
                .and_then(|h| h.to_str().ok())
                .unwrap_or_default()
                .to_string()
        };
        let csp = header("content-security-policy");
        let mut missing: Vec<&str> = [
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
        ]
        .into_iter()
        .filter(|d| !csp.contains(d))
        .collect();
        if csp.contains("https:") {
            missing.push("no img-src https:");
        }
        for name in [
            "x-content-type-options",
            "referrer-policy",
            "permissions-policy",
        ] {
            if header(name).is_empty() {
                missing.push(name);
            }
        }
        let signed_in = self.visitors[v].label != "anonymous";
        let html = header("content-type").starts_with("text/html");
        let cache = header("cache-control");
        if signed_in && html && !(cache.contains("no-store") || cache.contains("private")) {
            missing.push("cache-control: no-store");
        }
        if !missing.is_empty() {
            self.problems.push(format!(
                "GET {path} as {}: missing {missing:?}",
                self.visitors[v].label
            ));
        }
    }

    /// A page's `<title>` is text: markup there (a block left open in a template) would show
    /// as the tab's name and render the block twice.
    fn check_title(&mut self, path: &str, body: &str) {
        let title = body
            .split_once("<title>")
            .and_then(|(_, rest)| rest.split_once("</title>"))
            .map(|(title, _)| title);
        if title.is_some_and(|t| t.contains('<')) {
            self.problems.push(format!("GET {path}: markup in <title>"));
        }
    }

    /// Every free-text field says how long it may be, so browsers stop the typing where the
    /// server would refuse it (and the crawl knows what "at the limit" is).
    fn check_limits_declared(&mut self, form: &FoundForm) {
        for field in &form.fields {
            let free_text = matches!(
                field.kind.as_str(),
                "text" | "search" | "email" | "password" | "url" | "tel" | "textarea"
            );
            if free_text && field.max_len.is_none() {
                self.problems.push(format!(
                    "field {} of the form to {} has no maxlength",
                    field.name, form.action
                ));
            }
        }
    }

    /// Every route POSTed with nothing but the token (and anonymously), whether or not a page
    /// showed a form for it.
    async fn post_every_route(&mut self, paths: &[&'static str]) {
        for template in paths {
            if skipped_form(template) {
                continue;
            }
            for path in expand(template, &self.values) {
                for v in [0, self.visitors.len() - 1] {
                    let browser = &self.visitors[v].browser;
                    let status = browser.submit("post", &path, false, &[]).await;
                    let who = self.visitors[v].label;
                    self.check(who, &format!("POST {path} (token only)"), status);
                }
            }
        }
    }
}

#[test]
fn parameters_are_named_by_the_segment_before_them() {
    assert_eq!(param_kind("/posts/{id}/edit", "id"), Some("post"));
    assert_eq!(
        param_kind("/groups/{id}/members/{user}/{action}", "user"),
        Some("user")
    );
    assert_eq!(
        param_kind("/groups/{id}/members/{user}/{action}", "action"),
        Some("member_action")
    );
    assert_eq!(param_kind("/unknown/{thing}", "thing"), None);
}

#[test]
fn every_route_parameter_is_known_to_the_crawl() {
    let mut values = Values::default();
    for kind in ["user", "post", "group"] {
        values.add(kind, ["1".to_string()]);
    }
    for path in crate::routes().paths() {
        expand(path, &values);
    }
}

#[test]
fn forms_are_read_with_their_fields_and_limits() {
    let html = r#"<form method="post" action="/x?y=1"><input type="hidden" name="_csrf" value="t">
        <input name="title" maxlength="20"><textarea name="body">hi</textarea>
        <select name="kind"><option value="">-</option><option value="a">A</option></select>
        <input type="checkbox" name="c" value="1"><input type="radio" name="r" value="1">
        <input type="radio" name="r" value="2"><button name="go" value="yes">Go</button></form>"#;
    let forms = forms_of(html, "/page");
    assert_eq!(forms.len(), 1);
    let form = &forms[0];
    assert_eq!(form.action, "/x?y=1");
    let names: Vec<&str> = form.fields.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["_csrf", "title", "body", "kind", "r", "go"]);
    assert_eq!(form.fields[1].max_len, Some(20));
    assert_eq!(form.fields[3].value, "a");
    let past = fields_for(form, Variant::PastLimit);
    assert_eq!(past[1].1.chars().count(), 21);
    assert_eq!(past[0].1, "t");
    assert_eq!(fields_for(form, Variant::Empty).len(), 1);
}

/// Query parameters that name an object a viewer may not be allowed to see.
const OBJECT_FILTERS: [&str; 2] = ["group", "post"];

db_test!(
    a_filter_by_a_hidden_object_answers_as_by_a_missing_one,
    |app| {
        use crate::auth::Role;
        let (owner, _) = app
            .signed_in("owner@example.nl", "Owner", Role::Admin)
            .await;
        let (manager, _) = app
            .signed_in("cm@example.nl", "Manager", Role::CommunityManager)
            .await;
        let secret = owner.create_group("Verborgen kring", "secret").await;
        let post = owner
            .write_post(secret, "discussion", "Iets in het geheim")
            .await;
        owner
            .post(
                &format!("/moderation/posts/{post}"),
                &[
                    ("action", "hide"),
                    ("reason", "Test"),
                    ("reach", "low"),
                    ("harm", "low"),
                    ("legal", "no"),
                    ("desirability", "undesired"),
                ],
            )
            .await;
        crate::tasks::service::generate(&app.db, crate::db::now_ms())
            .await
            .expect("tasks");
        // The hidden group has something to find for those who may see it.
        owner
            .get(&format!("/moderation/log?group={secret}"))
            .await
            .assert_contains("Verborgen kring");
        let missing = secret + 100_000;
        let normal = |body: &str| {
            body.replace(&missing.to_string(), "ID")
                .replace(&post.to_string(), "ID")
                .replace(&secret.to_string(), "ID")
        };
        let mut compared = 0;
        for path in crate::routes().paths() {
            if path.contains('{') || skipped_get(path) {
                continue;
            }
            for filter in OBJECT_FILTERS {
                let hidden_id = if filter == "group" { secret } else { post };
                let (hidden_status, hidden) = manager
                    .fetch(&format!("{path}?{filter}={hidden_id}"), false)
                    .await;
                let (missing_status, absent) = manager
                    .fetch(&format!("{path}?{filter}={missing}"), false)
                    .await;
                assert_eq!(hidden_status, missing_status, "{path}?{filter}=");
                assert_eq!(
                    normal(&hidden.unwrap_or_default()),
                    normal(&absent.unwrap_or_default()),
                    "{path}?{filter}= tells a hidden object from a missing one"
                );
                compared += 1;
            }
        }
        assert!(compared > 40, "only {compared} routes compared");
    }
);
