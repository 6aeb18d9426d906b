//! The KPI dashboard: latest value against target, tolerance and benchmark, the direction
//! of travel judged by polarity, and a chart of the selected KPI.

use super::cells::record_cell;
use super::{
    Drawn, SIDE_BY_SIDE_WIDTH, Theme, clean, confidential, detail, fit_id, fitted, room_beside,
    share, window,
};
use crate::locale;
use crate::model::Target;
use crate::model::{Kpi, Travel, figure, with_unit};
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

const TITLE_WIDTH: u16 = 16;
const TRAVEL_WIDTH: u16 = 8;
const RAG_WIDTH: u16 = 3;
const MEETING_WIDTH: u16 = 4;

/// How the dashboard shows its values.
struct Values {
    /// Each value column's width.
    width: u16,
    /// The unit column's width, when the values are numbers alone.
    units: Option<u16>,
    /// Whether there is room for the tolerance (the detail pane always has it).
    tolerance: bool,
}

impl Values {
    /// Each value with its unit ("12 per 1,000 children") where every value fits so;
    /// otherwise numbers alone beside a column of units, so that no unit is cut short
    /// ("per 1,0").
    fn fitted(state: &State, table: u16, id_width: u16) -> Values {
        let widest = &state.widest;
        let wide = table >= 90;
        let columns = if wide { 4 } else { 3 };
        let others = [
            Constraint::Length(id_width),
            Constraint::Min(TITLE_WIDTH),
            Constraint::Length(TRAVEL_WIDTH),
            Constraint::Length(RAG_WIDTH),
            Constraint::Length(MEETING_WIDTH),
        ];
        // The four value columns, one perhaps empty, each with the space after it.
        let room = room_beside(table, &others).saturating_sub(4);
        // A value column is never narrower than its heading ("Diweddaraf").
        let lang = state.lang;
        let heading = [
            "minutes-col-latest",
            "minutes-col-target",
            "kpis-col-tolerance",
            "kpis-col-benchmark",
        ]
        .map(|key| locale::message(lang, key, None).chars().count())
        .into_iter()
        .max()
        .unwrap_or(0);
        let with_units = widest.kpi_values.max(heading).max(6);
        let cap = if wide { 22 } else { 12 };
        if with_units <= cap && columns * with_units <= room {
            return Values {
                width: with_units as u16,
                units: None,
                tolerance: wide,
            };
        }
        let width = fitted(widest.kpi_figures.max(heading), 6, 12);
        // What the unit column may take, and the space after it, beside `columns` values.
        let unit_room = |columns: usize| room.saturating_sub(columns * usize::from(width) + 1);
        // The unit whole matters more than the tolerance beside it.
        let tolerance = wide && unit_room(4) >= widest.kpi_units;
        let unit_room = unit_room(if tolerance { 4 } else { 3 });
        Values {
            width,
            units: Some(fitted(widest.kpi_units, 4, unit_room.max(4))),
            tolerance,
        }
    }
}

/// Draws the dashboard; returns how its detail pane fitted.
pub fn render(state: &State, theme: &Theme, frame: &mut Frame, body: Rect) -> Drawn {
    let (table_area, chart_area, detail_area) = layout(body);
    let pack = &state.pack;
    let lang = state.lang;
    // As wide as the longest id, up to a sixth of the table (never less than 12).
    let id_width = fitted(state.widest.kpi_ids, 2, share(table_area.width, 6, 12));
    let values = Values::fitted(state, table_area.width, id_width);
    let mut header = vec![
        t!(lang, "col-id"),
        t!(lang, "minutes-col-indicator"),
        t!(lang, "minutes-col-latest"),
        t!(lang, "minutes-col-target"),
        if values.tolerance {
            t!(lang, "kpis-col-tolerance")
        } else {
            String::new()
        },
        t!(lang, "kpis-col-benchmark"),
        t!(lang, "kpis-col-travel"),
        t!(lang, "col-rag"),
        t!(lang, "col-meeting"),
    ];
    if values.units.is_some() {
        header.insert(2, t!(lang, "kpis-col-unit"));
    }
    let header = Row::new(header).style(theme.title);
    let height = table_area.height.saturating_sub(2) as usize;
    let number = |value: Option<f64>, unit: &str| {
        value.map_or_else(
            || "–".to_string(),
            |v| match values.units {
                Some(_) => figure(v),
                None => with_unit(v, unit),
            },
        )
    };
    let rows = window(state.kpi_cursor, state.kpi_rows.len(), height).map(|n| {
        let kpi = &pack.kpis[state.kpi_rows[n]];
        let unit = kpi.unit.get(state.lang);
        let mut title = vec![Span::raw(clean(kpi.title.get(state.lang)))];
        if kpi.exempt {
            title.insert(0, confidential(theme));
        }
        let mut cells = vec![
            Cell::from(fit_id(&kpi.id, id_width.into())),
            Cell::from(Line::from(title)),
            Cell::from(number(kpi.latest().map(|(_, v)| v), unit)),
            Cell::from(number(kpi.target, unit)),
            Cell::from(if values.tolerance {
                number(kpi.target.map(|_| kpi.tolerance), unit)
            } else {
                String::new()
            }),
            Cell::from(number(kpi.benchmark.as_ref().map(|b| b.value), unit)),
            Cell::from(travel(kpi, theme)),
            Cell::from(theme.rag(kpi.rag())),
            record_cell(state, Target::Kpi(state.kpi_rows[n]), theme),
        ];
        if values.units.is_some() {
            cells.insert(2, Cell::from(clean(unit)));
        }
        theme.row(Row::new(cells), n == state.kpi_cursor)
    });
    let value_width = values.width;
    let mut widths = vec![
        Constraint::Length(id_width),
        Constraint::Min(TITLE_WIDTH),
        Constraint::Length(value_width),
        Constraint::Length(value_width),
        Constraint::Length(if values.tolerance { value_width } else { 0 }),
        Constraint::Length(value_width),
        Constraint::Length(TRAVEL_WIDTH),
        Constraint::Length(RAG_WIDTH),
        Constraint::Length(MEETING_WIDTH),
    ];
    if let Some(units) = values.units {
        widths.insert(2, Constraint::Length(units));
    }
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
        legend.push_str(&format!(" · ▪ {}", clean(benchmark.label.get(lang))));
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
        let name: String = clean(benchmark.label.get(lang)).chars().take(16).collect();
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
