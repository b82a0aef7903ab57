//! A Plein account as a SCIM User resource (RFC 7643 §4.1, with the enterprise extension's
//! department and manager), and a resource read back into the fields Plein keeps. Every other
//! attribute an identity provider sends is accepted and not kept, as RFC 7644 §3.3 allows.

use serde_json::{Value, json};

use crate::directory::user;
use crate::validate::Checks;

/// The core User schema.
pub const USER_SCHEMA: &str = "urn:ietf:params:scim:schemas:core:2.0:User";
/// The enterprise extension (department, manager).
pub const ENTERPRISE_SCHEMA: &str = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
/// A list response.
pub const LIST_SCHEMA: &str = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
/// An error.
pub const ERROR_SCHEMA: &str = "urn:ietf:params:scim:api:messages:2.0:Error";
/// A PATCH request.
pub const PATCH_SCHEMA: &str = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

/// RFC 3339 of a moment in milliseconds.
pub fn timestamp(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms)
        .map(|t| t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string())
        .unwrap_or_default()
}

/// The resource of `account`, its manager (id and name) when it has one, under `base`
/// (`https://host/scim/v2`).
pub fn user_resource(account: &user::Model, manager: Option<(i64, String)>, base: &str) -> Value {
    let mut enterprise = serde_json::Map::new();
    if !account.department.is_empty() {
        enterprise.insert("department".into(), json!(account.department));
    }
    if let Some((id, name)) = manager {
        enterprise.insert(
            "manager".into(),
            json!({
                "value": id.to_string(),
                "$ref": format!("{base}/Users/{id}"),
                "displayName": name,
            }),
        );
    }
    let mut schemas = vec![USER_SCHEMA];
    let mut resource = json!({
        "id": account.id.to_string(),
        "userName": account.scim_user_name.clone().unwrap_or_else(|| account.email.clone()),
        "displayName": account.display_name,
        "active": account.active,
        "emails": [{ "value": account.email, "type": "work", "primary": true }],
        "meta": {
            "resourceType": "User",
            "created": timestamp(account.created_at),
            "lastModified": timestamp(account.updated_at),
            "location": format!("{base}/Users/{}", account.id),
            "version": format!("W/\"{}\"", account.updated_at),
        },
    });
    // Empty fields are left out, so a removed attribute is gone when read back.
    if !account.job_title.is_empty() {
        resource["title"] = json!(account.job_title);
    }
    if !account.location.is_empty() {
        resource["addresses"] = json!([{ "type": "work", "locality": account.location }]);
    }
    if let Some(external) = &account.external_id {
        resource["externalId"] = json!(external);
    }
    if !enterprise.is_empty() {
        schemas.push(ENTERPRISE_SCHEMA);
        resource[ENTERPRISE_SCHEMA] = Value::Object(enterprise);
    }
    resource["schemas"] = json!(schemas);
    resource
}

/// The fields Plein keeps, read from a User resource.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserInput {
    /// `userName`, lower-cased.
    pub user_name: String,
    /// `externalId`.
    pub external_id: Option<String>,
    /// The work (or primary, or only) e-mail address, else `userName` when it is one.
    pub email: String,
    /// `displayName`, else `name.formatted`, else given and family name, else from the address.
    pub display_name: String,
    /// `title`.
    pub job_title: String,
    /// The enterprise extension's `department`.
    pub department: String,
    /// The work address's `locality` (or `formatted`).
    pub location: String,
    /// The enterprise extension's `manager.value` (a Plein id), when it is a number.
    pub manager_id: Option<i64>,
    /// `active` (true when absent).
    pub active: bool,
}

/// Text without control characters, trimmed (NUL and the like never reach the database).
fn clean(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control())
        .collect::<String>()
        .trim()
        .to_string()
}

/// A member of `object` by name, without regard to case (SCIM attribute names are
/// case-insensitive).
pub fn member<'a>(object: &'a Value, name: &str) -> Option<&'a Value> {
    object
        .as_object()?
        .iter()
        .find(|(key, _)| key.eq_ignore_ascii_case(name))
        .map(|(_, value)| value)
}

fn text(object: &Value, name: &str) -> Option<String> {
    match member(object, name)? {
        Value::String(s) => Some(clean(s)),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
    .filter(|s| !s.is_empty())
}

/// A boolean as identity providers send it: `true`, or Entra ID's `"True"`.
pub fn boolean(value: &Value) -> Option<bool> {
    match value {
        Value::Bool(b) => Some(*b),
        Value::String(s) if s.eq_ignore_ascii_case("true") => Some(true),
        Value::String(s) if s.eq_ignore_ascii_case("false") => Some(false),
        _ => None,
    }
}

/// The element of a multi-valued attribute Plein reads: primary, else of `wanted` type, else
/// the first.
fn preferred<'a>(list: Option<&'a Value>, wanted: &str) -> Option<&'a Value> {
    let items = list?.as_array()?;
    items
        .iter()
        .find(|i| member(i, "primary").and_then(boolean) == Some(true))
        .or_else(|| {
            items
                .iter()
                .find(|i| text(i, "type").is_some_and(|t| t.eq_ignore_ascii_case(wanted)))
        })
        .or_else(|| items.first())
}

/// Reads and checks a User resource; the problems are named for the provider's log.
pub fn read_user(resource: &Value) -> Result<UserInput, String> {
    let user_name = text(resource, "userName").ok_or("userName is required")?;
    let email = preferred(member(resource, "emails"), "work")
        .and_then(|e| text(e, "value"))
        .unwrap_or_else(|| user_name.clone());
    let name = member(resource, "name");
    let display_name = text(resource, "displayName")
        .or_else(|| name.and_then(|n| text(n, "formatted")))
        .or_else(|| {
            let parts: Vec<String> = ["givenName", "familyName"]
                .iter()
                .filter_map(|part| name.and_then(|n| text(n, part)))
                .collect();
            (!parts.is_empty()).then(|| parts.join(" "))
        })
        .unwrap_or_else(|| crate::people::service::name_from_address(&email));
    let enterprise = member(resource, ENTERPRISE_SCHEMA);
    let manager_id = enterprise
        .and_then(|e| member(e, "manager"))
        .and_then(|m| match m {
            Value::Object(_) => text(m, "value"),
            Value::String(s) => Some(clean(s)),
            _ => None,
        })
        .and_then(|id| id.parse::<i64>().ok());
    let location = preferred(member(resource, "addresses"), "work")
        .and_then(|a| text(a, "locality").or_else(|| text(a, "formatted")))
        .unwrap_or_default();
    let active = match member(resource, "active") {
        None | Some(Value::Null) => true,
        Some(value) => boolean(value).ok_or("active must be true or false")?,
    };
    let mut checks = Checks::new();
    let input = UserInput {
        user_name: checks.text("userName", &user_name, 1, 254).to_lowercase(),
        external_id: text(resource, "externalId").map(|e| checks.text("externalId", &e, 1, 254)),
        email: checks.email("email", &email),
        display_name: checks.name("displayName", &display_name, 1, 100),
        job_title: checks.text(
            "title",
            &text(resource, "title").unwrap_or_default(),
            0,
            100,
        ),
        department: checks.text(
            "department",
            &enterprise
                .and_then(|e| text(e, "department"))
                .unwrap_or_default(),
            0,
            100,
        ),
        location: checks.text("addresses", &location, 0, 100),
        manager_id,
        active,
    };
    match checks.finish() {
        Ok(()) => Ok(input),
        Err(crate::error::Error::Invalid(problems)) => Err(problems
            .iter()
            .map(|p| format!("{}: {}", p.field, crate::i18n::Lang::En.t(p.key)))
            .collect::<Vec<_>>()
            .join("; ")),
        Err(other) => Err(other.to_string()),
    }
}
