//! The programme risk register: a sortable table, a 5×5 likelihood × impact heat map whose
//! cells filter the table, and the selected risk in full.

use super::cells::record_cell;
use super::{
    Drawn, SIDE_BY_SIDE_WIDTH, Theme, clean, confidential, detail, fit_id, fitted, room_beside,
    share, window,
};
use crate::locale::Lang;
use crate::model::Target;
use crate::model::{Proposals, Score, Trend};
use crate::state::{Overlay, RiskSort, State};
use crate::t;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
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

fn trend_word(trend: Trend, lang: Lang) -> String {
    match trend {
        Trend::Improving => t!(lang, "detail-better"),
        Trend::Stable => t!(lang, "risks-stable"),
        Trend::Worsening => t!(lang, "detail-worse"),
    }
}

/// Draws the register; returns how its detail pane fitted.
pub fn render(state: &State, theme: &Theme, frame: &mut Frame, body: Rect) -> Drawn {
    let (table_area, heat_area, detail_area) = layout(body);
    let pack = &state.pack;
    let bands = pack.risk_bands;
    let wide = table_area.width >= 90;
    // The members' and Board's score columns appear once there is a score to show.
    let scoring = !state.record.proposals.is_empty() || !state.record.scores.is_empty();
    let lang = state.lang;
    let arrow = if state.risk_descending { "▼" } else { "▲" };
    let sorted = |sort: RiskSort, label: String| {
        if state.risk_sort == sort {
            format!("{label}{arrow}")
        } else {
            label.to_string()
        }
    };
    // Columns that do not fit are left out, not given no width: each would still take its
    // spacing. Narrow, the members' and the Board's scores share one column (the Board's
    // shown where agreed); wide, each has its own and the owner gives up a little room.
    let mut header = vec![
        Cell::from(t!(lang, "col-id")),
        Cell::from(t!(lang, "risks-col-risk")),
    ];
    let mut widths = vec![Constraint::Min(if scoring && !wide { 12 } else { 16 })];
    if wide {
        header.extend([
            Cell::from(sorted(RiskSort::Owner, t!(lang, "risks-col-owner"))),
            Cell::from(sorted(RiskSort::Area, t!(lang, "col-area"))),
            Cell::from(sorted(RiskSort::Inherent, t!(lang, "risks-col-inherent"))),
        ]);
        widths.extend([
            Constraint::Length(if scoring { 14 } else { 20 }),
            Constraint::Length(6),
            Constraint::Length(5),
        ]);
    }
    header.push(Cell::from(sorted(
        RiskSort::Residual,
        t!(lang, "risks-col-residual"),
    )));
    widths.push(Constraint::Length(5));
    match (scoring, wide) {
        (true, true) => {
            header.extend([
                Cell::from(t!(lang, "risks-col-members")),
                Cell::from(t!(lang, "risks-col-board")),
            ]);
            widths.extend([Constraint::Length(12), Constraint::Length(5)]);
        }
        (true, false) => {
            header.push(Cell::from(t!(lang, "risks-col-score")));
            widths.push(Constraint::Length(5));
        }
        (false, _) => {}
    }
    header.extend([
        Cell::from(sorted(RiskSort::Trend, t!(lang, "detail-trend"))),
        Cell::from(t!(lang, "col-meeting")),
    ]);
    // As wide as the longest trend word in this language ("worse", "sefydlog").
    let trend_width = [Trend::Improving, Trend::Stable, Trend::Worsening]
        .map(|trend| trend_word(trend, lang).chars().count())
        .into_iter()
        .max()
        .unwrap_or(6)
        .max(6) as u16;
    widths.extend([Constraint::Length(trend_width), Constraint::Length(4)]);
    // As wide as the longest id, up to a sixth of the table (never less than 12), in the
    // room the other columns leave.
    let id_width = fitted(
        state.widest.risk_ids,
        2,
        share(table_area.width, 6, 12).min(room_beside(table_area.width, &widths)),
    );
    widths.insert(0, Constraint::Length(id_width));
    let header = Row::new(header).style(theme.title);
    let height = table_area.height.saturating_sub(2) as usize;
    let rows = window(state.risk_cursor, state.risk_rows.len(), height).map(|n| {
        let i = state.risk_rows[n];
        let risk = &pack.risks[i];
        let mut title = vec![Span::raw(clean(risk.title.get(state.lang)))];
        if risk.exempt {
            title.insert(0, confidential(theme));
        }
        let mut cells = vec![
            Cell::from(fit_id(&risk.id, id_width.into())),
            Cell::from(Line::from(title)),
        ];
        if wide {
            cells.extend([
                Cell::from(clean(risk.owner.get(state.lang))),
                Cell::from(clean(&risk.areas.join(","))),
                Cell::from(Line::from(vec![
                    Span::raw(format!("{:>2} ", risk.inherent.value())),
                    theme.rag_letter(Some(bands.rag(risk.inherent))),
                ])),
            ]);
        }
        cells.push(Cell::from(Line::from(vec![
            Span::raw(format!("{:>2} ", risk.residual.value())),
            theme.rag_letter(Some(bands.rag(risk.residual))),
        ])));
        match (scoring, wide) {
            (true, true) => cells.extend([
                Cell::from(members_cell(state, i, true)),
                Cell::from(board_cell(state, i, theme).unwrap_or_default()),
            ]),
            (true, false) => cells.push(Cell::from(
                board_cell(state, i, theme)
                    .unwrap_or_else(|| Line::raw(members_cell(state, i, false))),
            )),
            (false, _) => {}
        }
        cells.extend([
            Cell::from(Span::styled(
                trend_word(risk.trend, lang),
                if risk.trend == Trend::Worsening {
                    theme.overdue
                } else {
                    theme.base
                },
            )),
            record_cell(state, Target::Risk(i), theme),
        ]);
        theme.row(Row::new(cells), n == state.risk_cursor)
    });
    let mut title = format!(
        " {}{arrow} ",
        t!(
            lang,
            "risks-title",
            shown = state.risk_rows.len(),
            all = pack.risks.len(),
            sort = state.risk_sort.label(lang)
        )
    );
    if let Some((l, i)) = state.risk_cell {
        title.push_str(&format!(
            "· {} ",
            t!(lang, "risks-cell", cell = format!("L{l}×I{i}"))
        ));
    }
    let table = theme.list_table(rows, widths, header, Some(title));
    frame.render_widget(table, table_area);

    heat_map(state, theme, frame, heat_area);

    let pane = match state.selected() {
        Some(target @ Target::Risk(_)) => {
            Some(detail::beside(state, target, theme, frame, detail_area))
        }
        _ => {
            if state.risk_rows.is_empty() {
                frame.render_widget(
                    Paragraph::new(t!(lang, "risks-none-match")).style(theme.dim),
                    detail_area,
                );
            }
            None
        }
    };
    Drawn { list: height, pane }
}

/// Members' proposed scores for a risk: "3: 12–20 ~16" (how many, lowest–highest, median), or
/// "3~16" where the table is narrow.
fn members_cell(state: &State, risk: usize, wide: bool) -> String {
    let item = state.item_ref(Target::Risk(risk));
    match Proposals::of(state.record.proposals_on(&item)) {
        None => String::new(),
        Some(p) if !wide => format!("{}~{}", p.count, p.median),
        Some(p) if p.lowest == p.highest => format!("{}: {}", p.count, p.median),
        Some(p) => format!("{}: {}–{} ~{}", p.count, p.lowest, p.highest, p.median),
    }
}

/// The Board's agreed residual score, marked against the officers': ▲ worse, ▼ better, = same.
fn board_cell(state: &State, risk: usize, theme: &Theme) -> Option<Line<'static>> {
    let item = state.item_ref(Target::Risk(risk));
    let agreed = state.record.scores.get(&item)?;
    let officers = state.pack.risks[risk].residual.value();
    let (mark, style) = match agreed.residual.value().cmp(&officers) {
        std::cmp::Ordering::Greater => ("▲", theme.overdue),
        std::cmp::Ordering::Less => ("▼", theme.base),
        std::cmp::Ordering::Equal => ("=", theme.base),
    };
    Some(Line::from(vec![
        Span::raw(format!("{:>2} ", agreed.residual.value())),
        Span::styled(mark, style),
    ]))
}

/// Counts of residual positions, likelihood up the side (5 at the top), impact along.
fn heat_map(state: &State, theme: &Theme, frame: &mut Frame, area: Rect) {
    let pack = &state.pack;
    let bands = pack.risk_bands;
    let mut counts = [[0usize; 5]; 5];
    for (_, risk) in pack.risks.iter().enumerate().filter(|(i, r)| {
        !state.exceptions_only() || r.is_exception(&bands) || state.board_scored_worse(*i)
    }) {
        let (l, i) = (risk.residual.likelihood, risk.residual.impact);
        if (1..=5).contains(&l) && (1..=5).contains(&i) {
            counts[usize::from(l - 1)][usize::from(i - 1)] += 1;
        }
    }
    // Where members' and the Board's scores for the selected risk fall.
    let selected = match state.selected() {
        Some(Target::Risk(i)) => Some(state.item_ref(Target::Risk(i))),
        _ => None,
    };
    let proposed = |l: u8, i: u8| {
        selected.as_ref().is_some_and(|item| {
            state
                .record
                .proposals_on(item)
                .any(|p| (p.residual.likelihood, p.residual.impact) == (l, i))
        })
    };
    let agreed = |l: u8, i: u8| {
        selected.as_ref().is_some_and(|item| {
            state
                .record
                .scores
                .get(item)
                .is_some_and(|s| (s.residual.likelihood, s.residual.impact) == (l, i))
        })
    };
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
            // Marks in characters, not colour: + a member's score, = the Board's.
            let close = match (close, agreed(l, i), proposed(l, i)) {
                (' ', true, _) => '=',
                (' ', false, true) => '+',
                (close, ..) => close,
            };
            let number = if count == 0 {
                "·".to_string()
            } else {
                count.to_string()
            };
            let text = format!("{open}{number:>2} {}{close}", rag.mark(state.lang));
            let style = theme.heat_cell(rag);
            let style = if picked {
                style.patch(theme.selected)
            } else {
                style
            };
            spans.push(Span::styled(text, style));
        }
        lines.push(Line::from(spans));
    }
    let marked = selected.as_ref().is_some_and(|item| {
        state.record.proposals_on(item).next().is_some() || state.record.scores.contains_key(item)
    });
    let lang = state.lang;
    let title = if picking.is_some() {
        format!(" {} ", t!(lang, "heat-pick"))
    } else if marked {
        format!(
            " {} ",
            t!(
                lang,
                "heat-marked",
                id = clean(
                    &selected
                        .as_ref()
                        .map_or(String::new(), |item| item.id.clone())
                )
            )
        )
    } else {
        format!(" {} ", t!(lang, "heat-residual"))
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
