//! Attendance: each member present, with apologies or absent; whether the meeting is
//! quorate; people in attendance; declarations of interest.

use super::{Theme, clean, window};
use crate::model::Attendance;
use crate::state::State;
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

pub fn render(state: &State, theme: &Theme, frame: &mut Frame, body: Rect) {
    let m = &state.pack.meeting;
    let (present, quorate) = quorum(state);
    let members_height = (m.members.len() as u16 + 3).min(body.height.saturating_sub(5));
    let [summary, table_area, rest] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(members_height),
        Constraint::Min(0),
    ])
    .areas(body);
    let verdict = if quorate {
        Span::styled(" QUORATE ", theme.badge)
    } else {
        Span::styled(" NOT QUORATE ", theme.overdue)
    };
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            verdict,
            Span::raw(format!(
                " {present} of {} voting members present; quorum {}",
                m.members.iter().filter(|x| x.voting).count(),
                m.quorum
            )),
        ]))
        .style(theme.base),
        summary,
    );

    let rows = window(
        state.attendance_cursor,
        m.members.len(),
        members_height.saturating_sub(2) as usize,
    )
    .map(|n| {
        let member = &m.members[n];
        let status = state.record.attendance.get(&member.id);
        let label = status.map_or("not recorded", |s| s.name());
        let row = Row::new(vec![
            Cell::from(clean(&member.name)),
            Cell::from(clean(&member.organisation)),
            Cell::from(if member.voting {
                format!("{}, voting", member.role.label())
            } else {
                member.role.label().to_string()
            }),
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
            Constraint::Length(18),
            Constraint::Length(12),
        ],
    )
    .header(Row::new(["Member", "Organisation", "Role", "Attendance"]).style(theme.title))
    .column_spacing(1)
    .block(
        Block::new()
            .borders(Borders::TOP | Borders::BOTTOM)
            .border_style(theme.border),
    )
    .style(theme.base);
    frame.render_widget(table, table_area);

    let mut lines = vec![Line::from(Span::styled("In attendance", theme.title))];
    if state.record.guests.is_empty() {
        lines.push(Line::from(Span::styled("  none recorded", theme.dim)));
    }
    for guest in &state.record.guests {
        lines.push(Line::raw(format!(
            "  {} ({})",
            clean(&guest.name),
            clean(&guest.organisation)
        )));
    }
    lines.push(Line::from(Span::styled(
        "Declarations of interest",
        theme.title,
    )));
    if state.record.declarations.is_empty() {
        lines.push(Line::from(Span::styled("  none recorded", theme.dim)));
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
        "Notes on the meeting as a whole (n adds one here)",
        theme.title,
    )));
    if notes.is_empty() {
        lines.push(Line::from(Span::styled("  none yet", theme.dim)));
    }
    for note in notes {
        lines.push(Line::from(vec![
            Span::styled(format!("  {} ", note.kind.name()), theme.key),
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
}
