//! @mentions. The composer's autocomplete writes a mention as `@[Name](/people/ID)`, which
//! Markdown renders as a link to the profile; someone typing without JavaScript can write
//! `@colleague@example.nl`, which is turned into the same form when the text is saved.

use crate::error::Result;
use crate::people::service as people;

const LINK: &str = "](/people/";

/// The ids of the members a text mentions, each once, in order of appearance.
pub fn mentioned_ids(markdown: &str) -> Vec<i64> {
    let mut ids = Vec::new();
    let mut rest = markdown;
    while let Some(at) = rest.find("@[") {
        rest = &rest[at + 2..];
        let Some(close) = rest.find(LINK) else {
            break;
        };
        if rest[..close].contains([']', '\n']) {
            continue;
        }
        let after = &rest[close + LINK.len()..];
        let digits = after.chars().take_while(char::is_ascii_digit).count();
        if after[digits..].starts_with(')')
            && let Ok(id) = after[..digits].parse::<i64>()
            && !ids.contains(&id)
        {
            ids.push(id);
        }
    }
    ids
}

/// The `@name@domain` words of a text (typed mentions by e-mail address).
fn typed_mentions(markdown: &str) -> Vec<&str> {
    markdown
        .split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ',' | ';' | '!' | '?'))
        .filter_map(|word| word.strip_prefix('@'))
        .map(|word| word.trim_end_matches(['.', ':']))
        .filter(|word| word.matches('@').count() == 1 && word.contains('.'))
        .collect()
}

/// Rewrites typed mentions of existing, active members into the linked form; other text is
/// left exactly as written.
pub async fn link_typed_mentions(
    db: &impl sea_orm::ConnectionTrait,
    markdown: &str,
) -> Result<String> {
    let mut text = markdown.to_string();
    for email in typed_mentions(markdown) {
        let Some(user) = people::user_by_email(db, email).await? else {
            continue;
        };
        if !user.active {
            continue;
        }
        let name: String = user
            .display_name
            .chars()
            .filter(|c| !matches!(c, '[' | ']'))
            .collect();
        text = text.replace(
            &format!("@{email}"),
            &format!("@[{name}](/people/{})", user.id),
        );
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn linked_mentions_are_found_once_each() {
        let text = "Dank @[Anna de Vries](/people/12) en @[Bram](/people/7)! Ook @[Anna de Vries](/people/12).";
        assert_eq!(mentioned_ids(text), vec![12, 7]);
    }

    #[test]
    fn look_alikes_are_not_mentions() {
        assert!(
            mentioned_ids("[Anna](/people/12)").is_empty(),
            "a plain link"
        );
        assert!(mentioned_ids("@[Anna](/people/12x)").is_empty());
        assert!(mentioned_ids("@[Anna\nde Vries](/people/12)").is_empty());
        assert!(mentioned_ids("mail @[x] then [y](/people/3)").is_empty());
        assert!(mentioned_ids("@[unfinished").is_empty());
    }

    #[test]
    fn typed_mentions_are_e_mail_words_after_an_at() {
        assert_eq!(
            typed_mentions(
                "Vraag @anna@example.nl, of @bram@example.nl. Niet anna@example.nl of @team"
            ),
            vec!["anna@example.nl", "bram@example.nl"]
        );
    }
}
