//! Input checks shared by every form: trimmed text within bounds, e-mail shape. Collects all
//! problems at once so the user sees every message in one go.

use crate::error::{Error, FieldError, Result};

/// The longest e-mail address (RFC 5321's path limit, and the `users.email` column).
pub const MAX_EMAIL_CHARS: usize = 254;

/// Accumulates field errors while a form is checked.
#[derive(Debug, Default)]
pub struct Checks {
    errors: Vec<FieldError>,
}

impl Checks {
    /// Starts an empty set of checks.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records a problem with `field`.
    pub fn fail(&mut self, field: &'static str, key: &'static str) {
        self.errors.push(FieldError { field, key });
    }

    /// Trims `value` and checks its length in characters; returns the trimmed text.
    pub fn text(&mut self, field: &'static str, value: &str, min: usize, max: usize) -> String {
        let trimmed = value.trim();
        let len = trimmed.chars().count();
        if len == 0 && min > 0 {
            self.fail(field, "error-required");
        } else if len < min {
            self.fail(field, "error-too-short");
        } else if len > max {
            self.fail(field, "error-too-long");
        }
        trimmed.to_string()
    }

    /// A name people will recognise each other or a group by: trimmed, in Unicode's composed
    /// form (NFC, so "é" typed two ways is one name), without zero-width spaces or byte-order
    /// marks, and refused when it carries a direction override or isolate (which can make
    /// "nimdA" read as "Admin") or has nothing visible in it.
    pub fn name(&mut self, field: &'static str, value: &str, min: usize, max: usize) -> String {
        use unicode_normalization::UnicodeNormalization;
        let cleaned: String = value
            .nfc()
            .filter(|c| !matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}'))
            .collect();
        if cleaned.chars().any(is_bidi_control) {
            self.fail(field, "error-name-direction");
            return cleaned.trim().to_string();
        }
        let text = self.text(field, &cleaned, min, max);
        if !text.is_empty() && !text.chars().any(is_visible) {
            self.fail(field, "error-name-invisible");
        }
        text
    }

    /// A typed whole number within `range`; anything else records `key` for `field`.
    pub fn number(
        &mut self,
        field: &'static str,
        value: &str,
        range: &std::ops::RangeInclusive<i64>,
        key: &'static str,
    ) -> Option<i64> {
        let number = value
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|n| range.contains(n));
        if number.is_none() {
            self.fail(field, key);
        }
        number
    }

    /// Checks an e-mail address's shape and returns it lower-cased.
    pub fn email(&mut self, field: &'static str, value: &str) -> String {
        let email = self.text(field, value, 1, MAX_EMAIL_CHARS).to_lowercase();
        if !email.is_empty() && !looks_like_email(&email) {
            self.fail(field, "error-email-invalid");
        }
        email
    }

    /// Ends the checks: `Ok` when nothing failed.
    pub fn finish(self) -> Result<()> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(Error::Invalid(self.errors))
        }
    }
}

/// Characters that change the direction text is shown in (embeddings, overrides, isolates and
/// marks).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Whether `c` shows something: not white space, not a control, not a joiner or other
/// invisible format character.
fn is_visible(c: char) -> bool {
    !c.is_whitespace()
        && !c.is_control()
        && !matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{180E}' | '\u{3164}' | '\u{115F}' | '\u{1160}' | '\u{FFA0}')
}

fn looks_like_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email
            .chars()
            .any(|c| c.is_whitespace() || c == '<' || c == '>' || c == '"')
        && !domain.contains('@')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_checks_bounds_after_trimming() {
        let mut checks = Checks::new();
        assert_eq!(checks.text("name", "  Ada  ", 1, 10), "Ada");
        assert_eq!(checks.name("nfc", "Rene\u{301}", 1, 10), "René");
        assert_eq!(checks.name("zw", "An\u{200B}ne\u{FEFF}", 1, 10), "Anne");
        checks.text("empty", "   ", 1, 10);
        checks.text("long", "abcdefghijk", 1, 10);
        let Err(Error::Invalid(errors)) = checks.finish() else {
            panic!("expected errors");
        };
        assert_eq!(
            errors[0],
            FieldError {
                field: "empty",
                key: "error-required"
            }
        );
        assert_eq!(
            errors[1],
            FieldError {
                field: "long",
                key: "error-too-long"
            }
        );
    }

    #[test]
    fn names_that_impersonate_or_show_nothing_are_refused() {
        for (name, key) in [
            ("\u{202E}nimdA", "error-name-direction"),
            ("Anne\u{2066}x", "error-name-direction"),
            ("\u{200D}\u{2063}", "error-name-invisible"),
            ("\u{3164}", "error-name-invisible"),
        ] {
            let mut checks = Checks::new();
            checks.name("name", name, 1, 100);
            let Err(Error::Invalid(errors)) = checks.finish() else {
                panic!("{name:?} was accepted");
            };
            assert_eq!(errors[0].key, key, "{name:?}");
        }
        let mut checks = Checks::new();
        assert_eq!(
            checks.name("name", "Zoë 👩\u{200D}💻", 1, 100),
            "Zoë 👩\u{200D}💻"
        );
        assert!(checks.finish().is_ok());
    }

    #[test]
    fn email_shape() {
        assert!(looks_like_email("anne@example.nl"));
        assert!(!looks_like_email("anne@localhost"));
        assert!(!looks_like_email("anne example@x.nl"));
        assert!(!looks_like_email("<a>@x.nl"));
    }
}
