//! Reports by e-mail (seed 002 §1: periodic reports for management): a community manager sends
//! a stored report to the senior managers and to colleagues they name. Each reader gets it in
//! their own language, with the figures, the phase and the stories in the mail itself (as the
//! report says them: written when it was made) and a link to the page, which a reader may open
//! from then on even without the cockpit. It is a person's choice to send it to named readers,
//! like handing over a document, so it carries no unsubscribe link; every sending is recorded.

use serde::{Deserialize, Serialize};

use super::repo;
use crate::auth::Viewer;
use crate::db::{self, Db};
use crate::directory::user;
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::mail::{self, Letter, MailKind};

/// What a mail of a report says, in one language (stored with the report as JSON).
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
pub struct MailSummary {
    /// "Report October 2026".
    pub title: String,
    /// The period and the one before, in words.
    pub period: String,
    /// One line per figure: name, value, the period before and the change.
    pub figures: Vec<String>,
    /// The phase with what to focus on.
    pub phase: String,
    /// The stories and quotes, each with its post.
    pub stories: Vec<(String, i64)>,
}

/// The sending form: the senior managers, and colleagues by e-mail address.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct SendForm {
    /// Checked: every active senior manager (role model).
    pub senior_managers: Option<String>,
    /// Addresses of colleagues, separated by spaces, commas, semicolons or lines.
    pub readers: String,
}

/// The most addresses one sending takes.
pub const MAX_READERS: usize = 200;
/// The longest list of addresses typed (the field's `maxlength`).
const MAX_READERS_CHARS: usize = 20_000;

/// What a sending did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sent {
    /// Mails queued, one per reader.
    Queued(usize),
    /// Nothing was sent: these addresses are not active accounts.
    Unknown(Vec<String>),
}

/// Sends the stored report `report_id` to the readers `form` names (community managers only;
/// refused when e-mail is off or nobody is named). Nothing is sent unless every address is a
/// colleague's.
pub async fn send(
    db: &Db,
    viewer: &Viewer,
    report_id: i64,
    form: &SendForm,
    base: &str,
    mail_on: bool,
) -> Result<Sent> {
    if !viewer.role.manages_community() {
        return Err(Error::Forbidden);
    }
    let report = repo::find_report(db, report_id)
        .await?
        .ok_or(Error::NotFound)?;
    if !mail_on {
        return Err(Error::invalid("readers", "report-mail-off"));
    }
    let addresses = addresses_in(&form.readers);
    if addresses.len() > MAX_READERS || form.readers.chars().count() > MAX_READERS_CHARS {
        return Err(Error::invalid("readers", "error-report-readers-too-many"));
    }
    let named = repo::active_accounts_by_email(db, &addresses).await?;
    let unknown: Vec<String> = addresses
        .into_iter()
        .filter(|a| !named.iter().any(|u| u.email.eq_ignore_ascii_case(a)))
        .collect();
    if !unknown.is_empty() {
        return Ok(Sent::Unknown(unknown));
    }
    let mut readers = named;
    if form.senior_managers.is_some() {
        readers.extend(repo::senior_managers(db).await?);
    }
    readers.sort_by_key(|u| u.id);
    readers.dedup_by_key(|u| u.id);
    if readers.is_empty() {
        return Err(Error::invalid("readers", "error-report-no-readers"));
    }
    let sender = crate::people::service::active_user(db, viewer.id).await?;
    let tx = db::begin_write(db).await?;
    for reader in &readers {
        repo::add_reader(&tx, report_id, reader.id, viewer.id).await?;
        let lang = Lang::chosen_or(reader.locale.as_deref(), Lang::Nl);
        let stored = match lang {
            Lang::Nl => &report.mail_nl,
            Lang::En => &report.mail_en,
        };
        let summary: MailSummary = serde_json::from_str(stored).unwrap_or_default();
        let letter = letter(
            reader,
            lang,
            &summary,
            &sender.display_name,
            base,
            report_id,
        );
        mail::queue(&tx, letter).await?;
    }
    tx.commit().await?;
    Ok(Sent::Queued(readers.len()))
}

/// The distinct addresses in a typed list, lower-cased.
fn addresses_in(text: &str) -> Vec<String> {
    let mut addresses: Vec<String> = text
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .map(|a| a.trim().to_lowercase())
        .filter(|a| !a.is_empty())
        .collect();
    addresses.sort();
    addresses.dedup();
    addresses
}

/// The mail to one reader.
fn letter(
    reader: &user::Model,
    lang: Lang,
    summary: &MailSummary,
    sender: &str,
    base: &str,
    report_id: i64,
) -> Letter {
    let page = format!("{base}/cockpit/reports/{report_id}");
    let mut letter = Letter::to(MailKind::Report, &reader.email, &reader.display_name, lang);
    letter.subject = if summary.title.is_empty() {
        lang.t("report-mail-subject")
    } else {
        summary.title.clone()
    };
    letter.paragraphs = [lang.t1("report-mail-intro", "sender", sender)]
        .into_iter()
        .chain([summary.period.clone(), summary.phase.clone()])
        .filter(|p| !p.is_empty())
        .collect();
    let figures = summary
        .figures
        .iter()
        .map(|line| (line.clone(), page.clone()))
        .collect();
    let stories: Vec<(String, String)> = summary
        .stories
        .iter()
        .map(|(line, post)| (line.clone(), format!("{base}/posts/{post}")))
        .collect();
    letter.sections = vec![(lang.t("report-figures"), figures)];
    if !stories.is_empty() {
        letter.sections.push((lang.t("report-stories"), stories));
    }
    letter.action = Some((lang.t("report-mail-open"), page));
    letter.footer = lang.t1("report-mail-footer", "sender", sender);
    letter
}

#[cfg(test)]
mod tests {
    use super::addresses_in;

    #[test]
    fn a_typed_list_gives_each_address_once() {
        assert_eq!(
            addresses_in(" Anna@Voorbeeld.nl, bert@voorbeeld.nl;\nanna@voorbeeld.nl\t "),
            ["anna@voorbeeld.nl", "bert@voorbeeld.nl"]
        );
        assert!(addresses_in(" ,; \n").is_empty());
    }
}
