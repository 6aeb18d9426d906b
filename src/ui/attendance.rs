//! Attendance: each member present, with apologies or absent; whether the meeting is
//! quorate; people in attendance; declarations of interest.

use super::{Theme, clean, fitted, share, window};
use crate::locale::Lang;
use crate::model::Attendance;
use crate::state::State;
use crate::t;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table, Wrap};

/// Voting members present, and whether that meets the quorum.
pub fn quorum(state: &State) -> (usize, bool) {
    let m = &state.pack.meeting;
    let present = m
        .members
        .iter()
        .filter(|member| {
            member.voting && state.record.attendance.get(&member.id) == Some(&Attendance::Present)
        })
        .count();
    (present, present as u32 >= m.quorum)
}

/// Draws the screen; returns how many rows of its list show (a page of it).
pub fn render(state: &State, theme: &Theme, frame: &mut Frame, body: Rect) -> usize {
    let m = &state.pack.meeting;
    let lang = state.lang;
    let (present, quorate) = quorum(state);
    let members_height = (m.members.len() as u16 + 3).min(body.height.saturating_sub(5));
    let [summary, table_area, rest] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(members_height),
        Constraint::Min(0),
    ])
    .areas(body);
    let verdict = if quorate {
        Span::styled(format!(" {} ", t!(lang, "attendance-quorate")), theme.badge)
    } else {
        Span::styled(
            format!(" {} ", t!(lang, "attendance-not-quorate")),
            theme.overdue,
        )
    };
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            verdict,
            Span::raw(format!(
                " {}",
                t!(
                    lang,
                    "attendance-summary",
                    present = present,
                    voting = m.members.iter().filter(|x| x.voting).count(),
                    quorum = m.quorum
                )
            )),
        ]))
        .style(theme.base),
        summary,
    );

    // Each member's role in this language, worded once for the column's width and its rows.
    let roles: Vec<String> = m
        .members
        .iter()
        .map(|member| {
            if member.voting {
                t!(
                    lang,
                    "attendance-role-voting",
                    role = member.role.title(lang)
                )
            } else {
                member.role.title(lang)
            }
        })
        .collect();
    // As wide as the longest ("is-gadeirydd, â phleidlais"), up to a quarter of the table
    // (23 at least, the chair's in Welsh).
    let widest = roles
        .iter()
        .map(|role| role.chars().count())
        .chain([t!(lang, "col-role").chars().count()])
        .max()
        .unwrap_or(0);
    let role_width = fitted(widest, 6, share(table_area.width, 4, 23));
    // Less the table's borders, top and bottom, and its header.
    let shown = usize::from(members_height.saturating_sub(3));
    let rows = window(state.attendance_cursor, m.members.len(), shown).map(|n| {
        let member = &m.members[n];
        let status = state.record.attendance.get(&member.id);
        let label = status.map_or_else(|| t!(lang, "attendance-not-recorded"), |s| s.label(lang));
        let row = Row::new(vec![
            Cell::from(clean(&member.name)),
            Cell::from(clean(&member.organisation)),
            Cell::from(roles[n].clone()),
            Cell::from(member.language.map_or("–", Lang::name)),
            Cell::from(Span::styled(
                label,
                if status.is_none() {
                    theme.dim
                } else {
                    theme.base
                },
            )),
        ]);
        theme.row(row, n == state.attendance_cursor)
    });
    let table = Table::new(
        rows,
        [
            // Fill, not Min/Length: when 80 columns cannot give every column its want, the
            // layout solver must not be left to pick which one gives way.
            Constraint::Fill(3),
            Constraint::Fill(2),
            Constraint::Length(role_width),
            Constraint::Length(8),
            Constraint::Length(14),
        ],
    )
    .header(
        Row::new([
            t!(lang, "col-member"),
            t!(lang, "col-organisation"),
            t!(lang, "col-role"),
            t!(lang, "col-language"),
            t!(lang, "col-attendance"),
        ])
        .style(theme.title),
    )
    .column_spacing(1)
    .block(
        Block::new()
            .borders(Borders::TOP | Borders::BOTTOM)
            .border_style(theme.border),
    )
    .style(theme.base);
    frame.render_widget(table, table_area);

    let none_recorded = || {
        Line::from(Span::styled(
            format!("  {}", t!(lang, "none-recorded")),
            theme.dim,
        ))
    };
    let mut lines = vec![Line::from(Span::styled(
        t!(lang, "attendance-in-attendance"),
        theme.title,
    ))];
    if state.record.guests.is_empty() {
        lines.push(none_recorded());
    }
    for guest in &state.record.guests {
        lines.push(Line::raw(format!(
            "  {} ({})",
            clean(&guest.name),
            clean(&guest.organisation)
        )));
    }
    lines.push(Line::from(Span::styled(
        t!(lang, "attendance-declarations"),
        theme.title,
    )));
    if state.record.declarations.is_empty() {
        lines.push(none_recorded());
    }
    for declaration in &state.record.declarations {
        lines.push(Line::raw(format!(
            "  {} — {}: {}",
            clean(&declaration.member),
            clean(&declaration.item.to_string()),
            clean(&declaration.interest)
        )));
    }
    let meeting = crate::model::ItemRef::meeting();
    let notes: Vec<_> = state.record.notes_on(&meeting).collect();
    lines.push(Line::from(Span::styled(
        t!(lang, "attendance-meeting-notes"),
        theme.title,
    )));
    if notes.is_empty() {
        lines.push(Line::from(Span::styled(
            format!("  {}", t!(lang, "none-yet")),
            theme.dim,
        )));
    }
    for note in notes {
        lines.push(Line::from(vec![
            Span::styled(format!("  {} ", note.kind.label(lang)), theme.key),
            Span::styled(
                format!(
                    "{} {}",
                    clean(state.pack.meeting.name_of(&note.author)),
                    super::detail::clock(&note.created)
                ),
                theme.dim,
            ),
        ]));
        lines.push(Line::raw(format!("    {}", clean(&note.text))));
    }
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .style(theme.base),
        rest,
    );
    shown
}
