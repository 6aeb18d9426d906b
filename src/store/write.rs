//! The changes a screen can ask of the record, and what the record gives back for each.

use super::{RecordStore, Result};
use crate::model::{
    Actor, Attendance, ClockEvent, Declaration, Guest, ItemRef, LogOutcome, NoteKind, Rag, Score,
};
use chrono::NaiveDate;

/// A change to the meeting record, made as the person at this keyboard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Write {
    AddNote {
        item: ItemRef,
        kind: NoteKind,
        text: String,
    },
    EditNote {
        id: i64,
        version: i64,
        kind: NoteKind,
        text: String,
    },
    WithdrawNote {
        id: i64,
    },
    /// The editor's text kept while it is open, every quarter second: quiet.
    SaveDraft {
        item: ItemRef,
        text: String,
    },
    /// The editor closed on unsaved text (Esc): kept as a draft, and said so.
    KeepDraft {
        item: ItemRef,
        text: String,
    },
    ClearDraft {
        item: ItemRef,
    },
    AgreeRag {
        item: ItemRef,
        rag: Rag,
        reason: Option<String>,
        seen_revision: i64,
    },
    AddActionArising {
        item: ItemRef,
        text: String,
        owner: String,
        due_text: String,
        due: Option<NaiveDate>,
    },
    SetAttendance {
        member: String,
        status: Attendance,
    },
    AddGuest(Guest),
    Declare(Declaration),
    ProposeScore {
        item: ItemRef,
        residual: Score,
        target: Option<Score>,
        reason: String,
    },
    AgreeScore {
        item: ItemRef,
        residual: Score,
        reason: Option<String>,
        seen_revision: i64,
    },
    /// The chair runs the agenda: start, pause, move on, more time, close.
    KeepTime(ClockEvent),
    /// The chair's decision on a logged action.
    DecideLog {
        reference: String,
        outcome: LogOutcome,
        due: Option<String>,
        update: String,
    },
    /// The last meeting's minutes approved, with any amendments.
    ApproveMinutes {
        amendments: Option<String>,
    },
}

/// What the record made of a write that it stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stored {
    Note(i64),
    /// The reference an action arising was given ("AA3").
    Reference(String),
    Done,
}

impl Write {
    /// Drafts are saved quietly and change nothing anyone else sees.
    pub fn is_draft(&self) -> bool {
        matches!(self, Write::SaveDraft { .. } | Write::ClearDraft { .. })
    }

    /// Makes the change in `store` as `actor`; the store refuses what their role forbids.
    pub fn apply(&self, store: &mut dyn RecordStore, actor: &Actor) -> Result<Stored> {
        let done = |_| Stored::Done;
        match self {
            Write::AddNote { item, kind, text } => {
                store.add_note(actor, item, *kind, text).map(Stored::Note)
            }
            Write::EditNote {
                id,
                version,
                kind,
                text,
            } => store.edit_note(actor, *id, *version, *kind, text).map(done),
            Write::WithdrawNote { id } => store.withdraw_note(actor, *id).map(done),
            Write::SaveDraft { item, text } | Write::KeepDraft { item, text } => {
                store.save_draft(actor, item, text).map(done)
            }
            Write::ClearDraft { item } => store.clear_draft(actor, item).map(done),
            Write::AgreeRag {
                item,
                rag,
                reason,
                seen_revision,
            } => store
                .agree_rag(actor, item, *rag, reason.as_deref(), *seen_revision)
                .map(done),
            Write::AddActionArising {
                item,
                text,
                owner,
                due_text,
                due,
            } => store
                .add_action_arising(actor, item, text, owner, due_text, *due)
                .map(Stored::Reference),
            Write::SetAttendance { member, status } => {
                store.set_attendance(actor, member, *status).map(done)
            }
            Write::AddGuest(guest) => store.add_guest(actor, guest).map(done),
            Write::Declare(declaration) => store.declare_interest(actor, declaration).map(done),
            Write::ProposeScore {
                item,
                residual,
                target,
                reason,
            } => store
                .propose_score(actor, item, *residual, *target, reason)
                .map(done),
            Write::AgreeScore {
                item,
                residual,
                reason,
                seen_revision,
            } => store
                .agree_score(actor, item, *residual, reason.as_deref(), *seen_revision)
                .map(done),
            Write::KeepTime(event) => store.keep_time(actor, *event).map(done),
            Write::DecideLog {
                reference,
                outcome,
                due,
                update,
            } => store
                .decide_log(actor, reference, *outcome, due.as_deref(), update)
                .map(done),
            Write::ApproveMinutes { amendments } => store
                .approve_minutes(actor, amendments.as_deref())
                .map(done),
        }
    }
}
