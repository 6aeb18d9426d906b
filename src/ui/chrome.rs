//! The frame around every screen: meeting header, screen tabs, and the hint bar generated
//! from the live keymap.

use super::{Theme, clean};
use crate::action::Action;
use crate::keymap::sequence_label;
use crate::locale::{self, Lang};
use crate::state::{Overlay, Screen, State};
use crate::t;
use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn header(state: &State, theme: &Theme, frame: &mut Frame, area: Rect) {
    // Where the meeting is, on every screen, right-aligned so it is never cut.
    let place = meeting_place(state);
    let [area, place_area] =
        Layout::horizontal([Constraint::Min(0), Constraint::Length(place.width() as u16)])
            .areas(area);
    frame.render_widget(
        Paragraph::new(place).right_aligned().style(theme.base),
        place_area,
    );
    let m = &state.pack.meeting;
    let lang = state.lang;
    let chair = m
        .chair()
        .map_or_else(|| t!(lang, "header-no-chair"), |c| clean(&c.name));
    let line = Line::from(vec![
        Span::styled(clean(m.board.get(lang)), theme.title),
        Span::styled(
            format!(
                " · {} · {} {} · ",
                t!(lang, "header-meeting", number = m.number),
                locale::short_date(lang, m.date),
                m.start.format("%H:%M")
            ),
            theme.base,
        ),
        Span::styled(clean(m.venue.get(lang)), theme.base),
        Span::styled(format!(" · {} ", t!(lang, "header-chair")), theme.dim),
        Span::styled(chair, theme.base),
    ]);
    frame.render_widget(Paragraph::new(line).style(theme.base), area);
}

/// "▶ 4/9 Area B · 3 min left · following": the agenda item under discussion, how it
/// stands, and whether this screen follows the chair.
fn meeting_place(state: &State) -> Line<'static> {
    let clock = state.clock();
    let (Some(_), None) = (clock.started, clock.closed) else {
        return Line::default();
    };
    let Some(time) = clock.items.get(clock.current) else {
        return Line::default();
    };
    let lang = state.lang;
    let mut text = format!(
        " ▶ {}/{} {}",
        clock.current + 1,
        state.order.len(),
        crate::model::standing(time, lang)
    );
    if !clock.running {
        text.push_str(&format!(" ({})", t!(lang, "place-paused")));
    }
    if state.actor.role != crate::model::Role::Chair {
        text.push_str(" · ");
        text.push_str(&if state.following {
            t!(lang, "place-following")
        } else {
            t!(lang, "place-browsing")
        });
    }
    text.push(' ');
    Line::from(text)
}

pub fn tabs(state: &State, theme: &Theme, frame: &mut Frame, area: Rect) {
    let clock = state.clock();
    let meeting_on = (clock.started.is_some() && clock.closed.is_none())
        .then(|| state.screen_for(clock.current));
    let labels: Vec<(Screen, String)> = state
        .screens()
        .into_iter()
        .map(|screen| {
            let lang = state.lang;
            let label = match screen {
                Screen::Overview => t!(lang, "tab-overview"),
                Screen::Area(a) => clean(&state.pack.areas[a].id),
                Screen::Risks => t!(lang, "tab-risks"),
                Screen::Kpis => t!(lang, "tab-kpis"),
                Screen::Attendance => t!(lang, "tab-attendance"),
                Screen::Agenda => t!(lang, "tab-agenda"),
                Screen::Changes => t!(lang, "tab-changes"),
                Screen::ActionLog => t!(lang, "tab-log"),
            };
            (screen, label)
        })
        .collect();
    // Padded where there is room; packed tight so who is at the keyboard still shows.
    let padded: usize = labels.iter().map(|(_, l)| l.chars().count() + 3).sum();
    let pad = if padded + 32 <= usize::from(area.width) {
        " "
    } else {
        ""
    };
    let mut spans = Vec::new();
    for (screen, label) in labels {
        let style = if screen == state.screen {
            theme.tab_active
        } else {
            theme.tab
        };
        let here = if meeting_on == Some(screen) {
            "▶"
        } else {
            pad
        };
        spans.push(Span::styled(format!("{here}{label}{pad}"), style));
        spans.push(Span::styled("│", theme.dim));
    }
    spans.pop();
    let tabs = Line::from(spans);
    let mut right = Vec::new();
    let badge = Span::styled(
        format!(" {} ", t!(state.lang, "badge-exceptions-only")),
        theme.badge,
    );
    let badge_width = if state.exceptions_only() {
        badge.width()
    } else {
        0
    };
    // Who is at the keyboard, shortened so the tabs always fit.
    let room = (area.width as usize).saturating_sub(tabs.width() + badge_width + 1);
    let role = format!(" ({}) ", state.actor.role.title(state.lang));
    let name = clean(state.me());
    let name_room = room.saturating_sub(role.chars().count() + 1);
    if name_room >= 4 {
        let name = if name.chars().count() > name_room {
            let cut: String = name.chars().take(name_room - 1).collect();
            format!("{}…", cut.trim_end())
        } else {
            name
        };
        right.push(Span::styled(format!(" {name}{role}"), theme.dim));
    } else if room > role.chars().count() {
        // No room for the name: the role, at least, is always shown.
        right.push(Span::styled(role, theme.dim));
    }
    if state.exceptions_only() {
        right.push(badge);
    }
    let right = Line::from(right);
    let [left_area, right_area] =
        Layout::horizontal([Constraint::Min(0), Constraint::Length(right.width() as u16)])
            .areas(area);
    frame.render_widget(Paragraph::new(tabs).style(theme.base), left_area);
    frame.render_widget(
        Paragraph::new(right).right_aligned().style(theme.base),
        right_area,
    );
}

/// The actions worth a reminder in the current context, most useful first.
fn featured(state: &State) -> &'static [Action] {
    match state.overlays.last() {
        Some(Overlay::Help { .. }) => &[Action::Down, Action::Close],
        Some(Overlay::Search(_)) => &[Action::Open, Action::Close],
        Some(Overlay::Detail { .. }) => &[Action::Down, Action::Close],
        Some(Overlay::HeatMap { .. }) => &[Action::Open, Action::ClearFilter, Action::Close],
        Some(Overlay::Editor(_)) => &[Action::Save, Action::NoteKind, Action::Close],
        Some(Overlay::RagPicker { .. }) => &[Action::Close],
        Some(Overlay::Form(_)) => &[Action::Submit, Action::NextField, Action::Close],
        Some(Overlay::Minutes { .. }) => &[
            Action::Down,
            Action::ToggleConfidential,
            Action::MinutesLanguage,
            Action::ExportMinutes,
            Action::Close,
        ],
        None => match state.screen {
            Screen::Overview => &[
                Action::Help,
                Action::Open,
                Action::NextArea,
                Action::Search,
                Action::Exceptions,
                Action::Attendance,
                Action::Quit,
                // Last, so a narrow screen drops it before quit.
                Action::Language,
            ],
            Screen::Risks => &[
                Action::Help,
                Action::Note,
                Action::AgreeRag,
                Action::Sort,
                Action::HeatMap,
                Action::Search,
                Action::Exceptions,
                Action::Quit,
            ],
            Screen::ActionLog => &[
                Action::Help,
                Action::ApproveMinutes,
                Action::LogDone,
                Action::LogCarry,
                Action::LogClose,
                Action::Quit,
            ],
            Screen::Changes => &[
                Action::Help,
                Action::Open,
                Action::Sort,
                Action::Search,
                Action::Quit,
            ],
            Screen::Agenda => &[
                Action::Help,
                Action::StartPause,
                Action::NextItem,
                Action::OneMoreMinute,
                Action::FiveMoreMinutes,
                Action::Follow,
                Action::Open,
                Action::Quit,
            ],
            Screen::Attendance => &[
                Action::Help,
                Action::MarkPresent,
                Action::MarkApologies,
                Action::MarkAbsent,
                Action::AddGuest,
                Action::Note,
                Action::Quit,
            ],
            _ => &[
                Action::Help,
                Action::NextArea,
                Action::Note,
                Action::AgreeRag,
                Action::ActionArising,
                Action::Open,
                Action::Search,
                Action::Exceptions,
                Action::Quit,
            ],
        },
    }
}

/// One line: a status message if there is one, else key reminders from the keymap.
pub fn hint_bar(state: &State, theme: &Theme, frame: &mut Frame, area: Rect) {
    let mut spans = Vec::new();
    // Trouble with the record stays in sight until it is over; other news goes with a key.
    for status in state.record_trouble.iter().chain(&state.status) {
        spans.push(Span::styled(format!(" {} ", clean(status)), theme.badge));
        spans.push(Span::raw(" "));
    }
    let contexts = state.contexts();
    let allowed = featured(state)
        .iter()
        .filter(|action| action.needs().is_none_or(|right| state.may(right)));
    for action in allowed {
        let Some(keys) = state.keymap.keys_for(contexts, action).into_iter().next() else {
            continue;
        };
        spans.push(Span::styled(sequence_label(keys), theme.key));
        spans.push(Span::styled(
            format!(" {}  ", action.hint(state.lang)),
            theme.dim,
        ));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)).style(theme.base), area);
}

pub fn too_small(lang: Lang, frame: &mut Frame, area: Rect, need: (u16, u16)) {
    let text = t!(
        lang,
        "too-small",
        need = format!("{}×{}", need.0, need.1),
        now = format!("{}×{}", area.width, area.height)
    );
    let [middle] = Layout::vertical([Constraint::Length(1)])
        .flex(Flex::Center)
        .areas(area);
    frame.render_widget(Paragraph::new(text).centered(), middle);
}

/// A centred box `percent_x` by `percent_y` of `area`, at least `min` cells where it fits.
pub fn popup(area: Rect, percent_x: u16, percent_y: u16, min: (u16, u16)) -> Rect {
    let width = (area.width * percent_x / 100).max(min.0).min(area.width);
    let height = (area.height * percent_y / 100).max(min.1).min(area.height);
    let [row] = Layout::vertical([Constraint::Length(height)])
        .flex(Flex::Center)
        .areas(area);
    let [cell] = Layout::horizontal([Constraint::Length(width)])
        .flex(Flex::Center)
        .areas(row);
    cell
}
