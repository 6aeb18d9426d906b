//! The record worker's answers: a write stored or refused, and the record as it now stands.
//! A write's answer goes to the editor or form that sent it, wherever it is in the stack.

use super::{Effect, minutes};
use crate::state::State;
use crate::store::{Reply, RequestId, StoreError, Stored, Write};

pub fn reply(state: &mut State, reply: Reply) -> Vec<Effect> {
    match reply {
        Reply::Written { id, write, result } => written(state, id, &write, result),
        Reply::Read(Ok(snapshot)) => {
            state.set_record(snapshot);
            minutes::refresh(state);
        }
        Reply::Read(Err(err)) => state.status = Some(format!("cannot read the record: {err}")),
        Reply::Refreshed => {}
    }
    Vec::new()
}

fn written(state: &mut State, id: RequestId, write: &Write, result: Result<Stored, StoreError>) {
    let waiting = state
        .overlays
        .iter()
        .position(|overlay| overlay.waiting_for() == Some(id));
    match (result, waiting) {
        (Ok(stored), Some(at)) => {
            state.overlays.remove(at);
            state.status = Some(saved(write, &stored));
        }
        (Ok(stored), None) if !write.is_draft() => state.status = Some(saved(write, &stored)),
        (Ok(_), None) => {}
        // The editor or form stays open with its text, so nothing is lost.
        (Err(err), Some(at)) => {
            use crate::state::Overlay;
            match &mut state.overlays[at] {
                Overlay::Editor(editor) => {
                    editor.saving = None;
                    editor.error = Some(err.to_string());
                }
                Overlay::Form(form) => {
                    form.saving = None;
                    form.error = Some(err.to_string());
                }
                _ => {}
            }
        }
        (Err(err), None) => {
            state.status = Some(if write.is_draft() {
                format!("draft not saved: {err}")
            } else {
                err.to_string()
            })
        }
    }
}

/// What to tell the person once the record has the change.
fn saved(write: &Write, stored: &Stored) -> String {
    match (write, stored) {
        (Write::AddNote { item, kind, .. }, _) => format!("{} note on {item} saved", kind.name()),
        (Write::EditNote { .. }, _) => "note updated".into(),
        (Write::WithdrawNote { .. }, _) => "note withdrawn; its history is kept".into(),
        (Write::SaveDraft { .. } | Write::ClearDraft { .. }, _) => String::new(),
        (Write::AgreeRag { item, rag, .. }, _) => format!("{item} agreed {}", rag.word()),
        (Write::AddActionArising { .. }, Stored::Reference(reference)) => {
            format!("action {reference} recorded")
        }
        (Write::AddActionArising { .. }, _) => "action recorded".into(),
        (Write::SetAttendance { member, status }, _) => format!("{member}: {}", status.name()),
        (Write::AddGuest(guest), _) => format!("{} in attendance", guest.name),
        (Write::Declare(declaration), _) => {
            format!("declaration by {} recorded", declaration.member)
        }
    }
}
