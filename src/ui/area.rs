//! A priority area: its recommendations with their actions, and the selected item in full.

use super::cells::{due_cell, rag_change, record_cell};
use super::{
    Drawn, Theme, clean, confidential, detail, fit_id, fitted, list_and_detail, room_beside, share,
    window,
};
use crate::model::{Target, Text};
use crate::state::{Row as AreaRow, State};
use crate::t;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row};

/// Draws the page; returns how its detail pane fitted.
pub fn render(state: &State, a: usize, theme: &Theme, frame: &mut Frame, body: Rect) -> Drawn {
    let area = &state.pack.areas[a];
    let date = state.pack.meeting.date;
    let (list_area, detail_area) = list_and_detail(body);
    let [title_area, table_area] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(list_area);

    let totals = &state.area_totals()[a];
    let (actions, overdue) = (totals.previous.iter().sum::<usize>(), totals.overdue);
    let lang = state.lang;
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(format!("{} ", clean(&area.id)), theme.title),
            Span::styled(clean(area.title.get(lang)), theme.title),
            Span::styled(
                format!(
                    " — {}, ",
                    t!(
                        lang,
                        "area-lead-actions",
                        lead = clean(area.board_lead.get(lang)),
                        actions = actions
                    )
                ),
                theme.dim,
            ),
            Span::styled(
                t!(lang, "count-overdue", count = overdue),
                if overdue > 0 {
                    theme.overdue
                } else {
                    theme.dim
                },
            ),
        ]))
        .style(theme.base),
        title_area,
    );

    let wide = table_area.width >= 100;
    let others = [
        Constraint::Min(20),
        Constraint::Length(if wide { 22 } else { 0 }),
        Constraint::Length(12),
        Constraint::Length(if wide { 11 } else { 0 }),
        // "A→G", "Am→Gw": two marks and the arrow, beside the header's words.
        Constraint::Length((theme.mark_width() * 2 + 1).max(4)),
        Constraint::Length(4),
    ];
    // As wide as the longest id (actions are indented by 2), up to a third of the table.
    let id_width = fitted(
        state.widest.area_ids.get(a).copied().unwrap_or(0),
        4,
        share(table_area.width, 3, 14)
            .min(room_beside(table_area.width, &others).saturating_sub(2)),
    ) + 2;
    let rows = &state.area_rows()[a];
    let height = table_area.height.saturating_sub(2) as usize;
    let cursor = state.area_cursor[a];
    let visible = window(cursor, rows.len(), height).map(|n| {
        let row = match rows[n] {
            AreaRow::Recommendation(r) => {
                let rec = &area.recommendations[r];
                // The badge leads, where a narrow column cannot cut it off.
                let mut text = vec![
                    Span::styled(format!("{} · ", rec.term.label(state.lang)), theme.dim),
                    Span::styled(clean(rec.text.get(lang)), theme.title),
                ];
                if rec.exempt {
                    text.insert(0, confidential(theme));
                }
                Row::new(vec![
                    Cell::from(Span::styled(fit_id(&rec.id, id_width.into()), theme.title)),
                    Cell::from(Line::from(text)),
                    Cell::from(""),
                    Cell::from(""),
                    Cell::from(""),
                    Cell::from(""),
                    record_cell(state, Target::Recommendation(a, r), theme),
                ])
            }
            AreaRow::Action(r, i) => {
                let action = &area.recommendations[r].actions[i];
                let mut text = vec![Span::raw(clean(action.text.get(lang)))];
                // Everything under an exempt recommendation is exempt, as in the minutes.
                if action.exempt || area.recommendations[r].exempt {
                    text.insert(0, confidential(theme));
                }
                Row::new(vec![
                    Cell::from(format!(
                        "  {}",
                        fit_id(&action.id, usize::from(id_width) - 2)
                    )),
                    Cell::from(Line::from(text)),
                    Cell::from(if wide {
                        clean(&Text::join(&action.leads, lang, ", "))
                    } else {
                        String::new()
                    }),
                    Cell::from(due_cell(action, date, theme)),
                    Cell::from(if wide {
                        action.status.label(state.lang)
                    } else {
                        String::new()
                    }),
                    Cell::from(rag_change(action, theme)),
                    record_cell(state, Target::Action(a, r, i), theme),
                ])
            }
        };
        theme.row(row, n == cursor)
    });
    let mut widths = vec![Constraint::Length(id_width)];
    widths.extend(others);
    let header = Row::new([
        t!(lang, "col-id"),
        t!(lang, "col-recommendation-action"),
        if wide {
            t!(lang, "col-lead")
        } else {
            String::new()
        },
        format!(" {}", t!(lang, "col-due")),
        if wide {
            t!(lang, "col-status")
        } else {
            String::new()
        },
        t!(lang, "col-rag"),
        t!(lang, "col-meeting"),
    ])
    .style(theme.title);
    let empty = rows.is_empty().then(|| {
        if state.exceptions_only() {
            t!(lang, "area-no-exceptions")
        } else {
            t!(lang, "area-no-recommendations")
        }
    });
    let table = theme.list_table(visible, widths, header, None);
    frame.render_widget(table, table_area);
    if let Some(message) = empty {
        let [_, message_area] =
            Layout::vertical([Constraint::Length(2), Constraint::Length(1)]).areas(table_area);
        frame.render_widget(Paragraph::new(message).style(theme.dim), message_area);
    }

    let pane = state
        .selected()
        .filter(|t| !matches!(t, Target::Area(_)))
        .map(|target| detail::beside(state, target, theme, frame, detail_area));
    Drawn { list: height, pane }
}
