//! Which account a verified sign-in is, by the rules administrators can explain to their
//! colleagues:
//! - a provider's subject linked before is that account;
//! - otherwise the address must be of one of the provider's domains (when it lists any);
//! - an account with the same address is linked only when the address is verified
//!   (the provider says so, or the administrator marked the provider as trusted for it), and
//!   then at once only when nobody ever set a password on it (an administrator, an import or
//!   SCIM created it for that address) or when passwords are switched off for it; an account
//!   with a usable password is linked after its owner signs in once with that password;
//! - otherwise, when the provider may create accounts and the address's domain is allowed, a
//!   new account is made from the claims.
//!
//! Every sign-in then brings the profile in line with the mapped claims (name, department, job
//! title, location, manager), except on accounts SCIM keeps, and logs what it changed.

use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, sea_query::Expr,
};

use super::Refusal;
use super::entity::{identity, link_offer, provider};
use super::oidc::Verified;
use crate::db::now_ms;
use crate::directory::user;
use crate::error::Result;
use crate::people::{Role, service as people};
use crate::provisioning::audit;

/// How long an offer to link by password stays open.
const OFFER_LIFETIME_MS: i64 = 15 * 60_000;

/// What a verified sign-in comes to.
#[derive(Debug)]
pub enum Outcome {
    /// Sign this account in.
    SignedIn(i64),
    /// An account with this address has a password: its owner signs in with it once to link
    /// (the token goes into the browser's cookie).
    LinkOffered(String),
}

/// Resolves `verified` from `provider` to an account, creating or linking it by the rules
/// above.
pub async fn resolve(
    db: &impl ConnectionTrait,
    provider: &provider::Model,
    verified: &Verified,
) -> std::result::Result<Outcome, Refusal> {
    if let Some(linked) = identity::Entity::find()
        .filter(identity::Column::ProviderId.eq(provider.id))
        .filter(identity::Column::Subject.eq(&verified.subject))
        .one(db)
        .await?
    {
        let account = crate::people::find_user(db, linked.user_id)
            .await
            .map_err(crate::error::Error::from)?
            .ok_or(Refusal::Deactivated)?;
        may_sign_in(&account)?;
        identity::Entity::update_many()
            .col_expr(identity::Column::LastSignInAt, Expr::val(now_ms()))
            .filter(identity::Column::Id.eq(linked.id))
            .exec(db)
            .await?;
        follow_claims(db, provider, verified, account).await?;
        return Ok(Outcome::SignedIn(linked.user_id));
    }
    let email = verified
        .email
        .as_deref()
        .and_then(checked_email)
        .ok_or(Refusal::NoEmail)?;
    if !(verified.email_verified || provider.trust_email) {
        return Err(Refusal::EmailUnverified);
    }
    // The provider speaks only for its domains: another domain's address neither gets an
    // account nor is linked to one (a guest at the provider is not that account's owner).
    if !domain_allowed(provider, &email) {
        return Err(Refusal::DomainNotAllowed);
    }
    let passwords = crate::auth::service::password_policy(db).await?;
    match people::user_by_email(db, &email).await? {
        Some(account) if may_sign_in(&account).is_err() => Err(Refusal::Deactivated),
        Some(account) if account.password_hash.is_some() && passwords.allows(&email) => Ok(
            Outcome::LinkOffered(offer(db, provider, verified, account.id).await?),
        ),
        Some(account) => {
            link(db, provider.id, &verified.subject, account.id).await?;
            follow_claims(db, provider, verified, account.clone()).await?;
            Ok(Outcome::SignedIn(account.id))
        }
        None => create(db, provider, verified, &email).await,
    }
}

/// `email` lower-cased when it is an address Plein accepts.
fn checked_email(email: &str) -> Option<String> {
    let mut checks = crate::validate::Checks::new();
    let email = checks.email("email", email);
    checks.finish().ok().map(|()| email)
}

/// Refuses an account that is deactivated or suspended now.
fn may_sign_in(account: &user::Model) -> std::result::Result<(), Refusal> {
    let suspended = account
        .suspended_until
        .is_some_and(|until| until > now_ms());
    if !account.active || suspended {
        return Err(Refusal::Deactivated);
    }
    Ok(())
}

fn domain_allowed(provider: &provider::Model, email: &str) -> bool {
    let domain = email.rsplit('@').next().unwrap_or_default();
    let allowed: Vec<&str> = provider
        .allowed_domains
        .split(',')
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .collect();
    allowed.is_empty() || allowed.contains(&domain)
}

/// A claim's text fit for a profile field: control characters out, at most 100 characters.
fn profile_text(text: Option<String>) -> Option<String> {
    text.map(|t| {
        t.chars()
            .filter(|c| !c.is_control())
            .take(100)
            .collect::<String>()
            .trim()
            .to_string()
    })
}

async fn create(
    db: &impl ConnectionTrait,
    provider: &provider::Model,
    verified: &Verified,
    email: &str,
) -> std::result::Result<Outcome, Refusal> {
    if !provider.create_accounts {
        return Err(Refusal::NoAccount);
    }
    let claim = |name: &str| profile_text(verified.extra.text(name)).unwrap_or_default();
    let display_name = profile_text(verified.name.clone())
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| people::name_from_address(email));
    let created = people::create_imported(
        db,
        &[people::ImportedAccount {
            email: email.to_string(),
            display_name,
            job_title: claim(&provider.claim_job_title),
            department: claim(&provider.claim_department),
            location: claim(&provider.claim_location),
            role: Role::Member,
        }],
    )
    .await?;
    let Some(&(_, user_id)) = created.first() else {
        return Err(Refusal::NoAccount);
    };
    link(db, provider.id, &verified.subject, user_id).await?;
    audit::record(
        db,
        vec![entry(user_id, audit::Action::Created, String::new())],
    )
    .await?;
    if let Some(account) = crate::people::find_user(db, user_id)
        .await
        .map_err(crate::error::Error::from)?
    {
        follow_claims(db, provider, verified, account).await?;
    }
    Ok(Outcome::SignedIn(user_id))
}

fn entry(user_id: i64, action: audit::Action, detail: String) -> audit::Entry {
    audit::Entry {
        source: audit::Source::Sso,
        actor_id: None,
        subject_id: user_id,
        action,
        detail,
        import_id: None,
    }
}

/// Links the provider's `subject` to account `user_id` (once: a second link of the same
/// subject is refused by the unique index and changes nothing).
async fn link(
    db: &impl ConnectionTrait,
    provider_id: i64,
    subject: &str,
    user_id: i64,
) -> Result<()> {
    let now = now_ms();
    identity::Entity::insert(identity::ActiveModel {
        provider_id: Set(provider_id),
        subject: Set(subject.to_string()),
        user_id: Set(user_id),
        created_at: Set(now),
        last_sign_in_at: Set(now),
        ..Default::default()
    })
    .on_conflict(
        sea_orm::sea_query::OnConflict::columns([
            identity::Column::ProviderId,
            identity::Column::Subject,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    audit::record(
        db,
        vec![entry(user_id, audit::Action::Linked, String::new())],
    )
    .await
}

async fn offer(
    db: &impl ConnectionTrait,
    provider: &provider::Model,
    verified: &Verified,
    user_id: i64,
) -> Result<String> {
    let now = now_ms();
    link_offer::Entity::delete_many()
        .filter(link_offer::Column::CreatedAt.lt(now - OFFER_LIFETIME_MS))
        .exec(db)
        .await?;
    let token = crate::tokens::random_token();
    link_offer::Entity::insert(link_offer::ActiveModel {
        token_hash: Set(crate::tokens::hash(&token)),
        provider_id: Set(provider.id),
        subject: Set(verified.subject.clone()),
        user_id: Set(user_id),
        created_at: Set(now),
    })
    .exec(db)
    .await?;
    Ok(token)
}

/// Takes up the link offer of cookie `token` when `user_id` (just signed in with a password)
/// is the account it was made for; returns the provider's name when it linked. The offer is
/// used up either way.
pub async fn accept_offer(
    db: &impl ConnectionTrait,
    token: &str,
    user_id: i64,
) -> Result<Option<String>> {
    if !crate::tokens::is_well_formed(token) {
        return Ok(None);
    }
    let hash = crate::tokens::hash(token);
    let Some(offer) = link_offer::Entity::find_by_id(hash.clone()).one(db).await? else {
        return Ok(None);
    };
    link_offer::Entity::delete_by_id(hash).exec(db).await?;
    let live = offer.created_at >= now_ms() - OFFER_LIFETIME_MS;
    if !live || offer.user_id != user_id {
        return Ok(None);
    }
    let Some(provider) = super::provider::find(db, offer.provider_id).await? else {
        return Ok(None);
    };
    link(db, provider.id, &offer.subject, user_id).await?;
    Ok(Some(provider.name))
}

/// Brings the profile in line with the claims the provider sent (a claim it did not send
/// leaves its field alone), unless SCIM keeps this account.
async fn follow_claims(
    db: &impl ConnectionTrait,
    provider: &provider::Model,
    verified: &Verified,
    account: user::Model,
) -> Result<()> {
    if account.managed_by == people::SCIM_MANAGED {
        return Ok(());
    }
    let changed =
        |claimed: Option<String>, current: &str| claimed.filter(|value| value.as_str() != current);
    let claim = |name: &str| profile_text(verified.extra.text(name));
    let manager_id = match claim(&provider.claim_manager).filter(|m| !m.is_empty()) {
        Some(address) => people::user_by_email(db, &address)
            .await?
            .filter(|m| m.id != account.id && Some(m.id) != account.manager_id)
            .map(|m| Some(m.id)),
        None => None,
    };
    let change = people::ProvisionedChange {
        display_name: changed(
            profile_text(verified.name.clone()).filter(|n| !n.is_empty()),
            &account.display_name,
        ),
        job_title: changed(claim(&provider.claim_job_title), &account.job_title),
        department: changed(claim(&provider.claim_department), &account.department),
        location: changed(claim(&provider.claim_location), &account.location),
        manager_id,
        ..Default::default()
    };
    let fields = audit::changed_fields(&change);
    if fields.is_empty() {
        return Ok(());
    }
    let user_id = account.id;
    people::apply_provisioned(db, account, change).await?;
    audit::record(
        db,
        vec![entry(user_id, audit::Action::Updated, fields.join(","))],
    )
    .await
}

#[cfg(test)]
mod unit {
    use super::*;

    #[test]
    fn claims_become_profile_text() {
        assert_eq!(
            profile_text(Some(" Inkoop\u{0}\n ".into())).as_deref(),
            Some("Inkoop")
        );
        assert_eq!(
            profile_text(Some("x".repeat(300))).map(|t| t.len()),
            Some(100)
        );
    }
}
