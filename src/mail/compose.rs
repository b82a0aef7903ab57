//! Composing a mail: one layout for every kind (a greeting, paragraphs, at most one button, a
//! footer), rendered from templates as HTML and plain text in the receiver's language. User
//! text is escaped in the HTML part exactly as on the pages; header fields lose control
//! characters so nothing can be smuggled into the headers.

use askama::Template;

use super::MailKind;
use crate::error::{Error, Result};
use crate::i18n::Lang;

/// A mail to one person, before rendering.
#[derive(Debug, Clone)]
pub struct Letter {
    /// What it is for.
    pub kind: MailKind,
    /// The receiver's address.
    pub to_address: String,
    /// The receiver's name.
    pub to_name: String,
    /// The receiver's language.
    pub lang: Lang,
    /// The subject line.
    pub subject: String,
    /// The salutation ("Dear Anna,").
    pub greeting: String,
    /// The body, one paragraph each (plain text; escaped in the HTML part).
    pub paragraphs: Vec<String>,
    /// Items listed after the paragraphs, each a line of text with its absolute address.
    pub items: Vec<(String, String)>,
    /// Headed lists after the items (a digest's sections): (heading, items).
    pub sections: Vec<(String, Vec<(String, String)>)>,
    /// The one thing to do: (button label, absolute address).
    pub action: Option<(String, String)>,
    /// The one-click unsubscribe address of a mail that is not a direct answer to something the
    /// receiver did (RFC 8058: `List-Unsubscribe`, `List-Unsubscribe-Post`).
    pub unsubscribe: Option<String>,
    /// Why the receiver gets this mail.
    pub footer: String,
}

/// A letter rendered into what the outbox keeps (fields as in [`Letter`]).
#[derive(Debug, Clone)]
#[allow(missing_docs)]
pub struct Rendered {
    pub kind: MailKind,
    pub to_address: String,
    pub to_name: String,
    pub lang: Lang,
    pub subject: String,
    pub html: String,
    pub text: String,
    pub unsubscribe: Option<String>,
}

#[derive(Template)]
#[template(path = "mail/letter.html")]
struct HtmlPart<'a> {
    letter: &'a Letter,
    lang: &'a str,
    unsubscribe_label: String,
}

#[derive(Template)]
#[template(path = "mail/letter.txt")]
struct TextPart<'a> {
    letter: &'a Letter,
    unsubscribe_label: String,
}

/// Text fit for a header: no control characters (CR and LF above all), trimmed, at most
/// `max` characters.
pub fn header_safe(text: &str, max: usize) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(max)
        .collect()
}

impl Letter {
    /// A letter of `kind` to a person, in `lang`, with the standard greeting and footer.
    pub fn to(kind: MailKind, to_address: &str, to_name: &str, lang: Lang) -> Self {
        let to_name = header_safe(to_name, 200);
        Self {
            kind,
            to_address: to_address.trim().to_string(),
            greeting: lang.t1("mail-greeting", "name", &to_name),
            to_name,
            lang,
            subject: String::new(),
            paragraphs: Vec::new(),
            items: Vec::new(),
            sections: Vec::new(),
            action: None,
            unsubscribe: None,
            footer: lang.t("mail-footer-automatic"),
        }
    }

    /// Renders both parts. The links of a mail whose effect is measured carry its kind (never
    /// who received it), so the visits it brings can be counted together.
    pub fn render(&self) -> Result<Rendered> {
        let internal = |e: askama::Error| Error::Internal(e.to_string());
        let tagged;
        let letter = if self.kind.counts_arrivals() {
            tagged = self.with_tagged_links();
            &tagged
        } else {
            self
        };
        let html = HtmlPart {
            letter,
            lang: self.lang.code(),
            unsubscribe_label: self.lang.t("mail-unsubscribe"),
        }
        .render()
        .map_err(internal)?;
        let text = TextPart {
            letter,
            unsubscribe_label: self.lang.t("mail-unsubscribe"),
        }
        .render()
        .map_err(internal)?;
        Ok(Rendered {
            kind: self.kind,
            to_address: self.to_address.clone(),
            to_name: self.to_name.clone(),
            lang: self.lang,
            subject: header_safe(&self.subject, 300),
            html,
            text,
            unsubscribe: self.unsubscribe.clone(),
        })
    }

    /// A copy whose item, section and button links say they came from a mail of this kind.
    fn with_tagged_links(&self) -> Self {
        let via = self.kind.as_str();
        let tag = |(line, url): &(String, String)| (line.clone(), tagged_link(url, via));
        Self {
            items: self.items.iter().map(tag).collect(),
            sections: (self.sections.iter())
                .map(|(heading, items)| (heading.clone(), items.iter().map(tag).collect()))
                .collect(),
            action: self.action.as_ref().map(tag),
            ..self.clone()
        }
    }
}

/// The query parameter naming the kind of mail a visit came from.
pub const VIA_PARAMETER: &str = "via";

/// `url` with `via=<kind>` added to its query (before any fragment).
fn tagged_link(url: &str, via: &str) -> String {
    let (address, fragment) = match url.split_once('#') {
        Some((address, fragment)) => (address, Some(fragment)),
        None => (url, None),
    };
    let joiner = if address.contains('?') { '&' } else { '?' };
    let mut tagged = format!("{address}{joiner}{VIA_PARAMETER}={via}");
    if let Some(fragment) = fragment {
        tagged.push('#');
        tagged.push_str(fragment);
    }
    tagged
}
