//! What changed since the last meeting: each rating that moved, action newly overdue, risk
//! score, KPI across its target or tolerance and action log entry, with which way it moved
//! in a mark and in words.

use super::{Theme, clean, fit_id, fitted, room_beside, share, window};
use crate::locale;
use crate::model::Direction;
use crate::state::State;
use crate::t;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table};

/// "3 ▲ improved · 2 ▼ worsened · …": the counts the overview shows too.
pub fn counts(state: &State) -> String {
    let said: Vec<String> = state
        .changes_counted
        .iter()
        .filter(|(direction, _)| *direction != Direction::Unchanged)
        .map(|(direction, n)| format!("{n} {}", direction.label(state.lang)))
        .collect();
    if said.is_empty() {
        t!(state.lang, "changes-nothing")
    } else {
        said.join(" · ")
    }
}

const WAS_WIDTH: u16 = 18;
const NOW_WIDTH: u16 = 25;
const WHAT_WIDTH: u16 = 10;

/// Draws the screen; returns how many rows of its list show (a page of it).
pub fn render(state: &State, theme: &Theme, frame: &mut Frame, body: Rect) -> usize {
    let [summary, table_area] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(body);
    let lang = state.lang;
    let since = state.pack.meeting.previous_meeting.map_or_else(
        || t!(lang, "changes-since-last"),
        |d| t!(lang, "changes-since", date = locale::compact_date(lang, d)),
    );
    let order = if state.changes_by_kind {
        t!(lang, "changes-by-kind")
    } else {
        t!(lang, "changes-worst-first")
    };
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(format!(" {since}: "), theme.title),
            Span::raw(counts(state)),
            Span::styled(format!("  ({order})"), theme.dim),
        ]))
        .style(theme.base),
        summary,
    );
    let block = theme.section(&t!(lang, "context-changes"));
    let inner = block.inner(table_area);
    frame.render_widget(block, table_area);
    let shown = inner.height.saturating_sub(1) as usize;
    if state.changes.is_empty() {
        frame.render_widget(
            Paragraph::new(t!(lang, "changes-nothing-to-compare")).style(theme.dim),
            inner,
        );
        return shown;
    }
    // The words for which way and what kind, as long as they are in this language.
    let widest = |words: &mut dyn Iterator<Item = String>, least: usize| {
        words
            .map(|w| w.chars().count())
            .max()
            .unwrap_or(0)
            .max(least) as u16
    };
    // Each kind of change worded once, not once per change.
    let mut directions: Vec<_> = state.changes.iter().map(|m| m.direction).collect();
    directions.sort();
    directions.dedup();
    let mut kinds: Vec<_> = state.changes.iter().map(|m| m.kind).collect();
    kinds.sort();
    kinds.dedup();
    let moved_width = widest(&mut directions.iter().map(|d| d.label(lang)), 16);
    let kind_width = widest(&mut kinds.iter().map(|k| k.label(lang)), 10);
    // Ids as wide as the pack's longest ("PIA-1.REC-01.ACT-001"), up to a quarter, in the
    // room the other columns leave.
    let others =
        [moved_width, kind_width, WAS_WIDTH, NOW_WIDTH, WHAT_WIDTH].map(Constraint::Length);
    let id_width = fitted(
        state.widest.any_id(),
        9,
        share(table_area.width, 4, 9).min(room_beside(table_area.width, &others)),
    );
    let rows = window(state.changes_cursor, state.changes.len(), shown).map(|n| {
        let moved = &state.changes[n];
        let style = match moved.direction {
            Direction::Worsened | Direction::NewlyOverdue | Direction::Late => theme.overdue,
            Direction::Improved | Direction::Done => theme.highlight,
            _ => theme.dim,
        };
        let row = Row::new(vec![
            Cell::from(Span::styled(moved.direction.label(lang), style)),
            Cell::from(moved.kind.label(lang)),
            Cell::from(fit_id(moved.id(&state.pack), id_width.into())),
            Cell::from(clean(&moved.was.words(lang))),
            Cell::from(clean(&moved.now.words(lang))),
            Cell::from(
                moved
                    .title(&state.pack, lang)
                    .map_or_else(|| t!(lang, "moved-off-register"), clean),
            ),
        ]);
        theme.row(row, n == state.changes_cursor)
    });
    let table = Table::new(
        rows,
        [
            Constraint::Length(moved_width),
            Constraint::Length(kind_width),
            Constraint::Length(id_width),
            Constraint::Length(WAS_WIDTH),
            Constraint::Length(NOW_WIDTH),
            Constraint::Min(WHAT_WIDTH),
        ],
    )
    .header(
        Row::new(vec![
            t!(lang, "changes-col-moved"),
            t!(lang, "changes-col-kind"),
            t!(lang, "col-id"),
            t!(lang, "changes-col-was"),
            t!(lang, "changes-col-now"),
            t!(lang, "minutes-col-what"),
        ])
        .style(theme.title),
    )
    .style(theme.base);
    frame.render_widget(table, inner);
    shown
}
