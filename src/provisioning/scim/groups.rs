//! `/scim/v2/Groups`: the identity provider's groups and who is in them (RFC 7643 §4.2), with
//! list, filter, pagination, read, create, replace, PATCH (Entra ID's and Okta's forms of
//! adding and removing members) and delete.
//!
//! A group means something in Plein once an administrator maps it (`/admin/scim`): to a Plein
//! group, whose members it then keeps in step (memberships marked as kept by the directory,
//! which nobody ends by hand), or to a platform role, which its members get and lose again when
//! they leave every group that gives it. Members are accounts SCIM provisions.

use std::collections::BTreeSet;

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};
use serde_json::{Value, json};

use super::resource::{self, LIST_SCHEMA, timestamp};
use super::users::{ListParams, conflict, invalid_value, number, project, read_body};
use super::{ScimError, authorized, base, scim_json};
use crate::db::{self, now_ms};
use crate::people::Role;
use crate::people::service as people;
use crate::provisioning::audit::{self, Action, Entry, Source};
use crate::provisioning::entity::{scim_group, scim_group_member};
use crate::web::AppState;

/// The core Group schema.
pub const GROUP_SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:Group";

/// The most members one group may have (an organisation's "everyone" group included).
const MAX_MEMBERS: usize = 50_000;

fn not_found(id: &str) -> ScimError {
    ScimError::new(StatusCode::NOT_FOUND, None, format!("Group {id} not found"))
}

async fn find(db: &impl ConnectionTrait, id: &str) -> Result<scim_group::Model, ScimError> {
    let id: i64 = id.parse().map_err(|_| not_found(id))?;
    scim_group::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| not_found(&id.to_string()))
}

/// The accounts in SCIM group `group_id`.
pub async fn member_ids(
    db: &impl ConnectionTrait,
    group_id: i64,
) -> crate::error::Result<Vec<i64>> {
    Ok(scim_group_member::Entity::find()
        .select_only()
        .column(scim_group_member::Column::UserId)
        .filter(scim_group_member::Column::ScimGroupId.eq(group_id))
        .order_by_asc(scim_group_member::Column::UserId)
        .into_tuple()
        .all(db)
        .await?)
}

/// The resource of `group` with its members (id and name).
async fn render(
    db: &impl ConnectionTrait,
    base: &str,
    group: &scim_group::Model,
) -> Result<Value, ScimError> {
    let ids = member_ids(db, group.id).await?;
    let members: Vec<Value> = people::accounts_by_id(db, &ids)
        .await?
        .into_iter()
        .map(|account| {
            json!({
                "value": account.id.to_string(),
                "display": account.display_name,
                "type": "User",
                "$ref": format!("{base}/Users/{}", account.id),
            })
        })
        .collect();
    let mut value = json!({
        "schemas": [GROUP_SCHEMA],
        "id": group.id.to_string(),
        "displayName": group.display_name,
        "members": members,
        "meta": {
            "resourceType": "Group",
            "created": timestamp(group.created_at),
            "lastModified": timestamp(group.updated_at),
            "location": format!("{base}/Groups/{}", group.id),
            "version": format!("W/\"{}\"", group.updated_at),
        },
    });
    if let Some(external) = &group.external_id {
        value["externalId"] = json!(external);
    }
    Ok(value)
}

/// What Plein keeps of a Group resource.
#[derive(Debug)]
struct GroupInput {
    display_name: String,
    external_id: Option<String>,
    members: BTreeSet<i64>,
}

/// Reads a Group resource; the members must be accounts SCIM provisions.
async fn read_group(db: &impl ConnectionTrait, value: &Value) -> Result<GroupInput, ScimError> {
    let text = |name: &str| {
        resource::member(value, name)
            .and_then(Value::as_str)
            .map(|s| s.chars().filter(|c| !c.is_control()).collect::<String>())
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    };
    let display_name =
        text("displayName").ok_or_else(|| invalid_value("displayName is required".into()))?;
    if display_name.chars().count() > 256 {
        return Err(invalid_value(
            "displayName has more than 256 characters".into(),
        ));
    }
    let external_id = text("externalId");
    if external_id
        .as_ref()
        .is_some_and(|e| e.chars().count() > 254)
    {
        return Err(invalid_value(
            "externalId has more than 254 characters".into(),
        ));
    }
    let listed = match resource::member(value, "members") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => items.clone(),
        Some(_) => return Err(invalid_value("members must be a list".into())),
    };
    if listed.len() > MAX_MEMBERS {
        return Err(invalid_value(format!(
            "a group has at most {MAX_MEMBERS} members"
        )));
    }
    let mut members = BTreeSet::new();
    for item in &listed {
        let id = match resource::member(item, "value") {
            Some(Value::String(s)) => s.trim().parse::<i64>().ok(),
            Some(Value::Number(n)) => n.as_i64(),
            _ => None,
        }
        .ok_or_else(|| invalid_value("each member needs the value of a User id".into()))?;
        members.insert(id);
    }
    let ids: Vec<i64> = members.iter().copied().collect();
    let provisioned = people::accounts_by_id(db, &ids)
        .await?
        .into_iter()
        .filter(|a| a.managed_by == people::SCIM_MANAGED)
        .count();
    if provisioned != members.len() {
        return Err(invalid_value(
            "every member must be a User provisioned through SCIM".into(),
        ));
    }
    Ok(GroupInput {
        display_name,
        external_id,
        members,
    })
}

/// The groups a filter asks for: `displayName`, `externalId` and `id` with `eq`, joined by
/// `and`; `None` when it can match nothing.
fn condition(filter: Option<&str>) -> Result<Option<sea_orm::Condition>, ScimError> {
    let mut condition = sea_orm::Condition::all();
    let Some(filter) = filter else {
        return Ok(Some(condition));
    };
    let invalid =
        |detail: String| ScimError::new(StatusCode::BAD_REQUEST, Some("invalidFilter"), detail);
    for clause in super::filter::parse(filter).map_err(invalid)? {
        let attribute = clause.attribute.to_ascii_lowercase();
        let attribute = attribute
            .strip_prefix(&format!("{}:", GROUP_SCHEMA.to_ascii_lowercase()))
            .unwrap_or(&attribute);
        condition = match attribute {
            "displayname" => {
                condition.add(scim_group::Column::DisplayKey.eq(clause.value.trim().to_lowercase()))
            }
            "externalid" => condition.add(scim_group::Column::ExternalId.eq(clause.value)),
            "id" => match clause.value.parse::<i64>() {
                Ok(id) => condition.add(scim_group::Column::Id.eq(id)),
                Err(_) => return Ok(None),
            },
            other => return Err(invalid(format!("filtering by {other} is not supported"))),
        };
    }
    Ok(Some(condition))
}

/// `GET /Groups`.
pub async fn list(
    State(app): State<AppState>,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
) -> Result<Response, ScimError> {
    authorized(&app, &headers).await?;
    list_response(&app, &headers, ListParams::from_query(raw.as_deref())).await
}

/// `POST /Groups/.search`.
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
    let count = number(params.count.as_deref(), "count", 100)?.min(super::users::MAX_COUNT);
    let (total, page) = match condition(params.filter.as_deref())? {
        Some(condition) => {
            let query = scim_group::Entity::find().filter(condition);
            let total = query.clone().count(&app.db).await?;
            let page = query
                .order_by_asc(scim_group::Column::Id)
                .offset(start - 1)
                .limit(count)
                .all(&app.db)
                .await?;
            (total, page)
        }
        None => (0, Vec::new()),
    };
    let base = base(app, headers);
    let mut resources = Vec::with_capacity(page.len());
    for group in &page {
        let mut value = render(&app.db, &base, group).await?;
        project(
            &mut value,
            params.attributes.as_deref(),
            params.excluded.as_deref(),
        );
        resources.push(value);
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

/// `GET /Groups/{id}`.
pub async fn get(
    State(app): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ScimError> {
    authorized(&app, &headers).await?;
    let group = find(&app.db, &id).await?;
    let params = ListParams::from_query(raw.as_deref());
    let mut value = render(&app.db, &base(&app, &headers), &group).await?;
    project(
        &mut value,
        params.attributes.as_deref(),
        params.excluded.as_deref(),
    );
    Ok(scim_json(StatusCode::OK, value))
}

/// Refuses a name another group has.
async fn name_free(
    db: &impl ConnectionTrait,
    name: &str,
    except: Option<i64>,
) -> Result<(), ScimError> {
    let holder = scim_group::Entity::find()
        .filter(scim_group::Column::DisplayKey.eq(name.to_lowercase()))
        .one(db)
        .await?;
    match holder {
        Some(other) if Some(other.id) != except => {
            Err(conflict("a group with this displayName exists"))
        }
        _ => Ok(()),
    }
}

/// `POST /Groups`.
pub async fn create(
    State(app): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ScimError> {
    authorized(&app, &headers).await?;
    let input = read_group(&app.db, &read_body(&body)?).await?;
    name_free(&app.db, &input.display_name, None).await?;
    let tx = db::begin_write(&app.db).await?;
    let now = now_ms();
    let group = scim_group::ActiveModel {
        display_name: Set(input.display_name.clone()),
        display_key: Set(input.display_name.to_lowercase()),
        external_id: Set(input.external_id.clone()),
        plein_group_id: Set(None),
        role: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&tx)
    .await?;
    let group = store(&tx, group, &input).await?;
    tx.commit().await?;
    let value = render(&app.db, &base(&app, &headers), &group).await?;
    Ok(scim_json(StatusCode::CREATED, value))
}

/// `PUT /Groups/{id}`: the body replaces the name and the members.
pub async fn replace(
    State(app): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, ScimError> {
    authorized(&app, &headers).await?;
    let group = find(&app.db, &id).await?;
    let input = read_group(&app.db, &read_body(&body)?).await?;
    update(&app, &headers, group, input).await
}

/// `PATCH /Groups/{id}`: the operations applied to the resource as it is, then read as a PUT.
pub async fn patch(
    State(app): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, ScimError> {
    authorized(&app, &headers).await?;
    let group = find(&app.db, &id).await?;
    let mut current = render(&app.db, &base(&app, &headers), &group).await?;
    super::patch::apply(&mut current, &read_body(&body)?)
        .map_err(|e| ScimError::new(StatusCode::BAD_REQUEST, Some(e.scim_type), e.detail))?;
    let input = read_group(&app.db, &current).await?;
    update(&app, &headers, group, input).await
}

async fn update(
    app: &AppState,
    headers: &HeaderMap,
    group: scim_group::Model,
    input: GroupInput,
) -> Result<Response, ScimError> {
    name_free(&app.db, &input.display_name, Some(group.id)).await?;
    let tx = db::begin_write(&app.db).await?;
    let mut model = group.into_active_model();
    model.display_name = Set(input.display_name.clone());
    model.display_key = Set(input.display_name.to_lowercase());
    model.external_id = Set(input.external_id.clone());
    model.updated_at = Set(now_ms());
    let group = model.update(&tx).await?;
    let group = store(&tx, group, &input).await?;
    tx.commit().await?;
    let value = render(&app.db, &base(app, headers), &group).await?;
    Ok(scim_json(StatusCode::OK, value))
}

/// Makes the group's members `input.members` and brings what it maps to in line.
async fn store(
    tx: &impl ConnectionTrait,
    group: scim_group::Model,
    input: &GroupInput,
) -> Result<scim_group::Model, ScimError> {
    let before: BTreeSet<i64> = member_ids(tx, group.id).await?.into_iter().collect();
    let gone: Vec<i64> = before.difference(&input.members).copied().collect();
    let new: Vec<i64> = input.members.difference(&before).copied().collect();
    if !gone.is_empty() {
        scim_group_member::Entity::delete_many()
            .filter(scim_group_member::Column::ScimGroupId.eq(group.id))
            .filter(scim_group_member::Column::UserId.is_in(gone.clone()))
            .exec(tx)
            .await?;
    }
    for chunk in new.chunks(500) {
        scim_group_member::Entity::insert_many(chunk.iter().map(|&user_id| {
            scim_group_member::ActiveModel {
                scim_group_id: Set(group.id),
                user_id: Set(user_id),
            }
        }))
        .exec_without_returning(tx)
        .await?;
    }
    let changed: BTreeSet<i64> = gone.into_iter().chain(new).collect();
    apply_mapping(tx, &group, &changed).await?;
    Ok(group)
}

/// `DELETE /Groups/{id}`: the group goes; a Plein group it kept keeps its members (handed over
/// to the group), and a role it gave is taken back from whoever has it from no other group.
pub async fn delete(
    State(app): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, ScimError> {
    authorized(&app, &headers).await?;
    let group = find(&app.db, &id).await?;
    let tx = db::begin_write(&app.db).await?;
    let members: BTreeSet<i64> = member_ids(&tx, group.id).await?.into_iter().collect();
    scim_group_member::Entity::delete_many()
        .filter(scim_group_member::Column::ScimGroupId.eq(group.id))
        .exec(&tx)
        .await?;
    if let Some(plein_group) = group.plein_group_id {
        crate::groups::service::release_directory_members(&tx, plein_group).await?;
    }
    scim_group::Entity::delete_by_id(group.id).exec(&tx).await?;
    for user_id in members {
        follow_roles(&tx, user_id).await?;
    }
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// Brings what `group` maps to in line after its members `changed`: the members of its Plein
/// group, and the role of each changed member.
pub async fn apply_mapping(
    tx: &impl ConnectionTrait,
    group: &scim_group::Model,
    changed: &BTreeSet<i64>,
) -> crate::error::Result<()> {
    if let Some(plein_group) = group.plein_group_id {
        let members = member_ids(tx, group.id).await?;
        crate::groups::service::keep_directory_members(tx, plein_group, &members).await?;
        let entries = changed
            .iter()
            .map(|&user_id| entry(user_id, Action::Grouped, String::new()))
            .collect();
        audit::record(tx, entries).await?;
    }
    for &user_id in changed {
        follow_roles(tx, user_id).await?;
    }
    Ok(())
}

fn entry(user_id: i64, action: Action, detail: String) -> Entry {
    Entry {
        source: Source::Scim,
        actor_id: None,
        subject_id: user_id,
        action,
        detail,
        import_id: None,
    }
}

/// Gives account `user_id` the highest role its mapped groups give, or takes back one they
/// gave; logs a change.
pub async fn follow_roles(tx: &impl ConnectionTrait, user_id: i64) -> crate::error::Result<()> {
    use sea_orm::sea_query::ExprTrait;
    let roles: Vec<Option<String>> = scim_group::Entity::find()
        .select_only()
        .column(scim_group::Column::Role)
        .filter(scim_group::Column::Role.is_not_null())
        .filter(
            scim_group::Column::Id.in_subquery(
                sea_orm::sea_query::Query::select()
                    .column(scim_group_member::Column::ScimGroupId)
                    .from(scim_group_member::Entity)
                    .and_where(Expr::col(scim_group_member::Column::UserId).eq(user_id))
                    .to_owned(),
            ),
        )
        .into_tuple()
        .all(tx)
        .await?;
    let best = roles.iter().flatten().filter_map(|r| Role::parse(r)).max();
    let Some(account) = people::accounts_by_id(tx, &[user_id])
        .await?
        .into_iter()
        .next()
    else {
        return Ok(());
    };
    if people::set_directory_role(tx, account, best).await? {
        audit::record(tx, vec![entry(user_id, Action::Updated, "role".into())]).await?;
    }
    Ok(())
}

/// Takes account `user_id` out of every SCIM group (it is no longer provisioned), with what
/// those groups map to.
pub async fn forget_member(tx: &impl ConnectionTrait, user_id: i64) -> crate::error::Result<()> {
    let groups: Vec<i64> = scim_group_member::Entity::find()
        .select_only()
        .column(scim_group_member::Column::ScimGroupId)
        .filter(scim_group_member::Column::UserId.eq(user_id))
        .into_tuple()
        .all(tx)
        .await?;
    scim_group_member::Entity::delete_many()
        .filter(scim_group_member::Column::UserId.eq(user_id))
        .exec(tx)
        .await?;
    let changed = BTreeSet::from([user_id]);
    for group in scim_group::Entity::find()
        .filter(scim_group::Column::Id.is_in(groups))
        .all(tx)
        .await?
    {
        apply_mapping(tx, &group, &changed).await?;
    }
    follow_roles(tx, user_id).await
}
