//! Server-side sessions: the cookie holds a random token, the database its hash and expiry.

use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter,
};

use super::entity::session;
use super::{Role, tokens};
use crate::auth::Viewer;
use crate::db::now_ms;
use crate::directory::user;
use crate::error::Result;
use crate::i18n::Lang;

/// How long a sign-in lasts.
pub const LIFETIME_SECS: i64 = 14 * 24 * 3600;

/// Starts a session for `user_id` and returns the token for the cookie.
pub async fn create(db: &impl ConnectionTrait, user_id: i64) -> Result<String> {
    create_through(db, user_id, None).await
}

/// Starts a session for `user_id`, remembering the single sign-on provider it came through (if
/// any), and returns the token for the cookie; expired sessions of anyone are swept out on the
/// way, so the table never grows without bound.
pub async fn create_through(
    db: &impl ConnectionTrait,
    user_id: i64,
    sso_provider_id: Option<i64>,
) -> Result<String> {
    let token = tokens::random_token();
    let now = now_ms();
    session::Entity::delete_many()
        .filter(session::Column::ExpiresAt.lt(now))
        .exec(db)
        .await?;
    session::Entity::insert(session::ActiveModel {
        id_hash: Set(tokens::hash(&token)),
        user_id: Set(user_id),
        created_at: Set(now),
        expires_at: Set(now + LIFETIME_SECS * 1000),
        sso_provider_id: Set(sso_provider_id),
    })
    .exec(db)
    .await?;
    Ok(token)
}

/// The signed-in member for a cookie token, if the session is live and the account active.
pub async fn viewer_for_token(db: &impl ConnectionTrait, token: &str) -> Result<Option<Viewer>> {
    if !tokens::is_well_formed(token) {
        return Ok(None);
    }
    let hash = tokens::hash(token);
    let Some(found) = session::Entity::find_by_id(hash.clone())
        .filter(session::Column::ExpiresAt.gt(now_ms()))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let account = user::Entity::find_by_id(found.user_id)
        .filter(user::Column::Active.eq(true))
        .filter(
            Condition::any()
                .add(user::Column::SuspendedUntil.is_null())
                .add(user::Column::SuspendedUntil.lte(now_ms())),
        )
        .one(db)
        .await?;
    Ok(account.map(|u| Viewer {
        id: u.id,
        display_name: u.display_name,
        role: Role::from_stored(&u.role),
        role_model: u.is_role_model,
        community_moderator: u.community_moderator,
        locale: u.locale.as_deref().and_then(Lang::from_code),
        session_hash: hash,
    }))
}

/// The single sign-on provider session `id_hash` came through, if any.
pub async fn provider_of(db: &impl ConnectionTrait, id_hash: &str) -> Result<Option<i64>> {
    Ok(session::Entity::find_by_id(id_hash.to_string())
        .one(db)
        .await?
        .and_then(|s| s.sso_provider_id))
}

/// Ends one session (logout).
pub async fn delete(db: &impl ConnectionTrait, id_hash: &str) -> Result<()> {
    session::Entity::delete_by_id(id_hash.to_string())
        .exec(db)
        .await?;
    Ok(())
}

/// Ends every session of a member (password change, deactivation).
pub async fn delete_all_for_user(db: &impl ConnectionTrait, user_id: i64) -> Result<()> {
    session::Entity::delete_many()
        .filter(session::Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}
