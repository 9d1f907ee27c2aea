//! `lane household import FILE`: rows from a spreadsheet export. Columns are matched
//! by name (English or the usual Chinese headings), text may be UTF-8 (with BOM) or
//! GBK/GB18030, line ends LF or CRLF. Every row is checked first; one bad row and
//! nothing is written, with every bad row listed as `FILE:LINE: message`.

use std::collections::HashMap;
use std::path::Path;

use super::words::labelled;
use super::{next_id, say, Ctx};
use crate::error::{Error, Kind, Result};
use crate::model::registry::{Alley, Household, Record};
use crate::msg;
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
        say(&msg!("cmd-import-empty", file = display));
    } else {
        say(&msg!("cmd-imported", n = imported));
    }
    Ok(())
}

/// Which household column each column of the file feeds; refuses a file with an
/// unknown or doubled column, or without the columns a household needs.
fn column_map(doc: &CsvDoc, display: &str) -> Result<Vec<Option<usize>>> {
    let columns = || {
        let columns = Household::HEADER.join(", ");
        Some(msg!("cmd-import-columns", columns = columns))
    };
    let at_1 = |problem: String| vec![labelled(&format!("{display}:1"), &problem)];
    let mut map = Vec::with_capacity(doc.header.len());
    for h in &doc.header {
        match column_of(h) {
            Some(c) if map.contains(&Some(c)) => {
                return Err(nothing_imported(
                    at_1(msg!("cmd-import-column-twice", column = h.as_str())),
                    columns(),
                ))
            }
            Some(c) => map.push(Some(c)),
            None => {
                return Err(nothing_imported(
                    at_1(msg!("cmd-import-column-unknown", column = h.as_str())),
                    columns(),
                ))
            }
        }
    }
    for required in [1, 2] {
        if !map.contains(&Some(required)) {
            let column = Household::HEADER[required];
            return Err(nothing_imported(
                at_1(msg!("cmd-import-column-missing", column = column)),
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
        let at = |msg: String| labelled(&format!("{}:{}", self.display, row.line), &msg);
        // An alley that is neither an ID nor a name in alleys.csv; said so even
        // when the text could not be an ID (a mistyped name).
        let unknown_alley =
            (!fields[2].is_empty() && self.alleys.get(&fields[2]).is_none()).then(|| {
                msg!(
                    "cmd-import-no-alley",
                    alley = fields[2].as_str(),
                    file = Alley::FILE
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
                    msg!(
                        "cmd-record-exists",
                        what = msg!("cmd-household"),
                        id = h.id.to_string(),
                        file = Household::FILE,
                        line = line
                    )
                } else if let Some(first) = self.seen.get(h.id()) {
                    msg!(
                        "cmd-import-duplicate-id",
                        id = h.id.to_string(),
                        first = *first
                    )
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
        // `FILE:LINE: ...`: by the digits after the file's name.
        self.problems.sort_by_key(|p| {
            p.strip_prefix(display)
                .and_then(|r| r.strip_prefix(':'))
                .map(|r| {
                    r.chars()
                        .take_while(char::is_ascii_digit)
                        .collect::<String>()
                })
                .and_then(|n| n.parse::<usize>().ok())
        });
        Err(nothing_imported(self.problems, None))
    }
}

/// A row's field errors with the unknown alley in place of the `alley` column's
/// own error, after the errors of the columns before it. An error names its
/// column in backquotes (`column `alley`: ...`, in either language).
fn with_unknown_alley(errs: Vec<String>, unknown_alley: Option<String>) -> Vec<String> {
    let about = |e: &str, col: &str| e.contains(&format!("`{col}`"));
    let mut errs: Vec<String> = errs
        .into_iter()
        .filter(|e| unknown_alley.is_none() || !about(e, "alley"))
        .collect();
    if let Some(u) = unknown_alley {
        let i = errs
            .iter()
            .position(|e| !about(e, "id") && !about(e, "head"))
            .unwrap_or(errs.len());
        errs.insert(i, u);
    }
    errs
}

/// `1 household`, `2 households`, for the commit message (git's history is English).
fn households(n: usize) -> String {
    format!("{n} household{}", if n == 1 { "" } else { "s" })
}

/// The error for a file that cannot be imported: every problem, what the file
/// should look like if that helps, and that nothing was written.
fn nothing_imported(problems: Vec<String>, advice: Option<String>) -> Error {
    let n = problems.len();
    let hint = match advice {
        Some(a) => msg!("cmd-import-advice", advice = a),
        None => msg!("cmd-import-problems", n = n),
    };
    Error::many(Kind::Input, problems).hint(hint)
}
