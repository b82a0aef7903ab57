//! `/scim/v2/Users`: list with filter and pagination, read, create, replace, patch, delete.
//!
//! SCIM sees the accounts it provisions. Creating a user whose address has an account already
//! (invited, imported) takes that account over rather than refusing, so switching an
//! organisation to SCIM keeps everyone's content. `active: false` deactivates the account and
//! ends its sessions at once; `true` restores it. DELETE deactivates it too (its content stays,
//! as the data rules say), ends its sessions and hands it back to Plein's administrators.

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::resource::{self, LIST_SCHEMA, UserInput};
use super::{ScimError, authorized, base, scim_json};
use crate::db;
use crate::directory::user;
use crate::people::service::{self as people, ImportedAccount, ProvisionedChange, ScimQuery};
use crate::provisioning::audit::{self, Action, Entry, Source};
use crate::web::AppState;

/// The most resources one list page holds.
pub const MAX_COUNT: u64 = 200;

fn not_found(id: &str) -> ScimError {
    ScimError::new(StatusCode::NOT_FOUND, None, format!("User {id} not found"))
}

/// A SCIM-provisioned account by its id as written in the path.
async fn managed(app: &AppState, id: &str) -> Result<user::Model, ScimError> {
    let query = ScimQuery {
        id: Some(id.parse().map_err(|_| not_found(id))?),
        ..ScimQuery::default()
    };
    let (_, found) = people::scim_accounts(&app.db, &query, 0, 1).await?;
    found.into_iter().next().ok_or_else(|| not_found(id))
}

/// The resource of `account` with its manager's name.
async fn render(
    app: &AppState,
    headers: &HeaderMap,
    account: &user::Model,
) -> Result<Value, ScimError> {
    let manager = match account.manager_id {
        Some(id) => people::accounts_by_id(&app.db, &[id])
            .await?
            .into_iter()
            .next()
            .map(|m| (m.id, m.display_name)),
        None => None,
    };
    Ok(resource::user_resource(
        account,
        manager,
        &base(app, headers),
    ))
}

/// The query a filter asks, or `None` when it can match nothing (a non-numeric id, two
/// different values for one attribute).
fn query_of(filter: &str) -> Result<Option<ScimQuery>, ScimError> {
    let invalid =
        |detail: String| ScimError::new(StatusCode::BAD_REQUEST, Some("invalidFilter"), detail);
    let mut query = ScimQuery::default();
    for clause in super::filter::parse(filter).map_err(invalid)? {
        let attribute = clause.attribute.to_ascii_lowercase();
        let attribute = attribute
            .strip_prefix(&format!("{}:", resource::USER_SCHEMA.to_ascii_lowercase()))
            .unwrap_or(&attribute);
        let slot = match attribute {
            "username" => &mut query.user_name,
            "externalid" => &mut query.external_id,
            "displayname" => &mut query.display_name,
            "emails.value" | "emails" => &mut query.email,
            emails if emails.starts_with("emails[") && emails.ends_with("].value") => {
                &mut query.email
            }
            "id" => match clause.value.parse::<i64>() {
                Ok(id) if query.id.is_none_or(|known| known == id) => {
                    query.id = Some(id);
                    continue;
                }
                _ => return Ok(None),
            },
            other => return Err(invalid(format!("filtering by {other} is not supported"))),
        };
        match slot {
            Some(known) if !known.eq_ignore_ascii_case(&clause.value) => return Ok(None),
            _ => *slot = Some(clause.value),
        }
    }
    Ok(Some(query))
}

/// A positive whole number from the query string, or a clear refusal.
pub(super) fn number(value: Option<&str>, name: &str, default: u64) -> Result<u64, ScimError> {
    match value {
        None | Some("") => Ok(default),
        Some(text) => text
            .trim()
            .parse::<i64>()
            .map(|n| n.max(0) as u64)
            .map_err(|_| {
                ScimError::new(
                    StatusCode::BAD_REQUEST,
                    Some("invalidValue"),
                    format!("{name} must be a whole number"),
                )
            }),
    }
}

/// What a list or search asks: the filter, the page, and which attributes to return.
#[derive(Debug, Default)]
pub(super) struct ListParams {
    pub(super) filter: Option<String>,
    pub(super) start_index: Option<String>,
    pub(super) count: Option<String>,
    pub(super) attributes: Option<String>,
    pub(super) excluded: Option<String>,
}

impl ListParams {
    /// From a query string, names compared without case.
    pub(super) fn from_query(raw: Option<&str>) -> Self {
        let params: Vec<(String, String)> =
            serde_urlencoded::from_str(raw.unwrap_or("")).unwrap_or_default();
        let param = |name: &str| {
            params
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.clone())
        };
        Self {
            filter: param("filter"),
            start_index: param("startIndex"),
            count: param("count"),
            attributes: param("attributes"),
            excluded: param("excludedAttributes"),
        }
    }

    /// From a SearchRequest body (`POST /Users/.search`).
    pub(super) fn from_search(body: &Value) -> Self {
        let text = |name: &str| match resource::member(body, name) {
            Some(Value::String(s)) => Some(s.clone()),
            Some(Value::Number(n)) => Some(n.to_string()),
            Some(Value::Array(items)) => Some(
                items
                    .iter()
                    .filter_map(Value::as_str)
                    .collect::<Vec<_>>()
                    .join(","),
            ),
            _ => None,
        };
        Self {
            filter: text("filter"),
            start_index: text("startIndex"),
            count: text("count"),
            attributes: text("attributes"),
            excluded: text("excludedAttributes"),
        }
    }
}

/// Keeps the attributes asked for (`attributes`) or drops those asked away
/// (`excludedAttributes`); `id` and `schemas` are always returned (RFC 7643 §7).
pub(super) fn project(resource: &mut Value, attributes: Option<&str>, excluded: Option<&str>) {
    let names = |list: Option<&str>| -> Vec<(bool, String)> {
        list.unwrap_or("")
            .split(',')
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(|name| {
                let core = format!("{}:", resource::USER_SCHEMA);
                let ext = format!("{}:", resource::ENTERPRISE_SCHEMA);
                if name.len() > ext.len() && name[..ext.len()].eq_ignore_ascii_case(&ext) {
                    (
                        true,
                        name[ext.len()..]
                            .split('.')
                            .next()
                            .unwrap_or("")
                            .to_string(),
                    )
                } else if name.len() > core.len() && name[..core.len()].eq_ignore_ascii_case(&core)
                {
                    (
                        false,
                        name[core.len()..]
                            .split('.')
                            .next()
                            .unwrap_or("")
                            .to_string(),
                    )
                } else {
                    (false, name.split('.').next().unwrap_or("").to_string())
                }
            })
            .collect()
    };
    let Some(object) = resource.as_object_mut() else {
        return;
    };
    let always = |key: &str| key == "id" || key == "schemas";
    let wanted = names(attributes);
    if !wanted.is_empty() {
        object.retain(|key, value| {
            if always(key) {
                return true;
            }
            if key.eq_ignore_ascii_case(resource::ENTERPRISE_SCHEMA)
                && let Value::Object(ext) = value
            {
                ext.retain(|k, _| wanted.iter().any(|(e, n)| *e && n.eq_ignore_ascii_case(k)));
                return !ext.is_empty() || wanted.iter().any(|(_, n)| n.eq_ignore_ascii_case(key));
            }
            wanted
                .iter()
                .any(|(e, n)| !e && n.eq_ignore_ascii_case(key))
        });
    }
    for (in_extension, name) in names(excluded) {
        if in_extension {
            if let Some(Value::Object(ext)) = object
                .iter_mut()
                .find(|(k, _)| k.eq_ignore_ascii_case(resource::ENTERPRISE_SCHEMA))
                .map(|(_, v)| v)
            {
                ext.retain(|k, _| !k.eq_ignore_ascii_case(&name));
            }
        } else {
            object.retain(|k, _| always(k) || !k.eq_ignore_ascii_case(&name));
        }
    }
}

/// `GET /Users`.
pub async fn list(
    State(app): State<AppState>,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
) -> Result<Response, ScimError> {
    authorized(&app, &headers).await?;
    list_response(&app, &headers, ListParams::from_query(raw.as_deref())).await
}

/// `POST /Users/.search`.
pub async fn search(
    State(app): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ScimError> {
    authorized(&app, &headers).await?;
    let params = ListParams::from_search(&read_body(&body)?);
    list_response(&app, &headers, params).await
}

async fn list_response(
    app: &AppState,
    headers: &HeaderMap,
    params: ListParams,
) -> Result<Response, ScimError> {
    let start = number(params.start_index.as_deref(), "startIndex", 1)?.max(1);
    let count = number(params.count.as_deref(), "count", 100)?.min(MAX_COUNT);
    let query = match params.filter.as_deref() {
        Some(filter) => query_of(filter)?,
        None => Some(ScimQuery::default()),
    };
    let (total, page) = match &query {
        Some(query) => people::scim_accounts(&app.db, query, start - 1, count).await?,
        None => (0, Vec::new()),
    };
    let mut resources = Vec::with_capacity(page.len());
    for account in &page {
        let mut resource = render(app, headers, account).await?;
        project(
            &mut resource,
            params.attributes.as_deref(),
            params.excluded.as_deref(),
        );
        resources.push(resource);
    }
    Ok(scim_json(
        StatusCode::OK,
        json!({
            "schemas": [LIST_SCHEMA],
            "totalResults": total,
            "startIndex": start,
            "itemsPerPage": resources.len(),
            "Resources": resources,
        }),
    ))
}

/// `GET /Users/{id}`.
pub async fn get(
    State(app): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, ScimError> {
    authorized(&app, &headers).await?;
    let account = managed(&app, &id).await?;
    Ok(scim_json(
        StatusCode::OK,
        render(&app, &headers, &account).await?,
    ))
}

pub(super) fn read_body(body: &Bytes) -> Result<Value, ScimError> {
    serde_json::from_slice(body).map_err(|e| {
        ScimError::new(
            StatusCode::BAD_REQUEST,
            Some("invalidSyntax"),
            format!("not JSON: {e}"),
        )
    })
}

pub(super) fn invalid_value(detail: String) -> ScimError {
    ScimError::new(StatusCode::BAD_REQUEST, Some("invalidValue"), detail)
}

pub(super) fn conflict(detail: &str) -> ScimError {
    ScimError::new(StatusCode::CONFLICT, Some("uniqueness"), detail.to_string())
}

/// `POST /Users`.
pub async fn create(
    State(app): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ScimError> {
    authorized(&app, &headers).await?;
    let input = resource::read_user(&read_body(&body)?).map_err(invalid_value)?;
    let taken = ScimQuery {
        user_name: Some(input.user_name.clone()),
        ..ScimQuery::default()
    };
    if people::scim_accounts(&app.db, &taken, 0, 0).await?.0 > 0 {
        return Err(conflict("a user with this userName exists"));
    }
    let existing = people::user_by_email(&app.db, &input.email).await?;
    if existing
        .as_ref()
        .is_some_and(|a| a.managed_by == people::SCIM_MANAGED)
    {
        return Err(conflict("a user with this e-mail address exists"));
    }
    let tx = db::begin_write(&app.db).await?;
    let (account, action) = match existing {
        Some(account) => (account, Action::Updated),
        None => {
            let new = ImportedAccount {
                email: input.email.clone(),
                display_name: input.display_name.clone(),
                job_title: String::new(),
                department: String::new(),
                location: String::new(),
                role: crate::auth::Role::Member,
            };
            people::create_imported(&tx, &[new]).await?;
            let account = people::user_by_email(&tx, &input.email)
                .await?
                .ok_or_else(|| ScimError::internal("the new account is missing"))?;
            (account, Action::Created)
        }
    };
    let saved = save(&tx, account, &input, Some(action)).await?;
    tx.commit().await?;
    Ok(scim_json(
        StatusCode::CREATED,
        render(&app, &headers, &saved).await?,
    ))
}

/// `PUT /Users/{id}`: the body replaces what Plein keeps.
pub async fn replace(
    State(app): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, ScimError> {
    authorized(&app, &headers).await?;
    let account = managed(&app, &id).await?;
    let input = resource::read_user(&read_body(&body)?).map_err(invalid_value)?;
    update(&app, &headers, account, input).await
}

/// `PATCH /Users/{id}`: the operations applied to the resource as it is, then read as a PUT.
pub async fn patch(
    State(app): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, ScimError> {
    authorized(&app, &headers).await?;
    let account = managed(&app, &id).await?;
    let mut current = render(&app, &headers, &account).await?;
    super::patch::apply(&mut current, &read_body(&body)?)
        .map_err(|e| ScimError::new(StatusCode::BAD_REQUEST, Some(e.scim_type), e.detail))?;
    let input = resource::read_user(&current).map_err(invalid_value)?;
    update(&app, &headers, account, input).await
}

async fn update(
    app: &AppState,
    headers: &HeaderMap,
    account: user::Model,
    input: UserInput,
) -> Result<Response, ScimError> {
    let same_name = ScimQuery {
        user_name: Some(input.user_name.clone()),
        ..ScimQuery::default()
    };
    let (_, holders) = people::scim_accounts(&app.db, &same_name, 0, 1).await?;
    if holders.iter().any(|h| h.id != account.id) {
        return Err(conflict("another user has this userName"));
    }
    if let Some(other) = people::user_by_email(&app.db, &input.email).await?
        && other.id != account.id
    {
        return Err(conflict("another account has this e-mail address"));
    }
    let tx = db::begin_write(&app.db).await?;
    let saved = save(&tx, account, &input, None).await?;
    tx.commit().await?;
    Ok(scim_json(
        StatusCode::OK,
        render(app, headers, &saved).await?,
    ))
}

/// Writes `input` onto `account`, links it to SCIM, ends its sessions when it is deactivated,
/// and logs what changed (`created` forces an entry of that action).
async fn save(
    tx: &impl sea_orm::ConnectionTrait,
    account: user::Model,
    input: &UserInput,
    created: Option<Action>,
) -> Result<user::Model, ScimError> {
    let manager_id = match input.manager_id.filter(|m| *m != account.id) {
        Some(id) => people::accounts_by_id(tx, &[id])
            .await?
            .into_iter()
            .find(|m| m.active)
            .map(|m| m.id),
        None => None,
    };
    let differs = |new: &str, old: &str| (new != old).then(|| new.to_string());
    let change = ProvisionedChange {
        email: differs(&input.email, &account.email),
        display_name: differs(&input.display_name, &account.display_name),
        job_title: differs(&input.job_title, &account.job_title),
        department: differs(&input.department, &account.department),
        location: differs(&input.location, &account.location),
        manager_id: (manager_id != account.manager_id).then_some(manager_id),
        role: None,
        active: (input.active != account.active).then_some(input.active),
    };
    let fields = audit::changed_fields(&change);
    let id = account.id;
    let deactivated = change.active == Some(false);
    people::apply_provisioned(tx, account.clone(), change).await?;
    let fresh = reread(tx, id).await?;
    people::link_scim(
        tx,
        fresh,
        Some((input.user_name.clone(), input.external_id.clone())),
    )
    .await?;
    if deactivated {
        crate::auth::session::delete_all_for_user(tx, id).await?;
    }
    let action = match (created, input.active != account.active) {
        (Some(action), _) => Some(action),
        (None, true) if input.active => Some(Action::Reactivated),
        (None, true) => Some(Action::Deactivated),
        (None, false) => (!fields.is_empty()).then_some(Action::Updated),
    };
    if let Some(action) = action {
        let entry = Entry {
            source: Source::Scim,
            actor_id: None,
            subject_id: id,
            action,
            detail: fields.join(","),
            import_id: None,
        };
        audit::record(tx, vec![entry]).await?;
    }
    reread(tx, id).await
}

/// Account `id` as it is now in this transaction (after a change was written).
async fn reread(tx: &impl sea_orm::ConnectionTrait, id: i64) -> Result<user::Model, ScimError> {
    people::accounts_by_id(tx, &[id])
        .await?
        .into_iter()
        .next()
        .ok_or_else(|| ScimError::internal("the account is missing"))
}

/// `DELETE /Users/{id}`.
pub async fn delete(
    State(app): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, ScimError> {
    authorized(&app, &headers).await?;
    let account = managed(&app, &id).await?;
    let user_id = account.id;
    let tx = db::begin_write(&app.db).await?;
    let change = ProvisionedChange {
        active: Some(false),
        ..ProvisionedChange::default()
    };
    people::apply_provisioned(&tx, account.clone(), change).await?;
    let fresh = people::accounts_by_id(&tx, &[user_id])
        .await?
        .into_iter()
        .next()
        .ok_or_else(|| not_found(&id))?;
    people::link_scim(&tx, fresh, None).await?;
    super::groups::forget_member(&tx, user_id).await?;
    crate::auth::session::delete_all_for_user(&tx, user_id).await?;
    let entry = Entry {
        source: Source::Scim,
        actor_id: None,
        subject_id: user_id,
        action: Action::Deleted,
        detail: String::new(),
        import_id: None,
    };
    audit::record(&tx, vec![entry]).await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
