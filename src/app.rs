//! The event loop: terminal events → keymap → `Action` → `update` → effects → draw.

use crate::action::Action;
use crate::export::{self, Format};
use crate::keymap::{Key, Keymap, Lookup, TextInput};
use crate::model::Pack;
use crate::model::{Actor, Role};
use crate::state::{State, ThemeName};
use crate::store::{RecordStore, StoreError};
use crate::ui;
use crate::update::{Effect, MinutesNotWritten, Write, minutes_written, update, write_finished};
use ratatui::crossterm::event::{self, Event, KeyEventKind};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// The state, the meeting record, and the keys typed so far towards a multi-key binding.
pub struct App {
    pub state: State,
    store: Option<Box<dyn RecordStore>>,
    pending: Vec<Key>,
    /// The pack's path: minutes are written beside it as `NAME.minutes.md` and so on.
    minutes_base: Option<PathBuf>,
}

impl App {
    /// Browsing only: nothing can be recorded.
    pub fn new(pack: Pack, keymap: Keymap, theme: ThemeName) -> App {
        let actor = Actor {
            name: "reader".into(),
            role: Role::Observer,
        };
        App {
            state: State::new(pack, keymap, theme, actor),
            store: None,
            pending: Vec::new(),
            minutes_base: None,
        }
    }

    /// With a meeting record: `actor` joins it and sees what it holds.
    pub fn with_record(
        pack: Pack,
        keymap: Keymap,
        theme: ThemeName,
        actor: Actor,
        mut store: Box<dyn RecordStore>,
    ) -> Result<App, StoreError> {
        store.join(&actor)?;
        let snapshot = store.snapshot(&actor.name)?;
        let mut state = State::new(pack, keymap, theme, actor);
        state.set_record(snapshot);
        Ok(App {
            state,
            store: Some(store),
            pending: Vec::new(),
            minutes_base: None,
        })
    }

    /// Minutes exported from the screen go beside `pack`, named after it.
    pub fn write_minutes_beside(&mut self, pack: &Path) {
        self.minutes_base = Some(pack.to_path_buf());
    }

    /// Writes the minutes as Markdown, HTML and Word, exactly as `boardpack minutes` would.
    fn export_minutes(
        &mut self,
        confidential: bool,
        force: bool,
    ) -> Result<String, MinutesNotWritten> {
        let Some(base) = self.minutes_base.clone() else {
            return Err(MinutesNotWritten::Failed(
                "no pack file to write beside".into(),
            ));
        };
        self.reload();
        let suffix = if confidential { ".confidential" } else { "" };
        let targets: Vec<(Format, PathBuf)> = [
            (Format::Markdown, "md"),
            (Format::Html, "html"),
            (Format::Docx, "docx"),
        ]
        .into_iter()
        .map(|(format, ext)| {
            (
                format,
                base.with_extension(format!("minutes{suffix}.{ext}")),
            )
        })
        .collect();
        let names = |paths: &[&PathBuf]| {
            paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        };
        let existing: Vec<&PathBuf> = targets
            .iter()
            .map(|(_, p)| p)
            .filter(|p| p.exists())
            .collect();
        if !force && !existing.is_empty() {
            return Err(MinutesNotWritten::Exists(names(&existing)));
        }
        let document = export::minutes(&self.state.pack, Some(&self.state.record), confidential);
        for (format, path) in &targets {
            export::write_file(path, &export::render(&document, *format), true)
                .map_err(|err| MinutesNotWritten::Failed(format!("{}: {err}", path.display())))?;
        }
        Ok(format!(
            "wrote {}",
            names(&targets.iter().map(|(_, p)| p).collect::<Vec<_>>())
        ))
    }

    /// Runs the record writes among `effects` and returns the rest.
    fn perform(&mut self, effects: Vec<Effect>) -> Vec<Effect> {
        let mut rest = Vec::new();
        for effect in effects {
            match effect {
                Effect::Write(write) => {
                    let result = self.write(&write);
                    write_finished(&mut self.state, &write, result);
                }
                Effect::ExportMinutes {
                    confidential,
                    force,
                } => {
                    let outcome = self.export_minutes(confidential, force);
                    minutes_written(&mut self.state, outcome);
                }
                other => rest.push(other),
            }
        }
        rest
    }

    fn write(&mut self, write: &Write) -> Result<String, String> {
        let Some(store) = self.store.as_mut() else {
            return Err("no meeting record is open: nothing can be recorded".into());
        };
        let actor = &self.state.actor;
        let result = match write {
            Write::AddNote { item, kind, text } => store
                .add_note(actor, item, *kind, text)
                .map(|_| format!("{} note on {item} saved", kind.name())),
            Write::EditNote {
                id,
                version,
                kind,
                text,
            } => store
                .edit_note(actor, *id, *version, *kind, text)
                .map(|_| "note updated".to_string()),
            Write::WithdrawNote { id } => store
                .withdraw_note(actor, *id)
                .map(|_| "note withdrawn; its history is kept".to_string()),
            Write::SaveDraft { item, text } => {
                store.save_draft(actor, item, text).map(|_| String::new())
            }
            Write::ClearDraft { item } => store.clear_draft(actor, item).map(|_| String::new()),
            Write::AgreeRag {
                item,
                rag,
                reason,
                seen_revision,
            } => store
                .agree_rag(actor, item, *rag, reason.as_deref(), *seen_revision)
                .map(|_| format!("{item} agreed {}", rag.word())),
            Write::AddActionArising {
                item,
                text,
                owner,
                due_text,
                due,
            } => store
                .add_action_arising(actor, item, text, owner, due_text, *due)
                .map(|reference| format!("action {reference} recorded")),
            Write::SetAttendance { member, status } => store
                .set_attendance(actor, member, *status)
                .map(|_| format!("{member}: {}", status.name())),
            Write::AddGuest(guest) => store
                .add_guest(actor, guest)
                .map(|_| format!("{} in attendance", guest.name)),
            Write::Declare(declaration) => store
                .declare_interest(actor, declaration)
                .map(|_| format!("declaration by {} recorded", declaration.member)),
        };
        // Show what is stored now, whatever happened; drafts change nothing others see.
        if !write.is_draft() || result.is_err() {
            self.reload();
        }
        result.map_err(|err| err.to_string())
    }

    fn reload(&mut self) {
        let Some(store) = self.store.as_mut() else {
            return;
        };
        match store.snapshot(&self.state.actor.name) {
            Ok(snapshot) => self.state.set_record(snapshot),
            Err(err) => self.state.status = Some(format!("cannot read the record: {err}")),
        }
    }

    /// Saves the editor's draft if it changed, and picks up other people's changes.
    pub fn tick(&mut self) {
        let effects = update(&mut self.state, Action::Tick);
        self.perform(effects);
        let changed = self.store.as_mut().map(|store| store.changed());
        match changed {
            Some(Ok(true)) => self.reload(),
            Some(Err(err)) => self.state.status = Some(format!("cannot read the record: {err}")),
            _ => {}
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
                match contexts.first().and_then(|c| c.text_input()) {
                    Some(TextInput::Characters) => key.typed_char().map(Action::Type),
                    Some(TextInput::AllKeys) => Some(Action::EditKey(key)),
                    None => None,
                }
            }
        }
    }

    /// Handles one key, performing any record writes; returns what is left for the loop.
    pub fn handle_key(&mut self, key: Key) -> Vec<Effect> {
        let effects = match self.translate(key) {
            Some(action) => update(&mut self.state, action),
            None => Vec::new(),
        };
        self.perform(effects)
    }
}

/// Feeds a key string to the app, as a test would type it:
/// `"] ] / foster <enter>"` or `"r n \"Why is it still red?\" <c-s>"`.
/// Outside quotes, spaces only separate and each other character is one key press;
/// `<name>` is a named key (`<enter>`, `<esc>`, `<space>`, `<c-s>` or `<ctrl+s>`,
/// `<s-tab>`); a quoted run is typed as it stands, spaces included.
pub fn drive(app: &mut App, keys: &str) -> Vec<Effect> {
    let press = |app: &mut App, key: &str| -> Vec<Effect> {
        let key = Key::parse(key).unwrap_or_else(|err| panic!("in key string {keys:?}: {err}"));
        app.handle_key(key)
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
    let mut last_tick = std::time::Instant::now();
    loop {
        terminal.draw(|frame| ui::render(&app.state, frame))?;
        // Wake regularly so a signal is noticed without a key press.
        if !event::poll(TICK)? {
            if stop.load(Ordering::Relaxed) {
                return Ok(());
            }
            app.tick();
            last_tick = std::time::Instant::now();
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
        // Typing never starves the draft or other people's changes.
        if last_tick.elapsed() >= TICK {
            app.tick();
            last_tick = std::time::Instant::now();
        }
    }
}
