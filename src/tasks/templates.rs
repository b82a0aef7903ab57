//! The messages the team sends from tasks (a welcome, a nudge to complete a profile, a word to
//! someone gone quiet): a template per kind and language that the team edits, with `{name}`
//! for the receiver's name.

use sea_orm::ConnectionTrait;

use super::kind::TaskKind;
use crate::error::Result;
use crate::i18n::Lang;
use crate::settings;
use crate::validate::Checks;

/// Longest template, in characters.
const MAX_TEMPLATE: usize = 5_000;

crate::stored_enum! {
    /// The templates, one per kind of message.
    pub enum MessageTemplate {
        /// Welcome a newcomer.
        Welcome = "welcome" => "template-welcome",
        /// Ask to complete the profile.
        CompleteProfile = "profile" => "template-profile",
        /// Reach out to someone gone quiet.
        Missed = "quiet" => "template-quiet",
    }
}

impl MessageTemplate {
    /// The i18n key of the built-in text.
    fn default_key(self) -> &'static str {
        match self {
            Self::Welcome => "template-welcome-default",
            Self::CompleteProfile => "template-profile-default",
            Self::Missed => "template-quiet-default",
        }
    }

    /// The template a task kind sends, if any.
    pub fn for_kind(kind: TaskKind) -> Option<Self> {
        match kind {
            TaskKind::Welcome => Some(Self::Welcome),
            TaskKind::IncompleteProfiles => Some(Self::CompleteProfile),
            TaskKind::WentQuiet => Some(Self::Missed),
            _ => None,
        }
    }

    /// The form field (and settings key suffix) of one language's text.
    pub fn field(self, lang: Lang) -> String {
        format!("{}.{}", self.as_str(), lang.code())
    }
}

fn key(template: MessageTemplate, lang: Lang) -> String {
    format!("message_template.{}", template.field(lang))
}

/// The template's text in `lang`: the team's, or the built-in one.
pub async fn text(
    db: &impl ConnectionTrait,
    template: MessageTemplate,
    lang: Lang,
) -> Result<String> {
    let stored = settings::text(db, &key(template, lang))
        .await?
        .filter(|t| !t.trim().is_empty());
    Ok(stored.unwrap_or_else(|| lang.t(template.default_key())))
}

/// Every template in both languages, as (field, text).
pub async fn all(db: &impl ConnectionTrait) -> Result<Vec<(MessageTemplate, Lang, String)>> {
    let mut out = Vec::new();
    for template in MessageTemplate::ALL {
        for lang in [Lang::Nl, Lang::En] {
            out.push((template, lang, text(db, template, lang).await?));
        }
    }
    Ok(out)
}

/// Saves the submitted templates (an empty one goes back to the built-in text); nothing is
/// kept unless all are within bounds.
pub async fn save(db: &impl ConnectionTrait, fields: &[(String, String)]) -> Result<()> {
    let mut checks = Checks::new();
    let mut texts = Vec::new();
    for template in MessageTemplate::ALL {
        for lang in [Lang::Nl, Lang::En] {
            let name = template.field(lang);
            let typed = fields
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.as_str())
                .unwrap_or_default();
            texts.push((
                key(template, lang),
                checks.text("templates", typed, 0, MAX_TEMPLATE),
            ));
        }
    }
    checks.finish()?;
    for (key, text) in texts {
        settings::set_text(db, &key, &text).await?;
    }
    Ok(())
}

/// The template with the receiver's name filled in.
pub fn personalise(text: &str, name: &str) -> String {
    text.replace("{name}", name)
}
