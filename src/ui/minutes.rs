//! The minutes as they stand, previewed from the same document the exports are made from.

use super::{Theme, overlay_area, scroll_limit, viewport};
use crate::export::{self, Block, Span as DocSpan};
use crate::state::State;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block as Frame_, Borders, Clear, Paragraph, Wrap};

fn spans(content: &[DocSpan], theme: &Theme) -> Vec<Span<'static>> {
    content
        .iter()
        .map(|span| match span {
            DocSpan::Text(text) => Span::raw(text.clone()),
            DocSpan::Strong(text) => Span::styled(text.clone(), theme.title),
            DocSpan::Rag(rag) => theme.rag(Some(*rag)),
        })
        .collect()
}

/// The minutes as lines of text (already sanitised by the builder).
pub fn lines(state: &State, confidential: bool, theme: &Theme) -> Vec<Line<'static>> {
    let document = export::minutes(&state.pack, Some(&state.record), confidential);
    let mut lines: Vec<Line<'static>> = document
        .title
        .iter()
        .map(|t| Line::from(Span::styled(t.clone(), theme.title)))
        .collect();
    for section in &document.sections {
        lines.push(Line::raw(""));
        let mark = if document.confidential {
            " — CONFIDENTIAL"
        } else {
            ""
        };
        lines.push(Line::from(Span::styled(
            format!("{}. {}{mark}", section.number, section.heading),
            theme.title,
        )));
        for block in &section.blocks {
            match block {
                Block::Paragraph(content) => lines.push(Line::from(spans(content, theme))),
                Block::Item(heading) => {
                    lines.push(Line::from(Span::styled(format!("  {heading}"), theme.key)))
                }
                Block::Bullets(items) => {
                    for item in items {
                        let mut line = vec![Span::raw("  • ")];
                        line.extend(spans(item, theme));
                        lines.push(Line::from(line));
                    }
                }
                Block::Table { header, rows } => {
                    lines.push(Line::from(Span::styled(
                        format!("  {}", header.join(" │ ")),
                        theme.dim,
                    )));
                    for row in rows {
                        let mut line = vec![Span::raw("  ")];
                        for (n, cell) in row.iter().enumerate() {
                            if n > 0 {
                                line.push(Span::styled(" │ ", theme.dim));
                            }
                            line.extend(spans(cell, theme));
                        }
                        lines.push(Line::from(line));
                    }
                }
            }
        }
    }
    lines
}

fn block(confidential: bool, theme: &Theme) -> Frame_<'static> {
    let which = if confidential {
        "confidential"
    } else {
        "public"
    };
    Frame_::new()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .title(Span::styled(
            format!(" Minutes preview — {which} version "),
            theme.title,
        ))
}

/// How far the preview can scroll at the current size, for `update`.
pub fn max_scroll(state: &State) -> usize {
    let Some(crate::state::Overlay::Minutes { confidential, .. }) = state.overlays.last() else {
        return 0;
    };
    let theme = Theme::of(state.theme);
    let text = Paragraph::new(lines(state, *confidential, &theme)).wrap(Wrap { trim: false });
    scroll_limit(
        &text,
        &block(*confidential, &theme),
        overlay_area(viewport(state)),
    )
}

pub fn render(
    state: &State,
    scroll: usize,
    confidential: bool,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
) {
    frame.render_widget(Clear, area);
    let text = Paragraph::new(lines(state, confidential, theme)).wrap(Wrap { trim: false });
    let block = block(confidential, theme);
    let scroll = scroll.min(scroll_limit(&text, &block, area));
    frame.render_widget(
        text.scroll((scroll.min(u16::MAX as usize) as u16, 0))
            .block(block)
            .style(theme.base),
        area,
    );
}
