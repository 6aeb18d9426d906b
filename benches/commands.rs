//! The commands a programme manager waits for, timed end to end (process start to exit) on
//! the generated 10k pack, with each one's peak memory: `cargo bench --bench commands`.
//! docs/PERFORMANCE.md keeps three runs.
//!
//! Baselines measured in the same run: `check` against parsing the same text into the
//! pack's own types in this process (serde + ron, no validation); memory against the pack's
//! size.

mod support;

use boardpack::model::{Actor, ItemKind, ItemRef, NoteKind, Role};
use boardpack::pack::{self, GenerateOptions};
use boardpack::store::{PackIdentity, RecordStore, SqliteStore};
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};
use support::{Row, median_of, ms};

const RUNS: usize = 3;

/// Runs the binary with `args` to the end: how long it took and its peak memory in MB,
/// from the kernel's account of that one child (`wait4`).
// `wait4` reaps the child (std's `wait` cannot report its memory), which clippy cannot see.
#[allow(clippy::zombie_processes)]
fn run(args: &[&str]) -> (Duration, f64) {
    let start = Instant::now();
    let child = Command::new(env!("CARGO_BIN_EXE_boardpack"))
        .args(args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("boardpack starts");
    let mut status = 0;
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: wait4 on our own child, writing a whole rusage into the pointer it is given.
    let usage = unsafe {
        libc::wait4(
            child.id() as libc::pid_t,
            &mut status,
            0,
            usage.as_mut_ptr(),
        );
        usage.assume_init()
    };
    (start.elapsed(), usage.ru_maxrss as f64 / 1024.0)
}

/// The median time and the largest peak memory over `RUNS` runs; `before` runs first each
/// time (to clear an output file).
fn measure(args: &[&str], before: impl Fn()) -> (Duration, f64) {
    let mut times = Vec::new();
    let mut peak: f64 = 0.0;
    for _ in 0..RUNS {
        before();
        let (took, rss) = run(args);
        times.push(took);
        peak = peak.max(rss);
    }
    (support::percentile(&mut times, 0.5), peak)
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let text = pack::to_ron(&pack::generate(&GenerateOptions {
        actions: 10_000,
        risks: 1000,
        kpis: 500,
        periods: 60,
        seed: 1,
    }));
    let pack_path = dir.path().join("big.ron");
    std::fs::write(&pack_path, &text).unwrap();
    let pack_mb = text.len() as f64 / 1_048_576.0;
    println!("10k pack: {:.1} MB", pack_mb);
    let record = dir.path().join("big.record.db");
    fill_record(&record, &text);

    let mut rows = Vec::new();
    let twice = 2.0 * pack_mb;
    let memory = |rss: f64| format!("peak {rss:.0} MB ({:.1}× the pack)", rss / pack_mb);

    let typed = median_of(RUNS, || {
        pack::ron_options()
            .from_str::<boardpack::model::Pack>(&text)
            .is_ok()
    });
    let path = pack_path.to_str().unwrap();
    let (check, check_rss) = measure(&["check", path], || {});
    let ratio = check.as_secs_f64() / typed.as_secs_f64();
    rows.push(Row {
        measure: "boardpack check (10k pack)".into(),
        result: format!(
            "{} ({ratio:.2}× the typed parse); {}",
            ms(check),
            memory(check_rss)
        ),
        baseline: format!("typed parse in process {}", ms(typed)),
        target: format!("≤ 1.1 × typed parse; ≤ {twice:.0} MB"),
        met: Some(ratio <= 1.1 && check_rss <= twice),
    });

    for (format, goal) in [("md", 100), ("docx", 400)] {
        let output = dir.path().join(format!("minutes.{format}"));
        let out = output.to_str().unwrap().to_string();
        let (took, rss) = measure(&["minutes", path, "-o", &out, "--force"], || {});
        rows.push(Row {
            measure: format!("boardpack minutes → .{format} (10k pack, 10,000 notes)"),
            result: format!("{}; {}", ms(took), memory(rss)),
            baseline: "–".into(),
            target: format!("≤ {goal} ms; ≤ {twice:.0} MB"),
            met: Some(took <= Duration::from_millis(goal) && rss <= twice),
        });
    }

    let next = dir.path().join("next.ron");
    let next_path = next.to_str().unwrap().to_string();
    let (took, rss) = measure(
        &["roll", path, "--date", "2030-01-01", "-o", &next_path],
        || {
            let _ = std::fs::remove_file(&next);
        },
    );
    rows.push(Row {
        measure: "boardpack roll (10k pack)".into(),
        result: format!("{}; {}", ms(took), memory(rss)),
        baseline: "–".into(),
        target: format!("≤ 1000 ms; ≤ {twice:.0} MB"),
        met: Some(took <= Duration::from_secs(1) && rss <= twice),
    });
    support::print(&rows);
}

/// A record of the meeting on the big pack: the chair and 10,000 notes on its actions.
fn fill_record(record: &Path, text: &str) {
    let identity = PackIdentity::of("big.ron", text);
    let (mut store, _) = SqliteStore::open(record, &identity).unwrap();
    let chair = Actor {
        id: "chair".into(),
        role: Role::Chair,
    };
    store.join(&chair).unwrap();
    store
        .set_attendance(&chair, "chair", boardpack::model::Attendance::Present)
        .unwrap();
    drop(store);
    // In one transaction, as the meeting's hours of notes would add up to.
    let raw = rusqlite::Connection::open(record).unwrap();
    raw.execute_batch("BEGIN").unwrap();
    for n in 0..10_000 {
        let item = ItemRef::new(ItemKind::Action, format!("A.{}.{}", 1 + n % 500, 1 + n % 5));
        raw.execute(
            "INSERT INTO notes (item_kind, item_id, author, kind, text, created, updated, last_changed_by) \
             VALUES (?1, ?2, 'chair', ?3, ?4, '2022-03-17T10:00:00+00:00', '2022-03-17T10:00:00+00:00', 'chair')",
            rusqlite::params![item.kind.name(), item.id, NoteKind::Challenge.name(), format!("Challenge number {n} on this action")],
        )
        .unwrap();
    }
    raw.execute_batch("COMMIT").unwrap();
}
