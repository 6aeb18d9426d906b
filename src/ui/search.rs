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

/// The column the kind of each found item takes ("action ", "risg   ").
const KIND_WIDTH: usize = 7;

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

/// The part of a found item's line that shows in `width` columns, with its matched
/// positions; the line's first `id_end` chars are its id. When the first matched letter
/// after the id lies beyond the width (in a lead's name after the text in two languages),
/// the line keeps its id, then "…", then the words from a little before that letter, or as
/// many before it as leave the line's end in view.
fn in_view(line: &str, id_end: usize, positions: &[usize], width: usize) -> (String, Vec<usize>) {
    let chars: Vec<char> = line.chars().collect();
    let first = positions.iter().copied().find(|&p| p >= id_end);
    let Some(first) = first.filter(|&first| first >= width) else {
        return (line.to_string(), positions.to_vec());
    };
    let gap = "  … ";
    // From a little before the match, or earlier still when the rest of the line fits.
    let room = width.saturating_sub(id_end + gap.chars().count());
    let start = first
        .saturating_sub(8)
        .min(chars.len().saturating_sub(room))
        .max(id_end);
    let mut shown: String = chars[..id_end].iter().collect();
    shown.push_str(gap);
    shown.extend(&chars[start..]);
    let moved = id_end + gap.chars().count();
    let kept = positions
        .iter()
        .filter_map(|&p| match p {
            p if p < id_end => Some(p),
            p if p >= start => Some(p - start + moved),
            _ => None,
        })
        .collect();
    (shown, kept)
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
                format!("{:<KIND_WIDTH$}", item.kind.label(state.lang)),
                base.patch(theme.dim),
            )];
            let index = &state.search_index;
            let (line, positions) = in_view(
                &index.line(hit.item, state.lang),
                index.id_chars(hit.item),
                &index.positions(hit, &search.query, state.lang),
                usize::from(list.width).saturating_sub(KIND_WIDTH),
            );
            spans.extend(highlighted(&line, &positions, theme, base));
            Line::from(spans).style(base)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), list);
    Extent {
        limit: search.hits.len().saturating_sub(1),
        rows: usize::from(list.height),
    }
}

#[cfg(test)]
mod tests {
    use super::in_view;

    #[test]
    fn matched_letters_beyond_the_width_are_brought_into_view_after_the_id() {
        let line = "A.1.2  Weekly meetings to be held  Cyfarfodydd wythnosol  Head of HR";
        let at = line.find("Head").unwrap();
        let positions: Vec<usize> = (at..at + 4).collect();
        // Wide enough: the line as it is.
        assert_eq!(
            in_view(line, 5, &positions, 80),
            (line.to_string(), positions.clone())
        );
        let (shown, kept) = in_view(line, 5, &positions, 30);
        assert_eq!(shown, "A.1.2  … wythnosol  Head of HR");
        assert_eq!(shown.chars().count(), 30, "as much as fits");
        let lit: String = kept
            .iter()
            .map(|&p| shown.chars().nth(p).unwrap())
            .collect();
        assert_eq!(lit, "Head");
        // A match with more of the line after it than fits: from a little before it.
        let long = format!("{line}, Cyfarwyddwr Corfforaethol a Phennaeth Adnoddau Dynol");
        let (shown, _) = in_view(&long, 5, &positions, 30);
        assert!(
            shown.starts_with("A.1.2  … hnosol  Head of HR, "),
            "{shown}"
        );
        // A match in the id stays lit where it was.
        let (shown, kept) = in_view(line, 5, &[0, at], 30);
        assert_eq!(kept[0], 0);
        assert_eq!(shown.chars().nth(kept[1]), Some('H'));
    }
}
