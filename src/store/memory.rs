//! The record held in memory: the same rules as the SQLite record, for fast tests of the
//! screens and as the reference the behaviour suite holds every backend to. Clones share one
//! record, as two processes share a file; nothing survives the last clone.

use super::{Missing, RecordSnapshot, RecordStore, Refused, Result, StoreError, now};
use crate::model::{
    ActionArising, Actor, AgreedRag, AgreedScore, Attendance, ClockEntry, ClockEvent, Declaration,
    Draft, Guest, ItemRef, LogDecision, LogOutcome, MinutesApproval, Note, NoteKind, NoteVersion,
    Rag, Right, Role, Score, ScoreProposal,
};
use chrono::NaiveDate;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};

#[derive(Debug, Default)]
struct Record {
    /// Bumped by every change, as SQLite's data_version is.
    version: u64,
    participants: Vec<(String, Role)>,
    notes: Vec<StoredNote>,
    history: Vec<(i64, NoteVersion)>,
    ratings: HashMap<ItemRef, AgreedRag>,
    actions_arising: Vec<ActionArising>,
    attendance: HashMap<String, Attendance>,
    guests: Vec<Guest>,
    declarations: Vec<Declaration>,
    drafts: HashMap<(String, ItemRef), Draft>,
    /// Every version of every proposal, oldest first; the latest per author is current.
    proposals: Vec<ScoreProposal>,
    scores: HashMap<ItemRef, AgreedScore>,
    clock: Vec<ClockEntry>,
    log_decisions: Vec<LogDecision>,
    approvals: Vec<MinutesApproval>,
}

#[derive(Debug, Clone)]
struct StoredNote {
    note: Note,
    withdrawn: bool,
}

#[derive(Debug, Clone, Default)]
pub struct MemoryStore {
    record: Arc<Mutex<Record>>,
    seen_version: u64,
}

fn refuse<T>(why: Refused) -> Result<T> {
    Err(StoreError::NotAllowed(why))
}

impl MemoryStore {
    pub fn new() -> MemoryStore {
        MemoryStore::default()
    }

    fn record(&self) -> MutexGuard<'_, Record> {
        // A panic elsewhere cannot leave a half-made change: every change is made whole
        // under the lock, so a poisoned lock still guards a consistent record.
        self.record
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Makes a change under the lock and counts it, as a committed transaction.
    fn change<T>(&mut self, change: impl FnOnce(&mut Record) -> Result<T>) -> Result<T> {
        let mut record = self.record();
        let value = change(&mut record)?;
        record.version += 1;
        Ok(value)
    }
}

impl Record {
    fn role(&self, name: &str) -> Option<Role> {
        self.participants
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, role)| *role)
    }

    /// Refuses `actor` unless the role they joined with carries `right`.
    fn check(&self, actor: &Actor, right: Right) -> Result<()> {
        match self.role(&actor.id) {
            Some(role) if role.may(right) => Ok(()),
            _ => refuse(Refused::Right(right)),
        }
    }

    fn live_note(&mut self, id: i64) -> Result<&mut StoredNote> {
        match self.notes.iter_mut().find(|n| n.note.id == id) {
            Some(note) if note.withdrawn => Err(StoreError::NotFound(Missing::WithdrawnNote(id))),
            Some(note) => Ok(note),
            None => Err(StoreError::NotFound(Missing::Note(id))),
        }
    }

    fn keep_version(
        &mut self,
        id: i64,
        change: &str,
        kind: NoteKind,
        text: &str,
        by: &str,
        at: &str,
    ) {
        self.history.push((
            id,
            NoteVersion {
                change: change.to_string(),
                kind,
                text: text.to_string(),
                by: by.to_string(),
                at: at.to_string(),
            },
        ));
    }
}

impl RecordStore for MemoryStore {
    fn join(&mut self, actor: &Actor) -> Result<()> {
        let mut record = self.record();
        match record.role(&actor.id) {
            Some(role) if role == actor.role => Ok(()),
            Some(role) => refuse(Refused::JoinedAs {
                who: actor.id.clone(),
                role: role.name().to_string(),
            }),
            None => {
                if actor.role == Role::Chair {
                    if let Some((chair, _)) =
                        record.participants.iter().find(|(_, r)| *r == Role::Chair)
                    {
                        return refuse(Refused::ChairTaken(chair.clone()));
                    }
                }
                record.participants.push((actor.id.clone(), actor.role));
                record.version += 1;
                Ok(())
            }
        }
    }

    fn changed(&mut self) -> Result<bool> {
        let version = self.record().version;
        let changed = version != self.seen_version;
        self.seen_version = version;
        Ok(changed)
    }

    fn snapshot(&mut self, viewer: &str) -> Result<RecordSnapshot> {
        let record = self.record();
        let mut snapshot = RecordSnapshot::default();
        snapshot.notes = record
            .notes
            .iter()
            .filter(|n| {
                !n.withdrawn && (n.note.kind != NoteKind::Private || n.note.author == viewer)
            })
            .map(|n| n.note.clone())
            .collect();
        snapshot.ratings = record.ratings.clone();
        snapshot.actions_arising = record.actions_arising.clone();
        snapshot.attendance = record.attendance.clone();
        snapshot.guests = record.guests.clone();
        snapshot.declarations = record.declarations.clone();
        snapshot.clock = record.clock.clone();
        snapshot.log_decisions = record.log_decisions.clone();
        snapshot.approvals = record.approvals.clone();
        // The latest version of each member's proposal on each risk, in the order first made.
        let mut current: Vec<ScoreProposal> = Vec::new();
        for proposal in &record.proposals {
            match current
                .iter_mut()
                .find(|p| p.item == proposal.item && p.author == proposal.author)
            {
                Some(earlier) => *earlier = proposal.clone(),
                None => current.push(proposal.clone()),
            }
        }
        snapshot.proposals = current;
        snapshot.scores = record.scores.clone();
        snapshot.drafts = record
            .drafts
            .iter()
            .filter(|((author, _), _)| author == viewer)
            .map(|(_, draft)| draft.clone())
            .collect();
        snapshot.drafts.sort_by(|a, b| a.item.cmp(&b.item));
        snapshot.index();
        Ok(snapshot)
    }

    fn add_note(
        &mut self,
        actor: &Actor,
        item: &ItemRef,
        kind: NoteKind,
        text: &str,
    ) -> Result<i64> {
        self.change(|record| {
            record.check(actor, Right::Note)?;
            if kind == NoteKind::Decision {
                record.check(actor, Right::Decide)?;
            }
            let id = record.notes.len() as i64 + 1;
            let at = now();
            record.notes.push(StoredNote {
                note: Note {
                    id,
                    item: item.clone(),
                    author: actor.id.clone(),
                    kind,
                    text: text.to_string(),
                    created: at.clone(),
                    updated: at.clone(),
                    version: 1,
                },
                withdrawn: false,
            });
            record.keep_version(id, "created", kind, text, &actor.id, &at);
            record.drafts.remove(&(actor.id.clone(), item.clone()));
            Ok(id)
        })
    }

    fn edit_note(
        &mut self,
        actor: &Actor,
        id: i64,
        version: i64,
        kind: NoteKind,
        text: &str,
    ) -> Result<()> {
        self.change(|record| {
            let decides = record.check(actor, Right::Decide);
            let stored = record.live_note(id)?;
            let note = &mut stored.note;
            if note.author != actor.id {
                return refuse(Refused::OnlyAuthor);
            }
            if note.version != version {
                return Err(StoreError::Stale { current: None });
            }
            if kind == NoteKind::Decision && note.kind != NoteKind::Decision {
                decides?;
            }
            let at = now();
            note.kind = kind;
            note.text = text.to_string();
            note.version += 1;
            note.updated = at.clone();
            record.keep_version(id, "edited", kind, text, &actor.id, &at);
            Ok(())
        })
    }

    fn withdraw_note(&mut self, actor: &Actor, id: i64) -> Result<()> {
        self.change(|record| {
            let stored = record.live_note(id)?;
            if stored.note.author != actor.id {
                return refuse(Refused::OnlyAuthor);
            }
            let at = now();
            stored.withdrawn = true;
            stored.note.version += 1;
            stored.note.updated = at.clone();
            let (kind, text) = (stored.note.kind, stored.note.text.clone());
            record.keep_version(id, "withdrawn", kind, &text, &actor.id, &at);
            Ok(())
        })
    }

    fn note_history(&mut self, id: i64) -> Result<Vec<NoteVersion>> {
        Ok(self
            .record()
            .history
            .iter()
            .filter(|(note, _)| *note == id)
            .map(|(_, version)| version.clone())
            .collect())
    }

    fn agree_rag(
        &mut self,
        actor: &Actor,
        item: &ItemRef,
        rag: Rag,
        reason: Option<&str>,
        seen_revision: i64,
    ) -> Result<()> {
        self.change(|record| {
            let current = record.ratings.get(item).cloned();
            if current.as_ref().map_or(0, |c| c.revision) != seen_revision {
                return Err(StoreError::Stale { current });
            }
            record.check(actor, Right::Rate)?;
            record.ratings.insert(
                item.clone(),
                AgreedRag {
                    item: item.clone(),
                    rag,
                    reason: reason.map(str::to_string),
                    agreed_by: actor.id.clone(),
                    agreed_at: now(),
                    revision: seen_revision + 1,
                },
            );
            Ok(())
        })
    }

    fn add_action_arising(
        &mut self,
        actor: &Actor,
        item: &ItemRef,
        text: &str,
        owner: &str,
        due_text: &str,
        due: Option<NaiveDate>,
    ) -> Result<String> {
        self.change(|record| {
            record.check(actor, Right::RecordActions)?;
            let reference = format!("AA{}", record.actions_arising.len() + 1);
            record.actions_arising.push(ActionArising {
                reference: reference.clone(),
                item: item.clone(),
                text: text.to_string(),
                owner: owner.to_string(),
                due_text: due_text.to_string(),
                due,
                created_by: actor.id.clone(),
                created_at: now(),
            });
            Ok(reference)
        })
    }

    fn set_attendance(&mut self, actor: &Actor, member: &str, status: Attendance) -> Result<()> {
        self.change(|record| {
            record.check(actor, Right::RecordAttendance)?;
            record.attendance.insert(member.to_string(), status);
            Ok(())
        })
    }

    fn add_guest(&mut self, actor: &Actor, guest: &Guest) -> Result<()> {
        self.change(|record| {
            record.check(actor, Right::RecordAttendance)?;
            record.guests.push(guest.clone());
            Ok(())
        })
    }

    fn declare_interest(&mut self, actor: &Actor, declaration: &Declaration) -> Result<()> {
        self.change(|record| {
            record.check(actor, Right::RecordActions)?;
            record.declarations.push(declaration.clone());
            Ok(())
        })
    }

    fn propose_score(
        &mut self,
        actor: &Actor,
        item: &ItemRef,
        residual: Score,
        target: Option<Score>,
        reason: &str,
    ) -> Result<()> {
        super::check_score(item, residual, target)?;
        self.change(|record| {
            record.check(actor, Right::Note)?;
            let version = record
                .proposals
                .iter()
                .filter(|p| p.item == *item && p.author == actor.id)
                .count() as i64
                + 1;
            record.proposals.push(ScoreProposal {
                item: item.clone(),
                author: actor.id.clone(),
                residual,
                target,
                reason: reason.to_string(),
                proposed_at: now(),
                version,
            });
            Ok(())
        })
    }

    fn proposal_history(&mut self, item: &ItemRef, author: &str) -> Result<Vec<(Score, String)>> {
        Ok(self
            .record()
            .proposals
            .iter()
            .filter(|p| p.item == *item && p.author == author)
            .map(|p| (p.residual, p.reason.clone()))
            .collect())
    }

    fn agree_score(
        &mut self,
        actor: &Actor,
        item: &ItemRef,
        residual: Score,
        reason: Option<&str>,
        seen_revision: i64,
    ) -> Result<()> {
        super::check_score(item, residual, None)?;
        self.change(|record| {
            if let Some(current) = record.scores.get(item) {
                if current.revision != seen_revision {
                    return Err(StoreError::StaleScore {
                        current: Box::new(current.clone()),
                    });
                }
            } else if seen_revision != 0 {
                return Err(StoreError::Stale { current: None });
            }
            record.check(actor, Right::Rate)?;
            record.scores.insert(
                item.clone(),
                AgreedScore {
                    item: item.clone(),
                    residual,
                    reason: reason.map(str::to_string),
                    agreed_by: actor.id.clone(),
                    agreed_at: now(),
                    revision: seen_revision + 1,
                },
            );
            Ok(())
        })
    }

    fn keep_time(&mut self, actor: &Actor, event: ClockEvent) -> Result<()> {
        self.change(|record| {
            record.check(actor, Right::KeepTime)?;
            record.clock.push(ClockEntry {
                event,
                at: chrono::Local::now().naive_local(),
                by: actor.id.clone(),
            });
            Ok(())
        })
    }

    fn decide_log(
        &mut self,
        actor: &Actor,
        reference: &str,
        outcome: LogOutcome,
        due: Option<&str>,
        update: &str,
    ) -> Result<()> {
        self.change(|record| {
            record.check(actor, Right::Decide)?;
            record.log_decisions.push(LogDecision {
                reference: reference.to_string(),
                outcome,
                due: due.map(str::to_string),
                update: update.to_string(),
                by: actor.id.clone(),
                at: now(),
            });
            Ok(())
        })
    }

    fn approve_minutes(&mut self, actor: &Actor, amendments: Option<&str>) -> Result<()> {
        self.change(|record| {
            record.check(actor, Right::Decide)?;
            record.approvals.push(MinutesApproval {
                amendments: amendments.map(str::to_string),
                by: actor.id.clone(),
                at: now(),
            });
            Ok(())
        })
    }

    fn save_draft(&mut self, actor: &Actor, item: &ItemRef, text: &str) -> Result<()> {
        self.change(|record| {
            record.check(actor, Right::Note)?;
            record.drafts.insert(
                (actor.id.clone(), item.clone()),
                Draft {
                    item: item.clone(),
                    text: text.to_string(),
                    saved_at: now(),
                },
            );
            Ok(())
        })
    }

    fn clear_draft(&mut self, actor: &Actor, item: &ItemRef) -> Result<()> {
        self.change(|record| {
            record.drafts.remove(&(actor.id.clone(), item.clone()));
            Ok(())
        })
    }
}
