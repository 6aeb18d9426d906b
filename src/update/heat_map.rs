//! Picking a cell of the risk heat map to filter the register by.

use super::Effect;
use crate::action::Action;
use crate::state::{Overlay, State};

pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    let Some(Overlay::HeatMap { likelihood, impact }) = state.overlays.last_mut() else {
        return Vec::new();
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
            state.status = Some(crate::t!(
                state.lang,
                "status-heat-cell",
                likelihood = cell.0,
                impact = cell.1,
                count = state.risk_rows.len()
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
    Vec::new()
}

pub fn clear_risk_cell(state: &mut State) {
    if state.risk_cell.take().is_some() {
        state.refresh_rows();
        state.status = Some(crate::t!(state.lang, "status-heat-cleared"));
    }
}
