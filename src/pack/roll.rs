//! From one meeting to the next: the next meeting's pack written from this one and its
//! record. What the board agreed becomes each item's previous rating and joins its history;
//! actions arising join the action log; decisions are kept; officers' updates are marked as
//! awaited. The programme manager's text is kept as written (`edit.rs`): only the values
//! that change are touched, so comments, order and layout survive, and the same inputs give
//! the same bytes.

use super::edit::{Changes, write_edited};
use crate::diagnostics::Step::{self, Field, Index};
use crate::locale::Lang;
use crate::model::{
    ItemKind, ItemRef, LogOutcome, LogStatus, NoteKind, Pack, Rag, RecordSnapshot, Status,
    means_next_meeting,
};
use crate::t;
use chrono::NaiveDate;

/// What the next meeting's pack needs to know that the last one cannot say.
#[derive(Debug, Clone, Copy)]
pub struct NextMeeting {
    pub date: NaiveDate,
    /// The meeting after it, if already set.
    pub after: Option<NaiveDate>,
}

/// A value as RON writes it: strings quoted and escaped.
fn quoted(text: &str) -> String {
    ron::to_string(text).unwrap_or_else(|_| "\"\"".into())
}

/// ` item: "risk R5",` for an entry about an item; nothing for the meeting as a whole.
fn item_field(item: &ItemRef) -> String {
    if item.kind == ItemKind::Meeting {
        String::new()
    } else {
        format!(" item: {},", quoted(&item.to_string()))
    }
}

fn date(day: NaiveDate) -> String {
    format!("\"{}\"", day.format("%Y-%m-%d"))
}

/// The next meeting's pack as changes to this one's text, worked out from this meeting's
/// pack and record but holding neither: a few bytes for each item that changes, so a big
/// pack is let go before its next issue is written (`write_to`).
pub struct Roll {
    number: u32,
    held: NaiveDate,
    next: NextMeeting,
    previous_minutes: String,
    /// The risks on this meeting's register, as the RON list `previous_risks` takes.
    register: String,
    actions: Vec<ActionRoll>,
    risks: Vec<(usize, u8)>,
    kpis: Vec<(usize, Rag)>,
    log: Vec<(usize, LogRoll)>,
    arising: Vec<String>,
    decisions: Vec<String>,
}

/// What becomes of one action: its place (area, recommendation, action), the rating the
/// board agreed, and whether the officers' update is now awaited.
struct ActionRoll {
    at: [u32; 3],
    agreed: Option<Rag>,
    awaiting: bool,
}

/// What becomes of an entry of the action log.
enum LogRoll {
    Done,
    Closed,
    /// Carried to the next meeting, with a new due date where the chair gave one.
    Carried(Option<String>),
}

/// What the next meeting's pack changes from `pack` (this meeting's) and its `record`; or
/// why there can be no next pack.
pub fn roll(
    pack: &Pack,
    record: &RecordSnapshot,
    next: &NextMeeting,
    lang: Lang,
) -> Result<Roll, String> {
    let m = &pack.meeting;
    if next.date <= m.date {
        return Err(t!(
            lang,
            "roll-next-not-after",
            next = next.date.to_string(),
            date = m.date.to_string()
        ));
    }
    if let Some(after) = next.after.filter(|after| *after <= next.date) {
        return Err(t!(
            lang,
            "roll-after-not-after",
            after = after.to_string(),
            next = next.date.to_string()
        ));
    }
    let (number, held) = (m.number, m.date);
    // In each language the pack is written in, as its other text is.
    let said = |lang| {
        t!(
            lang,
            "roll-previous-minutes",
            number = number,
            date = crate::locale::long_date(lang, held, false)
        )
    };
    let previous_minutes = if m.languages.len() > 1 {
        format!(
            "(en: {}, cy: {})",
            quoted(&said(Lang::En)),
            quoted(&said(Lang::Cy))
        )
    } else {
        quoted(&said(m.languages.first().copied().unwrap_or_default()))
    };

    let mut actions = Vec::new();
    for (a, area) in pack.areas.iter().enumerate() {
        for (r, rec) in area.recommendations.iter().enumerate() {
            for (i, action) in rec.actions.iter().enumerate() {
                let item = ItemRef::new(ItemKind::Action, action.id.clone());
                let agreed = record.ratings.get(&item).map(|agreed| agreed.rag);
                let awaiting = action.status != Status::Complete && !action.awaiting_update;
                if agreed.is_some() || awaiting {
                    let at = [a, r, i].map(|n| u32::try_from(n).unwrap_or(u32::MAX));
                    actions.push(ActionRoll {
                        at,
                        agreed,
                        awaiting,
                    });
                }
            }
        }
    }
    actions.shrink_to_fit();

    // The board's agreed score where it gave one, else the officers'.
    let risks = pack
        .risks
        .iter()
        .enumerate()
        .map(|(n, risk)| {
            let item = ItemRef::new(ItemKind::Risk, risk.id.clone());
            let residual = record
                .scores
                .get(&item)
                .map_or(risk.residual, |agreed| agreed.residual);
            (n, residual.value())
        })
        .collect();
    let register: Vec<String> = pack.risks.iter().map(|risk| quoted(&risk.id)).collect();

    let kpis = pack
        .kpis
        .iter()
        .enumerate()
        .filter_map(|(n, kpi)| {
            let item = ItemRef::new(ItemKind::Kpi, kpi.id.clone());
            record.ratings.get(&item).map(|agreed| (n, agreed.rag))
        })
        .collect();

    // The action log as the chair left it: done and closed ones stay in its history, the
    // rest are carried (with a new due date where one was given); what arose joins it.
    let log = m
        .action_log
        .iter()
        .enumerate()
        .filter_map(|(n, logged)| {
            let change = match record.log_decision(&logged.reference) {
                Some(decision) if decision.outcome == LogOutcome::Done => LogRoll::Done,
                Some(decision) if decision.outcome == LogOutcome::Closed => LogRoll::Closed,
                decision if logged.status == LogStatus::Open => {
                    LogRoll::Carried(decision.and_then(|d| d.due.clone()))
                }
                _ => return None,
            };
            Some((n, change))
        })
        .collect();
    let arising = record
        .actions_arising
        .iter()
        .map(|action| {
            let item = item_field(&action.item);
            // "Next meeting" is the meeting the new pack is for: there, its date says so.
            let due = match action.due {
                Some(date) if means_next_meeting(&action.due_text) => {
                    date.format("%Y-%m-%d").to_string()
                }
                _ => action.due_text.clone(),
            };
            format!(
                "(reference: {},{item} text: {}, owner: {}, due: {}, status: Open, raised: {number}, carried: [{}])",
                quoted(&format!("M{number}/{}", action.reference)),
                quoted(&action.text),
                quoted(&action.owner),
                quoted(&due),
                number + 1
            )
        })
        .collect();
    let decisions = record
        .notes
        .iter()
        .filter(|note| note.kind == NoteKind::Decision)
        .map(|note| {
            let item = item_field(&note.item);
            format!(
                "(meeting: {number},{item} text: {})",
                quoted(note.text.trim())
            )
        })
        .collect();

    Ok(Roll {
        number,
        held,
        next: *next,
        previous_minutes,
        register: format!("[{}]", register.join(", ")),
        actions,
        risks,
        kpis,
        log,
        arising,
        decisions,
    })
}

impl Roll {
    /// `source`, this meeting's pack, as the next meeting's, written to `out` as it is
    /// made; `None` if `source` is not RON this reader understands.
    pub fn write_to<W: std::io::Write + ?Sized>(
        &self,
        source: &str,
        out: &mut W,
    ) -> Option<std::io::Result<()>> {
        write_edited(source, |edits| self.changes(edits), out)
    }

    /// Each change, in the order made.
    fn changes(&self, edits: &mut dyn Changes) {
        let (number, held) = (self.number, self.held);
        let meeting = |field| [Field("meeting"), Field(field)];
        edits.set(&meeting("number"), &(number + 1).to_string());
        edits.set(&meeting("date"), &date(self.next.date));
        edits.set(&meeting("previous_meeting"), &date(held));
        match self.next.after {
            Some(after) => edits.set(&meeting("next_meeting"), &date(after)),
            None => edits.remove(&meeting("next_meeting")),
        }
        edits.set(&meeting("previous_minutes"), &self.previous_minutes);

        let rated = |rag: Rag| format!("(meeting: {number}, date: {}, rag: {rag:?})", date(held));
        for action in &self.actions {
            let [a, r, i] = action.at.map(|n| n as usize);
            let path = |field| -> [Step; 7] {
                [
                    Field("areas"),
                    Index(a),
                    Field("recommendations"),
                    Index(r),
                    Field("actions"),
                    Index(i),
                    Field(field),
                ]
            };
            if let Some(agreed) = action.agreed {
                edits.set(&path("previous_rag"), &format!("{agreed:?}"));
                edits.append(&path("history"), &[rated(agreed)]);
            }
            if action.awaiting {
                edits.set(&path("awaiting_update"), "true");
            }
        }

        for &(n, residual) in &self.risks {
            let path = |field| [Field("risks"), Index(n), Field(field)];
            edits.set(&path("previous_residual"), &residual.to_string());
            edits.append(
                &path("history"),
                &[format!(
                    "(meeting: {number}, date: {}, residual: {residual})",
                    date(held)
                )],
            );
        }
        edits.set(&meeting("previous_risks"), &self.register);

        for &(n, rag) in &self.kpis {
            edits.append(&[Field("kpis"), Index(n), Field("history")], &[rated(rag)]);
        }

        for (n, change) in &self.log {
            let field = |name| {
                [
                    Field("meeting"),
                    Field("action_log"),
                    Index(*n),
                    Field(name),
                ]
            };
            match change {
                LogRoll::Done => edits.set(&field("status"), "Done"),
                LogRoll::Closed => edits.set(&field("status"), "Closed"),
                LogRoll::Carried(due) => {
                    if let Some(due) = due {
                        edits.set(&field("due"), &quoted(due));
                    }
                    edits.append(&field("carried"), &[(number + 1).to_string()]);
                }
            }
        }
        edits.append(&meeting("action_log"), &self.arising);
        edits.append(&meeting("decisions"), &self.decisions);
    }
}
