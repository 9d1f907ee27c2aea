//! The integration tests: one binary (one link on a 2-core machine), a module per
//! feature, each test a session at the terminal run against the real `lane` binary
//! through [`harness`].

mod harness;

mod attach;
mod board;
mod case;
mod check;
mod concurrent;
mod crash;
mod crlf;
mod dates;
mod deadlines;
mod disk;
mod durable;
mod export;
mod exports;
mod fit;
mod git;
mod hand_edits;
mod html;

mod help;
mod i18n;
mod i18n_check;
mod i18n_cmd;
mod i18n_help;
mod i18n_pinyin;
mod i18n_store;
mod ids;
mod import;
mod incomplete;
mod index;
mod init;
mod json_out;
mod killall;
mod ledger;
mod migrate;
mod offsets;
mod papercuts;
mod paths;
mod patrol_merge;
mod periods;
mod props;
mod registered;
mod registry;
mod report;
mod screens;
mod sheets;
mod stars;
mod town;
mod undo;
mod validation;
mod xlsx;
