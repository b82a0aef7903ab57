//! SCIM filters (RFC 7644 §3.4.2.2) as identity providers send them to find an account before
//! creating it: `attr eq "value"`, joined by `and` — Entra ID's `userName eq`, `externalId eq`
//! and `emails[type eq "work"].value eq`, Okta's `userName eq`. Anything else is refused as an
//! `invalidFilter`, never half-understood.

/// One `attribute eq "value"`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    /// The attribute path as written (`userName`, `emails.value`, `emails[type eq "work"].value`).
    pub attribute: String,
    /// The value compared with.
    pub value: String,
}

/// Splits `text` at ` and ` outside quotes and brackets.
fn split_and(text: &str) -> Vec<&str> {
    let lower = text.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    let (mut parts, mut start, mut quoted, mut depth) = (Vec::new(), 0, false, 0i32);
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' if i == 0 || bytes[i - 1] != b'\\' => quoted = !quoted,
            b'[' if !quoted => depth += 1,
            b']' if !quoted => depth -= 1,
            b' ' if !quoted && depth == 0 && lower[i..].starts_with(" and ") => {
                parts.push(&text[start..i]);
                i += 5;
                start = i;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    parts.push(&text[start..]);
    parts
}

/// Reads a filter; the error says what is not supported.
pub fn parse(text: &str) -> Result<Vec<Clause>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Err("the filter is empty".into());
    }
    split_and(text)
        .into_iter()
        .map(|part| {
            let part = part.trim();
            let (attribute, rest) = split_attribute(part)
                .ok_or_else(|| format!("{part:?}: expected attribute eq \"value\""))?;
            let (op, value) = rest
                .trim_start()
                .split_once(' ')
                .ok_or_else(|| format!("{part:?}: expected attribute eq \"value\""))?;
            if !op.eq_ignore_ascii_case("eq") {
                return Err(format!("{op}: only eq is supported"));
            }
            let value = value.trim();
            let value = if let Some(inner) = value
                .strip_prefix('"')
                .and_then(|v| v.strip_suffix('"'))
                .filter(|inner| !has_bare_quote(inner))
            {
                inner.replace("\\\"", "\"").replace("\\\\", "\\")
            } else if ["true", "false"].contains(&value.to_ascii_lowercase().as_str())
                || value.parse::<f64>().is_ok()
            {
                value.to_string()
            } else {
                return Err(format!(
                    "{value}: a value is a quoted string, a number or a boolean"
                ));
            };
            Ok(Clause {
                attribute: attribute.to_string(),
                value,
            })
        })
        .collect()
}

/// Whether a quoted string's inside holds a quote that is not escaped (`"a" or b eq "c"`).
fn has_bare_quote(inner: &str) -> bool {
    let mut escaped = false;
    for c in inner.chars() {
        match c {
            '\\' if !escaped => escaped = true,
            '"' if !escaped => return true,
            _ => escaped = false,
        }
    }
    false
}

/// The attribute path at the start of a clause, brackets included, and what follows it.
fn split_attribute(part: &str) -> Option<(&str, &str)> {
    let mut depth = 0;
    for (i, c) in part.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            ' ' if depth == 0 => return Some((&part[..i], &part[i..])),
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clause(attribute: &str, value: &str) -> Clause {
        Clause {
            attribute: attribute.into(),
            value: value.into(),
        }
    }

    #[test]
    fn what_providers_send() {
        assert_eq!(
            parse("userName eq \"Anne@X.nl\""),
            Ok(vec![clause("userName", "Anne@X.nl")])
        );
        assert_eq!(
            parse("externalId eq \"a b\" AND emails[type eq \"work\"].value eq \"a@x.nl\""),
            Ok(vec![
                clause("externalId", "a b"),
                clause("emails[type eq \"work\"].value", "a@x.nl")
            ])
        );
        assert_eq!(parse("active eq true"), Ok(vec![clause("active", "true")]));
        assert_eq!(
            parse("displayName eq \"say \\\"and\\\" x\""),
            Ok(vec![clause("displayName", "say \"and\" x")])
        );
    }

    #[test]
    fn the_rest_is_refused() {
        for bad in [
            "",
            "userName",
            "userName co \"a\"",
            "userName eq a",
            "a eq \"b\" or c eq \"d\"",
        ] {
            assert!(parse(bad).is_err(), "{bad:?}");
        }
    }
}
