//! Rendering never panics at any size, and pack text never reaches the terminal as a
//! control sequence.

mod common;

use boardpack::app::App;
use boardpack::locale::Lang;
use boardpack::model::{Pack, Text};
use boardpack::ui;
use common::drive;
use proptest::prelude::*;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use std::sync::OnceLock;

/// Keys that reach each screen and overlay.
const SCENARIOS: [&str; 12] = [
    "",
    "]",
    "4 e",
    "r",
    "r h",
    "r <enter>",
    "p",
    "p <end>",
    "/ a",
    "?",
    "] <down> <enter>",
    "t t",
];

fn pack() -> Pack {
    static PACK: OnceLock<Pack> = OnceLock::new();
    PACK.get_or_init(common::powys).clone()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn every_screen_renders_at_any_size(width in 0u16..=200, height in 0u16..=60, scenario in 0..SCENARIOS.len()) {
        let mut app = common::app_with(pack(), &[]);
        drive(&mut app, SCENARIOS[scenario]);
        common::screen(&mut app, width, height);
        // Keys after a resize must also be safe: scrolling limits use the new size.
        drive(&mut app, "<down> <pagedown> J <up>");
        common::screen(&mut app, width, height);
    }
}

#[test]
fn zero_by_zero_is_fine() {
    for keys in SCENARIOS {
        let mut app = common::app();
        drive(&mut app, keys);
        assert_eq!(common::render(&mut app, 0, 0).area.area(), 0);
    }
}

const HOSTILE: &str = concat!(
    "\u{1b}]0;owned\u{7}", // OSC 0: window title
    "\u{1b}]8;;https://evil.example\u{1b}\\link\u{1b}]8;;\u{1b}\\", // OSC 8: hyperlink
    "\u{1b}]52;c;cHduZWQ=\u{7}", // OSC 52: clipboard
    "\u{1b}[2J",           // CSI 2J: clear screen
    "\u{9b}31m",           // 8-bit CSI
    "\u{85}\u{202e}reversed\u{2066}", // NEL, bidi override and isolate
    "\0nul\rcr\u{200b}zw\u{7f}", // NUL, CR, zero-width, DEL
    "漢字😀",              // wide characters stay
);

/// The Powys pack with the hostile text added to every piece of text a screen can show,
/// in both languages of any text the pack may give in English and Welsh.
fn poisoned() -> Pack {
    let mut pack = common::powys();
    let h = |s: &mut String| s.push_str(HOSTILE);
    let w = |t: &mut Text| {
        *t = Text::both(
            format!("{}{HOSTILE}", t.get(Lang::En)),
            format!("{}{HOSTILE}", t.get(Lang::Cy)),
        )
    };
    let m = &mut pack.meeting;
    for t in [&mut m.board, &mut m.organisation, &mut m.venue] {
        w(t);
    }
    for t in [
        &mut m.rag_key.red,
        &mut m.rag_key.amber,
        &mut m.rag_key.green,
        &mut m.rag_key.blue,
    ] {
        w(t);
    }
    m.members.iter_mut().for_each(|member| {
        h(&mut member.name);
        h(&mut member.organisation);
    });
    m.agenda.iter_mut().for_each(|item| w(&mut item.item));
    for area in &mut pack.areas {
        h(&mut area.id);
        w(&mut area.title);
        w(&mut area.board_lead);
        for rec in &mut area.recommendations {
            h(&mut rec.id);
            w(&mut rec.text);
            rec.answers.iter_mut().for_each(h);
            for action in &mut rec.actions {
                h(&mut action.id);
                w(&mut action.text);
                action.leads.iter_mut().for_each(w);
                action.success_measures.iter_mut().for_each(w);
                action.progress.iter_mut().for_each(w);
            }
        }
    }
    for risk in &mut pack.risks {
        h(&mut risk.id);
        for t in [
            &mut risk.title,
            &mut risk.owner,
            &mut risk.description.cause,
            &mut risk.description.event,
            &mut risk.description.effect,
        ] {
            w(t);
        }
        risk.controls
            .iter_mut()
            .chain(risk.further_actions.iter_mut())
            .for_each(w);
        risk.areas.iter_mut().for_each(h);
    }
    for kpi in &mut pack.kpis {
        h(&mut kpi.id);
        w(&mut kpi.unit);
        w(&mut kpi.title);
        w(&mut kpi.commentary);
        kpi.area.iter_mut().for_each(h);
        kpi.benchmark.iter_mut().for_each(|b| w(&mut b.label));
    }
    pack
}

/// Everything written to a real crossterm backend while drawing the app once.
fn bytes_written(app: &App, width: u16, height: u16) -> Vec<u8> {
    let mut bytes = Vec::new();
    {
        let backend = CrosstermBackend::new(&mut bytes);
        let viewport = Viewport::Fixed(Rect::new(0, 0, width, height));
        let mut terminal = Terminal::with_options(backend, TerminalOptions { viewport }).unwrap();
        terminal
            .draw(|frame| {
                ui::render(&app.state, frame);
            })
            .unwrap();
    }
    bytes
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn hostile_pack_text_never_reaches_the_terminal_as_control_sequences() {
    let forbidden: [(&str, &[u8]); 10] = [
        ("OSC", b"\x1b]"),
        ("CSI 2J", b"\x1b[2J"),
        ("8-bit CSI", "\u{9b}".as_bytes()),
        ("NEL", "\u{85}".as_bytes()),
        ("RLO", "\u{202e}".as_bytes()),
        ("isolate", "\u{2066}".as_bytes()),
        ("zero-width space", "\u{200b}".as_bytes()),
        ("NUL", b"\0"),
        ("CR", b"\r"),
        ("BEL", b"\x07"),
    ];
    let mut shown = 0;
    for keys in SCENARIOS.iter().chain(&["/ owned", "/ 漢字"]) {
        for (width, height) in [(80, 24), (200, 60)] {
            let mut app = common::app_with(poisoned(), &[]);
            drive(&mut app, keys);
            common::screen(&mut app, width, height);
            let bytes = bytes_written(&app, width, height);
            for (name, sequence) in forbidden {
                assert!(
                    !contains(&bytes, sequence),
                    "{name} reached the terminal after {keys:?} at {width}x{height}"
                );
            }
            assert!(!bytes.contains(&0x7f), "DEL after {keys:?}");
            // The text itself is still shown, harmlessly.
            shown += usize::from(contains(&bytes, "]0;owned".as_bytes()));
        }
    }
    assert!(shown > 0, "the cleaned text should appear somewhere");
}

#[test]
fn wide_characters_do_not_break_borders() {
    let mut pack = common::powys();
    for (n, risk) in pack.risks.iter_mut().enumerate() {
        // Odd and even offsets, so the title column cuts through a wide glyph.
        risk.title = format!("{}{}", "x".repeat(n % 2), "漢字😀".repeat(12)).into();
    }
    let mut app = common::app_with(pack, &[]);
    drive(&mut app, "r");
    // At 80×24 the heat map box is the right-hand 36 columns of rows 2 to 13.
    let buffer = common::render(&mut app, 80, 24);
    for y in 3..13 {
        assert_eq!(buffer[(44, y)].symbol(), "│", "left border on row {y}");
        assert_eq!(buffer[(79, y)].symbol(), "│", "right border on row {y}");
    }
    let header: String = (0..80)
        .map(|x| buffer[(x, 3)].symbol().to_string())
        .collect();
    let res = header.find("Res").expect("the residual column") as u16;
    for y in 4..13 {
        let score: String = (res..res + 2).map(|x| buffer[(x, y)].symbol()).collect();
        assert!(
            score.trim().parse::<u8>().is_ok(),
            "the residual score after the title on row {y}: {score:?}"
        );
    }
    assert_eq!(buffer[(44, 2)].symbol(), "┌");
    assert_eq!(buffer[(79, 13)].symbol(), "┘");
}
