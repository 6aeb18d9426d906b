//! The record's reads and writes in SQLite: each write an immediate transaction that
//! commits, durably, or changes nothing; reads that refuse a row they cannot map.

use super::{SqliteStore, error, item_of, parsed};
use crate::model::{
    ActionArising, Actor, AgreedRag, AgreedScore, Attendance, ClockEntry, ClockEvent, Declaration,
    Draft, Guest, ItemRef, LogDecision, LogOutcome, MinutesApproval, Note, NoteKind, NoteVersion,
    Rag, RecordSnapshot, Score, ScoreProposal,
};
use crate::store::{Missing, RecordStore, Refused, Result, StoreError, check_score, now};
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};

impl RecordStore for SqliteStore {
    fn join(&mut self, actor: &Actor) -> Result<()> {
        let role = actor.role.name();
        self.write(|tx| {
            let existing: Option<String> = tx
                .query_row(
                    "SELECT role FROM participants WHERE name = ?1",
                    [&actor.id],
                    |r| r.get(0),
                )
                .optional()
                .map_err(error)?;
            match existing {
                Some(existing) if existing == role => Ok(()),
                Some(existing) => Err(StoreError::NotAllowed(Refused::JoinedAs {
                    who: actor.id.clone(),
                    role: existing,
                })),
                None => {
                    let inserted = tx.execute(
                        "INSERT INTO participants (name, role, joined_at) VALUES (?1, ?2, ?3)",
                        params![actor.id, role, now()],
                    );
                    match inserted.map_err(error) {
                        Err(StoreError::NotAllowed(_)) => {
                            let chair: String = tx
                                .query_row(
                                    "SELECT name FROM participants WHERE role = 'chair'",
                                    [],
                                    |r| r.get(0),
                                )
                                .map_err(error)?;
                            Err(StoreError::NotAllowed(Refused::ChairTaken(chair)))
                        }
                        other => other.map(|_| ()),
                    }
                }
            }
        })
    }

    fn changed(&mut self) -> Result<bool> {
        self.still_there()?;
        let version = self.data_version()?;
        let changed = version != self.seen_version;
        self.seen_version = version;
        Ok(changed)
    }

    fn snapshot(&mut self, viewer: &str) -> Result<RecordSnapshot> {
        // One read transaction: every list as of the same moment, whoever writes meanwhile.
        let c = &self.connection.transaction().map_err(error)?;
        let mut snapshot = RecordSnapshot::default();
        let mut notes = c
            .prepare(
                "SELECT id, item_kind, item_id, author, kind, text, created, updated, version FROM notes \
                 WHERE withdrawn = 0 AND (kind <> 'private' OR author = ?1) ORDER BY id",
            )
            .map_err(error)?;
        snapshot.notes = notes
            .query_map([viewer], |r| {
                Ok(Note {
                    id: r.get(0)?,
                    item: item_of(r, 1, 2)?,
                    author: r.get(3)?,
                    kind: parsed(4, r.get(4)?, NoteKind::parse)?,
                    text: r.get(5)?,
                    created: r.get(6)?,
                    updated: r.get(7)?,
                    version: r.get(8)?,
                })
            })
            .and_then(Iterator::collect)
            .map_err(error)?;
        let mut ratings = c
            .prepare("SELECT item_kind, item_id, rag, reason, agreed_by, agreed_at, revision FROM ratings")
            .map_err(error)?;
        let ratings: Vec<AgreedRag> = ratings
            .query_map([], |r| {
                Ok(AgreedRag {
                    item: item_of(r, 0, 1)?,
                    rag: parsed(2, r.get(2)?, Rag::parse)?,
                    reason: r.get(3)?,
                    agreed_by: r.get(4)?,
                    agreed_at: r.get(5)?,
                    revision: r.get(6)?,
                })
            })
            .and_then(Iterator::collect)
            .map_err(error)?;
        snapshot.ratings = ratings.into_iter().map(|r| (r.item.clone(), r)).collect();
        let mut arising = c
            .prepare(
                "SELECT reference, item_kind, item_id, text, owner, due_text, due, created_by, created_at \
                 FROM actions_arising ORDER BY CAST(substr(reference, 3) AS INTEGER)",
            )
            .map_err(error)?;
        snapshot.actions_arising = arising
            .query_map([], |r| {
                Ok(ActionArising {
                    reference: r.get(0)?,
                    item: item_of(r, 1, 2)?,
                    text: r.get(3)?,
                    owner: r.get(4)?,
                    due_text: r.get(5)?,
                    due: r
                        .get::<_, Option<String>>(6)?
                        .map(|d| parsed(6, d, |d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()))
                        .transpose()?,
                    created_by: r.get(7)?,
                    created_at: r.get(8)?,
                })
            })
            .and_then(Iterator::collect)
            .map_err(error)?;
        let mut attendance = c
            .prepare("SELECT member, status FROM attendance")
            .map_err(error)?;
        snapshot.attendance = attendance
            .query_map([], |r| {
                Ok((r.get(0)?, parsed(1, r.get(1)?, Attendance::parse)?))
            })
            .and_then(Iterator::collect)
            .map_err(error)?;
        let mut guests = c
            .prepare("SELECT name, organisation FROM guests ORDER BY id")
            .map_err(error)?;
        snapshot.guests = guests
            .query_map([], |r| {
                Ok(Guest {
                    name: r.get(0)?,
                    organisation: r.get(1)?,
                })
            })
            .and_then(Iterator::collect)
            .map_err(error)?;
        let mut declarations = c
            .prepare("SELECT member, item_kind, item_id, interest FROM declarations ORDER BY id")
            .map_err(error)?;
        snapshot.declarations = declarations
            .query_map([], |r| {
                Ok(Declaration {
                    member: r.get(0)?,
                    item: item_of(r, 1, 2)?,
                    interest: r.get(3)?,
                })
            })
            .and_then(Iterator::collect)
            .map_err(error)?;
        let mut drafts = c
            .prepare("SELECT item_kind, item_id, text, saved_at FROM drafts WHERE author = ?1")
            .map_err(error)?;
        snapshot.drafts = drafts
            .query_map([viewer], |r| {
                Ok(Draft {
                    item: item_of(r, 0, 1)?,
                    text: r.get(2)?,
                    saved_at: r.get(3)?,
                })
            })
            .and_then(Iterator::collect)
            .map_err(error)?;
        let mut proposals = c
            .prepare(
                "SELECT p.item_kind, p.item_id, p.author, p.likelihood, p.impact, p.target_likelihood, \
                 p.target_impact, p.reason, p.proposed_at, p.version, \
                 (SELECT min(rowid) FROM score_proposals f WHERE f.item_kind = p.item_kind AND f.item_id = p.item_id AND f.author = p.author) AS first \
                 FROM score_proposals p WHERE p.version = (SELECT max(version) FROM score_proposals l \
                 WHERE l.item_kind = p.item_kind AND l.item_id = p.item_id AND l.author = p.author) ORDER BY first",
            )
            .map_err(error)?;
        snapshot.proposals = proposals
            .query_map([], |r| {
                let target = match (r.get::<_, Option<u8>>(5)?, r.get::<_, Option<u8>>(6)?) {
                    (Some(l), Some(i)) => Some(Score::new(l, i)),
                    _ => None,
                };
                Ok(ScoreProposal {
                    item: item_of(r, 0, 1)?,
                    author: r.get(2)?,
                    residual: Score::new(r.get(3)?, r.get(4)?),
                    target,
                    reason: r.get(7)?,
                    proposed_at: r.get(8)?,
                    version: r.get(9)?,
                })
            })
            .and_then(Iterator::collect)
            .map_err(error)?;
        let mut scores = c
            .prepare("SELECT item_kind, item_id, likelihood, impact, reason, agreed_by, agreed_at, revision FROM agreed_scores")
            .map_err(error)?;
        let scores: Vec<AgreedScore> = scores
            .query_map([], agreed_score)
            .and_then(Iterator::collect)
            .map_err(error)?;
        snapshot.scores = scores.into_iter().map(|s| (s.item.clone(), s)).collect();
        let mut clock = c
            .prepare("SELECT event, item, minutes, at, set_by FROM agenda_clock ORDER BY id")
            .map_err(error)?;
        snapshot.clock = clock
            .query_map([], |r| {
                let event: String = r.get(0)?;
                let (item, minutes) = (r.get(1)?, r.get(2)?);
                Ok(ClockEntry {
                    event: parsed(0, event, |word| ClockEvent::parse(word, item, minutes))?,
                    at: parsed(3, r.get(3)?, |at| {
                        chrono::DateTime::parse_from_rfc3339(at)
                            .ok()
                            .map(|at| at.naive_local())
                    })?,
                    by: r.get(4)?,
                })
            })
            .and_then(Iterator::collect)
            .map_err(error)?;
        let mut decisions = c
            .prepare("SELECT reference, outcome, due_text, note, set_by, at FROM log_decisions ORDER BY id")
            .map_err(error)?;
        snapshot.log_decisions = decisions
            .query_map([], |r| {
                Ok(LogDecision {
                    reference: r.get(0)?,
                    outcome: parsed(1, r.get(1)?, LogOutcome::parse)?,
                    due: r.get(2)?,
                    update: r.get(3)?,
                    by: r.get(4)?,
                    at: r.get(5)?,
                })
            })
            .and_then(Iterator::collect)
            .map_err(error)?;
        let mut approvals = c
            .prepare("SELECT amendments, set_by, at FROM minutes_approval ORDER BY id")
            .map_err(error)?;
        snapshot.approvals = approvals
            .query_map([], |r| {
                Ok(MinutesApproval {
                    amendments: r.get(0)?,
                    by: r.get(1)?,
                    at: r.get(2)?,
                })
            })
            .and_then(Iterator::collect)
            .map_err(error)?;
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
        self.write(|tx| {
            let at = now();
            tx.execute(
                "INSERT INTO notes (item_kind, item_id, author, kind, text, created, updated, last_changed_by) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?3)",
                params![item.kind.name(), item.id, actor.id, kind.name(), text, at],
            )
            .map_err(error)?;
            let id = tx.last_insert_rowid();
            tx.execute(
                "INSERT INTO note_history VALUES (?1, 1, 'created', ?2, ?3, ?4, ?5)",
                params![id, kind.name(), text, actor.id, at],
            )
            .map_err(error)?;
            // The note replaces its draft in the same commit: nothing is lost or shown twice.
            tx.execute(
                "DELETE FROM drafts WHERE author = ?1 AND item_kind = ?2 AND item_id = ?3",
                params![actor.id, item.kind.name(), item.id],
            )
            .map_err(error)?;
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
        self.write(|tx| {
            let at = now();
            let changed = tx
                .execute(
                    "UPDATE notes SET text = ?1, kind = ?2, version = version + 1, updated = ?3, last_changed_by = ?4 \
                     WHERE id = ?5 AND version = ?6 AND withdrawn = 0",
                    params![text, kind.name(), at, actor.id, id, version],
                )
                .map_err(error)?;
            if changed == 0 {
                return Err(stale_or_missing(tx, id));
            }
            tx.execute(
                "INSERT INTO note_history VALUES (?1, ?2, 'edited', ?3, ?4, ?5, ?6)",
                params![id, version + 1, kind.name(), text, actor.id, at],
            )
            .map_err(error)?;
            Ok(())
        })
    }

    fn withdraw_note(&mut self, actor: &Actor, id: i64) -> Result<()> {
        self.write(|tx| {
            let at = now();
            let note: Option<(i64, String, String)> = tx
                .query_row("SELECT version, kind, text FROM notes WHERE id = ?1 AND withdrawn = 0", [id], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?))
                })
                .optional()
                .map_err(error)?;
            let (version, kind, text) = note.ok_or(StoreError::NotFound(Missing::Note(id)))?;
            tx.execute(
                "UPDATE notes SET withdrawn = 1, version = version + 1, updated = ?1, last_changed_by = ?2 WHERE id = ?3",
                params![at, actor.id, id],
            )
            .map_err(error)?;
            tx.execute(
                "INSERT INTO note_history VALUES (?1, ?2, 'withdrawn', ?3, ?4, ?5, ?6)",
                params![id, version + 1, kind, text, actor.id, at],
            )
            .map_err(error)?;
            Ok(())
        })
    }

    fn note_history(&mut self, id: i64) -> Result<Vec<NoteVersion>> {
        let mut statement = self
            .connection
            .prepare("SELECT change, kind, text, changed_by, changed_at FROM note_history WHERE note_id = ?1 ORDER BY version")
            .map_err(error)?;
        statement
            .query_map([id], |r| {
                Ok(NoteVersion {
                    change: r.get(0)?,
                    kind: parsed(1, r.get(1)?, NoteKind::parse)?,
                    text: r.get(2)?,
                    by: r.get(3)?,
                    at: r.get(4)?,
                })
            })
            .and_then(Iterator::collect)
            .map_err(error)
    }

    fn agree_rag(
        &mut self,
        actor: &Actor,
        item: &ItemRef,
        rag: Rag,
        reason: Option<&str>,
        seen_revision: i64,
    ) -> Result<()> {
        self.write(|tx| {
            let current = current_rating(tx, item)?;
            if current.as_ref().map_or(0, |c| c.revision) != seen_revision {
                return Err(StoreError::Stale { current });
            }
            let at = now();
            let revision = seen_revision + 1;
            tx.execute(
                "INSERT INTO ratings (item_kind, item_id, rag, reason, agreed_by, agreed_at, revision) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (item_kind, item_id) DO UPDATE SET \
                 rag = ?3, reason = ?4, agreed_by = ?5, agreed_at = ?6, revision = ?7",
                params![item.kind.name(), item.id, rag.word(), reason, actor.id, at, revision],
            )
            .map_err(error)?;
            tx.execute(
                "INSERT INTO rating_history VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![item.kind.name(), item.id, revision, rag.word(), reason, actor.id, at],
            )
            .map_err(error)?;
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
        self.write(|tx| {
            let count: i64 = tx
                .query_row("SELECT count(*) FROM actions_arising", [], |r| r.get(0))
                .map_err(error)?;
            let reference = format!("AA{}", count + 1);
            tx.execute(
                "INSERT INTO actions_arising VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![
                    reference,
                    item.kind.name(),
                    item.id,
                    text,
                    owner,
                    due_text,
                    due.map(|d| d.format("%Y-%m-%d").to_string()),
                    actor.id,
                    now()
                ],
            )
            .map_err(error)?;
            Ok(reference)
        })
    }

    fn set_attendance(&mut self, actor: &Actor, member: &str, status: Attendance) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO attendance VALUES (?1, ?2, ?3, ?4) \
                 ON CONFLICT (member) DO UPDATE SET status = ?2, set_by = ?3, set_at = ?4",
                params![member, status.name(), actor.id, now()],
            )
            .map_err(error)?;
            Ok(())
        })
    }

    fn add_guest(&mut self, actor: &Actor, guest: &Guest) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO guests (name, organisation, added_by, added_at) VALUES (?1, ?2, ?3, ?4)",
                params![guest.name, guest.organisation, actor.id, now()],
            )
            .map_err(error)?;
            Ok(())
        })
    }

    fn declare_interest(&mut self, actor: &Actor, declaration: &Declaration) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO declarations (member, item_kind, item_id, interest, recorded_by, recorded_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![declaration.member, declaration.item.kind.name(), declaration.item.id, declaration.interest, actor.id, now()],
            )
            .map_err(error)?;
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
        check_score(item, residual, target)?;
        self.write(|tx| {
            let version: i64 = tx
                .query_row(
                    "SELECT COALESCE(max(version), 0) + 1 FROM score_proposals WHERE item_kind = ?1 AND item_id = ?2 AND author = ?3",
                    params![item.kind.name(), item.id, actor.id],
                    |r| r.get(0),
                )
                .map_err(error)?;
            tx.execute(
                "INSERT INTO score_proposals VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                params![
                    item.kind.name(),
                    item.id,
                    actor.id,
                    version,
                    residual.likelihood,
                    residual.impact,
                    target.map(|t| t.likelihood),
                    target.map(|t| t.impact),
                    reason,
                    now()
                ],
            )
            .map_err(error)?;
            Ok(())
        })
    }

    fn proposal_history(&mut self, item: &ItemRef, author: &str) -> Result<Vec<(Score, String)>> {
        let mut statement = self
            .connection
            .prepare("SELECT likelihood, impact, reason FROM score_proposals WHERE item_kind = ?1 AND item_id = ?2 AND author = ?3 ORDER BY version")
            .map_err(error)?;
        statement
            .query_map(params![item.kind.name(), item.id, author], |r| {
                Ok((Score::new(r.get(0)?, r.get(1)?), r.get(2)?))
            })
            .and_then(Iterator::collect)
            .map_err(error)
    }

    fn agree_score(
        &mut self,
        actor: &Actor,
        item: &ItemRef,
        residual: Score,
        reason: Option<&str>,
        seen_revision: i64,
    ) -> Result<()> {
        check_score(item, residual, None)?;
        self.write(|tx| {
            let current = tx
                .query_row(
                    "SELECT item_kind, item_id, likelihood, impact, reason, agreed_by, agreed_at, revision FROM agreed_scores WHERE item_kind = ?1 AND item_id = ?2",
                    params![item.kind.name(), item.id],
                    agreed_score,
                )
                .optional()
                .map_err(error)?;
            match current {
                Some(current) if current.revision != seen_revision => {
                    return Err(StoreError::StaleScore {
                        current: Box::new(current),
                    });
                }
                None if seen_revision != 0 => return Err(StoreError::Stale { current: None }),
                _ => {}
            }
            let (at, revision) = (now(), seen_revision + 1);
            tx.execute(
                "INSERT INTO agreed_scores VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (item_kind, item_id) DO UPDATE SET \
                 likelihood = ?3, impact = ?4, reason = ?5, agreed_by = ?6, agreed_at = ?7, revision = ?8",
                params![item.kind.name(), item.id, residual.likelihood, residual.impact, reason, actor.id, at, revision],
            )
            .map_err(error)?;
            tx.execute(
                "INSERT INTO agreed_score_history VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![item.kind.name(), item.id, revision, residual.likelihood, residual.impact, reason, actor.id, at],
            )
            .map_err(error)?;
            Ok(())
        })
    }

    fn keep_time(&mut self, actor: &Actor, event: ClockEvent) -> Result<()> {
        let (word, item, minutes) = event.stored();
        self.write(|tx| {
            tx.execute(
                "INSERT INTO agenda_clock (event, item, minutes, at, set_by) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![word, item, minutes, now(), actor.id],
            )
            .map_err(error)?;
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
        self.write(|tx| {
            tx.execute(
                "INSERT INTO log_decisions (reference, outcome, due_text, note, set_by, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![reference, outcome.name(), due, update, actor.id, now()],
            )
            .map_err(error)?;
            Ok(())
        })
    }

    fn approve_minutes(&mut self, actor: &Actor, amendments: Option<&str>) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO minutes_approval (amendments, set_by, at) VALUES (?1, ?2, ?3)",
                params![amendments, actor.id, now()],
            )
            .map_err(error)?;
            Ok(())
        })
    }

    fn save_draft(&mut self, actor: &Actor, item: &ItemRef, text: &str) -> Result<()> {
        if let Err(gone @ StoreError::Gone { .. }) = self.still_there() {
            // Typing goes on: each draft is appended to a file beside the lost record, owner
            // only, so nothing typed is lost while the record is put right.
            let entry = format!("--- draft by {} on {item} at {}\n{text}\n", actor.id, now());
            let mut options = std::fs::OpenOptions::new();
            options.create(true).append(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            use std::io::Write as _;
            options
                .open(self.draft_file())
                .and_then(|mut file| file.write_all(entry.as_bytes()))
                .map_err(|err| StoreError::DraftLost {
                    gone: Box::new(gone),
                    why: err.to_string(),
                })?;
            return Ok(());
        }
        self.write(|tx| {
            tx.execute(
                "INSERT INTO drafts VALUES (?1, ?2, ?3, ?4, ?5) \
                 ON CONFLICT (author, item_kind, item_id) DO UPDATE SET text = ?4, saved_at = ?5",
                params![actor.id, item.kind.name(), item.id, text, now()],
            )
            .map_err(error)?;
            Ok(())
        })
    }

    fn clear_draft(&mut self, actor: &Actor, item: &ItemRef) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "DELETE FROM drafts WHERE author = ?1 AND item_kind = ?2 AND item_id = ?3",
                params![actor.id, item.kind.name(), item.id],
            )
            .map_err(error)?;
            Ok(())
        })
    }
}

fn current_rating(tx: &rusqlite::Transaction, item: &ItemRef) -> Result<Option<AgreedRag>> {
    tx.query_row(
        "SELECT rag, reason, agreed_by, agreed_at, revision FROM ratings WHERE item_kind = ?1 AND item_id = ?2",
        params![item.kind.name(), item.id],
        |r| {
            Ok(AgreedRag {
                item: item.clone(),
                rag: parsed(0, r.get(0)?, Rag::parse)?,
                reason: r.get(1)?,
                agreed_by: r.get(2)?,
                agreed_at: r.get(3)?,
                revision: r.get(4)?,
            })
        },
    )
    .optional()
    .map_err(error)
}

fn agreed_score(r: &rusqlite::Row) -> rusqlite::Result<AgreedScore> {
    Ok(AgreedScore {
        item: item_of(r, 0, 1)?,
        residual: Score::new(r.get(2)?, r.get(3)?),
        reason: r.get(4)?,
        agreed_by: r.get(5)?,
        agreed_at: r.get(6)?,
        revision: r.get(7)?,
    })
}

fn stale_or_missing(tx: &rusqlite::Transaction, id: i64) -> StoreError {
    match tx
        .query_row("SELECT withdrawn FROM notes WHERE id = ?1", [id], |r| {
            r.get::<_, i64>(0)
        })
        .optional()
    {
        Ok(Some(0)) => StoreError::Stale { current: None },
        Ok(Some(_)) => StoreError::NotFound(Missing::WithdrawnNote(id)),
        Ok(None) => StoreError::NotFound(Missing::Note(id)),
        Err(err) => error(err),
    }
}
