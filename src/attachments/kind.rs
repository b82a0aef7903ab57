//! What may be attached, judged by content (never by the name or the type the browser claims):
//! images, which are re-encoded, and an allow-list of office documents, PDF and plain text,
//! stored as uploaded but always served as a download of the type found here.

use crate::stored_enum;

stored_enum! {
    /// How an attachment is shown: an image inline (with a thumbnail in feeds), a file as a
    /// download with its icon, name and size.
    pub enum AttachmentKind {
        /// A re-encoded JPEG.
        Image = "image",
        /// A document of an allowed type.
        File = "file",
    }
}

/// A file type Plein accepts, with the type it is served as and the extension its name gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileType {
    /// The `Content-Type` it is served with.
    pub mime: &'static str,
    /// The extension its stored name ends in.
    pub extension: &'static str,
}

const fn file(mime: &'static str, extension: &'static str) -> FileType {
    FileType { mime, extension }
}

/// The documents an organisation shares: PDF, Office (current and legacy), OpenDocument.
const DOCUMENTS: [FileType; 10] = [
    file("application/pdf", "pdf"),
    file(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "docx",
    ),
    file(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "xlsx",
    ),
    file(
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "pptx",
    ),
    file("application/vnd.oasis.opendocument.text", "odt"),
    file("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    file("application/vnd.oasis.opendocument.presentation", "odp"),
    file("application/msword", "doc"),
    file("application/vnd.ms-excel", "xls"),
    file("application/vnd.ms-powerpoint", "ppt"),
];

/// Plain text, recognised by its name's extension and taken only when it is UTF-8 text.
const TEXTS: [FileType; 2] = [
    file("text/plain; charset=utf-8", "txt"),
    file("text/csv; charset=utf-8", "csv"),
];

/// The type of an upload that is not an image, or `None` when it is not on the allow-list.
pub fn file_type(name: &str, bytes: &[u8]) -> Option<FileType> {
    match infer::get(bytes).map(|found| found.extension()) {
        Some("zip") => office_open_xml(bytes),
        Some(extension) => DOCUMENTS.into_iter().find(|t| t.extension == extension),
        None => plain_text(name, bytes),
    }
}

/// An Office Open XML file that `infer` took for a plain ZIP (LibreOffice writes its parts in
/// another order): the first part names say which kind.
fn office_open_xml(bytes: &[u8]) -> Option<FileType> {
    let head = &bytes[..bytes.len().min(64 * 1024)];
    let has = |needle: &[u8]| head.windows(needle.len()).any(|w| w == needle);
    if !has(b"[Content_Types].xml") {
        return None;
    }
    let extension = [(&b"word/"[..], "docx"), (b"xl/", "xlsx"), (b"ppt/", "pptx")]
        .into_iter()
        .find(|(part, _)| has(part))?
        .1;
    DOCUMENTS.into_iter().find(|t| t.extension == extension)
}

fn plain_text(name: &str, bytes: &[u8]) -> Option<FileType> {
    let extension = name.rsplit_once('.')?.1.to_ascii_lowercase();
    let kind = TEXTS.into_iter().find(|t| t.extension == extension)?;
    let text = std::str::from_utf8(bytes).ok()?;
    let clean = !text
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'));
    clean.then_some(kind)
}

/// The name an attachment is stored and offered under: the last part of what the browser sent,
/// without control characters, at most 120 characters, ending in the extension of what it
/// really is (so a PDF named `report.html` is saved as `report.pdf`).
pub fn stored_name(sent: &str, extension: &str) -> String {
    let base = sent.rsplit(['/', '\\']).next().unwrap_or_default();
    let clean: String = base
        .chars()
        .filter(|c| !c.is_control())
        .collect::<String>()
        .trim()
        .trim_start_matches('.')
        .to_string();
    let stem = match clean.rsplit_once('.') {
        Some((stem, ext)) if ext.len() <= 5 && ext.chars().all(|c| c.is_ascii_alphanumeric()) => {
            stem.trim_end()
        }
        _ => clean.as_str(),
    };
    let stem: String = stem.chars().take(120 - extension.len() - 1).collect();
    let stem = if stem.trim().is_empty() {
        "file"
    } else {
        stem.trim()
    };
    format!("{stem}.{extension}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_are_known_by_content_not_name() {
        let pdf = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n";
        assert_eq!(file_type("x.png", pdf).map(|t| t.extension), Some("pdf"));
        let html = b"<!doctype html><script>alert(1)</script>";
        assert_eq!(file_type("report.pdf", html), None);
        assert_eq!(file_type("page.html", html), None);
    }

    #[test]
    fn text_only_by_extension_and_only_when_clean_utf8() {
        assert_eq!(
            file_type("cijfers.csv", "naam;aantal\nKoffie;3\n".as_bytes()).map(|t| t.extension),
            Some("csv")
        );
        assert_eq!(file_type("notes.txt", b"bin\x00ary"), None);
        assert_eq!(file_type("notes.txt", &[0xff, 0xfe, 0x41]), None);
        assert_eq!(file_type("notes.svg", b"<svg/>"), None);
    }

    #[test]
    fn names_keep_their_stem_and_get_the_true_extension() {
        assert_eq!(
            stored_name("C:\\Users\\an\\Jaarplan 2027.PDF", "pdf"),
            "Jaarplan 2027.pdf"
        );
        assert_eq!(stored_name("../../etc/passwd", "txt"), "passwd.txt");
        assert_eq!(stored_name("report.html", "pdf"), "report.pdf");
        assert_eq!(stored_name("\u{0}\u{7}", "pdf"), "file.pdf");
        assert_eq!(stored_name(".htaccess", "txt"), "htaccess.txt");
        assert_eq!(
            stored_name("vakantie.foto.jpeg", "jpg"),
            "vakantie.foto.jpg"
        );
        assert!(stored_name(&"a".repeat(500), "docx").chars().count() <= 120);
    }
}
