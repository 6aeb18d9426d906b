//! `update(&mut State, Action) -> Vec<Effect>`: every change to what is on screen, with no
//! IO, so it can be tested without a terminal.

use crate::action::Action;
use crate::state::{Overlay, PAGE, Row, Screen, Search, State, Target};
use crate::ui;

/// Work for the event loop after an update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    Quit,
}

pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    match action {
        Action::Quit => return vec![Effect::Quit],
        Action::Resize(columns, rows) => {
            state.viewport = (columns, rows);
            return Vec::new();
        }
        _ => {}
    }
    state.status = None;
    match state.overlays.last() {
        Some(Overlay::Help { .. }) => help(state, action),
        Some(Overlay::Search(_)) => search(state, action),
        Some(Overlay::Detail { .. }) => detail(state, action),
        Some(Overlay::HeatMap { .. }) => heat_map(state, action),
        None => screen(state, action),
    }
    Vec::new()
}

/// A scroll position moved by `action`, kept within `0..=max`.
fn scrolled(scroll: usize, max: usize, action: Action) -> usize {
    let moved = match action {
        Action::Up => scroll.saturating_sub(1),
        Action::Down => scroll + 1,
        Action::PageUp => scroll.saturating_sub(PAGE),
        Action::PageDown => scroll + PAGE,
        Action::Top => 0,
        Action::Bottom => max,
        _ => scroll,
    };
    moved.min(max)
}

/// A cursor moved by `action` over `len` rows.
fn moved(cursor: usize, len: usize, action: Action) -> usize {
    scrolled(cursor, len.saturating_sub(1), action)
}

fn help(state: &mut State, action: Action) {
    let max = ui::help::max_scroll(state);
    match (action, state.overlays.last_mut()) {
        (Action::Close, _) => {
            state.overlays.pop();
        }
        (_, Some(Overlay::Help { scroll })) => *scroll = scrolled(*scroll, max, action),
        _ => {}
    }
}

fn search(state: &mut State, action: Action) {
    let Some(Overlay::Search(search)) = state.overlays.last_mut() else {
        return;
    };
    let requery = |search: &mut Search, index: &crate::search::SearchIndex| {
        search.hits = index.query(&search.query);
        search.selected = 0;
    };
    match action {
        Action::Type(c) => {
            search.query.push(c);
            requery(search, &state.search_index);
        }
        Action::DeleteBack => {
            search.query.pop();
            requery(search, &state.search_index);
        }
        Action::ClearQuery => {
            search.query.clear();
            requery(search, &state.search_index);
        }
        Action::Up
        | Action::Down
        | Action::PageUp
        | Action::PageDown
        | Action::Top
        | Action::Bottom => {
            search.selected = moved(search.selected, search.hits.len(), action);
        }
        Action::Open => {
            let target = search
                .hits
                .get(search.selected)
                .map(|hit| state.search_index.items[hit.item].target);
            if let Some(target) = target {
                state.overlays.pop();
                jump(state, target);
            }
        }
        Action::Close => {
            state.overlays.pop();
        }
        _ => {}
    }
}

fn detail(state: &mut State, action: Action) {
    let max = ui::detail::overlay_max_scroll(state);
    match (action, state.overlays.last_mut()) {
        (Action::Close, _) => {
            state.overlays.pop();
        }
        (_, Some(Overlay::Detail { scroll, .. })) => *scroll = scrolled(*scroll, max, action),
        _ => {}
    }
}

fn heat_map(state: &mut State, action: Action) {
    let Some(Overlay::HeatMap { likelihood, impact }) = state.overlays.last_mut() else {
        return;
    };
    match action {
        Action::Up => *likelihood = (*likelihood + 1).min(5),
        Action::Down => *likelihood = likelihood.saturating_sub(1).max(1),
        Action::Right => *impact = (*impact + 1).min(5),
        Action::Left => *impact = impact.saturating_sub(1).max(1),
        Action::Open => {
            let cell = (*likelihood, *impact);
            state.overlays.pop();
            state.risk_cell = Some(cell);
            state.refresh_rows();
            state.status = Some(format!(
                "risks with residual likelihood {} × impact {}: {} (c clears)",
                cell.0,
                cell.1,
                state.risk_rows.len()
            ));
        }
        Action::ClearFilter => {
            state.overlays.pop();
            clear_risk_cell(state);
        }
        Action::Close => {
            state.overlays.pop();
        }
        _ => {}
    }
}

fn clear_risk_cell(state: &mut State) {
    if state.risk_cell.take().is_some() {
        state.refresh_rows();
        state.status = Some("heat map filter cleared".into());
    }
}

fn screen(state: &mut State, action: Action) {
    let areas = state.pack.areas.len();
    match action {
        Action::Help => state.overlays.push(Overlay::Help { scroll: 0 }),
        Action::Search => state.overlays.push(Overlay::Search(Search::default())),
        Action::Exceptions => {
            state.exceptions_only = !state.exceptions_only;
            state.refresh_rows();
            state.detail_scroll = 0;
            state.status = Some(if state.exceptions_only {
                "exceptions only: red, worsening, overdue, amber and declining".into()
            } else {
                "showing everything".into()
            });
        }
        Action::Theme => {
            state.theme = state.theme.next();
            state.status = Some(format!("theme: {}", state.theme.label()));
        }
        Action::NextScreen | Action::PrevScreen => {
            let screens = state.screens();
            let at = screens.iter().position(|s| *s == state.screen).unwrap_or(0);
            let step = if action == Action::NextScreen {
                1
            } else {
                screens.len() - 1
            };
            go(state, screens[(at + step) % screens.len()]);
        }
        Action::NextArea | Action::PrevArea if areas > 0 => {
            let next = match (state.screen, action) {
                (Screen::Area(a), Action::NextArea) => (a + 1) % areas,
                (Screen::Area(a), _) => (a + areas - 1) % areas,
                (_, Action::NextArea) => 0,
                _ => areas - 1,
            };
            go(state, Screen::Area(next));
        }
        Action::Overview => go(state, Screen::Overview),
        Action::Risks => go(state, Screen::Risks),
        Action::Kpis => go(state, Screen::Kpis),
        Action::Area(n) if usize::from(n) < areas => go(state, Screen::Area(n.into())),
        Action::Area(n) => {
            state.status = Some(format!("this pack has {areas} areas, not {}", n + 1))
        }
        Action::Up
        | Action::Down
        | Action::PageUp
        | Action::PageDown
        | Action::Top
        | Action::Bottom => {
            move_cursor(state, action);
            state.detail_scroll = 0;
        }
        Action::Open => match (state.screen, state.selected()) {
            (Screen::Overview, Some(Target::Area(a))) => go(state, Screen::Area(a)),
            (_, Some(target)) => state.overlays.push(Overlay::Detail { target, scroll: 0 }),
            _ => {}
        },
        Action::Close if state.screen != Screen::Overview => go(state, Screen::Overview),
        Action::DetailUp | Action::DetailDown => {
            let max = ui::detail::pane_max_scroll(state);
            let step = if action == Action::DetailUp {
                Action::Up
            } else {
                Action::Down
            };
            state.detail_scroll = scrolled(state.detail_scroll, max, step);
        }
        Action::Sort if state.screen == Screen::Risks => {
            state.risk_sort = state.risk_sort.next();
            state.risk_descending = true;
            state.refresh_rows();
            state.status = Some(format!("risks sorted by {}", state.risk_sort.label()));
        }
        Action::ReverseSort if state.screen == Screen::Risks => {
            state.risk_descending = !state.risk_descending;
            state.refresh_rows();
        }
        Action::HeatMap if state.screen == Screen::Risks => {
            let start = state.risk_cell.or_else(|| {
                let risk = &state.pack.risks[*state.risk_rows.get(state.risk_cursor)?];
                Some((risk.residual.likelihood, risk.residual.impact))
            });
            let (likelihood, impact) = start.unwrap_or((3, 3));
            state.overlays.push(Overlay::HeatMap {
                likelihood: likelihood.clamp(1, 5),
                impact: impact.clamp(1, 5),
            });
        }
        Action::ClearFilter if state.screen == Screen::Risks => clear_risk_cell(state),
        _ => {}
    }
}

fn go(state: &mut State, screen: Screen) {
    if state.screen != screen {
        state.screen = screen;
        state.detail_scroll = 0;
    }
}

fn move_cursor(state: &mut State, action: Action) {
    match state.screen {
        Screen::Overview => {
            state.overview_cursor = moved(state.overview_cursor, state.pack.areas.len(), action)
        }
        Screen::Area(a) => {
            state.area_cursor[a] = moved(state.area_cursor[a], state.area_rows[a].len(), action)
        }
        Screen::Risks => {
            state.risk_cursor = moved(state.risk_cursor, state.risk_rows.len(), action)
        }
        Screen::Kpis => state.kpi_cursor = moved(state.kpi_cursor, state.kpi_rows.len(), action),
    }
}

/// Shows `target` on its own screen with the cursor on it, lifting any filter that hides it.
pub fn jump(state: &mut State, target: Target) {
    let row_of = |target: Target| match target {
        Target::Recommendation(_, r) => Some(Row::Recommendation(r)),
        Target::Action(_, r, i) => Some(Row::Action(r, i)),
        _ => None,
    };
    let visible = |state: &State| match target {
        Target::Area(_) => true,
        Target::Recommendation(a, _) | Target::Action(a, _, _) => state.area_rows[a]
            .iter()
            .any(|row| Some(*row) == row_of(target)),
        Target::Risk(i) => state.risk_rows.contains(&i),
        Target::Kpi(i) => state.kpi_rows.contains(&i),
    };
    if !visible(state) {
        state.exceptions_only = false;
        state.risk_cell = None;
        state.refresh_rows();
        state.status = Some("filters lifted to show the item".into());
    }
    match target {
        Target::Area(a) => go(state, Screen::Area(a)),
        Target::Recommendation(a, _) | Target::Action(a, _, _) => {
            go(state, Screen::Area(a));
            if let Some(at) = state.area_rows[a]
                .iter()
                .position(|row| Some(*row) == row_of(target))
            {
                state.area_cursor[a] = at;
            }
        }
        Target::Risk(i) => {
            go(state, Screen::Risks);
            state.risk_cursor = state.risk_rows.iter().position(|r| *r == i).unwrap_or(0);
        }
        Target::Kpi(i) => {
            go(state, Screen::Kpis);
            state.kpi_cursor = state.kpi_rows.iter().position(|k| *k == i).unwrap_or(0);
        }
    }
    state.detail_scroll = 0;
}
