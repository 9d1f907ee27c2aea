//! Generates complete sample data folders: registries of a Nanjie-sized village,
//! years of case files with plausible event histories, patrol logs. Deterministic
//! for a seed; every folder passes `lane check`.
//!
//! ```sh
//! cargo run --release --example gen -- --cases 10000 /tmp/village
//! cargo run --release --example gen -- --cases 10000 --villages 40 /tmp/town
//! ```
//!
//! With one village, OUT is the data folder; with several, OUT holds one data
//! folder per village (`OUT/<code>`), codes AA, AB, ... Cases are spread over
//! `--years` years ending the day before `--until`.

use std::path::PathBuf;

use chrono::{Datelike, Months, NaiveDate};
use clap::Parser;
use indicatif::{ProgressBar, ProgressStyle};
use lane::model::config::Config;
use lane::sample::{self, cases, Options};
use lane::store::Store;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

#[derive(Parser)]
struct Args {
    /// Cases per village
    #[arg(long, alias = "tickets", default_value_t = 740)]
    cases: u64,
    /// Number of villages
    #[arg(long, default_value_t = 1)]
    villages: u32,
    #[arg(long, default_value_t = 2022)]
    seed: u64,
    /// Years the cases span [default: 1, or 10 above 1,000 cases]
    #[arg(long)]
    years: Option<u32>,
    /// The day the records end (not included)
    #[arg(long, default_value = "2026-11-01")]
    until: String,
    /// Where to write
    out: PathBuf,
}

fn code(i: u32) -> String {
    let a = (b'A' + (i / 26 % 26) as u8) as char;
    let b = (b'A' + (i % 26) as u8) as char;
    format!("{a}{b}")
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args = Args::parse();
    let until = NaiveDate::parse_from_str(&args.until, "%Y-%m-%d")?;
    let years = args.years.unwrap_or(if args.cases > 1000 { 10 } else { 1 });
    let from = until - Months::new(12 * years);
    let total = args.cases * u64::from(args.villages);
    let bar = if total > 10_000 {
        let b = ProgressBar::new(total);
        b.set_style(ProgressStyle::with_template(
            "{bar:40} {pos}/{len} cases {eta}",
        )?);
        b
    } else {
        ProgressBar::hidden()
    };
    for v in 0..args.villages {
        let (dir, name, vcode) = if args.villages == 1 {
            (
                args.out.clone(),
                "Nanjie Village".to_string(),
                "NJ".to_string(),
            )
        } else {
            let c = code(v);
            (args.out.join(&c), format!("Village {c}"), c)
        };
        let config = Config::new(&name, &vcode);
        lane::store::create_folder(&dir, &config)?;
        let store = Store::open(&dir)?;
        let opts = Options {
            seed: args.seed + u64::from(v),
            // The leaders hold their posts from the first record on.
            leaders_since: from.min(Options::default().leaders_since),
            ..Options::default()
        };
        sample::fill(&store, &opts)?;
        let reg = sample::registries(&opts);
        // Nanjie's ~740 cases a year is scale 1.
        let scale = args.cases as f64 / (740.0 * f64::from(years));
        let mut rng = ChaCha8Rng::seed_from_u64(opts.seed.wrapping_add(1));
        // One calendar year at a time keeps memory flat at any size.
        let mut start = from;
        while start < until {
            let next_year = NaiveDate::from_ymd_opt(start.year() + 1, 1, 1).expect("a date");
            let end = next_year.min(until);
            let (cases, patrols) =
                cases::generate(&store.config, &reg, &mut rng, (start, end), until, scale);
            sample::write_cases(&store, &cases, &patrols)?;
            bar.inc(cases.len() as u64);
            start = end;
        }
        // The five star rounds held before the records end.
        let last = until.year() - 1;
        sample::write_star_rounds(&store, &reg, &mut rng, (last - 4)..=last)?;
    }
    bar.finish_and_clear();
    eprintln!(
        "wrote {} village(s) to {}",
        args.villages,
        args.out.display()
    );
    Ok(())
}
