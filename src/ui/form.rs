//! Small forms: an action arising, a reason for a rating, a guest, a declaration.

use super::{Theme, clean};
use crate::locale;
use crate::model::{Case, DueExamples};
use crate::state::{Form, FormPurpose};
use crate::t;
use chrono::NaiveDate;
use fluent_bundle::FluentArgs;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

pub fn render(form: &Form, meeting: NaiveDate, theme: &Theme, frame: &mut Frame, area: Rect) {
    frame.render_widget(Clear, area);
    let lang = theme.lang;
    let title = match &form.purpose {
        FormPurpose::ActionArising(item) => {
            let item = clean(&item.label_as(lang, Case::Soft));
            t!(lang, "form-action-arising", item = item)
        }
        FormPurpose::RagReason { item, rag, .. } => t!(
            lang,
            "form-rag-reason",
            rag = rag.name(lang),
            item = clean(&item.label(lang))
        ),
        FormPurpose::Guest => t!(lang, "form-guest"),
        FormPurpose::Declaration(item) => {
            let item = clean(&item.label_as(lang, Case::In));
            t!(lang, "form-declaration", item = item)
        }
        FormPurpose::ScoreProposal(item) => {
            t!(lang, "form-your-score", item = clean(&item.label(lang)))
        }
        FormPurpose::LogDecision { reference, outcome } => {
            format!("{}: {}", clean(reference), outcome.label(lang))
        }
        FormPurpose::Amendments => t!(lang, "form-amendments"),
        FormPurpose::BoardScore { item, officers, .. } => t!(
            lang,
            "form-board-score",
            item = clean(&item.label(lang)),
            officers = format!("{officers} = {}", officers.value())
        ),
    };
    let title = format!(" {title} ");
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
    // A label may show dates as they may be written, near the meeting's own ("Due
    // (2017-11-30, 30/11/2017 or next meeting)").
    let examples = DueExamples::near(meeting, lang);
    let mut dates = FluentArgs::new();
    dates.set("date", examples.date);
    dates.set("slashed", examples.slashed);
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
                .title(Span::styled(
                    format!(" {} ", locale::message(lang, label, Some(&dates))),
                    style,
                )),
        );
        input.set_style(theme.base);
        input.set_cursor_line_style(theme.base);
        if n != form.focus {
            input.set_cursor_style(theme.base);
        }
        frame.render_widget(&input, areas[n]);
    }
    let message = if form.saving.is_some() {
        Line::from(Span::styled(t!(lang, "saving"), theme.dim))
    } else if let Some(error) = &form.error {
        Line::from(Span::styled(
            t!(lang, "not-saved", why = clean(error)),
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
