//! The case file: `tickets/<YEAR>/<ID>.toml`. The facts come first, then one
//! `[[events]]` table per event. New events are appended as text, so the bytes of a
//! file only ever grow at the end and `git diff` shows just the new event.

use serde::Deserialize;

use crate::model::case::{Action, Case, CloseReason, Event, Source, VisitResult};
use crate::model::ids::{AlleyId, CaseId, HouseholdId};
use crate::model::time::{format_time, Time};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCase {
    id: String,
    title: String,
    category: String,
    alley: String,
    household: Option<String>,
    source: String,
    opened: String,
    #[serde(default)]
    events: Vec<toml::Spanned<RawEvent>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEvent {
    at: String,
    by: String,
    action: String,
    #[serde(default)]
    note: String,
    to: Option<String>,
    reason: Option<String>,
    dept: Option<String>,
    result: Option<String>,
    #[serde(rename = "as")]
    close_as: Option<String>,
    of: Option<String>,
    on_spot: Option<bool>,
    /// Format 2: the deadline the event set (only on events that start one).
    deadline: Option<String>,
    /// Format 3, `attach`: the stored file, its hash, original name and size.
    hash: Option<String>,
    file: Option<String>,
    name: Option<String>,
    size: Option<u64>,
}

/// The 1-based line of a byte offset.
pub fn line_at(text: &str, offset: usize) -> usize {
    1 + text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
}

/// The line of the first `key = ` at the start of a line, else 1.
fn line_of_key(text: &str, key: &str) -> usize {
    text.lines()
        .position(|l| {
            l.trim_start()
                .strip_prefix(key)
                .is_some_and(|r| r.trim_start().starts_with('='))
        })
        .map_or(1, |i| i + 1)
}

fn parse_time_field(s: &str) -> Result<Time, String> {
    chrono::DateTime::parse_from_rfc3339(s)
        .map(crate::model::time::whole_seconds)
        .map_err(|_| crate::msg!("store-case-not-a-time", value = s))
}

/// serde's message made one a person can act on: a time written as a bare TOML
/// datetime (`at = 2026-11-03T09:15:00+08:00`) is a string in a case file.
fn toml_message(text: &str, line: usize, msg: &str) -> String {
    let src = text.lines().nth(line.saturating_sub(1)).unwrap_or("");
    let Some((key, value)) = src.split_once('=') else {
        return msg.to_string();
    };
    let (key, value) = (key.trim(), value.trim());
    let bare_time = value.len() >= 10
        && value.as_bytes()[..4].iter().all(u8::is_ascii_digit)
        && value.as_bytes()[4] == b'-';
    if msg.starts_with("invalid type") && bare_time {
        return crate::msg!("store-case-bare-time", key = key, value = value);
    }
    msg.to_string()
}

/// Whether the two sides of a conflict in a case file give a fact different
/// values: two different cases were given one ID (issue 19), not one case's events.
fn facts_differ(text: &str) -> bool {
    const FACTS: [&str; 5] = [
        "title =",
        "category =",
        "alley =",
        "opened =",
        "household =",
    ];
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    // 0 outside a conflict, 1 our side, 2 theirs; facts are the keys before the
    // first `[[events]]` (in the common text, or on each side).
    let (mut side, mut events, mut events_before) = (0, false, false);
    for l in text.lines() {
        if l.starts_with("<<<<<<<") {
            (side, events_before) = (1, events);
        } else if l.starts_with("=======") && side == 1 {
            (side, events) = (2, events_before);
        } else if l.starts_with(">>>>>>>") {
            side = 0;
        } else if l.trim_start().starts_with("[[events]]") {
            events = true;
        } else if !events && FACTS.iter().any(|k| l.starts_with(k)) {
            match side {
                1 => ours.push(l),
                2 => theirs.push(l),
                _ => {}
            }
        }
    }
    FACTS.iter().any(|k| {
        let a = ours.iter().find(|l| l.starts_with(k));
        let b = theirs.iter().find(|l| l.starts_with(k));
        matches!((a, b), (Some(a), Some(b)) if a != b)
    })
}

/// Parses a case file. Errors are `(line, message)`.
pub fn parse(text: &str) -> Result<Case, (usize, String)> {
    if let Some(i) = text.lines().position(|l| {
        l.starts_with("<<<<<<<") || l.starts_with(">>>>>>>") || l.starts_with("=======")
    }) {
        if facts_differ(text) {
            return Err((i + 1, crate::msg!("store-case-conflict-two-cases")));
        }
        return Err((i + 1, crate::msg!("store-case-conflict-marker")));
    }
    let raw: RawCase = toml::from_str(text).map_err(|e| {
        let line = e.span().map_or(1, |s| line_at(text, s.start));
        (line, toml_message(text, line, e.message().trim_end()))
    })?;
    let at_key = |key: &str, msg: String| {
        let said = crate::msg!("store-case-key", key = key, message = msg);
        (line_of_key(text, key), said)
    };
    let id = CaseId::parse(&raw.id).map_err(|e| at_key("id", e))?;
    let alley = AlleyId::new(&raw.alley).map_err(|e| at_key("alley", e))?;
    let household = match raw.household {
        Some(h) => Some(HouseholdId::new(&h).map_err(|e| at_key("household", e))?),
        None => None,
    };
    let source: Source = raw.source.parse().map_err(|e| at_key("source", e))?;
    let opened = parse_time_field(&raw.opened).map_err(|e| at_key("opened", e))?;
    crate::model::ids::check_id(&raw.category).map_err(|e| at_key("category", e))?;
    let mut events = Vec::with_capacity(raw.events.len());
    for sp in raw.events {
        let line = line_at(text, sp.span().start);
        let ev = event_from_raw(sp.into_inner(), line).map_err(|e| (line, e))?;
        events.push(ev);
    }
    Ok(Case {
        id,
        title: raw.title,
        category: raw.category,
        alley,
        household,
        source,
        opened,
        events,
    })
}

fn event_from_raw(r: RawEvent, line: usize) -> Result<Event, String> {
    let at = parse_time_field(&r.at)
        .map_err(|e| crate::msg!("store-event-key", key = "at", message = e))?;
    let need = |v: Option<String>, key: &str| {
        v.ok_or_else(|| crate::msg!("store-event-needs", action = r.action.as_str(), key = key))
    };
    let action = match r.action.as_str() {
        "open" => Action::Open,
        "note" => Action::Note,
        "resolve" => Action::Resolve {
            on_spot: r.on_spot.unwrap_or(false),
        },
        "escalate" => Action::Escalate {
            to: need(r.to.clone(), "to")?,
            reason: need(r.reason.clone(), "reason")?,
            dept: r.dept.clone().unwrap_or_default(),
        },
        "visit" => Action::Visit {
            result: need(r.result.clone(), "result")?.parse::<VisitResult>()?,
        },
        "close" => Action::Close {
            reason: r
                .close_as
                .as_deref()
                .unwrap_or("fixed")
                .parse::<CloseReason>()?,
            of: match &r.of {
                Some(o) => Some(CaseId::parse(o)?),
                None => None,
            },
        },
        "reopen" => Action::Reopen {
            reason: need(r.reason.clone(), "reason")?,
        },
        "attach" => attach_action(&r)?,
        other => return Err(crate::msg!("store-event-unknown-action", action = other)),
    };
    // Each action takes its own keys; any other is an error, never dropped.
    let takes: &[&str] = match r.action.as_str() {
        "escalate" => &["to", "reason", "dept"],
        "visit" => &["result"],
        "close" => &["as", "of"],
        "reopen" => &["reason"],
        "resolve" => &["on_spot"],
        "attach" => &["as", "hash", "file", "name", "size"],
        _ => &[],
    };
    let present = [
        ("to", r.to.is_some()),
        ("reason", r.reason.is_some()),
        ("dept", r.dept.is_some()),
        ("result", r.result.is_some()),
        ("as", r.close_as.is_some()),
        ("of", r.of.is_some()),
        ("on_spot", r.on_spot.is_some()),
        ("hash", r.hash.is_some()),
        ("file", r.file.is_some()),
        ("name", r.name.is_some()),
        ("size", r.size.is_some()),
    ];
    if let Some((k, _)) = present.iter().find(|(k, p)| *p && !takes.contains(k)) {
        return Err(crate::msg!(
            "store-event-has-no",
            action = r.action.as_str(),
            key = *k
        ));
    }
    if r.by.trim().is_empty() {
        return Err(crate::msg!("store-event-by-empty"));
    }
    let mut ev = Event::new(at, &r.by, action, &r.note);
    ev.line = line;
    ev.deadline = event_deadline(r.deadline.as_deref(), &ev)?;
    Ok(ev)
}

/// An `attach` event's action from its keys (see [`crate::model::attachment::from_keys`]).
fn attach_action(r: &RawEvent) -> Result<Action, String> {
    let (kind, hash, file) = (r.close_as.as_deref(), r.hash.as_deref(), r.file.as_deref());
    crate::model::attachment::from_keys(kind, hash, file, r.name.as_deref(), r.size)
        .map(Action::Attach)
}

/// The `deadline` key of an event: a time with offset, only on an event that
/// starts a deadline, and not before the event.
fn event_deadline(raw: Option<&str>, ev: &Event) -> Result<Option<Time>, String> {
    let Some(raw) = raw else { return Ok(None) };
    if !ev.starts_deadline() {
        return Err(crate::msg!(
            "store-event-no-deadline",
            action = ev.action.name()
        ));
    }
    let d = parse_time_field(raw)
        .map_err(|e| crate::msg!("store-event-key", key = "deadline", message = e))?;
    if d < ev.at {
        return Err(crate::msg!(
            "store-event-deadline-before",
            deadline = raw,
            at = format_time(&ev.at)
        ));
    }
    Ok(Some(d))
}

/// A TOML basic string, escaped.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The text of a new case file with its facts and events.
pub fn render(t: &Case) -> String {
    let mut s = String::new();
    s.push_str(&format!("id = {}\n", quote(&t.id.to_string())));
    s.push_str(&format!("title = {}\n", quote(&t.title)));
    s.push_str(&format!("category = {}\n", quote(&t.category)));
    s.push_str(&format!("alley = {}\n", quote(t.alley.as_str())));
    if let Some(h) = &t.household {
        s.push_str(&format!("household = {}\n", quote(h.as_str())));
    }
    s.push_str(&format!("source = {}\n", quote(t.source.as_str())));
    s.push_str(&format!("opened = {}\n", quote(&format_time(&t.opened))));
    for ev in &t.events {
        s.push_str(&render_event(ev));
    }
    s
}

/// The text of one event, to append to a case file.
pub fn render_event(ev: &Event) -> String {
    let mut s = String::from("\n[[events]]\n");
    let mut kv = |k: &str, v: &str| s.push_str(&format!("{k} = {}\n", quote(v)));
    kv("at", &format_time(&ev.at));
    kv("by", &ev.by);
    kv("action", ev.action.name());
    match &ev.action {
        Action::Escalate { to, reason, dept } => {
            kv("to", to);
            kv("reason", reason);
            if !dept.is_empty() {
                kv("dept", dept);
            }
        }
        Action::Visit { result } => kv("result", result.as_str()),
        Action::Close { reason, of } => {
            kv("as", reason.as_str());
            if let Some(of) = of {
                kv("of", &of.to_string());
            }
        }
        Action::Reopen { reason } => kv("reason", reason),
        Action::Attach(a) => {
            kv("as", a.kind.as_str());
            kv("hash", &a.hash);
            kv("file", &a.rel());
            kv("name", &a.name);
        }
        Action::Open | Action::Note | Action::Resolve { .. } => {}
    }
    if !ev.note.is_empty() {
        kv("note", &ev.note);
    }
    if let Action::Resolve { on_spot: true } = ev.action {
        s.push_str("on_spot = true\n");
    }
    if let Action::Attach(a) = &ev.action {
        s.push_str(&format!("size = {}\n", a.size));
    }
    if let Some(d) = &ev.deadline {
        s.push_str(&format!("deadline = {}\n", quote(&format_time(d))));
    }
    s
}

/// The line end of a file's text: `"\r\n"` when its first line ends so, else `"\n"`.
pub fn line_end(bytes: &[u8]) -> &'static str {
    match bytes.iter().position(|&b| b == b'\n') {
        Some(i) if i > 0 && bytes[i - 1] == b'\r' => "\r\n",
        _ => "\n",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::time::parse_time;

    fn sample() -> Case {
        let tz = chrono::FixedOffset::east_opt(8 * 3600).unwrap();
        let t0 = parse_time("2026-11-03T09:15", tz).unwrap();
        let t1 = parse_time("2026-11-04T10:00", tz).unwrap();
        Case {
            id: CaseId::parse("NJ-2026-0042").unwrap(),
            title: "巷口垃圾堆放 \"急\"\n第二行".into(),
            category: "sanitation".into(),
            alley: AlleyId::new("A03").unwrap(),
            household: Some(HouseholdId::new("H0123").unwrap()),
            source: Source::Inspection,
            opened: t0,
            events: vec![
                Event::new(t0, "L03", Action::Open, ""),
                Event::new(
                    t1,
                    "张桂兰",
                    Action::Escalate {
                        to: "village".into(),
                        reason: "needs an excavator".into(),
                        dept: String::new(),
                    },
                    "",
                ),
                Event::new(t1, "L03", Action::Resolve { on_spot: true }, "cleared"),
            ],
        }
    }

    #[test]
    fn case_files_round_trip_exactly() {
        let t = sample();
        let text = render(&t);
        let mut back = parse(&text).unwrap();
        assert_eq!(
            back.events.iter().map(|e| e.line).collect::<Vec<_>>(),
            vec![9, 14, 21]
        );
        back.events.iter_mut().for_each(|e| e.line = 0);
        assert_eq!(back, t);
        assert_eq!(render(&back), text);
    }

    /// A fraction of a second in a hand-edited file is read as lane writes it.
    #[test]
    fn times_are_read_to_the_second() {
        let text = render(&sample()).replacen("09:15:00+08:00", "09:15:00.999+08:00", 2);
        let t = parse(&text).unwrap();
        assert_eq!(render(&t), render(&sample()));
        assert_eq!(t.opened, sample().opened);
    }

    #[test]
    fn errors_carry_lines() {
        let text = render(&sample());
        let bad = text.replace("action = \"escalate\"", "action = \"fly\"");
        let (line, msg) = parse(&bad).unwrap_err();
        assert_eq!(line, 14);
        assert!(msg.starts_with("unknown action `fly`"), "{msg}");
        let bad = text.replace("source = \"inspection\"", "source = \"rumour\"");
        assert_eq!(parse(&bad).unwrap_err().0, 6);
        let bad = format!("{text}<<<<<<< HEAD\n");
        assert_eq!(parse(&bad).unwrap_err().0, 27);
        let bad = text.replace(
            "by = \"L03\"\naction = \"open\"",
            "by = \"L03\"\naction = \"open\"\ncolour = 1",
        );
        assert!(parse(&bad).unwrap_err().1.contains("colour"));
    }
}

#[cfg(test)]
mod ids_tests {
    const CASE: &str = "id = \"NJ-2026-T0001\"\ntitle = \"TITLE\"\ncategory = \"CAT\"\n\n[[events]]\naction = \"open\"\ncategory = \"x\"\n";

    fn conflict(ours: &str, theirs: &str) -> String {
        format!("<<<<<<< ours\n{ours}=======\n{theirs}>>>>>>> theirs\n")
    }

    #[test]
    fn a_conflict_is_two_cases_only_when_the_facts_differ() {
        let one = CASE.replace("TITLE", "a").replace("CAT", "hazard");
        let other = CASE.replace("TITLE", "b").replace("CAT", "dispute");
        let more = format!("{one}\n[[events]]\naction = \"note\"\ncategory = \"y\"\n");
        assert!(!super::facts_differ(&conflict(&one, &more)));
        assert!(super::facts_differ(&conflict(&one, &other)));
        // A hunk conflict of git's own: only the differing lines are in it.
        let hunk = format!(
            "id = \"X\"\n{}",
            conflict("title = \"a\"\n", "title = \"b\"\n")
        );
        assert!(super::facts_differ(&hunk));
        let events = format!(
            "id = \"X\"\n[[events]]\n{}",
            conflict("alley = \"A\"\n", "alley = \"B\"\n")
        );
        assert!(!super::facts_differ(&events));
    }
}
