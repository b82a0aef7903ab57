//! The providers: checked as administrators enter them, stored, and the one `plein.toml` or the
//! environment names kept in step at start.

use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel,
    QueryFilter, QueryOrder,
};
use serde::Deserialize;

use super::entity::{identity, provider};
use crate::config::Config;
use crate::db::now_ms;
use crate::error::{Error, Result};
use crate::validate::Checks;

/// The slug of the provider the configuration names.
pub const CONFIG_SLUG: &str = "org";

/// What an administrator enters for a provider (the form's fields).
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct ProviderForm {
    /// Shown on the sign-in button.
    pub name: String,
    /// In the addresses (`/sso/{slug}`).
    pub slug: String,
    /// The issuer URL (discovery is read from it).
    pub issuer: String,
    /// Plein's client id at the provider.
    pub client_id: String,
    /// Plein's client secret (empty when editing: keep it).
    pub client_secret: String,
    /// Scopes asked for, `openid` among them.
    pub scopes: String,
    /// E-mail domains that may get an account on first sign-in (empty: any).
    pub allowed_domains: String,
    /// Whether a first sign-in creates the account.
    pub create_accounts: Option<String>,
    /// Whether the provider's e-mail addresses count as verified without `email_verified`.
    pub trust_email: Option<String>,
    /// The claim holding the department.
    pub claim_department: String,
    /// The claim holding the job title.
    pub claim_job_title: String,
    /// The claim holding the location.
    pub claim_location: String,
    /// The claim holding the manager's e-mail address.
    pub claim_manager: String,
}

impl ProviderForm {
    /// A new provider's form: the usual scopes and claim names filled in.
    pub fn new_defaults() -> Self {
        Self {
            scopes: "openid email profile".into(),
            claim_department: "department".into(),
            claim_job_title: "job_title".into(),
            claim_location: "locality".into(),
            claim_manager: "manager_email".into(),
            ..Self::default()
        }
    }

    /// The form of a stored provider (the secret left out).
    pub fn of(p: &provider::Model) -> Self {
        Self {
            name: p.name.clone(),
            slug: p.slug.clone(),
            issuer: p.issuer.clone(),
            client_id: p.client_id.clone(),
            client_secret: String::new(),
            scopes: p.scopes.clone(),
            allowed_domains: p.allowed_domains.clone(),
            create_accounts: p.create_accounts.then(|| "on".into()),
            trust_email: p.trust_email.then(|| "on".into()),
            claim_department: p.claim_department.clone(),
            claim_job_title: p.claim_job_title.clone(),
            claim_location: p.claim_location.clone(),
            claim_manager: p.claim_manager.clone(),
        }
    }
}

/// A provider as checked, ready to store.
#[derive(Debug)]
struct Checked {
    name: String,
    slug: String,
    issuer: String,
    client_id: String,
    client_secret: Option<String>,
    scopes: String,
    allowed_domains: String,
    create_accounts: bool,
    trust_email: bool,
    claims: [String; 4],
}

fn is_token_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "_-.:/".contains(c)
}

/// An issuer must be `https`, or `http` on this machine (a provider under test).
fn issuer_is_acceptable(issuer: &str) -> bool {
    let Ok(url) = url::Url::parse(issuer) else {
        return false;
    };
    let loopback = matches!(url.host_str(), Some("127.0.0.1" | "localhost" | "[::1]"));
    url.query().is_none()
        && url.fragment().is_none()
        && (url.scheme() == "https" || (url.scheme() == "http" && loopback))
}

fn check(form: &ProviderForm, secret_required: bool) -> Result<Checked> {
    let mut checks = Checks::new();
    let name = checks.name("name", &form.name, 1, 100);
    let slug = form.slug.trim().to_lowercase();
    if slug.is_empty()
        || slug.len() > 40
        || !slug.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    {
        checks.fail("slug", "error-sso-slug");
    }
    let issuer = form.issuer.trim().trim_end_matches('/').to_string();
    if issuer.len() > 500 || !issuer_is_acceptable(&issuer) {
        checks.fail("issuer", "error-sso-issuer");
    }
    let client_id = checks.text("client_id", form.client_id.trim(), 1, 255);
    let secret = form.client_secret.trim();
    if secret.chars().count() > 500 || (secret_required && secret.is_empty()) {
        checks.fail("client_secret", "error-sso-secret");
    }
    let scopes: Vec<&str> = form.scopes.split_whitespace().collect();
    if !scopes.contains(&"openid")
        || form.scopes.len() > 200
        || !scopes.iter().all(|s| s.chars().all(is_token_char))
    {
        checks.fail("scopes", "error-sso-scopes");
    }
    let domains: Vec<String> = form
        .allowed_domains
        .split([',', ' ', ';', '\n'])
        .map(|d| d.trim().trim_start_matches('@').to_lowercase())
        .filter(|d| !d.is_empty())
        .collect();
    let domain_ok = |d: &String| {
        d.contains('.')
            && d.len() <= 253
            && d.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
    };
    if !domains.iter().all(domain_ok) || domains.join(", ").len() > 500 {
        checks.fail("allowed_domains", "error-sso-domains");
    }
    let claim_fields = [
        ("claim_department", &form.claim_department),
        ("claim_job_title", &form.claim_job_title),
        ("claim_location", &form.claim_location),
        ("claim_manager", &form.claim_manager),
    ];
    for (field, value) in claim_fields {
        let value = value.trim();
        if value.len() > 64 || !value.chars().all(is_token_char) {
            checks.fail(field, "error-sso-claim");
        }
    }
    checks.finish()?;
    Ok(Checked {
        name,
        slug,
        issuer,
        client_id,
        client_secret: (!secret.is_empty()).then(|| secret.to_string()),
        scopes: scopes.join(" "),
        allowed_domains: domains.join(", "),
        create_accounts: form.create_accounts.is_some(),
        trust_email: form.trust_email.is_some(),
        claims: claim_fields.map(|(_, v)| v.trim().to_string()),
    })
}

/// Reads the provider's discovery document, so a mistyped issuer is told at once.
async fn reachable(issuer: &str) -> Result<()> {
    match super::oidc::metadata(issuer).await {
        Ok(_) => Ok(()),
        Err(refusal) => {
            tracing::warn!(issuer, error = %refusal, "an OpenID provider's discovery failed");
            Err(Error::invalid("issuer", "error-sso-unreachable"))
        }
    }
}

async fn slug_taken(db: &impl ConnectionTrait, slug: &str, except: Option<i64>) -> Result<bool> {
    let mut query = provider::Entity::find().filter(provider::Column::Slug.eq(slug));
    if let Some(id) = except {
        query = query.filter(provider::Column::Id.ne(id));
    }
    Ok(query.one(db).await?.is_some())
}

fn fill(model: &mut provider::ActiveModel, checked: Checked) {
    model.name = Set(checked.name);
    model.slug = Set(checked.slug);
    model.issuer = Set(checked.issuer);
    model.client_id = Set(checked.client_id);
    if let Some(secret) = checked.client_secret {
        model.client_secret = Set(secret);
    }
    model.scopes = Set(checked.scopes);
    model.allowed_domains = Set(checked.allowed_domains);
    model.create_accounts = Set(checked.create_accounts);
    model.trust_email = Set(checked.trust_email);
    let [department, job_title, location, manager] = checked.claims;
    model.claim_department = Set(department);
    model.claim_job_title = Set(job_title);
    model.claim_location = Set(location);
    model.claim_manager = Set(manager);
}

/// Adds a provider after checking every field and that its issuer answers.
pub async fn create(db: &impl ConnectionTrait, form: &ProviderForm) -> Result<i64> {
    let checked = check(form, true)?;
    if slug_taken(db, &checked.slug, None).await? {
        return Err(Error::invalid("slug", "error-sso-slug-taken"));
    }
    reachable(&checked.issuer).await?;
    let mut model = provider::ActiveModel {
        client_secret: Set(String::new()),
        from_config: Set(false),
        created_at: Set(now_ms()),
        ..Default::default()
    };
    fill(&mut model, checked);
    Ok(model.insert(db).await?.id)
}

/// Changes provider `id` (one the configuration names cannot be changed here).
pub async fn update(db: &impl ConnectionTrait, id: i64, form: &ProviderForm) -> Result<()> {
    let stored = editable(db, id).await?;
    let checked = check(form, false)?;
    if slug_taken(db, &checked.slug, Some(id)).await? {
        return Err(Error::invalid("slug", "error-sso-slug-taken"));
    }
    reachable(&checked.issuer).await?;
    let mut model = stored.into_active_model();
    fill(&mut model, checked);
    model.update(db).await?;
    Ok(())
}

/// Removes provider `id` and the links to accounts it vouched for; the accounts stay.
pub async fn delete(db: &impl ConnectionTrait, id: i64) -> Result<()> {
    editable(db, id).await?;
    identity::Entity::delete_many()
        .filter(identity::Column::ProviderId.eq(id))
        .exec(db)
        .await?;
    provider::Entity::delete_by_id(id).exec(db).await?;
    Ok(())
}

async fn editable(db: &impl ConnectionTrait, id: i64) -> Result<provider::Model> {
    let stored = find(db, id).await?.ok_or(Error::NotFound)?;
    if stored.from_config {
        return Err(Error::Forbidden);
    }
    Ok(stored)
}

/// Provider `id`.
pub async fn find(db: &impl ConnectionTrait, id: i64) -> Result<Option<provider::Model>> {
    Ok(provider::Entity::find_by_id(id).one(db).await?)
}

/// The provider at `/sso/{slug}`.
pub async fn by_slug(db: &impl ConnectionTrait, slug: &str) -> Result<Option<provider::Model>> {
    Ok(provider::Entity::find()
        .filter(provider::Column::Slug.eq(slug))
        .one(db)
        .await?)
}

/// Every provider, by name.
pub async fn all(db: &impl ConnectionTrait) -> Result<Vec<provider::Model>> {
    Ok(provider::Entity::find()
        .order_by_asc(provider::Column::Name)
        .all(db)
        .await?)
}

/// Makes the stored provider of the configuration what it says (or removes it when the
/// configuration names none); run at start by every instance, which all agree.
pub async fn sync_from_config(db: &impl ConnectionTrait, config: &Config) -> Result<()> {
    let stored = by_slug(db, CONFIG_SLUG).await?.filter(|p| p.from_config);
    let Some(sso) = config.sso() else {
        if let Some(stored) = stored {
            identity::Entity::delete_many()
                .filter(identity::Column::ProviderId.eq(stored.id))
                .exec(db)
                .await?;
            provider::Entity::delete_by_id(stored.id).exec(db).await?;
        }
        return Ok(());
    };
    let mut form = ProviderForm::new_defaults();
    form.name = sso.name.clone();
    form.slug = CONFIG_SLUG.into();
    form.issuer = sso.issuer.clone();
    form.client_id = sso.client_id.clone();
    form.client_secret = sso.client_secret.clone();
    form.allowed_domains = sso.allowed_domains.clone();
    form.create_accounts = sso.create_accounts.then(|| "on".into());
    form.trust_email = sso.trust_email.then(|| "on".into());
    let checked = check(&form, true).map_err(|e| {
        Error::Internal(format!(
            "the sso_* settings of the configuration are not valid: {e:?}"
        ))
    })?;
    let mut model = match stored {
        Some(stored) => stored.into_active_model(),
        None if by_slug(db, CONFIG_SLUG).await?.is_some() => {
            return Err(Error::Internal(format!(
                "a provider with the address /sso/{CONFIG_SLUG} exists already; rename it first"
            )));
        }
        None => provider::ActiveModel {
            from_config: Set(true),
            created_at: Set(now_ms()),
            ..Default::default()
        },
    };
    fill(&mut model, checked);
    model.save(db).await?;
    Ok(())
}

#[cfg(test)]
mod unit {
    use super::*;

    #[test]
    fn issuers_are_https_or_this_machine() {
        assert!(issuer_is_acceptable(
            "https://login.microsoftonline.com/abc/v2.0"
        ));
        assert!(issuer_is_acceptable("http://127.0.0.1:4000"));
        assert!(!issuer_is_acceptable("http://idp.example.org"));
        assert!(!issuer_is_acceptable("https://idp.example.org/?x=1"));
        assert!(!issuer_is_acceptable("ftp://idp.example.org"));
        assert!(!issuer_is_acceptable("not a url"));
    }

    #[test]
    fn every_field_is_checked() {
        let form = ProviderForm {
            name: String::new(),
            slug: "Met spatie".into(),
            issuer: "http://idp.example.org".into(),
            client_id: String::new(),
            scopes: "email profile".into(),
            allowed_domains: "voorbeeld".into(),
            claim_department: "a b".into(),
            ..ProviderForm::default()
        };
        let Err(Error::Invalid(errors)) = check(&form, true) else {
            panic!("refused");
        };
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            [
                "name",
                "slug",
                "issuer",
                "client_id",
                "client_secret",
                "scopes",
                "allowed_domains",
                "claim_department"
            ]
        );
    }
}
