//! The minutes as they stand, previewed from the same document the exports are made from,
//! through the same walk.

use super::{Theme, scroll_limit};
use crate::export::{self, Minutes, Render, Span as DocSpan};
use crate::t;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

/// The minutes as lines of text (already sanitised by the builder).
struct Preview<'t> {
    theme: &'t Theme,
    lines: Vec<Line<'static>>,
}

impl Preview<'_> {
    fn spans(&self, content: &[DocSpan]) -> Vec<Span<'static>> {
        content
            .iter()
            .map(|span| match span {
                DocSpan::Text(text) => Span::raw(text.clone()),
                DocSpan::Strong(text) => Span::styled(text.clone(), self.theme.title),
                DocSpan::Rag(rag) => self.theme.rag(Some(*rag)),
            })
            .collect()
    }
}

impl Render for Preview<'_> {
    fn title(&mut self, lines: &[String], _confidential: bool) {
        let style = self.theme.title;
        self.lines.extend(
            lines
                .iter()
                .map(|t| Line::from(Span::styled(t.clone(), style))),
        );
    }

    fn section(&mut self, number: usize, heading: &str, confidential: bool) {
        let mark = if confidential {
            format!(" — {}", t!(self.theme.lang, "minutes-confidential-mark"))
        } else {
            String::new()
        };
        self.lines.push(Line::raw(""));
        self.lines.push(Line::from(Span::styled(
            format!("{number}. {heading}{mark}"),
            self.theme.title,
        )));
    }

    fn paragraph(&mut self, content: &[DocSpan]) {
        let line = Line::from(self.spans(content));
        self.lines.push(line);
    }

    fn item(&mut self, heading: &str) {
        self.lines.push(Line::from(Span::styled(
            format!("  {heading}"),
            self.theme.key,
        )));
    }

    fn bullets(&mut self, items: &[Vec<DocSpan>]) {
        for item in items {
            let mut line = vec![Span::raw("  • ")];
            line.extend(self.spans(item));
            self.lines.push(Line::from(line));
        }
    }

    fn table(&mut self, header: &[String], rows: &[Vec<Vec<DocSpan>>]) {
        self.lines.push(Line::from(Span::styled(
            format!("  {}", header.join(" │ ")),
            self.theme.dim,
        )));
        for row in rows {
            let mut line = vec![Span::raw("  ")];
            for (n, cell) in row.iter().enumerate() {
                if n > 0 {
                    line.push(Span::styled(" │ ", self.theme.dim));
                }
                line.extend(self.spans(cell));
            }
            self.lines.push(Line::from(line));
        }
    }
}

/// Draws the preview scrolled to `scroll` (clamped to its end); returns how far it can scroll.
/// Each language in turn, Welsh first, as the Markdown minutes set them out.
pub fn render(
    minutes: &Minutes,
    scroll: usize,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
) -> usize {
    frame.render_widget(Clear, area);
    let mut lines = Vec::new();
    for document in &minutes.documents {
        if !lines.is_empty() {
            lines.push(Line::raw(""));
            lines.push(Line::from(Span::styled("─".repeat(40), theme.dim)));
        }
        // Ratings marked in the minutes' language, whatever the screen's.
        let theme = Theme {
            lang: document.lang,
            ..*theme
        };
        let mut preview = Preview {
            theme: &theme,
            lines: Vec::new(),
        };
        export::walk(document, &mut preview);
        lines.extend(preview.lines);
    }
    let text = Paragraph::new(lines).wrap(Wrap { trim: false });
    let lang = theme.lang;
    let which = if minutes.version.confidential {
        t!(lang, "preview-confidential")
    } else {
        t!(lang, "preview-public")
    };
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .title(Span::styled(
            format!(
                " {} ",
                t!(
                    lang,
                    "preview-title",
                    version = which,
                    languages = minutes.version.languages.label()
                )
            ),
            theme.title,
        ));
    let limit = scroll_limit(&text, &block, area);
    frame.render_widget(
        text.scroll((scroll.min(limit).min(u16::MAX as usize) as u16, 0))
            .block(block)
            .style(theme.base),
        area,
    );
    limit
}
