//! The administrators' moderation settings: the house rules, automatic hiding after a number of
//! flags, and the decision model's matrix.

use sea_orm::ConnectionTrait;

use super::decision::{Desirability, Level, Matrix, Response};
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::settings;
use crate::validate::Checks;

/// Longest house rules, in characters.
const MAX_RULES: usize = 20_000;

/// The settings form as typed.
#[derive(Debug, Clone, Default)]
pub struct SettingsForm {
    /// The rules as Markdown (empty: the built-in rules).
    pub house_rules: String,
    /// Flags before content is hidden; 0 is off.
    pub autohide: String,
}

impl SettingsForm {
    /// Reads the form's own fields from a submission (which also carries the matrix cells).
    pub fn from_fields(fields: &[(String, String)]) -> Self {
        let field = |name: &str| {
            fields
                .iter()
                .find(|(key, _)| key == name)
                .map(|(_, value)| value.clone())
                .unwrap_or_default()
        };
        Self {
            house_rules: field("house_rules"),
            autohide: field("autohide"),
        }
    }
}

/// The form field of one matrix cell.
pub fn cell_field(desirability: Desirability, impact: Level) -> String {
    format!("cell.{}.{}", desirability.as_str(), impact.as_str())
}

/// The matrix as submitted; cells missing or unknown keep the default.
pub fn matrix_from_fields(fields: &[(String, String)]) -> Matrix {
    let mut matrix = Matrix::default();
    for desirability in Desirability::ALL {
        for impact in Level::ALL {
            let name = cell_field(desirability, impact);
            if let Some(response) = fields
                .iter()
                .find(|(key, _)| *key == name)
                .and_then(|(_, value)| Response::parse(value))
            {
                matrix.set(desirability, impact, response);
            }
        }
    }
    matrix
}

/// The stored settings, as the form shows them.
pub async fn current(db: &impl ConnectionTrait) -> Result<(SettingsForm, Matrix)> {
    let form = SettingsForm {
        house_rules: settings::HOUSE_RULES.get(db).await?.unwrap_or_default(),
        autohide: settings::AUTOHIDE_FLAGS.get(db).await?.to_string(),
    };
    Ok((form, super::service::matrix(db).await?))
}

/// Checks and stores the settings; nothing is kept unless everything is valid.
pub async fn save(
    db: &crate::db::Db,
    form: &SettingsForm,
    fields: &[(String, String)],
) -> Result<()> {
    let mut checks = Checks::new();
    let rules = checks.text("house_rules", &form.house_rules, 0, MAX_RULES);
    let autohide = form
        .autohide
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|n| *n == 0 || settings::AUTOHIDE_FLAGS.range.contains(n));
    if autohide.is_none() {
        checks.fail("autohide", "error-autohide");
    }
    let complete = Desirability::ALL.into_iter().all(|d| {
        Level::ALL.into_iter().all(|i| {
            let name = cell_field(d, i);
            fields
                .iter()
                .any(|(key, value)| *key == name && Response::parse(value).is_some())
        })
    });
    if !complete {
        checks.fail("matrix", "error-matrix");
    }
    checks.finish()?;
    let tx = crate::db::begin_write(db).await?;
    settings::HOUSE_RULES.set(&tx, &rules).await?;
    let autohide = autohide.ok_or_else(|| Error::invalid("autohide", "error-autohide"))?;
    settings::AUTOHIDE_FLAGS.set(&tx, autohide).await?;
    let matrix = matrix_from_fields(fields);
    settings::MODERATION_MATRIX
        .set(&tx, &matrix.encode())
        .await?;
    Ok(tx.commit().await?)
}

/// The house rules as sanitised HTML: the administrators' text, or the built-in rules in the
/// reader's language.
pub async fn house_rules_html(db: &impl ConnectionTrait, lang: Lang) -> Result<String> {
    let stored = settings::HOUSE_RULES
        .get(db)
        .await?
        .filter(|t| !t.trim().is_empty());
    let markdown = stored.unwrap_or_else(|| lang.t("house-rules-default"));
    Ok(crate::posts::markdown::render(&markdown))
}
