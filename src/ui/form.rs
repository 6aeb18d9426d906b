//! Small forms: an action arising, a reason for a rating, a guest, a declaration.

use super::{Theme, clean};
use crate::state::{Form, FormPurpose};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

pub fn render(form: &Form, theme: &Theme, frame: &mut Frame, area: Rect) {
    frame.render_widget(Clear, area);
    let title = match &form.purpose {
        FormPurpose::ActionArising(item) => {
            format!(" Action arising from {} ", clean(&item.to_string()))
        }
        FormPurpose::RagReason { item, rag, .. } => format!(
            " {} for {}: the reason ",
            rag.word(),
            clean(&item.to_string())
        ),
        FormPurpose::Guest => " In attendance ".to_string(),
        FormPurpose::Declaration(item) => {
            format!(" Declaration of interest in {} ", clean(&item.to_string()))
        }
        FormPurpose::ScoreProposal(item) => {
            format!(" Your score for {} ", clean(&item.to_string()))
        }
        FormPurpose::LogDecision { reference, outcome } => {
            format!(" {}: {} ", clean(reference), outcome.label())
        }
        FormPurpose::Amendments => " The last minutes: amendments ".to_string(),
        FormPurpose::BoardScore { item, officers, .. } => format!(
            " The Board's score for {} (officers: {officers} = {}) ",
            clean(&item.to_string()),
            officers.value()
        ),
    };
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .title(Span::styled(title, theme.title))
        .style(theme.base);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let mut constraints: Vec<Constraint> =
        form.fields.iter().map(|_| Constraint::Length(3)).collect();
    constraints.push(Constraint::Length(2));
    constraints.push(Constraint::Min(0));
    let areas = Layout::vertical(constraints).split(inner);
    for (n, (label, input)) in form.fields.iter().enumerate() {
        let style = if n == form.focus {
            theme.key
        } else {
            theme.dim
        };
        let mut input = input.clone();
        input.set_block(
            Block::new()
                .borders(Borders::ALL)
                .border_style(style)
                .title(Span::styled(format!(" {label} "), style)),
        );
        input.set_style(theme.base);
        input.set_cursor_line_style(theme.base);
        if n != form.focus {
            input.set_cursor_style(theme.base);
        }
        frame.render_widget(&input, areas[n]);
    }
    let message = if form.saving.is_some() {
        Line::from(Span::styled("saving…", theme.dim))
    } else if let Some(error) = &form.error {
        Line::from(Span::styled(
            format!("NOT SAVED: {}", clean(error)),
            theme.overdue,
        ))
    } else {
        Line::raw("")
    };
    frame.render_widget(
        Paragraph::new(message).wrap(Wrap { trim: false }),
        areas[form.fields.len()],
    );
}
