//! The headers of the listings as a person reads them (terminal, Markdown), in the
//! interface's language; CSV and JSON keep the column names, which are the
//! machine's (see [`Table::labels`]).

use chrono::FixedOffset;

use crate::model::time::{rfc3339, short_time, Time};
use crate::msg;
use crate::render::{Format, Table};

/// The header of column `key`; a column it does not know shows its key.
pub fn label(key: &str) -> String {
    match key {
        "id" => msg!("cmd-col-id"),
        "name" => msg!("cmd-col-name"),
        "group" => msg!("cmd-col-group"),
        "leader" => msg!("cmd-col-leader"),
        "leader_name" => msg!("cmd-col-leader_name"),
        "phone" => msg!("cmd-col-phone"),
        "households" => msg!("cmd-col-households"),
        "residents" => msg!("cmd-col-residents"),
        "note" => msg!("cmd-col-note"),
        "head" => msg!("cmd-col-head"),
        "alley" => msg!("cmd-col-alley"),
        "alley_name" => msg!("cmd-col-alley_name"),
        "address" => msg!("cmd-col-address"),
        "members" => msg!("cmd-col-members"),
        "tags" => msg!("cmd-col-tags"),
        "registered" => msg!("cmd-col-registered"),
        "background" => msg!("cmd-col-background"),
        "selected_by" => msg!("cmd-col-selected_by"),
        "since" => msg!("cmd-col-since"),
        "until" => msg!("cmd-col-until"),
        "serving" => msg!("cmd-col-serving"),
        "status" => msg!("cmd-col-status"),
        "level" => msg!("cmd-col-level"),
        "category" => msg!("cmd-col-category"),
        "household" => msg!("cmd-col-household"),
        "title" => msg!("cmd-col-title"),
        "source" => msg!("cmd-col-source"),
        "opened" => msg!("cmd-col-opened"),
        "deadline" => msg!("cmd-col-deadline"),
        "overdue" => msg!("cmd-col-overdue"),
        "overdue_days" => msg!("cmd-col-overdue_days"),
        "at" => msg!("cmd-col-at"),
        "by" => msg!("cmd-col-by"),
        "event" => msg!("cmd-col-event"),
        "field" => msg!("cmd-col-field"),
        "value" => msg!("cmd-col-value"),
        "date" => msg!("cmd-col-date"),
        "kind" => msg!("cmd-col-kind"),
        "ticket" => msg!("cmd-col-ticket"),
        "round" => msg!("cmd-col-round"),
        "stars" => msg!("cmd-col-stars"),
        "awarded" => msg!("cmd-col-awarded"),
        "rated" => msg!("cmd-col-rated"),
        "five_star_pct" => msg!("cmd-col-five_star_pct"),
        "measure" => msg!("cmd-col-measure"),
        "previous" => msg!("cmd-col-previous"),
        "current" => msg!("cmd-col-current"),
        "change" => msg!("cmd-col-change"),
        other => other.to_string(),
    }
}

/// `t` with every header labelled by [`label`], but those `own` labels itself
/// (a leader's `name` is a person's, a criterion's column its name).
pub fn labelled(t: Table, own: &[(&str, String)]) -> Table {
    let labels = t
        .headers
        .iter()
        .map(|h| match own.iter().find(|(k, _)| k == h) {
            Some((_, l)) => l.clone(),
            None => label(h),
        })
        .collect();
    t.labels(labels)
}

/// Whether `format` is read by a person (terminal, Markdown), so cells may say
/// things in words; CSV and JSON keep the stored values.
pub fn for_people(format: Format) -> bool {
    matches!(format, Format::Table | Format::Md | Format::Html)
}

/// A listing's cell for an instant: RFC 3339 in the village's offset `tz` in JSON
/// (`2026-11-03T09:15:00+08:00`), the short form elsewhere (`2026-11-03 09:15`; CSV
/// keeps it, scripts read it). A day stays `YYYY-MM-DD` in every format.
pub fn time_cell(format: Format, t: &Time, tz: FixedOffset) -> String {
    match format {
        Format::Json => rfc3339(t, tz),
        _ => short_time(t, tz),
    }
}
