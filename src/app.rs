//! The event loop: terminal events → keymap → `Action` → `update` → effects. The record and
//! the minutes files are written off this thread; their answers come back as actions on the
//! same channel as the keys, and one frame is drawn once everything pending is handled.

use crate::action::{Action, Measured};
use crate::export;
use crate::keymap::{Key, Keymap, Lookup, TextInput};
use crate::model::{Actor, Pack, Role};
use crate::pack::search::FirstCharacters;
use crate::state::{State, ThemeName};
use crate::store::{RecordStore, RecordWorker, Reply, StoreError, Write};
use crate::ui;
use crate::update::{Effect, update};
use ratatui::crossterm::event::{self, Event, KeyEventKind};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

/// What reaches the event loop: the terminal's events, and answers from work done elsewhere.
#[derive(Debug)]
pub enum Incoming {
    Terminal(std::io::Result<Event>),
    Action(Action),
}

/// The state, the meeting record's worker, and the keys typed so far towards a multi-key
/// binding.
pub struct App {
    pub state: State,
    /// Declared before the inbox, so dropping the app lets the worker finish every write
    /// already sent (a last draft included) while its answers can still be delivered.
    worker: Option<RecordWorker>,
    inbox: Receiver<Incoming>,
    outbox: Sender<Incoming>,
    pending: Vec<Key>,
    /// The pack's path: minutes are written beside it as `NAME.minutes.md` and so on.
    minutes_base: Option<PathBuf>,
    /// Requests sent and not answered yet: writes, refreshes, minutes being written.
    outstanding: usize,
}

/// Whether `action` is the one answer to a request the app counted as outstanding; the
/// record's reads come unasked too, whenever someone else writes.
fn answers_a_request(action: &Action) -> bool {
    match action {
        Action::MinutesWritten(_) | Action::FirstCharacters(_) => true,
        Action::Record(reply) => !matches!(**reply, Reply::Read(_)),
        _ => false,
    }
}

/// How long `settle` waits for answers before giving up: far beyond the record's own
/// 5-second lock timeout, so only a stuck worker reaches it.
const SETTLE_LIMIT: Duration = Duration::from_secs(30);

impl App {
    /// Browsing only: nothing can be recorded.
    pub fn new(pack: Pack, keymap: Keymap, theme: ThemeName) -> App {
        let actor = Actor {
            id: "reader".into(),
            role: Role::Observer,
        };
        let (outbox, inbox) = mpsc::channel();
        let mut app = App {
            state: State::new(pack, keymap, theme, actor),
            worker: None,
            inbox,
            outbox,
            pending: Vec::new(),
            minutes_base: None,
            outstanding: 0,
        };
        app.prepare_search();
        app
    }

    /// Works out the finder's answers to one-character queries on a thread of their own: on
    /// a large pack they take a fraction of a second, and the first search needs them.
    fn prepare_search(&mut self) {
        let index = Arc::clone(&self.state.search_index);
        let outbox = self.outbox.clone();
        let preparing = std::thread::Builder::new()
            .name("search".into())
            .spawn(move || {
                let answers = Arc::new(FirstCharacters::of(&index));
                let _ = outbox.send(Incoming::Action(Action::FirstCharacters(answers)));
            });
        // Without the thread the finder answers every query itself, as fast as before.
        if preparing.is_ok() {
            self.outstanding += 1;
        }
    }

    /// With a meeting record: `actor` joins it and sees what it holds; from then on the
    /// record is used only from its worker's thread.
    pub fn with_record(
        pack: Pack,
        keymap: Keymap,
        theme: ThemeName,
        actor: Actor,
        mut store: Box<dyn RecordStore>,
    ) -> Result<App, StoreError> {
        store.join(&actor)?;
        let snapshot = store.snapshot(&actor.id)?;
        let mut app = App::new(pack, keymap, theme);
        app.state.actor = actor.clone();
        app.state.set_record(snapshot);
        let outbox = app.outbox.clone();
        app.worker = Some(RecordWorker::spawn(store, actor, WATCH, move |reply| {
            let _ = outbox.send(Incoming::Action(Action::Record(Box::new(reply))));
        }));
        Ok(app)
    }

    /// Minutes exported from the screen go beside `pack`, named after it.
    pub fn write_minutes_beside(&mut self, pack: &Path) {
        self.minutes_base = Some(pack.to_path_buf());
    }

    /// Where the terminal reader sends events.
    pub fn outbox(&self) -> Sender<Incoming> {
        self.outbox.clone()
    }

    /// Runs `action` through `update` and starts the work it asks for; returns what is left
    /// for the loop (quitting).
    pub fn handle(&mut self, action: Action) -> Vec<Effect> {
        let effects = update(&mut self.state, action);
        self.perform(effects)
    }

    /// Handles one key; returns what is left for the loop.
    pub fn handle_key(&mut self, key: Key) -> Vec<Effect> {
        match self.translate(key) {
            Some(action) => self.handle(action),
            None => Vec::new(),
        }
    }

    /// Takes in one message: a terminal event or an answer.
    pub fn receive(&mut self, incoming: Incoming) -> std::io::Result<Vec<Effect>> {
        match incoming {
            Incoming::Terminal(Ok(Event::Key(key))) if key.kind != KeyEventKind::Release => {
                Ok(self.handle_key(Key::from_event(key)))
            }
            // A paragraph pasted from a report arrives as one event, and is one edit.
            Incoming::Terminal(Ok(Event::Paste(text))) => Ok(self.handle(Action::Paste(text))),
            // A resize needs only the next frame, which ratatui sizes itself.
            Incoming::Terminal(Ok(_)) => Ok(Vec::new()),
            Incoming::Terminal(Err(err)) => Err(err),
            Incoming::Action(action) => {
                if answers_a_request(&action) {
                    self.outstanding = self.outstanding.saturating_sub(1);
                }
                Ok(self.handle(action))
            }
        }
    }

    /// Waits until every request sent has been answered, taking in each answer: for tests
    /// and for a clean stop. False if the answers stopped coming.
    pub fn settle(&mut self) -> bool {
        let deadline = Instant::now() + SETTLE_LIMIT;
        while self.outstanding > 0 {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.inbox.recv_timeout(left) {
                Ok(incoming) => {
                    let _ = self.receive(incoming);
                }
                Err(_) => return false,
            }
        }
        true
    }

    /// A quarter second passes: the editor's draft is saved if it changed, and the record is
    /// asked for other people's changes now.
    pub fn tick(&mut self) -> Vec<Effect> {
        let rest = self.handle(Action::Tick);
        if self.worker.as_ref().is_some_and(RecordWorker::refresh) {
            self.outstanding += 1;
        }
        rest
    }

    /// Starts the record writes and exports among `effects` and returns the rest.
    fn perform(&mut self, effects: Vec<Effect>) -> Vec<Effect> {
        let mut rest = Vec::new();
        for effect in effects {
            match effect {
                Effect::Record { id, write } => self.record(id, write),
                Effect::ExportMinutes { minutes, force } => self.export_minutes(minutes, force),
                other => rest.push(other),
            }
        }
        rest
    }

    fn record(&mut self, id: u64, write: Write) {
        let sent = match &self.worker {
            Some(worker) => worker.write(id, write.clone()),
            None => false,
        };
        if sent {
            self.outstanding += 1;
            return;
        }
        let error = if self.worker.is_some() {
            StoreError::WorkerStopped
        } else {
            StoreError::NoRecord
        };
        let reply = Reply::Written {
            id,
            write,
            result: Err(error),
        };
        let rest = update(&mut self.state, Action::Record(Box::new(reply)));
        debug_assert!(rest.is_empty(), "an answer asks for no more work");
    }

    /// Renders and writes the three files on a thread of their own: a large .docx takes a
    /// noticeable fraction of a second.
    fn export_minutes(&mut self, minutes: Arc<export::Minutes>, force: bool) {
        let Some(base) = self.minutes_base.clone() else {
            let outcome = Err(export::NotWritten::Failed(crate::t!(
                self.state.lang,
                "minutes-no-pack-file"
            )));
            update(&mut self.state, Action::MinutesWritten(outcome));
            return;
        };
        let outbox = self.outbox.clone();
        let writer = std::thread::Builder::new()
            .name("minutes".into())
            .spawn(move || {
                let outcome = export::write_beside(&base, &minutes, force);
                let _ = outbox.send(Incoming::Action(Action::MinutesWritten(outcome)));
            });
        match writer {
            Ok(_) => self.outstanding += 1,
            Err(err) => {
                let outcome = Err(export::NotWritten::Failed(err.to_string()));
                update(&mut self.state, Action::MinutesWritten(outcome));
            }
        }
    }

    /// The action a key means in the current context, if any.
    fn translate(&mut self, key: Key) -> Option<Action> {
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
                // An invisible or control character typed (a zero-width joiner from an
                // emoji keyboard, say) never reaches a text field, as it never reaches the
                // screen from the pack.
                if key.typed_char().is_some_and(crate::sanitize::is_unsafe) {
                    return None;
                }
                match contexts.first().and_then(|c| c.text_input()) {
                    Some(TextInput::Characters) => key.typed_char().map(Action::Type),
                    Some(TextInput::AllKeys) => Some(Action::EditKey(key.event())),
                    None => None,
                }
            }
        }
    }
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
    let mut terminal = ratatui::try_init_with_options(ratatui::TerminalOptions {
        viewport: ratatui::Viewport::Fixed(screen_area()?),
    })?;
    ratatui::crossterm::execute!(
        std::io::stdout(),
        ratatui::crossterm::terminal::EnterAlternateScreen
    )?;
    // Pasted text as one event, not as thousands of keys.
    ratatui::crossterm::execute!(
        std::io::stdout(),
        ratatui::crossterm::event::EnableBracketedPaste
    )?;
    let done = Arc::new(AtomicBool::new(false));
    watchdog(Arc::clone(&stop), Arc::clone(&done));
    let result = event_loop(&mut app, &mut terminal, &stop);
    done.store(true, Ordering::SeqCst);
    // The record first: the worker stores every write sent (the last draft included)
    // whatever then happens to the terminal.
    drop(app);
    if std::io::stdin().is_terminal() {
        let _ = ratatui::crossterm::execute!(
            std::io::stdout(),
            ratatui::crossterm::event::DisableBracketedPaste
        );
        let _ = ratatui::try_restore();
    } else {
        // A hung-up terminal cannot be restored, and ratatui would report that on the closed
        // stderr, where printing panics.
        std::mem::forget(terminal);
    }
    result
}

/// The largest frame drawn. A terminal can report any size (65535 × 65535 from a broken or
/// hostile one), and a frame of that many cells would exhaust memory before a thing was
/// drawn; no screen or projector shows more than this.
const LARGEST_FRAME: (u16, u16) = (1000, 400);

/// The area to draw in: the terminal's size, capped at `LARGEST_FRAME`.
fn screen_area() -> std::io::Result<ratatui::layout::Rect> {
    let (columns, rows) = ratatui::crossterm::terminal::size()?;
    Ok(ratatui::layout::Rect::new(
        0,
        0,
        columns.min(LARGEST_FRAME.0),
        rows.min(LARGEST_FRAME.1),
    ))
}

/// How often the record's worker looks for other people's changes: a cheap look (SQLite's
/// data version, PostgreSQL's waiting notifications), so a note shows on other screens
/// well within a fifth of a second.
pub const WATCH: Duration = Duration::from_millis(100);

/// How often the event loop and the watchdog look for a stop request.
const TICK: Duration = Duration::from_millis(250);

/// crossterm 0.29 never returns from `event::poll` once the terminal hangs up: it re-reads
/// the dead tty in a tight loop (crossterm issue #793), on the terminal reader's thread. So
/// a watchdog thread turns a vanished terminal into a stop request, which the event loop
/// answers (saving the draft being typed), and ends the process if a stop goes unanswered.
fn watchdog(stop: Arc<AtomicBool>, done: Arc<AtomicBool>) {
    std::thread::spawn(move || {
        let mut stop_seen_for = 0;
        loop {
            std::thread::sleep(TICK);
            if done.load(Ordering::SeqCst) {
                return;
            }
            // A hung-up tty fails the terminal ioctl, so stdin stops looking like one: a
            // closed laptop or a dropped SSH connection is a request to stop.
            if !std::io::stdin().is_terminal() {
                stop.store(true, Ordering::SeqCst);
            }
            stop_seen_for = if stop.load(Ordering::SeqCst) {
                stop_seen_for + 1
            } else {
                0
            };
            // The event loop answers a stop within one tick (keeping the draft); give it two.
            if stop_seen_for > 2 {
                let _ = ratatui::try_restore();
                std::process::exit(0);
            }
        }
    });
}

/// Reads the terminal on a thread of its own, so the loop can wait on keys and answers
/// together.
fn read_terminal(outbox: Sender<Incoming>, stop: Arc<AtomicBool>) {
    std::thread::spawn(move || {
        while !stop.load(Ordering::Relaxed) {
            let event = match event::poll(TICK) {
                Ok(false) => continue,
                Ok(true) => event::read(),
                Err(err) => Err(err),
            };
            let failed = event.is_err();
            if outbox.send(Incoming::Terminal(event)).is_err() || failed {
                return;
            }
        }
    });
}

fn event_loop(
    app: &mut App,
    terminal: &mut ratatui::DefaultTerminal,
    stop: &Arc<AtomicBool>,
) -> std::io::Result<()> {
    let reader_stop = Arc::new(AtomicBool::new(false));
    read_terminal(app.outbox(), Arc::clone(&reader_stop));
    let result = serve(app, terminal, stop);
    reader_stop.store(true, Ordering::Relaxed);
    // Every way out keeps what was being typed: the editor's text goes to its draft, which
    // the record's worker stores before the app is dropped.
    app.handle(Action::Tick);
    result
}

fn serve(
    app: &mut App,
    terminal: &mut ratatui::DefaultTerminal,
    stop: &AtomicBool,
) -> std::io::Result<()> {
    let mut measured: Option<Measured> = None;
    let mut last_tick = Instant::now();
    app.handle(Action::Clock(chrono::Local::now().naive_local()));
    loop {
        // The frame follows the terminal's size, within bounds (see `screen_area`).
        let area = screen_area()?;
        if terminal.get_frame().area() != area {
            terminal.resize(area)?;
        }
        let mut frame_measured = Measured::default();
        terminal.draw(|frame| frame_measured = ui::render(&app.state, frame))?;
        if measured.as_ref() != Some(&frame_measured) {
            measured = Some(frame_measured.clone());
            app.handle(Action::Measured(frame_measured));
        }
        // Wait for a key or an answer (or a tick), then take everything pending before
        // drawing once.
        let mut next = match app.inbox.recv_timeout(TICK) {
            Ok(incoming) => Some(incoming),
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => return Ok(()),
        };
        while let Some(incoming) = next {
            if app.receive(incoming)?.contains(&Effect::Quit) {
                return Ok(());
            }
            next = app.inbox.try_recv().ok();
        }
        if stop.load(Ordering::Relaxed) {
            return Ok(());
        }
        // Typing never starves the draft; the agenda's clock is read here, and only here.
        if last_tick.elapsed() >= TICK {
            app.handle(Action::Clock(chrono::Local::now().naive_local()));
            app.handle(Action::Tick);
            last_tick = Instant::now();
        }
    }
}
