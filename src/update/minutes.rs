//! The minutes preview: scroll, switch public/confidential, write the files.

use super::{Effect, scrolled};
use crate::action::Action;
use crate::export::{self, Languages, Minutes, NotWritten, Preview, Version};
use crate::model::{Pack, RecordSnapshot};
use crate::state::{Overlay, Scroll, State};
use crate::t;
use std::sync::Arc;

/// Opens the preview on the minutes as the record stands.
pub fn open(state: &mut State) {
    let version = Version {
        confidential: false,
        languages: Languages::One(state.lang),
    };
    let minutes = export::minutes(&state.pack, Some(&state.record), version);
    state.overlays.push(Overlay::Minutes {
        scroll: Scroll::default(),
        preview: Box::new(Preview::new(minutes)),
        wrapped: None,
        confirm: false,
    });
}

/// Makes `preview` again as `version`, letting go of the old one first: at the size limit
/// each holds tens of MiB, and two at once peaked at 224 MiB.
fn rebuild(preview: &mut Preview, pack: &Pack, record: &RecordSnapshot, version: Version) {
    *preview = Preview::new(Minutes {
        version,
        documents: Vec::new(),
    });
    *preview = Preview::new(export::minutes(pack, Some(record), version));
}

/// Rebuilds an open preview after the record changed.
pub fn refresh(state: &mut State) {
    let (pack, record) = (&state.pack, &state.record);
    for overlay in &mut state.overlays {
        if let Overlay::Minutes {
            preview, wrapped, ..
        } = overlay
        {
            let version = preview.minutes.version;
            rebuild(preview, pack, record, version);
            *wrapped = None;
        }
    }
}

pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    let (pack, record) = (&state.pack, &state.record);
    let Some(Overlay::Minutes {
        scroll,
        preview,
        wrapped,
        confirm,
    }) = state.overlays.last_mut()
    else {
        return Vec::new();
    };
    match action {
        Action::ToggleConfidential | Action::MinutesLanguage => {
            let mut version = preview.minutes.version;
            if action == Action::ToggleConfidential {
                version.confidential = !version.confidential;
            } else {
                version.languages = version.languages.next();
            }
            rebuild(preview, pack, record, version);
            *wrapped = None;
            *confirm = false;
            *scroll = Scroll::default();
        }
        Action::ExportMinutes => {
            let force = *confirm;
            *confirm = false;
            return vec![Effect::ExportMinutes {
                minutes: Arc::clone(&preview.minutes),
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
