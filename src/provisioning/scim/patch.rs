//! PATCH (RFC 7644 §3.5.2) applied to a resource's JSON: `add`, `replace` and `remove`, with
//! or without a path; paths `attr`, `attr.sub`, `attr[filter]`, `attr[filter].sub`, each
//! optionally behind its schema's URN; operation names and attribute names in any case; and
//! the forms Entra ID sends (`"Replace"`, `"False"` as a string, a value object without a path,
//! `emails[type eq "work"].value` on an empty list). The result is then read as a whole
//! resource, as a PUT would be, so PATCH and PUT follow one set of rules.

use serde_json::{Map, Value};

use super::filter::{self, Clause};
use super::groups::GROUP_SCHEMA;
use super::resource::{ENTERPRISE_SCHEMA, PATCH_SCHEMA, USER_SCHEMA, member};

/// Why a PATCH cannot be applied, with its SCIM error type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatchError {
    /// `invalidSyntax`, `invalidPath`, `noTarget` or `invalidValue`.
    pub scim_type: &'static str,
    /// What was wrong.
    pub detail: String,
}

fn error(scim_type: &'static str, detail: impl Into<String>) -> PatchError {
    PatchError {
        scim_type,
        detail: detail.into(),
    }
}

/// Where an operation points.
#[derive(Debug, Clone, PartialEq)]
struct Path {
    /// The extension object it is in (`None`: the resource itself).
    extension: Option<&'static str>,
    attribute: String,
    filter: Option<Vec<Clause>>,
    sub: Option<String>,
}

fn parse_path(path: &str) -> Result<Path, PatchError> {
    let mut rest = path.trim();
    let mut extension = None;
    for (schema, ext) in [
        (ENTERPRISE_SCHEMA, Some(ENTERPRISE_SCHEMA)),
        (USER_SCHEMA, None),
        (GROUP_SCHEMA, None),
    ] {
        if rest.len() > schema.len() && rest[..schema.len()].eq_ignore_ascii_case(schema) {
            rest = rest[schema.len()..].trim_start_matches(':');
            extension = ext;
            break;
        }
    }
    let (head, sub) = match (rest.find('['), rest.rfind(']')) {
        (Some(open), Some(close)) if close > open => {
            let after = rest[close + 1..].trim_start_matches('.');
            (
                &rest[..=close],
                (!after.is_empty()).then(|| after.to_string()),
            )
        }
        _ => match rest.split_once('.') {
            Some((attribute, sub)) => (attribute, Some(sub.to_string())),
            None => (rest, None),
        },
    };
    let (attribute, filter) = match head.split_once('[') {
        Some((attribute, inner)) => {
            let inner = inner.trim_end_matches(']');
            let clauses =
                filter::parse(inner).map_err(|e| error("invalidPath", format!("{path}: {e}")))?;
            (attribute, Some(clauses))
        }
        None => (head, None),
    };
    if attribute.is_empty()
        || !attribute
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '$')
    {
        return Err(error("invalidPath", format!("{path} is not a path")));
    }
    Ok(Path {
        extension,
        attribute: attribute.to_string(),
        filter,
        sub,
    })
}

/// The key `name` has in `object` (its own spelling), or `name` itself when absent.
fn key_of(object: &Map<String, Value>, name: &str) -> String {
    object
        .keys()
        .find(|k| k.eq_ignore_ascii_case(name))
        .cloned()
        .unwrap_or_else(|| name.to_string())
}

fn container<'a>(
    resource: &'a mut Value,
    extension: Option<&'static str>,
) -> Result<&'a mut Map<String, Value>, PatchError> {
    let root = resource
        .as_object_mut()
        .ok_or_else(|| error("invalidSyntax", "the resource is not an object"))?;
    match extension {
        None => Ok(root),
        Some(schema) => {
            let key = key_of(root, schema);
            let ext = root.entry(key).or_insert_with(|| Value::Object(Map::new()));
            if !ext.is_object() {
                *ext = Value::Object(Map::new());
            }
            ext.as_object_mut()
                .ok_or_else(|| error("invalidSyntax", "the extension is not an object"))
        }
    }
}

fn matches(item: &Value, clauses: &[Clause]) -> bool {
    clauses.iter().all(|clause| {
        member(item, &clause.attribute).is_some_and(|value| match value {
            Value::String(s) => s.eq_ignore_ascii_case(&clause.value),
            Value::Bool(b) => b.to_string().eq_ignore_ascii_case(&clause.value),
            Value::Number(n) => n.to_string() == clause.value,
            _ => false,
        })
    })
}

/// Sets `value` at `key` of `object`; `add` to a list appends.
fn set(object: &mut Map<String, Value>, name: &str, value: Value, add: bool) {
    let key = key_of(object, name);
    match (object.get_mut(&key), value) {
        (Some(Value::Array(existing)), Value::Array(new)) if add => existing.extend(new),
        (Some(Value::Object(existing)), Value::Object(new)) => {
            for (k, v) in new {
                set(existing, &k, v, add);
            }
        }
        (_, value) => {
            object.insert(key, value);
        }
    }
}

/// Applies one operation to `resource`.
fn apply_one(
    resource: &mut Value,
    op: &str,
    path: Option<&str>,
    value: Option<Value>,
) -> Result<(), PatchError> {
    let op = op.to_ascii_lowercase();
    let add = match op.as_str() {
        "add" => true,
        "replace" => false,
        "remove" => return remove(resource, path, value.as_ref()),
        other => return Err(error("invalidSyntax", format!("unknown op {other}"))),
    };
    let value = value.ok_or_else(|| error("invalidValue", "add and replace need a value"))?;
    let Some(path) = path.filter(|p| !p.trim().is_empty()) else {
        let Value::Object(values) = value else {
            return Err(error(
                "invalidValue",
                "without a path the value must be an object",
            ));
        };
        for (name, value) in values {
            // A value object may name attributes by path too (Entra ID: "name.givenName").
            if name.contains('.') || name.contains(':') {
                apply_one(resource, &op, Some(&name), Some(value))?;
            } else {
                set(container(resource, None)?, &name, value, add);
            }
        }
        return Ok(());
    };
    if path.trim().eq_ignore_ascii_case(ENTERPRISE_SCHEMA) {
        // The extension as a whole, its attributes in the value object.
        let Value::Object(values) = value else {
            return Err(error(
                "invalidValue",
                "the extension's value must be an object",
            ));
        };
        let extension = container(resource, Some(ENTERPRISE_SCHEMA))?;
        for (name, value) in values {
            set(extension, &name, value, add);
        }
        return Ok(());
    }
    let path = parse_path(path)?;
    let object = container(resource, path.extension)?;
    match (&path.filter, &path.sub) {
        (None, None) => set(object, &path.attribute, value, add),
        (None, Some(sub)) => {
            let key = key_of(object, &path.attribute);
            let parent = object
                .entry(key)
                .or_insert_with(|| Value::Object(Map::new()));
            if !parent.is_object() {
                *parent = Value::Object(Map::new());
            }
            if let Value::Object(parent) = parent {
                set(parent, sub, value, add);
            }
        }
        (Some(clauses), sub) => {
            let key = key_of(object, &path.attribute);
            let list = object
                .entry(key)
                .or_insert_with(|| Value::Array(Vec::new()));
            if !list.is_array() {
                *list = Value::Array(Vec::new());
            }
            let Value::Array(items) = list else {
                return Ok(());
            };
            let mut found = false;
            for item in items.iter_mut().filter(|i| matches(i, clauses)) {
                found = true;
                if let (Some(sub), Value::Object(fields)) = (sub, &mut *item) {
                    set(fields, sub, value.clone(), add);
                } else {
                    *item = value.clone();
                }
            }
            if !found {
                // Entra ID sets `emails[type eq "work"].value` on a user without one.
                let mut item = Map::new();
                for clause in clauses {
                    item.insert(
                        clause.attribute.clone(),
                        Value::String(clause.value.clone()),
                    );
                }
                match sub {
                    Some(sub) => {
                        item.insert(sub.clone(), value);
                    }
                    None => {
                        if let Value::Object(fields) = value {
                            item.extend(fields);
                        }
                    }
                }
                items.push(Value::Object(item));
            }
        }
    }
    Ok(())
}

/// Removes what `path` names; with a list of values for a list attribute (Okta's way of
/// removing group members), only those items.
fn remove(
    resource: &mut Value,
    path: Option<&str>,
    value: Option<&Value>,
) -> Result<(), PatchError> {
    let path = path
        .filter(|p| !p.trim().is_empty())
        .ok_or_else(|| error("noTarget", "remove needs a path"))?;
    if path.trim().eq_ignore_ascii_case(ENTERPRISE_SCHEMA) {
        // The whole extension: every attribute of it goes.
        let root = container(resource, None)?;
        let key = key_of(root, ENTERPRISE_SCHEMA);
        root.remove(&key);
        return Ok(());
    }
    let path = parse_path(path)?;
    let object = container(resource, path.extension)?;
    let key = key_of(object, &path.attribute);
    match (&path.filter, &path.sub) {
        (None, None) => match (object.get_mut(&key), value) {
            (Some(Value::Array(items)), Some(Value::Array(gone))) => {
                let value_of = |item: &Value| member(item, "value").cloned();
                let gone: Vec<Value> = gone.iter().filter_map(value_of).collect();
                items.retain(|item| value_of(item).is_none_or(|v| !gone.contains(&v)));
            }
            _ => {
                object.remove(&key);
            }
        },
        (None, Some(sub)) => {
            if let Some(Value::Object(parent)) = object.get_mut(&key) {
                let sub_key = key_of(parent, sub);
                parent.remove(&sub_key);
            }
        }
        (Some(clauses), None) => {
            if let Some(Value::Array(items)) = object.get_mut(&key) {
                items.retain(|item| !matches(item, clauses));
            }
        }
        (Some(clauses), Some(sub)) => {
            if let Some(Value::Array(items)) = object.get_mut(&key) {
                for item in items.iter_mut().filter(|i| matches(i, clauses)) {
                    if let Value::Object(fields) = item {
                        let sub_key = key_of(fields, sub);
                        fields.remove(&sub_key);
                    }
                }
            }
        }
    }
    Ok(())
}

/// Applies a PatchOp request body to `resource`.
pub fn apply(resource: &mut Value, request: &Value) -> Result<(), PatchError> {
    let schemas_ok = member(request, "schemas")
        .and_then(Value::as_array)
        .is_some_and(|s| s.iter().any(|s| s.as_str() == Some(PATCH_SCHEMA)));
    if !schemas_ok {
        return Err(error(
            "invalidSyntax",
            format!("schemas must hold {PATCH_SCHEMA}"),
        ));
    }
    let operations = member(request, "Operations")
        .and_then(Value::as_array)
        .ok_or_else(|| error("invalidSyntax", "Operations is required"))?;
    for operation in operations {
        let op = member(operation, "op")
            .and_then(Value::as_str)
            .ok_or_else(|| error("invalidSyntax", "each operation needs an op"))?;
        let path = member(operation, "path").and_then(Value::as_str);
        let value = member(operation, "value").cloned();
        apply_one(resource, op, path, value)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn patched(resource: Value, operations: Value) -> Value {
        let mut resource = resource;
        apply(
            &mut resource,
            &json!({ "schemas": [PATCH_SCHEMA], "Operations": operations }),
        )
        .unwrap_or_else(|e| panic!("{e:?}"));
        resource
    }

    #[test]
    fn entra_id_forms() {
        let user = json!({ "userName": "a@x.nl", "active": true, "emails": [] });
        let out = patched(
            user,
            json!([
                { "op": "Replace", "path": "active", "value": "False" },
                { "op": "Add", "path": "emails[type eq \"work\"].value", "value": "b@x.nl" },
                { "op": "Replace", "path": "name.givenName", "value": "Anne" },
                { "op": "Add", "path": format!("{ENTERPRISE_SCHEMA}:department"), "value": "HR" },
                { "op": "Replace", "path": format!("{ENTERPRISE_SCHEMA}:manager"), "value": "7" },
                { "op": "Replace", "value": { "displayName": "Anne B", "TITLE": "Lead" } },
            ]),
        );
        assert_eq!(out["active"], json!("False"));
        assert_eq!(
            out["emails"],
            json!([{ "type": "work", "value": "b@x.nl" }])
        );
        assert_eq!(out["name"]["givenName"], json!("Anne"));
        assert_eq!(out[ENTERPRISE_SCHEMA]["department"], json!("HR"));
        assert_eq!(out[ENTERPRISE_SCHEMA]["manager"], json!("7"));
        assert_eq!(
            (&out["displayName"], &out["TITLE"]),
            (&json!("Anne B"), &json!("Lead"))
        );
    }

    #[test]
    fn removals_and_replacing_in_a_list() {
        let user = json!({
            "title": "x",
            "emails": [{ "type": "work", "value": "a@x.nl" }, { "type": "home", "value": "h@x.nl" }],
            ENTERPRISE_SCHEMA: { "manager": { "value": "3" } },
        });
        let out = patched(
            user,
            json!([
                { "op": "remove", "path": "title" },
                { "op": "remove", "path": "emails[type eq \"home\"]" },
                { "op": "replace", "path": "emails[type eq \"work\"].value", "value": "w@x.nl" },
                { "op": "remove", "path": format!("{ENTERPRISE_SCHEMA}:manager") },
            ]),
        );
        assert!(out.get("title").is_none());
        assert_eq!(
            out["emails"],
            json!([{ "type": "work", "value": "w@x.nl" }])
        );
        assert!(out[ENTERPRISE_SCHEMA].get("manager").is_none());
    }

    #[test]
    fn the_enterprise_extension_as_a_whole() {
        let resource = json!({ ENTERPRISE_SCHEMA: { "department": "HR" }, "title": "x" });
        let set = patched(
            resource.clone(),
            json!([{ "op": "replace", "path": ENTERPRISE_SCHEMA, "value": { "department": "IT" } }]),
        );
        assert_eq!(set[ENTERPRISE_SCHEMA]["department"], json!("IT"));
        let gone = patched(
            resource,
            json!([{ "op": "remove", "path": ENTERPRISE_SCHEMA }]),
        );
        assert!(gone.get(ENTERPRISE_SCHEMA).is_none());
        assert_eq!(gone["title"], json!("x"));
    }

    #[test]
    fn okta_removes_members_by_value_list() {
        let group = json!({ "members": [{ "value": "1" }, { "value": "2" }, { "value": "3" }] });
        let after = patched(
            group,
            json!([{ "op": "remove", "path": "members", "value": [{ "value": "1" }, { "value": "3" }] }]),
        );
        assert_eq!(after["members"], json!([{ "value": "2" }]));
    }

    #[test]
    fn bad_requests_are_named() {
        let mut user = json!({});
        let bad = |request: Value| apply(&mut user.clone(), &request).map_err(|e| e.scim_type);
        assert_eq!(bad(json!({ "Operations": [] })), Err("invalidSyntax"));
        let ops = |ops: Value| json!({ "schemas": [PATCH_SCHEMA], "Operations": ops });
        assert_eq!(
            bad(ops(json!([{ "op": "move", "path": "x", "value": 1 }]))),
            Err("invalidSyntax")
        );
        assert_eq!(bad(ops(json!([{ "op": "remove" }]))), Err("noTarget"));
        assert_eq!(
            bad(ops(json!([{ "op": "add", "path": "a b", "value": 1 }]))),
            Err("invalidPath")
        );
        assert!(apply(&mut user, &ops(json!([]))).is_ok());
    }
}
