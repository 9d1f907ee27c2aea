//! The report in four formats with the same numbers: a terminal page, a Markdown
//! document ready to print or send, tidy long CSV (`scope,key,name,metric,value`)
//! and JSON nested by scope.

use serde_json::{json, Value as Json};

use super::metrics::{add_tidy, header_legend, json as json_of, meanings, tall, tidy, wide, Row};
use super::{Format, Table};
use crate::i18n::{t, tr, Lang};
use crate::model::period::{Period, Progress};
use crate::model::report::{Report, ScopeRow, Warning};
use crate::text::{md_escape, printable};

/// Options that change what a report shows.
#[derive(Debug, Clone, Copy, Default)]
pub struct Show {
    /// Leave out names of household heads and leaders (a report to post publicly).
    pub redact: bool,
    /// The language of the human formats (table, md); CSV and JSON keys stay English.
    pub lang: Lang,
}

pub fn render(r: &Report, format: Format, show: Show) -> String {
    match format {
        // The workbook is written by `report_xlsx`; as text it is the CSV.
        Format::Csv | Format::CsvExcel | Format::Xlsx => csv(r),
        Format::Json => {
            let mut s = serde_json::to_string_pretty(&json(r, show)).expect("JSON");
            s.push('\n');
            s
        }
        Format::Md => markdown(r, show),
        Format::Table => terminal(r, show),
        Format::Html => super::report_html::village(r, &Default::default(), show),
    }
}

fn scope_rows(rows: &[ScopeRow], with_leader: bool, show: Show) -> Vec<Row> {
    rows.iter()
        .map(|r| {
            let mut lead = vec![r.key.clone(), r.name.clone()];
            if with_leader {
                lead.push(if show.redact {
                    String::new()
                } else {
                    r.leader.clone()
                });
            }
            (lead, r.tally.values())
        })
        .collect()
}

/// The messages `keys` in `lang`.
pub fn headers(lang: Lang, keys: &[&str]) -> Vec<String> {
    keys.iter().map(|k| t(lang, k)).collect()
}

/// The lead columns of a table of categories or levels: in English the key and
/// the name (`sanitation`, `Environmental sanitation`); in Chinese the name alone
/// under the key's header (类别: 环境卫生), as the keys are English identifiers.
pub fn keyed(lang: Lang, key_header: &str, rows: Vec<Row>) -> (Vec<String>, Vec<Row>) {
    match lang {
        Lang::En => (headers(lang, &[key_header, "report-col-name"]), rows),
        Lang::ZhCn => (
            headers(lang, &[key_header]),
            rows.into_iter()
                .map(|(lead, values)| (lead.into_iter().skip(1).collect(), values))
                .collect(),
        ),
    }
}

pub(super) fn tables(r: &Report, show: Show) -> Vec<(String, Table)> {
    let l = show.lang;
    vec![
        (t(l, "report-village"), tall(l, &r.total.values())),
        (
            t(l, "report-by-alley"),
            wide(
                l,
                &headers(
                    l,
                    &["report-col-alley", "report-col-name", "report-col-leader"],
                ),
                &scope_rows(&r.alleys, true, show),
            ),
        ),
        (t(l, "report-by-category"), {
            let (h, rows) = keyed(
                l,
                "report-col-category",
                scope_rows(&r.categories, false, show),
            );
            wide(l, &h, &rows)
        }),
        (t(l, "report-by-level"), {
            let (h, rows) = keyed(l, "report-col-level", scope_rows(&r.levels, false, show));
            wide(l, &h, &rows)
        }),
    ]
}

pub(super) fn last_person_count(r: &Report) -> usize {
    r.last_person.iter().map(|l| l.households.len()).sum()
}

pub(super) fn household_list(hs: &[(String, String)], show: Show) -> String {
    hs.iter()
        .map(|(id, head)| {
            if show.redact {
                id.clone()
            } else {
                tr(
                    show.lang,
                    "report-household",
                    &[("head", head.as_str().into()), ("id", id.as_str().into())],
                )
            }
        })
        .collect::<Vec<_>>()
        .join(&t(show.lang, "report-list-separator"))
}

pub fn title(r: &Report, lang: Lang) -> String {
    // A range's label names its days already: they are not said twice.
    let from = r.period.from.to_string();
    let key = if r.period.label.contains(&from) {
        "report-title-range"
    } else {
        "report-title"
    };
    tr(
        lang,
        key,
        &[
            ("village", r.village.as_str().into()),
            ("period", r.period.label.as_str().into()),
            ("from", r.period.from.to_string().into()),
            ("to", r.period.to.to_string().into()),
        ],
    )
}

/// The warnings as terminal lines, `warning: …`, after the title.
pub fn warning_lines(lang: Lang, ws: &[Warning]) -> String {
    ws.iter()
        .map(|w| {
            let m = printable(&w.message);
            let line = tr(lang, "report-incomplete", &[("message", m.as_ref().into())]);
            format!("\n{line}\n")
        })
        .collect()
}

/// The note of a period not begun or not over, after the title (empty when it is
/// over): `note: 2026-12 is not over: counts up to 2026-12-02`.
pub fn period_line(lang: Lang, p: &Period) -> String {
    p.notice(lang).map_or(String::new(), |n| {
        let line = tr(lang, "report-period-note", &[("notice", n.into())]);
        format!("\n{line}\n")
    })
}

/// [`period_line`] as a Markdown block quote.
pub fn period_md(lang: Lang, p: &Period) -> String {
    p.notice(lang).map_or(String::new(), |n| {
        let line = tr(
            lang,
            "report-period-note-md",
            &[("notice", md_escape(&n).into())],
        );
        format!("\n> {line}\n")
    })
}

/// The period as JSON: its days, its label, whether it is over (`complete`) and
/// the last day counted (`counted_to`: `to`, today, or null before it begins).
pub fn period_json(p: &Period) -> Json {
    let counted_to = match p.progress {
        Progress::Complete => Some(p.to.to_string()),
        Progress::Unfinished(day) => Some(day.to_string()),
        Progress::NotBegun => None,
    };
    json!({
        "from": p.from.to_string(),
        "to": p.to.to_string(),
        "label": p.label,
        "complete": p.progress == Progress::Complete,
        "counted_to": counted_to,
    })
}

/// The warnings as a Markdown block quote, after the title.
pub fn warning_md(lang: Lang, ws: &[Warning]) -> String {
    ws.iter()
        .map(|w| {
            let m = md_escape(&w.message);
            let line = tr(lang, "report-incomplete-md", &[("message", m.into())]);
            format!("\n> {line}\n")
        })
        .collect()
}

/// The warnings as tidy CSV rows, first: scope `warning`, the key of what is
/// incomplete (`village` or a village code), the message as the name, metric
/// `cases_left_out` and its count.
pub fn warning_rows(t: &mut Table, ws: &[Warning]) {
    for w in ws {
        t.push(vec![
            "warning".into(),
            w.key.clone(),
            w.message.clone(),
            "cases_left_out".into(),
            w.cases_left_out.to_string(),
        ]);
    }
}

/// The warnings as a JSON array (empty when the report is complete).
pub fn warning_json(ws: &[Warning]) -> Json {
    ws.iter()
        .map(|w| json!({"key": w.key, "cases_left_out": w.cases_left_out, "message": w.message}))
        .collect()
}

fn terminal(r: &Report, show: Show) -> String {
    let l = show.lang;
    let mut s = format!("{}\n", heading(&printable(&title(r, l))));
    s.push_str(&period_line(l, &r.period));
    s.push_str(&warning_lines(l, &r.warnings));
    let headline = super::fit::prose(&printable(&r.headline), crate::term::width());
    s.push_str(&format!("\n{headline}\n"));
    for (name, t) in tables(r, show) {
        s.push_str(&format!(
            "\n{}\n{}",
            heading(&name),
            super::terminal(&split(t))
        ));
    }
    let n = last_person_count(r);
    let last = tr(l, "report-last-person", &[("n", n.into())]);
    s.push_str(&format!("\n{}\n", heading(&last)));
    if !r.last_person.is_empty() {
        let h = headers(
            l,
            &[
                "report-col-alley",
                "report-col-name",
                "report-col-count",
                "report-col-households",
            ],
        );
        let h: Vec<&str> = h.iter().map(String::as_str).collect();
        let mut t = Table::new(&h).numeric(&h[2..3]).wrap(&h[3..4]);
        for l in &r.last_person {
            t.push(vec![
                l.alley.clone(),
                l.alley_name.clone(),
                l.households.len().to_string(),
                household_list(&l.households, show),
            ]);
        }
        s.push_str(&super::terminal_wrapped(&t, Some(100)));
    }
    s
}

/// A heading of the terminal page: bold when stdout takes colour.
pub fn heading(text: &str) -> String {
    crate::term::paint(text, crate::term::Paint::Bold, crate::term::colour_stdout())
}

/// A wide table that a narrow terminal splits after its leading columns (the
/// scope's key and names), each part with the key.
pub fn split(t: Table) -> Table {
    let lead = t.numeric.iter().take_while(|n| !**n).count();
    t.split(lead.max(1))
}

fn markdown(r: &Report, show: Show) -> String {
    let l = show.lang;
    let mut s = format!("# {}\n", md_escape(&title(r, l)));
    s.push_str(&period_md(l, &r.period));
    s.push_str(&warning_md(l, &r.warnings));
    s.push_str(&format!("\n{}\n", md_escape(&r.headline)));
    for (name, t) in tables(r, show) {
        s.push_str(&format!("\n## {name}\n\n{}", super::markdown(&t)));
    }
    s.push_str(&format!(
        "\n## {}\n\n{}\n",
        t(l, "report-last-person-heading"),
        tr(
            l,
            "report-last-person-md",
            &[("n", last_person_count(r).into())]
        )
    ));
    for l in &r.last_person {
        let item = tr(
            show.lang,
            "report-last-person-item",
            &[
                ("alley", md_escape(&l.alley).into()),
                ("name", md_escape(&l.alley_name).into()),
                ("n", l.households.len().into()),
                (
                    "households",
                    md_escape(&household_list(&l.households, show)).into(),
                ),
            ],
        );
        s.push_str(&format!("\n- {item}\n"));
    }
    s.push_str(&format!(
        "\n---\n\n{}\n",
        tr(
            l,
            "report-footnote",
            &[
                ("legend", header_legend(l, false).into()),
                ("meanings", meanings(l).into()),
            ]
        )
    ));
    s
}

/// Tidy long CSV: one number per row.
fn csv(r: &Report) -> String {
    let mut t = tidy();
    warning_rows(&mut t, &r.warnings);
    add_tidy(
        &mut t,
        ("village", "village", &r.village),
        &r.total.values(),
    );
    for (scope, rows) in [
        ("alley", &r.alleys),
        ("category", &r.categories),
        ("level", &r.levels),
    ] {
        for row in rows {
            add_tidy(&mut t, (scope, &row.key, &row.name), &row.tally.values());
        }
    }
    super::csv(&t)
}

fn json(r: &Report, show: Show) -> Json {
    let scope = |rows: &[ScopeRow], leader: bool| -> Json {
        rows.iter()
            .map(|row| {
                let mut o =
                    json!({"key": row.key, "name": row.name, "metrics": json_of(&row.tally.values())});
                if leader && !show.redact {
                    o["leader"] = Json::String(row.leader.clone());
                }
                o
            })
            .collect()
    };
    json!({
        "village": {"name": r.village, "metrics": json_of(&r.total.values())},
        "period": period_json(&r.period),
        "headline": r.headline,
        "warnings": warning_json(&r.warnings),
        "alleys": scope(&r.alleys, true),
        "categories": scope(&r.categories, false),
        "levels": scope(&r.levels, false),
        "last_person": r.last_person.iter().map(|l| json!({
            "alley": l.alley,
            "name": l.alley_name,
            "households": l.households.iter().map(|(id, head)| {
                if show.redact { json!({"id": id}) } else { json!({"id": id, "head": head}) }
            }).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
}
