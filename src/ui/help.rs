//! Every binding of the active keymap, grouped by where it works. Generated from the keymap
//! itself, so it is never out of date.

use super::{Theme, clean};
use crate::action::{Action, Extent};
use crate::keymap::{Context, sequence_label};
use crate::state::State;
use crate::t;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

/// What an action does in this pack: area keys name their area.
fn describe(state: &State, action: &Action) -> Option<String> {
    match action {
        Action::Area(n) => {
            let area = state.pack.areas.get(usize::from(*n))?;
            Some(t!(
                state.lang,
                "help-area-named",
                id = clean(&area.id),
                title = clean(area.title.get(state.lang))
            ))
        }
        _ => Some(action.describe(state.lang)),
    }
}

/// Lines of the help screen, in a stable order: contexts, then actions as `Action::BINDABLE`
/// lists them, then keys as the keymap files declared them.
pub fn lines(state: &State, theme: &Theme) -> Vec<Line<'static>> {
    let keymap = &state.keymap;
    let mut lines = Vec::new();
    for context in Context::ALL {
        let mut entries = Vec::new();
        for action in Action::BINDABLE {
            let Some(description) = describe(state, &action) else {
                continue;
            };
            let keys: Vec<String> = keymap
                .bindings()
                .iter()
                .filter(|b| b.context == context && b.action == action)
                .map(|b| sequence_label(&b.keys))
                .collect();
            if !keys.is_empty() {
                entries.push(Line::from(vec![
                    Span::styled(format!("  {:<18}", keys.join(", ")), theme.key),
                    Span::raw(description.clone()),
                ]));
            }
        }
        if !entries.is_empty() {
            if !lines.is_empty() {
                lines.push(Line::raw(""));
            }
            lines.push(Line::from(Span::styled(
                context.title(state.lang),
                theme.title,
            )));
            lines.extend(entries);
        }
    }
    lines
}

/// Draws the help scrolled to `scroll` (clamped to its end); returns how it fitted.
pub fn render(
    state: &State,
    scroll: usize,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
) -> Extent {
    frame.render_widget(Clear, area);
    let lines = lines(state, theme);
    let rows = area.height.saturating_sub(2) as usize;
    let limit = lines.len().saturating_sub(rows);
    let scroll = scroll.min(limit);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .title(Span::styled(
            format!(" {} ", t!(state.lang, "help-title")),
            theme.title,
        ))
        .style(theme.base);
    frame.render_widget(
        Paragraph::new(lines)
            .scroll((scroll.min(u16::MAX as usize) as u16, 0))
            .block(block),
        area,
    );
    Extent { limit, rows }
}
