//! What changed since the last meeting: each rating that moved, action newly overdue, risk
//! score, KPI across its target or tolerance and action log entry, with which way it moved
//! in a mark and in words.

use super::{Theme, clean, window};
use crate::model::Direction;
use crate::state::State;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table};

/// "3 ▲ improved · 2 ▼ worsened · …": the counts the overview shows too.
pub fn counts(state: &State) -> String {
    let mut counted: Vec<(Direction, usize)> = Vec::new();
    for moved in &state.changes {
        match counted.iter_mut().find(|(d, _)| *d == moved.direction) {
            Some((_, n)) => *n += 1,
            None => counted.push((moved.direction, 1)),
        }
    }
    counted.sort();
    let said: Vec<String> = counted
        .iter()
        .filter(|(direction, _)| *direction != Direction::Unchanged)
        .map(|(direction, n)| format!("{n} {}", direction.label()))
        .collect();
    if said.is_empty() {
        "nothing has moved".into()
    } else {
        said.join(" · ")
    }
}

pub fn render(state: &State, theme: &Theme, frame: &mut Frame, body: Rect) {
    let [summary, table_area] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(body);
    let since = state
        .pack
        .meeting
        .previous_meeting
        .map_or("the last meeting".to_string(), |d| {
            d.format("%-d %b %Y").to_string()
        });
    let order = if state.changes_by_kind {
        "by kind"
    } else {
        "worst first"
    };
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(format!(" Since {since}: "), theme.title),
            Span::raw(counts(state)),
            Span::styled(format!("  ({order})"), theme.dim),
        ]))
        .style(theme.base),
        summary,
    );
    let block = Block::default()
        .borders(Borders::TOP)
        .border_style(theme.border)
        .title(" What changed ");
    let inner = block.inner(table_area);
    frame.render_widget(block, table_area);
    if state.changes.is_empty() {
        frame.render_widget(
            Paragraph::new(
                "Nothing to compare yet: the pack has no ratings or scores from a previous meeting (`boardpack roll` carries them).",
            )
            .style(theme.dim),
            inner,
        );
        return;
    }
    let rows = window(
        state.changes_cursor,
        state.changes.len(),
        inner.height.saturating_sub(1) as usize,
    )
    .map(|n| {
        let moved = &state.changes[n];
        let style = match moved.direction {
            Direction::Worsened | Direction::NewlyOverdue | Direction::Late => theme.overdue,
            Direction::Improved | Direction::Done => theme.highlight,
            _ => theme.dim,
        };
        let row = Row::new(vec![
            Cell::from(Span::styled(moved.direction.label(), style)),
            Cell::from(moved.kind),
            Cell::from(clean(&moved.id)),
            Cell::from(clean(&moved.was)),
            Cell::from(clean(&moved.now)),
            Cell::from(clean(&moved.title)),
        ]);
        theme.row(row, n == state.changes_cursor)
    });
    let table = Table::new(
        rows,
        [
            Constraint::Length(16),
            Constraint::Length(10),
            Constraint::Length(9),
            Constraint::Length(18),
            Constraint::Length(25),
            Constraint::Min(10),
        ],
    )
    .header(Row::new(vec!["Moved", "Kind", "Id", "Was", "Now", "What"]).style(theme.title))
    .style(theme.base);
    frame.render_widget(table, inner);
}
