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

/// A local path to return to after a form, never another site (`//evil`, `https://…`).
pub fn safe_next(next: &str) -> String {
    let is_local = next.starts_with('/') && !next.starts_with("//") && !next.contains('\\');
    if is_local {
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
    }
}
