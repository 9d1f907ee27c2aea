//! `lane stars new|rate|award|list|history`: the five-star civilized household
//! assessment. A round is `stars/ROUND.csv` (see [`crate::model::stars`]);
//! `lane stars report` lives in `stars_report.rs`.

use chrono::NaiveDate;

use super::columns::labelled;
use super::words::{self, labelled as flag_error};
use super::{flags, parse_id, say, Ctx};
use crate::cli::{RateArgs, StarsCmd};
use crate::error::{Error, Result};
use crate::model::ids::{AlleyId, HouseholdId, RoundId};
use crate::model::registry::{Alley, Household};
use crate::model::stars::{round_year, Layout, MetError, StarRow};
use crate::model::time::parse_day;
use crate::msg;
use crate::render::{self, Table};
use crate::store::stars::{new_round_bytes, round_rel, Places, Round};
use crate::store::Store;

pub fn run(ctx: &Ctx, cmd: StarsCmd) -> Result<()> {
    match cmd {
        StarsCmd::New { round, date } => new_round(ctx, &round, date.as_deref()),
        StarsCmd::Rate(a) => rate(ctx, a),
        StarsCmd::Award { round, date } => award(ctx, round.as_deref(), date.as_deref()),
        StarsCmd::List {
            round,
            min,
            alley,
            wide,
        } => list(ctx, round.as_deref(), min, alley.as_deref(), wide),
        StarsCmd::Report { round } => super::stars_report::run(ctx, round.as_deref()),
        StarsCmd::History { household } => history(ctx, &household),
    }
}

/// `--date`, else today; a day after today is bad input (a typo of the year).
fn date_flag(v: Option<&str>, store: &Store) -> Result<NaiveDate> {
    let today = store.now.date_naive();
    let Some(d) = v else { return Ok(today) };
    let day = parse_day(d, today).map_err(|e| Error::input(flag_error("--date", &e)))?;
    if day > today {
        let (day, today) = (day.to_string(), today.to_string());
        return Err(
            Error::input(msg!("cmd-date-future", day = day, today = today))
                .hint(msg!("cmd-date-future-hint")),
        );
    }
    Ok(day)
}

fn new_round(ctx: &Ctx, round: &str, date: Option<&str>) -> Result<()> {
    let store = ctx.store()?;
    let id: RoundId = parse_id("ROUND", round)?;
    let date = date_flag(date, &store)?;
    let layout = store.star_layout()?;
    let rel = round_rel(&id);
    let n = store.change(|tx| {
        if tx.has_round(&id) {
            let id = id.to_string();
            return Err(Error::refused(msg!(
                "cmd-round-exists",
                round = id.clone(),
                file = rel.as_str()
            ))
            .hint(msg!("cmd-round-exists-hint", round = id)));
        }
        let households = tx.load::<Household>()?;
        if households.records.is_empty() {
            return Err(Error::refused(msg!("cmd-round-no-households"))
                .hint(msg!("cmd-round-no-households-hint")));
        }
        let rows: Vec<StarRow> = households
            .iter()
            .map(|h| StarRow::unrated(h.id.clone()))
            .collect();
        tx.put(&rel, new_round_bytes(&layout, &rows));
        let n = rows.len();
        tx.message(format!("stars: new round {id} of {date}, {n} households"));
        Ok(n)
    })?;
    say(&msg!(
        "cmd-round-started",
        round = id.to_string(),
        date = date.to_string(),
        n = n,
        file = rel.as_str()
    ));
    render::write_stdout(&format!("{id}\n"))
}

/// Parses `--met` (keys or names), as bad input that lists the keys.
fn met_flag(layout: &Layout, spec: &str) -> Result<Vec<bool>> {
    let spec = flags::criteria(layout, spec)?;
    layout.parse_met(&spec).map_err(|e| match e {
        MetError::Unknown { key, nearest } => {
            let keys = layout.keys.join(", ");
            let names: Vec<String> = (layout.keys.iter().zip(&layout.names))
                .map(|(k, n)| words::choice(k, n))
                .collect();
            let names = names.join(&msg!("cmd-candidate-separator"));
            let hint = match nearest {
                Some(n) => msg!("cmd-met-nearest", nearest = n, keys = keys, names = names),
                None => msg!("cmd-met-keys", keys = keys, names = names),
            };
            Error::input(msg!("cmd-met-unknown", key = key)).hint(hint)
        }
    })
}

fn rate(ctx: &Ctx, a: RateArgs) -> Result<()> {
    let store = ctx.store()?;
    let layout = store.star_layout()?;
    let met = a.met.as_deref().map(|m| met_flag(&layout, m)).transpose()?;
    let round = store.resolve_round(a.round.as_deref())?;
    let household = flags::household_in(&store, "HOUSEHOLD", a.household.as_deref())?
        .map(|h| parse_id::<HouseholdId>("HOUSEHOLD", &h))
        .transpose()?;
    if household.is_none() && a.note.is_some() {
        return Err(
            Error::input(msg!("cmd-rate-note-alone")).hint(msg!("cmd-rate-note-alone-hint"))
        );
    }
    match (household, met) {
        (Some(h), Some(met)) => apply(&store, &layout, &round, &h, met, a.note).map(|_| ()),
        (h, None) if ctx.prompt.enabled => checklist(ctx, &store, &layout, &round, h, a.note),
        (Some(_), None) => Err(
            Error::input(msg!("cmd-prompt-missing", flag = "--met")).hint(msg!(
                "cmd-rate-missing-met-hint",
                keys = layout.keys.join(",")
            )),
        ),
        (None, _) => Err(Error::input(msg!("cmd-rate-missing-household"))
            .hint(msg!("cmd-rate-missing-household-hint"))),
    }
}

/// What [`apply`] did.
#[derive(PartialEq)]
enum Applied {
    Rated,
    Unchanged,
}

/// Rates one household in a round and writes the change at once (under the lock,
/// reading the round afresh, so a checklist session and other writers interleave).
fn apply(
    store: &Store,
    layout: &Layout,
    round_id: &RoundId,
    h: &HouseholdId,
    met: Vec<bool>,
    note: Option<String>,
) -> Result<Applied> {
    if let Some(n) = &note {
        crate::model::cell::one_line("--note", n).map_err(Error::input)?;
    }
    let full = layout.full();
    let (applied, said) = store.change(|tx| {
        let households = tx.load::<Household>()?;
        let head = households.require(h.as_str())?.head.clone();
        let round = tx.load_round(layout, round_id)?;
        let old = round.get(h.as_str()).cloned();
        let mut new = old.clone().unwrap_or_else(|| StarRow::unrated(h.clone()));
        new.met = Some(met);
        if let Some(n) = note {
            new.note = n;
        }
        let stars = new.stars().unwrap_or(0);
        keeps_award(layout, &round, &new)?;
        let hid = h.to_string();
        if old.as_ref() == Some(&new) {
            let said = msg!(
                "cmd-rate-unchanged",
                household = hid,
                head = head,
                stars = stars,
                full = full,
                round = round_id.to_string()
            );
            return Ok((Applied::Unchanged, said));
        }
        let bytes = match &old {
            Some(_) => round.rewritten(layout, std::slice::from_ref(&new), &[]),
            None => round.rewritten(layout, &[], std::slice::from_ref(&new)),
        };
        tx.put(&round.rel, bytes);
        let keys = layout
            .met_keys(new.met.as_deref().unwrap_or(&[]))
            .join(", ");
        let which = if keys.is_empty() {
            String::new()
        } else {
            format!(" ({keys})")
        };
        tx.message(format!(
            "stars: rate {h} {head} in round {round_id}: {stars} stars{which}"
        ));
        let said = match old {
            None => msg!(
                "cmd-rated-added",
                household = hid,
                head = head,
                round = round_id.to_string(),
                stars = stars,
                full = full,
                file = round.rel.as_str()
            ),
            Some(_) => msg!(
                "cmd-rated",
                household = hid,
                head = head,
                round = round_id.to_string(),
                stars = stars,
                full = full
            ),
        };
        Ok((Applied::Rated, said))
    })?;
    say(&said);
    Ok(applied)
}

/// Refuses a rating below every star for a household already awarded its plaque.
fn keeps_award(layout: &Layout, round: &Round, new: &StarRow) -> Result<()> {
    let stars = new.stars().unwrap_or(0);
    match new.awarded {
        Some(day) if stars < layout.full() => Err(Error::refused(msg!(
            "cmd-rate-contradicts-award",
            household = new.household.to_string(),
            round = round.id.to_string(),
            day = day.to_string(),
            stars = stars
        ))
        .hint(msg!(
            "cmd-rate-contradicts-award-hint",
            file = round.rel.as_str()
        ))),
        _ => Ok(()),
    }
}

/// A household to rate in the checklist: its alley and the criteria ticked at first.
struct Item {
    alley: AlleyId,
    household: HouseholdId,
    ticked: Vec<bool>,
}

/// The checklist at a terminal: one household (`only`) or every unrated one of the
/// round, alley by alley in alleys.csv's order. Each answer is written at once, so
/// stopping (Esc, `q`, Ctrl-C) loses nothing and the next run resumes.
fn checklist(
    ctx: &Ctx,
    store: &Store,
    layout: &Layout,
    round_id: &RoundId,
    only: Option<HouseholdId>,
    note: Option<String>,
) -> Result<()> {
    let places = store.places()?;
    let round = store.load_round(layout, round_id)?;
    let queue = match only {
        Some(h) => vec![one_item(store, layout, &places, &round, h)?],
        None => unrated_items(layout, &places, &round)?,
    };
    let round = round_id.to_string();
    if queue.is_empty() {
        say(&msg!("cmd-checklist-all-rated", round = round));
        return Ok(());
    }
    let labels = criteria_labels(layout);
    say(&msg!(
        "cmd-checklist-start",
        round = round.clone(),
        n = queue.len()
    ));
    let mut rated = 0;
    for (i, item) in queue.iter().enumerate() {
        let label = item_label(&places, &queue, i);
        let Some(picked) = ctx.prompt.checklist(&label, &labels, &item.ticked)? else {
            say(&msg!(
                "cmd-checklist-stopped",
                rated = rated,
                left = queue.len() - i,
                round = round
            ));
            return Ok(());
        };
        let mut met = vec![false; layout.keys.len()];
        for p in picked {
            met[p] = true;
        }
        let h = &item.household;
        if apply(store, layout, round_id, h, met, note.clone())? == Applied::Rated {
            rated += 1;
        }
    }
    say(&msg!("cmd-checklist-done", rated = rated, round = round));
    Ok(())
}

/// The checklist of one household, ticked as it was rated.
fn one_item(
    store: &Store,
    layout: &Layout,
    places: &Places,
    round: &Round,
    h: HouseholdId,
) -> Result<Item> {
    let alley = match places.alley(&h) {
        Some(a) => a.clone(),
        None => return Err(store.load::<Household>()?.unknown(h.as_str())),
    };
    let ticked = round
        .get(h.as_str())
        .and_then(|r| r.met.clone())
        .unwrap_or_else(|| vec![false; layout.keys.len()]);
    Ok(Item {
        alley,
        household: h,
        ticked,
    })
}

/// The unrated households of the round, alley by alley in alleys.csv's order.
fn unrated_items(layout: &Layout, places: &Places, round: &Round) -> Result<Vec<Item>> {
    let unrated: Vec<&StarRow> = round.iter().filter(|r| r.met.is_none()).collect();
    let item = |alley: &AlleyId, r: &StarRow| Item {
        alley: alley.clone(),
        household: r.household.clone(),
        ticked: vec![false; layout.keys.len()],
    };
    let mut queue = Vec::new();
    for (alley, _) in places.alleys() {
        let of_alley = unrated
            .iter()
            .filter(|r| places.alley(&r.household) == Some(alley));
        queue.extend(of_alley.map(|r| item(alley, r)));
    }
    // Households of an alley missing from alleys.csv come last (`lane check`
    // names the alley); households gone from households.csv cannot be rated.
    for r in &unrated {
        if let Some(a) = places.alley(&r.household) {
            if !places.alleys().iter().any(|(x, _)| x == a) {
                queue.push(item(a, r));
            }
        }
    }
    if queue.is_empty() && !unrated.is_empty() {
        return Err(Error::refused(msg!(
            "cmd-unrated-gone",
            n = unrated.len(),
            round = round.id.to_string()
        ))
        .hint(msg!("cmd-unrated-gone-hint")));
    }
    Ok(queue)
}

/// The criteria as the checklist shows them: the name, and the key if it differs.
fn criteria_labels(layout: &Layout) -> Vec<String> {
    let label = |(n, k): (&String, &String)| {
        if n == k {
            n.clone()
        } else {
            msg!("cmd-criterion-choice", name = n.as_str(), key = k.as_str())
        }
    };
    layout.names.iter().zip(&layout.keys).map(label).collect()
}

/// The prompt of the `i`th item: its alley, its place among the alley's items, the
/// household and its head.
fn item_label(places: &Places, queue: &[Item], i: usize) -> String {
    let Item {
        alley, household, ..
    } = &queue[i];
    let in_alley = queue.iter().filter(|x| &x.alley == alley).count();
    let nth = queue[..=i].iter().filter(|x| &x.alley == alley).count();
    format!(
        "{} {nth}/{in_alley} · {household} {}",
        format!("{alley} {}", places.alley_name(alley)).trim_end(),
        places.head(household)
    )
}

fn award(ctx: &Ctx, round: Option<&str>, date: Option<&str>) -> Result<()> {
    let store = ctx.store()?;
    let layout = store.star_layout()?;
    let round_id = store.resolve_round(round)?;
    let day = date_flag(date, &store)?;
    if let Some(year) = round_year(round_id.as_str()) {
        if chrono::Datelike::year(&day) < year {
            return Err(Error::refused(msg!(
                "cmd-award-before-round",
                day = day.to_string(),
                round = round_id.to_string(),
                year = year
            ))
            .hint(msg!("cmd-award-before-round-hint")));
        }
    }
    let awarded = store.change(|tx| {
        let round = tx.load_round(&layout, &round_id)?;
        let places = tx.places()?;
        let full = Some(layout.full());
        let newly: Vec<StarRow> = round
            .iter()
            .filter(|r| r.stars() == full && r.awarded.is_none())
            .map(|r| StarRow {
                awarded: Some(day),
                ..r.clone()
            })
            .collect();
        warn_unrated(&round);
        if newly.is_empty() {
            let before = round.iter().filter(|r| r.awarded.is_some()).count();
            let id = round_id.to_string();
            say(&if before > 0 {
                msg!("cmd-award-all-done", round = id, n = before)
            } else {
                msg!("cmd-award-none", round = id)
            });
            return Ok(None);
        }
        tx.put(&round.rel, round.rewritten(&layout, &newly, &[]));
        tx.message(award_message(&round_id, day, &newly));
        Ok(Some((newly, places)))
    })?;
    let Some((newly, places)) = awarded else {
        return Ok(());
    };
    say(&msg!(
        "cmd-awarded",
        n = newly.len(),
        round = round_id.to_string(),
        day = day.to_string()
    ));
    let mut t = labelled(Table::new(&["household", "head", "alley", "awarded"]), &[]);
    for r in &newly {
        let mut row = places.cells(&r.household);
        row.push(day.to_string());
        t.push(row);
    }
    render::print(&t, ctx.format)
}

/// Warns that households of the round are not rated yet (award them later).
fn warn_unrated(round: &Round) {
    let unrated = round.iter().filter(|r| r.met.is_none()).count();
    if unrated > 0 {
        let round = round.id.to_string();
        crate::error::warn(&msg!("cmd-award-unrated", n = unrated, round = round));
    }
}

/// The commit message of an award: the households, the first ten by ID.
fn award_message(round_id: &RoundId, day: NaiveDate, newly: &[StarRow]) -> String {
    let ids: Vec<&str> = newly.iter().map(|r| r.household.as_str()).collect();
    let shown = if ids.len() > 10 {
        format!("{} and {} more", ids[..10].join(", "), ids.len() - 10)
    } else {
        ids.join(", ")
    };
    format!(
        "stars: award round {round_id} on {day} to {} five-star household{}: {shown}",
        newly.len(),
        if newly.len() == 1 { "" } else { "s" }
    )
}

/// A table of star rows under `first` columns, then the criteria, stars, awarded, note.
fn star_table(layout: &Layout, first: &[&str]) -> Table {
    let mut headers: Vec<&str> = first.to_vec();
    headers.extend(layout.keys.iter().map(|k| k.as_str()));
    headers.extend(["stars", "awarded", "note"]);
    let mut numeric: Vec<&str> = layout.keys.iter().map(|k| k.as_str()).collect();
    numeric.push("stars");
    let own: Vec<(&str, String)> = (layout.keys.iter().zip(&layout.names))
        .map(|(k, n)| (k.as_str(), words::keyed(k, n)))
        .collect();
    labelled(Table::new(&headers).numeric(&numeric), &own)
}

/// The row's cells from the first criterion on.
fn star_cells(layout: &Layout, r: &StarRow) -> Vec<String> {
    layout.to_fields(r).split_off(1)
}

fn list(
    ctx: &Ctx,
    round: Option<&str>,
    min: Option<u32>,
    alley: Option<&str>,
    wide: bool,
) -> Result<()> {
    let store = ctx.store()?;
    let layout = store.star_layout()?;
    let round_id = store.resolve_round(round)?;
    let households = store.load::<Household>()?;
    let alleys = store.load::<Alley>()?;
    let alley = alley
        .map(|a| flags::alley(&alleys, "--alley", a))
        .transpose()?;
    let alley = alley.as_deref();
    if let Some(a) = alley {
        alleys.require(a)?;
    }
    if let Some(m) = min.filter(|m| *m > layout.full()) {
        return Err(Error::input(msg!(
            "cmd-min-too-high",
            min = m,
            full = layout.full()
        )));
    }
    let round = store.load_round(&layout, &round_id)?;
    let places = Places::new(&households, &alleys);
    let mut t = star_table(&layout, &["household", "head", "alley"]);
    for r in round.iter() {
        if min.is_some_and(|m| r.stars().is_none_or(|s| s < m)) {
            continue;
        }
        let a = places.alley(&r.household);
        if alley.is_some_and(|x| a.map(|a| a.as_str()) != Some(x)) {
            continue;
        }
        let mut row = places.cells(&r.household);
        row.extend(star_cells(&layout, r));
        t.push(row);
    }
    if !wide {
        // Five criteria and the totals are ~107 columns: 80 hide these first.
        t = t.droppable(&["note", "awarded", "alley"]);
    }
    render::print(&t, ctx.format)
}

fn history(ctx: &Ctx, household: &str) -> Result<()> {
    let store = ctx.store()?;
    let layout = store.star_layout()?;
    let households = store.load::<Household>()?;
    let household = flags::household(&store, &households, "HOUSEHOLD", household)?;
    let h: HouseholdId = parse_id("HOUSEHOLD", &household)?;
    let mut t = star_table(&layout, &["round"]);
    for id in store.round_ids()? {
        let round = store.load_round(&layout, &id)?;
        if let Some(r) = round.get(h.as_str()) {
            let mut row = vec![id.to_string()];
            row.extend(star_cells(&layout, r));
            t.push(row);
        }
    }
    if t.rows.is_empty() {
        households.require(h.as_str())?;
        say(&msg!("cmd-history-none", household = h.to_string()));
    } else if households.get(h.as_str()).is_none() {
        crate::error::warn(&msg!("cmd-history-gone", household = h.to_string()));
    }
    render::print(&t, ctx.format)
}
