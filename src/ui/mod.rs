//! Drawing. Every function here takes `&State` and only reads it. Pack text goes through
//! `clean` (the sanitizer) before it reaches a widget.

mod area;
mod attendance;
mod chrome;
pub mod detail;
mod editor;
mod form;
pub mod help;
mod kpis;
pub mod minutes;
mod overview;
mod rag_picker;
mod risks;
mod search;
mod theme;

pub use attendance::quorum as attendance_quorum;
pub use theme::Theme;

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

/// Whether the meeting has said anything about an item, as a list cell: "✎2" notes, the
/// agreed rating's letter, and "+" for actions arising.
pub fn record_cell(
    state: &State,
    target: crate::state::Target,
    theme: &Theme,
) -> ratatui::widgets::Cell<'static> {
    use ratatui::text::{Line, Span};
    let item = state.item_ref(target);
    let record = &state.record;
    let notes = match record.notes_on(&item).count() {
        0 => "  ".to_string(),
        n @ 1..=9 => format!("✎{n}"),
        _ => "✎+".to_string(),
    };
    let rating = record
        .ratings
        .get(&item)
        .map_or(Span::raw(" "), |r| theme.rag_letter(Some(r.rag)));
    let arising = if record.arising_on(&item).next().is_some() {
        "+"
    } else {
        " "
    };
    ratatui::widgets::Cell::from(Line::from(vec![
        Span::styled(notes, theme.key),
        rating,
        Span::styled(arising, theme.key),
    ]))
}

/// Pack text made safe for the terminal, on one line.
pub fn clean(text: &str) -> String {
    sanitize::line(text).into_owned()
}

pub fn render(state: &State, frame: &mut Frame) {
    let area = frame.area();
    if area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1 {
        chrome::too_small(frame, area, MIN_SIZE);
        return;
    }
    let theme = Theme::of(state.theme);
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
    match state.screen {
        Screen::Overview => overview::render(state, &theme, frame, body),
        Screen::Area(a) => area::render(state, a, &theme, frame, body),
        Screen::Risks => risks::render(state, &theme, frame, body),
        Screen::Kpis => kpis::render(state, &theme, frame, body),
        Screen::Attendance => attendance::render(state, &theme, frame, body),
    }
    chrome::hint_bar(state, &theme, frame, hints);
    for overlay in &state.overlays {
        match overlay {
            Overlay::Help { scroll } => {
                help::render(state, *scroll, &theme, frame, overlay_area(area))
            }
            Overlay::Search(search) => {
                search::render(state, search, &theme, frame, overlay_area(area))
            }
            Overlay::Detail { target, scroll } => {
                let popup = overlay_area(area);
                frame.render_widget(Clear, popup);
                detail::render(state, *target, *scroll, &theme, frame, popup, true);
            }
            // Drawn inside the risk screen's heat map.
            Overlay::HeatMap { .. } => {}
            Overlay::Editor(editor) => editor::render(editor, &theme, frame, overlay_area(area)),
            Overlay::RagPicker { item, .. } => rag_picker::render(
                state,
                item,
                &theme,
                frame,
                chrome::popup(area, 70, 60, (MIN_SIZE.0, 14)),
            ),
            Overlay::Minutes {
                scroll,
                confidential,
                ..
            } => minutes::render(
                state,
                *scroll,
                *confidential,
                &theme,
                frame,
                overlay_area(area),
            ),
            Overlay::Form(form) => {
                let height = form.fields.len() as u16 * 3 + 5;
                form::render(
                    form,
                    &theme,
                    frame,
                    chrome::popup(area, 80, 0, (MIN_SIZE.0, height)),
                )
            }
        }
    }
}

/// Where overlays go: most of the screen, leaving the header and hint bar visible.
pub fn overlay_area(screen: Rect) -> Rect {
    let inner = Rect {
        y: screen.y + 2,
        height: screen.height.saturating_sub(3),
        ..screen
    };
    chrome::popup(inner, 90, 100, (MIN_SIZE.0, 10))
}

/// The screen's size as a rectangle.
pub fn viewport(state: &State) -> Rect {
    Rect::new(0, 0, state.viewport.0, state.viewport.1)
}

/// The body between the tab bar and the hint bar.
fn body_area(screen: Rect) -> Rect {
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

/// How far wrapped `text` can scroll inside `block` in `area`: the lines past what fits.
pub fn scroll_limit(text: &Paragraph, block: &Block, area: Rect) -> usize {
    let inner = block.inner(area);
    text.line_count(inner.width)
        .saturating_sub(inner.height as usize)
}

/// The rows of a `len`-row list that fit in `height`, scrolled so `cursor` is visible.
/// Only these rows are built each frame, whatever the size of the pack.
pub fn window(cursor: usize, len: usize, height: usize) -> Range<usize> {
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
    use super::window;

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
