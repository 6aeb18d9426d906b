//! Cells that several screens show the same way: due dates, rating changes and what the
//! meeting has recorded about an item.

use super::Theme;
use crate::model::{Action, DuePrecision, Target};
use crate::state::State;
use crate::t;
use chrono::{Datelike, NaiveDate};
use ratatui::text::{Line, Span};
use ratatui::widgets::Cell;

/// The due date in a column: "Oct 2017" or "2 Oct 2017", marked "!" when overdue.
pub fn due_cell(action: &Action, meeting_date: NaiveDate, theme: &Theme) -> Span<'static> {
    let lang = theme.lang;
    let Some(due) = &action.due else {
        return Span::styled(t!(lang, "due-no-date"), theme.dim);
    };
    let deadline = due.deadline();
    let month = crate::locale::month_short(lang, deadline.month());
    let date = match due.precision() {
        DuePrecision::Month => format!("{month} {}", deadline.year()),
        DuePrecision::Day => format!("{} {month} {}", deadline.day(), deadline.year()),
    };
    if action.is_overdue(meeting_date) {
        Span::styled(format!("!{date}"), theme.overdue)
    } else {
        Span::raw(format!(" {date}"))
    }
}

/// "A→G": previous rating to officers' proposal.
pub fn rag_change(action: &Action, theme: &Theme) -> Line<'static> {
    Line::from(vec![
        theme.rag_letter(action.previous_rag),
        Span::styled("→", theme.dim),
        theme.rag_letter(action.proposed_rag),
    ])
}

/// Whether the meeting has said anything about an item, as a list cell: "✎2" notes, the
/// agreed rating's letter, and "+" for actions arising.
pub fn record_cell(state: &State, target: Target, theme: &Theme) -> Cell<'static> {
    let item = state.item_ref(target);
    let record = &state.record;
    let notes = match record.notes_on(&item).count() {
        0 => "  ".to_string(),
        n @ 1..=9 => format!("✎{n}"),
        _ => "✎+".to_string(),
    };
    let rating = record
        .ratings
        .get(&item)
        .map_or(Span::raw(" "), |r| theme.rag_letter(Some(r.rag)));
    let arising = if record.arising_on(&item).next().is_some() {
        "+"
    } else {
        " "
    };
    Cell::from(Line::from(vec![
        Span::styled(notes, theme.key),
        rating,
        Span::styled(arising, theme.key),
    ]))
}
