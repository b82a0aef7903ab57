//! SCIM bearer tokens: administrators create one per identity provider (shown once, kept as a
//! hash), see when each was last used, and revoke it; a request with a revoked or unknown token
//! is refused like one without.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
};
use serde::Deserialize;

use crate::db::now_ms;
use crate::error::{Error, Result};
use crate::provisioning::entity::scim_token;
use crate::validate::Checks;
use crate::web::forms::FormErrors;
use crate::web::{AppState, CurrentUser, Flash, PageCtx, redirect_with_flash};

/// What every token starts with, so a leaked one is recognised in a log or a scan.
const PREFIX: &str = "plein_scim_";

/// How often a token's last use is written (a sync sends thousands of requests).
const LAST_USE_EVERY_MS: i64 = 60_000;

/// The token a request presents, if it is live; its last use is noted.
pub async fn authenticate(
    db: &impl ConnectionTrait,
    presented: &str,
) -> Result<Option<scim_token::Model>> {
    let well_formed = presented
        .strip_prefix(PREFIX)
        .is_some_and(crate::tokens::is_well_formed);
    if !well_formed {
        return Ok(None);
    }
    let Some(token) = scim_token::Entity::find()
        .filter(scim_token::Column::TokenHash.eq(crate::tokens::hash(presented)))
        .filter(scim_token::Column::RevokedAt.is_null())
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let now = now_ms();
    if token
        .last_used_at
        .is_none_or(|at| now - at > LAST_USE_EVERY_MS)
    {
        scim_token::Entity::update_many()
            .col_expr(scim_token::Column::LastUsedAt, Expr::val(now))
            .filter(scim_token::Column::Id.eq(token.id))
            .exec(db)
            .await?;
    }
    Ok(Some(token))
}

/// The routes of the token page.
pub fn router() -> crate::web::Routes {
    crate::web::Routes::new()
        .route("/admin/scim", get(show).post(create))
        .route("/admin/scim/tokens/{id}/revoke", post(revoke))
}

#[derive(Template)]
#[template(path = "admin/scim.html")]
struct TokensPage {
    ctx: PageCtx,
    tokens: Vec<scim_token::Model>,
    /// A token just created, shown this once.
    created: Option<String>,
    /// The SCIM base address to give the identity provider.
    endpoint: String,
    errors: FormErrors,
    name: String,
}

async fn page(app: &AppState, ctx: PageCtx, headers: &axum::http::HeaderMap) -> Result<TokensPage> {
    let tokens = scim_token::Entity::find()
        .order_by_desc(scim_token::Column::CreatedAt)
        .all(&app.db)
        .await?;
    Ok(TokensPage {
        ctx,
        tokens,
        created: None,
        endpoint: format!("{}/scim/v2", crate::web::public_base(&app.config, headers)),
        errors: FormErrors::none(),
        name: String::new(),
    })
}

async fn show(
    State(app): State<AppState>,
    headers: axum::http::HeaderMap,
    CurrentUser(viewer, ctx): CurrentUser,
) -> Result<Response> {
    viewer.require_admin()?;
    Ok(crate::web::render(page(&app, ctx, &headers).await?)?.into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct CreateForm {
    name: String,
}

async fn create(
    State(app): State<AppState>,
    headers: axum::http::HeaderMap,
    CurrentUser(viewer, ctx): CurrentUser,
    Form(form): Form<CreateForm>,
) -> Result<Response> {
    viewer.require_admin()?;
    let lang = ctx.lang;
    let mut checks = Checks::new();
    let name = checks.name("name", &form.name, 1, 100);
    if let Err(err) = checks.finish() {
        let mut refused = page(&app, ctx, &headers).await?;
        refused.name = form.name;
        if let Err(errors) = crate::web::forms::split::<()>(Err(err), lang)? {
            refused.errors = errors;
        }
        return crate::web::forms::form_page(refused, true);
    }
    let token = format!("{PREFIX}{}", crate::tokens::random_token());
    scim_token::Entity::insert(scim_token::ActiveModel {
        name: Set(name),
        token_hash: Set(crate::tokens::hash(&token)),
        created_by: Set(viewer.id),
        created_at: Set(now_ms()),
        ..Default::default()
    })
    .exec(&app.db)
    .await?;
    let mut done = page(&app, ctx, &headers).await?;
    done.created = Some(token);
    Ok(crate::web::render(done)?.into_response())
}

async fn revoke(
    State(app): State<AppState>,
    CurrentUser(viewer, _): CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response> {
    viewer.require_admin()?;
    let result = scim_token::Entity::update_many()
        .col_expr(scim_token::Column::RevokedAt, Expr::val(now_ms()))
        .filter(scim_token::Column::Id.eq(id))
        .filter(scim_token::Column::RevokedAt.is_null())
        .exec(&app.db)
        .await?;
    if result.rows_affected == 0 {
        return Err(Error::NotFound);
    }
    Ok(redirect_with_flash(
        "/admin/scim",
        Flash::success("scim-token-revoked"),
    ))
}
