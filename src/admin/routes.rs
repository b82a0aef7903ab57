//! Administrator pages. Every handler starts with `viewer.require_admin()`.

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use super::service::{self, SettingsForm};
use crate::auth::{Role, service as auth};
use crate::directory::user;
use crate::error::{Error, Result};
use crate::people::service::{self as people, AccountChange, NewAccount};
use crate::web::forms::{self, FormErrors};
use crate::web::{AppState, CurrentUser, Flash, PageCtx, redirect_with_flash, render};

/// The routes of this capability.
pub fn router() -> crate::web::Routes {
    crate::web::Routes::new()
        .route("/admin/users", get(list_users))
        .route("/admin/users/new", get(new_user).post(create_user))
        .route("/admin/users/{id}", post(change_user))
        .route("/admin/settings", get(show_settings).post(save_settings))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct SearchQuery {
    q: String,
}

#[derive(Template)]
#[template(path = "admin/users.html")]
struct UsersPage {
    ctx: PageCtx,
    q: String,
    users: Vec<user::Model>,
    roles: [Role; 4],
}

async fn list_users(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Query(query): Query<SearchQuery>,
) -> Result<Response> {
    viewer.require_admin()?;
    let users = people::accounts(&app.db, &query.q).await?;
    Ok(render(UsersPage {
        ctx,
        q: query.q,
        users,
        roles: Role::ALL,
    })?
    .into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct ChangeForm {
    role: Option<String>,
    role_model: Option<String>,
    community_moderator: Option<String>,
    active: Option<String>,
}

async fn change_user(
    State(app): State<AppState>,
    CurrentUser(viewer, _): CurrentUser,
    Path(id): Path<i64>,
    Form(form): Form<ChangeForm>,
) -> Result<Response> {
    viewer.require_admin()?;
    let change = if let Some(role) = form.role {
        AccountChange::Role(Role::parse(&role).ok_or(Error::invalid("role", "error-bad-request"))?)
    } else if let Some(flag) = form.role_model {
        AccountChange::RoleModel(flag == "true")
    } else if let Some(flag) = form.community_moderator {
        AccountChange::CommunityModerator(flag == "true")
    } else if let Some(flag) = form.active {
        AccountChange::Active(flag == "true")
    } else {
        return Err(Error::invalid("role", "error-bad-request"));
    };
    let deactivated = matches!(change, AccountChange::Active(false));
    match people::change_account(&app.db, viewer.id, id, change).await {
        Ok(()) => {
            if deactivated {
                crate::auth::session::delete_all_for_user(&app.db, id).await?;
            }
            Ok(redirect_with_flash(
                "/admin/users",
                Flash::success("flash-account-updated"),
            ))
        }
        // A refusal names its reason: what the identity provider keeps, or oneself.
        Err(Error::Invalid(fields)) => {
            let key = fields
                .iter()
                .map(|f| f.key)
                .find(|k| ["error-managed-by-scim", "error-role-kept"].contains(k))
                .unwrap_or("error-self-change");
            Ok(redirect_with_flash("/admin/users", Flash::error(key)))
        }
        Err(other) => Err(other),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct NewUserForm {
    email: String,
    display_name: String,
    role: String,
}

#[derive(Template)]
#[template(path = "admin/new_user.html")]
struct NewUserPage {
    ctx: PageCtx,
    form: NewUserForm,
    errors: FormErrors,
    link: Option<String>,
    /// The address the invitation was mailed to, when e-mail is on.
    mailed: Option<String>,
    roles: [Role; 4],
}

async fn new_user(CurrentUser(viewer, ctx): CurrentUser) -> Result<Response> {
    viewer.require_admin()?;
    let form = NewUserForm {
        role: Role::Member.as_str().into(),
        ..Default::default()
    };
    Ok(render(NewUserPage {
        ctx,
        form,
        errors: FormErrors::none(),
        link: None,
        mailed: None,
        roles: Role::ALL,
    })?
    .into_response())
}

/// Creates an account without a password, mails the colleague an invitation with the one-time
/// link when e-mail is on, and shows the link (to hand over when it is off).
async fn create_user(
    State(app): State<AppState>,
    headers: axum::http::HeaderMap,
    CurrentUser(viewer, ctx): CurrentUser,
    Form(form): Form<NewUserForm>,
) -> Result<Response> {
    viewer.require_admin()?;
    let new = NewAccount {
        email: form.email.clone(),
        display_name: form.display_name.clone(),
        password: None,
        role: Role::parse(&form.role).unwrap_or(Role::Member),
    };
    let created = people::create_account(&app.db, new).await;
    match forms::split(created, ctx.lang)? {
        Ok(user_id) => {
            let token = auth::issue_password_link(&app.db, user_id).await?;
            let base = crate::web::public_base(&app.config, &headers);
            let url = format!("{base}/set-password/{token}");
            let mailed = if crate::mail::status(&app.config).is_on() {
                invite(&app, &viewer, &form, ctx.lang, &url).await?;
                Some(form.email.trim().to_string())
            } else {
                None
            };
            let link = Some(url);
            let form = NewUserForm {
                role: Role::Member.as_str().into(),
                ..Default::default()
            };
            Ok(render(NewUserPage {
                ctx,
                form,
                errors: FormErrors::none(),
                link,
                mailed,
                roles: Role::ALL,
            })?
            .into_response())
        }
        Err(errors) => forms::form_page(
            NewUserPage {
                ctx,
                form,
                errors,
                link: None,
                mailed: None,
                roles: Role::ALL,
            },
            true,
        ),
    }
}

/// Mails the invitation with the set-password link `url` to the new colleague.
async fn invite(
    app: &AppState,
    inviter: &crate::auth::Viewer,
    form: &NewUserForm,
    lang: crate::i18n::Lang,
    url: &str,
) -> Result<()> {
    let letter = super::invite::invitation(
        &inviter.display_name,
        &form.email,
        &form.display_name,
        lang,
        url,
    );
    crate::mail::queue(&app.db, letter).await?;
    Ok(())
}

#[derive(Template)]
#[template(path = "admin/settings.html")]
struct SettingsPage {
    ctx: PageCtx,
    open_registration: bool,
    show_top_contributors: bool,
    time_zone: String,
    min_group_size: String,
    retention_days: String,
    attachment_max_mb: String,
    errors: FormErrors,
}

/// The settings page: the stored values, or what was typed when the form was refused.
async fn settings_page(
    app: &AppState,
    ctx: PageCtx,
    typed: Option<SettingsForm>,
    errors: FormErrors,
) -> Result<Response> {
    let stored = service::current(&app.db).await?;
    let shown = typed.unwrap_or_else(|| stored.clone());
    let refused = errors.any();
    forms::form_page(
        SettingsPage {
            ctx,
            open_registration: stored.open_registration.is_some(),
            show_top_contributors: stored.show_top_contributors.is_some(),
            time_zone: shown.time_zone,
            min_group_size: shown.min_group_size,
            retention_days: shown.retention_days,
            attachment_max_mb: shown.attachment_max_mb,
            errors,
        },
        refused,
    )
}

async fn show_settings(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
) -> Result<Response> {
    viewer.require_admin()?;
    settings_page(&app, ctx, None, FormErrors::none()).await
}

async fn save_settings(
    State(app): State<AppState>,
    CurrentUser(viewer, ctx): CurrentUser,
    Form(form): Form<SettingsForm>,
) -> Result<Response> {
    match forms::split(service::save(&app.db, &viewer, &form).await, ctx.lang)? {
        Ok(()) => {}
        Err(errors) => return settings_page(&app, ctx, Some(form), errors).await,
    }
    app.cockpit.clear();
    Ok(redirect_with_flash(
        "/admin/settings",
        Flash::success("flash-settings-saved"),
    ))
}
