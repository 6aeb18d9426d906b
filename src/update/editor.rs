//! Writing or editing a note. The editor stays open until the record says the note is
//! stored; a draft is kept on every tick and on Esc, so nothing typed is lost.

use super::{Effect, send};
use crate::action::Action;
use crate::model::{NoteKind, Right};
use crate::state::{Overlay, State};
use crate::store::Write;
use crate::t;

pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    let decides = state.may(Right::Decide);
    let lang = state.lang;
    let Some(Overlay::Editor(editor)) = state.overlays.last_mut() else {
        return Vec::new();
    };
    if editor.saving.is_some() && action != Action::Tick {
        return Vec::new();
    }
    match action {
        Action::EditKey(key) => {
            editor.text.input(key);
            editor.error = None;
        }
        Action::Paste(text) => {
            editor.text.insert_str(crate::sanitize::text(&text));
            editor.error = None;
        }
        Action::NoteKind => {
            editor.kind = editor.kind.next();
            // Members cannot record decisions, so they skip that kind.
            if editor.kind == NoteKind::Decision && !decides {
                editor.kind = editor.kind.next();
            }
        }
        Action::Save => {
            let text = editor.text().trim().to_string();
            if text.is_empty() {
                editor.error = Some(t!(lang, "editor-empty"));
                return Vec::new();
            }
            let write = match editor.editing {
                Some((id, version)) => Write::EditNote {
                    id,
                    version,
                    kind: editor.kind,
                    text,
                },
                None => Write::AddNote {
                    item: editor.item.clone(),
                    kind: editor.kind,
                    text,
                },
            };
            return wait_for(state, write);
        }
        Action::WithdrawNote => match editor.editing {
            Some((id, _)) => return wait_for(state, Write::WithdrawNote { id }),
            None => editor.error = Some(t!(lang, "editor-not-saved-yet")),
        },
        Action::Tick => {
            let text = editor.text();
            if text != editor.drafted && editor.saving.is_none() && editor.editing.is_none() {
                editor.drafted = text.clone();
                let item = editor.item.clone();
                return vec![send(state, Write::SaveDraft { item, text }).1];
            }
        }
        Action::Close => {
            let (item, text) = (editor.item.clone(), editor.text());
            if editor.editing.is_some() {
                state.overlays.pop();
                return Vec::new();
            }
            if text.trim().is_empty() {
                state.overlays.pop();
                return vec![send(state, Write::ClearDraft { item }).1];
            }
            // The editor stays until the draft is stored: if it cannot be (a full disk),
            // the text is still on screen, with why.
            return wait_for(state, Write::KeepDraft { item, text });
        }
        _ => {}
    }
    Vec::new()
}

/// Sends the editor's write and keeps the editor open until its answer comes.
fn wait_for(state: &mut State, write: Write) -> Vec<Effect> {
    let (id, effect) = send(state, write);
    if let Some(Overlay::Editor(editor)) = state.overlays.last_mut() {
        editor.saving = Some(id);
    }
    vec![effect]
}
