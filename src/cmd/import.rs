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
    let doc = csvfile::read(file, &display, Encoding::Utf8OrGbk)?;
    // Which household column each file column feeds.
    let mut map = Vec::with_capacity(doc.header.len());
    for h in &doc.header {
        match column_of(h) {
            Some(c) if map.contains(&Some(c)) => {
                return Err(Error::input(format!("{display}:1: two columns are `{h}`")))
            }
            Some(c) => map.push(Some(c)),
            None => {
                return Err(
                    Error::input(format!("{display}:1: unknown column `{h}`")).hint(format!(
                        "the columns are {} (in any order)",
                        Household::HEADER.join(", ")
                    )),
                )
            }
        }
    }
    for required in [1, 2] {
        if !map.contains(&Some(required)) {
            return Err(Error::input(format!(
                "{display}:1: the column `{}` is missing",
                Household::HEADER[required]
            )));
        }
    }
    let _lock = lock(&store.root)?;
    let reg = store.load::<Household>()?;
    let alleys = store.load::<Alley>()?;
    let by_name: HashMap<&str, &str> = alleys
        .iter()
        .map(|a| (a.name.as_str(), a.id.as_str()))
        .collect();
    let mut problems = Vec::new();
    let mut new: Vec<Household> = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut used: Vec<String> = reg.iter().map(|h| h.id().to_string()).collect();
    let has_id = map.contains(&Some(0));
    for row in &doc.rows {
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
        match Household::from_fields(&fields) {
            Err(errs) => problems.extend(errs.into_iter().map(at)),
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
                } else if alleys.get(h.alley.as_str()).is_none() {
                    problems.push(at(format!(
                        "column `alley`: there is no alley `{}` in {}",
                        h.alley,
                        Alley::FILE
                    )));
                } else {
                    seen.insert(h.id().to_string(), row.line);
                    used.push(h.id().to_string());
                    new.push(h);
                }
            }
        }
    }
    if !problems.is_empty() {
        let n = problems.len();
        return Err(Error::many(Kind::Input, problems).hint(format!(
            "nothing was imported ({n} problem{}); fix the file and import it again",
            if n == 1 { "" } else { "s" }
        )));
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
    store.write(
        batch,
        &format!("household: import {} households from {name}", new.len()),
        ctx.no_commit,
    )?;
    say(&format!("imported {} households", new.len()));
    Ok(())
}
