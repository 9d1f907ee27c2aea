//! Asking for missing values, only when a person is at a terminal and `--no-input`
//! is absent. Otherwise the error names the flag that was missing.
//!
//! Ctrl-C at a prompt leaves the terminal as it was: dialoguer hides the cursor
//! while a list is shown and console raises SIGINT for the key, so a handler
//! ([`crate::term::on_interrupt`]) shows the cursor again and exits 130, as a
//! shell expects of an interrupt.

use std::io::IsTerminal;

use dialoguer::{theme::ColorfulTheme, FuzzySelect, Input, MultiSelect, Select};

use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy)]
pub struct Prompter {
    pub enabled: bool,
}

impl Prompter {
    pub fn new(no_input: bool) -> Prompter {
        Prompter {
            enabled: !no_input && std::io::stdin().is_terminal() && std::io::stderr().is_terminal(),
        }
    }

    fn missing(flag: &str) -> Error {
        Error::input(crate::msg!("cmd-prompt-missing", flag = flag))
            .hint(crate::msg!("cmd-prompt-missing-hint", flag = flag))
    }

    /// The value given, else asked for, else an error naming `flag`.
    pub fn text(&self, given: Option<String>, flag: &str, label: &str) -> Result<String> {
        if let Some(v) = given {
            return Ok(v);
        }
        if !self.enabled {
            return Err(Self::missing(flag));
        }
        crate::term::on_interrupt();
        Input::<String>::with_theme(&ColorfulTheme::default())
            .with_prompt(label)
            .interact_text()
            .map_err(cannot_read)
    }

    /// The value given, else picked from `items` (value, label), else an error.
    pub fn pick(
        &self,
        given: Option<String>,
        flag: &str,
        label: &str,
        items: &[(String, String)],
        fuzzy: bool,
    ) -> Result<String> {
        if let Some(v) = given {
            return Ok(v);
        }
        if !self.enabled {
            return Err(Self::missing(flag));
        }
        if items.is_empty() {
            return Err(nothing_to_pick(flag));
        }
        crate::term::on_interrupt();
        let labels: Vec<&str> = items.iter().map(|(_, l)| l.as_str()).collect();
        let theme = ColorfulTheme::default();
        let chosen = if fuzzy {
            FuzzySelect::with_theme(&theme)
                .with_prompt(label)
                .items(&labels)
                .default(0)
                .interact()
        } else {
            Select::with_theme(&theme)
                .with_prompt(label)
                .items(&labels)
                .default(0)
                .interact()
        };
        let i = chosen.map_err(cannot_read)?;
        Ok(items[i].0.clone())
    }
}

impl Prompter {
    /// Refuses before anything is asked when `flag` would be asked for (a terminal,
    /// the flag not `given`) from a registry that is `empty`.
    pub fn can_pick(&self, given: bool, flag: &str, empty: bool) -> Result<()> {
        if self.enabled && !given && empty {
            return Err(nothing_to_pick(flag));
        }
        Ok(())
    }
}

/// The registry behind `flag` has nothing to pick from: what is missing, and the
/// command that registers one.
pub fn nothing_to_pick(flag: &str) -> Error {
    let what = flag.trim_start_matches('-');
    Error::refused(crate::msg!(
        "cmd-prompt-nothing-to-pick",
        what = what,
        flag = flag
    ))
    .hint(crate::msg!(
        "cmd-prompt-nothing-to-pick-hint",
        what = what,
        flag = flag
    ))
}

/// A terminal that could not be read; Ctrl-C exits (see
/// [`crate::term::interrupted`]). The cursor is shown again either way.
fn cannot_read(e: dialoguer::Error) -> Error {
    let dialoguer::Error::IO(io) = &e;
    if io.kind() == std::io::ErrorKind::Interrupted {
        crate::term::interrupted();
    }
    let _ = console::Term::stderr().show_cursor();
    Error::refused(crate::msg!("cmd-prompt-cannot-read", error = e.to_string()))
}

impl Prompter {
    /// A checklist: the indices of the items ticked (space ticks, enter confirms),
    /// or `None` when the user stops with Esc or `q`. Call only when `enabled`.
    pub fn checklist(
        &self,
        label: &str,
        items: &[String],
        ticked: &[bool],
    ) -> Result<Option<Vec<usize>>> {
        crate::term::on_interrupt();
        MultiSelect::with_theme(&ColorfulTheme::default())
            .with_prompt(label)
            .items(items)
            .defaults(ticked)
            .interact_opt()
            .map_err(cannot_read)
    }
}
