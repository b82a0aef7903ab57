//! What the identity provider asks first (RFC 7644 §4): what Plein supports, its resource
//! types, and the schemas — listing exactly the attributes Plein keeps, so a provider (and a
//! compliance checker) sends what will be stored.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use serde_json::{Value, json};

use super::groups::GROUP_SCHEMA;
use super::resource::{ENTERPRISE_SCHEMA, LIST_SCHEMA, USER_SCHEMA};
use super::{ScimError, base, scim_json};
use crate::web::AppState;

const CONFIG_SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";
const RESOURCE_TYPE_SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";
const SCHEMA_SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:Schema";

/// `GET /ServiceProviderConfig`.
pub async fn config(State(app): State<AppState>, headers: HeaderMap) -> Response {
    scim_json(
        StatusCode::OK,
        json!({
            "schemas": [CONFIG_SCHEMA],
            "patch": { "supported": true },
            "bulk": { "supported": false, "maxOperations": 0, "maxPayloadSize": 0 },
            "filter": { "supported": true, "maxResults": super::users::MAX_COUNT },
            "changePassword": { "supported": false },
            "sort": { "supported": false },
            "etag": { "supported": false },
            "authenticationSchemes": [{
                "type": "oauthbearertoken",
                "name": "Bearer token",
                "description": "A token an administrator creates on Plein's SCIM page.",
                "primary": true,
            }],
            "meta": {
                "resourceType": "ServiceProviderConfig",
                "location": format!("{}/ServiceProviderConfig", base(&app, &headers)),
            },
        }),
    )
}

fn user_type(base: &str) -> Value {
    json!({
        "schemas": [RESOURCE_TYPE_SCHEMA],
        "id": "User",
        "name": "User",
        "endpoint": "/Users",
        "description": "A colleague's account",
        "schema": USER_SCHEMA,
        "schemaExtensions": [{ "schema": ENTERPRISE_SCHEMA, "required": false }],
        "meta": { "resourceType": "ResourceType", "location": format!("{base}/ResourceTypes/User") },
    })
}

fn group_type(base: &str) -> Value {
    json!({
        "schemas": [RESOURCE_TYPE_SCHEMA],
        "id": "Group",
        "name": "Group",
        "endpoint": "/Groups",
        "description": "A group in the organisation's directory, which an administrator may map to a Plein group or role",
        "schema": GROUP_SCHEMA,
        "schemaExtensions": [],
        "meta": { "resourceType": "ResourceType", "location": format!("{base}/ResourceTypes/Group") },
    })
}

fn list(resources: Vec<Value>) -> Value {
    json!({
        "schemas": [LIST_SCHEMA],
        "totalResults": resources.len(),
        "startIndex": 1,
        "itemsPerPage": resources.len(),
        "Resources": resources,
    })
}

/// `GET /ResourceTypes`.
pub async fn resource_types(State(app): State<AppState>, headers: HeaderMap) -> Response {
    let base = base(&app, &headers);
    scim_json(
        StatusCode::OK,
        list(vec![user_type(&base), group_type(&base)]),
    )
}

/// `GET /ResourceTypes/{id}`.
pub async fn resource_type(
    State(app): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, ScimError> {
    let base = base(&app, &headers);
    match id.as_str() {
        "User" => Ok(scim_json(StatusCode::OK, user_type(&base))),
        "Group" => Ok(scim_json(StatusCode::OK, group_type(&base))),
        _ => Err(ScimError::new(
            StatusCode::NOT_FOUND,
            None,
            format!("no resource type {id}"),
        )),
    }
}

/// One attribute's definition; `sub` makes it complex.
fn attribute(name: &str, kind: &str, multi: bool, required: bool, sub: Vec<Value>) -> Value {
    let mut attr = json!({
        "name": name,
        "type": kind,
        "multiValued": multi,
        "description": name,
        "required": required,
        "caseExact": false,
        "mutability": "readWrite",
        "returned": "default",
        "uniqueness": if name == "userName" || name == "displayName" && required { "server" } else { "none" },
    });
    if !sub.is_empty() {
        attr["subAttributes"] = json!(sub);
    }
    attr
}

fn text(name: &str) -> Value {
    attribute(name, "string", false, false, Vec::new())
}

fn schema_of(id: &str, base: &str) -> Option<Value> {
    let (name, attributes) = match id {
        USER_SCHEMA => (
            "User",
            vec![
                attribute("userName", "string", false, true, Vec::new()),
                text("externalId"),
                attribute(
                    "name",
                    "complex",
                    false,
                    false,
                    vec![text("formatted"), text("givenName"), text("familyName")],
                ),
                text("displayName"),
                text("title"),
                attribute("active", "boolean", false, false, Vec::new()),
                attribute(
                    "emails",
                    "complex",
                    true,
                    false,
                    vec![
                        text("value"),
                        text("type"),
                        attribute("primary", "boolean", false, false, Vec::new()),
                    ],
                ),
                attribute(
                    "addresses",
                    "complex",
                    true,
                    false,
                    vec![text("type"), text("locality"), text("formatted")],
                ),
            ],
        ),
        ENTERPRISE_SCHEMA => (
            "EnterpriseUser",
            vec![
                text("department"),
                attribute(
                    "manager",
                    "complex",
                    false,
                    false,
                    vec![
                        text("value"),
                        attribute("$ref", "reference", false, false, Vec::new()),
                        text("displayName"),
                    ],
                ),
            ],
        ),
        GROUP_SCHEMA => (
            "Group",
            vec![
                attribute("displayName", "string", false, true, Vec::new()),
                text("externalId"),
                attribute(
                    "members",
                    "complex",
                    true,
                    false,
                    vec![
                        text("value"),
                        text("display"),
                        text("type"),
                        attribute("$ref", "reference", false, false, Vec::new()),
                    ],
                ),
            ],
        ),
        _ => return None,
    };
    Some(json!({
        "schemas": [SCHEMA_SCHEMA],
        "id": id,
        "name": name,
        "description": name,
        "attributes": attributes,
        "meta": { "resourceType": "Schema", "location": format!("{base}/Schemas/{id}") },
    }))
}

/// `GET /Schemas`.
pub async fn schemas(State(app): State<AppState>, headers: HeaderMap) -> Response {
    let base = base(&app, &headers);
    let all = [USER_SCHEMA, ENTERPRISE_SCHEMA, GROUP_SCHEMA]
        .iter()
        .filter_map(|id| schema_of(id, &base))
        .collect();
    scim_json(StatusCode::OK, list(all))
}

/// `GET /Schemas/{id}`.
pub async fn schema(
    State(app): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, ScimError> {
    schema_of(&id, &base(&app, &headers))
        .map(|schema| scim_json(StatusCode::OK, schema))
        .ok_or_else(|| ScimError::new(StatusCode::NOT_FOUND, None, format!("no schema {id}")))
}
