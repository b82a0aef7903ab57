//! Pages: signing in through a provider and its return, the signed-out page that offers the
//! provider's sign-out, and the administrators' provider settings with the password switch.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use super::Refusal;
use super::account::Outcome;
use super::entity::provider;
use super::flow::{self, ATTEMPT_COOKIE, LINK_COOKIE};
use super::provider::{self as providers, ProviderForm};
use crate::error::{Error, Result};
use crate::web::flash::redirect;
use crate::web::forms::{self, FormErrors};
use crate::web::{AppState, CurrentUser, Flash, PageCtx, cookies, redirect_with_flash};

/// The routes of this capability.
pub fn router() -> crate::web::Routes {
    crate::web::Routes::new()
        .route("/sso/{slug}", get(start))
        .route("/sso/{slug}/callback", get(callback))
        .route("/signed-out", get(signed_out))
        .route("/admin/sso", get(list))
        .route("/admin/sso/password", post(password_policy))
        .route("/admin/sso/new", get(new_page).post(create))
        .route("/admin/sso/{id}", get(edit_page).post(update))
        .route("/admin/sso/{id}/delete", post(delete))
}

fn redirect_uri(app: &AppState, headers: &HeaderMap, slug: &str) -> String {
    format!(
        "{}/sso/{slug}/callback",
        crate::web::public_base(&app.config, headers)
    )
}

#[derive(Template)]
#[template(path = "sso/refused.html")]
struct RefusedPage {
    ctx: PageCtx,
    message: String,
    provider: String,
    retry: String,
}

/// The page of a refused sign-in: what went wrong in the reader's words, a way to try again.
fn refused(ctx: PageCtx, provider: &provider::Model, refusal: Refusal) -> Result<Response> {
    if let Refusal::Db(error) = refusal {
        return Err(error);
    }
    tracing::info!(provider = %provider.slug, reason = %refusal, "a single sign-on was refused");
    let status = match refusal {
        Refusal::Unreachable(_) | Refusal::Exchange(_) => StatusCode::BAD_GATEWAY,
        Refusal::Deactivated => StatusCode::FORBIDDEN,
        _ => StatusCode::BAD_REQUEST,
    };
    let message = ctx.t(refusal.message_key());
    let page = RefusedPage {
        ctx,
        message,
        provider: provider.name.clone(),
        retry: format!("/sso/{}", provider.slug),
    };
    Ok((status, crate::web::render(page)?).into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct NextQuery {
    next: String,
}

async fn start(
    State(app): State<AppState>,
    headers: HeaderMap,
    ctx: PageCtx,
    Path(slug): Path<String>,
    Query(query): Query<NextQuery>,
) -> Result<Response> {
    let provider = providers::by_slug(&app.db, &slug)
        .await?
        .ok_or(Error::NotFound)?;
    let next = forms::safe_next(&query.next);
    let redirect_uri = redirect_uri(&app, &headers, &provider.slug);
    match flow::start(&app.db, &provider, &redirect_uri, &next).await {
        Ok(started) => {
            let mut response = redirect(&started.url);
            response.headers_mut().append(
                header::SET_COOKIE,
                cookies::set(
                    ATTEMPT_COOKIE,
                    &started.browser_token,
                    Some(600),
                    app.config.secure_cookies(),
                ),
            );
            Ok(response)
        }
        Err(refusal) => refused(ctx, &provider, refusal),
    }
}

async fn callback(
    State(app): State<AppState>,
    headers: HeaderMap,
    ctx: PageCtx,
    Path(slug): Path<String>,
    Query(answer): Query<flow::Callback>,
) -> Result<Response> {
    let provider = providers::by_slug(&app.db, &slug)
        .await?
        .ok_or(Error::NotFound)?;
    let browser = cookies::get(&headers, ATTEMPT_COOKIE);
    let redirect_uri = redirect_uri(&app, &headers, &provider.slug);
    let secure = app.config.secure_cookies();
    let finished = flow::finish(
        &app.db,
        &provider,
        &redirect_uri,
        &answer,
        browser.as_deref(),
    )
    .await;
    let mut response = match finished {
        Err(refusal) => refused(ctx, &provider, refusal)?,
        Ok(flow::Finished {
            outcome: Outcome::SignedIn(user_id),
            next,
        }) => {
            let mut response = redirect(&next);
            if let Some(old) = cookies::get(&headers, cookies::SESSION) {
                crate::auth::session::delete(&app.db, &crate::tokens::hash(&old)).await?;
            }
            let token =
                crate::auth::session::create_through(&app.db, user_id, Some(provider.id)).await?;
            response.headers_mut().append(
                header::SET_COOKIE,
                cookies::set(
                    cookies::SESSION,
                    &token,
                    Some(crate::auth::session::LIFETIME_SECS),
                    secure,
                ),
            );
            response
        }
        Ok(flow::Finished {
            outcome: Outcome::LinkOffered(token),
            next,
        }) => {
            let next: String = form_urlencoded::byte_serialize(next.as_bytes()).collect();
            let to = format!("/login?next={next}");
            let mut response = redirect_with_flash(&to, Flash::success("flash-sso-link-offered"));
            response.headers_mut().append(
                header::SET_COOKIE,
                cookies::set(LINK_COOKIE, &token, Some(900), secure),
            );
            response
        }
    };
    response
        .headers_mut()
        .append(header::SET_COOKIE, cookies::clear(ATTEMPT_COOKIE, secure));
    Ok(response)
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct SignedOutQuery {
    provider: Option<i64>,
}

#[derive(Template)]
#[template(path = "sso/signed_out.html")]
struct SignedOutPage {
    ctx: PageCtx,
    /// The provider's name and its end-session address, when the session came through one.
    elsewhere: Option<(String, String)>,
}

async fn signed_out(
    State(app): State<AppState>,
    headers: HeaderMap,
    ctx: PageCtx,
    Query(query): Query<SignedOutQuery>,
) -> Result<Response> {
    let back = format!("{}/login", crate::web::public_base(&app.config, &headers));
    let elsewhere = match query.provider {
        Some(id) => flow::end_session_url(&app.db, id, &back).await?,
        None => None,
    };
    Ok(crate::web::render(SignedOutPage { ctx, elsewhere })?.into_response())
}

#[derive(Template)]
#[template(path = "admin/sso.html")]
struct ListPage {
    ctx: PageCtx,
    providers: Vec<provider::Model>,
    policy: PolicyForm,
    errors: FormErrors,
}

/// The password switch: off for everyone but the emergency administrator named.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct PolicyForm {
    password_off: Option<String>,
    break_glass: String,
}

async fn list_page(
    app: &AppState,
    ctx: PageCtx,
    policy: Option<PolicyForm>,
    errors: FormErrors,
) -> Result<Response> {
    let policy = match policy {
        Some(policy) => policy,
        None => {
            let stored = crate::auth::service::password_policy(&app.db).await?;
            PolicyForm {
                password_off: stored.off.then(|| "on".into()),
                break_glass: stored.break_glass.unwrap_or_default(),
            }
        }
    };
    let refused = errors.any();
    forms::form_page(
        ListPage {
            ctx,
            providers: providers::all(&app.db).await?,
            policy,
            errors,
        },
        refused,
    )
}

async fn list(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
) -> Result<Response> {
    viewer.require_admin()?;
    list_page(&app, ctx, None, FormErrors::none()).await
}

async fn password_policy(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Form(form): Form<PolicyForm>,
) -> Result<Response> {
    viewer.require_admin()?;
    let off = form.password_off.is_some();
    let providers = super::any_provider(&app.db).await?;
    let result =
        crate::auth::service::set_password_policy(&app.db, off, &form.break_glass, providers).await;
    match forms::split(result, ctx.lang)? {
        Ok(()) => Ok(redirect_with_flash(
            "/admin/sso",
            Flash::success("flash-sso-policy-saved"),
        )),
        Err(errors) => list_page(&app, ctx, Some(form), errors).await,
    }
}

#[derive(Template)]
#[template(path = "admin/sso_provider.html")]
struct ProviderPage {
    ctx: PageCtx,
    /// The provider edited, `None` for a new one.
    id: Option<i64>,
    form: ProviderForm,
    errors: FormErrors,
    /// The redirect address to register at the provider.
    redirect: String,
}

impl ProviderPage {
    /// The claim-name fields: name, label key, value.
    fn claim_fields(&self) -> Vec<(&'static str, &'static str, &str)> {
        vec![
            (
                "claim_department",
                "field-department",
                &self.form.claim_department,
            ),
            (
                "claim_job_title",
                "field-job-title",
                &self.form.claim_job_title,
            ),
            (
                "claim_location",
                "field-location",
                &self.form.claim_location,
            ),
            (
                "claim_manager",
                "sso-claim-manager",
                &self.form.claim_manager,
            ),
        ]
    }
}

fn provider_page(
    ctx: PageCtx,
    id: Option<i64>,
    form: ProviderForm,
    errors: FormErrors,
    redirect: String,
) -> Result<Response> {
    let refused = errors.any();
    forms::form_page(
        ProviderPage {
            ctx,
            id,
            form,
            errors,
            redirect,
        },
        refused,
    )
}

async fn new_page(
    State(app): State<AppState>,
    headers: HeaderMap,
    CurrentUser(viewer, ctx): CurrentUser,
) -> Result<Response> {
    viewer.require_admin()?;
    let redirect = redirect_uri(&app, &headers, "…");
    provider_page(
        ctx,
        None,
        ProviderForm::new_defaults(),
        FormErrors::none(),
        redirect,
    )
}

async fn create(
    State(app): State<AppState>,
    headers: HeaderMap,
    CurrentUser(viewer, ctx): CurrentUser,
    Form(form): Form<ProviderForm>,
) -> Result<Response> {
    viewer.require_admin()?;
    match forms::split(providers::create(&app.db, &form).await, ctx.lang)? {
        Ok(_) => Ok(redirect_with_flash(
            "/admin/sso",
            Flash::success("flash-sso-provider-saved"),
        )),
        Err(errors) => {
            let redirect = redirect_uri(&app, &headers, form.slug.trim());
            let mut form = form;
            form.client_secret.clear();
            provider_page(ctx, None, form, errors, redirect)
        }
    }
}

async fn editable(app: &AppState, id: i64) -> Result<provider::Model> {
    providers::find(&app.db, id)
        .await?
        .filter(|p| !p.from_config)
        .ok_or(Error::NotFound)
}

async fn edit_page(
    State(app): State<AppState>,
    headers: HeaderMap,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    viewer.require_admin()?;
    let stored = editable(&app, id).await?;
    let redirect = redirect_uri(&app, &headers, &stored.slug);
    provider_page(
        ctx,
        Some(id),
        ProviderForm::of(&stored),
        FormErrors::none(),
        redirect,
    )
}

async fn update(
    State(app): State<AppState>,
    headers: HeaderMap,
    CurrentUser(viewer, ctx): CurrentUser,
    Path(id): Path<i64>,
    Form(mut form): Form<ProviderForm>,
) -> Result<Response> {
    viewer.require_admin()?;
    editable(&app, id).await?;
    match forms::split(providers::update(&app.db, id, &form).await, ctx.lang)? {
        Ok(()) => Ok(redirect_with_flash(
            "/admin/sso",
            Flash::success("flash-sso-provider-saved"),
        )),
        Err(errors) => {
            let redirect = redirect_uri(&app, &headers, form.slug.trim());
            form.client_secret.clear();
            provider_page(ctx, Some(id), form, errors, redirect)
        }
    }
}

async fn delete(
    State(app): State<AppState>,
    CurrentUser(viewer, _): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    viewer.require_admin()?;
    editable(&app, id).await?;
    let last = providers::all(&app.db).await?.len() == 1;
    if last && crate::auth::service::password_policy(&app.db).await?.off {
        return Ok(redirect_with_flash(
            "/admin/sso",
            Flash::error("flash-sso-last-provider"),
        ));
    }
    providers::delete(&app.db, id).await?;
    Ok(redirect_with_flash(
        "/admin/sso",
        Flash::success("flash-sso-provider-deleted"),
    ))
}
