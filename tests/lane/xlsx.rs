//! Issue 14: `--format xlsx -o FILE` on the listings and the reports, read back by
//! an independent reader (calamine, not the writer lane uses); `-o` for every
//! format; `--format csv-excel`; spreadsheets in (`xlsx/import.rs`).

mod import;

use std::path::{Path, PathBuf};
use std::process::Command;

use calamine::{open_workbook, Data, Reader, Xlsx};

use crate::harness::town::world;
use crate::harness::{csv_rows, json, lane_cmd, pty, pty_text, seeded_zh, Village};

/// The header row of a Markdown table, unescaped.
fn md_headers(md: &str) -> Vec<String> {
    md.lines()
        .next()
        .unwrap()
        .trim_matches('|')
        .split(" | ")
        .map(|s| s.trim().replace("\\_", "_"))
        .collect()
}

/// A workbook's sheets as lane wrote them: name, then every row from A1 (cells
/// before the used range's start filled in as empty).
pub fn sheets(path: &Path) -> Vec<(String, Vec<Vec<Data>>)> {
    let mut wb: Xlsx<_> = open_workbook(path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    let names = wb.sheet_names();
    names
        .into_iter()
        .map(|name| {
            let range = wb.worksheet_range(&name).unwrap();
            let (r0, c0) = range.start().unwrap_or((0, 0));
            let mut rows = vec![Vec::new(); r0 as usize];
            for row in range.rows() {
                let mut cells = vec![Data::Empty; c0 as usize];
                cells.extend(row.iter().cloned());
                rows.push(cells);
            }
            (name, rows)
        })
        .collect()
}

/// The number format of a cell (0-based row and column), as the file says it.
fn number_format(path: &Path, sheet: &str, (r, c): (u32, u32)) -> String {
    let mut wb: Xlsx<_> = open_workbook(path).unwrap();
    let styles = wb.worksheet_style(sheet).unwrap();
    styles
        .get((r, c))
        .and_then(|s| s.number_format.as_ref())
        .map(|f| f.format_code.clone())
        .unwrap_or_default()
}

fn text(d: &Data) -> String {
    match d {
        Data::String(s) => s.clone(),
        Data::Empty => String::new(),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        other => format!("{other:?}"),
    }
}

/// `lane --data V ARGS --format xlsx -o FILE` and the file's path.
fn xlsx(v: &Village, args: &[&str], name: &str) -> PathBuf {
    let file = v.tmp.path().join(name);
    let mut a = args.to_vec();
    a.extend(["--format", "xlsx", "-o"]);
    a.push(file.to_str().unwrap());
    let out = v.lane(&a);
    assert_eq!((out.code, out.stdout.as_str()), (0, ""), "{}", out.stderr);
    file
}

/// A listing's workbook is one sheet: the headers a person reads (the Markdown
/// header row), then the rows of the CSV, numeric columns as number cells. For
/// each kind of listing.
#[test]
fn every_listing_is_one_sheet_with_the_csv_values_and_the_people_headers() {
    let v = seeded_zh();
    v.case(1, "A01", Some("H0001"));
    v.lane(&[
        "patrol",
        "--leader",
        "L01",
        "--kind",
        "visit",
        "--household",
        "H0002",
    ])
    .ok();
    v.lane(&["stars", "new", "2026"]).ok();
    let listings: &[&[&str]] = &[
        &["alley", "list"],
        &["leader", "list"],
        &["household", "list"],
        &["list"],
        &["overdue"],
        &["patrol", "list"],
        &["stars", "list"],
    ];
    for (i, args) in listings.iter().enumerate() {
        let file = xlsx(&v, args, &format!("l{i}.xlsx"));
        let book = sheets(&file);
        assert_eq!(book.len(), 1, "{args:?}");
        let (name, rows) = &book[0];
        assert_eq!(name, "列表");
        let mut a = args.to_vec();
        a.extend(["--format", "md"]);
        let md = v.lane(&a).ok().to_string();
        let md_headers = md_headers(&md);
        let got: Vec<String> = rows[0].iter().map(text).collect();
        assert_eq!(got, md_headers, "{args:?}");
        let mut a = args.to_vec();
        a.extend(["--format", "csv"]);
        let csv = csv_rows(v.lane(&a).ok());
        assert_eq!(rows.len(), csv.len(), "{args:?}");
        for (row, want) in rows[1..].iter().zip(&csv[1..]) {
            let got: Vec<String> = row.iter().map(text).collect();
            let mut want = want.clone();
            want.resize(got.len(), String::new());
            assert_eq!(&got, &want, "{args:?}");
        }
    }
    // Numbers are number cells: a household's members, a case's days over.
    let file = xlsx(&v, &["household", "list"], "h.xlsx");
    let rows = &sheets(&file)[0].1;
    let members = rows[0]
        .iter()
        .position(|h| text(h) == "家庭人口")
        .expect("家庭人口");
    assert_eq!(rows[1][members], Data::Float(3.0));
    assert_eq!(rows[2][members], Data::Float(4.0));
    let file = xlsx(&v, &["overdue"], "o.xlsx");
    let rows = &sheets(&file)[0].1;
    assert!(matches!(rows[1].last().unwrap(), Data::Float(d) if *d > 0.0));
}

/// A report of sections (`lane stars report`) is a sheet per section, named by
/// its title.
#[test]
fn a_report_of_sections_is_a_sheet_per_section() {
    let v = seeded_zh();
    v.lane(&["stars", "new", "2026"]).ok();
    let md = v
        .lane(&["stars", "report", "--format", "md"])
        .ok()
        .to_string();
    let titles: Vec<String> = md
        .lines()
        .filter_map(|l| l.strip_prefix("## "))
        .map(|t| t.chars().take(31).collect())
        .collect();
    let file = xlsx(&v, &["stars", "report"], "s.xlsx");
    let names: Vec<String> = sheets(&file).into_iter().map(|(n, _)| n).collect();
    assert_eq!(names, titles);
    assert!(names.len() >= 2, "{names:?}");
}

/// The report's workbook: one sheet per section with localized names, the title
/// and the headline on top of the first, and the numbers `--format json` gives:
/// counts as numbers, rates as percentage cells (0..1, format 0.0%).
#[test]
fn the_report_workbook_has_the_json_numbers_in_sheets() {
    let v = Village::sample();
    let j = json(
        v.lane(&["report", "--month", "2026-10", "--format", "json"])
            .ok(),
    );
    let file = xlsx(&v, &["report", "--month", "2026-10"], "r.xlsx");
    let book = sheets(&file);
    let names: Vec<&str> = book.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "Village",
            "By alley",
            "By category",
            "By level",
            "The last person",
            "Open cases"
        ]
    );
    let village = &book[0].1;
    assert!(text(&village[0][0]).contains("October 2026 (2026-10-01 to 2026-10-31)"));
    assert_eq!(text(&village[1][0]), j["headline"].as_str().unwrap());
    assert_eq!(
        village[3].iter().map(text).collect::<Vec<_>>(),
        ["metric", "value"]
    );
    let metrics = ordered(&j["village"]["metrics"]);
    assert_eq!(village.len() - 4, metrics.len());
    let mut rates = 0;
    for (i, (key, want)) in metrics.iter().enumerate() {
        let cell = &village[4 + i][1];
        assert_eq!(text(&village[4 + i][0]), *key);
        same_number(cell, want, key);
        if key.ends_with("_rate") && !want.is_null() {
            rates += 1;
            let f = number_format(&file, "Village", (4 + i as u32, 1));
            assert_eq!(f, "0.0%", "{key}");
        }
    }
    assert!(rates >= 3);
    // Every alley, category and level row: the JSON's metrics in the JSON's order.
    for (sheet, list, lead) in [
        ("By alley", "alleys", 3),
        ("By category", "categories", 2),
        ("By level", "levels", 2),
    ] {
        let rows = &book.iter().find(|(n, _)| n == sheet).unwrap().1;
        let scopes = j[list].as_array().unwrap();
        assert_eq!(rows.len() - 1, scopes.len(), "{sheet}");
        for (row, scope) in rows[1..].iter().zip(scopes) {
            assert_eq!(text(&row[0]), scope["key"].as_str().unwrap());
            assert_eq!(text(&row[1]), scope["name"].as_str().unwrap());
            let m = ordered(&scope["metrics"]);
            assert_eq!(row.len() - lead, m.len(), "{sheet}");
            for (cell, (key, want)) in row[lead..].iter().zip(m) {
                same_number(cell, &want, key);
            }
        }
    }
    let alleys = &book[1].1;
    assert_eq!(
        text(&alleys[1][2]),
        j["alleys"][0]["leader"].as_str().unwrap()
    );
    // The last person: a row per household, as many as the JSON lists.
    let n: usize = j["last_person"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["households"].as_array().unwrap().len())
        .sum();
    let last = &book[4].1;
    assert_eq!(last.len() - 3, n);
    assert_eq!(
        text(&last[3][2]),
        j["last_person"][0]["households"][0]["id"].as_str().unwrap()
    );
    // The open cases now, as `lane list --status open` lists them.
    let open = csv_rows(
        v.lane(&["list", "--status", "open", "--format", "csv"])
            .ok(),
    );
    assert_eq!(book[5].1.len(), open.len());
}

/// A JSON scope's metrics in the report's order (JSON objects sort their keys).
fn ordered(metrics: &serde_json::Value) -> Vec<(&'static str, serde_json::Value)> {
    lane::model::metric::METRICS
        .iter()
        .filter_map(|m| metrics.get(m.key).map(|v| (m.key, v.clone())))
        .collect()
}

/// A JSON number (a rate in percent, a count) and the cell that carries it.
#[track_caller]
fn same_number(cell: &Data, want: &serde_json::Value, key: &str) {
    match (cell, want) {
        (Data::Empty, serde_json::Value::Null) => {}
        (Data::Float(f), w) if key.ends_with("_rate") => {
            let w = w.as_f64().unwrap();
            assert!((0.0..=1.0).contains(f), "{key}: {f}");
            assert!((f * 100.0 - w).abs() < 1e-9, "{key}: {f} vs {w}");
        }
        (Data::Float(f), w) => assert_eq!(*f, w.as_f64().unwrap(), "{key}"),
        other => panic!("{key}: {other:?}"),
    }
}

/// A Chinese folder's workbook speaks Chinese: sheet names and headers.
#[test]
fn a_chinese_report_workbook_has_chinese_sheets_and_headers() {
    let v = seeded_zh();
    v.case(1, "A01", Some("H0001"));
    let file = xlsx(&v, &["report", "--month", "2026-11"], "r.xlsx");
    let book = sheets(&file);
    let names: Vec<&str> = book.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        ["全村", "各街巷", "各类别", "各层级", "最后一人", "在办案件"]
    );
    let alleys = &book[1].1;
    assert_eq!(
        alleys[0][..3].iter().map(text).collect::<Vec<_>>(),
        ["编号", "名称", "街巷长"]
    );
    assert_eq!(text(&alleys[1][1]), "槐树巷");
    assert_eq!(text(&book[0].1[3][0]), "指标");
    let open = &book[5].1;
    assert_eq!(text(&open[1][0]), "NJ-2026-0001");
}

/// The town report's workbook: the town, the villages with the town's total last,
/// with the JSON's numbers.
#[test]
fn the_town_report_workbook_has_the_villages_and_the_total() {
    let w = world();
    w.run("town --town town pull").ok();
    let j = json(
        w.town(&["--format", "json", "report", "--month", "2026-11"])
            .ok(),
    );
    let file = w.path("t.xlsx");
    let f = file.to_str().unwrap();
    let out = w.town(&["--format", "xlsx", "-o", f, "report", "--month", "2026-11"]);
    assert_eq!((out.code, out.stdout.as_str()), (0, ""), "{}", out.stderr);
    let book = sheets(&file);
    let names: Vec<&str> = book.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["Town", "By village", "By category", "By level"]);
    let villages = &book[1].1;
    let js = j["villages"].as_array().unwrap();
    assert_eq!(villages.len(), js.len() + 2);
    for (row, v) in villages[1..].iter().zip(js) {
        assert_eq!(text(&row[0]), v["code"].as_str().unwrap());
        for (cell, (key, want)) in row[2..].iter().zip(ordered(&v["metrics"])) {
            same_number(cell, &want, key);
        }
    }
    // The town's listings: one sheet, the headers a person reads.
    for list in ["list", "inbox"] {
        let file = w.path(&format!("{list}.xlsx"));
        let f = file.to_str().unwrap();
        w.town(&["--format", "xlsx", "-o", f, list]).ok();
        let md = w.town(&["--format", "md", list]).ok().to_string();
        let rows = &sheets(&file)[0].1;
        let got: Vec<String> = rows[0].iter().map(text).collect();
        assert_eq!(got, md_headers(&md), "{list}");
        let csv = csv_rows(w.town(&["--format", "csv", list]).ok());
        assert_eq!(rows.len(), csv.len(), "{list}");
    }
    let total = villages.last().unwrap();
    assert_eq!(text(&total[0]), "total");
    for (cell, (key, want)) in total[2..].iter().zip(ordered(&j["town"]["metrics"])) {
        same_number(cell, &want, key);
    }
}

/// An xlsx workbook is not written to a terminal: exit 2 and a hint, nothing
/// printed to it.
#[cfg(unix)]
#[test]
fn a_workbook_is_not_written_to_a_terminal() {
    let v = seeded_zh();
    for args in [
        &["household", "list", "--format", "xlsx"][..],
        &["--format", "xlsx", "report"][..],
    ] {
        let mut p = pty(&v, args, &[]);
        p.exp_string(&pty_text("xlsx 工作簿是二进制文件，不能直接输出到终端"))
            .unwrap();
        p.exp_string(&pty_text("请用 -o 文件名 存成文件")).unwrap();
        let rest = p.exp_eof().unwrap();
        assert!(!rest.contains("PK"), "{rest}");
        match p.process.wait().unwrap() {
            rexpect::process::wait::WaitStatus::Exited(_, code) => assert_eq!(code, 2),
            other => panic!("{other:?}"),
        }
    }
}

/// Piped, the workbook goes to stdout (like `git archive`).
#[test]
fn a_workbook_may_be_piped() {
    let v = seeded_zh();
    let mut c = lane_cmd(v.tmp.path());
    c.arg("--data")
        .arg(&v.root)
        .args(["household", "list", "--format", "xlsx"]);
    let o = c.output().unwrap();
    assert_eq!(o.status.code(), Some(0));
    assert!(o.stdout.starts_with(b"PK\x03\x04"));
    let file = v.outside("piped.xlsx", &o.stdout);
    assert_eq!(sheets(&file)[0].1.len(), 4);
}

/// `-o FILE` takes every format: the file holds exactly what stdout would, and
/// stdout is empty; a file inside the data folder is refused, the folder as it was.
#[test]
fn output_goes_to_the_file_of_dash_o() {
    let v = seeded_zh();
    for format in ["table", "csv", "json", "md"] {
        let want = v
            .lane(&["alley", "list", "--format", format])
            .ok()
            .to_string();
        let file = v.tmp.path().join(format!("a.{format}"));
        let f = file.to_str().unwrap();
        v.run(&format!("alley list --format {format} --output {f}"))
            .status(0);
        assert_eq!(std::fs::read_to_string(&file).unwrap(), want, "{format}");
    }
    let before = v.snapshot();
    let inside = v.path("list.xlsx");
    v.run("household list --format xlsx -o")
        .arg(&inside)
        .stderr(format!(
            "错误：-o {}：这个位置在数据文件夹 {} 里面\n提示：数据文件夹只存放 lane 自己的文件，请把结果存到别处\n",
            inside.display(),
            v.root.display()
        ))
        .status(2);
    v.assert_unchanged(&before);
    // A command that fails before it prints writes no file.
    let none = v.tmp.path().join("none.csv");
    let out = v.lane(&["household", "show", "H0999", "-o", none.to_str().unwrap()]);
    assert_ne!(out.code, 0);
    assert!(!none.exists());
}

/// `lane check`'s problems are a listing too: a workbook of its CSV's rows.
#[test]
fn check_problems_are_a_workbook_too() {
    let v = seeded_zh();
    v.write(
        "alleys.csv",
        "id,name,group,leader,note\nA01,槐树巷,一组,L09,\nA02,油坊巷,二组,L02,\n",
    );
    let csv = csv_rows(v.lane(&["check", "--format", "csv"]).stdout);
    let file = v.tmp.path().join("check.xlsx");
    let out = v.lane(&["check", "--format", "xlsx", "-o", file.to_str().unwrap()]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let rows = &sheets(&file)[0].1;
    assert_eq!(rows.len(), csv.len());
    assert!(rows.len() > 1);
    assert_eq!(text(&rows[1][0]), csv[1][0]);
}

/// A command that prints text has no workbook: `--format` (and so `-o`) is
/// refused before the command runs, so nothing is written and nothing changes.
#[test]
fn a_text_command_writes_no_workbook() {
    let v = seeded_zh();
    let file = v.tmp.path().join("c.xlsx");
    let f = file.to_str().unwrap();
    let out = v.lane(&["man", "--format", "xlsx", "-o", f]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr
            .starts_with("错误：--format 对 `lane man` 不起作用：该命令不输出列表或报表\n"),
        "{}",
        out.stderr
    );
    assert!(!file.exists());
    // A command that writes is refused before it writes.
    let before = v.snapshot();
    let out = v.lane(&[
        "open",
        "--title",
        "t",
        "--category",
        "sanitation",
        "--alley",
        "A01",
        "--by",
        "L01",
        "--format",
        "xlsx",
        "-o",
        f,
    ]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out
        .stderr
        .starts_with("错误：--format 对 `lane open` 不起作用"));
    assert!(!file.exists());
    v.assert_unchanged(&before);
}

/// `--format csv-excel`: the CSV with a UTF-8 byte-order mark and CRLF line ends
/// (Excel reads 槐树巷, not 妲愭爲宸); `--format csv` stays as it was, for scripts.
#[test]
fn csv_for_excel_has_a_bom_and_crlf() {
    let v = seeded_zh();
    for args in [
        &["alley", "list"][..],
        &["household", "list"][..],
        &["report", "--month", "2026-11"][..],
    ] {
        let mut a = args.to_vec();
        a.extend(["--format", "csv"]);
        let plain = v.lane(&a).ok().to_string();
        assert!(!plain.starts_with('\u{feff}') && !plain.contains('\r'));
        let mut c = lane_cmd(v.tmp.path());
        c.arg("--data")
            .arg(&v.root)
            .args(args)
            .args(["--format", "csv-excel"]);
        let o: std::process::Output = Command::output(&mut c).unwrap();
        assert_eq!(o.status.code(), Some(0));
        let want = format!("\u{feff}{}", plain.replace('\n', "\r\n"));
        assert_eq!(String::from_utf8(o.stdout).unwrap(), want, "{args:?}");
    }
    let file = v.tmp.path().join("e.csv");
    v.run("alley list --format csv-excel -o")
        .arg(&file)
        .status(0);
    assert!(std::fs::read(&file)
        .unwrap()
        .starts_with("\u{feff}id,name".as_bytes()));
}
