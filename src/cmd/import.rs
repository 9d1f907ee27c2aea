//! `lane household import FILE`: rows from a spreadsheet (xlsx, xls, ods) or its
//! CSV export, read by [`super::sheet`]. Columns are matched by name (English or
//! the usual Chinese headings). A row of a registered household (its ID, or its
//! head and address in its alley) is not added again: it is unchanged, updated
//! with `--update`, or said to differ. Every row is checked first; one bad row and
//! nothing is written, with every bad row listed as `FILE:LINE: message` (or
//! `SHEET!CELL: message`).

mod spec;

use std::collections::HashMap;
use std::path::Path;

pub(super) use spec::Importable;
use spec::Ref;

use super::sheet::{Line, Sheet};
use super::words::labelled;
use super::{next_id, say, Ctx};
use crate::error::{Error, Kind, Result};
use crate::i18n::{current, tr};
use crate::model::cellread;
use crate::model::registry::{Alley, Leader, Record};
use crate::msg;
use crate::store::registry::Registry;

/// What the import says of a cell it read otherwise than written: ``column
/// `members`: `４` read as 4``, or the lines it joined; `None` for a cell stored
/// as it was (trimmed).
pub(super) fn read_as(column: &str, raw: &str, value: &str) -> Option<String> {
    let raw = raw.trim();
    if raw == value {
        return None;
    }
    if raw.contains(['\n', '\r']) {
        let n = raw.lines().filter(|l| !l.trim().is_empty()).count();
        return Some(msg!(
            "cmd-import-lines-joined",
            column = column,
            n = n,
            sep = cellread::LINE_JOIN
        ));
    }
    Some(msg!(
        "cmd-import-read-as",
        column = column,
        raw = raw,
        value = value
    ))
}

fn column_of<T: Importable>(name: &str) -> Option<usize> {
    let name = name.trim();
    (0..T::HEADER.len())
        .find(|c| T::HEADER[*c].eq_ignore_ascii_case(name) || T::ALIASES[*c].contains(&name))
}

/// `lane household import`, `lane alley import`, `lane leader import`.
pub fn run<T: Importable>(
    ctx: &Ctx,
    file: &Path,
    sheet: Option<&str>,
    update: bool,
    dry_run: bool,
) -> Result<()> {
    let store = ctx.store()?;
    let display = file.display().to_string();
    let src = super::sheet::read(file, &display, sheet)?;
    let map = column_map::<T>(&src)?;
    if dry_run {
        return dry::<T>(&store, &src, &map, update);
    }
    let name = file
        .file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or(display.clone());
    let done = store.change(|tx| {
        let reg = tx.load::<T>()?;
        let names = Names {
            alleys: tx.load::<Alley>()?,
            leaders: tx.load::<Leader>()?,
        };
        let mut rows = Rows::new(&src, &map, &reg, &names, update);
        rows.reserve_ids();
        rows.prefix = format!("{}{}", T::PREFIX, super::case::station(tx)?);
        for row in &src.rows {
            rows.take(row);
        }
        let mut done = rows.finish()?;
        let today = crate::model::time::local_date(&tx.now, tx.config.offset());
        done.new.iter_mut().for_each(|r| r.fill_new(today));
        if !done.new.is_empty() || !done.updated.is_empty() {
            tx.put(
                T::FILE,
                reg.with_updated_and_appended(&done.updated, &done.new),
            );
            let saved: Vec<&T> = done.new.iter().chain(&done.updated).collect();
            T::stage_related(tx, &saved)?;
            let what = match done.updated.len() {
                0 => records::<T>(done.new.len()),
                n => format!(
                    "{}, update {}",
                    records::<T>(done.new.len()),
                    records::<T>(n)
                ),
            };
            tx.message(format!("{}: import {what} from {name}", T::WHAT));
        }
        Ok(done)
    })?;
    summary(&src, &done, false);
    Ok(())
}

/// `--dry-run`: what the import would do, row by row, on stderr; nothing written.
fn dry<T: Importable>(
    store: &crate::store::Store,
    src: &Sheet,
    map: &[Option<usize>],
    update: bool,
) -> Result<()> {
    let reg = store.load::<T>()?;
    let names = Names {
        alleys: store.load::<Alley>()?,
        leaders: store.load::<Leader>()?,
    };
    let mut rows = Rows::new(src, map, &reg, &names, update);
    rows.reserve_ids();
    rows.prefix = format!("{}{}", T::PREFIX, super::case::station(store)?);
    for row in &src.rows {
        rows.take(row);
    }
    let done = rows.finish()?;
    for (line, what) in &done.actions {
        say(&labelled(&src.at(*line, None), what));
    }
    summary(src, &done, true);
    say(&msg!("cmd-import-dry-run"));
    Ok(())
}

/// The other registries a row names by ID or by name.
struct Names {
    alleys: Registry<Alley>,
    leaders: Registry<Leader>,
}

/// What the import did, on stderr: the rows that differ, what was left out of
/// the file, and how many households were new, updated and unchanged.
fn summary<T: Importable>(src: &Sheet, done: &Done<T>, dry_run: bool) {
    for r in &done.read_as {
        say(r);
    }
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
    if src.merged > 0 {
        say(&msg!("cmd-import-merged", n = src.merged));
    }
    if !skipped.is_empty() {
        let what = skipped.join(&msg!("cmd-list-separator"));
        say(&msg!("cmd-import-skipped", what = what));
    }
    let (new, updated, unchanged) = (done.new.len(), done.updated.len(), done.unchanged);
    if dry_run || updated + unchanged + done.differs.len() > 0 {
        let n = done.differs.len();
        say(&tr(
            current(),
            T::SUMMARY,
            &[
                ("file", src.display.as_str().into()),
                ("new", new.into()),
                ("updated", updated.into()),
                ("unchanged", unchanged.into()),
                ("differs", n.into()),
            ],
        ));
    } else if new == 0 {
        say(&msg!("cmd-import-empty", file = src.display.as_str()));
    } else {
        let file = src.display.as_str();
        say(&tr(
            current(),
            T::IMPORTED,
            &[("n", new.into()), ("file", file.into())],
        ));
    }
}

/// The columns a household file may have, each with the names it goes by:
/// `id/编号/户号/户编号, head/户主/...`.
fn accepted_columns<T: Importable>() -> String {
    T::HEADER
        .iter()
        .zip(T::ALIASES)
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
fn column_map<T: Importable>(src: &Sheet) -> Result<Vec<Option<usize>>> {
    let columns = || {
        Some(msg!(
            "cmd-import-columns",
            columns = accepted_columns::<T>()
        ))
    };
    let at = |col: Option<usize>, problem: String| {
        vec![labelled(&src.at(src.header_line, col), &problem)]
    };
    let mut map = Vec::with_capacity(src.header.len());
    for (i, h) in src.header.iter().enumerate() {
        match column_of::<T>(h) {
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
            None if T::LISTED_ONLY.contains(&h.trim()) => map.push(None),
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
    for required in T::REQUIRED.iter().copied() {
        if !map.contains(&Some(required)) {
            let column = T::HEADER[required];
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
#[derive(Debug)]
struct Done<T> {
    new: Vec<T>,
    updated: Vec<T>,
    unchanged: usize,
    differs: Vec<String>,
    /// The cells read otherwise than written, each with where it is.
    read_as: Vec<String>,
    /// What is done with each row, by line, for --dry-run.
    actions: Vec<(usize, String)>,
}

impl<T> Default for Done<T> {
    fn default() -> Self {
        Done {
            new: Vec::new(),
            updated: Vec::new(),
            unchanged: 0,
            differs: Vec::new(),
            read_as: Vec::new(),
            actions: Vec::new(),
        }
    }
}

/// The rows of the file checked one by one against households.csv, alleys.csv and
/// each other: the households to add or change, and every problem.
struct Rows<'a, T> {
    src: &'a Sheet,
    map: &'a [Option<usize>],
    reg: &'a Registry<T>,
    names: &'a Names,
    /// The ID of each alley and leader by name.
    by_name: [HashMap<&'a str, &'a str>; 2],
    update: bool,
    /// Whether the file has an `id` column.
    has_id: bool,
    /// IDs taken: in households.csv, given by the file, or given to a new row.
    used: Vec<String>,
    /// The line of each ID accepted (or matched) so far.
    seen: HashMap<String, usize>,
    /// What a new ID starts with: the registry's letter and this clone's station
    /// (`HT` on station `T`).
    prefix: String,
    done: Done<T>,
    problems: Vec<(usize, String)>,
}

impl<'a, T: Importable> Rows<'a, T> {
    fn new(
        src: &'a Sheet,
        map: &'a [Option<usize>],
        reg: &'a Registry<T>,
        names: &'a Names,
        update: bool,
    ) -> Self {
        let alleys = names
            .alleys
            .iter()
            .map(|a| (a.name.as_str(), a.id.as_str()));
        let leaders = names
            .leaders
            .iter()
            .map(|l| (l.name.as_str(), l.id.as_str()));
        Rows {
            src,
            map,
            reg,
            names,
            by_name: [alleys.collect(), leaders.collect()],
            update,
            has_id: map.contains(&Some(0)),
            used: reg.iter().map(|h| h.id().to_string()).collect(),
            seen: HashMap::new(),
            prefix: T::PREFIX.to_string(),
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

    /// The row's values in the registry's column order, read as meant, with an
    /// alley or leader given by name turned into its ID; the ID empty where the
    /// row has none.
    fn fields(&mut self, row: &Line) -> Vec<String> {
        let mut fields = vec![String::new(); T::HEADER.len()];
        for (i, v) in row.fields.iter().enumerate() {
            if let Some(Some(c)) = self.map.get(i) {
                let column = T::HEADER[*c];
                fields[*c] = cellread::read(T::KINDS[*c], v);
                if let Some(key) = T::word(*c, &fields[*c]) {
                    fields[*c] = key.to_string();
                }
                if let Some(note) = read_as(column, v, &fields[*c]) {
                    let note = self.at(row.line, &note);
                    self.done.read_as.push(note);
                }
            }
        }
        for (c, to) in T::REFS {
            if let Some(id) = self.by_name[*to as usize].get(fields[*c].as_str()) {
                fields[*c] = id.to_string();
            }
        }
        fields
    }

    /// A column naming an alley or leader that is neither an ID nor a name in
    /// its registry; said so even when the text could not be an ID.
    fn unknown_ref(&self, fields: &[String]) -> Option<String> {
        T::REFS.iter().find_map(|(c, to)| {
            let v = fields[*c].as_str();
            let unknown = match to {
                Ref::Alley => self.names.alleys.get(v).is_none(),
                Ref::Leader => self.names.leaders.get(v).is_none(),
            };
            (!v.is_empty() && unknown).then(|| match to {
                Ref::Alley => msg!("cmd-import-no-alley", alley = v, file = Alley::FILE),
                Ref::Leader => msg!("cmd-import-no-leader", leader = v, file = Leader::FILE),
            })
        })
    }

    /// The registered household a row is: the one of its ID, else the one with
    /// its head and address in its alley.
    fn registered(&self, fields: &[String]) -> Option<&'a T> {
        if !fields[0].is_empty() {
            return self.reg.get(&fields[0]);
        }
        self.reg.iter().find(|r| r.is_row(fields))
    }

    /// Where a problem of the row is: the cell of the column it names.
    fn at(&self, line: usize, problem: &str) -> String {
        let col = T::HEADER
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
            fields[0] = next_id(&self.prefix, T::WIDTH, self.used.iter().map(|s| s.as_str()));
        }
        let unknown = self.unknown_ref(&fields);
        let problem = match T::from_fields(&fields) {
            Err(errs) => {
                let errs = with_unknown_ref::<T>(errs, unknown);
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
                        id = h.id().to_string(),
                        first = *first
                    )
                } else if let Some(u) = unknown {
                    u
                } else {
                    self.seen.insert(h.id().to_string(), row.line);
                    self.used.push(h.id().to_string());
                    let id = h.id().to_string();
                    self.done
                        .actions
                        .push((row.line, msg!("cmd-import-would-add", id = id)));
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
    fn matched(&mut self, line: usize, old: &T, fields: &[String]) {
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
            let keep = c == 0 || (T::KEEP_EMPTY.contains(&c) && fields[c].is_empty());
            if !keep {
                after[c] = fields[c].clone();
            }
        }
        let h = match T::from_fields(&after) {
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
            .map(|i| T::HEADER[i])
            .collect();
        if changed.is_empty() {
            self.done.unchanged += 1;
            let said = msg!("cmd-import-would-keep", id = id.as_str());
            self.done.actions.push((line, said));
        } else if self.update {
            let said = msg!(
                "cmd-import-would-update",
                id = id.as_str(),
                columns = changed.join(", ")
            );
            self.done.actions.push((line, said));
            self.done.updated.push(h);
        } else {
            let line_of = self.reg.line_of(&id).unwrap_or(0);
            let d = tr(
                current(),
                T::DIFFERS,
                &[
                    ("id", id.as_str().into()),
                    ("file", T::FILE.into()),
                    ("line", line_of.into()),
                    ("columns", changed.join(", ").into()),
                ],
            );
            let d = self.at(line, &d);
            self.done.differs.push(d);
        }
    }

    /// What the import does, or the error listing every problem in line order
    /// (short rows, found while reading, and bad rows).
    fn finish(mut self) -> Result<Done<T>> {
        if self.problems.is_empty() {
            return Ok(self.done);
        }
        self.problems.sort_by_key(|(line, _)| *line);
        let problems = self.problems.into_iter().map(|(_, p)| p).collect();
        Err(nothing_imported(problems, None))
    }
}

/// A row's field errors with the unknown alley (or leader) in place of its
/// column's own error, after the errors of the columns before it. An error names
/// its column in backquotes (`column `alley`: ...`, in either language).
fn with_unknown_ref<T: Importable>(errs: Vec<String>, unknown: Option<String>) -> Vec<String> {
    let about = |e: &str, col: &str| e.contains(&format!("`{col}`"));
    let Some(u) = unknown else {
        return errs;
    };
    let Some(c) = T::HEADER.iter().position(|h| about(&u, h)) else {
        return errs;
    };
    let mut errs: Vec<String> = errs
        .into_iter()
        .filter(|e| !about(e, T::HEADER[c]))
        .collect();
    let i = errs
        .iter()
        .position(|e| !T::HEADER[..c].iter().any(|h| about(e, h)))
        .unwrap_or(errs.len());
    errs.insert(i, u);
    errs
}

/// `1 household`, `2 alleys`, for the commit message (git's history is English).
fn records<T: Record>(n: usize) -> String {
    format!("{n} {}{}", T::WHAT, if n == 1 { "" } else { "s" })
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
