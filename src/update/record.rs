//! The record worker's answers: a write stored or refused, and the record as it now stands.
//! A write's answer goes to the editor or form that sent it, wherever it is in the stack.

use super::{Effect, agenda, minutes};
use crate::locale::Lang;
use crate::model::{Case, ClockEvent};
use crate::state::State;
use crate::store::{Reply, RequestId, StoreError, Stored, Write};
use crate::t;

pub fn reply(state: &mut State, reply: Reply) -> Vec<Effect> {
    match reply {
        Reply::Written { id, write, result } => written(state, id, &write, result),
        Reply::Read(Ok(snapshot)) => {
            state.set_record(*snapshot);
            minutes::refresh(state);
            agenda::moved(state);
            if state.record_trouble.take().is_some() {
                state.status = Some(t!(state.lang, "record-back"));
            }
        }
        Reply::Read(Err(
            err @ (StoreError::Unreachable { .. } | StoreError::Reconnecting { .. }),
        )) => {
            state.record_trouble = Some(err.describe(state.lang));
        }
        Reply::Read(Err(err)) => {
            state.record_trouble = Some(t!(
                state.lang,
                "record-unreadable",
                why = err.describe(state.lang)
            ));
        }
        Reply::Refreshed => {}
    }
    Vec::new()
}

fn written(state: &mut State, id: RequestId, write: &Write, result: Result<Stored, StoreError>) {
    if let Write::KeepTime(ClockEvent::MoveTo(to)) = write
        && state.moving_to == Some(*to)
    {
        // The chair's last move is stored (the record read before this shows it) or
        // refused: either way the record says where the meeting is from now on.
        state.moving_to = None;
    }
    let waiting = state
        .overlays
        .iter()
        .position(|overlay| overlay.waiting_for() == Some(id));
    match (result, waiting) {
        (Ok(stored), Some(at)) => {
            state.overlays.remove(at);
            state.status = Some(saved(write, &stored, state.lang));
        }
        (Ok(stored), None) if !write.is_draft() => {
            state.status = Some(saved(write, &stored, state.lang))
        }
        (Ok(_), None) => {}
        // The editor or form stays open with its text, so nothing is lost.
        (Err(err), Some(at)) => {
            use crate::state::Overlay;
            let said = err.describe(state.lang);
            match &mut state.overlays[at] {
                Overlay::Editor(editor) => {
                    editor.saving = None;
                    editor.error = Some(said);
                }
                Overlay::Form(form) => {
                    form.saving = None;
                    form.error = Some(said);
                }
                _ => {}
            }
        }
        (Err(err), None) => {
            let said = err.describe(state.lang);
            state.status = Some(if write.is_draft() {
                t!(state.lang, "store-draft-not-saved", why = said)
            } else {
                said
            })
        }
    }
}

/// What to tell the person once the record has the change.
fn saved(write: &Write, stored: &Stored, lang: Lang) -> String {
    match (write, stored) {
        (Write::AddNote { item, kind, .. }, _) => t!(
            lang,
            "saved-note",
            kind = kind.label(lang),
            item = item.label_as(lang, Case::Soft)
        ),
        (Write::EditNote { .. }, _) => t!(lang, "saved-note-updated"),
        (Write::WithdrawNote { .. }, _) => t!(lang, "saved-note-withdrawn"),
        (Write::KeepDraft { .. }, _) => t!(lang, "saved-draft"),
        (Write::SaveDraft { .. } | Write::ClearDraft { .. }, _) => String::new(),
        (Write::AgreeRag { item, rag, .. }, _) => t!(
            lang,
            "saved-rag",
            item = item.label(lang),
            rag = rag.name(lang)
        ),
        (Write::AddActionArising { .. }, Stored::Reference(reference)) => {
            t!(lang, "saved-action-ref", reference = reference)
        }
        (Write::AddActionArising { .. }, _) => t!(lang, "saved-action"),
        (Write::SetAttendance { member, status }, _) => format!("{member}: {}", status.label(lang)),
        (Write::AddGuest(guest), _) => t!(lang, "saved-guest", name = &guest.name),
        (Write::Declare(declaration), _) => {
            t!(lang, "saved-declaration", member = &declaration.member)
        }
        (Write::ProposeScore { item, residual, .. }, _) => t!(
            lang,
            "saved-your-score",
            item = item.label(lang),
            score = residual.to_string()
        ),
        (Write::AgreeScore { item, residual, .. }, _) => t!(
            lang,
            "saved-board-score",
            item = item.label(lang),
            score = residual.to_string()
        ),
        (
            Write::DecideLog {
                reference, outcome, ..
            },
            _,
        ) => format!("{reference}: {}", outcome.label(lang)),
        (Write::ApproveMinutes { amendments: None }, _) => t!(lang, "saved-minutes-approved"),
        (Write::ApproveMinutes { .. }, _) => t!(lang, "saved-minutes-amended"),
        (Write::KeepTime(event), _) => match event {
            ClockEvent::Start => t!(lang, "saved-clock-start"),
            ClockEvent::Pause => t!(lang, "saved-clock-pause"),
            ClockEvent::Resume => t!(lang, "saved-clock-resume"),
            ClockEvent::MoveTo(item) => t!(lang, "saved-clock-move", item = item + 1),
            ClockEvent::Extend { item, minutes } => t!(
                lang,
                "saved-clock-extend",
                item = item + 1,
                minutes = *minutes
            ),
            ClockEvent::Close => t!(lang, "saved-clock-close"),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::action::Action;
    use crate::keymap::Keymap;
    use crate::model::{Actor, ItemRef, Role};
    use crate::state::{Form, FormPurpose, Overlay, ThemeName};
    use crate::update::update;

    fn chair() -> State {
        let source =
            crate::pack::Source::new("minimal.ron", include_str!("../../packs/minimal.ron"));
        let pack = crate::pack::parse(source).unwrap().pack;
        let actor = Actor {
            id: "chair".into(),
            role: Role::Chair,
        };
        State::new(pack, Keymap::load(&[]).unwrap(), ThemeName::Standard, actor)
    }

    fn answer(state: &mut State, id: RequestId, write: Write, result: Result<Stored, StoreError>) {
        let reply = Reply::Written { id, write, result };
        assert!(update(state, Action::Record(Box::new(reply))).is_empty());
    }

    #[test]
    fn an_answer_goes_to_the_overlay_that_asked_whatever_is_on_top() {
        let mut state = chair();
        let mut form = Form::new(
            FormPurpose::Guest,
            &["field-name-or-role", "field-organisation"],
        );
        form.saving = Some(7);
        state.overlays.push(Overlay::Form(Box::new(form)));
        // A draft saved earlier is answered while the form waits: the form is not its.
        let draft = Write::SaveDraft {
            item: ItemRef::meeting(),
            text: "half".into(),
        };
        answer(&mut state, 6, draft, Err(StoreError::Locked));
        let Some(Overlay::Form(form)) = state.overlays.last() else {
            panic!("the form is still open")
        };
        assert_eq!((form.saving, form.error.as_deref()), (Some(7), None));
        assert_eq!(
            state.status.as_deref(),
            Some("draft not saved: the record is locked by another program; not saved (try again)")
        );
        // Help opened over the form meanwhile; the form's answer still finds the form.
        state.overlays.push(Overlay::Help {
            scroll: Default::default(),
        });
        let guest = Write::AddGuest(crate::model::Guest {
            name: "Scrutiny Chair".into(),
            organisation: String::new(),
        });
        answer(&mut state, 7, guest, Ok(Stored::Done));
        assert!(matches!(state.overlays[..], [Overlay::Help { .. }]));
        assert_eq!(
            state.status.as_deref(),
            Some("Scrutiny Chair in attendance")
        );
    }
}
