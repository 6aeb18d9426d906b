//! The programme risk register: a sortable table, a 5×5 likelihood × impact heat map whose
//! cells filter the table, and the selected risk in full.

use super::cells::record_cell;
use super::{SIDE_BY_SIDE_WIDTH, Theme, clean, detail, window};
use crate::model::Target;
use crate::model::{Score, Trend};
use crate::state::{Overlay, RiskSort, State};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row};

const HEAT_MAP_WIDTH: u16 = 36;
const HEAT_MAP_HEIGHT: u16 = 8;

/// (table, heat map, detail) areas of the body.
fn layout(body: Rect) -> (Rect, Rect, Rect) {
    if body.width >= SIDE_BY_SIDE_WIDTH {
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(58), Constraint::Percentage(42)])
                .areas(body);
        let [heat, detail] =
            Layout::vertical([Constraint::Length(HEAT_MAP_HEIGHT), Constraint::Min(0)])
                .areas(right);
        (left, heat, detail)
    } else {
        let [top, detail] =
            Layout::vertical([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(body);
        let [table, heat] =
            Layout::horizontal([Constraint::Min(0), Constraint::Length(HEAT_MAP_WIDTH)]).areas(top);
        (table, heat, detail)
    }
}

fn trend_word(trend: Trend) -> &'static str {
    match trend {
        Trend::Improving => "better",
        Trend::Stable => "stable",
        Trend::Worsening => "worse",
    }
}

/// Draws the register; returns how far its detail pane can scroll.
pub fn render(state: &State, theme: &Theme, frame: &mut Frame, body: Rect) -> Option<usize> {
    let (table_area, heat_area, detail_area) = layout(body);
    let pack = &state.pack;
    let bands = pack.risk_bands;
    let wide = table_area.width >= 90;
    let arrow = if state.risk_descending { "▼" } else { "▲" };
    let sorted = |sort: RiskSort, label: &str| {
        if state.risk_sort == sort {
            format!("{label}{arrow}")
        } else {
            label.to_string()
        }
    };
    let header = Row::new(vec![
        Cell::from("Id"),
        Cell::from("Risk"),
        Cell::from(if wide {
            sorted(RiskSort::Owner, "Owner")
        } else {
            String::new()
        }),
        Cell::from(if wide {
            sorted(RiskSort::Area, "Area")
        } else {
            String::new()
        }),
        Cell::from(if wide {
            sorted(RiskSort::Inherent, "Inh")
        } else {
            String::new()
        }),
        Cell::from(sorted(RiskSort::Residual, "Res")),
        Cell::from(sorted(RiskSort::Trend, "Trend")),
        Cell::from("Mtg"),
    ])
    .style(theme.title);
    let height = table_area.height.saturating_sub(2) as usize;
    let rows = window(state.risk_cursor, state.risk_rows.len(), height).map(|n| {
        let risk = &pack.risks[state.risk_rows[n]];
        let mut title = vec![Span::raw(clean(&risk.title))];
        if risk.exempt {
            title.insert(0, Span::styled("[confidential] ", theme.badge));
        }
        let row = Row::new(vec![
            Cell::from(clean(&risk.id)),
            Cell::from(Line::from(title)),
            Cell::from(if wide {
                clean(&risk.owner)
            } else {
                String::new()
            }),
            Cell::from(if wide {
                clean(&risk.areas.join(","))
            } else {
                String::new()
            }),
            Cell::from(if wide {
                Line::from(vec![
                    Span::raw(format!("{:>2} ", risk.inherent.value())),
                    theme.rag_letter(Some(bands.rag(risk.inherent))),
                ])
            } else {
                Line::raw("")
            }),
            Cell::from(Line::from(vec![
                Span::raw(format!("{:>2} ", risk.residual.value())),
                theme.rag_letter(Some(bands.rag(risk.residual))),
            ])),
            Cell::from(Span::styled(
                trend_word(risk.trend),
                if risk.trend == Trend::Worsening {
                    theme.overdue
                } else {
                    theme.base
                },
            )),
            record_cell(state, Target::Risk(state.risk_rows[n]), theme),
        ]);
        theme.row(row, n == state.risk_cursor)
    });
    let widths = [
        Constraint::Length(4),
        Constraint::Min(16),
        Constraint::Length(if wide { 20 } else { 0 }),
        Constraint::Length(if wide { 6 } else { 0 }),
        Constraint::Length(if wide { 5 } else { 0 }),
        Constraint::Length(5),
        Constraint::Length(6),
        Constraint::Length(4),
    ];
    let mut title = format!(
        " {} of {} risks · by {}{arrow} ",
        state.risk_rows.len(),
        pack.risks.len(),
        state.risk_sort.label()
    );
    if let Some((l, i)) = state.risk_cell {
        title.push_str(&format!("· cell L{l}×I{i} "));
    }
    let table = theme.list_table(rows, widths, header, Some(title));
    frame.render_widget(table, table_area);

    heat_map(state, theme, frame, heat_area);

    if let Some(target @ Target::Risk(_)) = state.selected() {
        return Some(detail::render(
            state,
            target,
            state.detail_scroll.offset,
            theme,
            frame,
            detail_area,
            false,
        ));
    } else if state.risk_rows.is_empty() {
        frame.render_widget(
            Paragraph::new("No risks match the filters.").style(theme.dim),
            detail_area,
        );
    }
    None
}

/// Counts of residual positions, likelihood up the side (5 at the top), impact along.
fn heat_map(state: &State, theme: &Theme, frame: &mut Frame, area: Rect) {
    let pack = &state.pack;
    let bands = pack.risk_bands;
    let mut counts = [[0usize; 5]; 5];
    for risk in pack
        .risks
        .iter()
        .filter(|r| !state.exceptions_only || r.is_exception(&bands))
    {
        let (l, i) = (risk.residual.likelihood, risk.residual.impact);
        if (1..=5).contains(&l) && (1..=5).contains(&i) {
            counts[usize::from(l - 1)][usize::from(i - 1)] += 1;
        }
    }
    let picking = state.overlays.iter().find_map(|o| match o {
        Overlay::HeatMap { likelihood, impact } => Some((*likelihood, *impact)),
        _ => None,
    });
    let mut lines = vec![Line::from(Span::styled(
        format!(
            "   {}",
            (1..=5).map(|i| format!("  I{i}  ")).collect::<String>()
        ),
        theme.dim,
    ))];
    for l in (1..=5u8).rev() {
        let mut spans = vec![Span::styled(format!("L{l} "), theme.dim)];
        for i in 1..=5u8 {
            let rag = bands.rag(Score {
                likelihood: l,
                impact: i,
            });
            let count = counts[usize::from(l - 1)][usize::from(i - 1)];
            let filtered = state.risk_cell == Some((l, i));
            let picked = picking == Some((l, i));
            let (open, close) = if picked {
                ('[', ']')
            } else if filtered {
                ('*', ' ')
            } else {
                (' ', ' ')
            };
            let number = if count == 0 {
                "·".to_string()
            } else {
                count.to_string()
            };
            let text = format!("{open}{number:>2} {}{close}", rag.letter());
            let style = match state.theme {
                crate::state::ThemeName::NoColour => Style::new(),
                _ => {
                    let bg = match rag {
                        crate::model::Rag::Red => Color::Red,
                        crate::model::Rag::Amber => Color::Yellow,
                        _ => Color::Green,
                    };
                    Style::new().bg(bg).fg(Color::Black)
                }
            };
            let style = if picked {
                style.patch(theme.selected)
            } else {
                style
            };
            spans.push(Span::styled(text, style));
        }
        lines.push(Line::from(spans));
    }
    let title = if picking.is_some() {
        " pick a cell "
    } else {
        " residual heat map "
    };
    frame.render_widget(
        Paragraph::new(lines)
            .block(
                Block::new()
                    .borders(Borders::ALL)
                    .border_style(theme.border)
                    .title(Span::styled(title, theme.title)),
            )
            .style(theme.base),
        area,
    );
}
