//! An item opened in full: scroll, close.

use super::{Effect, scrolled};
use crate::action::Action;
use crate::state::{Overlay, State};

pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    match (&action, state.overlays.last_mut()) {
        (Action::Close, _) => {
            state.overlays.pop();
        }
        (_, Some(Overlay::Detail { scroll, .. })) => *scroll = scrolled(*scroll, &action),
        _ => {}
    }
    Vec::new()
}
