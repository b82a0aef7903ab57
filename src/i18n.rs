//! Dutch and English: every piece of UI text goes through here (Fluent, with real plural rules),
//! from `locales/{en,nl}/*.ftl`: a file per capability, `main.ftl` for the layout and what
//! several capabilities share.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::loader::langid;
use fluent_templates::{LanguageIdentifier, Loader};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static EN: LanguageIdentifier = langid!("en");
static NL: LanguageIdentifier = langid!("nl");

/// A language Plein speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Dutch.
    Nl,
}

impl Lang {
    /// The language a member chose (`locale`, stored), else `fallback` (mails to members who
    /// never chose one).
    pub fn chosen_or(locale: Option<&str>, fallback: Self) -> Self {
        locale.and_then(Self::from_code).unwrap_or(fallback)
    }

    /// Parses a stored or submitted code (`en`, `nl`, `nl-NL`…).
    pub fn from_code(code: &str) -> Option<Self> {
        let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Self::En),
            "nl" => Some(Self::Nl),
            _ => None,
        }
    }

    /// The first supported language of an `Accept-Language` header, honouring q-values.
    pub fn from_accept_language(header: &str) -> Option<Self> {
        let mut ranked: Vec<(f32, Self)> = header
            .split(',')
            .filter_map(|part| {
                let mut pieces = part.split(';');
                let lang = Self::from_code(pieces.next()?)?;
                let q = pieces
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .and_then(|q| q.parse::<f32>().ok())
                    .unwrap_or(1.0);
                Some((q, lang))
            })
            .collect();
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
        ranked.first().map(|(_, lang)| *lang)
    }

    /// The code stored in profiles and cookies and used in `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Nl => "nl",
        }
    }

    fn id(self) -> &'static LanguageIdentifier {
        match self {
            Self::En => &EN,
            Self::Nl => &NL,
        }
    }

    /// The message for `key`.
    pub fn t(self, key: &str) -> String {
        LOCALES.lookup(self.id(), key)
    }

    /// The message for `key` with one text argument.
    pub fn t1(self, key: &str, name: &'static str, value: &str) -> String {
        let args = HashMap::from([(Cow::Borrowed(name), FluentValue::from(value.to_string()))]);
        LOCALES.lookup_with_args(self.id(), key, &args)
    }

    /// The message for `key` with several text arguments.
    pub fn targs(self, key: &str, args: &[(&'static str, &str)]) -> String {
        let args = args
            .iter()
            .map(|(name, value)| (Cow::Borrowed(*name), FluentValue::from(value.to_string())))
            .collect::<HashMap<_, _>>();
        LOCALES.lookup_with_args(self.id(), key, &args)
    }

    /// The message for `key` with several number arguments.
    pub fn tnums(self, key: &str, args: &[(&'static str, i64)]) -> String {
        let args = args
            .iter()
            .map(|(name, value)| (Cow::Borrowed(*name), FluentValue::from(*value)))
            .collect::<HashMap<_, _>>();
        LOCALES.lookup_with_args(self.id(), key, &args)
    }

    /// The message for `key` with a number argument, so plural rules apply.
    pub fn tn(self, key: &str, name: &'static str, value: i64) -> String {
        let args = HashMap::from([(Cow::Borrowed(name), FluentValue::from(value))]);
        LOCALES.lookup_with_args(self.id(), key, &args)
    }

    /// Both languages, for the language switcher.
    pub fn all() -> [Self; 2] {
        [Self::Nl, Self::En]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeMap, BTreeSet};

    /// Each catalogue file of a language (`posts.ftl`, …) with the keys it defines.
    fn catalogues(lang: &str) -> BTreeMap<String, BTreeSet<String>> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(lang);
        let mut files = BTreeMap::new();
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
            let keys = text
                .lines()
                .filter(|line| line.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
                .filter_map(|line| line.split_once(" =").map(|(key, _)| key.trim().to_string()))
                .collect();
            files.insert(name, keys);
        }
        files
    }

    #[test]
    fn dutch_and_english_have_the_same_keys_file_by_file() {
        let en = catalogues("en");
        let nl = catalogues("nl");
        let total: usize = en.values().map(BTreeSet::len).sum();
        assert!(total > 50, "expected a real catalogue, found {total} keys");
        assert_eq!(
            en.keys().collect::<Vec<_>>(),
            nl.keys().collect::<Vec<_>>(),
            "every catalogue file exists in both languages"
        );
        for (file, en_keys) in &en {
            let nl_keys = &nl[file];
            let only_en: Vec<_> = en_keys.difference(nl_keys).collect();
            let only_nl: Vec<_> = nl_keys.difference(en_keys).collect();
            assert!(only_en.is_empty(), "{file}: missing in nl: {only_en:?}");
            assert!(only_nl.is_empty(), "{file}: missing in en: {only_nl:?}");
        }
        let all: usize = en.values().map(BTreeSet::len).sum();
        let distinct: BTreeSet<&String> = en.values().flatten().collect();
        assert_eq!(all, distinct.len(), "a key is defined in one file only");
    }

    #[test]
    fn accept_language_respects_quality() {
        assert_eq!(
            Lang::from_accept_language("en;q=0.5, nl-NL"),
            Some(Lang::Nl)
        );
        assert_eq!(
            Lang::from_accept_language("de, en-GB;q=0.8"),
            Some(Lang::En)
        );
        assert_eq!(Lang::from_accept_language("fr"), None);
    }

    #[test]
    fn plurals_follow_the_language() {
        assert_eq!(Lang::En.tn("members-count", "count", 1), "1 member");
        assert_eq!(Lang::Nl.tn("members-count", "count", 3), "3 leden");
    }
}
