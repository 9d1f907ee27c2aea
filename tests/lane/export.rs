//! `lane export` and `lane town export`: typed tidy tables read back with the
//! parquet crate, CSV byte-stable, Chinese text exact, a bad `-o` refused with
//! nothing written, and the town report recomputed from the export by DuckDB
//! (examples/town-report.sql) equal to `lane town report --format json`.

use std::collections::BTreeMap;
use std::fs::File;
use std::path::Path;
use std::process::Command;

use arrow_array::cast::AsArray;
use arrow_array::Array;
use arrow_schema::{DataType, TimeUnit};
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;

use crate::harness::town::World;
use crate::harness::{csv_rows, json, read_only, Village};

/// Every file of a folder, by name.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| {
                    let name = e.file_name().to_string_lossy().into_owned();
                    (name, std::fs::read(e.path()).unwrap_or_default())
                })
                .collect()
        })
        .unwrap_or_default()
}

/// `columns.csv` of an export: table -> [(column, type)].
fn columns(dir: &Path) -> BTreeMap<String, Vec<(String, String)>> {
    let text = std::fs::read_to_string(dir.join("columns.csv")).expect("columns.csv");
    let mut out: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for r in csv_rows(text).into_iter().skip(1) {
        out.entry(r[0].clone())
            .or_default()
            .push((r[1].clone(), r[2].clone()));
    }
    out
}

fn arrow_type(t: &str) -> DataType {
    match t {
        "text" => DataType::Utf8,
        "int64" => DataType::Int64,
        "bool" => DataType::Boolean,
        "date" => DataType::Date32,
        "timestamp" => DataType::Timestamp(TimeUnit::Millisecond, Some("UTC".into())),
        other => panic!("unknown type {other}"),
    }
}

/// A table read back: its schema's (name, type) and its rows as text cells.
/// A table read back: its schema and its rows.
type Read = (Vec<(String, DataType)>, Vec<Vec<Option<String>>>);

fn read_parquet(path: &Path) -> Read {
    let b = ParquetRecordBatchReaderBuilder::try_new(File::open(path).expect("open"))
        .expect("a parquet file");
    let schema: Vec<(String, DataType)> = b
        .schema()
        .fields()
        .iter()
        .map(|f| (f.name().clone(), f.data_type().clone()))
        .collect();
    let mut rows = Vec::new();
    for batch in b.build().expect("reader") {
        let batch = batch.expect("batch");
        for i in 0..batch.num_rows() {
            let row = batch
                .columns()
                .iter()
                .map(|c| {
                    if c.is_null(i) {
                        return None;
                    }
                    Some(match c.data_type() {
                        DataType::Utf8 => c.as_string::<i32>().value(i).to_string(),
                        DataType::Int64 => c
                            .as_primitive::<arrow_array::types::Int64Type>()
                            .value(i)
                            .to_string(),
                        DataType::Boolean => c.as_boolean().value(i).to_string(),
                        DataType::Date32 => c
                            .as_primitive::<arrow_array::types::Date32Type>()
                            .value(i)
                            .to_string(),
                        _ => c
                            .as_primitive::<arrow_array::types::TimestampMillisecondType>()
                            .value(i)
                            .to_string(),
                    })
                })
                .collect();
            rows.push(row);
        }
    }
    (schema, rows)
}

#[test]
fn the_sample_village_exports_every_table_with_its_documented_types() {
    let v = Village::sample();
    let out = v.tmp.path().join("out");
    let done = v.run(&format!("export -o {}", out.display())).out();
    assert_eq!(done.code, 0, "{}", done.stderr);
    assert!(done
        .stderr
        .starts_with("wrote 10 tables of 1 village as parquet to "));
    assert!(
        done.stderr.contains("cases 736, events 2409, patrols 6634"),
        "{}",
        done.stderr
    );
    let cols = columns(&out);
    assert_eq!(cols.len(), 10);
    for (table, want) in &cols {
        let (schema, rows) = read_parquet(&out.join(format!("{table}.parquet")));
        let want: Vec<(String, DataType)> = want
            .iter()
            .map(|(c, t)| (c.clone(), arrow_type(t)))
            .collect();
        assert_eq!(schema, want, "{table}");
        assert_eq!(schema[0].0, "village");
        assert!(
            rows.iter().all(|r| r[0].as_deref() == Some("NJ")),
            "{table}"
        );
    }
    // The same rows as `lane list` sees, and the count of households.csv.
    let (_, cases) = read_parquet(&out.join("cases.parquet"));
    let listed = csv_rows(v.run("list --format csv").ok());
    assert_eq!(cases.len() + 1, listed.len());
    let (_, households) = read_parquet(&out.join("households.parquet"));
    assert_eq!(households.len(), 566);
    // A timestamp is the instant: 2025-11-20T08:34+08:00 is 00:34 UTC.
    let first = &cases[0];
    assert_eq!(first[1].as_deref(), Some("NJ-2025-0001"));
    let opened: i64 = first[8].as_deref().unwrap().parse().unwrap();
    assert_eq!(opened, 1_763_598_840_000);
    // Nothing in the data folder changed.
    assert_eq!(v.run("check").out().code, 0);
}

#[test]
fn csv_export_is_byte_stable_and_says_what_it_wrote() {
    let v = Village::sample();
    let (a, b) = (v.tmp.path().join("a"), v.tmp.path().join("b"));
    for d in [&a, &b] {
        v.run(&format!("export --format csv -o {}", d.display()))
            .out();
    }
    let (fa, fb) = (files(&a), files(&b));
    assert_eq!(fa.len(), 11);
    assert_eq!(fa, fb);
    let cases = String::from_utf8(fa["cases.csv"].clone()).unwrap();
    assert!(cases.starts_with(
        "village,id,year,title,category,alley,household,source,opened,status,level,level_rank,"
    ));
    assert!(cases.contains("\nNJ,NJ-2025-0001,2025,公厕卫生差,sanitation,A09,,inspection,2025-11-20T00:34:00Z,closed,alley,0,"));
    // Exporting again into the same folder replaces its files with the same bytes.
    v.run(&format!("export --format csv -o {}", a.display()))
        .out();
    assert_eq!(files(&a), fb);
}

/// A Chinese village with text that CSV and Parquet must carry exactly.
fn tricky() -> Village {
    let v = Village::chinese();
    v.seed();
    v.run("open --alley A01 --household H0001 --category sanitation --title '巷口\"垃圾\",堆放\n第二行' --note '“引号”，逗号, =1+1' --by 张桂兰 --at 2026-11-03T09:15")
        .out();
    v
}

#[test]
fn chinese_text_round_trips_exactly_in_both_formats() {
    let v = tricky();
    let (p, c) = (v.tmp.path().join("p"), v.tmp.path().join("c"));
    assert_eq!(v.run(&format!("export -o {}", p.display())).out().code, 0);
    assert_eq!(
        v.run(&format!("export --format csv -o {}", c.display()))
            .out()
            .code,
        0
    );
    let title = "巷口\"垃圾\",堆放\n第二行";
    let (_, cases) = read_parquet(&p.join("cases.parquet"));
    assert_eq!(cases[0][3].as_deref(), Some(title));
    let (_, events) = read_parquet(&p.join("events.parquet"));
    assert_eq!(events[0][4].as_deref(), Some("L01"));
    assert_eq!(events[0][6].as_deref(), Some("“引号”，逗号, =1+1"));
    let (_, alleys) = read_parquet(&p.join("alleys.parquet"));
    assert_eq!(alleys[0][2].as_deref(), Some("槐树巷"));
    let rows = csv_rows(std::fs::read_to_string(c.join("cases.csv")).unwrap());
    assert_eq!(rows[1][3], title);
    let rows = csv_rows(std::fs::read_to_string(c.join("events.csv")).unwrap());
    assert_eq!(rows[1][6], "“引号”，逗号, =1+1");
    let done = v.run(&format!("export -o {}", p.display())).out();
    assert!(
        done.stderr
            .starts_with("已将 1 个村的 10 张表以 parquet 格式写入 "),
        "{}",
        done.stderr
    );
}

#[test]
fn a_bad_target_is_refused_and_nothing_is_written() {
    let v = Village::new();
    v.seed();
    v.run("open --alley A01 --category sanitation --title 巷口垃圾 --by L01")
        .out();
    let before = v.snapshot();
    let outside = v.tmp.path();
    std::fs::write(outside.join("file"), "x").unwrap();
    let before_outside = files(outside);
    let data = v.root.canonicalize().unwrap();
    let cases: Vec<(String, i32, String)> = vec![
        (
            format!("export -o {}", outside.join("file").display()),
            2,
            format!(
                "error: {} is a file, not a folder\nhint: name a new folder, or an earlier export's, with -o DIR: lane export -o export\n",
                outside.join("file").display()
            ),
        ),
        (
            "export".into(),
            2,
            "error: lane export needs a folder to write the tables into\nhint: name a new folder, or an earlier export's, with -o DIR: lane export -o export\n".into(),
        ),
        (
            format!("export --format json -o {}", outside.join("x").display()),
            2,
            "error: lane export writes parquet or csv tables, not json\nhint: --format parquet (the default) or --format csv\n".into(),
        ),
        (
            format!("export --format md -o {}", outside.join("x").display()),
            2,
            "error: lane export writes parquet or csv tables, not md\nhint: --format parquet (the default) or --format csv\n".into(),
        ),
        (
            format!("export -o {}", v.root.join("tickets/out").display()),
            2,
            format!(
                "error: {} is inside the data folder {}: its files would be taken for records\nhint: name a new folder, or an earlier export's, with -o DIR: lane export -o export\n",
                v.root.join("tickets/out").display(),
                data.display()
            ),
        ),
        (
            "list --format parquet".into(),
            2,
            "error: --format parquet is for `lane export` and `lane town export`\nhint: a listing prints table, csv, json, md, html, xlsx or csv-excel\n".into(),
        ),
    ];
    for (line, code, stderr) in cases {
        let out = v.run(&line).out();
        assert_eq!(
            (out.code, out.stderr.as_str(), out.stdout.as_str()),
            (code, stderr.as_str(), ""),
            "{line}"
        );
        v.assert_unchanged(&before);
        assert_eq!(files(outside), before_outside, "{line}");
    }
    // A folder that cannot be written: the export fails, the folder stays as it was.
    let locked = outside.join("locked");
    std::fs::create_dir(&locked).unwrap();
    std::fs::write(locked.join("cases.csv"), "old").unwrap();
    let Some(_guard) = read_only(&locked) else {
        return;
    };
    for target in [locked.join("new"), locked.clone()] {
        let out = v
            .run(&format!("export --format csv -o {}", target.display()))
            .out();
        assert_eq!(out.code, 1, "{}", out.stderr);
        assert!(
            out.stderr.starts_with("error: cannot write "),
            "{}",
            out.stderr
        );
        assert_eq!(files(&locked).len(), 1);
        assert_eq!(files(&locked)["cases.csv"], b"old");
        v.assert_unchanged(&before);
    }
}

/// Whether DuckDB's Python package can be imported; without it and outside CI the
/// cross-check is skipped (CI installs it: .ci/run).
fn duckdb() -> bool {
    let ok = Command::new("python3")
        .args(["-c", "import duckdb"])
        .status()
        .is_ok_and(|s| s.success());
    if !ok && std::env::var_os("CI").is_none() {
        eprintln!("skipped: the python duckdb package is not importable (pip install duckdb); CI runs this test");
        return false;
    }
    assert!(
        ok,
        "CI is set but python3 cannot import duckdb: .ci/run installs it"
    );
    true
}

/// A generated village `code` with `seed`, as examples/gen.rs makes them.
fn generate(dir: &Path, code: &str, seed: u64, cases: f64) {
    use lane::sample::{self, Options};
    use rand::SeedableRng;
    let from = chrono::NaiveDate::from_ymd_opt(2025, 11, 1).unwrap();
    let until = chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
    let config = lane::model::config::Config::new(&format!("Village {code}"), code);
    lane::store::create_folder(dir, &config).unwrap();
    let store = lane::store::Store::open(dir).unwrap();
    let opts = Options {
        seed,
        ..Options::default()
    };
    sample::fill(&store, &opts).unwrap();
    let reg = sample::registries(&opts);
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed + 1);
    let (cs, ps) = sample::cases::generate(
        &store.config,
        &reg,
        &mut rng,
        (from, until),
        until,
        cases / 740.0,
    );
    sample::write_cases(&store, &cs, &ps).unwrap();
}

/// A town of three generated villages, with hand-made cases for what generated ones
/// rarely have: open at the town's level past the deadline, a late disposal, a
/// reopening and an unsatisfied return visit.
fn town() -> World {
    let w = World::new();
    w.lane(&["town", "init", "town", "--no-git"]).ok();
    for (i, code) in ["NJ", "BJ", "XW"].iter().enumerate() {
        let dir = w.path(&format!("town/villages/{code}"));
        generate(&dir, code, 7 + i as u64 * 31, 400.0 + 150.0 * i as f64);
        w.town(&[
            "add",
            &format!("village {code}"),
            "--path",
            &format!("town/villages/{code}"),
        ])
        .ok();
    }
    let d = "town/villages/BJ";
    let at = |t: &str| format!("--at={t}");
    let case = |args: &[&str]| w.data(d, args).ok().to_string();
    case(&[
        "open",
        "--alley",
        "A01",
        "--category",
        "hazard",
        "--title",
        "桥栏松动",
        "--by",
        "L01",
        &at("2026-10-02T09:00"),
    ]);
    let ids = csv_rows(w.data(d, &["list", "--format", "csv"]).ok());
    let id = ids.last().unwrap()[0].clone();
    let by = ["--by", "L01"];
    for (args, time) in [
        (
            vec![
                "escalate",
                &id,
                "--to",
                "town",
                "--reason",
                "需镇水利站",
                "--dept",
                "水利站",
            ],
            "2026-10-03T09:00",
        ),
        (vec!["resolve", &id, "--note", "已修"], "2026-11-02T09:00"),
        (
            vec!["visit", &id, "--result", "unsatisfied"],
            "2026-11-04T09:00",
        ),
        (vec!["note", &id, "仍松动"], "2026-11-05T09:00"),
    ] {
        let t = at(time);
        let full: Vec<&str> = args.iter().copied().chain(by).chain([t.as_str()]).collect();
        let out = w.data(d, &full);
        assert_eq!(out.code, 0, "{full:?}: {}", out.stderr);
    }
    w
}

#[test]
fn duckdb_computes_the_town_report_from_the_export() {
    if !duckdb() {
        return;
    }
    let w = town();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/duckdb-check.py");
    for format in ["parquet", "csv"] {
        let out = w.path(&format!("export-{format}"));
        let done = w.lane(&[
            "town",
            "--town",
            "town",
            "export",
            "--format",
            format,
            "-o",
            out.to_str().unwrap(),
        ]);
        assert_eq!(done.code, 0, "{}", done.stderr);
        for (period, from, to) in [
            (["--month", "2026-11"], "2026-11-01", "2026-11-30"),
            (["--month", "2026-10"], "2026-10-01", "2026-10-31"),
            (["--year", "2026"], "2026-01-01", "2026-12-31"),
            (["--from", "2025-11-15"], "2025-11-15", "2026-03-31"),
        ] {
            let mut args = vec!["town", "--town", "town", "report", "--format", "json"];
            args.extend(period);
            if period[0] == "--from" {
                args.extend(["--to", to]);
            }
            let report = json(&w.lane(&args).stdout);
            let sql = Command::new("python3")
                .arg(&script)
                .arg(&out)
                .args([
                    "--from",
                    from,
                    "--to",
                    to,
                    "--now",
                    "2026-11-20T10:00:00+08:00",
                ])
                .output()
                .expect("python3");
            assert!(
                sql.status.success(),
                "{}",
                String::from_utf8_lossy(&sql.stderr)
            );
            let sql = json(String::from_utf8(sql.stdout).unwrap());
            let villages = report["villages"].as_array().unwrap();
            assert_eq!(villages.len(), 3);
            for v in villages {
                let code = v["code"].as_str().unwrap();
                let metrics = v["metrics"].as_object().unwrap();
                assert_eq!(metrics.len(), 17);
                for (key, value) in metrics {
                    assert_eq!(&sql[code][key], value, "{format} {period:?} {code} {key}");
                }
            }
            if period[1] == "2026-11" {
                let bj = &villages.iter().find(|v| v["code"] == "BJ").unwrap()["metrics"];
                assert!(bj["town_inbox"].as_u64().unwrap() >= 1, "{bj}");
                assert!(bj["town_inbox_overdue"].as_u64().unwrap() >= 1, "{bj}");
            }
        }
    }
}
