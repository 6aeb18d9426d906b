//! Micro-benchmarks of the operations a chair waits on, on the 10k-action pack:
//! `cargo bench --bench operations`. `cargo bench --bench table` prints the summary table
//! with percentiles, baselines and targets (docs/PERFORMANCE.md).

use boardpack::app::App;

#[path = "../tests/common/drive.rs"]
#[allow(dead_code)] // the benches press keys; the tests use the rest
mod driver;
use boardpack::keymap::Keymap;
use boardpack::pack::{self, GenerateOptions, Source};
use boardpack::state::ThemeName;
use driver::press as drive;
use ratatui::{Terminal, backend::TestBackend};

fn main() {
    divan::main();
}

fn big_text() -> String {
    let options = GenerateOptions {
        actions: 10_000,
        risks: 1000,
        kpis: 500,
        periods: 60,
        seed: 1,
    };
    pack::to_ron(&pack::generate(&options))
}

#[divan::bench(sample_count = 20)]
fn load_and_validate(bencher: divan::Bencher) {
    let text = big_text();
    bencher.bench(|| {
        pack::parse(Source::new("big.ron", text.as_str()))
            .map(|l| l.pack.areas.len())
            .ok()
    });
}

#[divan::bench(sample_count = 20)]
fn bare_ron_parse(bencher: divan::Bencher) {
    let text = big_text();
    bencher.bench(|| ron::from_str::<ron::Value>(&text).is_ok());
}

#[divan::bench(args = ["<down>", "]", "e"])]
fn keystroke_and_frame(bencher: divan::Bencher, keys: &str) {
    let pack = pack::parse(Source::new("big.ron", big_text()))
        .unwrap()
        .pack;
    let mut app = App::new(pack, Keymap::load(&[]).unwrap(), ThemeName::Standard);
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    drive(&mut app, "]");
    bencher.bench_local(|| {
        drive(&mut app, keys);
        terminal
            .draw(|frame| {
                boardpack::ui::render(&app.state, frame);
            })
            .unwrap();
    });
}

#[divan::bench(args = ["a", "asse", "assessment"])]
fn fuzzy_query(bencher: divan::Bencher, query: &str) {
    let pack = pack::parse(Source::new("big.ron", big_text()))
        .unwrap()
        .pack;
    let index = boardpack::pack::search::SearchIndex::new(&pack);
    bencher.bench(|| index.query(query).len());
}

#[divan::bench(sample_count = 30)]
fn scroll_minutes_preview(bencher: divan::Bencher) {
    let pack = pack::parse(Source::new("big.ron", big_text()))
        .unwrap()
        .pack;
    let mut app = App::new(pack, Keymap::load(&[]).unwrap(), ThemeName::Standard);
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    drive(&mut app, "1 M");
    bencher.bench_local(|| {
        drive(&mut app, "<down>");
        let mut measured = Default::default();
        terminal
            .draw(|frame| measured = boardpack::ui::render(&app.state, frame))
            .unwrap();
        app.handle(boardpack::action::Action::Measured(measured));
    });
}

/// A search typed character by character, each to its frame.
#[divan::bench(sample_count = 20)]
fn search_word_with_frames(bencher: divan::Bencher) {
    let pack = pack::parse(Source::new("big.ron", big_text()))
        .unwrap()
        .pack;
    let mut app = App::new(pack, Keymap::load(&[]).unwrap(), ThemeName::Standard);
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    bencher.bench_local(|| {
        drive(&mut app, "<esc> /");
        for c in "assessment".chars() {
            drive(&mut app, &c.to_string());
            let mut measured = Default::default();
            terminal
                .draw(|frame| measured = boardpack::ui::render(&app.state, frame))
                .unwrap();
            app.handle(boardpack::action::Action::Measured(measured));
        }
    });
}

#[divan::bench(sample_count = 2000)]
fn load_and_validate_powys(bencher: divan::Bencher) {
    let text = std::fs::read_to_string("packs/powys-children-2017.ron").unwrap();
    bencher.bench(|| {
        pack::parse(Source::new("powys.ron", text.as_str()))
            .map(|l| l.pack.areas.len())
            .ok()
    });
}
