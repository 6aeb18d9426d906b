//! Where the meeting starts: each priority area's ratings, previous and proposed, its
//! overdue actions, highest risks and KPI exceptions.

use super::{Theme, clean, share, window};
use crate::locale;
use crate::model::{PackTotals, Rag, TOP_RISKS};
use crate::state::State;
use crate::t;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table, Wrap};

/// Each rating's count right-aligned in `width`.
fn counts(counts: &[usize; 5], width: usize) -> Line<'static> {
    Line::from(
        counts
            .iter()
            .map(|n| format!("{n:>width$}"))
            .collect::<String>(),
    )
}

/// Area `a`'s highest risks as the overview lists them: each id, its residual score and its
/// rating, `shown` of them.
fn top_risks(state: &State, theme: &Theme, a: usize, shown: usize) -> Line<'static> {
    let pack = &state.pack;
    let mut spans = Vec::new();
    for &r in state.overview()[a].top_risks.iter().take(shown) {
        if !spans.is_empty() {
            spans.push(Span::raw("  "));
        }
        let risk = &pack.risks[r];
        spans.push(Span::raw(format!(
            "{} {} ",
            clean(&risk.id),
            risk.residual.value()
        )));
        spans.push(theme.rag_letter(Some(pack.risk_bands.rag(risk.residual))));
    }
    Line::from(spans)
}

/// How wide each rating's count is: the widest any area has, with a space before it, and
/// never narrower than a board of tens of actions needs (a count of 100 ran into the next).
fn count_width(state: &State) -> usize {
    let widest = state
        .overview()
        .iter()
        .flat_map(|area| area.previous.iter().chain(&area.proposed))
        .max()
        .copied()
        .unwrap_or(0);
    (widest.to_string().len() + 1).max(3)
}

pub fn render(state: &State, theme: &Theme, frame: &mut Frame, body: Rect) {
    let pack = &state.pack;
    let m = &pack.meeting;
    let lang = state.lang;
    let day = |date| locale::long_date(lang, date, false);
    let wide = body.width >= 110;
    // Two borders, the header and the sub-header around the rows.
    let rows_height = (pack.areas.len() as u16 + 4).min(body.height.saturating_sub(4));
    let [intro, table_area, rest] = Layout::vertical([
        Constraint::Length(4 + u16::from(!state.orphans.is_empty())),
        Constraint::Length(rows_height),
        Constraint::Min(0),
    ])
    .areas(body);

    let voting = m.members.iter().filter(|member| member.voting).count();
    let mut intro_lines = vec![
        Line::from(vec![
            Span::styled(clean(m.organisation.get(lang)), theme.title),
            Span::styled(
                format!(
                    " — {}",
                    t!(
                        lang,
                        "overview-membership",
                        voting = voting,
                        quorum = m.quorum
                    )
                ),
                theme.dim,
            ),
        ]),
        Line::from(Span::styled(
            match (m.previous_meeting, m.next_meeting) {
                (Some(p), Some(n)) => format!(
                    "{} · {}",
                    t!(lang, "overview-previous-meeting", date = day(p)),
                    t!(lang, "overview-next-meeting", date = day(n))
                ),
                (Some(p), None) => t!(lang, "overview-previous-meeting", date = day(p)),
                (None, Some(n)) => t!(lang, "overview-next-meeting", date = day(n)),
                (None, None) => String::new(),
            },
            theme.dim,
        )),
    ];
    let PackTotals {
        actions: total_actions,
        overdue,
        red_risks,
        kpi_exceptions,
    } = state.totals;
    intro_lines.push(Line::from(vec![
        Span::raw(format!(
            "{}, ",
            t!(lang, "count-actions", count = total_actions)
        )),
        Span::styled(t!(lang, "count-overdue", count = overdue), theme.overdue),
        Span::raw(format!(
            " · {}",
            t!(
                lang,
                "overview-risks-kpis",
                risks = pack.risks.len(),
                red = red_risks,
                kpis = pack.kpis.len(),
                exceptions = kpi_exceptions
            )
        )),
    ]));
    let record = &state.record;
    let (present, quorate) = super::attendance::quorum(state);
    let attendance = if record.attendance.is_empty() {
        t!(lang, "overview-no-attendance")
    } else {
        t!(
            lang,
            "overview-attendance",
            present = present,
            quorate = if quorate { "yes" } else { "no" }
        )
    };
    let scored_worse = (0..state.pack.risks.len())
        .filter(|&i| state.board_scored_worse(i))
        .count();
    let scores = if record.proposals.is_empty() && record.scores.is_empty() {
        String::new()
    } else {
        format!(
            " · {}",
            t!(
                lang,
                "overview-scores",
                proposed = record.proposals.len(),
                agreed = record.scores.len(),
                worse = scored_worse
            )
        )
    };
    intro_lines.push(Line::from(Span::styled(
        format!(
            "{}{scores} · {attendance}",
            t!(
                lang,
                "overview-this-meeting",
                notes = record.notes.len(),
                rags = record.ratings.len(),
                arising = record.actions_arising.len()
            )
        ),
        theme.key,
    )));
    if !state.changes.is_empty() {
        intro_lines.push(Line::from(Span::styled(
            t!(
                lang,
                "overview-since-last",
                changes = super::changes::counts(state)
            ),
            theme.base,
        )));
    }
    if !state.orphans.is_empty() {
        let names: Vec<String> = state
            .orphans
            .iter()
            .take(6)
            .map(|o| clean(&o.to_string()))
            .collect();
        intro_lines.push(Line::from(Span::styled(
            format!(
                "⚠ {}{}",
                t!(
                    lang,
                    "overview-orphans",
                    count = state.orphans.len(),
                    names = names.join(", ")
                ),
                if state.orphans.len() > 6 { ", …" } else { "" }
            ),
            theme.overdue,
        )));
    }
    frame.render_widget(Paragraph::new(intro_lines).style(theme.base), intro);

    let width = count_width(state);
    let letters = |label: &'static str| {
        let mut spans = vec![Span::raw(label)];
        for rag in [
            Some(Rag::Red),
            Some(Rag::Amber),
            Some(Rag::Green),
            Some(Rag::Blue),
            None,
        ] {
            // Right-aligned over the counts below, whatever the mark's length.
            let mark = theme.rag_letter(rag);
            spans.push(Span::raw(" ".repeat(width.saturating_sub(mark.width()))));
            spans.push(mark);
        }
        Line::from(spans)
    };
    let header = Row::new(vec![
        Cell::from(t!(lang, "col-area")),
        Cell::from(if wide {
            t!(lang, "col-board-lead")
        } else {
            String::new()
        }),
        Cell::from(letters("")),
        Cell::from(letters("")),
        Cell::from(t!(lang, "col-overdue")),
        Cell::from(t!(lang, "col-top-risks")),
        Cell::from(if wide {
            t!(lang, "col-kpi-exceptions")
        } else {
            t!(lang, "col-kpi")
        }),
        Cell::from(t!(lang, "col-discussed")),
    ])
    .style(theme.title);
    let sub_header = Row::new(vec![
        Cell::from(""),
        Cell::from(""),
        Cell::from(format!("  {}", t!(lang, "col-previous"))),
        Cell::from(format!("  {}", t!(lang, "col-proposed"))),
        Cell::from(""),
        Cell::from(t!(lang, "col-residual")),
        Cell::from(""),
        Cell::from(""),
    ])
    .style(theme.dim);
    // As wide as the widest area's risks (ids such as "RR-01" and Welsh marks included)
    // and the headings over them, up to a fifth of the table.
    let risks_shown = if wide { TOP_RISKS } else { 1 };
    let risks: Vec<Line> = (0..pack.areas.len())
        .map(|a| top_risks(state, theme, a, risks_shown))
        .collect();
    let risks_width = risks
        .iter()
        .map(Line::width)
        .chain([
            t!(lang, "col-top-risks").chars().count(),
            t!(lang, "col-residual").chars().count(),
        ])
        .max()
        .unwrap_or(0)
        .min(share(table_area.width, 5, 9)) as u16;
    let visible = window(
        state.overview_cursor,
        pack.areas.len(),
        table_area.height.saturating_sub(4) as usize,
    );
    let rows = visible.map(|a| {
        let area = &pack.areas[a];
        let summary = &state.overview()[a];
        let row = Row::new(vec![
            Cell::from(Line::from(vec![
                Span::styled(clean(&area.id), theme.title),
                Span::raw(" "),
                Span::raw(clean(area.title.get(lang))),
            ])),
            Cell::from(if wide {
                clean(area.board_lead.get(lang))
            } else {
                String::new()
            }),
            Cell::from(counts(&summary.previous, width)),
            Cell::from(counts(&summary.proposed, width)),
            Cell::from(Span::styled(
                format!("{:>7}", summary.overdue),
                if summary.overdue > 0 {
                    theme.overdue
                } else {
                    theme.base
                },
            )),
            Cell::from(risks[a].clone()),
            Cell::from(format!("{:>3}", summary.kpi_exceptions)),
            Cell::from({
                let (done, all) = state.discussed[a];
                format!("{done:>4}/{all}")
            }),
        ]);
        theme.row(row, a == state.overview_cursor)
    });
    let widths = [
        Constraint::Min(16),
        Constraint::Length(if wide { 36 } else { 0 }),
        Constraint::Length(5 * width as u16),
        Constraint::Length(5 * width as u16),
        Constraint::Length(7),
        Constraint::Length(risks_width),
        Constraint::Length(if wide { 8 } else { 3 }),
        Constraint::Length(9),
    ];
    let table = Table::new(std::iter::once(sub_header).chain(rows), widths)
        .header(header)
        .column_spacing(1)
        .block(
            Block::new()
                .borders(Borders::TOP | Borders::BOTTOM)
                .border_style(theme.border),
        )
        .style(theme.base);
    frame.render_widget(table, table_area);

    let key = &m.rag_key;
    let mut lines = vec![Line::from(Span::styled(
        t!(lang, "overview-rag-key"),
        theme.title,
    ))];
    for rag in Rag::ALL {
        lines.push(Line::from(vec![
            theme.rag(Some(rag)),
            Span::raw(" "),
            Span::styled(format!("{} ", rag.name(lang)), theme.title),
            Span::raw(clean(key.meaning(rag).get(lang))),
        ]));
    }
    if !m.agenda.is_empty() && rest.height as usize > lines.len() + 2 {
        lines.push(Line::raw(""));
        lines.push(Line::from(Span::styled(
            t!(lang, "tab-agenda"),
            theme.title,
        )));
        for (n, item) in m.agenda.iter().enumerate() {
            lines.push(Line::from(vec![
                Span::styled(format!("{:>2}. ", n + 1), theme.dim),
                Span::raw(clean(item.item.get(lang))),
                Span::styled(
                    format!("  {}", t!(lang, "minutes-short", minutes = item.minutes)),
                    theme.dim,
                ),
            ]));
        }
    }
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .style(theme.base),
        rest,
    );
}
