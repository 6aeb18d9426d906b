//! The note editor: a multi-line text area (wrap, cursor movement, undo) from
//! ratatui-textarea, with the note's kind and what the record said.

use super::{Theme, clean};
use crate::model::NoteKind;
use crate::state::NoteEditor;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

pub fn render(editor: &NoteEditor, theme: &Theme, frame: &mut Frame, area: Rect) {
    frame.render_widget(Clear, area);
    let verb = if editor.editing.is_some() {
        "Editing note"
    } else {
        "Note"
    };
    let kind = match editor.kind {
        NoteKind::Challenge => "challenge",
        NoteKind::Decision => "decision — RESOLVED: that …",
        NoteKind::Private => "private — only you will see it; never minuted",
    };
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .title(Span::styled(
            format!(" {verb} on {} · {kind} ", clean(&editor.item.to_string())),
            theme.title,
        ))
        .style(theme.base);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [text_area, message] =
        Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(inner);
    let mut text = editor.text.clone();
    text.set_style(theme.base);
    text.set_cursor_line_style(theme.base);
    frame.render_widget(&text, text_area);
    let line = if editor.saving.is_some() {
        Line::from(Span::styled("saving…", theme.dim))
    } else if let Some(error) = &editor.error {
        Line::from(Span::styled(
            format!("NOT SAVED: {}", clean(error)),
            theme.overdue,
        ))
    } else if let Some(notice) = &editor.notice {
        Line::from(Span::styled(clean(notice), theme.badge))
    } else {
        Line::from(Span::styled("drafts are kept as you type", theme.dim))
    };
    frame.render_widget(Paragraph::new(line), message);
}
