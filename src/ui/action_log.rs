//! The last meeting's minutes, for approval, and the action log: each action carried from
//! earlier meetings with its owner, due date, and what the chair decided about it today.

use super::{Theme, clean, window};
use crate::model::LogOutcome;
use crate::state::State;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table};

pub fn render(state: &State, theme: &Theme, frame: &mut Frame, body: Rect) {
    let m = &state.pack.meeting;
    let [approval, table_area] =
        Layout::vertical([Constraint::Length(2), Constraint::Min(0)]).areas(body);
    let minutes = m
        .previous_minutes
        .as_deref()
        .map_or("The last meeting's minutes".to_string(), clean);
    let (badge, said) = match state.record.approval() {
        None => (
            " FOR APPROVAL ",
            format!(" {minutes}: not yet approved (a: as a correct record; A: with amendments)"),
        ),
        Some(approval) => match &approval.amendments {
            None => (
                " APPROVED ",
                format!(" {minutes}: approved as a correct record"),
            ),
            Some(amendments) => (
                " APPROVED ",
                format!(
                    " {minutes}: approved with amendments: {}",
                    clean(amendments)
                ),
            ),
        },
    };
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(badge, theme.badge),
            Span::raw(said),
        ]))
        .style(theme.base),
        approval,
    );
    let block = Block::default()
        .borders(Borders::TOP)
        .border_style(theme.border)
        .title(" Action log: matters arising ");
    let inner = block.inner(table_area);
    frame.render_widget(block, table_area);
    if m.action_log.is_empty() {
        frame.render_widget(
            Paragraph::new(
                "No actions on the log: `boardpack roll` carries the last meeting's actions arising here.",
            )
            .style(theme.dim),
            inner,
        );
        return;
    }
    let rows = window(
        state.log_cursor,
        m.action_log.len(),
        inner.height.saturating_sub(1) as usize,
    )
    .map(|n| {
        let logged = &m.action_log[n];
        let carried = if logged.carried.len() > 1 {
            format!(
                "raised {}; carried {}×",
                logged.raised,
                logged.carried.len()
            )
        } else {
            format!("raised {}", logged.raised)
        };
        let decided = match state.record.log_decision(&logged.reference) {
            None => Span::styled(
                format!("{} — to decide", logged.status.label(state.lang)),
                theme.dim,
            ),
            Some(decision) => {
                let mark = match decision.outcome {
                    LogOutcome::Done => "✓",
                    LogOutcome::Carried => "→",
                    LogOutcome::Closed => "✗",
                };
                Span::styled(
                    format!("{mark} {}", clean(&decision.outcome(state.lang))),
                    theme.highlight,
                )
            }
        };
        let update = state
            .record
            .log_decision(&logged.reference)
            .map_or(String::new(), |d| clean(&d.update));
        let row = Row::new(vec![
            Cell::from(clean(&logged.reference)),
            Cell::from(clean(&logged.text)),
            Cell::from(clean(&logged.owner)),
            Cell::from(clean(&logged.due)),
            Cell::from(carried),
            Cell::from(decided),
            Cell::from(update),
        ]);
        theme.row(row, n == state.log_cursor)
    });
    let table = Table::new(
        rows,
        [
            Constraint::Length(9),
            Constraint::Min(16),
            Constraint::Length(16),
            Constraint::Length(12),
            Constraint::Length(18),
            Constraint::Length(28),
            Constraint::Min(10),
        ],
    )
    .header(
        Row::new(vec![
            "Ref", "Action", "Owner", "Due", "History", "Today", "Update",
        ])
        .style(theme.title),
    )
    .style(theme.base);
    frame.render_widget(table, inner);
}
