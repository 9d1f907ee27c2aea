//! `lane household import FILE`: rows from a spreadsheet export. Columns are matched
//! by name (English or the usual Chinese headings), text may be UTF-8 (with BOM) or
//! GBK/GB18030, line ends LF or CRLF. Every row is checked first; one bad row and
//! nothing is written, with every bad row listed as `FILE:LINE: message`.

use std::collections::HashMap;
use std::path::Path;

use super::{next_id, say, Ctx};
use crate::error::{Error, Kind, Result};
use crate::model::registry::{Alley, Household, Record};
use crate::store::csvfile::{self, Encoding};
use crate::store::fsio::{lock, Batch};

/// Header names accepted for each column, besides the column's own name.
const ALIASES: &[(&str, &[&str])] = &[
    ("id", &["编号", "户号", "户编号"]),
    ("head", &["户主", "户主姓名", "姓名"]),
    ("alley", &["巷道", "街巷", "所属街巷", "巷"]),
    ("address", &["地址", "住址", "门牌"]),
    ("members", &["人口", "人数", "家庭人口"]),
    ("phone", &["电话", "手机", "联系电话"]),
    ("tags", &["标签", "类别"]),
    ("note", &["备注"]),
];

fn column_of(name: &str) -> Option<usize> {
    let name = name.trim();
    ALIASES
        .iter()
        .position(|(col, aliases)| col.eq_ignore_ascii_case(name) || aliases.contains(&name))
}

pub fn run(ctx: &Ctx, file: &Path) -> Result<()> {
    let store = ctx.store()?;
    let display = file.display().to_string();
    if !file.is_file() {
        return Err(
            Error::input(format!("cannot read {display}: there is no such file"))
                .hint("give the path of a CSV file exported from the spreadsheet"),
        );
    }
    let (doc, mut problems) = csvfile::read_lenient(file, &display, Encoding::Utf8OrGbk)
        .map_err(|e| nothing_imported(e.problems, e.hint))?;
    let columns = || {
        Some(format!(
            "the columns are {} (in any order)",
            Household::HEADER.join(", ")
        ))
    };
    // Which household column each file column feeds.
    let mut map = Vec::with_capacity(doc.header.len());
    for h in &doc.header {
        match column_of(h) {
            Some(c) if map.contains(&Some(c)) => {
                return Err(nothing_imported(
                    vec![format!("{display}:1: two columns are `{h}`")],
                    columns(),
                ))
            }
            Some(c) => map.push(Some(c)),
            None => {
                return Err(nothing_imported(
                    vec![format!("{display}:1: unknown column `{h}`")],
                    columns(),
                ))
            }
        }
    }
    for required in [1, 2] {
        if !map.contains(&Some(required)) {
            return Err(nothing_imported(
                vec![format!(
                    "{display}:1: the column `{}` is missing",
                    Household::HEADER[required]
                )],
                columns(),
            ));
        }
    }
    let _lock = lock(&store.root)?;
    let reg = store.load::<Household>()?;
    let alleys = store.load::<Alley>()?;
    let by_name: HashMap<&str, &str> = alleys
        .iter()
        .map(|a| (a.name.as_str(), a.id.as_str()))
        .collect();
    let mut new: Vec<Household> = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut used: Vec<String> = reg.iter().map(|h| h.id().to_string()).collect();
    let id_col = map.iter().position(|c| *c == Some(0));
    let has_id = id_col.is_some();
    // A new ID for a row without one passes the IDs the file gives, too.
    if let Some(i) = id_col {
        used.extend(
            doc.rows
                .iter()
                .filter_map(|r| r.fields.get(i))
                .map(|v| v.trim().to_string()),
        );
    }
    // Rows with the wrong number of fields are listed in `problems` already.
    for row in doc.rows.iter().filter(|r| doc.fits(r)) {
        let mut fields = vec![String::new(); Household::HEADER.len()];
        for (i, v) in row.fields.iter().enumerate() {
            if let Some(Some(c)) = map.get(i) {
                fields[*c] = v.trim().to_string();
            }
        }
        // An alley may be given by its name as well as its ID.
        if let Some(id) = by_name.get(fields[2].as_str()) {
            fields[2] = id.to_string();
        }
        if !has_id || fields[0].is_empty() {
            fields[0] = next_id("H", 4, used.iter().map(|s| s.as_str()));
        }
        let at = |msg: String| format!("{display}:{}: {msg}", row.line);
        // An alley that is neither an ID nor a name in alleys.csv; said so even
        // when the text could not be an ID (a mistyped name).
        let unknown_alley =
            (!fields[2].is_empty() && alleys.get(&fields[2]).is_none()).then(|| {
                format!(
                    "column `alley`: there is no alley `{}` in {}",
                    fields[2],
                    Alley::FILE
                )
            });
        match Household::from_fields(&fields) {
            Err(errs) => {
                let mut errs: Vec<String> = errs
                    .into_iter()
                    .filter(|e| unknown_alley.is_none() || !e.starts_with("column `alley`"))
                    .collect();
                if let Some(u) = unknown_alley {
                    let i = errs
                        .iter()
                        .position(|e| {
                            !e.starts_with("column `id`") && !e.starts_with("column `head`")
                        })
                        .unwrap_or(errs.len());
                    errs.insert(i, u);
                }
                problems.extend(errs.into_iter().map(at))
            }
            Ok(h) => {
                if let Some(line) = reg.line_of(h.id()) {
                    problems.push(at(format!(
                        "household {} already exists ({}:{line})",
                        h.id,
                        Household::FILE
                    )));
                } else if let Some(first) = seen.get(h.id()) {
                    problems.push(at(format!(
                        "duplicate ID `{}` (first at line {first})",
                        h.id
                    )));
                } else if let Some(u) = unknown_alley {
                    problems.push(at(u));
                } else {
                    seen.insert(h.id().to_string(), row.line);
                    used.push(h.id().to_string());
                    new.push(h);
                }
            }
        }
    }
    if !problems.is_empty() {
        // Short rows (found while reading) and bad rows, in line order.
        problems.sort_by_key(|p| {
            p.strip_prefix(display.as_str())
                .and_then(|r| r.split(':').nth(1))
                .and_then(|n| n.parse::<usize>().ok())
        });
        return Err(nothing_imported(problems, None));
    }
    if new.is_empty() {
        say(&format!("{display} has no rows; nothing to import"));
        return Ok(());
    }
    let mut batch = Batch::new();
    batch.put(store.path(Household::FILE), reg.with_appended(&new));
    let name = file
        .file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or(display);
    let what = households(new.len());
    store.write(
        batch,
        &format!("household: import {what} from {name}"),
        ctx.no_commit,
    )?;
    say(&format!("imported {what}"));
    Ok(())
}

/// `1 household`, `2 households`.
fn households(n: usize) -> String {
    format!("{n} household{}", if n == 1 { "" } else { "s" })
}

/// The error for a file that cannot be imported: every problem, what the file
/// should look like if that helps, and that nothing was written.
fn nothing_imported(problems: Vec<String>, advice: Option<String>) -> Error {
    let n = problems.len();
    let hint = match advice {
        Some(a) => format!("{a}; nothing was imported"),
        None => format!(
            "nothing was imported ({n} problem{}); fix the file and import it again",
            if n == 1 { "" } else { "s" }
        ),
    };
    Error::many(Kind::Input, problems).hint(hint)
}
