//! One item in full: the detail pane beside a list, and the same text opened over the
//! screen for reading aloud to the room.

use super::cells::{due_cell, rag_change};
use super::{Theme, clean, scroll_limit};
use crate::locale::Lang;
use crate::model::{Change, Kpi, Polarity, Proposals, Risk, Travel, change, with_unit};
use crate::model::{Target, Text as PackText};
use crate::sanitize;
use crate::state::State;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Borders, Padding, Paragraph, Wrap};

fn field(theme: &Theme, name: &str, value: String) -> Line<'static> {
    Line::from(vec![
        Span::styled(format!("{name}: "), theme.dim),
        Span::raw(value),
    ])
}

fn heading(theme: &Theme, text: &str) -> Line<'static> {
    Line::from(Span::styled(text.to_string(), theme.title))
}

/// Multi-line pack text, each line cleaned.
fn paragraph(text: &str) -> Vec<Line<'static>> {
    sanitize::text(text)
        .lines()
        .map(|l| Line::raw(l.to_string()))
        .collect()
}

fn bullets(items: &[PackText], lang: Lang) -> Vec<Line<'static>> {
    items
        .iter()
        .map(|item| Line::raw(format!("• {}", clean(item.get(lang)))))
        .collect()
}

fn confidential(theme: &Theme) -> Line<'static> {
    Line::from(Span::styled(
        " CONFIDENTIAL — exempt (Part II) ",
        theme.badge,
    ))
}

pub fn content(state: &State, target: Target, theme: &Theme) -> (String, Text<'static>) {
    let pack = &state.pack;
    let date = pack.meeting.date;
    let mut lines: Vec<Line<'static>> = Vec::new();
    let title = match target {
        Target::Area(a) => {
            let area = &pack.areas[a];
            lines.push(field(theme, "Board lead", clean(&area.board_lead)));
            lines.push(field(
                theme,
                "Recommendations",
                area.recommendations.len().to_string(),
            ));
            format!("Area {} — {}", clean(&area.id), clean(&area.title))
        }
        Target::Recommendation(a, r) => {
            let rec = &pack.areas[a].recommendations[r];
            if rec.exempt {
                lines.push(confidential(theme));
            }
            lines.push(field(theme, "Term", rec.term.label(state.lang)));
            if let Some(answers) = &rec.answers {
                lines.push(field(theme, "Answers", clean(answers)));
            }
            lines.push(Line::raw(""));
            lines.extend(paragraph(&rec.text));
            lines.push(Line::raw(""));
            let overdue = rec.actions.iter().filter(|x| x.is_overdue(date)).count();
            lines.push(field(
                theme,
                "Actions",
                format!("{}, {overdue} overdue", rec.actions.len()),
            ));
            for action in &rec.actions {
                let mut spans = vec![Span::raw(format!("  {:<8}", clean(&action.id)))];
                spans.extend(rag_change(action, theme).spans);
                spans.push(Span::raw(" "));
                spans.push(due_cell(action, date, theme));
                lines.push(Line::from(spans));
            }
            format!("Recommendation {}", clean(&rec.id))
        }
        Target::Action(a, r, i) => {
            let rec = &pack.areas[a].recommendations[r];
            let action = &rec.actions[i];
            if action.exempt || rec.exempt {
                lines.push(confidential(theme));
            }
            lines.extend(paragraph(&action.text));
            lines.push(Line::raw(""));
            let leads = if action.leads.is_empty() {
                "none named".to_string()
            } else {
                clean(&action.leads.join("; "))
            };
            lines.push(field(theme, "Lead", leads));
            let mut due = vec![Span::styled("Due: ", theme.dim)];
            match &action.due {
                Some(d) => {
                    due.push(Span::raw(format!(
                        "{} (by {})",
                        clean(d.written()),
                        d.deadline().format("%-d %b %Y")
                    )));
                    if action.is_overdue(date) {
                        let days = (date - d.deadline()).num_days();
                        due.push(Span::styled(
                            format!("  OVERDUE by {days} days"),
                            theme.overdue,
                        ));
                    }
                }
                None => due.push(Span::styled("no timescale given", theme.dim)),
            }
            lines.push(Line::from(due));
            lines.push(field(theme, "Status", action.status.label(state.lang)));
            let direction = match change(action.previous_rag, action.proposed_rag) {
                Some(Change::Better) => "  (better)",
                Some(Change::Worse) => "  (worse)",
                Some(Change::Same) => "  (no change)",
                None => "",
            };
            lines.push(Line::from(vec![
                Span::styled("RAG: previous ", theme.dim),
                theme.rag(action.previous_rag),
                Span::styled(" → proposed ", theme.dim),
                theme.rag(action.proposed_rag),
                Span::raw(direction),
            ]));
            if !action.success_measures.is_empty() {
                lines.push(Line::raw(""));
                lines.push(heading(theme, "Success measures"));
                lines.extend(bullets(&action.success_measures, state.lang));
            }
            lines.push(Line::raw(""));
            lines.push(heading(theme, "Progress"));
            match &action.progress {
                Some(progress) if !progress.trim().is_empty() => lines.extend(paragraph(progress)),
                _ => lines.push(Line::from(Span::styled(
                    "No progress update given.",
                    theme.overdue,
                ))),
            }
            lines.push(Line::raw(""));
            lines.push(Line::from(Span::styled(
                format!(
                    "Recommendation {} ({}):",
                    clean(&rec.id),
                    rec.term.label(state.lang)
                ),
                theme.dim,
            )));
            lines.extend(paragraph(&rec.text));
            format!("Action {}", clean(&action.id))
        }
        Target::Risk(i) => {
            let risk = &pack.risks[i];
            risk_lines(state, risk, theme, &mut lines);
            format!("Risk {} — {}", clean(&risk.id), clean(&risk.title))
        }
        Target::Kpi(i) => {
            let kpi = &pack.kpis[i];
            kpi_lines(kpi, theme, &mut lines);
            format!("KPI {} — {}", clean(&kpi.id), clean(&kpi.title))
        }
    };
    record_lines(state, &state.item_ref(target), theme, &mut lines);
    (title, Text::from(lines))
}

/// "10:42" from a recorded RFC 3339 time.
pub fn clock(at: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(at)
        .map_or_else(|_| clean(at), |t| t.format("%H:%M").to_string())
}

/// What the meeting has recorded about an item: the agreed rating, notes, actions arising
/// and declarations.
fn record_lines(
    state: &State,
    item: &crate::model::ItemRef,
    theme: &Theme,
    lines: &mut Vec<Line<'static>>,
) {
    let record = &state.record;
    let notes: Vec<_> = record.notes_on(item).collect();
    let arising: Vec<_> = record.arising_on(item).collect();
    let declarations: Vec<_> = record
        .declarations
        .iter()
        .filter(|d| d.item == *item)
        .collect();
    let rating = record.ratings.get(item);
    let proposals: Vec<_> = record.proposals_on(item).collect();
    let agreed_score = record.scores.get(item);
    if rating.is_none()
        && notes.is_empty()
        && arising.is_empty()
        && declarations.is_empty()
        && proposals.is_empty()
        && agreed_score.is_none()
    {
        return;
    }
    lines.push(Line::raw(""));
    lines.push(heading(theme, "At this meeting"));
    let name = |id: &str| clean(state.pack.meeting.name_of(id));
    if let Some(agreed) = agreed_score {
        let officers = state.target_of(item).and_then(|t| match t {
            Target::Risk(i) => Some(state.pack.risks[i].residual),
            _ => None,
        });
        let against = match officers.map(|o| agreed.residual.value().cmp(&o.value())) {
            Some(std::cmp::Ordering::Greater) => " ▲ worse than officers'",
            Some(std::cmp::Ordering::Less) => " ▼ better than officers'",
            Some(std::cmp::Ordering::Equal) => " = as officers'",
            None => "",
        };
        lines.push(Line::from(vec![
            Span::styled("Board's score ", theme.dim),
            Span::raw(format!(
                "{} = {}{against}",
                agreed.residual,
                agreed.residual.value()
            )),
            Span::styled(
                format!(
                    " by {} at {}",
                    name(&agreed.agreed_by),
                    clock(&agreed.agreed_at)
                ),
                theme.dim,
            ),
        ]));
        if let Some(reason) = &agreed.reason {
            lines.push(Line::raw(format!("  because: {}", clean(reason))));
        }
    }
    if let Some(summary) = Proposals::of(proposals.iter().copied()) {
        lines.push(Line::from(Span::styled(
            format!(
                "Members' scores: {} proposed, {}–{}, median {}",
                summary.count, summary.lowest, summary.highest, summary.median
            ),
            theme.key,
        )));
        for proposal in &proposals {
            let target = proposal
                .target
                .map_or(String::new(), |t| format!(", target {t}"));
            lines.push(Line::from(vec![
                Span::raw(format!(
                    "  {} = {}{target} ",
                    proposal.residual,
                    proposal.residual.value()
                )),
                Span::styled(
                    format!(
                        "{} {}",
                        name(&proposal.author),
                        clock(&proposal.proposed_at)
                    ),
                    theme.dim,
                ),
            ]));
            lines.push(Line::raw(format!("    {}", clean(&proposal.reason))));
        }
    }
    if let Some(rating) = rating {
        let mut spans = vec![
            Span::styled("Agreed ", theme.dim),
            theme.rag(Some(rating.rag)),
        ];
        let against_proposal = match change(state.proposed_rag(item), Some(rating.rag)) {
            Some(Change::Better) => " (better than proposed)",
            Some(Change::Worse) => " (worse than proposed)",
            Some(Change::Same) => " (as proposed)",
            None => "",
        };
        spans.push(Span::raw(against_proposal));
        spans.push(Span::styled(
            format!(
                " by {} at {}",
                clean(state.pack.meeting.name_of(&rating.agreed_by)),
                clock(&rating.agreed_at)
            ),
            theme.dim,
        ));
        lines.push(Line::from(spans));
        if let Some(reason) = &rating.reason {
            lines.push(Line::raw(format!("  because: {}", clean(reason))));
        }
    }
    for declaration in declarations {
        lines.push(Line::raw(format!(
            "Declared by {}: {}",
            clean(&declaration.member),
            clean(&declaration.interest)
        )));
    }
    for note in notes {
        let label = match note.kind {
            crate::model::NoteKind::Challenge => "challenge",
            crate::model::NoteKind::Decision => "RESOLVED",
            crate::model::NoteKind::Private => "private",
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{label} "), theme.key),
            Span::styled(
                format!(
                    "{} {}",
                    clean(state.pack.meeting.name_of(&note.author)),
                    clock(&note.created)
                ),
                theme.dim,
            ),
        ]));
        lines.extend(paragraph(&note.text).into_iter().map(|l| {
            Line::from(
                vec![Span::raw("  ")]
                    .into_iter()
                    .chain(l.spans)
                    .collect::<Vec<_>>(),
            )
        }));
    }
    for action in arising {
        lines.push(Line::raw(format!(
            "Action {}: {} to {} by {}",
            clean(&action.reference),
            clean(&action.owner),
            clean(&action.text),
            clean(&action.due_text)
        )));
    }
}

fn risk_lines(state: &State, risk: &Risk, theme: &Theme, lines: &mut Vec<Line<'static>>) {
    let bands = &state.pack.risk_bands;
    if risk.exempt {
        lines.push(confidential(theme));
    }
    lines.push(field(theme, "Owner", clean(&risk.owner)));
    lines.push(field(theme, "Areas", clean(&risk.areas.join(", "))));
    for (name, score) in [
        ("Inherent", risk.inherent),
        ("Residual", risk.residual),
        ("Target", risk.target),
    ] {
        lines.push(Line::from(vec![
            Span::styled(format!("{name}: "), theme.dim),
            Span::raw(format!(
                "{} × {} = {:>2} ",
                score.likelihood,
                score.impact,
                score.value()
            )),
            theme.rag(Some(bands.rag(score))),
        ]));
    }
    let history = match risk.previous_residual {
        Some(previous) => format!(
            "{previous} at the last meeting → {} now",
            risk.residual.value()
        ),
        None => format!("{} (no previous score)", risk.residual.value()),
    };
    lines.push(field(theme, "Residual score history", history));
    lines.push(field(
        theme,
        "Trend",
        format!("{:?}", risk.trend).to_lowercase(),
    ));
    lines.push(field(
        theme,
        "Review by",
        risk.review_date.format("%-d %b %Y").to_string(),
    ));
    lines.push(Line::raw(""));
    lines.push(heading(theme, "Cause"));
    lines.extend(paragraph(&risk.description.cause));
    lines.push(heading(theme, "Event"));
    lines.extend(paragraph(&risk.description.event));
    lines.push(heading(theme, "Effect"));
    lines.extend(paragraph(&risk.description.effect));
    if !risk.controls.is_empty() {
        lines.push(Line::raw(""));
        lines.push(heading(theme, "Controls"));
        lines.extend(bullets(&risk.controls, state.lang));
    }
    if !risk.further_actions.is_empty() {
        lines.push(Line::raw(""));
        lines.push(heading(theme, "Further actions"));
        lines.extend(bullets(&risk.further_actions, state.lang));
    }
}

fn kpi_lines(kpi: &Kpi, theme: &Theme, lines: &mut Vec<Line<'static>>) {
    if kpi.exempt {
        lines.push(confidential(theme));
    }
    if let Some((period, value)) = kpi.latest() {
        lines.push(Line::from(vec![
            Span::styled("Latest: ", theme.dim),
            Span::raw(format!("{} ({period}) ", with_unit(value, &kpi.unit))),
            theme.rag(kpi.rag()),
        ]));
    }
    if let Some(target) = kpi.target {
        lines.push(field(
            theme,
            "Target",
            format!(
                "{} (amber within {})",
                with_unit(target, &kpi.unit),
                with_unit(kpi.tolerance, &kpi.unit)
            ),
        ));
    }
    if let Some(benchmark) = &kpi.benchmark {
        lines.push(field(
            theme,
            &clean(&benchmark.label),
            with_unit(benchmark.value, &kpi.unit),
        ));
    }
    let polarity = match kpi.polarity {
        Polarity::HigherIsBetter => "higher is better",
        Polarity::LowerIsBetter => "lower is better",
    };
    lines.push(field(theme, "Polarity", polarity.to_string()));
    let travel = match kpi.travel() {
        Some(Travel::Improving) => "improving",
        Some(Travel::Declining) => "declining",
        Some(Travel::Unchanged) => "unchanged",
        None => "not enough data",
    };
    lines.push(field(theme, "Direction of travel", travel.to_string()));
    match kpi.state {
        crate::model::KpiState::BaselineBeingSet => lines.push(field(
            theme,
            "State",
            "baseline being set: not RAG-rated yet".into(),
        )),
        crate::model::KpiState::NotRagRated => {
            lines.push(field(theme, "State", "for context: not RAG-rated".into()))
        }
        crate::model::KpiState::Rated => {}
    }
    if !kpi.commentary.trim().is_empty() {
        lines.push(Line::raw(""));
        lines.push(heading(theme, "Commentary"));
        lines.extend(paragraph(&kpi.commentary));
    }
    lines.push(Line::raw(""));
    lines.push(heading(theme, "Series"));
    for (period, value) in &kpi.series {
        lines.push(Line::raw(format!(
            "  {period:<8} {}",
            with_unit(*value, &kpi.unit)
        )));
    }
}

fn block(title: String, theme: &Theme, overlay: bool) -> Block<'static> {
    let block = if overlay {
        Block::new().borders(Borders::ALL)
    } else {
        Block::new().borders(Borders::TOP).padding(Padding::left(1))
    };
    block
        .border_style(theme.border)
        .title(Span::styled(format!(" {title} "), theme.title))
}

/// Draws the item scrolled to `scroll` (clamped to its end); returns how far it can scroll.
pub fn render(
    state: &State,
    target: Target,
    scroll: usize,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    overlay: bool,
) -> usize {
    let (title, text) = content(state, target, theme);
    let text = Paragraph::new(text).wrap(Wrap { trim: false });
    let block = block(title, theme, overlay);
    let limit = scroll_limit(&text, &block, area);
    let widget = text
        .scroll((scroll.min(limit).min(u16::MAX as usize) as u16, 0))
        .block(block)
        .style(theme.base);
    frame.render_widget(widget, area);
    limit
}
