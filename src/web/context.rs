//! The per-request context: who is asking (from the session cookie), in which language, with
//! which CSRF token, and the flash message to show. One middleware builds it for every request,
//! checks CSRF on every state-changing request, and renders error pages in the user's language.

use std::borrow::Borrow;

use askama::Template;
use axum::body::{Body, to_bytes};
use axum::extract::{FromRequestParts, Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header, request::Parts};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};

use super::AppState;
use super::cookies;
use super::error::ErrorPage;
use super::flash::{Flash, redirect};
use crate::auth::{Role, Viewer, session, tokens};
use crate::error::Error;
use crate::i18n::Lang;

/// What every page needs to render its layout and forms.
#[derive(Debug, Clone)]
pub struct PageCtx {
    /// The signed-in member, if any.
    pub viewer: Option<Viewer>,
    /// The language to render in.
    pub lang: Lang,
    /// The token every form must send back.
    pub csrf: String,
    /// A one-shot message from the previous request.
    pub flash: Option<Flash>,
    /// The path and query of this request (to come back after login or a language switch).
    pub path: String,
}

impl PageCtx {
    /// Translates `key` into the page's language.
    pub fn t(&self, key: &str) -> String {
        self.lang.t(key)
    }

    /// Translates `key` with one text argument.
    pub fn t1(&self, key: &str, name: &'static str, value: &str) -> String {
        self.lang.t1(key, name, value)
    }

    /// Translates `key` with a count, applying plural rules.
    pub fn tn(&self, key: &str, name: &'static str, value: impl Count) -> String {
        self.lang.tn(key, name, value.count())
    }

    /// Translates `key` with two counts (e.g. "3 of 20 places").
    pub fn tn2(
        &self,
        key: &str,
        first: &'static str,
        first_value: impl Count,
        second: &'static str,
        second_value: impl Count,
    ) -> String {
        self.lang.tnums(
            key,
            &[(first, first_value.count()), (second, second_value.count())],
        )
    }

    /// Whether `id` is the signed-in viewer.
    pub fn is_me(&self, id: impl Borrow<i64>) -> bool {
        self.viewer_id() == Some(*id.borrow())
    }

    /// The viewer's id, if signed in.
    pub fn viewer_id(&self) -> Option<i64> {
        self.viewer.as_ref().map(|v| v.id)
    }

    /// Whether the viewer moderates the whole community (for the moderation link in the layout).
    pub fn moderates_community(&self) -> bool {
        self.viewer
            .as_ref()
            .is_some_and(Viewer::moderates_community)
    }

    /// Whether the viewer manages the community (for the cockpit link in the layout).
    pub fn manages_community(&self) -> bool {
        self.viewer
            .as_ref()
            .is_some_and(|v| v.role.manages_community())
    }

    /// Whether the viewer may read the cockpit (for its link in the layout).
    pub fn sees_cockpit(&self) -> bool {
        self.viewer.as_ref().is_some_and(Viewer::sees_cockpit)
    }

    /// Whether the viewer is an administrator (for the admin link in the layout).
    pub fn is_admin(&self) -> bool {
        self.viewer.as_ref().is_some_and(|v| v.role == Role::Admin)
    }

    /// A timestamp formatted for display in UTC, day-first as both languages expect.
    pub fn datetime(&self, ms: impl Borrow<i64>) -> String {
        crate::web::render::format_datetime(*ms.borrow())
    }

    /// The translated name of a stored role.
    pub fn role_label(&self, role: &str) -> String {
        self.t(Role::from_stored(role).label_key())
    }

    /// A UTC day number as `YYYY-MM-DD` (cockpit days, due days).
    pub fn day(&self, day: &i32) -> String {
        crate::activity::period::date_of(*day)
    }

    /// A timestamp for a `datetime` attribute.
    pub fn iso(&self, ms: impl Borrow<i64>) -> String {
        crate::web::render::iso_datetime(*ms.borrow())
    }
}

/// A number templates can pass to plural-aware messages, however they hold it.
pub trait Count {
    /// The value as a Fluent number.
    fn count(&self) -> i64;
}

impl Count for i64 {
    fn count(&self) -> i64 {
        *self
    }
}

impl Count for u64 {
    fn count(&self) -> i64 {
        i64::try_from(*self).unwrap_or(i64::MAX)
    }
}

impl Count for usize {
    fn count(&self) -> i64 {
        i64::try_from(*self).unwrap_or(i64::MAX)
    }
}

impl Count for i32 {
    fn count(&self) -> i64 {
        i64::from(*self)
    }
}

impl Count for u8 {
    fn count(&self) -> i64 {
        i64::from(*self)
    }
}

impl<T: Count> Count for &T {
    fn count(&self) -> i64 {
        (*self).count()
    }
}

impl<S: Send + Sync> FromRequestParts<S> for PageCtx {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<PageCtx>()
            .cloned()
            .ok_or_else(|| Error::Internal("request context missing".into()))
    }
}

/// A page context whose viewer is known to be signed in; redirects to the login page otherwise.
pub struct CurrentUser(pub Viewer, pub PageCtx);

impl<S: Send + Sync> FromRequestParts<S> for CurrentUser {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let ctx = PageCtx::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        match ctx.viewer.clone() {
            Some(viewer) => Ok(Self(viewer, ctx)),
            None => {
                let next = form_urlencoded::byte_serialize(ctx.path.as_bytes()).collect::<String>();
                Err(redirect(&format!("/login?next={next}")))
            }
        }
    }
}

/// How long a request may take before it is answered with an error page (a statement timeout
/// and the pool's acquire timeout are shorter, so a slow database answers first).
pub const REQUEST_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// The middleware that builds the [`PageCtx`] and guards every state-changing request: input
/// hygiene (control characters out, a size limit for forms), CSRF, a time limit, and an error
/// page in the viewer's language for every refusal.
pub async fn request_context(State(app): State<AppState>, req: Request, next: Next) -> Response {
    let headers = req.headers();
    // A failed look-up is an outage, not "signed out": the member gets the error page, not the
    // sign-in form, and a repost form keeps what they typed.
    let (viewer, session_failed) = match cookies::get(headers, cookies::SESSION) {
        Some(token) => match session::viewer_for_token(&app.db, &token).await {
            Ok(viewer) => (viewer, None),
            Err(err) => (None, Some(err)),
        },
        None => (None, None),
    };
    if let Some(viewer) = viewer.as_ref() {
        record_visit(&app, viewer.id);
        if let Some(clean) = arrival_from_mail(&app, &req, viewer.id) {
            return redirect(&clean);
        }
    }
    let lang = resolve_lang(viewer.as_ref(), headers);
    let existing_csrf = cookies::get(headers, cookies::CSRF).filter(|t| tokens::is_well_formed(t));
    let csrf = existing_csrf.clone().unwrap_or_else(tokens::random_token);
    let flash = cookies::get(headers, cookies::FLASH).and_then(|v| Flash::parse(&v));
    let path = req
        .uri()
        .path_and_query()
        .map(|p| p.to_string())
        .unwrap_or_else(|| "/".into());
    let ctx = PageCtx {
        viewer,
        lang,
        csrf: csrf.clone(),
        flash: flash.clone(),
        path,
    };

    let mut kept_form = None;
    let refused = super::limits::refusal(&req);
    let mut response = match refused {
        Some(status) => status.into_response(),
        None => {
            request_with_form(
                req,
                &mut kept_form,
                session_failed,
                &ctx,
                &app,
                existing_csrf.as_deref(),
                next,
            )
            .await
        }
    };

    if response.status().is_client_error() || response.status().is_server_error() {
        response = render_error_page(response, &ctx, kept_form.as_deref());
    }
    let secure = app.config.secure_cookies();
    set_privacy_headers(&mut response, ctx.viewer.is_some(), secure);
    if existing_csrf.is_none() {
        response.headers_mut().append(
            header::SET_COOKIE,
            cookies::set(cookies::CSRF, &csrf, None, secure),
        );
    }
    if flash.is_some() && !response.status().is_redirection() {
        response
            .headers_mut()
            .append(header::SET_COOKIE, cookies::clear(cookies::FLASH, secure));
    }
    response
}

/// Prepares the request (input hygiene, CSRF), keeps its form for the error page, and runs
/// the handler under the time limit; a failed session look-up answers in its place.
async fn request_with_form(
    req: Request,
    kept_form: &mut Option<axum::body::Bytes>,
    session_failed: Option<Error>,
    ctx: &PageCtx,
    app: &AppState,
    cookie: Option<&str>,
    next: Next,
) -> Response {
    match prepare(req, cookie, app).await {
        Ok((mut checked, form)) => {
            *kept_form = form;
            match session_failed {
                Some(err) => err.into_response(),
                None => {
                    checked.extensions_mut().insert(ctx.clone());
                    match tokio::time::timeout(REQUEST_TIMEOUT, next.run(checked)).await {
                        Ok(response) => response,
                        Err(_) => Error::Timeout.into_response(),
                    }
                }
            }
        }
        Err(err) => err.into_response(),
    }
}

/// Cleans a request before any handler sees it and checks its CSRF token: a path with a
/// control character names nothing (404); query parameters and form fields lose their control
/// characters; a form body over [`MAX_FORM_BODY`] is refused as too large. Returns the request
/// and, for a form, its (cleaned) body, so an error page can offer to send it again.
async fn prepare(
    req: Request,
    cookie: Option<&str>,
    app: &AppState,
) -> Result<(Request, Option<axum::body::Bytes>), Error> {
    if super::input::path_has_controls(req.uri().path()) {
        return Err(Error::NotFound);
    }
    let req = clean_query(req)?;
    let (req, form) = read_form(req).await?;
    let token_path = crate::mail::TOKEN_PATHS
        .iter()
        .any(|prefix| req.uri().path().starts_with(prefix));
    if is_state_changing(req.method()) && !token_path {
        verify_csrf(&req, form.as_deref(), cookie, app)?;
    }
    Ok((req, form))
}

fn clean_query(mut req: Request) -> Result<Request, Error> {
    let Some(cleaned) = req
        .uri()
        .query()
        .and_then(|q| super::input::clean_urlencoded(q.as_bytes()))
    else {
        return Ok(req);
    };
    let uri = format!("{}?{cleaned}", req.uri().path());
    *req.uri_mut() = uri.parse().map_err(|_| Error::BadRequest)?;
    Ok(req)
}

fn is_form(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("application/x-www-form-urlencoded"))
}

/// Why a form body could not be read: it trickled in too slowly, or it was too large.
fn body_error(err: axum::Error) -> Error {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(&err);
    while let Some(cause) = source {
        if cause.is::<tower_http::timeout::TimeoutError>() {
            return Error::Timeout;
        }
        source = cause.source();
    }
    Error::TooLarge
}

/// Reads a url-encoded form body (at most [`MAX_FORM_BODY`]) and cleans it; other bodies pass
/// untouched.
async fn read_form(req: Request) -> Result<(Request, Option<axum::body::Bytes>), Error> {
    if !is_state_changing(req.method()) || !is_form(req.headers()) {
        return Ok((req, None));
    }
    let (parts, body) = req.into_parts();
    let bytes = to_bytes(body, MAX_FORM_BODY).await.map_err(body_error)?;
    let bytes = match super::input::clean_urlencoded(&bytes) {
        Some(cleaned) => axum::body::Bytes::from(cleaned),
        None => bytes,
    };
    Ok((
        Request::from_parts(parts, Body::from(bytes.clone())),
        Some(bytes),
    ))
}

/// Pages of a signed-in member are never stored by the browser or a proxy (a shared computer's
/// back button, a caching proxy); other responses are revalidated unless they say otherwise
/// (static assets and photos do). Over https, browsers are told to come back over https only.
fn set_privacy_headers(response: &mut Response, signed_in: bool, https: bool) {
    let headers = response.headers_mut();
    if !headers.contains_key(header::CACHE_CONTROL) {
        let policy = if signed_in { "no-store" } else { "no-cache" };
        headers.insert(
            header::CACHE_CONTROL,
            header::HeaderValue::from_static(policy),
        );
    }
    if https {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            header::HeaderValue::from_static("max-age=31536000"),
        );
    }
}

/// Records a member's first visit of the day beside the request, so no page waits for it.
fn record_visit(app: &AppState, user_id: i64) {
    if !app.visits.first_today(user_id) {
        return;
    }
    let (db, visits) = (app.db.clone(), app.visits.clone());
    tokio::spawn(async move {
        if let Err(err) = crate::activity::service::visit(&db, &visits, user_id).await {
            tracing::warn!(%err, "could not record a visit");
        }
    });
}

/// A signed-in member who followed a link of a digest or newsletter (`via=<kind>`): counts the
/// arrival beside the request and returns the same address without the marker, so it is not
/// bookmarked or passed on. A signed-out visitor keeps the marker through the sign-in.
fn arrival_from_mail(app: &AppState, req: &Request, user_id: i64) -> Option<String> {
    if req.method() != Method::GET {
        return None;
    }
    let (kind, clean) = without_mail_marker(req.uri())?;
    let db = app.db.clone();
    tokio::spawn(async move {
        if let Err(err) = crate::activity::arrivals::arrived(&db, kind, user_id).await {
            tracing::warn!(%err, "could not count an arrival from a mail");
        }
    });
    Some(clean)
}

/// The kind of mail a link names in its `via` marker (one whose arrivals are counted), and the
/// same address without it: always a path on this site, never `//elsewhere`. Every signed-in
/// GET asks, so an address without the word is left at once.
fn without_mail_marker(uri: &axum::http::Uri) -> Option<(crate::mail::MailKind, String)> {
    let query = uri
        .query()
        .filter(|q| q.contains(crate::mail::VIA_PARAMETER))?;
    let mut kind = None;
    let rest: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
        .filter(|(name, value)| {
            let marker = name == crate::mail::VIA_PARAMETER;
            if marker {
                kind = kind.or(crate::mail::MailKind::parse(value));
            }
            !marker
        })
        .map(|(name, value)| (name.into_owned(), value.into_owned()))
        .collect();
    let kind = kind.filter(|kind| kind.counts_arrivals())?;
    let path = uri.path();
    let mut clean = if path.starts_with("//") || path.contains('\\') {
        "/".to_string()
    } else {
        path.to_string()
    };
    if !rest.is_empty() {
        clean.push('?');
        clean.push_str(
            &form_urlencoded::Serializer::new(String::new())
                .extend_pairs(rest)
                .finish(),
        );
    }
    Some((kind, clean))
}

fn resolve_lang(viewer: Option<&Viewer>, headers: &HeaderMap) -> Lang {
    if let Some(lang) = viewer.and_then(|v| v.locale) {
        return lang;
    }
    cookies::get(headers, cookies::LANG)
        .and_then(|code| Lang::from_code(&code))
        .or_else(|| {
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Lang::from_accept_language)
        })
        .unwrap_or_default()
}

fn is_state_changing(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// Largest form body read (for the CSRF check and input hygiene); uploads are multipart and
/// carry their token in the query string.
pub const MAX_FORM_BODY: usize = 1024 * 1024;

/// Accepts the request when its token (header, query or form field) equals the cookie's and
/// its `Origin`, when sent, is this site.
fn verify_csrf(
    req: &Request,
    form: Option<&[u8]>,
    cookie: Option<&str>,
    app: &AppState,
) -> Result<(), Error> {
    let expected = cookie.ok_or(Error::Csrf)?;
    if !origin_is_same_site(req.headers(), app) {
        return Err(Error::Csrf);
    }
    let token = req
        .headers()
        .get("x-csrf-token")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
        .or_else(|| {
            req.uri()
                .query()
                .and_then(|q| form_field(q.as_bytes(), "_csrf"))
        })
        .or_else(|| form.and_then(|body| form_field(body, "_csrf")))
        .ok_or(Error::Csrf)?;
    tokens::constant_time_eq(&token, expected)
        .then_some(())
        .ok_or(Error::Csrf)
}

fn form_field(encoded: &[u8], name: &str) -> Option<String> {
    form_urlencoded::parse(encoded)
        .find(|(key, _)| key == name)
        .map(|(_, value)| value.into_owned())
}

fn origin_is_same_site(headers: &HeaderMap, app: &AppState) -> bool {
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return true;
    };
    if origin == "null" {
        return false;
    }
    if let Some(base) = app.config.base_url.as_deref() {
        return origin.trim_end_matches('/') == base.trim_end_matches('/');
    }
    let origin_host = origin
        .split_once("://")
        .map(|(_, rest)| rest)
        .unwrap_or(origin);
    headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|host| host.eq_ignore_ascii_case(origin_host))
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorTemplate<'a> {
    ctx: &'a PageCtx,
    status: u16,
    message: String,
    details: Vec<String>,
    /// What the member sent, to send again from this page when the failure was ours and
    /// passing (the database out of reach, a timeout): nothing they typed is lost.
    resend: Vec<(String, String)>,
}

/// The fields of a form worth offering to send again (not the token: the page has its own).
fn resend_fields(status: StatusCode, form: Option<&[u8]>) -> Vec<(String, String)> {
    let passing = matches!(
        status,
        StatusCode::SERVICE_UNAVAILABLE | StatusCode::INTERNAL_SERVER_ERROR
    );
    match form {
        Some(body) if passing => form_urlencoded::parse(body)
            .filter(|(k, _)| k != "_csrf")
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect(),
        _ => Vec::new(),
    }
}

fn key_for_status(status: StatusCode) -> &'static str {
    match status {
        StatusCode::NOT_FOUND | StatusCode::METHOD_NOT_ALLOWED => "error-not-found",
        StatusCode::FORBIDDEN => "error-forbidden",
        StatusCode::PAYLOAD_TOO_LARGE => "error-too-large",
        StatusCode::URI_TOO_LONG => "error-uri-too-long",
        StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE => "error-headers-too-large",
        StatusCode::REQUEST_TIMEOUT | StatusCode::GATEWAY_TIMEOUT => "error-timeout",
        StatusCode::SERVICE_UNAVAILABLE => "error-unavailable",
        StatusCode::TOO_MANY_REQUESTS => "error-rate-limited",
        status if status.is_server_error() => "error-internal",
        _ => "error-bad-request",
    }
}

/// Replaces the body of an error response that is not already an HTML page with one rendered
/// in the viewer's language. Pages that handlers rendered themselves (a form with its errors)
/// are left alone. `form` is the body of the form that was sent, if any.
pub fn render_error_page(response: Response, ctx: &PageCtx, form: Option<&[u8]>) -> Response {
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("text/html"));
    if is_html {
        return response;
    }
    let status = response.status();
    let page = response
        .extensions()
        .get::<ErrorPage>()
        .cloned()
        .unwrap_or(ErrorPage {
            key: key_for_status(status),
            fields: vec![],
        });
    let template = ErrorTemplate {
        ctx,
        status: status.as_u16(),
        message: ctx.t(page.key),
        details: page.fields.iter().map(|f| ctx.t(f.key)).collect(),
        resend: resend_fields(status, form),
    };
    let retry = (status == StatusCode::SERVICE_UNAVAILABLE).then_some([(header::RETRY_AFTER, "5")]);
    match template.render() {
        Ok(html) => (status, retry, Html(html)).into_response(),
        Err(err) => {
            tracing::error!(%err, "error page failed to render");
            (status, ctx.t(page.key)).into_response()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mail_marker_is_taken_off_and_never_leads_elsewhere() {
        use crate::mail::MailKind;
        let clean = |uri: &str| {
            let uri: axum::http::Uri = uri.parse().expect("a uri");
            without_mail_marker(&uri)
        };
        assert_eq!(
            clean("/posts/7?via=digest"),
            Some((MailKind::Digest, "/posts/7".into()))
        );
        assert_eq!(
            clean("/cockpit?from=2026-01-01&via=newsletter&to=2026-02-01"),
            Some((
                MailKind::Newsletter,
                "/cockpit?from=2026-01-01&to=2026-02-01".into()
            ))
        );
        assert_eq!(
            clean("//evil.example/x?via=digest"),
            Some((MailKind::Digest, "/".into()))
        );
        // Kinds whose arrivals are not counted, unknown kinds and no marker: left alone.
        assert_eq!(clean("/?via=invitation"), None);
        assert_eq!(clean("/?via=%3Cscript%3E"), None);
        assert_eq!(clean("/posts/7?x=1"), None);
        assert_eq!(clean("/posts/7"), None);
    }

    #[test]
    fn signed_in_pages_are_not_stored_and_https_is_remembered() {
        let mut page = Response::new(Body::empty());
        set_privacy_headers(&mut page, true, true);
        assert_eq!(page.headers()[header::CACHE_CONTROL], "no-store");
        assert_eq!(
            page.headers()[header::STRICT_TRANSPORT_SECURITY],
            "max-age=31536000"
        );
        let mut asset = Response::new(Body::empty());
        asset.headers_mut().insert(
            header::CACHE_CONTROL,
            header::HeaderValue::from_static("public, max-age=3600"),
        );
        set_privacy_headers(&mut asset, false, false);
        assert_eq!(
            asset.headers()[header::CACHE_CONTROL],
            "public, max-age=3600"
        );
        assert!(
            !asset
                .headers()
                .contains_key(header::STRICT_TRANSPORT_SECURITY)
        );
    }
}
