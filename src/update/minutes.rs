//! The minutes preview: scroll, switch public/confidential, write the files.

use super::{Effect, scrolled};
use crate::action::Action;
use crate::export::{self, NotWritten};
use crate::state::{Overlay, Scroll, State};

/// Opens the preview on the minutes as the record stands.
pub fn open(state: &mut State) {
    let document = export::minutes(&state.pack, Some(&state.record), false);
    state.overlays.push(Overlay::Minutes {
        scroll: Scroll::default(),
        document: Box::new(document),
        confirm: false,
    });
}

/// Rebuilds an open preview after the record changed.
pub fn refresh(state: &mut State) {
    let (pack, record) = (&state.pack, &state.record);
    for overlay in &mut state.overlays {
        if let Overlay::Minutes { document, .. } = overlay {
            **document = export::minutes(pack, Some(record), document.confidential);
        }
    }
}

pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    let (pack, record) = (&state.pack, &state.record);
    let Some(Overlay::Minutes {
        scroll,
        document,
        confirm,
    }) = state.overlays.last_mut()
    else {
        return Vec::new();
    };
    match action {
        Action::ToggleConfidential => {
            **document = export::minutes(pack, Some(record), !document.confidential);
            *confirm = false;
            *scroll = Scroll::default();
        }
        Action::ExportMinutes => {
            let force = *confirm;
            *confirm = false;
            return vec![Effect::ExportMinutes {
                document: document.clone(),
                force,
            }];
        }
        Action::Close => {
            state.overlays.pop();
        }
        _ => *scroll = scrolled(*scroll, &action),
    }
    Vec::new()
}

/// What became of writing the minutes: the files written, or that some exist already
/// (the next `w` replaces them), or what went wrong.
pub fn written(state: &mut State, outcome: Result<String, NotWritten>) {
    match outcome {
        Ok(message) => state.status = Some(message),
        Err(NotWritten::Exists(names)) => {
            if let Some(Overlay::Minutes { confirm, .. }) = state.overlays.last_mut() {
                *confirm = true;
            }
            state.status = Some(format!(
                "{names} already exist: press w again to replace them"
            ));
        }
        Err(NotWritten::Failed(message)) => {
            state.status = Some(format!("minutes not written: {message}"))
        }
    }
}
