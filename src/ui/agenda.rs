//! The agenda: each item's time allotted, taken and left, in figures and words; the meeting's
//! clock and the pacer (when it was due to close, and when it will at this pace).

use super::{Theme, clean, window};
use crate::locale::Lang;
use crate::model::{Clock, ItemTime, clock_face, nearest_minute, standing};
use crate::state::State;
use crate::t;
use chrono::{Duration, NaiveDateTime};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row, Table};

fn hh_mm(at: NaiveDateTime) -> String {
    at.format("%H:%M").to_string()
}

/// Draws the screen; returns how many rows of its list show (a page of it).
pub fn render(state: &State, theme: &Theme, frame: &mut Frame, body: Rect) -> usize {
    let clock = state.clock();
    let m = &state.pack.meeting;
    // The set start time, on the day the meeting actually started (it may have moved).
    let day = clock.started.map_or(m.date, |started| started.date());
    let set_start = day.and_time(m.start);
    let now = state.now.unwrap_or(set_start);
    let off_agenda = u16::from(!state.off_agenda.is_empty());
    let [summary, pacer, off, table_area] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(off_agenda),
        Constraint::Min(0),
    ])
    .areas(body);

    let lang = state.lang;
    let (badge, said) = match (clock.started, clock.closed) {
        (None, _) => (
            t!(lang, "agenda-not-started"),
            t!(lang, "agenda-due-to-start", time = hh_mm(set_start)),
        ),
        (Some(started), Some(closed)) => (
            t!(lang, "agenda-closed"),
            t!(
                lang,
                "agenda-started-closed",
                start = hh_mm(started),
                close = hh_mm(closed)
            ),
        ),
        (Some(started), None) => (
            if clock.running {
                t!(lang, "agenda-running")
            } else {
                t!(lang, "agenda-paused")
            },
            t!(
                lang,
                "agenda-started-now",
                start = hh_mm(started),
                now = hh_mm(now)
            ),
        ),
    };
    frame.render_widget(
        Paragraph::new(theme.badge_line(&badge, &said)).style(theme.base),
        summary,
    );

    frame.render_widget(
        Paragraph::new(pacer_line(state, &clock, set_start, now)).style(theme.base),
        pacer,
    );

    // An area the pack's agenda gives no time: the chair should know the meeting will not
    // come to it (`check` says so too).
    if off_agenda > 0 {
        let areas: Vec<String> = state
            .off_agenda
            .iter()
            .map(|&a| {
                let area = &state.pack.areas[a];
                format!("{} {}", clean(&area.id), clean(area.title.get(lang)))
            })
            .collect();
        frame.render_widget(
            Paragraph::new(Span::styled(
                t!(lang, "agenda-areas-off", areas = areas.join(", ")),
                theme.overdue,
            ))
            .style(theme.base),
            off,
        );
    }

    let block = theme.section(&t!(lang, "tab-agenda"));
    let inner = block.inner(table_area);
    frame.render_widget(block, table_area);
    // Narrow screens keep what the chair needs: the item, its time left and its standing.
    let wide = inner.width >= 110;
    let shown = inner.height.saturating_sub(1) as usize;
    let rows = window(state.agenda_cursor, state.order.len(), shown).map(|n| {
        let item = &state.order[n];
        let time = clock.items.get(n).copied().unwrap_or_default();
        let here = clock.started.is_some() && n == clock.current && clock.closed.is_none();
        let (taken, left, words) = times(&time, here, n < clock.current, state.lang);
        let marker = if here { "▶" } else { " " };
        let words_style = if here && time.remaining() < Duration::minutes(2) {
            theme.overdue
        } else if here {
            theme.highlight
        } else {
            theme.dim
        };
        let mut cells = vec![
            Cell::from(format!("{marker}{:>2}.", n + 1)),
            Cell::from(clean(item.item.get(lang))),
        ];
        if wide {
            let scheduled = Clock::scheduled_start(&state.order, set_start, n);
            cells.extend([Cell::from(hh_mm(scheduled)), Cell::from(taken)]);
        }
        cells.extend([
            Cell::from(t!(lang, "minutes-short", minutes = time.allotted)),
            Cell::from(left),
            Cell::from(Span::styled(words, words_style)),
        ]);
        theme.row(Row::new(cells), n == state.agenda_cursor)
    });
    // The marker column has no heading; the rest are named by their catalogue ids.
    let (widths, columns): (Vec<Constraint>, &[&str]) = if wide {
        (
            vec![
                Constraint::Length(4),
                Constraint::Min(20),
                Constraint::Length(5),
                Constraint::Length(7),
                Constraint::Length(8),
                Constraint::Length(7),
                Constraint::Length(32),
            ],
            &[
                "agenda-col-item",
                "agenda-col-due",
                "agenda-col-taken",
                "agenda-col-allotted",
                "agenda-col-left",
                "agenda-col-standing",
            ],
        )
    } else {
        (
            vec![
                Constraint::Length(4),
                Constraint::Min(16),
                Constraint::Length(8),
                Constraint::Length(6),
                Constraint::Length(21),
            ],
            &[
                "agenda-col-item",
                "agenda-col-allotted",
                "agenda-col-left",
                "agenda-col-standing",
            ],
        )
    };
    let header: Vec<String> = std::iter::once(String::new())
        .chain(
            columns
                .iter()
                .map(|id| crate::locale::message(lang, id, None)),
        )
        .collect();
    // Fixed columns at least as wide as their heading in this language.
    let widths: Vec<Constraint> = widths
        .into_iter()
        .zip(&header)
        .map(|(width, heading)| match width {
            Constraint::Length(n) => Constraint::Length(n.max(heading.chars().count() as u16)),
            other => other,
        })
        .collect();
    let table = Table::new(rows, widths)
        .header(Row::new(header).style(theme.title))
        .style(theme.base);
    frame.render_widget(table, inner);
    shown
}

/// Taken, left and the item's standing in words.
fn times(time: &ItemTime, here: bool, done: bool, lang: Lang) -> (String, String, String) {
    let nothing = || "–".to_string();
    if here {
        return (
            clock_face(time.elapsed),
            clock_face(time.remaining()),
            standing(time, lang),
        );
    }
    if time.elapsed > Duration::zero() || done {
        let over = -nearest_minute(time.remaining());
        let took = nearest_minute(time.elapsed);
        let words = match over {
            over if over > 0 => t!(lang, "agenda-took-over", took = took, over = over),
            _ => t!(lang, "agenda-took", took = took),
        };
        return (clock_face(time.elapsed), nothing(), words);
    }
    (nothing(), nothing(), String::new())
}

/// Scheduled close against the forecast, in words.
fn pacer_line(
    state: &State,
    clock: &Clock,
    set_start: NaiveDateTime,
    now: NaiveDateTime,
) -> Line<'static> {
    let lang = state.lang;
    let scheduled_close = Clock::scheduled_start(&state.order, set_start, state.order.len());
    let mut text = t!(lang, "agenda-due-to-close", time = hh_mm(scheduled_close));
    if clock.started.is_some() && clock.closed.is_none() {
        let on_time = clock.close_on_time(now);
        let late = nearest_minute(on_time - scheduled_close);
        let how = match late {
            late if late > 0 => t!(lang, "agenda-late", minutes = late),
            late if late < 0 => t!(lang, "agenda-early", minutes = -late),
            _ => t!(lang, "agenda-on-time"),
        };
        text.push_str(&format!(
            " · {} ({how})",
            t!(lang, "agenda-on-time-from-here", time = hh_mm(on_time))
        ));
        if let Some(at_pace) = clock.close_at_pace(now) {
            text.push_str(&format!(
                " · {}",
                t!(lang, "agenda-at-this-pace", time = hh_mm(at_pace))
            ));
        }
    }
    Line::from(text)
}
