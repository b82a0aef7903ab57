//! Pages for first-run setup, sign-in and -out, registration, password change and links,
//! and the language switch.

use std::net::SocketAddr;

use askama::Template;
use axum::Form;
use axum::extract::{ConnectInfo, Path, Query, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use super::{service, session};
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::people::service as people;
use crate::web::flash::redirect;
use crate::web::forms::{self, FormErrors};
use crate::web::{
    AppState, CurrentUser, Flash, PageCtx, client_address, cookies, redirect_with_flash,
};

/// The routes of this capability.
pub fn router() -> crate::web::Routes {
    crate::web::Routes::new()
        .route("/setup", get(setup_page).post(setup_submit))
        .route("/login", get(login_page).post(login_submit))
        .route("/logout", post(logout))
        .route("/register", get(register_page).post(register_submit))
        .route(
            "/account/password",
            get(password_page).post(password_submit),
        )
        .route("/set-password/{token}", get(link_page).post(link_submit))
        .route("/forgot-password", get(forgot_page).post(forgot_submit))
        .route("/lang", post(switch_lang))
}

/// The fields of the setup, login and registration forms.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AccountForm {
    email: String,
    display_name: String,
    password: String,
    next: String,
}

#[derive(Template)]
#[template(path = "auth/account_form.html")]
struct AccountFormPage {
    ctx: PageCtx,
    mode: &'static str,
    form: AccountForm,
    errors: FormErrors,
    /// The single sign-on providers offered (sign-in only).
    sso: Vec<crate::sso::SignInChoice>,
    /// Password sign-in is only for the emergency administrator.
    password_off: bool,
}

fn account_form(
    ctx: PageCtx,
    mode: &'static str,
    form: AccountForm,
    errors: FormErrors,
) -> Result<Response> {
    let refused = errors.any();
    forms::form_page(
        AccountFormPage {
            ctx,
            mode,
            form,
            errors,
            sso: Vec::new(),
            password_off: false,
        },
        refused,
    )
}

/// The sign-in page: the providers to sign in with, then the password form (folded away when
/// it is only for the emergency administrator).
async fn login_form(
    app: &AppState,
    ctx: PageCtx,
    form: AccountForm,
    errors: FormErrors,
) -> Result<Response> {
    let refused = errors.any();
    forms::form_page(
        AccountFormPage {
            ctx,
            mode: "login",
            form,
            errors,
            sso: crate::sso::sign_in_choices(&app.db).await?,
            password_off: service::password_policy(&app.db).await?.off,
        },
        refused,
    )
}

/// Signs `user_id` in with a fresh session (the old one, if any, is ended) and goes to `to`.
async fn start_session(
    app: &AppState,
    headers: &HeaderMap,
    user_id: i64,
    to: &str,
) -> Result<Response> {
    start_session_with(app, headers, user_id, redirect(to)).await
}

/// Starts a session for `user_id` on `response` (a redirect), ending the one the browser had.
async fn start_session_with(
    app: &AppState,
    headers: &HeaderMap,
    user_id: i64,
    mut response: Response,
) -> Result<Response> {
    if let Some(old) = cookies::get(headers, cookies::SESSION) {
        session::delete(&app.db, &super::tokens::hash(&old)).await?;
    }
    let token = session::create(&app.db, user_id).await?;
    let cookie = cookies::set(
        cookies::SESSION,
        &token,
        Some(session::LIFETIME_SECS),
        app.config.secure_cookies(),
    );
    response.headers_mut().append(header::SET_COOKIE, cookie);
    Ok(response)
}

async fn setup_page(State(app): State<AppState>, ctx: PageCtx) -> Result<Response> {
    if !people::is_first_run(&app.db).await? {
        return Ok(redirect("/login"));
    }
    account_form(ctx, "setup", AccountForm::default(), FormErrors::none())
}

async fn setup_submit(
    State(app): State<AppState>,
    headers: HeaderMap,
    ctx: PageCtx,
    Form(form): Form<AccountForm>,
) -> Result<Response> {
    let result =
        service::setup_first_admin(&app.db, &form.email, &form.display_name, &form.password).await;
    match forms::split(result, ctx.lang)? {
        Ok(user_id) => start_session(&app, &headers, user_id, "/").await,
        Err(errors) => account_form(ctx, "setup", form, errors),
    }
}

#[derive(Deserialize)]
struct NextQuery {
    #[serde(default)]
    next: String,
}

async fn login_page(
    State(app): State<AppState>,
    ctx: PageCtx,
    Query(query): Query<NextQuery>,
) -> Result<Response> {
    if people::is_first_run(&app.db).await? {
        return Ok(redirect("/setup"));
    }
    let form = AccountForm {
        next: query.next,
        ..Default::default()
    };
    login_form(&app, ctx, form, FormErrors::none()).await
}

async fn login_submit(
    State(app): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    ctx: PageCtx,
    Form(mut form): Form<AccountForm>,
) -> Result<Response> {
    let address = client_address(&headers, peer, app.config.trust_proxy);
    let device = cookies::get(&headers, cookies::DEVICE);
    let result = service::sign_in(
        &app.db,
        &form.email,
        &form.password,
        &address,
        device.as_deref(),
    )
    .await;
    if let Err(Error::RateLimited) = result {
        form.password.clear();
        let errors = FormErrors::one("email", ctx.t("error-login-slow-down"));
        let mut page = login_form(&app, ctx, form, errors).await?;
        *page.status_mut() = axum::http::StatusCode::TOO_MANY_REQUESTS;
        return Ok(page);
    }
    match forms::split(result, ctx.lang)? {
        Ok(signed) => signed_in(&app, &headers, signed, &forms::safe_next(&form.next)).await,
        Err(errors) => {
            form.password.clear();
            login_form(&app, ctx, form, errors).await
        }
    }
}

/// The session, the device cookie of a device seen for the first time, and a notice when
/// someone tried the account's password in the meantime.
async fn signed_in(
    app: &AppState,
    headers: &HeaderMap,
    signed: service::SignedIn,
    to: &str,
) -> Result<Response> {
    let linked = match cookies::get(headers, crate::sso::LINK_COOKIE) {
        Some(offer) => crate::sso::accept_link_offer(&app.db, &offer, signed.user_id).await?,
        None => None,
    };
    let response = if signed.failed_attempts > 0 {
        redirect_with_flash(to, Flash::error("flash-failed-sign-ins"))
    } else if linked.is_some() {
        redirect_with_flash(to, Flash::success("flash-sso-linked"))
    } else {
        redirect(to)
    };
    let mut response = start_session_with(app, headers, signed.user_id, response).await?;
    if cookies::get(headers, crate::sso::LINK_COOKIE).is_some() {
        let clear = cookies::clear(crate::sso::LINK_COOKIE, app.config.secure_cookies());
        response.headers_mut().append(header::SET_COOKIE, clear);
    }
    if let Some(token) = signed.new_device {
        response.headers_mut().append(
            header::SET_COOKIE,
            cookies::set(
                cookies::DEVICE,
                &token,
                Some(cookies::DEVICE_MAX_AGE_SECS),
                app.config.secure_cookies(),
            ),
        );
    }
    Ok(response)
}

/// Ends the Plein session; one that came through single sign-on goes on to the page offering
/// the provider's sign-out as well.
async fn logout(State(app): State<AppState>, ctx: PageCtx) -> Result<Response> {
    let mut provider = None;
    if let Some(viewer) = &ctx.viewer {
        provider = session::provider_of(&app.db, &viewer.session_hash).await?;
        session::delete(&app.db, &viewer.session_hash).await?;
    }
    let mut response = match provider {
        Some(id) => redirect(&format!("/signed-out?provider={id}")),
        None => redirect_with_flash("/login", Flash::success("flash-logged-out")),
    };
    let cookie = cookies::clear(cookies::SESSION, app.config.secure_cookies());
    response.headers_mut().append(header::SET_COOKIE, cookie);
    Ok(response)
}

async fn register_page(State(app): State<AppState>, ctx: PageCtx) -> Result<Response> {
    if !crate::settings::OPEN_REGISTRATION.get(&app.db).await? {
        return Err(Error::NotFound);
    }
    account_form(ctx, "register", AccountForm::default(), FormErrors::none())
}

async fn register_submit(
    State(app): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    ctx: PageCtx,
    Form(form): Form<AccountForm>,
) -> Result<Response> {
    let address = client_address(&headers, peer, app.config.trust_proxy);
    let result = service::register(
        &app.db,
        &form.email,
        &form.display_name,
        &form.password,
        &address,
    )
    .await;
    match forms::split(result, ctx.lang)? {
        Ok(user_id) => start_session(&app, &headers, user_id, "/profile/edit").await,
        Err(errors) => account_form(ctx, "register", form, errors),
    }
}

/// The password change and set-password forms.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PasswordForm {
    current: String,
    password: String,
}

#[derive(Template)]
#[template(path = "auth/password.html")]
struct PasswordPage {
    ctx: PageCtx,
    token: Option<String>,
    errors: FormErrors,
}

fn password_form(ctx: PageCtx, token: Option<String>, errors: FormErrors) -> Result<Response> {
    let refused = errors.any();
    forms::form_page(PasswordPage { ctx, token, errors }, refused)
}

async fn password_page(CurrentUser(_, ctx): CurrentUser) -> Result<Response> {
    password_form(ctx, None, FormErrors::none())
}

async fn password_submit(
    State(app): State<AppState>,
    headers: HeaderMap,
    CurrentUser(viewer, ctx): CurrentUser,
    Form(form): Form<PasswordForm>,
) -> Result<Response> {
    let result = service::change_password(&app.db, viewer.id, &form.current, &form.password).await;
    match forms::split(result, ctx.lang)? {
        Ok(()) => {
            let mut response =
                start_session(&app, &headers, viewer.id, "/account/password").await?;
            let flash = cookies::set(
                cookies::FLASH,
                "success:flash-password-changed",
                Some(60),
                false,
            );
            response.headers_mut().append(header::SET_COOKIE, flash);
            Ok(response)
        }
        Err(errors) => password_form(ctx, None, errors),
    }
}

async fn link_page(
    State(app): State<AppState>,
    ctx: PageCtx,
    Path(token): Path<String>,
) -> Result<Response> {
    service::link_is_live(&app.db, &token).await?;
    password_form(ctx, Some(token), FormErrors::none())
}

async fn link_submit(
    State(app): State<AppState>,
    headers: HeaderMap,
    ctx: PageCtx,
    Path(token): Path<String>,
    Form(form): Form<PasswordForm>,
) -> Result<Response> {
    let result = service::redeem_password_link(&app.db, &token, &form.password).await;
    match forms::split(result, ctx.lang)? {
        Ok(redeemed) => {
            if redeemed.first_time && crate::mail::status(&app.config).is_on() {
                welcome(&app, &headers, &redeemed, ctx.lang).await?;
            }
            start_session(&app, &headers, redeemed.user_id, "/profile/edit").await
        }
        Err(errors) => password_form(ctx, Some(token), errors),
    }
}

/// The welcome mail of a colleague who just accepted an invitation: their first steps.
async fn welcome(
    app: &AppState,
    headers: &HeaderMap,
    member: &service::Redeemed,
    fallback: Lang,
) -> Result<()> {
    let lang = Lang::chosen_or(member.locale.as_deref(), fallback);
    let base = crate::web::public_base(&app.config, headers);
    let mut letter = crate::mail::Letter::to(
        crate::mail::MailKind::Welcome,
        &member.email,
        &member.display_name,
        lang,
    );
    letter.subject = lang.t("mail-welcome-subject");
    letter.paragraphs = vec![lang.t("mail-welcome-body")];
    letter.items = vec![
        (
            lang.t("mail-welcome-step-profile"),
            format!("{base}/profile/edit"),
        ),
        (lang.t("mail-welcome-step-groups"), format!("{base}/groups")),
        (lang.t("mail-welcome-step-people"), format!("{base}/people")),
    ];
    crate::mail::queue(&app.db, letter).await?;
    Ok(())
}

#[derive(Template)]
#[template(path = "auth/forgot.html")]
struct ForgotPage {
    ctx: PageCtx,
    email: String,
    mail_on: bool,
    sent: bool,
    errors: FormErrors,
}

#[derive(Deserialize, Default)]
struct ForgotForm {
    #[serde(default)]
    email: String,
}

fn forgot_form(app: &AppState, ctx: PageCtx, email: String, sent: bool) -> Result<Response> {
    let page = ForgotPage {
        ctx,
        email,
        mail_on: crate::mail::status(&app.config).is_on(),
        sent,
        errors: FormErrors::none(),
    };
    Ok(crate::web::render(page)?.into_response())
}

async fn forgot_page(State(app): State<AppState>, ctx: PageCtx) -> Result<Response> {
    forgot_form(&app, ctx, String::new(), false)
}

/// Mails a reset link when the address has an account; the answer is the same either way.
async fn forgot_submit(
    State(app): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    ctx: PageCtx,
    Form(form): Form<ForgotForm>,
) -> Result<Response> {
    if !crate::mail::status(&app.config).is_on() {
        return forgot_form(&app, ctx, form.email, false);
    }
    let client = client_address(&headers, peer, app.config.trust_proxy);
    match service::request_password_reset(&app.db, &form.email, &client).await {
        Err(Error::RateLimited) => {
            let page = ForgotPage {
                errors: FormErrors::one("email", ctx.t("error-login-slow-down")),
                ctx,
                email: form.email,
                mail_on: true,
                sent: false,
            };
            let mut response = crate::web::render(page)?.into_response();
            *response.status_mut() = axum::http::StatusCode::TOO_MANY_REQUESTS;
            return Ok(response);
        }
        Err(other) => return Err(other),
        Ok(None) => {}
        Ok(Some(link)) => {
            let lang = Lang::chosen_or(link.locale.as_deref(), ctx.lang);
            let url = format!(
                "{}/set-password/{}",
                crate::web::public_base(&app.config, &headers),
                link.token
            );
            let mut letter = crate::mail::Letter::to(
                crate::mail::MailKind::PasswordReset,
                &link.email,
                &link.display_name,
                lang,
            );
            letter.subject = lang.t("mail-reset-subject");
            letter.paragraphs = vec![lang.t("mail-reset-body"), lang.t("mail-reset-expiry")];
            letter.action = Some((lang.t("mail-reset-action"), url));
            crate::mail::queue(&app.db, letter).await?;
        }
    }
    forgot_form(&app, ctx, String::new(), true)
}

#[derive(Deserialize)]
struct LangForm {
    #[serde(default)]
    lang: String,
    #[serde(default)]
    next: String,
}

async fn switch_lang(
    State(app): State<AppState>,
    ctx: PageCtx,
    Form(form): Form<LangForm>,
) -> Result<Response> {
    let lang = Lang::from_code(&form.lang).ok_or(Error::invalid("lang", "error-bad-request"))?;
    if let Some(viewer) = &ctx.viewer {
        people::set_locale(&app.db, viewer.id, lang).await?;
    }
    let mut response = redirect(&forms::safe_next(&form.next));
    let cookie = cookies::set(
        cookies::LANG,
        lang.code(),
        Some(365 * 24 * 3600),
        app.config.secure_cookies(),
    );
    response.headers_mut().append(header::SET_COOKIE, cookie);
    Ok(response)
}

impl AccountFormPage {
    fn mode_title(&self) -> &'static str {
        match self.mode {
            "setup" => "setup-title",
            "register" => "register-title",
            _ => "login-title",
        }
    }

    fn mode_button(&self) -> &'static str {
        match self.mode {
            "setup" => "setup-submit",
            "register" => "register-submit",
            _ => "login-submit",
        }
    }
}
