//! Tests of [`super`]: rows, raw bytes, refusals and encodings.

use super::*;

#[test]
fn rows_keep_lines_and_raw_bytes() {
    let text = "id,name\r\nA1,\"x\r\ny\"\r\n\r\nA2,张\r\n".to_string();
    let doc = parse(text, false, "t.csv").unwrap();
    assert!(doc.crlf);
    assert_eq!(doc.rows.len(), 2);
    assert_eq!(doc.rows[0].line, 2);
    assert_eq!(doc.rows[1].line, 5);
    assert_eq!(&doc.text[doc.rows[1].raw.clone()], "A2,张\r\n");
    let out = rewrite(
        &doc,
        |r| {
            if r.line == 5 {
                Edit::Replace(vec!["A2".into(), "王".into()])
            } else {
                Edit::Keep
            }
        },
        &[vec!["A3".into(), "a,b".into()]],
    );
    assert_eq!(
        String::from_utf8(out).unwrap(),
        "id,name\r\nA1,\"x\r\ny\"\r\n\r\nA2,王\r\nA3,\"a,b\"\r\n"
    );
}

#[test]
fn a_last_row_without_line_end_is_kept_as_it_is() {
    let doc = parse("id,n\nA1,x\nA2,y".into(), false, "t.csv").unwrap();
    let edit_a1 = |r: &Row| {
        if r.line == 2 {
            Edit::Replace(vec!["A1".into(), "z".into()])
        } else {
            Edit::Keep
        }
    };
    let out = rewrite(&doc, edit_a1, &[]);
    assert_eq!(String::from_utf8(out).unwrap(), "id,n\nA1,z\nA2,y");
    let out = rewrite(&doc, |_| Edit::Keep, &[vec!["A3".into(), "w".into()]]);
    assert_eq!(String::from_utf8(out).unwrap(), "id,n\nA1,x\nA2,y\nA3,w\n");
    let out = rewrite(
        &doc,
        |r| {
            if r.line == 3 {
                Edit::Remove
            } else {
                Edit::Keep
            }
        },
        &[],
    );
    assert_eq!(String::from_utf8(out).unwrap(), "id,n\nA1,x\n");
    let header_only = parse("id,n".into(), true, "t.csv").unwrap();
    let out = rewrite(
        &header_only,
        |_| Edit::Keep,
        &[vec!["A1".into(), "x".into()]],
    );
    assert_eq!(String::from_utf8(out).unwrap(), "\u{FEFF}id,n\nA1,x\n");
}

#[test]
fn blank_lines_after_an_edited_row_stay() {
    let doc = parse("id,n\r\nA1,x\r\n\r\n\r\nA2,y\r\n".into(), false, "t.csv").unwrap();
    let out = rewrite(
        &doc,
        |r| {
            if r.line == 2 {
                Edit::Replace(vec!["A1".into(), "z".into()])
            } else {
                Edit::Keep
            }
        },
        &[],
    );
    assert_eq!(
        String::from_utf8(out).unwrap(),
        "id,n\r\nA1,z\r\n\r\n\r\nA2,y\r\n"
    );
}

#[test]
fn short_rows_are_listed_with_lines() {
    let err = parse("a,b\n1\n2,3\n4,5,6\n".into(), false, "f.csv").unwrap_err();
    assert_eq!(
        err.problems,
        vec![
            "f.csv:2: the row has 1 fields but the header has 2",
            "f.csv:4: the row has 3 fields but the header has 2"
        ]
    );
}

/// Found by fuzzing (fuzz/fuzz_targets/csv_file.rs): a quote inside a field, or
/// a line ending in CR alone, made lane's split disagree with the csv crate, and
/// the rows in between were silently invisible (a new household then took the ID
/// of a hidden one).
#[test]
fn no_row_hides_behind_a_stray_quote_or_a_lone_cr() {
    let text = "id,note\nH1,door 3\" wide\nH2,x\nH3,pipe 5\" long\n";
    let doc = parse(text.into(), false, "f.csv").unwrap();
    let ids: Vec<&str> = doc.rows.iter().map(|r| r.fields[0].as_str()).collect();
    assert_eq!(ids, ["H1", "H2", "H3"]);
    assert_eq!(doc.rows[0].fields[1], "door 3\" wide");
    let quoted = "id,note\nH1,\"a \"\"b\"\" \nc\"\nH2,\"x\"y\"z\n";
    let doc = parse(quoted.into(), false, "f.csv").unwrap();
    assert_eq!(doc.rows[0].fields[1], "a \"b\" \nc");
    assert_eq!(doc.rows[1].fields[1], "xy\"z");
    assert_eq!(doc.rows[1].line, 4);
    let err = parse("id,n\rH1,x\r".into(), false, "f.csv").unwrap_err();
    assert!(err.problems[0].starts_with("f.csv:1: a line ends in a carriage return alone"));
    let err = parse("id,n\nH1,x\ry\n".into(), false, "f.csv").unwrap_err();
    assert!(err.problems[0].starts_with("f.csv:2: a line ends"));
}

/// Found by fuzzing: a last line ending in U+FEFF (the BOM's character, here as
/// text) got no line end before an appended row, which joined that line.
#[test]
fn a_row_appended_after_a_last_line_ending_in_feff_gets_its_own_line() {
    let doc = parse("id,n\nA1,x\u{FEFF}".into(), false, "f.csv").unwrap();
    let out = rewrite(&doc, |_| Edit::Keep, &[vec!["A2".into(), "y".into()]]);
    assert_eq!(
        String::from_utf8(out).unwrap(),
        "id,n\nA1,x\u{FEFF}\nA2,y\n"
    );
}

/// Found by fuzzing: after a doubled BOM, a quote at the start of the header
/// opened a field for the csv crate but not for lane's split, and a row appended
/// later vanished into the header.
#[test]
fn a_doubled_bom_does_not_shift_the_quoting() {
    let text = "\u{FEFF}\"a\nb\",c\nA1,x\n";
    let doc = parse(text.into(), true, "f.csv").unwrap();
    assert_eq!(doc.header, ["a\nb", "c"]);
    assert_eq!(doc.rows[0].fields, ["A1", "x"]);
    let out = rewrite(&doc, |_| Edit::Keep, &[vec!["A2".into(), "y".into()]]);
    let (t, bom) = decode(&out, "f.csv", Encoding::Utf8Only).unwrap();
    let back = parse(t, bom, "f.csv").unwrap();
    assert_eq!(back.rows[1].fields, ["A2", "y"]);
}

/// The refusals around the reader's records. A U+FEFF after the first record is
/// text (the reader skips one only at the very start), so a quote after it opens
/// no field: a first version of the reader-based split got that wrong, caught by
/// comparing it with the old hand-written split on a million random texts.
#[test]
fn records_end_where_the_csv_crate_ends_them() {
    let doc = parse("id,n\n\u{FEFF}\"x,y\n".into(), false, "f.csv").unwrap();
    assert_eq!(doc.rows[0].fields, ["\u{FEFF}\"x", "y"]);
    let err = parse("id,n\nA1,\"x\ny\n".into(), false, "f.csv").unwrap_err();
    assert_eq!(
        err.problems,
        ["f.csv:2: a quoted field is never closed (a missing `\"`)"]
    );
    let err = parse("id,n\n\n\r\rA1,x\n".into(), false, "f.csv").unwrap_err();
    assert!(err.problems[0].starts_with("f.csv:3: a line ends in a carriage return alone"));
    // Inside quotes a CR alone is text.
    let doc = parse("id,n\nA1,\"x\ry\"\n".into(), false, "f.csv").unwrap();
    assert_eq!(doc.rows[0].fields, ["A1", "x\ry"]);
}

#[test]
fn merge_conflict_markers_are_named() {
    let text = "id,n\n<<<<<<< HEAD\nA1,x\n=======\nA1,y\n>>>>>>> other\n";
    let (doc, problems) = parse_lenient(text.into(), false, "f.csv").unwrap();
    let msg = "a git merge conflict marker is left in the file; keep the rows of both sides and delete the marker lines";
    assert_eq!(problems, [2, 4, 6].map(|l| format!("f.csv:{l}: {msg}")));
    assert_eq!(rewrite(&doc, |_| Edit::Keep, &[]), text.as_bytes());
    let err = parse("<<<<<<< HEAD\nid,n\n".into(), false, "f.csv").unwrap_err();
    assert_eq!(err.problems, [format!("f.csv:1: {msg}")]);
}

#[test]
fn blank_lines_before_the_header_are_kept() {
    let text = "\n\r\nid,n\nA1,x\n";
    let doc = parse(text.into(), false, "f.csv").unwrap();
    assert_eq!(doc.rows[0].line, 4);
    assert_eq!(rewrite(&doc, |_| Edit::Keep, &[]), text.as_bytes());
}

#[test]
fn gbk_is_decoded_or_refused() {
    let (bytes, _, _) = encoding_rs::GBK.encode("id,head\nH1,张三\n");
    let (text, bom) = decode(&bytes, "x.csv", Encoding::Utf8OrGbk).unwrap();
    assert_eq!((text.as_str(), bom), ("id,head\nH1,张三\n", false));
    let err = decode(&bytes, "x.csv", Encoding::Utf8Only).unwrap_err();
    assert_eq!(
        err.problems,
        vec!["x.csv:2: the file is GBK/GB18030 text, not UTF-8"]
    );
    let (text, bom) = decode(b"\xEF\xBB\xBFid\n", "x.csv", Encoding::Utf8Only).unwrap();
    assert_eq!((text.as_str(), bom), ("id\n", true));
}
