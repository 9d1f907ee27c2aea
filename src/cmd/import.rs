//! `lane household import FILE`: rows from a spreadsheet (xlsx, xls, ods) or its
//! CSV export, read by [`super::sheet`]. Columns are matched by name (English or
//! the usual Chinese headings). A row of a registered household (its ID, or its
//! head and address in its alley) is not added again: it is unchanged, updated
//! with `--update`, or said to differ. Every row is checked first; one bad row and
//! nothing is written, with every bad row listed as `FILE:LINE: message` (or
//! `SHEET!CELL: message`).

use std::collections::HashMap;
use std::path::Path;

use super::sheet::{Line, Sheet};
use super::words::labelled;
use super::{next_id, say, Ctx};
use crate::error::{Error, Kind, Result};
use crate::model::registry::{Alley, Household, Record};
use crate::msg;
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

pub fn run(ctx: &Ctx, file: &Path, sheet: Option<&str>, update: bool) -> Result<()> {
    let store = ctx.store()?;
    let display = file.display().to_string();
    let src = super::sheet::read(file, &display, sheet)?;
    let map = column_map(&src)?;
    let name = file
        .file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or(display.clone());
    let done = store.change(|tx| {
        let reg = tx.load::<Household>()?;
        let alleys = tx.load::<Alley>()?;
        let mut rows = Rows::new(&src, &map, &reg, &alleys, update);
        rows.reserve_ids();
        rows.prefix = format!("H{}", super::case::station(tx)?);
        for row in &src.rows {
            rows.take(row);
        }
        let mut done = rows.finish()?;
        // Format 2: a row without a `registered` date is registered today.
        let today = crate::model::time::local_date(&tx.now, tx.config.offset());
        done.new
            .iter_mut()
            .for_each(|h| _ = h.registered.get_or_insert(today));
        if !done.new.is_empty() || !done.updated.is_empty() {
            tx.put(
                Household::FILE,
                reg.with_updated_and_appended(&done.updated, &done.new),
            );
            let what = match done.updated.len() {
                0 => households(done.new.len()),
                n => format!("{}, update {}", households(done.new.len()), households(n)),
            };
            tx.message(format!("household: import {what} from {name}"));
        }
        Ok(done)
    })?;
    summary(&src, &done);
    Ok(())
}

/// What the import did, on stderr: the rows that differ, what was left out of
/// the file, and how many households were new, updated and unchanged.
fn summary(src: &Sheet, done: &Done) {
    for d in &done.differs {
        say(d);
    }
    let mut skipped = Vec::new();
    if src.blank_rows > 0 {
        skipped.push(msg!("cmd-import-skip-blank", n = src.blank_rows));
    }
    if src.empty_columns > 0 {
        skipped.push(msg!("cmd-import-skip-empty", n = src.empty_columns));
    }
    for c in &src.serial {
        skipped.push(msg!("cmd-import-skip-serial", column = c.as_str()));
    }
    if !skipped.is_empty() {
        let what = skipped.join(&msg!("cmd-list-separator"));
        say(&msg!("cmd-import-skipped", what = what));
    }
    let (new, updated, unchanged) = (done.new.len(), done.updated.len(), done.unchanged);
    if updated + unchanged + done.differs.len() > 0 {
        say(&msg!(
            "cmd-import-summary",
            file = src.display.as_str(),
            new = new,
            updated = updated,
            unchanged = unchanged,
            differs = done.differs.len()
        ));
    } else if new == 0 {
        say(&msg!("cmd-import-empty", file = src.display.as_str()));
    } else {
        say(&msg!("cmd-imported", n = new));
    }
}

/// The columns a household file may have, each with the names it goes by:
/// `id/编号/户号/户编号, head/户主/...`.
fn accepted_columns() -> String {
    ALIASES
        .iter()
        .map(|(col, aliases)| {
            let mut names = vec![*col];
            names.extend(aliases.iter());
            names.join("/")
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Which household column each column of the file feeds; refuses a file with an
/// unknown or doubled column, or without the columns a household needs.
fn column_map(src: &Sheet) -> Result<Vec<Option<usize>>> {
    let columns = || Some(msg!("cmd-import-columns", columns = accepted_columns()));
    let at = |col: Option<usize>, problem: String| {
        vec![labelled(&src.at(src.header_line, col), &problem)]
    };
    let mut map = Vec::with_capacity(src.header.len());
    for (i, h) in src.header.iter().enumerate() {
        match column_of(h) {
            Some(c) if map.contains(&Some(c)) => {
                return Err(nothing_imported(
                    at(
                        Some(i),
                        msg!("cmd-import-column-twice", column = h.as_str()),
                    ),
                    columns(),
                ))
            }
            Some(c) => map.push(Some(c)),
            None => {
                return Err(nothing_imported(
                    at(
                        Some(i),
                        msg!("cmd-import-column-unknown", column = h.as_str()),
                    ),
                    columns(),
                ))
            }
        }
    }
    for required in [1, 2] {
        if !map.contains(&Some(required)) {
            let column = Household::HEADER[required];
            return Err(nothing_imported(
                at(None, msg!("cmd-import-column-missing", column = column)),
                columns(),
            ));
        }
    }
    Ok(map)
}

/// What an import does: the households to add and to change, how many rows were
/// registered already as they are, and the rows that differ (without --update).
#[derive(Debug, Default)]
struct Done {
    new: Vec<Household>,
    updated: Vec<Household>,
    unchanged: usize,
    differs: Vec<String>,
}

/// The rows of the file checked one by one against households.csv, alleys.csv and
/// each other: the households to add or change, and every problem.
struct Rows<'a> {
    src: &'a Sheet,
    map: &'a [Option<usize>],
    reg: &'a Registry<Household>,
    alleys: &'a Registry<Alley>,
    by_name: HashMap<&'a str, &'a str>,
    update: bool,
    /// Whether the file has an `id` column.
    has_id: bool,
    /// IDs taken: in households.csv, given by the file, or given to a new row.
    used: Vec<String>,
    /// The line of each ID accepted (or matched) so far.
    seen: HashMap<String, usize>,
    /// What a new ID starts with: `H` and this clone's station (`HT` on station `T`).
    prefix: String,
    done: Done,
    problems: Vec<(usize, String)>,
}

impl<'a> Rows<'a> {
    fn new(
        src: &'a Sheet,
        map: &'a [Option<usize>],
        reg: &'a Registry<Household>,
        alleys: &'a Registry<Alley>,
        update: bool,
    ) -> Self {
        Rows {
            src,
            map,
            reg,
            alleys,
            by_name: alleys
                .iter()
                .map(|a| (a.name.as_str(), a.id.as_str()))
                .collect(),
            update,
            has_id: map.contains(&Some(0)),
            used: reg.iter().map(|h| h.id().to_string()).collect(),
            seen: HashMap::new(),
            prefix: "H".to_string(),
            done: Done::default(),
            problems: src.problems.clone(),
        }
    }

    /// A new ID for a row without one passes the IDs the file gives, too.
    fn reserve_ids(&mut self) {
        if let Some(i) = self.map.iter().position(|c| *c == Some(0)) {
            self.used.extend(
                self.src
                    .rows
                    .iter()
                    .filter_map(|r| r.fields.get(i))
                    .map(|v| v.trim().to_string()),
            );
        }
    }

    /// The row's values in households.csv's column order, with an alley given by
    /// name turned into its ID; the ID empty where the row has none.
    fn fields(&self, row: &Line) -> Vec<String> {
        let mut fields = vec![String::new(); Household::HEADER.len()];
        for (i, v) in row.fields.iter().enumerate() {
            if let Some(Some(c)) = self.map.get(i) {
                fields[*c] = v.trim().to_string();
            }
        }
        if let Some(id) = self.by_name.get(fields[2].as_str()) {
            fields[2] = id.to_string();
        }
        fields
    }

    /// The registered household a row is: the one of its ID, else the one with
    /// its head and address in its alley.
    fn registered(&self, fields: &[String]) -> Option<&'a Household> {
        if !fields[0].is_empty() {
            return self.reg.get(&fields[0]);
        }
        self.reg.iter().find(|h| {
            h.head == fields[1] && h.alley.as_str() == fields[2] && h.address == fields[3]
        })
    }

    /// Where a problem of the row is: the cell of the column it names.
    fn at(&self, line: usize, problem: &str) -> String {
        let col = Household::HEADER
            .iter()
            .position(|c| problem.contains(&format!("`{c}`")))
            .and_then(|c| self.map.iter().position(|m| *m == Some(c)));
        labelled(&self.src.at(line, col), problem)
    }

    fn take(&mut self, row: &Line) {
        let mut fields = self.fields(row);
        if let Some(h) = self.registered(&fields) {
            return self.matched(row.line, h, &fields);
        }
        if !self.has_id || fields[0].is_empty() {
            fields[0] = next_id(&self.prefix, 4, self.used.iter().map(|s| s.as_str()));
        }
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
                for e in errs {
                    let p = self.at(row.line, &e);
                    self.problems.push((row.line, p));
                }
                return;
            }
            Ok(h) => {
                if let Some(first) = self.seen.get(h.id()) {
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
                    self.done.new.push(h);
                    return;
                }
            }
        };
        let p = self.at(row.line, &problem);
        self.problems.push((row.line, p));
    }

    /// A row of a registered household: unchanged, updated (--update) or said to
    /// differ. The file's columns replace the registered values; a column the file
    /// lacks, and an empty `registered`, keep them.
    fn matched(&mut self, line: usize, old: &Household, fields: &[String]) {
        let id = old.id().to_string();
        if let Some(first) = self.seen.get(&id) {
            let p = msg!("cmd-import-duplicate-id", id = id.as_str(), first = *first);
            let p = self.at(line, &p);
            self.problems.push((line, p));
            return;
        }
        self.seen.insert(id.clone(), line);
        let before = old.to_fields();
        let mut after = before.clone();
        for c in self.map.iter().flatten().copied() {
            let keep = c == 0 || (c == 8 && fields[c].is_empty());
            if !keep {
                after[c] = fields[c].clone();
            }
        }
        let h = match Household::from_fields(&after) {
            Ok(h) => h,
            Err(errs) => {
                for e in errs {
                    let p = self.at(line, &e);
                    self.problems.push((line, p));
                }
                return;
            }
        };
        let changed: Vec<&str> = (0..before.len())
            .filter(|i| before[*i] != after[*i])
            .map(|i| Household::HEADER[i])
            .collect();
        if changed.is_empty() {
            self.done.unchanged += 1;
        } else if self.update {
            self.done.updated.push(h);
        } else {
            let d = msg!(
                "cmd-import-differs",
                id = id.as_str(),
                file = Household::FILE,
                line = self.reg.line_of(&id).unwrap_or(0),
                columns = changed.join(", ")
            );
            let d = self.at(line, &d);
            self.done.differs.push(d);
        }
    }

    /// What the import does, or the error listing every problem in line order
    /// (short rows, found while reading, and bad rows).
    fn finish(mut self) -> Result<Done> {
        if self.problems.is_empty() {
            return Ok(self.done);
        }
        self.problems.sort_by_key(|(line, _)| *line);
        let problems = self.problems.into_iter().map(|(_, p)| p).collect();
        Err(nothing_imported(problems, None))
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
pub(super) fn nothing_imported(problems: Vec<String>, advice: Option<String>) -> Error {
    let n = problems.len();
    let hint = match advice {
        Some(a) => msg!("cmd-import-advice", advice = a),
        None => msg!("cmd-import-problems", n = n),
    };
    Error::many(Kind::Input, problems).hint(hint)
}
