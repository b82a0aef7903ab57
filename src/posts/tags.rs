//! Finding `#tags` in Markdown and linking them, outside code.

/// Most tags taken from one post.
pub const MAX_TAGS: usize = 10;

/// Longest tag, in characters.
const MAX_LEN: usize = 50;

fn is_tag_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '-'
}

/// Calls `found(start, end)` for every tag (the `#` included) in a line that is not code,
/// skipping inline code spans.
fn scan_line(line: &str, found: &mut impl FnMut(usize, usize)) {
    let mut in_code = false;
    let mut previous: Option<char> = None;
    let mut chars = line.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c == '`' {
            in_code = !in_code;
        } else if c == '#'
            && !in_code
            && previous.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | ',' | ';'))
            && chars.peek().is_some_and(|(_, n)| n.is_alphabetic())
        {
            let mut end = at + 1;
            while let Some(&(i, n)) = chars.peek() {
                if !is_tag_char(n) {
                    break;
                }
                end = i + n.len_utf8();
                chars.next();
            }
            let tag = &line[at + 1..end];
            let tag = tag.trim_end_matches(['-', '_']);
            if tag.chars().count() <= MAX_LEN {
                found(at, at + 1 + tag.len());
            }
            previous = line[..end].chars().last();
            continue;
        }
        previous = Some(c);
    }
}

/// Calls `each(line)` for every line outside fenced or indented code blocks, in order, with
/// whether it is code.
fn lines(markdown: &str) -> impl Iterator<Item = (&str, bool)> {
    let mut fenced = false;
    markdown.split_inclusive('\n').map(move |line| {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            fenced = !fenced;
            return (line, true);
        }
        (
            line,
            fenced || line.starts_with("    ") || line.starts_with('\t'),
        )
    })
}

/// The distinct topic keys (lower-cased, without `#`) a text tags, at most [`MAX_TAGS`].
pub fn tags_in(markdown: &str) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    for (line, code) in lines(markdown) {
        if code {
            continue;
        }
        scan_line(line, &mut |start, end| {
            let key = line[start + 1..end].to_lowercase();
            if !keys.contains(&key) && keys.len() < MAX_TAGS {
                keys.push(key);
            }
        });
    }
    keys
}

/// The text with every tag turned into a Markdown link to its topic page (for rendering only;
/// the stored text keeps what the author typed).
pub fn link_tags(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    for (line, code) in lines(markdown) {
        if code {
            out.push_str(line);
            continue;
        }
        let mut last = 0;
        scan_line(line, &mut |start, end| {
            let tag = &line[start + 1..end];
            out.push_str(&line[last..start]);
            out.push_str(&format!("[#{tag}](/topics/{})", tag.to_lowercase()));
            last = end;
        });
        out.push_str(&line[last..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_words_after_a_hash() {
        assert_eq!(
            tags_in(
                "Over #Duurzaamheid en #fiets-plan, (#OV). Niet: a#b, # kop, #1, http://x/#frag"
            ),
            vec!["duurzaamheid", "fiets-plan", "ov"]
        );
    }

    #[test]
    fn headings_and_code_are_not_tags() {
        let text = "# Kop\n## Nog een\n`#niet` maar #wel\n```\n#code\n```\n    #ingesprongen\n";
        assert_eq!(tags_in(text), vec!["wel"]);
    }

    #[test]
    fn tags_become_links_and_the_rest_stays() {
        assert_eq!(
            link_tags("Zie #Duurzaamheid.\n`#niet`\n"),
            "Zie [#Duurzaamheid](/topics/duurzaamheid).\n`#niet`\n"
        );
    }

    #[test]
    fn at_most_ten_distinct_tags() {
        let many: String = (0..15).map(|i| format!("#t{i}x ")).collect();
        let text = format!("#a #A {many}");
        assert_eq!(tags_in(&text).len(), MAX_TAGS);
        assert_eq!(tags_in("#a #A"), vec!["a"]);
    }
}
