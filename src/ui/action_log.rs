//! The last meeting's minutes, for approval, and the action log: each action carried from
//! earlier meetings with its owner, due date, and what the chair decided about it today.

use super::{Theme, clean, fit_id, fitted, room_beside, share, window};
use crate::model::LogOutcome;
use crate::state::State;
use crate::t;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Cell, Paragraph, Row, Table};

/// Draws the screen; returns how many rows of its list show (a page of it).
pub fn render(state: &State, theme: &Theme, frame: &mut Frame, body: Rect) -> usize {
    let m = &state.pack.meeting;
    let lang = state.lang;
    let [approval, table_area] =
        Layout::vertical([Constraint::Length(2), Constraint::Min(0)]).areas(body);
    let minutes = m.previous_minutes.as_ref().map_or_else(
        || t!(lang, "log-last-minutes"),
        |text| clean(text.get(lang)),
    );
    let (badge, said) = match state.record.approval() {
        None => (
            t!(lang, "log-for-approval"),
            t!(lang, "log-not-yet-approved", minutes = minutes),
        ),
        Some(approval) => match &approval.amendments {
            None => (
                t!(lang, "log-approved"),
                t!(lang, "log-approved-correct", minutes = minutes),
            ),
            Some(amendments) => (
                t!(lang, "log-approved"),
                t!(
                    lang,
                    "log-approved-amended",
                    minutes = minutes,
                    amendments = clean(amendments)
                ),
            ),
        },
    };
    frame.render_widget(
        Paragraph::new(theme.badge_line(&badge, &said)).style(theme.base),
        approval,
    );
    let block = theme.section(&t!(lang, "log-title"));
    let inner = block.inner(table_area);
    frame.render_widget(block, table_area);
    let shown = inner.height.saturating_sub(1) as usize;
    if m.action_log.is_empty() {
        frame.render_widget(
            Paragraph::new(t!(lang, "log-empty")).style(theme.dim),
            inner,
        );
        return shown;
    }
    let others = [
        Constraint::Min(16),
        Constraint::Length(16),
        Constraint::Length(12),
        Constraint::Length(18),
        Constraint::Length(28),
        Constraint::Min(10),
    ];
    // References as wide as the longest, up to a quarter of the table, in the room the
    // other columns leave.
    let reference_width = fitted(
        state.widest.log_references,
        9,
        share(table_area.width, 4, 9).min(room_beside(table_area.width, &others)),
    );
    let rows = window(state.log_cursor, m.action_log.len(), shown).map(|n| {
        let logged = &m.action_log[n];
        let carried = if logged.carried.len() > 1 {
            t!(
                lang,
                "log-raised-carried",
                raised = logged.raised,
                times = logged.carried.len()
            )
        } else {
            t!(lang, "log-raised", raised = logged.raised)
        };
        let decided = match state.record.log_decision(&logged.reference) {
            None => Span::styled(
                format!(
                    "{} — {}",
                    logged.status.label(lang),
                    t!(lang, "log-to-decide")
                ),
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
            Cell::from(fit_id(&logged.reference, reference_width.into())),
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
        [Constraint::Length(reference_width)]
            .into_iter()
            .chain(others),
    )
    .header(
        Row::new(vec![
            t!(lang, "minutes-col-ref"),
            t!(lang, "minutes-col-action"),
            t!(lang, "minutes-col-owner"),
            t!(lang, "minutes-col-due"),
            t!(lang, "minutes-col-history"),
            t!(lang, "log-col-today"),
            t!(lang, "log-col-update"),
        ])
        .style(theme.title),
    )
    .style(theme.base);
    frame.render_widget(table, inner);
    shown
}
