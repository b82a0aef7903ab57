//! iCalendar (RFC 5545) text for one event or a feed: a small, fully tested writer rather than
//! a crate that would bring a second date library along for a dozen lines of output.

use jiff::Timestamp;

/// One event as a calendar shows it.
#[derive(Debug, Clone)]
pub struct CalendarEvent {
    /// Stable id (the post id).
    pub id: i64,
    /// Title.
    pub title: String,
    /// Start, epoch milliseconds.
    pub starts_at: i64,
    /// End, epoch milliseconds.
    pub ends_at: i64,
    /// Where, or empty.
    pub location: String,
    /// The event's page in Plein.
    pub url: String,
    /// Whether the member is only on the waiting list.
    pub tentative: bool,
}

/// A complete calendar holding `events`, named `name`, for host `host` (part of the UIDs).
pub fn calendar(name: &str, host: &str, events: &[CalendarEvent], now_ms: i64) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//Plein//Plein events//EN");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    line(&mut out, &format!("X-WR-CALNAME:{}", escape(name)));
    for event in events {
        line(&mut out, "BEGIN:VEVENT");
        line(
            &mut out,
            &format!("UID:event-{}@{}", event.id, escape(host)),
        );
        line(&mut out, &format!("DTSTAMP:{}", utc(now_ms)));
        line(&mut out, &format!("DTSTART:{}", utc(event.starts_at)));
        line(&mut out, &format!("DTEND:{}", utc(event.ends_at)));
        line(&mut out, &format!("SUMMARY:{}", escape(&event.title)));
        if !event.location.is_empty() {
            line(&mut out, &format!("LOCATION:{}", escape(&event.location)));
        }
        line(&mut out, &format!("URL:{}", event.url));
        line(&mut out, &format!("DESCRIPTION:{}", escape(&event.url)));
        let status = if event.tentative {
            "TENTATIVE"
        } else {
            "CONFIRMED"
        };
        line(&mut out, &format!("STATUS:{status}"));
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

/// A UTC date-time in the basic format calendars expect.
fn utc(ms: i64) -> String {
    Timestamp::from_millisecond(ms)
        .map(|t| t.strftime("%Y%m%dT%H%M%SZ").to_string())
        .unwrap_or_else(|_| "19700101T000000Z".into())
}

/// Escapes text values: backslash, semicolon, comma and newlines.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends a content line, folded at 75 octets (never inside a UTF-8 character), with CRLF.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event() -> CalendarEvent {
        CalendarEvent {
            id: 42,
            title: "Lunchlezing; AI, privacy\nen jij".into(),
            starts_at: 1_772_456_400_000,
            ends_at: 1_772_460_000_000,
            location: "Zaal 3, Utrecht".into(),
            url: "https://plein.example/posts/42".into(),
            tentative: true,
        }
    }

    #[test]
    fn a_calendar_has_escaped_utc_events_with_crlf() {
        let text = calendar("Mijn evenementen", "plein.example", &[event()], 0);
        assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        assert!(text.contains("UID:event-42@plein.example\r\n"));
        assert!(text.contains("DTSTART:20260302T130000Z\r\n"));
        assert!(text.contains("DTEND:20260302T140000Z\r\n"));
        assert!(text.contains("SUMMARY:Lunchlezing\\; AI\\, privacy\\nen jij\r\n"));
        assert!(text.contains("LOCATION:Zaal 3\\, Utrecht\r\n"));
        assert!(text.contains("STATUS:TENTATIVE\r\n"));
        assert!(
            !text.replace("\r\n", "").contains('\n'),
            "only CRLF line ends"
        );
    }

    #[test]
    fn long_lines_fold_without_splitting_characters() {
        let mut out = String::new();
        let long = format!("SUMMARY:{}", "é".repeat(60));
        line(&mut out, &long);
        for physical in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= 75, "{} octets", physical.len());
        }
        assert_eq!(out.replace("\r\n ", "").trim_end(), long);
    }
}
