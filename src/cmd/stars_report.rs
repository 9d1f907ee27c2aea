//! `lane stars report`: a round's households by number of stars, per alley, with the
//! share of five-star households; the change from the previous round (the round
//! file sorting just before); and the households that gained or lost stars.

use serde_json::Value;

use super::columns::{for_people, labelled};
use super::Ctx;
use crate::error::Result;
use crate::model::registry::{Alley, Leader};
use crate::model::stars::{changes, Layout, StarRow, Tally};
use crate::msg;
use crate::render::sections::{self, Section, Sections};
use crate::render::Table;
use crate::store::stars::Places;
use crate::store::Store;

pub fn run(ctx: &Ctx, round: Option<&str>) -> Result<()> {
    let store = ctx.store()?;
    let layout = store.star_layout()?;
    let id = store.resolve_round(round)?;
    let previous = store
        .round_ids()?
        .into_iter()
        .take_while(|r| *r != id)
        .last();
    let cur = store.load_round(&layout, &id)?.star_rows();
    let prev = match &previous {
        Some(p) => Some(store.load_round(&layout, p)?.star_rows()),
        None => None,
    };
    let total = Tally::of(layout.full(), &cur);
    let [title, change_title, movers_title] = titles(&id.to_string(), previous.as_ref());
    let no_earlier = msg!("cmd-stars-no-earlier");
    let places = store.places()?;
    let people = for_people(ctx.format);
    let report = Sections {
        title,
        facts: vec![
            ("round", Value::from(id.as_str())),
            (
                "previous_round",
                previous
                    .as_ref()
                    .map_or(Value::Null, |p| Value::from(p.as_str())),
            ),
            ("households", Value::from(total.households)),
            ("rated", Value::from(total.rated)),
            ("five_star", Value::from(total.five_star())),
            (
                "five_star_pct",
                total
                    .five_star_pct()
                    .map_or(Value::Null, |p| Value::from(round1(p))),
            ),
        ],
        sections: vec![
            Section {
                key: "by_alley",
                title: msg!("cmd-stars-by-alley"),
                table: by_alley(&store, &layout, &places, &cur, people)?,
                when_empty: String::new(),
            },
            Section {
                key: "change",
                title: change_title,
                table: change(&layout, prev.as_deref(), &cur, people),
                when_empty: no_earlier.clone(),
            },
            Section {
                key: "movers",
                title: movers_title,
                table: movers(&places, prev.as_deref(), &cur),
                when_empty: if prev.is_some() {
                    msg!("cmd-stars-no-movers")
                } else {
                    no_earlier
                },
            },
        ],
    };
    sections::print(&report, ctx.format)
}

/// The titles of the report, its change and its movers: round `round`,
/// compared with round `previous` if there is one.
fn titles(round: &str, previous: Option<&impl std::fmt::Display>) -> [String; 3] {
    match previous.map(|p| p.to_string()) {
        Some(p) => [
            msg!(
                "cmd-stars-title-compared",
                round = round,
                previous = p.clone()
            ),
            msg!("cmd-stars-change-from", previous = p.clone()),
            msg!("cmd-stars-movers-since", previous = p),
        ],
        None => [
            msg!("cmd-stars-title", round = round),
            msg!("cmd-stars-change"),
            msg!("cmd-stars-movers"),
        ],
    }
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

fn pct(t: &Tally) -> String {
    t.five_star_pct()
        .map(|p| format!("{p:.1}"))
        .unwrap_or_default()
}

fn stars_columns(layout: &Layout) -> Vec<String> {
    (0..=layout.full())
        .rev()
        .map(|n| format!("stars_{n}"))
        .collect()
}

/// The labels of the `stars_N` columns: `stars_5` / `5星`.
fn stars_labels(layout: &Layout) -> Vec<(String, String)> {
    (0..=layout.full())
        .rev()
        .map(|n| (format!("stars_{n}"), msg!("cmd-col-stars-n", n = n)))
        .collect()
}

fn by_alley(
    store: &Store,
    layout: &Layout,
    places: &Places,
    rows: &[StarRow],
    people: bool,
) -> Result<Table> {
    let alleys = store.load::<Alley>()?;
    let leaders = store.load::<Leader>()?;
    let stars_cols = stars_columns(layout);
    let mut headers = vec!["alley", "name", "leader", "households", "rated"];
    headers.extend(stars_cols.iter().map(|s| s.as_str()));
    headers.push("five_star_pct");
    let mut numeric = vec!["households", "rated", "five_star_pct"];
    numeric.extend(stars_cols.iter().map(|s| s.as_str()));
    let own = stars_labels(layout);
    let own: Vec<(&str, String)> = own.iter().map(|(k, l)| (k.as_str(), l.clone())).collect();
    let mut t = labelled(Table::new(&headers).numeric(&numeric), &own);
    let push = |t: &mut Table, first: [String; 3], tally: &Tally| {
        let mut row: Vec<String> = first.into();
        row.push(tally.households.to_string());
        row.push(tally.rated.to_string());
        row.extend(tally.by_stars.iter().rev().map(|n| n.to_string()));
        row.push(pct(tally));
        t.push(row);
    };
    for a in alleys.iter() {
        let tally = Tally::of(
            layout.full(),
            rows.iter()
                .filter(|r| places.alley(&r.household) == Some(&a.id)),
        );
        let leader = a
            .leader
            .as_ref()
            .and_then(|l| leaders.get(l.as_str()))
            .map(|l| l.name.clone())
            .unwrap_or_default();
        push(&mut t, [a.id.to_string(), a.name.clone(), leader], &tally);
    }
    let known = |r: &&StarRow| {
        places
            .alley(&r.household)
            .is_some_and(|a| alleys.get(a.as_str()).is_some())
    };
    let elsewhere = Tally::of(layout.full(), rows.iter().filter(|r| !known(r)));
    if elsewhere.households > 0 {
        let first = ["?".into(), msg!("cmd-stars-gone"), String::new()];
        push(&mut t, first, &elsewhere);
    }
    let total = Tally::of(layout.full(), rows);
    let all = if people {
        msg!("cmd-stars-all")
    } else {
        "all".into()
    };
    push(&mut t, [all, String::new(), String::new()], &total);
    Ok(t)
}

/// A signed difference, `0` when there is none.
fn signed(d: f64, decimals: usize) -> String {
    let s = format!("{d:+.decimals$}");
    if s[1..].chars().all(|c| c == '0' || c == '.') {
        s[1..].to_string()
    } else {
        s
    }
}

/// The name of a measure of [`change`]: the key for CSV and JSON, words for people.
fn measure(people: bool, key: &str, words: impl FnOnce() -> String) -> String {
    if people {
        words()
    } else {
        key.to_string()
    }
}

fn change(layout: &Layout, prev: Option<&[StarRow]>, cur: &[StarRow], people: bool) -> Table {
    let t = Table::new(&["measure", "previous", "current", "change"])
        .numeric(&["previous", "current", "change"]);
    let mut t = labelled(t, &[]);
    let Some(prev) = prev else {
        return t;
    };
    let (a, b) = (
        Tally::of(layout.full(), prev),
        Tally::of(layout.full(), cur),
    );
    let count = |t: &mut Table, measure: String, x: usize, y: usize| {
        t.push(vec![
            measure,
            x.to_string(),
            y.to_string(),
            signed(y as f64 - x as f64, 0),
        ]);
    };
    let households = measure(people, "households", || msg!("cmd-stars-households"));
    count(&mut t, households, a.households, b.households);
    let rated = measure(people, "rated", || msg!("cmd-stars-rated"));
    count(&mut t, rated, a.rated, b.rated);
    for n in (0..=layout.full() as usize).rev() {
        let key = if n == 1 {
            "1 star".to_string()
        } else {
            format!("{n} stars")
        };
        let name = measure(people, &key, || msg!("cmd-stars-n", n = n));
        count(&mut t, name, a.by_stars[n], b.by_stars[n]);
    }
    let ratio = |t: &mut Table, measure: &str, x: Option<f64>, y: Option<f64>, dec: usize| {
        let cell = |v: Option<f64>| v.map(|v| format!("{v:.dec$}")).unwrap_or_default();
        let diff = match (x, y) {
            (Some(x), Some(y)) => {
                // The change of the rounded numbers, so the table adds up.
                let r = |v: f64| (v * 10f64.powi(dec as i32)).round() / 10f64.powi(dec as i32);
                signed(r(y) - r(x), dec)
            }
            _ => String::new(),
        };
        t.push(vec![measure.to_string(), cell(x), cell(y), diff]);
    };
    let share = measure(people, "five-star share (%)", || msg!("cmd-stars-share"));
    ratio(&mut t, &share, a.five_star_pct(), b.five_star_pct(), 1);
    let average = measure(people, "average stars", || msg!("cmd-stars-average"));
    ratio(&mut t, &average, a.average(), b.average(), 2);
    t
}

fn movers(places: &Places, prev: Option<&[StarRow]>, cur: &[StarRow]) -> Table {
    let t = Table::new(&[
        "household",
        "head",
        "alley",
        "previous",
        "current",
        "change",
    ])
    .numeric(&["previous", "current", "change"]);
    let mut t = labelled(t, &[]);
    let Some(prev) = prev else {
        return t;
    };
    for c in changes(prev, cur) {
        let mut row = places.cells(&c.household);
        row.extend([
            c.before.to_string(),
            c.after.to_string(),
            signed(c.delta() as f64, 0),
        ]);
        t.push(row);
    }
    t
}

#[cfg(test)]
mod tests {
    use super::signed;

    #[test]
    fn differences_carry_a_sign_unless_zero() {
        assert_eq!(signed(3.0, 0), "+3");
        assert_eq!(signed(-2.0, 0), "-2");
        assert_eq!(signed(0.0, 0), "0");
        assert_eq!(signed(-0.0001, 1), "0.0");
        assert_eq!(signed(4.25, 2), "+4.25");
    }
}
