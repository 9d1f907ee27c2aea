//! Issue 15's papercuts, each a test that failed before its fix: resolving a case
//! that needs no return visit, `init --by`, empty registries at a prompt, the
//! headline, the cron line, duplicate patrols, and what `show` lists.

mod cron;
mod empty;
mod headline;
mod init;
mod patrol;
mod plurals;
mod resolve;
mod show;
mod stuck;
