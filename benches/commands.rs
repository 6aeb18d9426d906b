//! The commands a programme manager waits for, timed end to end (process start to exit),
//! with each one's peak memory from the kernel: `cargo bench --bench commands`.
//! docs/PERFORMANCE.md keeps three runs.
//!
//! - On the generated 10k pack with a record of 10,000 notes: `check` against parsing the
//!   same text into the pack's own types in this process (its floor), and the time goals of
//!   `minutes` and `roll`.
//! - On a generated pack just under the 64 MiB limit, with the same record: every command's peak
//!   memory against twice the pack's size, `run` included (in a pseudo-terminal).

mod support;

use boardpack::model::{Actor, ItemKind, ItemRef, NoteKind, Role};
use boardpack::pack::{self, GenerateOptions};
use boardpack::store::{PackIdentity, RecordStore, SqliteStore};
use std::path::{Path, PathBuf};
use std::time::Duration;
use support::{Row, ms};

const RUNS: usize = 3;

/// The median time and the largest peak memory over `RUNS` runs; `before` runs first each
/// time (to clear an output file).
fn measure(args: &[&str], before: impl Fn()) -> (Duration, f64) {
    let mut times = Vec::new();
    let mut peak: f64 = 0.0;
    for _ in 0..RUNS {
        before();
        let (took, rss) = support::timed_peak(args);
        times.push(took);
        peak = peak.max(rss);
    }
    (support::percentile(&mut times, 0.5), peak)
}

/// A generated pack and its meeting record (the chair present, 10,000 notes on actions),
/// written side by side, as a board's files are. Only their paths are held, so the bench
/// itself is small while it measures.
struct Meeting {
    pack: PathBuf,
    record: PathBuf,
    mib: f64,
}

impl Meeting {
    fn new(dir: &Path, name: &str, options: GenerateOptions) -> Meeting {
        let text = pack::to_ron(&pack::generate(&options));
        let pack = dir.join(format!("{name}.ron"));
        std::fs::write(&pack, &text).unwrap();
        let record = dir.join(format!("{name}.record.db"));
        fill_record(&record, &format!("{name}.ron"), &text);
        let mib = text.len() as f64 / 1_048_576.0;
        println!("{name}: {mib:.1} MiB");
        Meeting { pack, record, mib }
    }

    fn path(&self) -> &str {
        self.pack.to_str().unwrap()
    }

    /// Parsing the pack's text into the pack's own types in this process, in one go: the
    /// floor for reading it, and the measure of how quick this machine is today.
    fn typed_parse(&self) -> Duration {
        let text = std::fs::read_to_string(&self.pack).unwrap();
        support::median_of(RUNS, || {
            pack::ron_options()
                .from_str::<boardpack::model::Pack>(&text)
                .is_ok()
        })
    }

    /// `boardpack check`, against the typed parse of the same text in this process; and
    /// its peak memory.
    fn check_row(&self, name: &str) -> (Row, f64) {
        let (took, rss) = measure(&["check", self.path()], || {});
        let typed = self.typed_parse();
        let ratio = took.as_secs_f64() / typed.as_secs_f64();
        let row = Row {
            measure: format!("boardpack check ({name})"),
            result: format!("{} ({ratio:.2}× the typed parse)", ms(took)),
            baseline: format!("typed parse in process {}", ms(typed)),
            target: "≤ 1.1 × typed parse".into(),
            met: Some(ratio <= 1.1),
        };
        (row, rss)
    }

    /// `boardpack minutes` into `format`.
    fn minutes(&self, dir: &Path, format: &str) -> (Duration, f64) {
        let output = dir.join(format!("minutes.{format}"));
        let out = output.to_str().unwrap().to_string();
        measure(&["minutes", self.path(), "-o", &out, "--force"], || {})
    }

    /// `boardpack roll` to the next meeting.
    fn roll(&self, dir: &Path) -> (Duration, f64) {
        let next = dir.join("next.ron");
        let next_path = next.to_str().unwrap().to_string();
        measure(
            &[
                "roll",
                self.path(),
                "--date",
                "2030-01-01",
                "-o",
                &next_path,
            ],
            || {
                let _ = std::fs::remove_file(&next);
            },
        )
    }

    fn memory(&self, rss: f64) -> String {
        format!("peak {rss:.0} MiB ({:.1}× the pack)", rss / self.mib)
    }

    /// A memory row against twice the pack's size.
    fn memory_row(&self, command: &str, rss: f64) -> Row {
        let goal = 2.0 * self.mib;
        Row {
            measure: format!("peak memory, {command} ({:.0} MiB pack)", self.mib),
            result: self.memory(rss),
            baseline: format!("pack {:.0} MiB", self.mib),
            target: format!("≤ 2 × the pack ({goal:.0} MiB)"),
            met: Some(rss <= goal),
        }
    }
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let mut rows = Vec::new();

    let ten_k = Meeting::new(
        dir.path(),
        "big",
        GenerateOptions {
            actions: 10_000,
            risks: 1000,
            kpis: 500,
            periods: 60,
            seed: 1,
        },
    );
    let (mut check, rss) = ten_k.check_row("10k pack");
    check.result.push_str(&format!("; {}", ten_k.memory(rss)));
    rows.push(check);
    // The goals are absolute; beside them, the same run's typed parse says how quick the
    // machine is (80 ms on the 10k pack on 2026-11-23, 125–160 ms on 2026-12-01).
    let typed = ten_k.typed_parse();
    for (format, goal) in [("md", 100), ("docx", 400)] {
        let (took, rss) = ten_k.minutes(dir.path(), format);
        rows.push(Row {
            measure: format!("boardpack minutes → .{format} (10k pack, 10,000 notes)"),
            result: format!("{}; {}", ms(took), ten_k.memory(rss)),
            baseline: format!(
                "{:.2}× the typed parse ({})",
                took.as_secs_f64() / typed.as_secs_f64(),
                ms(typed)
            ),
            target: format!("≤ {goal} ms"),
            met: Some(took <= Duration::from_millis(goal)),
        });
    }
    let (took, rss) = ten_k.roll(dir.path());
    rows.push(Row {
        measure: "boardpack roll (10k pack)".into(),
        result: format!("{}; {}", ms(took), ten_k.memory(rss)),
        baseline: "–".into(),
        target: "≤ 1000 ms".into(),
        met: Some(took <= Duration::from_secs(1)),
    });
    drop(ten_k);

    let limit = Meeting::new(
        dir.path(),
        "limit",
        // Just under the limit, leaving room for `roll` to add the meeting's history.
        GenerateOptions {
            actions: 48_000,
            risks: 4800,
            kpis: 2400,
            periods: 60,
            seed: 1,
        },
    );
    assert!(std::fs::metadata(&limit.pack).unwrap().len() <= pack::MAX_PACK_BYTES);
    let (check, check_rss) = limit.check_row("pack near the 64 MiB limit");
    rows.push(check);
    rows.push(limit.memory_row("check", check_rss));
    for format in ["md", "html", "docx"] {
        let (took, rss) = limit.minutes(dir.path(), format);
        let mut row = limit.memory_row(&format!("minutes → .{format}"), rss);
        row.result.push_str(&format!(" in {}", ms(took)));
        rows.push(row);
    }
    let none = dir.path().join("no-record-yet.db");
    let summary = dir.path().join("summary.md");
    let (took, rss) = measure(
        &[
            "minutes",
            limit.path(),
            "--record",
            none.to_str().unwrap(),
            "-o",
            summary.to_str().unwrap(),
            "--force",
        ],
        || {},
    );
    let mut row = limit.memory_row("minutes → .md, pre-meeting summary (no record yet)", rss);
    row.result.push_str(&format!(" in {}", ms(took)));
    rows.push(row);
    let (took, rss) = limit.roll(dir.path());
    let mut row = limit.memory_row("roll", rss);
    row.result.push_str(&format!(" in {}", ms(took)));
    rows.push(row);
    let run_rss = support::run_peak_mb(&limit.pack, &limit.record, "chair");
    rows.push(limit.memory_row("run, walking the screens", run_rss));
    // Before the meeting the preview is the pre-meeting summary: every action of the pack.
    let run_rss = support::run_peak_mb(&limit.pack, &none, "chair");
    rows.push(limit.memory_row(
        "run before the meeting (no record yet), walking the screens",
        run_rss,
    ));
    support::print(&rows);
    println!(
        "\n(The bench itself held {:.0} MiB at the end; a child's peak cannot be below what its parent holds when it starts.)",
        support::own_memory_mib()
    );
}

/// A record of the meeting on the pack named `name` holding `text`: the chair present and
/// 10,000 notes on its actions.
fn fill_record(record: &Path, name: &str, text: &str) {
    let identity = PackIdentity::of(name, text);
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
