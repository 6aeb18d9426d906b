//! Drawing. Every function here takes `&State` and only reads it. Pack text goes through
//! `clean` (the sanitizer) before it reaches a widget.

mod action_log;
mod agenda;
mod area;
mod attendance;
mod cells;
mod changes;
mod chrome;
mod detail;
mod editor;
mod form;
mod help;
mod kpis;
mod minutes;
mod overview;
mod rag_picker;
mod risks;
mod search;
mod theme;

pub use attendance::quorum as attendance_quorum;
pub use theme::Theme;

use crate::action::{Extent, Measured};
use crate::sanitize;
use crate::state::{Overlay, Screen, State};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::{Block, Clear, Paragraph};
use std::ops::Range;

/// Below this the screens cannot show a list and its detail legibly.
pub const MIN_SIZE: (u16, u16) = (60, 16);

/// From this width the detail pane sits beside the list instead of below it.
const SIDE_BY_SIDE_WIDTH: u16 = 120;

/// Pack text made safe for the terminal, on one line.
fn clean(text: &str) -> String {
    sanitize::line(text).into_owned()
}

/// The badge that leads an exempt (Part II) item, so no narrow column can cut it off.
fn confidential(theme: &Theme) -> ratatui::text::Span<'static> {
    ratatui::text::Span::styled(
        format!("[{}] ", crate::t!(theme.lang, "badge-confidential")),
        theme.badge,
    )
}

/// Draws the whole screen and reports how far each scrolled text can go, for `update`:
/// layout is worked out here only.
pub fn render(state: &State, frame: &mut Frame) -> Measured {
    let area = frame.area();
    if area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1 {
        chrome::too_small(state.lang, frame, area, MIN_SIZE);
        return Measured::default();
    }
    let theme = Theme::of(state.theme, state.lang);
    frame.render_widget(Block::new().style(theme.base), area);
    let [header, tabs, body, hints] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(1),
    ])
    .areas(area);
    chrome::header(state, &theme, frame, header);
    chrome::tabs(state, &theme, frame, tabs);
    let list = |list| Some(Drawn { list, pane: None });
    // The minutes preview is a page of its own: the screen beneath it is not drawn.
    let drawn = match state.screen {
        _ if state.minutes_previewed() => None,
        Screen::Overview => {
            overview::render(state, &theme, frame, body);
            None
        }
        Screen::Area(a) => Some(area::render(state, a, &theme, frame, body)),
        Screen::Risks => Some(risks::render(state, &theme, frame, body)),
        Screen::Kpis => Some(kpis::render(state, &theme, frame, body)),
        Screen::Attendance => list(attendance::render(state, &theme, frame, body)),
        Screen::Agenda => list(agenda::render(state, &theme, frame, body)),
        Screen::Changes => list(changes::render(state, &theme, frame, body)),
        Screen::ActionLog => list(action_log::render(state, &theme, frame, body)),
    };
    chrome::hint_bar(state, &theme, frame, hints);
    let mut measured = Measured {
        pane: drawn.as_ref().and_then(|drawn| drawn.pane),
        list: drawn.map(|drawn| drawn.list),
        ..Measured::default()
    };
    for open in &state.overlays {
        render_overlay(state, open, &theme, frame, area, &mut measured);
    }
    measured
}

/// What a screen with a list measured as it drew: how many of the list's rows show (a page
/// of it), and how far its detail pane can scroll, if it has one.
struct Drawn {
    list: usize,
    pane: Option<Extent>,
}

/// Draws one overlay; says in `measured` how far its text can scroll, if it scrolls, or
/// how far the finder's list goes and how many of its rows show.
fn render_overlay(
    state: &State,
    overlay: &Overlay,
    theme: &Theme,
    frame: &mut Frame,
    screen: Rect,
    measured: &mut Measured,
) {
    let popup = overlay_area(screen);
    measured.overlay = match overlay {
        Overlay::Help { scroll } => Some(help::render(state, scroll.offset, theme, frame, popup)),
        Overlay::Search(search) => Some(search::render(state, search, theme, frame, popup)),
        Overlay::Detail { target, scroll } => {
            frame.render_widget(Clear, popup);
            Some(detail::render(
                state,
                *target,
                scroll.offset,
                theme,
                frame,
                popup,
                true,
            ))
        }
        // Drawn inside the risk screen's heat map.
        Overlay::HeatMap { .. } => None,
        Overlay::Editor(editor) => {
            editor::render(editor, theme, frame, popup);
            None
        }
        Overlay::RagPicker { item, .. } => {
            let picker = chrome::popup(screen, 70, 60, (MIN_SIZE.0, 14));
            rag_picker::render(state, item, theme, frame, picker);
            None
        }
        Overlay::Minutes {
            scroll,
            preview,
            wrapped,
            ..
        } => {
            let (limit, fresh) = minutes::render(
                preview,
                scroll.offset,
                wrapped.as_deref(),
                theme,
                frame,
                between_bars(screen),
            );
            measured.wrapped = fresh;
            Some(limit)
        }
        Overlay::Form(form) => {
            let height = form.fields.len() as u16 * 3 + 5;
            let area = chrome::popup(screen, 80, 0, (MIN_SIZE.0, height));
            form::render(form, state.pack.meeting.date, theme, frame, area);
            None
        }
    };
}

/// Where overlays go: most of the screen, leaving the header and hint bar visible.
fn overlay_area(screen: Rect) -> Rect {
    chrome::popup(between_bars(screen), 90, 100, (MIN_SIZE.0, 10))
}

/// The screen between the header and tabs above and the hint bar below.
fn between_bars(screen: Rect) -> Rect {
    Rect {
        y: screen.y + 2,
        height: screen.height.saturating_sub(3),
        ..screen
    }
}

/// A list screen's body split into the list and its detail pane.
fn list_and_detail(body: Rect) -> (Rect, Rect) {
    if body.width >= SIDE_BY_SIDE_WIDTH {
        let [list, detail] =
            Layout::horizontal([Constraint::Percentage(58), Constraint::Percentage(42)])
                .areas(body);
        (list, detail)
    } else {
        let [list, detail] =
            Layout::vertical([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(body);
        (list, detail)
    }
}

/// How wrapped `text` fits inside `block` in `area`: the lines past what fits, and the
/// rows that show.
fn extent(text: &Paragraph, block: &Block, area: Rect) -> Extent {
    let inner = block.inner(area);
    let rows = inner.height as usize;
    Extent {
        limit: text.line_count(inner.width).saturating_sub(rows),
        rows,
    }
}

/// A column as wide as its widest entry (`State::widest`), within `min..=max`: ids like
/// "RR-01" or "PI-10" and units like "per 1,000 children" are shown whole on any board.
fn fitted(widest: usize, min: usize, max: usize) -> u16 {
    widest.min(max).max(min) as u16
}

/// The room a table `width` wide leaves for one more column beside `others`, with the
/// space after each: a column given more would be squeezed by the layout and cut short
/// with no mark.
fn room_beside(width: u16, others: &[Constraint]) -> usize {
    let taken: u16 = others
        .iter()
        .map(|column| match *column {
            Constraint::Length(n) | Constraint::Min(n) => n + 1,
            _ => 1,
        })
        .sum();
    usize::from(width.saturating_sub(taken))
}

/// An id in a column `width` wide. One too long for it loses its middle, not its end:
/// "TG1-ARGYMHE…GWEITHRED-002" still tells the board's actions apart, where the table's own
/// cut would leave two rows reading "TG1-ARGYMHELLIAD-01-GWEITHRED-0".
fn fit_id(id: &str, width: usize) -> String {
    let id = clean(id);
    let length = id.chars().count();
    if length <= width || width < 3 {
        return id;
    }
    let head = (width - 1) / 2;
    let tail = width - 1 - head;
    let mut fitted: String = id.chars().take(head).collect();
    fitted.push('…');
    fitted.extend(id.chars().skip(length - tail));
    fitted
}

/// The most a column fitted to its entries may take of a table `width` wide: one of
/// `parts`, and never less than `at_least`.
fn share(width: u16, parts: u16, at_least: usize) -> usize {
    usize::from(width / parts).max(at_least)
}

/// The rows of a `len`-row list that fit in `height`, scrolled so `cursor` is visible.
/// Only these rows are built each frame, whatever the size of the pack.
fn window(cursor: usize, len: usize, height: usize) -> Range<usize> {
    if height == 0 {
        return 0..0;
    }
    let start = (cursor + 1)
        .saturating_sub(height)
        .min(len.saturating_sub(height));
    start..(start + height).min(len)
}

#[cfg(test)]
mod tests {
    use super::{fit_id, window};

    #[test]
    fn an_id_too_long_for_its_column_keeps_its_start_and_end() {
        assert_eq!(fit_id("RR-01", 12), "RR-01");
        assert_eq!(fit_id("PIA-1.RISK-001", 14), "PIA-1.RISK-001");
        assert_eq!(fit_id("PIA-1.RISK-001", 9), "PIA-…-001");
        let cut = fit_id("TG1-ARGYMHELLIAD-01-GWEITHRED-002", 31);
        assert_eq!(cut, "TG1-ARGYMHELLIA…1-GWEITHRED-002");
        assert_eq!(cut.chars().count(), 31);
        // Too narrow to cut sensibly: the table cuts it.
        assert_eq!(fit_id("RR-01", 2), "RR-01");
        assert_eq!(fit_id("Ŵ-ŷ-ï-â-01", 7), "Ŵ-ŷ…-01");
    }

    #[test]
    fn the_window_follows_the_cursor() {
        assert_eq!(window(0, 100, 10), 0..10);
        assert_eq!(window(9, 100, 10), 0..10);
        assert_eq!(window(10, 100, 10), 1..11);
        assert_eq!(window(99, 100, 10), 90..100);
        assert_eq!(window(3, 5, 10), 0..5);
        assert_eq!(window(3, 5, 0), 0..0);
    }
}
