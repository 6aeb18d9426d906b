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
