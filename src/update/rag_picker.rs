//! Agreeing a rating: a rating that differs from the officers' proposal asks for a reason.

use super::{Effect, send};
use crate::action::Action;
use crate::model::Rag;
use crate::state::{Form, FormPurpose, Overlay, State};
use crate::store::Write;

pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    let Some(Overlay::RagPicker {
        item,
        seen_revision,
    }) = state.overlays.last()
    else {
        return Vec::new();
    };
    let (item, seen_revision) = (item.clone(), *seen_revision);
    match action {
        Action::PickRag(n) => {
            let rag = Rag::ALL[usize::from(n.min(3))];
            state.overlays.pop();
            match state.proposed_rag(&item) {
                Some(proposed) if proposed != rag => {
                    let label = "field-why-differ-rag";
                    let purpose = FormPurpose::RagReason {
                        item,
                        rag,
                        seen_revision,
                    };
                    state
                        .overlays
                        .push(Overlay::Form(Box::new(Form::new(purpose, &[label]))));
                }
                _ => {
                    let write = Write::AgreeRag {
                        item,
                        rag,
                        reason: None,
                        seen_revision,
                    };
                    return vec![send(state, write).1];
                }
            }
        }
        Action::Close => {
            state.overlays.pop();
        }
        _ => {}
    }
    Vec::new()
}
