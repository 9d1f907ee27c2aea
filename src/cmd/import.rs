//! `lane household import FILE`: rows from a spreadsheet export. Columns are matched
//! by name (English or the usual Chinese headings), text may be UTF-8 (with BOM) or
//! GBK/GB18030, line ends LF or CRLF. Every row is checked first; one bad row and
//! nothing is written, with every bad row listed as `FILE:LINE: message`.

use std::collections::HashMap;
use std::path::Path;

use super::{next_id, say, Ctx};
use crate::error::{Error, Kind, Result};
use crate::model::registry::{Alley, Household, Record};
use crate::store::csvfile::{self, CsvDoc, Encoding, Row};
use crate::store::registry::Registry;

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
    ("registered", &["登记日期", "登记时间"]),
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
    csvfile::check_import_source(file, &display)?;
    let (doc, problems) = csvfile::read_lenient(file, &display, Encoding::Utf8OrGbk)
        .map_err(|e| nothing_imported(e.problems, e.hint))?;
    let map = column_map(&doc, &display)?;
    let name = file
        .file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or(display.clone());
    let imported = store.change(|tx| {
        let reg = tx.load::<Household>()?;
        let alleys = tx.load::<Alley>()?;
        let mut rows = Rows::new(&display, &map, &reg, &alleys, problems);
        rows.reserve_ids(&doc);
        // Rows with the wrong number of fields are listed in `problems` already.
        for row in doc.rows.iter().filter(|r| doc.fits(r)) {
            rows.take(row);
        }
        let mut new = rows.finish()?;
        // Format 2: a row without a `registered` date is registered today.
        let today = crate::model::time::local_date(&tx.now, tx.config.offset());
        new.iter_mut()
            .for_each(|h| _ = h.registered.get_or_insert(today));
        if !new.is_empty() {
            tx.put(Household::FILE, reg.with_appended(&new));
            let what = households(new.len());
            tx.message(format!("household: import {what} from {name}"));
        }
        Ok(new.len())
    })?;
    if imported == 0 {
        say(&format!("{display} has no rows; nothing to import"));
    } else {
        say(&format!("imported {}", households(imported)));
    }
    Ok(())
}

/// Which household column each column of the file feeds; refuses a file with an
/// unknown or doubled column, or without the columns a household needs.
fn column_map(doc: &CsvDoc, display: &str) -> Result<Vec<Option<usize>>> {
    let columns = || {
        Some(format!(
            "the columns are {} (in any order)",
            Household::HEADER.join(", ")
        ))
    };
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
    Ok(map)
}

/// The rows of the file checked one by one against households.csv, alleys.csv and
/// each other: the households to add, and every problem.
struct Rows<'a> {
    display: &'a str,
    map: &'a [Option<usize>],
    reg: &'a Registry<Household>,
    alleys: &'a Registry<Alley>,
    by_name: HashMap<&'a str, &'a str>,
    /// Whether the file has an `id` column.
    has_id: bool,
    /// IDs taken: in households.csv, given by the file, or given to a new row.
    used: Vec<String>,
    /// The line of each ID accepted so far.
    seen: HashMap<String, usize>,
    new: Vec<Household>,
    problems: Vec<String>,
}

impl<'a> Rows<'a> {
    fn new(
        display: &'a str,
        map: &'a [Option<usize>],
        reg: &'a Registry<Household>,
        alleys: &'a Registry<Alley>,
        problems: Vec<String>,
    ) -> Self {
        Rows {
            display,
            map,
            reg,
            alleys,
            by_name: alleys
                .iter()
                .map(|a| (a.name.as_str(), a.id.as_str()))
                .collect(),
            has_id: map.contains(&Some(0)),
            used: reg.iter().map(|h| h.id().to_string()).collect(),
            seen: HashMap::new(),
            new: Vec::new(),
            problems,
        }
    }

    /// A new ID for a row without one passes the IDs the file gives, too.
    fn reserve_ids(&mut self, doc: &CsvDoc) {
        if let Some(i) = self.map.iter().position(|c| *c == Some(0)) {
            self.used.extend(
                doc.rows
                    .iter()
                    .filter_map(|r| r.fields.get(i))
                    .map(|v| v.trim().to_string()),
            );
        }
    }

    /// The row's values in households.csv's column order, with an alley given by
    /// name turned into its ID and a new ID where the row has none.
    fn fields(&self, row: &Row) -> Vec<String> {
        let mut fields = vec![String::new(); Household::HEADER.len()];
        for (i, v) in row.fields.iter().enumerate() {
            if let Some(Some(c)) = self.map.get(i) {
                fields[*c] = v.trim().to_string();
            }
        }
        if let Some(id) = self.by_name.get(fields[2].as_str()) {
            fields[2] = id.to_string();
        }
        if !self.has_id || fields[0].is_empty() {
            fields[0] = next_id("H", 4, self.used.iter().map(|s| s.as_str()));
        }
        fields
    }

    fn take(&mut self, row: &Row) {
        let fields = self.fields(row);
        let at = |msg: String| format!("{}:{}: {msg}", self.display, row.line);
        // An alley that is neither an ID nor a name in alleys.csv; said so even
        // when the text could not be an ID (a mistyped name).
        let unknown_alley =
            (!fields[2].is_empty() && self.alleys.get(&fields[2]).is_none()).then(|| {
                format!(
                    "column `alley`: there is no alley `{}` in {}",
                    fields[2],
                    Alley::FILE
                )
            });
        let problem = match Household::from_fields(&fields) {
            Err(errs) => {
                let errs = with_unknown_alley(errs, unknown_alley);
                self.problems.extend(errs.into_iter().map(at));
                return;
            }
            Ok(h) => {
                if let Some(line) = self.reg.line_of(h.id()) {
                    format!(
                        "household {} already exists ({}:{line})",
                        h.id,
                        Household::FILE
                    )
                } else if let Some(first) = self.seen.get(h.id()) {
                    format!("duplicate ID `{}` (first at line {first})", h.id)
                } else if let Some(u) = unknown_alley {
                    u
                } else {
                    self.seen.insert(h.id().to_string(), row.line);
                    self.used.push(h.id().to_string());
                    self.new.push(h);
                    return;
                }
            }
        };
        self.problems.push(at(problem));
    }

    /// The households to add, or the error listing every problem in line order
    /// (short rows, found while reading, and bad rows).
    fn finish(mut self) -> Result<Vec<Household>> {
        if self.problems.is_empty() {
            return Ok(self.new);
        }
        let display = self.display;
        self.problems.sort_by_key(|p| {
            p.strip_prefix(display)
                .and_then(|r| r.split(':').nth(1))
                .and_then(|n| n.parse::<usize>().ok())
        });
        Err(nothing_imported(self.problems, None))
    }
}

/// A row's field errors with the unknown alley in place of the `alley` column's
/// own error, after the errors of the columns before it.
fn with_unknown_alley(errs: Vec<String>, unknown_alley: Option<String>) -> Vec<String> {
    let mut errs: Vec<String> = errs
        .into_iter()
        .filter(|e| unknown_alley.is_none() || !e.starts_with("column `alley`"))
        .collect();
    if let Some(u) = unknown_alley {
        let i = errs
            .iter()
            .position(|e| !e.starts_with("column `id`") && !e.starts_with("column `head`"))
            .unwrap_or(errs.len());
        errs.insert(i, u);
    }
    errs
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
