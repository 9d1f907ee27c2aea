//! The domain: IDs, records, the lane.toml profile, cases and their lifecycle.
//! Nothing in here touches the file system.

pub mod attachment;
pub mod case;
pub mod cell;
pub mod cellread;
pub mod config;
pub mod duplicates;
pub mod field;
pub mod fit;
pub mod ids;
pub mod lifecycle;
pub mod metric;
pub mod names;
pub mod patrol;
pub mod period;
pub mod photo;
pub mod pinyin;
pub mod registry;
pub mod report;
pub mod stars;
pub mod tally;
pub mod time;
pub mod town;
