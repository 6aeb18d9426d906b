//! The finder: type to search every action, recommendation, risk and KPI; matched letters
//! are highlighted; Enter jumps to the item on its own screen.

use super::{Theme, window};
use crate::action::Extent;
use crate::state::{Search, State};
use crate::t;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

/// `text` with the chars at `positions` in the highlight style.
fn highlighted(
    text: &str,
    positions: &[usize],
    theme: &Theme,
    base: ratatui::style::Style,
) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    let mut run = String::new();
    let mut run_matched = false;
    let mut next = positions.iter().peekable();
    for (i, c) in text.chars().enumerate() {
        let matched = next.peek() == Some(&&i);
        if matched {
            next.next();
        }
        if matched != run_matched && !run.is_empty() {
            spans.push(Span::styled(
                std::mem::take(&mut run),
                if run_matched {
                    base.patch(theme.highlight)
                } else {
                    base
                },
            ));
        }
        run_matched = matched;
        run.push(c);
    }
    if !run.is_empty() {
        spans.push(Span::styled(
            run,
            if run_matched {
                base.patch(theme.highlight)
            } else {
                base
            },
        ));
    }
    spans
}

/// Draws the finder; returns how far its list goes and how many hits it lists at once.
pub fn render(
    state: &State,
    search: &Search,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
) -> Extent {
    frame.render_widget(Clear, area);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .title(Span::styled(
            format!(" {} ", t!(state.lang, "search-title")),
            theme.title,
        ))
        .style(theme.base);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [input, list] = Layout::vertical([Constraint::Length(2), Constraint::Min(0)]).areas(inner);

    // Every item the query matched, of which the best are listed.
    let matched = search
        .narrowing
        .last()
        .filter(|(query, _, _)| *query == search.query)
        .map_or(search.hits.len(), |(_, matched, _)| matched.len());
    let count = if search.query.is_empty() {
        t!(
            state.lang,
            "search-items",
            count = state.search_index.items.len()
        )
    } else if matched > search.hits.len() {
        t!(
            state.lang,
            "search-matches-best",
            count = matched,
            shown = search.hits.len()
        )
    } else {
        t!(state.lang, "search-matches", count = search.hits.len())
    };
    frame.render_widget(
        Paragraph::new(vec![
            Line::from(vec![
                Span::styled("> ", theme.key),
                Span::raw(search.query.clone()),
                Span::styled("█", theme.dim),
            ]),
            Line::from(Span::styled(count, theme.dim)),
        ]),
        input,
    );

    let lines: Vec<Line> = window(search.selected, search.hits.len(), list.height as usize)
        .map(|n| {
            let hit = &search.hits[n];
            let item = &state.search_index.items[hit.item];
            let base = if n == search.selected {
                theme.selected
            } else {
                theme.base
            };
            let mut spans = vec![Span::styled(
                format!("{:<7}", item.kind.label(state.lang)),
                base.patch(theme.dim),
            )];
            let positions = state.search_index.positions(hit, &search.query);
            spans.extend(highlighted(
                &state.search_index.line(hit.item),
                &positions,
                theme,
                base,
            ));
            Line::from(spans).style(base)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), list);
    Extent {
        limit: search.hits.len().saturating_sub(1),
        rows: usize::from(list.height),
    }
}
