//! The record's reads and writes in PostgreSQL. Every write is one transaction, answered only
//! after COMMIT; reads run under the member's own role, so row-level security decides what
//! they see (another member's private note never leaves the server).

use super::{Failure, PostgresStore};
use crate::model::{
    ActionArising, Actor, AgreedRag, AgreedScore, Attendance, ClockEntry, ClockEvent, Declaration,
    Guest, ItemKind, ItemRef, LogDecision, LogOutcome, MinutesApproval, Note, NoteKind,
    NoteVersion, Rag, RecordSnapshot, Right, Score, ScoreProposal,
};
use crate::store::{Damage, Missing, RecordStore, Refused, Result, StoreError, check_score};
use chrono::{DateTime, NaiveDate, Utc};
use postgres::Row;
use postgres::error::SqlState;
use postgres::types::ToSql;

/// A stored time as the rest of boardpack writes it: local, RFC 3339, to the second.
fn at(row: &Row, column: usize) -> String {
    let time: DateTime<Utc> = row.get(column);
    time.with_timezone(&chrono::Local)
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
}

/// A stored word as the value it names; anything else is a damaged record, said so.
fn word<T>(row: &Row, column: usize, parse: impl Fn(&str) -> Option<T>) -> Result<T> {
    let text: String = row.get(column);
    parse(&text).ok_or_else(|| StoreError::Damaged(Damage::Unreadable(format!("{text:?}"))))
}

fn item(row: &Row, kind: usize, id: usize) -> Result<ItemRef> {
    Ok(ItemRef {
        kind: word(row, kind, ItemKind::parse)?,
        id: row.get(id),
    })
}

fn score(row: &Row, likelihood: usize, impact: usize) -> Option<Score> {
    let (l, i): (Option<i16>, Option<i16>) = (row.get(likelihood), row.get(impact));
    Some(Score::new(u8::try_from(l?).ok()?, u8::try_from(i?).ok()?))
}

fn agreed_score(row: &Row) -> Result<AgreedScore> {
    Ok(AgreedScore {
        item: item(row, 0, 1)?,
        residual: score(row, 2, 3).ok_or(StoreError::Damaged(Damage::ScoreOffScale))?,
        reason: row.get(4),
        agreed_by: row.get(5),
        agreed_at: at(row, 6),
        revision: row.get(7),
    })
}

fn agreed_rag(row: &Row) -> Result<AgreedRag> {
    Ok(AgreedRag {
        item: item(row, 0, 1)?,
        rag: word(row, 2, Rag::parse)?,
        reason: row.get(3),
        agreed_by: row.get(4),
        agreed_at: at(row, 5),
        revision: row.get(6),
    })
}

/// How long a look for news waits for the server's announcements.
const LISTEN_WAIT: std::time::Duration = std::time::Duration::from_millis(5);

const RATING: &str =
    "SELECT item_kind, item_id, rag, reason, agreed_by, agreed_at, revision FROM ratings";
const SCORE: &str = "SELECT item_kind, item_id, likelihood, impact, reason, agreed_by, agreed_at, revision FROM agreed_scores";

impl PostgresStore {
    fn read(&mut self, query: &str, params: &[&(dyn ToSql + Sync)]) -> Result<Vec<Row>> {
        let rows = self.client()?.query(query, params);
        rows.map_err(|err| self.error(err))
    }

    fn read_snapshot(&mut self, viewer: &str) -> Result<RecordSnapshot> {
        let mut snapshot = RecordSnapshot::default();
        // One transaction, so the screens never show half of someone's change.
        let outcome = self
            .client()?
            .build_transaction()
            .isolation_level(postgres::IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()
            .map_err(Failure::Db)
            .and_then(|mut tx| {
                read_all(&mut tx, viewer, &mut snapshot)?;
                Ok(tx.commit()?)
            });
        if let Err(failure) = outcome {
            return Err(self.failed(failure));
        }
        snapshot.drafts = match &self.me {
            Some((me, _)) if me == viewer => self.drafts.of(viewer)?,
            _ => Vec::new(),
        };
        snapshot.index();
        Ok(snapshot)
    }

    fn failed(&mut self, failure: Failure) -> StoreError {
        match failure {
            Failure::Db(err) => self.error(err),
            Failure::Store(err) => err,
        }
    }
}

/// Everything this login may read, into `snapshot`.
fn read_all(
    tx: &mut postgres::Transaction,
    viewer: &str,
    snapshot: &mut RecordSnapshot,
) -> std::result::Result<(), Failure> {
    // The database hides others' private notes from this login; the viewer asked for may be
    // narrower still (the minutes read as nobody).
    for row in tx.query(
        "SELECT id, item_kind, item_id, author, kind, text, created, updated, version FROM notes \
         WHERE NOT withdrawn AND (kind <> 'private' OR author = $1) ORDER BY id",
        &[&viewer],
    )? {
        snapshot.notes.push(Note {
            id: row.get(0),
            item: item(&row, 1, 2)?,
            author: row.get(3),
            kind: word(&row, 4, NoteKind::parse)?,
            text: row.get(5),
            created: at(&row, 6),
            updated: at(&row, 7),
            version: row.get(8),
        });
    }
    for row in tx.query(RATING, &[])? {
        let rating = agreed_rag(&row)?;
        snapshot.ratings.insert(rating.item.clone(), rating);
    }
    for row in tx.query(
        "SELECT number, item_kind, item_id, text, owner, due_text, due, created_by, created_at \
         FROM actions_arising ORDER BY number",
        &[],
    )? {
        let number: i64 = row.get(0);
        snapshot.actions_arising.push(ActionArising {
            reference: format!("AA{number}"),
            item: item(&row, 1, 2)?,
            text: row.get(3),
            owner: row.get(4),
            due_text: row.get(5),
            due: row.get::<_, Option<NaiveDate>>(6),
            created_by: row.get(7),
            created_at: at(&row, 8),
        });
    }
    for row in tx.query("SELECT member, status FROM attendance", &[])? {
        snapshot
            .attendance
            .insert(row.get(0), word(&row, 1, Attendance::parse)?);
    }
    for row in tx.query("SELECT name, organisation FROM guests ORDER BY id", &[])? {
        snapshot.guests.push(Guest {
            name: row.get(0),
            organisation: row.get(1),
        });
    }
    for row in tx.query(
        "SELECT member, item_kind, item_id, interest FROM declarations ORDER BY id",
        &[],
    )? {
        snapshot.declarations.push(Declaration {
            member: row.get(0),
            item: item(&row, 1, 2)?,
            interest: row.get(3),
        });
    }
    // Each member's latest proposal per risk, in the order first made, as on every backend.
    for row in tx.query(
        "SELECT * FROM (SELECT DISTINCT ON (item_kind, item_id, author) item_kind, item_id, author, \
         likelihood, impact, target_likelihood, target_impact, reason, proposed_at, version, \
         min(id) OVER (PARTITION BY item_kind, item_id, author) AS first \
         FROM score_proposals ORDER BY item_kind, item_id, author, version DESC) latest ORDER BY first",
        &[],
    )? {
        snapshot.proposals.push(ScoreProposal {
            item: item(&row, 0, 1)?,
            author: row.get(2),
            residual: score(&row, 3, 4)
                .ok_or(StoreError::Damaged(Damage::ScoreOffScale))?,
            target: score(&row, 5, 6),
            reason: row.get(7),
            proposed_at: at(&row, 8),
            version: row.get(9),
        });
    }
    for row in tx.query(SCORE, &[])? {
        let score = agreed_score(&row)?;
        snapshot.scores.insert(score.item.clone(), score);
    }
    for row in tx.query(
        "SELECT event, item, minutes, at, set_by FROM agenda_clock ORDER BY id",
        &[],
    )? {
        let (item, minutes) = (row.get(1), row.get(2));
        let event = word(&row, 0, |word| ClockEvent::parse(word, item, minutes))?;
        let at: DateTime<Utc> = row.get(3);
        snapshot.clock.push(ClockEntry {
            event,
            at: at.with_timezone(&chrono::Local).naive_local(),
            by: row.get(4),
        });
    }
    for row in tx.query(
        "SELECT reference, outcome, due_text, note, set_by, at FROM log_decisions ORDER BY id",
        &[],
    )? {
        snapshot.log_decisions.push(LogDecision {
            reference: row.get(0),
            outcome: word(&row, 1, LogOutcome::parse)?,
            due: row.get(2),
            update: row.get(3),
            by: row.get(4),
            at: at(&row, 5),
        });
    }
    for row in tx.query(
        "SELECT amendments, set_by, at FROM minutes_approval ORDER BY id",
        &[],
    )? {
        snapshot.approvals.push(MinutesApproval {
            amendments: row.get(0),
            by: row.get(1),
            at: at(&row, 2),
        });
    }
    Ok(())
}

impl RecordStore for PostgresStore {
    fn join(&mut self, actor: &Actor) -> Result<()> {
        let role = actor.role.name();
        let existing = self.read(
            "SELECT role FROM participants WHERE name = $1",
            &[&actor.id],
        )?;
        if let Some(row) = existing.first() {
            let existing: String = row.get(0);
            return if existing == role {
                Ok(())
            } else {
                Err(StoreError::NotAllowed(Refused::JoinedAs {
                    who: actor.id.clone(),
                    role: existing,
                }))
            };
        }
        match &self.me {
            Some((me, my_role)) if *me != actor.id || *my_role != actor.role => {
                return Err(StoreError::NotAllowed(Refused::NotYou {
                    login: self.target.user().to_string(),
                    me: me.clone(),
                    role: *my_role,
                }));
            }
            None => {
                return Err(StoreError::NotAllowed(Refused::NotAMember(
                    self.target.user().to_string(),
                )));
            }
            Some(_) => {}
        }
        let inserted = self.write(actor, Right::Note, |tx| {
            Ok(tx.execute(
                "INSERT INTO participants (name, role) VALUES ($1, $2)",
                &[&actor.id, &role],
            )?)
        });
        match inserted {
            Ok(_) => Ok(()),
            Err(StoreError::NotAllowed(_)) if actor.role == crate::model::Role::Chair => {
                let chair = self.read("SELECT name FROM participants WHERE role = 'chair'", &[])?;
                let chair: String = chair
                    .first()
                    .map(|r| r.get(0))
                    .unwrap_or_else(|| "someone else".into());
                Err(StoreError::NotAllowed(Refused::ChairTaken(chair)))
            }
            Err(err) => Err(err),
        }
    }

    fn changed(&mut self) -> Result<bool> {
        use fallible_iterator::FallibleIterator;
        // Reading what is waiting is also how a dropped connection is found, to be made again.
        let heard = {
            let client = self.client()?;
            let mut notifications = client.notifications();
            // A moment's wait lets the connection read what the server has sent; a
            // non-blocking look sees only what was read already.
            let mut waiting = notifications.timeout_iter(LISTEN_WAIT);
            let mut any = false;
            loop {
                match waiting.next() {
                    Ok(Some(_)) => any = true,
                    Ok(None) => break Ok(any),
                    Err(err) => break Err(err),
                }
            }
        };
        let heard = heard.map_err(|err| self.error(err))?;
        // After a reconnect, notifications sent meanwhile are lost: read everything again.
        Ok(heard || std::mem::take(&mut self.resync))
    }

    fn snapshot(&mut self, viewer: &str) -> Result<RecordSnapshot> {
        self.read_snapshot(viewer)
    }

    fn add_note(
        &mut self,
        actor: &Actor,
        item: &ItemRef,
        kind: NoteKind,
        text: &str,
    ) -> Result<i64> {
        let right = if kind == NoteKind::Decision {
            Right::Decide
        } else {
            Right::Note
        };
        let id = self.write(actor, right, |tx| {
            let row = tx.query_one(
                "INSERT INTO notes (item_kind, item_id, author, kind, text, last_changed_by) \
                 VALUES ($1, $2, $3, $4, $5, $3) RETURNING id",
                &[&item.kind.name(), &item.id, &actor.id, &kind.name(), &text],
            )?;
            let id: i64 = row.get(0);
            tx.execute(
                "INSERT INTO note_history (note_id, version, change, kind, text, changed_by) \
                 VALUES ($1, 1, 'created', $2, $3, $4)",
                &[&id, &kind.name(), &text, &actor.id],
            )?;
            Ok(id)
        })?;
        // Committed: the draft it came from is no longer needed.
        let _ = self.drafts.clear(&actor.id, item);
        Ok(id)
    }

    fn edit_note(
        &mut self,
        actor: &Actor,
        id: i64,
        version: i64,
        kind: NoteKind,
        text: &str,
    ) -> Result<()> {
        let right = if kind == NoteKind::Decision {
            Right::Decide
        } else {
            Right::Note
        };
        self.write(actor, right, |tx| {
            let changed = tx.execute(
                "UPDATE notes SET text = $1, kind = $2, version = version + 1, updated = now(), last_changed_by = $3 \
                 WHERE id = $4 AND version = $5 AND NOT withdrawn",
                &[&text, &kind.name(), &actor.id, &id, &version],
            )?;
            if changed == 0 {
                return Err(Failure::Store(stale_or_missing(tx, id, actor)?));
            }
            tx.execute(
                "INSERT INTO note_history (note_id, version, change, kind, text, changed_by) \
                 VALUES ($1, $2, 'edited', $3, $4, $5)",
                &[&id, &(version + 1), &kind.name(), &text, &actor.id],
            )?;
            Ok(())
        })
    }

    fn withdraw_note(&mut self, actor: &Actor, id: i64) -> Result<()> {
        self.write(actor, Right::Note, |tx| {
            let row = tx.query_opt(
                "UPDATE notes SET withdrawn = true, version = version + 1, updated = now(), last_changed_by = $1 \
                 WHERE id = $2 AND NOT withdrawn RETURNING version, kind, text",
                &[&actor.id, &id],
            )?;
            let Some(row) = row else {
                return Err(Failure::Store(stale_or_missing(tx, id, actor)?));
            };
            let (version, kind, text): (i64, String, String) = (row.get(0), row.get(1), row.get(2));
            tx.execute(
                "INSERT INTO note_history (note_id, version, change, kind, text, changed_by) \
                 VALUES ($1, $2, 'withdrawn', $3, $4, $5)",
                &[&id, &version, &kind, &text, &actor.id],
            )?;
            Ok(())
        })
    }

    fn note_history(&mut self, id: i64) -> Result<Vec<NoteVersion>> {
        self.read(
            "SELECT change, kind, text, changed_by, changed_at FROM note_history WHERE note_id = $1 ORDER BY version",
            &[&id],
        )?
        .iter()
        .map(|row| {
            Ok(NoteVersion {
                change: row.get(0),
                kind: word(row, 1, NoteKind::parse)?,
                text: row.get(2),
                by: row.get(3),
                at: at(row, 4),
            })
        })
        .collect()
    }

    fn agree_rag(
        &mut self,
        actor: &Actor,
        item: &ItemRef,
        rag: Rag,
        reason: Option<&str>,
        seen_revision: i64,
    ) -> Result<()> {
        let revision = seen_revision + 1;
        self.write(actor, Right::Rate, |tx| {
            // Written only if nobody else agreed it since it was read, in one statement, so
            // two terminals cannot both win.
            let changed = if seen_revision == 0 {
                tx.execute(
                    "INSERT INTO ratings (item_kind, item_id, rag, reason, agreed_by, revision) \
                     VALUES ($1, $2, $3, $4, $5, 1) ON CONFLICT DO NOTHING",
                    &[&item.kind.name(), &item.id, &rag.word(), &reason, &actor.id],
                )?
            } else {
                tx.execute(
                    "UPDATE ratings SET rag = $3, reason = $4, agreed_by = $5, agreed_at = now(), revision = $6 \
                     WHERE item_kind = $1 AND item_id = $2 AND revision = $7",
                    &[&item.kind.name(), &item.id, &rag.word(), &reason, &actor.id, &revision, &seen_revision],
                )?
            };
            if changed == 0 {
                let current = tx
                    .query_opt(
                        &format!("{RATING} WHERE item_kind = $1 AND item_id = $2"),
                        &[&item.kind.name(), &item.id],
                    )?
                    .map(|row| agreed_rag(&row))
                    .transpose()?;
                return Err(Failure::Store(StoreError::Stale { current }));
            }
            tx.execute(
                "INSERT INTO rating_history (item_kind, item_id, revision, rag, reason, agreed_by) \
                 VALUES ($1, $2, $3, $4, $5, $6)",
                &[&item.kind.name(), &item.id, &revision, &rag.word(), &reason, &actor.id],
            )?;
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
        // The chair and the clerk may both record at once: the number is taken again if
        // the other took it first.
        for _ in 0..5 {
            let written = self.write(actor, Right::RecordActions, |tx| {
                let row = tx.query_one(
                    "INSERT INTO actions_arising (number, item_kind, item_id, text, owner, due_text, due, created_by) \
                     SELECT COALESCE(max(number), 0) + 1, $1, $2, $3, $4, $5, $6, $7 FROM actions_arising \
                     RETURNING number",
                    &[&item.kind.name(), &item.id, &text, &owner, &due_text, &due, &actor.id],
                );
                match row {
                    Ok(row) => Ok(Some(row.get::<_, i64>(0))),
                    Err(err) if err.code() == Some(&SqlState::UNIQUE_VIOLATION) => Ok(None),
                    Err(err) => Err(Failure::Db(err)),
                }
            })?;
            if let Some(number) = written {
                return Ok(format!("AA{number}"));
            }
        }
        Err(StoreError::Locked)
    }

    fn set_attendance(&mut self, actor: &Actor, member: &str, status: Attendance) -> Result<()> {
        self.write(actor, Right::RecordAttendance, |tx| {
            tx.execute(
                "INSERT INTO attendance (member, status, set_by) VALUES ($1, $2, $3) \
                 ON CONFLICT (member) DO UPDATE SET status = $2, set_by = $3, set_at = now()",
                &[&member, &status.name(), &actor.id],
            )?;
            Ok(())
        })
    }

    fn add_guest(&mut self, actor: &Actor, guest: &Guest) -> Result<()> {
        self.write(actor, Right::RecordAttendance, |tx| {
            tx.execute(
                "INSERT INTO guests (name, organisation, added_by) VALUES ($1, $2, $3)",
                &[&guest.name, &guest.organisation, &actor.id],
            )?;
            Ok(())
        })
    }

    fn declare_interest(&mut self, actor: &Actor, declaration: &Declaration) -> Result<()> {
        self.write(actor, Right::RecordActions, |tx| {
            tx.execute(
                "INSERT INTO declarations (member, item_kind, item_id, interest, recorded_by) \
                 VALUES ($1, $2, $3, $4, $5)",
                &[
                    &declaration.member,
                    &declaration.item.kind.name(),
                    &declaration.item.id,
                    &declaration.interest,
                    &actor.id,
                ],
            )?;
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
        let small = |n: u8| i16::from(n);
        self.write(actor, Right::Note, |tx| {
            tx.execute(
                "INSERT INTO score_proposals (item_kind, item_id, author, version, likelihood, impact, \
                 target_likelihood, target_impact, reason) \
                 SELECT $1, $2, $3, COALESCE(max(version), 0) + 1, $4, $5, $6, $7, $8 FROM score_proposals \
                 WHERE item_kind = $1 AND item_id = $2 AND author = $3",
                &[
                    &item.kind.name(),
                    &item.id,
                    &actor.id,
                    &small(residual.likelihood),
                    &small(residual.impact),
                    &target.map(|t| small(t.likelihood)),
                    &target.map(|t| small(t.impact)),
                    &reason,
                ],
            )?;
            Ok(())
        })
    }

    fn proposal_history(&mut self, item: &ItemRef, author: &str) -> Result<Vec<(Score, String)>> {
        self.read(
            "SELECT likelihood, impact, reason FROM score_proposals \
             WHERE item_kind = $1 AND item_id = $2 AND author = $3 ORDER BY version",
            &[&item.kind.name(), &item.id, &author],
        )?
        .iter()
        .map(|row| {
            let score = score(row, 0, 1).ok_or(StoreError::Damaged(Damage::ScoreOffScale))?;
            Ok((score, row.get(2)))
        })
        .collect()
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
        let (likelihood, impact) = (i16::from(residual.likelihood), i16::from(residual.impact));
        let revision = seen_revision + 1;
        self.write(actor, Right::Rate, |tx| {
            let changed = if seen_revision == 0 {
                tx.execute(
                    "INSERT INTO agreed_scores (item_kind, item_id, likelihood, impact, reason, agreed_by, revision) \
                     VALUES ($1, $2, $3, $4, $5, $6, 1) ON CONFLICT DO NOTHING",
                    &[&item.kind.name(), &item.id, &likelihood, &impact, &reason, &actor.id],
                )?
            } else {
                tx.execute(
                    "UPDATE agreed_scores SET likelihood = $3, impact = $4, reason = $5, agreed_by = $6, \
                     agreed_at = now(), revision = $7 WHERE item_kind = $1 AND item_id = $2 AND revision = $8",
                    &[&item.kind.name(), &item.id, &likelihood, &impact, &reason, &actor.id, &revision, &seen_revision],
                )?
            };
            if changed == 0 {
                let current = tx.query_opt(
                    &format!("{SCORE} WHERE item_kind = $1 AND item_id = $2"),
                    &[&item.kind.name(), &item.id],
                )?;
                return Err(Failure::Store(match current {
                    Some(row) => StoreError::StaleScore {
                        current: Box::new(agreed_score(&row)?),
                    },
                    None => StoreError::Stale { current: None },
                }));
            }
            tx.execute(
                "INSERT INTO agreed_score_history (item_kind, item_id, revision, likelihood, impact, reason, agreed_by) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
                &[&item.kind.name(), &item.id, &revision, &likelihood, &impact, &reason, &actor.id],
            )?;
            Ok(())
        })
    }

    fn keep_time(&mut self, actor: &Actor, event: ClockEvent) -> Result<()> {
        let (word, item, minutes) = event.stored();
        self.write(actor, Right::KeepTime, |tx| {
            tx.execute(
                "INSERT INTO agenda_clock (event, item, minutes, set_by) VALUES ($1, $2, $3, $4)",
                &[&word, &item, &minutes, &actor.id],
            )?;
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
        self.write(actor, Right::Decide, |tx| {
            tx.execute(
                "INSERT INTO log_decisions (reference, outcome, due_text, note, set_by) VALUES ($1, $2, $3, $4, $5)",
                &[&reference, &outcome.name(), &due, &update, &actor.id],
            )?;
            Ok(())
        })
    }

    fn approve_minutes(&mut self, actor: &Actor, amendments: Option<&str>) -> Result<()> {
        self.write(actor, Right::Decide, |tx| {
            tx.execute(
                "INSERT INTO minutes_approval (amendments, set_by) VALUES ($1, $2)",
                &[&amendments, &actor.id],
            )?;
            Ok(())
        })
    }

    fn save_draft(&mut self, actor: &Actor, item: &ItemRef, text: &str) -> Result<()> {
        // Only those who may write notes keep drafts, as on every record.
        match &self.me {
            Some((me, role)) if *me == actor.id && role.may(Right::Note) => {
                self.drafts.save(&actor.id, item, text)
            }
            Some((_, role)) if !role.may(Right::Note) => {
                Err(StoreError::NotAllowed(Refused::Right(Right::Note)))
            }
            _ => Err(StoreError::NotAllowed(Refused::DraftsOfAnother(
                actor.id.clone(),
            ))),
        }
    }

    fn clear_draft(&mut self, actor: &Actor, item: &ItemRef) -> Result<()> {
        self.drafts.clear(&actor.id, item)
    }
}

/// Why an edit or withdrawal changed nothing: someone else's note, a stale version, or no
/// such (live) note.
fn stale_or_missing(
    tx: &mut postgres::Transaction,
    id: i64,
    actor: &Actor,
) -> std::result::Result<StoreError, Failure> {
    let row = tx.query_opt("SELECT withdrawn, author FROM notes WHERE id = $1", &[&id])?;
    Ok(match row {
        Some(row) if row.get::<_, String>(1) != actor.id => {
            StoreError::NotAllowed(Refused::OnlyAuthor)
        }
        Some(row) if !row.get::<_, bool>(0) => StoreError::Stale { current: None },
        Some(_) => StoreError::NotFound(Missing::WithdrawnNote(id)),
        None => StoreError::NotFound(Missing::Note(id)),
    })
}
