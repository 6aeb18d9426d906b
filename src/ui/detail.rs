//! One item in full: the detail pane beside a list, and the same text opened over the
//! screen for reading aloud to the room.

use super::cells::{due_cell, rag_change};
use super::{Theme, clean, extent};
use crate::action::Extent;
use crate::locale;
use crate::locale::Lang;
use crate::model::{Change, Kpi, Polarity, Proposals, Risk, Travel, change, with_unit};
use crate::model::{Target, Text as PackText};
use crate::sanitize;
use crate::state::State;
use crate::t;
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
        format!(" {} ", t!(theme.lang, "detail-confidential")),
        theme.badge,
    ))
}

pub fn content(state: &State, target: Target, theme: &Theme) -> (String, Text<'static>) {
    let pack = &state.pack;
    let date = pack.meeting.date;
    let lang = state.lang;
    let mut lines: Vec<Line<'static>> = Vec::new();
    let title = match target {
        Target::Area(a) => {
            let area = &pack.areas[a];
            lines.push(field(
                theme,
                &t!(lang, "col-board-lead"),
                clean(area.board_lead.get(lang)),
            ));
            lines.push(field(
                theme,
                &t!(lang, "detail-recommendations"),
                area.recommendations.len().to_string(),
            ));
            t!(
                lang,
                "detail-area",
                id = clean(&area.id),
                title = clean(area.title.get(lang))
            )
        }
        Target::Recommendation(a, r) => {
            let rec = &pack.areas[a].recommendations[r];
            if rec.exempt {
                lines.push(confidential(theme));
            }
            lines.push(field(theme, &t!(lang, "detail-term"), rec.term.label(lang)));
            if let Some(answers) = &rec.answers {
                lines.push(field(theme, &t!(lang, "detail-answers"), clean(answers)));
            }
            lines.push(Line::raw(""));
            lines.extend(paragraph(rec.text.get(lang)));
            lines.push(Line::raw(""));
            let overdue = rec.actions.iter().filter(|x| x.is_overdue(date)).count();
            lines.push(field(
                theme,
                &t!(lang, "detail-actions"),
                format!(
                    "{}, {}",
                    rec.actions.len(),
                    t!(lang, "count-overdue", count = overdue)
                ),
            ));
            // Ids padded to the longest, and always a space before the rating.
            let ids: Vec<String> = rec.actions.iter().map(|x| clean(&x.id)).collect();
            let pad = ids
                .iter()
                .map(|id| id.chars().count())
                .max()
                .unwrap_or(0)
                .max(7);
            for (action, id) in rec.actions.iter().zip(&ids) {
                let mut spans = vec![Span::raw(format!("  {id:<pad$} "))];
                spans.extend(rag_change(action, theme).spans);
                spans.push(Span::raw(" "));
                spans.push(due_cell(action, date, theme));
                lines.push(Line::from(spans));
            }
            t!(lang, "detail-recommendation", id = clean(&rec.id))
        }
        Target::Action(a, r, i) => {
            let rec = &pack.areas[a].recommendations[r];
            let action = &rec.actions[i];
            if action.exempt || rec.exempt {
                lines.push(confidential(theme));
            }
            lines.extend(paragraph(action.text.get(lang)));
            lines.push(Line::raw(""));
            let leads = if action.leads.is_empty() {
                t!(lang, "detail-none-named")
            } else {
                clean(&PackText::join(&action.leads, lang, "; "))
            };
            lines.push(field(theme, &t!(lang, "col-lead"), leads));
            let mut due = vec![Span::styled(
                format!("{}: ", t!(lang, "col-due")),
                theme.dim,
            )];
            match &action.due {
                Some(d) => {
                    due.push(Span::raw(t!(
                        lang,
                        "detail-due-by",
                        due = clean(d.written()),
                        date = locale::long_date(lang, d.deadline(), false)
                    )));
                    if action.is_overdue(date) {
                        let days = (date - d.deadline()).num_days();
                        due.push(Span::styled(
                            format!("  {}", t!(lang, "detail-overdue-by", days = days)),
                            theme.overdue,
                        ));
                    }
                }
                None => due.push(Span::styled(t!(lang, "detail-no-timescale"), theme.dim)),
            }
            lines.push(Line::from(due));
            lines.push(field(
                theme,
                &t!(lang, "col-status"),
                action.status.label(lang),
            ));
            let direction = match change(action.previous_rag, action.proposed_rag) {
                Some(Change::Better) => format!("  ({})", t!(lang, "detail-better")),
                Some(Change::Worse) => format!("  ({})", t!(lang, "detail-worse")),
                Some(Change::Same) => format!("  ({})", t!(lang, "detail-no-change")),
                None => String::new(),
            };
            lines.push(Line::from(vec![
                Span::styled(
                    format!(
                        "{} {} ",
                        t!(lang, "minutes-rag"),
                        t!(lang, "minutes-previous")
                    ),
                    theme.dim,
                ),
                theme.rag(action.previous_rag),
                Span::styled(format!(" → {} ", t!(lang, "minutes-proposed")), theme.dim),
                theme.rag(action.proposed_rag),
                Span::raw(direction),
            ]));
            if !action.success_measures.is_empty() {
                lines.push(Line::raw(""));
                lines.push(heading(theme, &t!(lang, "detail-success-measures")));
                lines.extend(bullets(&action.success_measures, lang));
            }
            lines.push(Line::raw(""));
            lines.push(heading(theme, &t!(lang, "detail-progress")));
            match &action.progress {
                Some(progress) if !progress.trim().is_empty() => {
                    lines.extend(paragraph(progress.get(lang)))
                }
                _ => lines.push(Line::from(Span::styled(
                    t!(lang, "detail-no-progress"),
                    theme.overdue,
                ))),
            }
            lines.push(Line::raw(""));
            lines.push(Line::from(Span::styled(
                format!(
                    "{} ({}):",
                    t!(lang, "detail-recommendation", id = clean(&rec.id)),
                    rec.term.label(lang)
                ),
                theme.dim,
            )));
            lines.extend(paragraph(rec.text.get(lang)));
            t!(lang, "detail-action", id = clean(&action.id))
        }
        Target::Risk(i) => {
            let risk = &pack.risks[i];
            risk_lines(state, risk, theme, &mut lines);
            t!(
                lang,
                "detail-risk",
                id = clean(&risk.id),
                title = clean(risk.title.get(lang))
            )
        }
        Target::Kpi(i) => {
            let kpi = &pack.kpis[i];
            kpi_lines(kpi, theme, &mut lines);
            t!(
                lang,
                "detail-kpi",
                id = clean(&kpi.id),
                title = clean(kpi.title.get(lang))
            )
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
    let lang = state.lang;
    lines.push(Line::raw(""));
    lines.push(heading(theme, &t!(lang, "detail-at-this-meeting")));
    let name = |id: &str| clean(state.pack.meeting.name_of(id));
    let by_at = |who: &str, at: &str| {
        format!(
            " {}",
            t!(lang, "detail-by-at", who = name(who), time = clock(at))
        )
    };
    let because = |reason: &str| {
        Line::raw(format!(
            "  {}",
            t!(lang, "detail-because", reason = clean(reason))
        ))
    };
    if let Some(agreed) = agreed_score {
        let officers = state.target_of(item).and_then(|t| match t {
            Target::Risk(i) => Some(state.pack.risks[i].residual),
            _ => None,
        });
        let against = match officers.map(|o| agreed.residual.value().cmp(&o.value())) {
            Some(std::cmp::Ordering::Greater) => {
                format!(" ▲ {}", t!(lang, "detail-worse-than-officers"))
            }
            Some(std::cmp::Ordering::Less) => {
                format!(" ▼ {}", t!(lang, "detail-better-than-officers"))
            }
            Some(std::cmp::Ordering::Equal) => format!(" = {}", t!(lang, "detail-as-officers")),
            None => String::new(),
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{} ", t!(lang, "hint-agree_score")), theme.dim),
            Span::raw(format!(
                "{} = {}{against}",
                agreed.residual,
                agreed.residual.value()
            )),
            Span::styled(by_at(&agreed.agreed_by, &agreed.agreed_at), theme.dim),
        ]));
        if let Some(reason) = &agreed.reason {
            lines.push(because(reason));
        }
    }
    if let Some(summary) = Proposals::of(proposals.iter().copied()) {
        lines.push(Line::from(Span::styled(
            t!(
                lang,
                "detail-members-scores",
                count = summary.count,
                lowest = summary.lowest.to_string(),
                highest = summary.highest.to_string(),
                median = summary.median.to_string()
            ),
            theme.key,
        )));
        for proposal in &proposals {
            let target = proposal.target.map_or(String::new(), |target| {
                format!(
                    ", {}",
                    t!(lang, "detail-target", target = target.to_string())
                )
            });
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
            Span::styled(format!("{} ", t!(lang, "detail-agreed")), theme.dim),
            theme.rag(Some(rating.rag)),
        ];
        let against_proposal = match change(state.proposed_rag(item), Some(rating.rag)) {
            Some(Change::Better) => format!(" ({})", t!(lang, "detail-better-than-proposed")),
            Some(Change::Worse) => format!(" ({})", t!(lang, "detail-worse-than-proposed")),
            Some(Change::Same) => format!(" ({})", t!(lang, "detail-as-proposed")),
            None => String::new(),
        };
        spans.push(Span::raw(against_proposal));
        spans.push(Span::styled(
            by_at(&rating.agreed_by, &rating.agreed_at),
            theme.dim,
        ));
        lines.push(Line::from(spans));
        if let Some(reason) = &rating.reason {
            lines.push(because(reason));
        }
    }
    for declaration in declarations {
        lines.push(Line::raw(t!(
            lang,
            "detail-declared-by",
            member = clean(&declaration.member),
            interest = clean(&declaration.interest)
        )));
    }
    for note in notes {
        let label = match note.kind {
            crate::model::NoteKind::Decision => t!(lang, "minutes-resolved"),
            kind => kind.label(lang),
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
            "{} {}",
            t!(lang, "detail-action", id = clean(&action.reference)),
            t!(
                lang,
                "minutes-action-sentence",
                owner = clean(&action.owner),
                what = clean(&action.text),
                due = clean(&action.due_text),
                reference = clean(&action.reference)
            )
        )));
    }
}

fn risk_lines(state: &State, risk: &Risk, theme: &Theme, lines: &mut Vec<Line<'static>>) {
    let bands = &state.pack.risk_bands;
    let lang = state.lang;
    if risk.exempt {
        lines.push(confidential(theme));
    }
    lines.push(field(
        theme,
        &t!(lang, "field-owner"),
        clean(risk.owner.get(lang)),
    ));
    lines.push(field(
        theme,
        &t!(lang, "detail-areas"),
        clean(&risk.areas.join(", ")),
    ));
    for (name, score) in [
        (t!(lang, "detail-inherent"), risk.inherent),
        (t!(lang, "detail-residual"), risk.residual),
        (t!(lang, "minutes-col-target"), risk.target),
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
        Some(previous) => t!(
            lang,
            "detail-score-history",
            previous = previous,
            now = risk.residual.value()
        ),
        None => format!(
            "{} ({})",
            risk.residual.value(),
            t!(lang, "minutes-no-previous-score")
        ),
    };
    lines.push(field(
        theme,
        &t!(lang, "detail-score-history-label"),
        history,
    ));
    lines.push(field(
        theme,
        &t!(lang, "detail-trend"),
        t!(
            lang,
            "trend",
            trend = format!("{:?}", risk.trend).to_lowercase()
        ),
    ));
    lines.push(field(
        theme,
        &t!(lang, "detail-review-by"),
        locale::long_date(lang, risk.review_date, false),
    ));
    lines.push(Line::raw(""));
    let d = &risk.description;
    for (name, text) in [
        (t!(lang, "detail-cause"), &d.cause),
        (t!(lang, "detail-event"), &d.event),
        (t!(lang, "detail-effect"), &d.effect),
    ] {
        lines.push(heading(theme, &name));
        lines.extend(paragraph(text.get(lang)));
    }
    if !risk.controls.is_empty() {
        lines.push(Line::raw(""));
        lines.push(heading(theme, &t!(lang, "detail-controls")));
        lines.extend(bullets(&risk.controls, lang));
    }
    if !risk.further_actions.is_empty() {
        lines.push(Line::raw(""));
        lines.push(heading(theme, &t!(lang, "detail-further-actions")));
        lines.extend(bullets(&risk.further_actions, lang));
    }
}

fn kpi_lines(kpi: &Kpi, theme: &Theme, lines: &mut Vec<Line<'static>>) {
    let lang = theme.lang;
    let unit = kpi.unit.get(lang);
    if kpi.exempt {
        lines.push(confidential(theme));
    }
    if let Some((period, value)) = kpi.latest() {
        lines.push(Line::from(vec![
            Span::styled(format!("{}: ", t!(lang, "minutes-col-latest")), theme.dim),
            Span::raw(format!("{} ({period}) ", with_unit(value, unit))),
            theme.rag(kpi.rag()),
        ]));
    }
    if let Some(target) = kpi.target {
        lines.push(field(
            theme,
            &t!(lang, "minutes-col-target"),
            t!(
                lang,
                "detail-kpi-target",
                target = with_unit(target, unit),
                tolerance = with_unit(kpi.tolerance, unit)
            ),
        ));
    }
    if let Some(benchmark) = &kpi.benchmark {
        lines.push(field(
            theme,
            &clean(benchmark.label.get(lang)),
            with_unit(benchmark.value, unit),
        ));
    }
    let polarity = match kpi.polarity {
        Polarity::HigherIsBetter => t!(lang, "detail-higher-better"),
        Polarity::LowerIsBetter => t!(lang, "detail-lower-better"),
    };
    lines.push(field(theme, &t!(lang, "detail-polarity"), polarity));
    let travel = match kpi.travel() {
        Some(Travel::Improving) => t!(lang, "travel-improving"),
        Some(Travel::Declining) => t!(lang, "travel-declining"),
        Some(Travel::Unchanged) => t!(lang, "travel-unchanged"),
        None => t!(lang, "detail-not-enough-data"),
    };
    lines.push(field(theme, &t!(lang, "detail-travel"), travel));
    match kpi.state {
        crate::model::KpiState::BaselineBeingSet => lines.push(field(
            theme,
            &t!(lang, "detail-state"),
            t!(lang, "detail-baseline"),
        )),
        crate::model::KpiState::NotRagRated => lines.push(field(
            theme,
            &t!(lang, "detail-state"),
            t!(lang, "detail-not-rated"),
        )),
        crate::model::KpiState::Rated => {}
    }
    if !kpi.commentary.trim().is_empty() {
        lines.push(Line::raw(""));
        lines.push(heading(theme, &t!(lang, "detail-commentary")));
        lines.extend(paragraph(kpi.commentary.get(lang)));
    }
    lines.push(Line::raw(""));
    lines.push(heading(theme, &t!(lang, "detail-series")));
    for (period, value) in &kpi.series {
        lines.push(Line::raw(format!(
            "  {period:<8} {}",
            with_unit(*value, unit)
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

/// Draws the item in the pane beside a screen's list, scrolled as the chair left it.
pub fn beside(
    state: &State,
    target: Target,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
) -> Extent {
    render(
        state,
        target,
        state.detail_scroll.offset,
        theme,
        frame,
        area,
        false,
    )
}

/// Draws the item scrolled to `scroll` (clamped to its end); returns how it fitted.
pub fn render(
    state: &State,
    target: Target,
    scroll: usize,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    overlay: bool,
) -> Extent {
    let (title, text) = content(state, target, theme);
    let text = Paragraph::new(text).wrap(Wrap { trim: false });
    let block = block(title, theme, overlay);
    let fitted = extent(&text, &block, area);
    let widget = text
        .scroll((scroll.min(fitted.limit).min(u16::MAX as usize) as u16, 0))
        .block(block)
        .style(theme.base);
    frame.render_widget(widget, area);
    fitted
}
