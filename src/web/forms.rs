//! Form plumbing: field errors translated for re-rendering a form with everything the user
//! typed still in it, and the safe "come back to" target after a form.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::web::render;

/// Field errors of one submission, translated.
#[derive(Debug, Clone, Default)]
pub struct FormErrors(Vec<(&'static str, String)>);

impl FormErrors {
    /// No errors (a fresh form).
    pub fn none() -> Self {
        Self::default()
    }

    /// One message for one field (a refusal that is not a validation error, such as a wait).
    pub fn one(field: &'static str, message: String) -> Self {
        Self(vec![(field, message)])
    }

    /// The message for `field`, if it has one.
    pub fn get(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, m)| m.as_str())
    }

    /// Whether there is anything to report.
    pub fn any(&self) -> bool {
        !self.0.is_empty()
    }

    /// Every message, for the summary above the form.
    pub fn messages(&self) -> Vec<&str> {
        self.0.iter().map(|(_, m)| m.as_str()).collect()
    }
}

/// Splits a service result: invalid input becomes translated form errors to re-render with;
/// every other error stays an error.
pub fn split<T>(result: Result<T>, lang: Lang) -> Result<std::result::Result<T, FormErrors>> {
    match result {
        Ok(value) => Ok(Ok(value)),
        Err(Error::Invalid(fields)) => Ok(Err(FormErrors(
            fields
                .into_iter()
                .map(|f| (f.field, lang.t(f.key)))
                .collect(),
        ))),
        Err(other) => Err(other),
    }
}

/// Renders a page holding a form: 422 when `refused` (the form comes back with its errors and
/// everything the user typed, and clients and tests can tell), 200 otherwise.
pub fn form_page(page: impl Template, refused: bool) -> Result<Response> {
    let html = render(page)?;
    Ok(if refused {
        (StatusCode::UNPROCESSABLE_ENTITY, html).into_response()
    } else {
        html.into_response()
    })
}

/// The longest "come back to" path kept.
const MAX_NEXT: usize = 2048;

/// A local path to return to after a form, never another site. Only a plain same-site path is
/// kept: it starts with one `/`, and every character is visible ASCII other than `\\` — no
/// control characters or white space (browsers drop tabs and line breaks, so `/\t/evil` would
/// become `//evil`), no backslashes (read as `/`), no scheme or authority. Anything else is `/`.
pub fn safe_next(next: &str) -> String {
    let mut chars = next.chars();
    let starts_plainly = chars.next() == Some('/') && !matches!(chars.next(), Some('/' | '\\'));
    let plain = next.chars().all(|c| c.is_ascii_graphic() && c != '\\');
    if starts_plainly && plain && next.len() <= MAX_NEXT {
        next.to_string()
    } else {
        "/".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_stays_on_this_site() {
        assert_eq!(safe_next("/groups/3"), "/groups/3");
        assert_eq!(safe_next("//evil.example"), "/");
        assert_eq!(safe_next("https://evil.example"), "/");
        assert_eq!(safe_next("/\\evil.example"), "/");
        assert_eq!(safe_next("/"), "/");
        assert_eq!(
            safe_next("/cockpit?from=2026-01-01&to=2026-02-01"),
            "/cockpit?from=2026-01-01&to=2026-02-01"
        );
        for bad in [
            "/\t/evil.example/",
            "/\n/evil",
            "/\r\n/evil",
            "/ /evil",
            "\\\\evil",
            "/\u{3000}/evil",
            "/\u{a0}/x",
            "",
            "evil.example",
            "javascript:alert(1)",
        ] {
            assert_eq!(safe_next(bad), "/", "{bad:?}");
        }
    }

    /// What a browser makes of a `Location` value before resolving it: tabs and line breaks
    /// removed, leading and trailing C0 controls and spaces trimmed, backslashes read as `/`
    /// (the WHATWG URL parser for special schemes).
    fn as_browsers_read(location: &str) -> String {
        location
            .chars()
            .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
            .collect::<String>()
            .trim_matches(|c: char| c <= ' ')
            .replace('\\', "/")
    }

    #[test]
    fn no_generated_target_leaves_the_site() {
        let alphabet = [
            '/', '\\', '\t', '\n', '\r', ' ', '\u{b}', '\u{c}', '\u{0}', '\u{a0}', '\u{3000}',
            '\u{2028}', '\u{feff}', 'e', '.', ':', '%', '0', '9', '@', '?', '#', 'h', '&',
        ];
        let mut rng = fastrand::Rng::with_seed(72);
        for _ in 0..200_000 {
            let len = rng.usize(0..9);
            let target: String = (0..len)
                .map(|_| alphabet[rng.usize(..alphabet.len())])
                .collect();
            let kept = safe_next(&target);
            let read = as_browsers_read(&kept);
            assert!(
                read.starts_with('/') && !read.starts_with("//"),
                "{target:?} became {kept:?}, which a browser reads as {read:?}"
            );
            assert!(
                kept == "/" || kept == target,
                "{target:?} was rewritten to {kept:?}"
            );
        }
    }
}
