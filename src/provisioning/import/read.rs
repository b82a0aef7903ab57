//! Reading a list of colleagues as people save it from a spreadsheet or an HR system: UTF-8
//! (with or without a byte-order mark), UTF-16 with its mark (Excel's "Unicode text"), or else
//! Windows-1252 (Excel's plain "CSV" on a Dutch Windows) — said on the preview so names can be
//! checked; separated by commas, semicolons or tabs, whichever the first line uses; with a
//! header naming the columns in Dutch or English, or without one in the documented order.

use crate::error::{Error, Result};

/// The largest file read (a 20,000-row export is about 2.5 MB).
pub const MAX_BYTES: usize = 8 * 1024 * 1024;

/// The most colleagues one import may hold.
pub const MAX_ROWS: usize = 20_000;

/// The columns an import can carry, in the order read when the file has no header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// E-mail address (required): who the row is about.
    Email,
    /// Name as shown.
    Name,
    /// Department.
    Department,
    /// Job title.
    JobTitle,
    /// Location.
    Location,
    /// The manager's e-mail address.
    Manager,
    /// Platform role.
    Role,
}

impl Column {
    /// Every column, in the order of a file without a header.
    pub const ALL: [Column; 7] = [
        Column::Email,
        Column::Name,
        Column::Department,
        Column::JobTitle,
        Column::Location,
        Column::Manager,
        Column::Role,
    ];

    /// The column a header cell names (Dutch or English, any case, spaces or underscores).
    fn from_header(cell: &str) -> Option<Column> {
        let key: String = cell
            .trim()
            .to_lowercase()
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect();
        Some(match key.as_str() {
            "email" | "emailaddress" | "mail" | "emailadres" | "username" | "upn" => Column::Email,
            "name" | "naam" | "displayname" | "fullname" | "volledigenaam" | "weergavenaam" => {
                Column::Name
            }
            "department" | "afdeling" | "team" => Column::Department,
            "jobtitle" | "title" | "functie" | "functietitel" => Column::JobTitle,
            "location" | "locatie" | "vestiging" | "office" | "kantoor" => Column::Location,
            "manager" | "manageremail" | "leidinggevende" | "leidinggevendeemail" => {
                Column::Manager
            }
            "role" | "rol" => Column::Role,
            _ => return None,
        })
    }
}

/// One colleague as written in the file, before any check.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawRow {
    /// The line of the file it starts on (1-based), for messages.
    pub line: usize,
    /// The cell of each column the file has (`None`: the file has no such column).
    pub cells: [Option<String>; 7],
}

impl RawRow {
    /// The cell of `column`, or `None` when the file has no such column.
    pub fn get(&self, column: Column) -> Option<&str> {
        self.cells[column as usize].as_deref()
    }
}

/// What was read from a file.
#[derive(Debug, Default)]
pub struct Sheet {
    /// The rows, header left out.
    pub rows: Vec<RawRow>,
    /// The columns the file has.
    pub columns: Vec<Column>,
}

/// Turns the bytes of a file into text, by its byte-order mark, else as UTF-8, else as
/// Windows-1252; a spreadsheet workbook or a file with NUL bytes is refused with a clear message.
pub fn decode(bytes: &[u8]) -> Result<(String, Option<&'static str>)> {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(Error::invalid("csv", "import-error-workbook"));
    }
    if let Some((encoding, _)) = encoding_rs::Encoding::for_bom(bytes)
        && encoding != encoding_rs::UTF_8
    {
        let (text, _) = encoding.decode_with_bom_removal(bytes);
        return Ok((text.into_owned(), Some(encoding.name())));
    }
    if bytes.contains(&0) {
        return Err(Error::invalid("csv", "import-error-binary"));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok((text.to_string(), None)),
        Err(_) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            Ok((text.into_owned(), Some(encoding_rs::WINDOWS_1252.name())))
        }
    }
}

/// The separator the first line uses most outside quotes: comma, semicolon or tab.
fn separator(text: &str) -> u8 {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for c in first.bytes() {
        if c == b'"' {
            quoted = !quoted;
        } else if !quoted && let Some(count) = counts.iter_mut().find(|(s, _)| *s == c) {
            count.1 += 1;
        }
    }
    counts
        .iter()
        .max_by_key(|(_, n)| *n)
        .filter(|(_, n)| *n > 0)
        .map_or(b',', |(s, _)| *s)
}

/// Reads the rows of a list: a header when the first row names an e-mail column, else the
/// documented column order; empty rows are skipped.
pub fn read(text: &str) -> Result<Sheet> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator(text))
        .has_headers(false)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let mut sheet = Sheet::default();
    let mut positions: Option<Vec<Option<Column>>> = None;
    for record in reader.records() {
        let record = record.map_err(|_| Error::invalid("csv", "import-error-unreadable"))?;
        if record.iter().all(|cell| cell.is_empty()) {
            continue;
        }
        let line = record.position().map_or(0, |p| p.line() as usize);
        let Some(columns) = &positions else {
            let header: Vec<Option<Column>> = record.iter().map(Column::from_header).collect();
            if header.contains(&Some(Column::Email)) {
                positions = Some(header);
                continue;
            }
            positions = Some(Column::ALL.iter().map(|c| Some(*c)).collect());
            sheet
                .rows
                .push(row(line, &record, positions.as_deref().unwrap_or_default()));
            continue;
        };
        if sheet.rows.len() == MAX_ROWS {
            return Err(Error::invalid("csv", "import-error-too-many"));
        }
        sheet.rows.push(row(line, &record, columns));
    }
    let positions = positions.unwrap_or_default();
    sheet.columns = Column::ALL
        .into_iter()
        .filter(|c| positions.contains(&Some(*c)))
        .collect();
    if sheet.rows.is_empty() {
        return Err(Error::invalid("csv", "import-error-empty"));
    }
    Ok(sheet)
}

fn row(line: usize, record: &csv::StringRecord, columns: &[Option<Column>]) -> RawRow {
    let mut row = RawRow {
        line,
        ..RawRow::default()
    };
    for (position, column) in columns.iter().enumerate() {
        if let Some(column) = column {
            let cell = record.get(position).unwrap_or("");
            // The first of two columns of the same meaning wins.
            row.cells[*column as usize].get_or_insert_with(|| cell.to_string());
        }
    }
    row
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_in_either_language_and_any_separator() {
        let sheet = read("E-mailadres;Naam;Afdeling;Functie\nanna@x.nl;Anna;HR;Adviseur\n\n")
            .unwrap_or_default();
        assert_eq!(
            sheet.columns,
            [
                Column::Email,
                Column::Name,
                Column::Department,
                Column::JobTitle
            ]
        );
        assert_eq!(sheet.rows.len(), 1);
        assert_eq!(sheet.rows[0].line, 2);
        assert_eq!(sheet.rows[0].get(Column::Department), Some("HR"));
        assert_eq!(sheet.rows[0].get(Column::Role), None);
        let tabbed = read("email\trole\n\"bram@x.nl\"\tadmin").unwrap_or_default();
        assert_eq!(tabbed.rows[0].get(Column::Role), Some("admin"));
    }

    #[test]
    fn without_a_header_the_documented_order() {
        let sheet = read("anna@x.nl, Anna de Vries, HR").unwrap_or_default();
        assert_eq!(sheet.rows[0].line, 1);
        assert_eq!(sheet.rows[0].get(Column::Name), Some("Anna de Vries"));
        assert_eq!(sheet.rows[0].get(Column::Department), Some("HR"));
        assert_eq!(sheet.rows[0].get(Column::Location), Some(""));
    }

    #[test]
    fn encodings_people_save_in() {
        let (text, from) = decode("naam\nZoë".as_bytes()).unwrap_or_default();
        assert_eq!((text.as_str(), from), ("naam\nZoë", None));
        let (text, from) = decode(b"\xEF\xBB\xBFnaam").unwrap_or_default();
        assert_eq!((text.as_str(), from), ("naam", None));
        let (text, from) = decode(b"Zo\xEB").unwrap_or_default();
        assert_eq!((text.as_str(), from), ("Zoë", Some("windows-1252")));
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Zoë".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let (text, from) = decode(&utf16).unwrap_or_default();
        assert_eq!((text.as_str(), from), ("Zoë", Some("UTF-16LE")));
        assert!(decode(b"PK\x03\x04rest").is_err());
        assert!(decode(b"a\0b").is_err());
    }
}
