//! Chinese help that fits the terminal: clap wraps help only at ASCII spaces,
//! so a run of Chinese overflows the line. The help clap rendered is wrapped
//! again here by display width, each continuation indented at the column where
//! its line's help text starts.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The width clap wraps help at: `$COLUMNS`, else the terminal's, else 100, and
/// never more than 100 (`max_term_width` in src/cli.rs).
pub fn width() -> usize {
    let env = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok());
    let term = || terminal_size::terminal_size().map(|(w, _)| usize::from(w.0));
    env.or_else(term).unwrap_or(100).clamp(20, 100)
}

/// `text` with every line wider than `width` broken, between Chinese
/// characters or at a space, its continuations indented as its help text.
pub fn rewrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    for line in text.lines() {
        if line.width() <= width {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let indent = help_column(line);
        let (head, rest) = split_at_column(line, indent);
        let mut current = head.to_string();
        let mut used = head.width();
        for piece in pieces(rest) {
            let w = piece.width();
            if used + w > width && used > indent {
                out.push_str(current.trim_end());
                out.push('\n');
                current = " ".repeat(indent);
                used = indent;
                let piece = piece.trim_start();
                current.push_str(piece);
                used += piece.width();
            } else {
                current.push_str(piece);
                used += w;
            }
        }
        out.push_str(current.trim_end());
        out.push('\n');
    }
    out
}

/// Where the help text of a line starts: after the first run of two or more
/// spaces that follows the option's name, else after the leading spaces.
fn help_column(line: &str) -> usize {
    let lead = line.len() - line.trim_start().len();
    let body = &line[lead..];
    match body.find("  ") {
        Some(i) if body.starts_with('-') || body.starts_with('<') || lead <= 2 => {
            let after = &body[i..];
            let gap = after.len() - after.trim_start().len();
            line[..lead + i + gap].width()
        }
        _ => line[..lead].width(),
    }
}

/// `line` cut at display column `col` (a character boundary at or after it).
fn split_at_column(line: &str, col: usize) -> (&str, &str) {
    let mut w = 0;
    for (i, c) in line.char_indices() {
        if w >= col {
            return line.split_at(i);
        }
        w += c.width().unwrap_or(0);
    }
    (line, "")
}

/// The pieces a line may break between: a Chinese character alone, or a run
/// of other characters with the spaces before it.
fn pieces(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev_space = false;
    for (i, c) in text.char_indices() {
        let wide = c.width().unwrap_or(0) > 1;
        let breaks = wide || (prev_space && c != ' ');
        if breaks && i > start {
            out.push(&text[start..i]);
            start = i;
        }
        if wide {
            let end = i + c.len_utf8();
            out.push(&text[start..end]);
            start = end;
        }
        prev_space = c == ' ';
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    glue(text, out)
}

/// The pieces with no line starting at closing punctuation nor ending at an
/// opening bracket (the rule Chinese typesetting keeps).
fn glue<'a>(text: &'a str, pieces: Vec<&'a str>) -> Vec<&'a str> {
    const OPENING: &[char] = &['[', '(', '（', '【', '“', '‘', '《', '`'];
    const CLOSING: &[char] = &[
        ']', ')', '）', '】', '”', '’', '》', '，', '。', '、', '；', '：', '！', '？', ',', '.',
    ];
    let base = text.as_ptr() as usize;
    let mut out: Vec<&'a str> = Vec::new();
    for p in pieces {
        let join = out
            .last()
            .is_some_and(|last: &&str| last.ends_with(OPENING) || p.starts_with(CLOSING));
        match out.last_mut() {
            Some(last) if join => {
                let start = last.as_ptr() as usize - base;
                let end = p.as_ptr() as usize - base + p.len();
                *last = &text[start..end];
            }
            _ => out.push(p),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_chinese_help_line_breaks_at_the_width_under_its_help_column() {
        let line =
            "      --at <TIME>   时间（YYYY-MM-DDTHH:MM，未注明时区时按本村时区）[默认：现在]";
        let got = rewrap(line, 50);
        for l in got.lines() {
            assert!(l.width() <= 50, "{l:?}");
        }
        let lines: Vec<&str> = got.lines().collect();
        assert!(lines.len() > 1);
        assert!(lines[1].starts_with(&" ".repeat(20)), "{got}");
        assert!(!lines[1].starts_with(&" ".repeat(21)), "{got}");
        let joined: String = got.split_whitespace().collect();
        let want: String = line.split_whitespace().collect();
        assert_eq!(joined, want, "nothing lost");
    }

    #[test]
    fn lines_that_fit_are_kept() {
        let text = "用法：lane open [OPTIONS]\n\n选项:\n      --title <TITLE>  问题是什么\n";
        assert_eq!(rewrap(text, 80), text);
    }
}
