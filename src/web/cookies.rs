//! Reading and writing the few cookies Plein uses, with the flags they all need.

use axum::http::{HeaderMap, HeaderValue, header};

/// The session cookie (an opaque random token; the database keeps only its hash).
pub const SESSION: &str = "plein_session";
/// The CSRF token cookie, mirrored in every form (double-submit).
pub const CSRF: &str = "plein_csrf";
/// The language chosen by a visitor who is not signed in.
pub const LANG: &str = "plein_lang";
/// A device the member signed in from before (see `auth::throttle`).
pub const DEVICE: &str = "plein_device";
/// How long a device cookie lasts (browsers cap cookies at 400 days).
pub const DEVICE_MAX_AGE_SECS: i64 = 180 * 24 * 3600;
/// A one-shot message for the next page.
pub const FLASH: &str = "plein_flash";

/// The value of cookie `name` in the request headers.
pub fn get(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_string())
}

/// A `Set-Cookie` value: HttpOnly, SameSite=Lax, path `/`, Secure when asked.
pub fn set(name: &str, value: &str, max_age_secs: Option<i64>, secure: bool) -> HeaderValue {
    let mut cookie = format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax");
    if let Some(age) = max_age_secs {
        cookie.push_str(&format!("; Max-Age={age}"));
    }
    if secure {
        cookie.push_str("; Secure");
    }
    HeaderValue::from_str(&cookie).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// A `Set-Cookie` value that removes cookie `name`.
pub fn clear(name: &str, secure: bool) -> HeaderValue {
    set(name, "", Some(0), secure)
}
