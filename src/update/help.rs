//! The help overlay: scroll, close.

use super::{Effect, scrolled};
use crate::action::Action;
use crate::state::{Overlay, State};

pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    match (&action, state.overlays.last_mut()) {
        (Action::Close, _) => {
            state.overlays.pop();
        }
        (_, Some(Overlay::Help { scroll })) => *scroll = scrolled(*scroll, &action),
        _ => {}
    }
    Vec::new()
}
