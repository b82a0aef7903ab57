//! Input hygiene at the edge, for every request before any handler sees it: control characters
//! (NUL above all, which PostgreSQL refuses in text) are taken out of query parameters and form
//! fields, and a path that carries one names nothing. Tab, line feed and carriage return stay:
//! they belong in text areas.

use std::borrow::Cow;

/// A control character no form field or parameter should carry: C0 controls other than tab,
/// line feed and carriage return, DEL, and the C1 controls.
pub fn is_unwanted_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r')
}

/// `text` without unwanted control characters (borrowed when it had none).
pub fn strip_controls(text: &str) -> Cow<'_, str> {
    if text.chars().any(is_unwanted_control) {
        Cow::Owned(text.chars().filter(|c| !is_unwanted_control(*c)).collect())
    } else {
        Cow::Borrowed(text)
    }
}

/// An `application/x-www-form-urlencoded` string (a query or a form body) re-encoded without
/// unwanted control characters in its names and values, or `None` when it had none.
pub fn clean_urlencoded(encoded: &[u8]) -> Option<String> {
    let pairs: Vec<(Cow<str>, Cow<str>)> = form_urlencoded::parse(encoded).collect();
    let dirty = pairs
        .iter()
        .any(|(k, v)| k.chars().chain(v.chars()).any(is_unwanted_control));
    if !dirty {
        return None;
    }
    let mut out = form_urlencoded::Serializer::new(String::with_capacity(encoded.len()));
    for (key, value) in &pairs {
        out.append_pair(&strip_controls(key), &strip_controls(value));
    }
    Some(out.finish())
}

/// Whether a request path, percent-decoded, carries an unwanted control character.
pub fn path_has_controls(path: &str) -> bool {
    percent_decoded(path).chars().any(is_unwanted_control)
}

fn percent_decoded(path: &str) -> String {
    form_urlencoded::parse(format!("p={}", path.replace('+', "%2B")).as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_are_stripped_but_line_breaks_and_tabs_stay() {
        assert_eq!(strip_controls("a\u{0}b\u{7}c\u{7f}d\u{85}e"), "abcde");
        assert_eq!(strip_controls("line\r\nnext\tcol"), "line\r\nnext\tcol");
        assert!(matches!(strip_controls("plain"), Cow::Borrowed(_)));
    }

    #[test]
    fn urlencoded_input_is_rewritten_only_when_dirty() {
        assert_eq!(clean_urlencoded(b"a=1&b=two+words"), None);
        let cleaned = clean_urlencoded(b"email=a%00b&pass%01word=x%0Ay").expect("dirty");
        let pairs: Vec<(String, String)> = form_urlencoded::parse(cleaned.as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        assert_eq!(
            pairs,
            [
                ("email".into(), "ab".into()),
                ("password".into(), "x\ny".into())
            ]
        );
    }

    #[test]
    fn paths_with_encoded_controls_are_recognised() {
        assert!(path_has_controls("/topics/a%00b"));
        assert!(path_has_controls("/topics/%1b"));
        assert!(!path_has_controls("/topics/caf%C3%A9"));
        assert!(!path_has_controls("/posts/12+3"));
    }
}
