//! What the benches share: timing, percentiles and the Markdown table they print.
#![allow(dead_code)] // each bench uses its own subset

use std::time::{Duration, Instant};

pub struct Row {
    pub measure: String,
    pub result: String,
    pub baseline: String,
    pub target: String,
    pub met: Option<bool>,
}

pub fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

pub fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort();
    let index = ((samples.len() as f64 - 1.0) * p).round() as usize;
    samples[index]
}

pub fn time<T>(mut f: impl FnMut() -> T) -> Duration {
    let start = Instant::now();
    std::hint::black_box(f());
    start.elapsed()
}

pub fn median_of<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    let mut samples: Vec<Duration> = (0..runs).map(|_| time(&mut f)).collect();
    percentile(&mut samples, 0.5)
}
/// "median …, p99 …" of `samples`, and the p99.
pub fn spread(samples: &mut [Duration]) -> (String, Duration) {
    let (median, p99) = (percentile(samples, 0.5), percentile(samples, 0.99));
    (format!("median {}, p99 {}", ms(median), ms(p99)), p99)
}

/// `count` bare SQLite inserts, each committed with the record's durability (WAL, FULL
/// sync): the floor a note commit is measured against.
pub fn sqlite_commit_floor(dir: &std::path::Path, count: usize) -> Vec<Duration> {
    let bare = rusqlite::Connection::open(dir.join("bare.db")).unwrap();
    bare.pragma_update(None, "journal_mode", "WAL").unwrap();
    bare.pragma_update(None, "synchronous", "FULL").unwrap();
    bare.execute_batch("CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT)")
        .unwrap();
    (0..count)
        .map(|n| {
            time(|| {
                bare.execute_batch("BEGIN IMMEDIATE").unwrap();
                bare.execute("INSERT INTO t (text) VALUES (?1)", [format!("note {n}")])
                    .unwrap();
                bare.execute_batch("COMMIT").unwrap();
            })
        })
        .collect()
}

/// The rows as docs/PERFORMANCE.md shows them.
pub fn print(rows: &[Row]) {
    println!("\n| Measure | Result | Baseline / peer | Target | Met |\n|---|---|---|---|---|");
    for row in rows {
        let met = match row.met {
            Some(true) => "yes",
            Some(false) => "NO",
            None => "–",
        };
        println!(
            "| {} | {} | {} | {} | {} |",
            row.measure, row.result, row.baseline, row.target, met
        );
    }
}
