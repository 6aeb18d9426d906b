//! The minutes as they stand, previewed from the same document the exports are made from
//! (`export::Preview`: its lines are built when the minutes are). A frame wraps and styles
//! only the lines it shows; where each line starts is worked out once per width.

use super::Theme;
use crate::action::{Extent, Wrapped};
use crate::export::{Mark, Preview, TextLines};
use crate::t;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};
use std::sync::Arc;

/// Line `n` of `lines`, styled.
fn styled<'l>(lines: &'l TextLines, n: usize, theme: &Theme) -> Line<'l> {
    let spans: Vec<Span> = lines
        .line(n)
        .map(|(mark, text)| match mark {
            Mark::Plain => Span::raw(text),
            Mark::Title => Span::styled(text, theme.title),
            Mark::Key => Span::styled(text, theme.key),
            Mark::Dim => Span::styled(text, theme.dim),
            // Ratings marked in the minutes' language, whatever the screen's.
            Mark::Rag(rag, lang) => Theme { lang, ..*theme }.rag(Some(rag)),
        })
        .collect();
    Line::from(spans)
}

/// The row each line starts on when wrapped to `width`, and the total at the end.
fn wrap_all(lines: &TextLines, theme: &Theme, width: u16) -> Wrapped {
    let mut starts = Vec::with_capacity(lines.len() + 1);
    let mut row = 0;
    starts.push(row);
    for n in 0..lines.len() {
        row += Paragraph::new(styled(lines, n, theme))
            .wrap(Wrap { trim: false })
            .line_count(width)
            .max(1);
        starts.push(row);
    }
    Wrapped { width, starts }
}

/// Draws the preview scrolled to `scroll` (clamped to its end). Returns how it fitted
/// (how far it can scroll, its rows), and where its lines start if that had to be worked out (`wrapped` was for
/// another width or other lines), for `update` to keep.
pub fn render(
    preview: &Preview,
    scroll: usize,
    wrapped: Option<&Wrapped>,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
) -> (Extent, Option<Arc<Wrapped>>) {
    frame.render_widget(Clear, area);
    let lang = theme.lang;
    let version = preview.minutes.version;
    let which = if version.confidential {
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
                    languages = version.languages.label()
                )
            ),
            theme.title,
        ));
    let inner = block.inner(area);
    let lines = &preview.lines;
    let fresh = match wrapped {
        Some(w) if w.width == inner.width && w.starts.len() == lines.len() + 1 => None,
        _ => Some(Arc::new(wrap_all(lines, theme, inner.width))),
    };
    let starts: &[usize] = fresh.as_deref().or(wrapped).map_or(&[], |w| &w.starts);
    let total = starts.last().copied().unwrap_or(0);
    let height = inner.height as usize;
    let limit = total.saturating_sub(height);
    let offset = scroll.min(limit);
    // The first line shown, the rows of it already scrolled past, and the line after the
    // last one shown.
    let first = starts.partition_point(|&s| s <= offset).saturating_sub(1);
    let within = offset - starts.get(first).copied().unwrap_or(0);
    let end = starts
        .partition_point(|&s| s < offset + height)
        .min(lines.len())
        .max(first);
    let shown: Vec<Line> = (first..end).map(|n| styled(lines, n, theme)).collect();
    frame.render_widget(
        Paragraph::new(shown)
            .wrap(Wrap { trim: false })
            .scroll((within.min(u16::MAX as usize) as u16, 0))
            .block(block)
            .style(theme.base),
        area,
    );
    (
        Extent {
            limit,
            rows: height,
        },
        fresh,
    )
}
