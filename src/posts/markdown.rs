//! Markdown to safe HTML. comrak drops raw HTML; ammonia then sanitises whatever is left, so a
//! `<script>` or an `onerror` attribute never reaches a reader (stored XSS is the classic hole of
//! social platforms). Images from other sites become links: an outside image loads when the post
//! is read, which would tell its owner who read what (a tracking pixel); the CSP's `img-src`
//! refuses them too.

use comrak::nodes::NodeValue;
use comrak::{Arena, Options, format_html, parse_document};

/// Whether `url` is served by Plein itself (a path, not another site).
fn is_local(url: &str) -> bool {
    url.starts_with('/') && !url.starts_with("//") && !url.starts_with("/\\")
}

/// Renders member-written Markdown as sanitised HTML.
pub fn render(markdown: &str) -> String {
    let mut options = Options::default();
    options.extension.strikethrough = true;
    options.extension.table = true;
    options.extension.autolink = true;
    options.render.hardbreaks = true;
    let arena = Arena::new();
    let root = parse_document(&arena, &super::tags::link_tags(markdown), &options);
    for node in root.descendants() {
        let mut data = node.data_mut();
        if let NodeValue::Image(link) = &data.value
            && !is_local(&link.url)
        {
            data.value = NodeValue::Link(link.clone());
        }
    }
    let mut html = String::new();
    if format_html(root, &options, &mut html).is_err() {
        html.clear();
    }
    ammonia::Builder::default()
        .link_rel(Some("noopener noreferrer nofollow"))
        .clean(&html)
        .to_string()
}

/// The start of sanitised HTML as plain text (tags dropped, entities read back, white space
/// collapsed), cut at a word with an ellipsis. Escaped again when rendered.
pub fn excerpt(html: &str, max_chars: usize) -> String {
    let text = ammonia::Builder::empty().clean(html).to_string();
    let text = text
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&");
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = String::new();
    for word in words {
        if out.chars().count() + word.chars().count() + 1 > max_chars {
            out.push('…');
            return out;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formatting_survives() {
        let html = render("**vet** and [link](https://example.org)");
        assert!(html.contains("<strong>vet</strong>"));
        assert!(html.contains("href=\"https://example.org\""));
        assert!(html.contains("noopener"));
    }

    #[test]
    fn outside_images_become_links_and_local_ones_stay() {
        let html = render("![pixel](https://tracker.example/p.gif) ![foto](/media/3)");
        assert!(!html.contains("<img src=\"https://"), "{html}");
        assert!(
            html.contains("href=\"https://tracker.example/p.gif\""),
            "{html}"
        );
        assert!(html.contains("<img src=\"/media/3\""), "{html}");
        assert!(!render("![x](//tracker.example/p.gif)").contains("<img"));
    }

    #[test]
    fn scripts_and_handlers_come_out_inert() {
        let html = render(
            "<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n[x](javascript:alert(3))",
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("onerror"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
    }
}
