//! Prints the performance table of docs/PERFORMANCE.md: `cargo bench --bench table`.
//!
//! Every figure is measured in the same run as its baseline, so the ratios hold on a
//! noisy shared machine: the typed `ron` parse into the pack's own types (the floor for loading), `fzf --filter` on
//! the same item lines where fzf is installed (the peer for search), and a bare SQLite
//! insert and commit with the same durability settings (the floor for saving).

mod support;

use boardpack::app::App;
use support::{Row, median_of, ms, percentile, time};

#[path = "../tests/common/drive.rs"]
#[allow(dead_code)] // the benches press keys; the tests use the rest
mod driver;
use boardpack::export::{self, Format};
use boardpack::keymap::Keymap;
use boardpack::locale::Lang;
use boardpack::model::{Actor, ItemKind, ItemRef, NoteKind, Role};
use boardpack::pack::{self, GenerateOptions, Source};
use boardpack::state::ThemeName;
use boardpack::store::{PackIdentity, RecordStore, SqliteStore};
use driver::press as drive;
use ratatui::{Terminal, backend::TestBackend};
use std::time::{Duration, Instant};

fn generated(actions: usize, risks: usize, kpis: usize, periods: usize) -> String {
    pack::to_ron(&pack::generate(&GenerateOptions {
        actions,
        risks,
        kpis,
        periods,
        seed: 1,
    }))
}

/// The pack in `source`, loaded and validated as every command does it.
fn parsed(source: &mut Option<Source>) -> pack::Loaded {
    pack::parse(source.take().expect("given back after each run")).expect("a valid pack")
}

fn main() {
    // The allocator set as the binary sets it, so what is timed is what a user waits for.
    boardpack::cli::return_large_blocks_when_freed();
    let mut rows = Vec::new();
    let dir = tempfile::tempdir().expect("a temporary directory");
    let big = generated(10_000, 1000, 500, 60);
    let big_path = dir.path().join("big.ron");
    std::fs::write(&big_path, &big).unwrap();
    println!("10k pack: {} bytes", big.len());
    let (_, check_rss) = support::timed_peak(&["check", big_path.to_str().unwrap()]);

    // Load + validate (what `check` does) against parsing the same text into the pack's own
    // types in one go, with nothing checked: the floor for reading a pack.
    for (name, text) in [
        (
            "Powys pack",
            std::fs::read_to_string("packs/powys-children-2017.ron").unwrap(),
        ),
        ("1k actions", generated(1000, 100, 50, 24)),
        ("10k actions, 1k risks, 500 KPIs × 60", big.clone()),
    ] {
        // `check` also finds each warning in the text, to show where it is. Small packs are
        // timed many times, all three in rounds.
        let runs = (200_000_000 / text.len()).clamp(9, 301);
        // `check` reads the pack into a string and hands it over: each step is given the
        // text and gives it back, as the typed parse is given it; neither is timed copying it.
        let (mut for_load, mut for_located) = (
            Some(Source::new("p.ron", text.clone())),
            Some(Source::new("p.ron", text.clone())),
        );
        let [load, located, typed] = support::medians_in_rounds(
            runs,
            &mut [
                &mut || {
                    let loaded = parsed(&mut for_load);
                    std::hint::black_box(loaded.pack.areas.len());
                    for_load = Some(loaded.source);
                },
                &mut || {
                    let loaded = parsed(&mut for_located);
                    std::hint::black_box(loaded.warnings().len());
                    for_located = Some(loaded.source);
                },
                &mut || {
                    std::hint::black_box(
                        pack::ron_options()
                            .from_str::<boardpack::model::Pack>(&text)
                            .is_ok(),
                    );
                },
            ],
        )[..] else {
            unreachable!("three steps, three medians")
        };
        let ratio = load.as_secs_f64() / typed.as_secs_f64();
        rows.push(Row {
            measure: format!("load + validate (every command), {name}"),
            result: ms(load),
            baseline: format!("typed parse {}", ms(typed)),
            target: "≤ 1.1 × typed parse".into(),
            met: Some(ratio <= 1.1),
        });
        rows.last_mut()
            .unwrap()
            .result
            .push_str(&format!(" ({ratio:.2}×)"));
        let ratio = located.as_secs_f64() / typed.as_secs_f64();
        rows.push(Row {
            measure: format!("load + validate + warnings found in the text (`check`), {name}"),
            result: format!("{} ({ratio:.2}×)", ms(located)),
            baseline: format!("typed parse {}", ms(typed)),
            target: "≤ 1.1 × typed parse".into(),
            met: Some(ratio <= 1.1),
        });
    }

    let big_pack = pack::parse(Source::new("big.ron", big.as_str()))
        .unwrap()
        .pack;
    let keymap = Keymap::load(&[]).unwrap();
    // The finder's first characters are worked out on a thread of their own meanwhile; each
    // app is let finish them, untimed, before the next is timed.
    let mut firsts: Vec<Duration> = (0..5)
        .map(|_| {
            let start = Instant::now();
            let mut app = App::new(big_pack.clone(), keymap.clone(), ThemeName::Standard);
            let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
            terminal
                .draw(|f| {
                    boardpack::ui::render(&app.state, f);
                })
                .unwrap();
            let took = start.elapsed();
            app.settle();
            took
        })
        .collect();
    let first = percentile(&mut firsts, 0.5);
    rows.push(Row {
        measure: "first frame, 10k pack, 200×60 (state + draw)".into(),
        result: ms(first),
        baseline: "–".into(),
        target: "–".into(),
        met: None,
    });

    // One keystroke to an updated frame, once the app has settled: as the chair finds it a
    // moment after it opens (the finder's first characters take 0.1–0.2 s on this pack).
    let mut app = App::new(big_pack.clone(), keymap.clone(), ThemeName::Standard);
    let preparing = Instant::now();
    app.settle();
    println!(
        "10k pack: the finder's first characters took {}",
        ms(preparing.elapsed())
    );
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    for (name, before, keys) in [
        ("move down", "1", "<down>"),
        ("page to next area", "1", "]"),
        ("open detail and close", "1", "<enter> <esc>"),
        ("toggle exceptions", "1", "e"),
        ("scroll the minutes preview", "1 M", "<down>"),
    ] {
        drive(&mut app, before);
        let mut samples: Vec<Duration> = (0..300)
            .map(|_| time(|| keystroke_to_frame(&mut app, &mut terminal, keys)))
            .collect();
        drive(&mut app, "<esc>");
        let median = percentile(&mut samples, 0.5);
        let p99 = percentile(&mut samples, 0.99);
        rows.push(Row {
            measure: format!("keystroke → frame: {name} (200×60)"),
            result: format!("median {}, p99 {}", ms(median), ms(p99)),
            baseline: "–".into(),
            target: "p99 ≤ 2 ms".into(),
            met: Some(p99 <= Duration::from_millis(2)),
        });
    }

    // Search: each typed character to the frame that shows its hits, typed as a user types
    // (the search narrows), on the 10k pack and on a pack at the 64 MiB limit.
    let (ten_k, first_char) = search_row(&mut app, &mut terminal, ("10k pack", &SEARCH_WORDS), 8);
    let fzf = fzf_per_query(&app, SEARCH_WORDS[0], dir.path());
    rows.push(ten_k);
    rows.last_mut().unwrap().baseline = fzf.map_or("fzf not installed".to_string(), |d| {
        format!("fzf --filter {} per query ({first_char} items)", ms(d))
    });
    rows.push(search_row(&mut app, &mut terminal, ("10k pack", &WELSH_WORDS), 8).0);
    {
        let limit = generated(50_000, 5000, 2500, 60);
        println!("limit pack: {} bytes", limit.len());
        let name = format!("{:.0} MiB pack", limit.len() as f64 / 1_048_576.0);
        let limit_pack = pack::parse(Source::new("limit.ron", limit.as_str()))
            .unwrap()
            .pack;
        drop(limit);
        let mut app = App::new(limit_pack, keymap.clone(), ThemeName::Standard);
        let preparing = Instant::now();
        app.settle();
        println!(
            "limit pack: the finder's first characters took {}",
            ms(preparing.elapsed())
        );
        for words in [&SEARCH_WORDS[..], &WELSH_WORDS] {
            rows.push(search_row(&mut app, &mut terminal, (&name, words), 30).0);
        }
    }

    // Durable note commit against a bare SQLite insert + commit with the same settings.
    let record = dir.path().join("record.db");
    let identity = PackIdentity::of("big.ron", &big);
    let (mut store, _) = SqliteStore::open(&record, &identity).unwrap();
    let member = Actor {
        id: "former-director".into(),
        role: Role::Member,
    };
    store.join(&member).unwrap();
    let risk = ItemRef::new(ItemKind::Risk, "R1");
    let mut commits: Vec<Duration> = (0..400)
        .map(|n| {
            time(|| {
                store
                    .add_note(&member, &risk, NoteKind::Challenge, &format!("note {n}"))
                    .unwrap()
            })
        })
        .collect();
    let mut floor = support::sqlite_commit_floor(dir.path(), 400);
    let (result, commit_p99) = support::spread(&mut commits);
    let floor_p99 = percentile(&mut floor, 0.99);
    rows.push(Row {
        measure: "durable note commit (WAL, synchronous=FULL)".into(),
        result,
        baseline: format!("bare insert + commit p99 {}", ms(floor_p99)),
        target: "p99 ≤ 10 ms and ≤ 2 × floor".into(),
        met: Some(
            commit_p99 <= Duration::from_millis(10)
                && commit_p99.as_secs_f64() <= 2.0 * floor_p99.as_secs_f64(),
        ),
    });

    // A record with 10,000 notes: reopen it, and export minutes from it.
    {
        let raw = rusqlite::Connection::open(&record).unwrap();
        raw.execute_batch("BEGIN").unwrap();
        let ids: Vec<String> = big_pack.actions().map(|(_, _, a)| a.id.clone()).collect();
        for n in 0..(10_000 - 400) {
            raw.execute(
                "INSERT INTO notes (item_kind, item_id, author, kind, text, created, updated, last_changed_by) \
                 VALUES ('action', ?1, 'former-director', 'challenge', ?2, '2022-03-17T10:00:00+00:00', '2022-03-17T10:00:00+00:00', 'former-director')",
                rusqlite::params![ids[n % ids.len()], format!("Challenge number {n} on this action")],
            )
            .unwrap();
        }
        raw.execute_batch("COMMIT").unwrap();
    }
    let reopen = median_of(5, || {
        let (mut store, _) = SqliteStore::open(&record, &identity).unwrap();
        store.snapshot("former-director").unwrap().notes.len()
    });
    rows.push(Row {
        measure: "reopen a record with 10,000 notes (open + read)".into(),
        result: ms(reopen),
        baseline: "–".into(),
        target: "–".into(),
        met: None,
    });
    let snapshot = SqliteStore::open(&record, &identity)
        .unwrap()
        .0
        .snapshot("")
        .unwrap();
    for (format, target) in [
        (Format::Markdown, 200),
        (Format::Html, 200),
        (Format::Docx, 1000),
    ] {
        let took = median_of(3, || {
            export::render(
                &export::minutes(&big_pack, Some(&snapshot), export::Version::PUBLIC),
                format,
            )
            .len()
        });
        rows.push(Row {
            measure: format!("minutes {format:?}, 10k pack, 10k notes"),
            result: ms(took),
            baseline: "–".into(),
            target: format!("≤ {target} ms"),
            met: Some(took <= Duration::from_millis(target)),
        });
    }

    // Peak memory of the real binary.
    rows.push(Row {
        measure: "peak RSS, boardpack check (10k pack)".into(),
        result: format!("{:.1} MiB", check_rss),
        baseline: "–".into(),
        target: "≤ 100 MiB".into(),
        met: Some(check_rss <= 100.0),
    });
    let run_rss = support::run_peak_mb(&big_path, &record, "former-director");
    rows.push(Row {
        measure: "peak RSS, boardpack run on a pseudo-terminal (10k pack, 10k notes)".into(),
        result: format!("{:.1} MiB", run_rss),
        baseline: "–".into(),
        target: "≤ 100 MiB".into(),
        met: Some(run_rss <= 100.0),
    });

    support::print(&rows);
}

/// What members search for: a word of an action's text, a lead officer, an id.
const SEARCH_WORDS: [&str; 4] = ["assessment", "foster carer", "chief executive", "r45"];

/// Welsh words that start with a letter typed twice (wellbeing, provision, figures): the
/// second character matches nearly every item, as the first does.
const WELSH_WORDS: [&str; 3] = ["llesiant", "ddarpariaeth", "ffigurau"];

/// One keystroke in the finder to the frame that shows its hits, for every character of
/// `words` typed from an empty finder, repeated: the row, with its p99 against `goal_ms`,
/// and how many items the finder searches.
fn search_row(
    app: &mut App,
    terminal: &mut Terminal<TestBackend>,
    (pack_name, words): (&str, &[&str]),
    goal_ms: u64,
) -> (Row, usize) {
    let mut samples = Vec::new();
    let mut first_two = [Vec::new(), Vec::new()];
    for _ in 0..10 {
        for word in words {
            drive(app, "<esc> <esc> /");
            for (n, c) in word.chars().enumerate() {
                let key = if c == ' ' {
                    "<space>".to_string()
                } else {
                    c.to_string()
                };
                let took = time(|| keystroke_to_frame(app, terminal, &key));
                samples.push(took);
                if n < 2 {
                    first_two[n].push(took);
                }
            }
        }
    }
    drive(app, "<esc> <esc>");
    let items = app.state.search_index.items.len();
    let median = percentile(&mut samples, 0.5);
    let p99 = percentile(&mut samples, 0.99);
    let row = Row {
        measure: format!(
            "search keystroke → frame, {pack_name} ({items} items, 200×60): {}",
            words.join(", ")
        ),
        result: format!(
            "median {}, p99 {}; first character median {}, second {}",
            ms(median),
            ms(p99),
            ms(percentile(&mut first_two[0], 0.5)),
            ms(percentile(&mut first_two[1], 0.5))
        ),
        baseline: "–".into(),
        target: format!("p99 ≤ {goal_ms} ms"),
        met: Some(p99 <= Duration::from_millis(goal_ms)),
    };
    (row, items)
}

/// As the event loop does: the keys, then the frame, and what the frame measured handed
/// back to `update`.
fn keystroke_to_frame(app: &mut App, terminal: &mut Terminal<TestBackend>, keys: &str) {
    drive(app, keys);
    let mut measured = Default::default();
    terminal
        .draw(|f| measured = boardpack::ui::render(&app.state, f))
        .unwrap();
    app.handle(boardpack::action::Action::Measured(measured));
}

/// `fzf --filter` on the same lines, per query of the word's prefixes (process start
/// included, as a user of fzf would wait for it).
fn fzf_per_query(app: &App, word: &str, dir: &std::path::Path) -> Option<Duration> {
    std::process::Command::new("fzf")
        .arg("--version")
        .output()
        .ok()?;
    let index = &app.state.search_index;
    let lines: String = (0..index.items.len())
        .map(|n| format!("{}\n", index.line(n, Lang::En)))
        .collect();
    let input = dir.join("items.txt");
    std::fs::write(&input, lines).ok()?;
    let mut samples = Vec::new();
    for _ in 0..5 {
        for end in 1..=word.len() {
            let file = std::fs::File::open(&input).ok()?;
            let start = Instant::now();
            std::process::Command::new("fzf")
                .args(["--filter", &word[..end]])
                .stdin(file)
                .output()
                .ok()?;
            samples.push(start.elapsed());
        }
    }
    Some(percentile(&mut samples, 0.5))
}
