//! What a command may write into one cell of a CSV log (a patrol row, a star
//! round): a row is one line there, so a line break or another control character
//! in the text would make the file unreadable to lane and to `lane check`.

/// Checks the text given for `flag` before it becomes a cell of an append-only
/// CSV file: one line, no control characters.
pub fn one_line(flag: &str, text: &str) -> Result<(), String> {
    match text.chars().find(|c| c.is_control()) {
        None => Ok(()),
        Some('\n' | '\r') => Err(crate::msg!("store-cell-line-break", flag = flag)),
        Some(c) => Err(crate::msg!(
            "store-cell-control",
            flag = flag,
            code = format!("U+{:04X}", c as u32)
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::one_line;

    #[test]
    fn only_one_line_of_printable_text_fits_a_cell() {
        one_line("--note", "巷口, \"quoted\"; fine").unwrap();
        assert!(one_line("--note", "two\nlines")
            .unwrap_err()
            .contains("line break"));
        assert!(one_line("--note", "cr\r")
            .unwrap_err()
            .contains("line break"));
        assert!(one_line("--note", "tab\there")
            .unwrap_err()
            .contains("U+0009"));
    }
}
