//! The note editor: a multi-line text area (wrap, cursor movement, undo) from
//! ratatui-textarea, with the note's kind and what the record said.

use super::{Theme, clean};
use crate::model::{Case, NoteKind};
use crate::state::NoteEditor;
use crate::t;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

pub fn render(editor: &NoteEditor, theme: &Theme, frame: &mut Frame, area: Rect) {
    frame.render_widget(Clear, area);
    let lang = theme.lang;
    let item = clean(&editor.item.label_as(lang, Case::Soft));
    let heading = if editor.editing.is_some() {
        t!(lang, "editor-editing", item = item)
    } else {
        t!(lang, "editor-note", item = item)
    };
    let kind = match editor.kind {
        NoteKind::Challenge => t!(lang, "note-challenge"),
        NoteKind::Decision => t!(lang, "editor-decision"),
        NoteKind::Private => t!(lang, "editor-private"),
    };
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .title(Span::styled(format!(" {heading} · {kind} "), theme.title))
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
        Line::from(Span::styled(t!(lang, "saving"), theme.dim))
    } else if let Some(error) = &editor.error {
        Line::from(Span::styled(
            t!(lang, "not-saved", why = clean(error)),
            theme.overdue,
        ))
    } else if let Some(notice) = &editor.notice {
        Line::from(Span::styled(clean(notice), theme.badge))
    } else {
        Line::from(Span::styled(t!(lang, "editor-drafts-kept"), theme.dim))
    };
    frame.render_widget(Paragraph::new(line), message);
}
