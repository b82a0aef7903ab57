//! One-shot messages after POST → redirect → GET. The cookie holds only a level and an i18n
//! key, so the message is shown in the reader's language and no user text is echoed.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::cookies;

/// A message to show once on the next page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flash {
    /// `success` or `error`.
    pub level: &'static str,
    /// The i18n key of the message.
    pub key: String,
}

impl Flash {
    /// A confirmation.
    pub fn success(key: &str) -> Self {
        Self {
            level: "success",
            key: key.to_string(),
        }
    }

    /// A problem the user should notice.
    pub fn error(key: &str) -> Self {
        Self {
            level: "error",
            key: key.to_string(),
        }
    }

    /// Parses the cookie value, accepting only well-formed keys.
    pub fn parse(value: &str) -> Option<Self> {
        let (level, key) = value.split_once(':')?;
        let level = match level {
            "success" => "success",
            "error" => "error",
            _ => return None,
        };
        let well_formed = !key.is_empty()
            && key.len() <= 64
            && key
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        well_formed.then(|| Self {
            level,
            key: key.to_string(),
        })
    }

    fn cookie_value(&self) -> String {
        format!("{}:{}", self.level, self.key)
    }
}

/// A 303 redirect to `to` carrying `flash` for the page it lands on.
pub fn redirect_with_flash(to: &str, flash: Flash) -> Response {
    let mut response =
        (StatusCode::SEE_OTHER, [(header::LOCATION, to.to_string())]).into_response();
    response.headers_mut().append(
        header::SET_COOKIE,
        cookies::set(cookies::FLASH, &flash.cookie_value(), Some(60), false),
    );
    response
}

/// A plain 303 redirect.
pub fn redirect(to: &str) -> Response {
    let location = HeaderValue::from_str(to).unwrap_or_else(|_| HeaderValue::from_static("/"));
    (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_rejects_anything_but_keys() {
        assert_eq!(
            Flash::parse("success:group-created"),
            Some(Flash::success("group-created"))
        );
        assert_eq!(Flash::parse("error:<script>"), None);
        assert_eq!(Flash::parse("info:x"), None);
    }
}
