//! The key-string driver: keys fed to the app as a user types them, with the same steps the
//! event loop takes, synchronously (no sleeps): each key goes through the keymap and
//! `update`, the record's answers are waited for and taken in, and a frame is drawn so
//! scrolling knows where the text ends.
//!
//! Shared by the tests (`mod common`) and the benches (`#[path]`), so it never ships.

use boardpack::action::Action;
use boardpack::app::App;
use boardpack::keymap::Key;
use boardpack::ui;
use boardpack::update::Effect;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The terminal size `drive` draws at.
pub const SIZE: (u16, u16) = (80, 24);

/// Presses the keys of `keys` and waits for every answer, drawing no frame:
/// `"] ] / foster <enter>"` or `"r n \"Why is it still red?\" <c-s>"`.
/// Outside quotes, spaces only separate and each other character is one key press;
/// `<name>` is a named key (`<enter>`, `<esc>`, `<space>`, `<c-s>` or `<ctrl+s>`,
/// `<s-tab>`); a quoted run is typed as it stands, spaces included.
pub fn press(app: &mut App, keys: &str) -> Vec<Effect> {
    presses(app, keys, false)
}

/// Like `press`, and draws a frame after each key, as the event loop does.
pub fn drive(app: &mut App, keys: &str) -> Vec<Effect> {
    presses(app, keys, true)
}

/// Draws one frame at `width`×`height` and hands what it measured back to the app, as the
/// event loop does after every batch of keys.
pub fn draw(app: &mut App, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test backend");
    let mut measured = Default::default();
    terminal
        .draw(|frame| measured = ui::render(&app.state, frame))
        .expect("draws");
    app.handle(Action::Measured(measured));
    terminal
}

/// A quarter second passes, and the record's answers to it are in.
pub fn tick(app: &mut App) {
    app.tick();
    assert!(app.settle(), "the record answers");
}

fn presses(app: &mut App, keys: &str, frames: bool) -> Vec<Effect> {
    let press = |app: &mut App, key: &str| -> Vec<Effect> {
        let key = Key::parse(key).unwrap_or_else(|err| panic!("in key string {keys:?}: {err}"));
        let effects = app.handle_key(key);
        assert!(app.settle(), "the record answers");
        if frames {
            draw(app, SIZE.0, SIZE.1);
        }
        effects
    };
    let mut effects = Vec::new();
    let mut rest = keys;
    while let Some(c) = rest.chars().next() {
        if c.is_whitespace() {
            rest = &rest[c.len_utf8()..];
        } else if let Some(quoted) = rest.strip_prefix('"') {
            let end = quoted
                .find('"')
                .unwrap_or_else(|| panic!("unclosed quote in key string {keys:?}"));
            for typed in quoted[..end].chars() {
                let name = if typed == ' ' {
                    "space".to_string()
                } else {
                    typed.to_string()
                };
                effects.extend(press(app, &name));
            }
            rest = &quoted[end + 1..];
        } else if let Some(named) = rest
            .strip_prefix('<')
            .and_then(|r| r.find('>').filter(|&end| end > 0).map(|end| &r[..end]))
        {
            let name = named
                .replace("c-", "ctrl+")
                .replace("s-", "shift+")
                .replace("a-", "alt+");
            effects.extend(press(app, &name));
            rest = &rest[named.len() + 2..];
        } else {
            effects.extend(press(app, &c.to_string()));
            rest = &rest[c.len_utf8()..];
        }
    }
    effects
}
