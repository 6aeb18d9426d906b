//! Agreeing a rating: the previous and proposed ratings beside the choice.

use super::{Theme, clean};
use crate::model::Target;
use crate::model::with_unit;
use crate::model::{ItemRef, Rag};
use crate::state::State;
use crate::t;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

pub fn render(state: &State, item: &ItemRef, theme: &Theme, frame: &mut Frame, area: Rect) {
    frame.render_widget(Clear, area);
    let previous = match state.target_of(item) {
        Some(Target::Action(a, r, i)) => {
            state.pack.areas[a].recommendations[r].actions[i].previous_rag
        }
        _ => None,
    };
    let lang = state.lang;
    let mut lines = vec![Line::from(vec![
        Span::styled(format!("{} ", t!(lang, "minutes-previous")), theme.dim),
        theme.rag(previous),
        Span::styled(
            format!("  {} ", t!(lang, "picker-officers-propose")),
            theme.dim,
        ),
        theme.rag(state.proposed_rag(item)),
        Span::styled(
            format!("  {} ", t!(lang, "picker-agreed-so-far")),
            theme.dim,
        ),
        theme.rag(state.record.ratings.get(item).map(|r| r.rag)),
    ])];
    if let Some(Target::Kpi(i)) = state.target_of(item) {
        let kpi = &state.pack.kpis[i];
        if let (Some((_, value)), Some(target)) = (kpi.latest(), kpi.target) {
            lines.push(Line::raw(t!(
                lang,
                "picker-latest-against",
                latest = with_unit(value, kpi.unit.get(lang)),
                target = with_unit(target, kpi.unit.get(lang))
            )));
        }
    }
    lines.push(Line::raw(""));
    let mut choices = Vec::new();
    for (n, rag) in Rag::ALL.iter().enumerate() {
        let key = state
            .keymap
            .keys_for(state.contexts(), &crate::action::Action::PickRag(n as u8))
            .first()
            .map(|keys| crate::keymap::sequence_label(keys))
            .unwrap_or_default();
        choices.push(Span::styled(format!("{key} "), theme.key));
        choices.push(theme.rag(Some(*rag)));
        choices.push(Span::raw(format!(" {}   ", rag.name(lang))));
    }
    lines.push(Line::from(choices));
    lines.push(Line::raw(""));
    for rag in Rag::ALL {
        lines.push(Line::from(vec![
            theme.rag_letter(Some(rag)),
            Span::styled(
                format!(
                    " {}",
                    clean(state.pack.meeting.rag_key.meaning(rag).get(lang))
                ),
                theme.dim,
            ),
        ]));
    }
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .title(Span::styled(
            format!(
                " {} ",
                t!(lang, "picker-title", item = clean(&item.label(lang)))
            ),
            theme.title,
        ))
        .style(theme.base);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(block),
        area,
    );
}
