//! The minutes preview: scroll, switch public/confidential, write the files.

use super::{Effect, scrolled};
use crate::action::Action;
use crate::export::{self, Languages, NotWritten, Version};
use crate::state::{Overlay, Scroll, State};
use crate::t;

/// Opens the preview on the minutes as the record stands.
pub fn open(state: &mut State) {
    let version = Version {
        confidential: false,
        languages: Languages::One(state.lang),
    };
    let minutes = export::minutes(&state.pack, Some(&state.record), version);
    state.overlays.push(Overlay::Minutes {
        scroll: Scroll::default(),
        minutes: Box::new(minutes),
        confirm: false,
    });
}

/// Rebuilds an open preview after the record changed.
pub fn refresh(state: &mut State) {
    let (pack, record) = (&state.pack, &state.record);
    for overlay in &mut state.overlays {
        if let Overlay::Minutes { minutes, .. } = overlay {
            **minutes = export::minutes(pack, Some(record), minutes.version);
        }
    }
}

pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    let (pack, record) = (&state.pack, &state.record);
    let Some(Overlay::Minutes {
        scroll,
        minutes,
        confirm,
    }) = state.overlays.last_mut()
    else {
        return Vec::new();
    };
    match action {
        Action::ToggleConfidential | Action::MinutesLanguage => {
            let mut version = minutes.version;
            if action == Action::ToggleConfidential {
                version.confidential = !version.confidential;
            } else {
                version.languages = version.languages.next();
            }
            **minutes = export::minutes(pack, Some(record), version);
            *confirm = false;
            *scroll = Scroll::default();
        }
        Action::ExportMinutes => {
            let force = *confirm;
            *confirm = false;
            return vec![Effect::ExportMinutes {
                minutes: minutes.clone(),
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
        Ok(files) => state.status = Some(t!(state.lang, "minutes-written", files = files)),
        Err(NotWritten::Exists(names)) => {
            if let Some(Overlay::Minutes { confirm, .. }) = state.overlays.last_mut() {
                *confirm = true;
            }
            state.status = Some(t!(state.lang, "minutes-exist", names = names));
        }
        Err(NotWritten::Failed(message)) => {
            state.status = Some(t!(state.lang, "minutes-not-written", why = message))
        }
    }
}
