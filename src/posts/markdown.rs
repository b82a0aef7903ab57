//! Markdown to safe HTML. comrak drops raw HTML; ammonia then sanitises whatever is left, so a
//! `<script>` or an `onerror` attribute never reaches a reader (stored XSS is the classic hole of
//! social platforms).

use comrak::{Options, markdown_to_html};

/// Renders member-written Markdown as sanitised HTML.
pub fn render(markdown: &str) -> String {
    let mut options = Options::default();
    options.extension.strikethrough = true;
    options.extension.table = true;
    options.extension.autolink = true;
    options.render.hardbreaks = true;
    let html = markdown_to_html(&crate::topics::tags::link_tags(markdown), &options);
    ammonia::Builder::default()
        .link_rel(Some("noopener noreferrer nofollow"))
        .clean(&html)
        .to_string()
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
    fn scripts_and_handlers_come_out_inert() {
        let html = render(
            "<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n[x](javascript:alert(3))",
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("onerror"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
    }
}
