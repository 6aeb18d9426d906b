//! The KPI dashboard: latest value against target, tolerance and benchmark, the direction
//! of travel judged by polarity, and a chart of the selected KPI.

use super::cells::record_cell;
use super::{Drawn, SIDE_BY_SIDE_WIDTH, Theme, clean, confidential, detail, fitted, share, window};
use crate::model::Target;
use crate::model::{Kpi, Travel, with_unit};
use crate::state::State;
use crate::t;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Block, Borders, Cell, Chart, Dataset, GraphType, Paragraph, Row};

/// (table, chart, detail) areas of the body.
fn layout(body: Rect) -> (Rect, Rect, Rect) {
    if body.width >= SIDE_BY_SIDE_WIDTH {
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(58), Constraint::Percentage(42)])
                .areas(body);
        let [table, chart] =
            Layout::vertical([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(left);
        (table, chart, right)
    } else {
        let [table, bottom] =
            Layout::vertical([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(body);
        let [chart, detail] =
            Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)])
                .areas(bottom);
        (table, chart, detail)
    }
}

/// An arrow for the direction of travel, with a word so it does not rely on the glyph.
fn travel(kpi: &Kpi, theme: &Theme) -> Span<'static> {
    let lang = theme.lang;
    match kpi.travel() {
        Some(Travel::Improving) => Span::raw(format!("▲ {}", t!(lang, "detail-better"))),
        Some(Travel::Declining) => {
            Span::styled(format!("▼ {}", t!(lang, "detail-worse")), theme.overdue)
        }
        Some(Travel::Unchanged) => Span::raw(format!("= {}", t!(lang, "kpis-same"))),
        None => Span::styled("–", theme.dim),
    }
}

/// Draws the dashboard; returns how its detail pane fitted.
pub fn render(state: &State, theme: &Theme, frame: &mut Frame, body: Rect) -> Drawn {
    let (table_area, chart_area, detail_area) = layout(body);
    let pack = &state.pack;
    let wide = table_area.width >= 90;
    let lang = state.lang;
    let header = Row::new(vec![
        t!(lang, "col-id"),
        t!(lang, "minutes-col-indicator"),
        t!(lang, "minutes-col-latest"),
        t!(lang, "minutes-col-target"),
        if wide {
            t!(lang, "kpis-col-tolerance")
        } else {
            String::new()
        },
        t!(lang, "kpis-col-benchmark"),
        t!(lang, "kpis-col-travel"),
        t!(lang, "col-rag"),
        t!(lang, "col-meeting"),
    ])
    .style(theme.title);
    let height = table_area.height.saturating_sub(2) as usize;
    let number = |value: Option<f64>, unit: &str| {
        value.map_or_else(|| "–".to_string(), |v| with_unit(v, unit))
    };
    let rows = window(state.kpi_cursor, state.kpi_rows.len(), height).map(|n| {
        let kpi = &pack.kpis[state.kpi_rows[n]];
        let mut title = vec![Span::raw(clean(kpi.title.get(state.lang)))];
        if kpi.exempt {
            title.insert(0, confidential(theme));
        }
        let row = Row::new(vec![
            Cell::from(clean(&kpi.id)),
            Cell::from(Line::from(title)),
            Cell::from(number(kpi.latest().map(|(_, v)| v), &kpi.unit)),
            Cell::from(number(kpi.target, &kpi.unit)),
            Cell::from(if wide {
                number(kpi.target.map(|_| kpi.tolerance), &kpi.unit)
            } else {
                String::new()
            }),
            Cell::from(number(kpi.benchmark.as_ref().map(|b| b.value), &kpi.unit)),
            Cell::from(travel(kpi, theme)),
            Cell::from(theme.rag(kpi.rag())),
            record_cell(state, Target::Kpi(state.kpi_rows[n]), theme),
        ]);
        theme.row(row, n == state.kpi_cursor)
    });
    // Values carry their unit ("12 per 1,000 children"): as wide as the widest shown.
    let value_width = fitted(state.widest.kpi_values, 6, if wide { 22 } else { 12 });
    let widths = [
        // As wide as the longest id, up to a sixth of the table (never less than 12).
        Constraint::Length(fitted(
            state.widest.kpi_ids,
            2,
            share(table_area.width, 6, 12),
        )),
        Constraint::Min(16),
        Constraint::Length(value_width),
        Constraint::Length(value_width),
        Constraint::Length(if wide { value_width } else { 0 }),
        Constraint::Length(value_width),
        Constraint::Length(8),
        Constraint::Length(3),
        Constraint::Length(4),
    ];
    let title = format!(
        " {} ",
        t!(
            lang,
            "kpis-title",
            shown = state.kpi_rows.len(),
            all = pack.kpis.len()
        )
    );
    let table = theme.list_table(rows, widths, header, Some(title));
    frame.render_widget(table, table_area);

    let pane = match state.selected() {
        Some(target @ Target::Kpi(i)) => {
            chart(&pack.kpis[i], theme, frame, chart_area);
            Some(detail::beside(state, target, theme, frame, detail_area))
        }
        _ => {
            frame.render_widget(
                Paragraph::new(t!(lang, "kpis-none-match")).style(theme.dim),
                chart_area,
            );
            None
        }
    };
    Drawn { list: height, pane }
}

fn chart(kpi: &Kpi, theme: &Theme, frame: &mut Frame, area: Rect) {
    let lang = theme.lang;
    let mut legend = format!(" {} — ⣀ {}", clean(&kpi.id), t!(lang, "kpis-value"));
    if kpi.target.is_some() {
        legend.push_str(&format!(" · • {}", t!(lang, "kpis-target")));
    }
    if let Some(benchmark) = &kpi.benchmark {
        legend.push_str(&format!(" · ▪ {}", clean(&benchmark.label)));
    }
    legend.push(' ');
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .title(Span::styled(legend, theme.title));
    if kpi.series.is_empty() {
        frame.render_widget(
            Paragraph::new(t!(lang, "kpis-no-data"))
                .block(block)
                .style(theme.dim),
            area,
        );
        return;
    }
    let points: Vec<(f64, f64)> = kpi
        .series
        .iter()
        .enumerate()
        .map(|(x, (_, v))| (x as f64, *v))
        .collect();
    let last_x = (points.len().saturating_sub(1)).max(1) as f64;
    let flat = |y: f64| vec![(0.0, y), (last_x, y)];
    let target_line = kpi.target.map(flat);
    // A point per period, so the benchmark reads as a dashed line beside the solid target.
    let benchmark_line = kpi.benchmark.as_ref().map(|b| {
        (0..points.len().max(2))
            .map(|x| (x as f64, b.value))
            .collect::<Vec<_>>()
    });
    let mut values: Vec<f64> = points.iter().map(|(_, v)| *v).collect();
    values.extend(kpi.target);
    values.extend(kpi.benchmark.as_ref().map(|b| b.value));
    let (low, high) = values
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(*v), hi.max(*v))
        });
    let margin = ((high - low) * 0.1).max(1.0);
    let (low, high) = (low - margin, high + margin);
    let mut datasets = vec![
        Dataset::default()
            .name(clean(&kpi.title).chars().take(24).collect::<String>())
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(theme.chart_line(0))
            .data(&points),
    ];
    if let Some(line) = &target_line {
        datasets.push(
            Dataset::default()
                .name(t!(lang, "kpis-target"))
                .marker(Marker::Dot)
                .graph_type(GraphType::Line)
                .style(theme.chart_line(1))
                .data(line),
        );
    }
    if let (Some(line), Some(benchmark)) = (&benchmark_line, &kpi.benchmark) {
        let name: String = clean(&benchmark.label).chars().take(16).collect();
        datasets.push(
            Dataset::default()
                .name(name)
                .marker(Marker::Custom('▪'))
                .graph_type(GraphType::Scatter)
                .style(theme.chart_line(2))
                .data(line),
        );
    }
    let first = kpi
        .series
        .first()
        .map(|(p, _)| p.to_string())
        .unwrap_or_default();
    let last = kpi
        .series
        .last()
        .map(|(p, _)| p.to_string())
        .unwrap_or_default();
    let chart = Chart::new(datasets)
        .hidden_legend_constraints((Constraint::Length(0), Constraint::Length(0)))
        .block(block)
        .style(theme.base)
        .x_axis(
            Axis::default()
                .bounds([0.0, last_x])
                .labels([first, last])
                .style(theme.dim),
        )
        .y_axis(
            Axis::default()
                .bounds([low, high])
                .labels([format!("{low:.0}"), format!("{high:.0}")])
                .style(theme.dim),
        );
    frame.render_widget(chart, area);
}
