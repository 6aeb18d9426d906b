//! `update(&mut State, Action) -> Vec<Effect>`: every change to what is on screen, with no
//! IO and no clock, so it can be tested without a terminal. One file per screen or overlay,
//! as in `ui/`: a new overlay is its file here, its file there, and one arm in each dispatch.

mod agenda;
mod detail;
mod editor;
mod form;
mod heat_map;
mod help;
mod minutes;
mod rag_picker;
mod record;
mod screen;
mod search;

use crate::action::{Action, Measured};
use crate::export::Minutes;
use crate::state::{Overlay, Screen, Scroll, State};
use crate::store::{RequestId, Write};
use screen::jump;

/// Work for the event loop after an update; its outcome comes back as an `Action`.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    Quit,
    /// Write the minutes files beside the pack; `force` replaces existing ones.
    ExportMinutes {
        minutes: std::sync::Arc<Minutes>,
        force: bool,
    },
    /// A change to the meeting record; the answer comes back as `Action::Record` with `id`.
    Record {
        id: RequestId,
        write: Write,
    },
}

pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    match action {
        Action::Quit => return vec![Effect::Quit],
        Action::Measured(measured) => {
            measure(state, measured);
            return Vec::new();
        }
        Action::Record(reply) => return record::reply(state, *reply),
        Action::MinutesWritten(outcome) => {
            minutes::written(state, outcome);
            return Vec::new();
        }
        Action::FirstCharacters(answers) => {
            state.first_characters = Some(answers);
            return Vec::new();
        }
        Action::Clock(now) => {
            state.now = Some(now);
            return Vec::new();
        }
        Action::Tick => {}
        _ => state.status = None,
    }
    match state.overlays.last() {
        None => screen::update(state, action),
        Some(Overlay::Help { .. }) => help::update(state, action),
        Some(Overlay::Search(_)) => search::update(state, action),
        Some(Overlay::Detail { .. }) => detail::update(state, action),
        Some(Overlay::HeatMap { .. }) => heat_map::update(state, action),
        Some(Overlay::Editor(_)) => editor::update(state, action),
        Some(Overlay::RagPicker { .. }) => rag_picker::update(state, action),
        Some(Overlay::Form(_)) => form::update(state, action),
        Some(Overlay::Minutes { .. }) => minutes::update(state, action),
    }
}

/// Takes what the last frame measured: how far each scrolled text can go.
fn measure(state: &mut State, measured: Measured) {
    state.detail_scroll.measured(measured.pane);
    state.list_rows = measured.list;
    match state.overlays.last_mut() {
        Some(Overlay::Search(search)) => search.rows = measured.overlay.map(|list| list.rows),
        Some(overlay) => {
            if let Some(scroll) = overlay.scroll_mut() {
                scroll.measured(measured.overlay);
            }
        }
        None => {}
    }
    // The preview may be under another overlay (help); it is drawn all the same.
    let preview = state.overlays.iter_mut().rev().find_map(|o| match o {
        Overlay::Minutes { wrapped, .. } => Some(wrapped),
        _ => None,
    });
    if let (Some(fresh), Some(wrapped)) = (measured.wrapped, preview) {
        *wrapped = Some(fresh);
    }
}

/// A scroll position moved by `action`, kept within what the last frame measured.
fn scrolled(scroll: Scroll, action: &Action) -> Scroll {
    let limit = scroll.limit.unwrap_or(usize::MAX);
    let offset = scroll.offset.min(limit);
    let offset = match action {
        Action::Up => offset.saturating_sub(1),
        Action::Down => offset.saturating_add(1),
        Action::PageUp => offset.saturating_sub(scroll.page()),
        Action::PageDown => offset.saturating_add(scroll.page()),
        Action::Top => 0,
        // Until the text has been drawn its end is not known: the next frame clamps.
        Action::Bottom => limit,
        _ => offset,
    };
    Scroll {
        offset: offset.min(limit),
        ..scroll
    }
}

/// A cursor moved by `action` over `len` rows, of which `shown` fit on the screen (a page).
fn moved(cursor: usize, len: usize, shown: Option<usize>, action: &Action) -> usize {
    let last = len.saturating_sub(1);
    let scroll = Scroll {
        offset: cursor,
        limit: Some(last),
        rows: shown,
    };
    scrolled(scroll, action).offset
}

/// Shows `screen`, its detail pane scrolled to the top.
fn go(state: &mut State, screen: Screen) {
    if state.screen != screen {
        state.screen = screen;
        state.detail_scroll = Scroll::default();
        // Its list's height is known once it has been drawn.
        state.list_rows = None;
    }
}

/// The id for the next write, and the effect that sends it.
fn send(state: &mut State, write: Write) -> (RequestId, Effect) {
    let id = state.next_request;
    state.next_request += 1;
    (id, Effect::Record { id, write })
}
