//! Text made safe for where it goes: a terminal, a Markdown or HTML page, a
//! spreadsheet cell. A leaf module: it uses nothing else of lane, so the error type
//! and every renderer can use it without depending on each other.

use std::borrow::Cow;

/// Whether a character would act on a terminal or reorder the text around it rather
/// than show: control characters (ESC starts the sequences that move the cursor,
/// retitle the window or hide text) and the bidirectional overrides.
fn unprintable(c: char) -> bool {
    c.is_control()
        || ('\u{202A}'..='\u{202E}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

/// Text from the data folder made safe for a terminal: every control character
/// except the line end is shown as `\u{1b}` instead of acting (a case file or CSV
/// from elsewhere must not drive the clerk's terminal).
pub fn printable(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| unprintable(c) && c != '\n') {
        return s.into();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if unprintable(c) && c != '\n' {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out.into()
}

/// [`printable`] for a line that must stay one line (a confirmation that quotes
/// what the user typed): the line end is shown as `\n` too.
pub fn printable_line(s: &str) -> Cow<'_, str> {
    if !s.chars().any(unprintable) && !s.contains('\n') {
        return s.into();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if unprintable(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out.into()
}

/// Escapes text for a Markdown table cell or paragraph.
pub fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '|' | '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            c if unprintable(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// Escapes text for HTML element content and quoted attribute values.
pub fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Guards a text cell against spreadsheet formula injection (OWASP): a cell that a
/// spreadsheet would run as a formula gets a leading `'`. Plain numbers and phone
/// numbers are left alone. The full-width signs (`＝`, `＋`, `－`, `＠`) count too:
/// spreadsheets with a Chinese input method can take them for the ASCII ones.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    if is_formula(cell) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// Whether a spreadsheet could run the cell as a formula (see [`neutralise`]).
pub fn is_formula(cell: &str) -> bool {
    let risky = cell.starts_with([
        '=', '+', '-', '@', '\t', '\r', '\u{FF1D}', '\u{FF0B}', '\u{FF0D}', '\u{FF20}',
    ]);
    let plain_number = {
        let body = cell.strip_prefix(['+', '-']).unwrap_or(cell);
        body.starts_with(|c: char| c.is_ascii_digit())
            && body
                .chars()
                .all(|c| c.is_ascii_digit() || " .()-".contains(c))
    };
    risky && !plain_number
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_numbers_are_not() {
        assert_eq!(neutralise("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(neutralise("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise("-2+3 cmd"), "'-2+3 cmd");
        assert_eq!(neutralise("+86 138 0000 0001"), "+86 138 0000 0001");
        assert_eq!(neutralise("-5"), "-5");
        assert_eq!(neutralise("张桂兰"), "张桂兰");
        assert_eq!(neutralise("＝HYPERLINK(1)"), "'＝HYPERLINK(1)");
        assert_eq!(neutralise("\t=1"), "'\t=1");
        assert_eq!(neutralise("\r=1"), "'\r=1");
    }

    #[test]
    fn control_characters_are_shown_instead_of_run() {
        assert_eq!(
            printable("a\u{1b}]0;pwned\u{7}b"),
            "a\\u{1b}]0;pwned\\u{7}b"
        );
        assert_eq!(printable("x\u{202E}y\nz"), "x\\u{202e}y\nz");
        assert_eq!(printable("张桂兰"), "张桂兰");
        assert_eq!(md_escape("a|b\u{1b}\n*"), "a\\|b\u{FFFD} \\*");
    }

    #[test]
    fn markup_is_neutral() {
        assert_eq!(
            html_escape(r#"<script>alert("x&y's")</script>"#),
            "&lt;script&gt;alert(&quot;x&amp;y&#39;s&quot;)&lt;/script&gt;"
        );
        assert_eq!(html_escape("槐树巷"), "槐树巷");
    }
}
