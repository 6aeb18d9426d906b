//! The record worker's answers: a write stored or refused, and the record as it now stands.
//! A write's answer goes to the editor or form that sent it, wherever it is in the stack.

use super::{Effect, agenda, minutes};
use crate::model::ClockEvent;
use crate::state::State;
use crate::store::{Reply, RequestId, StoreError, Stored, Write};

pub fn reply(state: &mut State, reply: Reply) -> Vec<Effect> {
    match reply {
        Reply::Written { id, write, result } => written(state, id, &write, result),
        Reply::Read(Ok(snapshot)) => {
            state.set_record(*snapshot);
            minutes::refresh(state);
            agenda::moved(state);
            if state.record_trouble.take().is_some() {
                state.status = Some("the record can be read again: up to date".into());
            }
        }
        Reply::Read(Err(err @ StoreError::Unreachable(_))) => {
            state.record_trouble = Some(err.to_string());
        }
        Reply::Read(Err(err)) => {
            state.record_trouble = Some(format!("cannot read the record: {err}"));
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
        (Write::KeepDraft { .. }, _) => "kept as a draft: n on the same item brings it back".into(),
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
        (Write::ProposeScore { item, residual, .. }, _) => {
            format!("your score for {item} recorded: {residual}")
        }
        (Write::AgreeScore { item, residual, .. }, _) => {
            format!("the Board's score for {item} agreed: {residual}")
        }
        (
            Write::DecideLog {
                reference, outcome, ..
            },
            _,
        ) => format!("{reference}: {}", outcome.label()),
        (Write::ApproveMinutes { amendments: None }, _) => {
            "the last meeting's minutes approved as a correct record".into()
        }
        (Write::ApproveMinutes { .. }, _) => {
            "the last meeting's minutes approved with amendments".into()
        }
        (Write::KeepTime(event), _) => match event {
            ClockEvent::Start => "the meeting has started: the clock is running".into(),
            ClockEvent::Pause => "the clock is paused".into(),
            ClockEvent::Resume => "the clock is running again".into(),
            ClockEvent::MoveTo(item) => format!("the meeting moves to agenda item {}", item + 1),
            ClockEvent::Extend { item, minutes } => {
                format!("agenda item {} has {minutes} more min", item + 1)
            }
            ClockEvent::Close => "the meeting is closed".into(),
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
        let mut form = Form::new(FormPurpose::Guest, &["Name or role", "Organisation"]);
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
