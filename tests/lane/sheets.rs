//! Issue 18: spreadsheets as clerks fill them. Values read the way the person
//! meant them (and said so per row), imports of alleys and leaders, merged cells,
//! --dry-run, and the export → edit → import round trip.

mod dry_run;
mod merged;
mod normalise;
mod registries;
mod roundtrip;
