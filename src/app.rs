//! The event loop: terminal events → keymap → `Action` → `update` → effects → draw.

use crate::action::Action;
use crate::keymap::{Key, Keymap, Lookup};
use crate::model::Pack;
use crate::state::{State, ThemeName};
use crate::ui;
use crate::update::{Effect, update};
use ratatui::crossterm::event::{self, Event, KeyEventKind};
use std::io::IsTerminal;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// The state plus the keys typed so far towards a multi-key binding.
pub struct App {
    pub state: State,
    pending: Vec<Key>,
}

impl App {
    pub fn new(pack: Pack, keymap: Keymap, theme: ThemeName) -> App {
        App {
            state: State::new(pack, keymap, theme),
            pending: Vec::new(),
        }
    }

    /// The action a key means in the current context, if any.
    pub fn translate(&mut self, key: Key) -> Option<Action> {
        let contexts = self.state.contexts();
        match self.state.keymap.lookup(contexts, &self.pending, key) {
            Lookup::Action(action) => {
                self.pending.clear();
                Some(action)
            }
            Lookup::Pending => {
                self.pending.push(key);
                None
            }
            Lookup::Unbound => {
                let was_pending = !self.pending.is_empty();
                self.pending.clear();
                if was_pending {
                    // A sequence broke off: read the key afresh.
                    return self.translate(key);
                }
                key.typed_char()
                    .filter(|_| contexts.first().is_some_and(|c| c.takes_text()))
                    .map(Action::Type)
            }
        }
    }

    pub fn handle_key(&mut self, key: Key) -> Vec<Effect> {
        match self.translate(key) {
            Some(action) => update(&mut self.state, action),
            None => Vec::new(),
        }
    }
}

/// Feeds a key string to the app, as a test would type it: `"] ] / foster <enter>"`.
/// Words are typed a character at a time; `<name>` is a named key (`<enter>`, `<esc>`,
/// `<c-c>` or `<ctrl+c>`, `<space>`); spaces only separate.
pub fn drive(app: &mut App, keys: &str) -> Vec<Effect> {
    let mut effects = Vec::new();
    for word in keys.split_whitespace() {
        let mut rest = word;
        while !rest.is_empty() {
            let (key, len) = match rest
                .strip_prefix('<')
                .and_then(|r| r.find('>').map(|end| &r[..end]))
            {
                Some(name) if !name.is_empty() => {
                    let name = name
                        .replace("c-", "ctrl+")
                        .replace("s-", "shift+")
                        .replace("a-", "alt+");
                    (
                        Key::parse(&name).unwrap_or_else(|err| panic!("{err}")),
                        name.len().max(1) + 2,
                    )
                }
                _ => {
                    let c = rest.chars().next().expect("non-empty");
                    (
                        Key::parse(&c.to_string()).unwrap_or_else(|err| panic!("{err}")),
                        c.len_utf8(),
                    )
                }
            };
            let consumed = if rest.starts_with('<') && len > 2 {
                rest.find('>').map_or(len, |end| end + 1)
            } else {
                len
            };
            effects.extend(app.handle_key(key));
            rest = &rest[consumed..];
        }
    }
    effects
}

/// Runs the meeting screen until quit, SIGTERM, SIGHUP or an error; the terminal is
/// restored on every one of those paths and on panic.
pub fn run(mut app: App) -> std::io::Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    let mut terminal = ratatui::try_init()?;
    let done = Arc::new(AtomicBool::new(false));
    watchdog(Arc::clone(&stop), Arc::clone(&done));
    let result = event_loop(&mut app, &mut terminal, &stop);
    done.store(true, Ordering::SeqCst);
    ratatui::restore();
    result
}

/// How often the event loop and the watchdog look for a stop request.
const TICK: Duration = Duration::from_millis(250);

/// crossterm 0.29 never returns from `event::poll` once the terminal hangs up: it re-reads
/// the dead tty in a tight loop (crossterm issue #793). So a watchdog thread ends the
/// process when the terminal is gone, or when a stop signal has gone unanswered because
/// the event loop is stuck there.
fn watchdog(stop: Arc<AtomicBool>, done: Arc<AtomicBool>) {
    std::thread::spawn(move || {
        let mut stop_seen_for = 0;
        loop {
            std::thread::sleep(TICK);
            if done.load(Ordering::SeqCst) {
                return;
            }
            // A hung-up tty fails the terminal ioctl, so stdin stops looking like one.
            let terminal_gone = !std::io::stdin().is_terminal();
            stop_seen_for = if stop.load(Ordering::SeqCst) {
                stop_seen_for + 1
            } else {
                0
            };
            // The event loop answers a stop within one tick; give it two.
            if terminal_gone || stop_seen_for > 2 {
                ratatui::restore();
                std::process::exit(0);
            }
        }
    });
}

fn event_loop(
    app: &mut App,
    terminal: &mut ratatui::DefaultTerminal,
    stop: &AtomicBool,
) -> std::io::Result<()> {
    let size = terminal.size()?;
    update(&mut app.state, Action::Resize(size.width, size.height));
    loop {
        terminal.draw(|frame| ui::render(&app.state, frame))?;
        // Wake regularly so a signal is noticed without a key press.
        if !event::poll(TICK)? {
            if stop.load(Ordering::Relaxed) {
                return Ok(());
            }
            continue;
        }
        // Drain everything pending before drawing once.
        loop {
            let effects = match event::read()? {
                Event::Key(key) if key.kind != KeyEventKind::Release => {
                    app.handle_key(Key::from_event(key))
                }
                Event::Resize(width, height) => {
                    update(&mut app.state, Action::Resize(width, height))
                }
                _ => Vec::new(),
            };
            if effects.contains(&Effect::Quit) || stop.load(Ordering::Relaxed) {
                return Ok(());
            }
            if !event::poll(Duration::ZERO)? {
                break;
            }
        }
    }
}
