//! From one meeting to the next: the next meeting's pack written from this one and its
//! record. What the board agreed becomes each item's previous rating and joins its history;
//! actions arising join the action log; decisions are kept; officers' updates are marked as
//! awaited. The programme manager's text is kept as written (`edit.rs`): only the values
//! that change are touched, so comments, order and layout survive, and the same inputs give
//! the same bytes.

use super::Source;
use super::edit::TextEdits;
use crate::diagnostics::Step::{self, Field, Index};
use crate::locale::Lang;
use crate::model::{
    ItemKind, ItemRef, LogOutcome, LogStatus, NoteKind, Pack, RecordSnapshot, Status,
};
use crate::t;
use chrono::NaiveDate;

/// What the next meeting's pack needs to know that the last one cannot say.
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

/// The changes that make the next meeting's pack from `source` (this meeting's) and its
/// `record`, to write with `TextEdits::write_to` and then `passes_check`; or why there can
/// be no next pack.
pub fn roll<'s>(
    source: &'s Source,
    pack: &Pack,
    record: &RecordSnapshot,
    next: &NextMeeting,
    lang: Lang,
) -> Result<TextEdits<'s>, String> {
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
    let mut edits = TextEdits::new(&source.text);
    let (number, held) = (m.number, m.date);
    let meeting = |field| [Field("meeting"), Field(field)];

    edits.set(&meeting("number"), &(number + 1).to_string());
    edits.set(&meeting("date"), &date(next.date));
    edits.set(&meeting("previous_meeting"), &date(held));
    match next.after {
        Some(after) => edits.set(&meeting("next_meeting"), &date(after)),
        None => edits.remove(&meeting("next_meeting")),
    }
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
    edits.set(&meeting("previous_minutes"), &previous_minutes);

    let rated =
        |rag: crate::model::Rag| format!("(meeting: {number}, date: {}, rag: {rag:?})", date(held));
    for (a, area) in pack.areas.iter().enumerate() {
        for (r, rec) in area.recommendations.iter().enumerate() {
            for (i, action) in rec.actions.iter().enumerate() {
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
                let item = ItemRef::new(ItemKind::Action, action.id.clone());
                if let Some(agreed) = record.ratings.get(&item) {
                    edits.set(&path("previous_rag"), &format!("{:?}", agreed.rag));
                    edits.append(&path("history"), &[rated(agreed.rag)]);
                }
                if action.status != Status::Complete && !action.awaiting_update {
                    edits.set(&path("awaiting_update"), "true");
                }
            }
        }
    }

    for (n, risk) in pack.risks.iter().enumerate() {
        let path = |field| [Field("risks"), Index(n), Field(field)];
        // The board's agreed score where it gave one, else the officers'.
        let item = ItemRef::new(ItemKind::Risk, risk.id.clone());
        let residual = record
            .scores
            .get(&item)
            .map_or(risk.residual, |agreed| agreed.residual)
            .value();
        edits.set(&path("previous_residual"), &residual.to_string());
        edits.append(
            &path("history"),
            &[format!(
                "(meeting: {number}, date: {}, residual: {residual})",
                date(held)
            )],
        );
    }

    let register: Vec<String> = pack.risks.iter().map(|risk| quoted(&risk.id)).collect();
    edits.set(
        &meeting("previous_risks"),
        &format!("[{}]", register.join(", ")),
    );

    for (n, kpi) in pack.kpis.iter().enumerate() {
        let item = ItemRef::new(ItemKind::Kpi, kpi.id.clone());
        if let Some(agreed) = record.ratings.get(&item) {
            edits.append(
                &[Field("kpis"), Index(n), Field("history")],
                &[rated(agreed.rag)],
            );
        }
    }

    // The action log as the chair left it: done and closed ones stay in its history, the
    // rest are carried (with a new due date where one was given); what arose joins it.
    for (n, logged) in m.action_log.iter().enumerate() {
        let field = |name| [Field("meeting"), Field("action_log"), Index(n), Field(name)];
        match record.log_decision(&logged.reference) {
            Some(decision) if decision.outcome == LogOutcome::Done => {
                edits.set(&field("status"), "Done");
            }
            Some(decision) if decision.outcome == LogOutcome::Closed => {
                edits.set(&field("status"), "Closed");
            }
            decision if logged.status == LogStatus::Open => {
                if let Some(due) = decision.and_then(|d| d.due.as_deref()) {
                    edits.set(&field("due"), &quoted(due));
                }
                edits.append(&field("carried"), &[(number + 1).to_string()]);
            }
            _ => {}
        }
    }
    let arising: Vec<String> = record
        .actions_arising
        .iter()
        .map(|action| {
            let item = item_field(&action.item);
            format!(
                "(reference: {},{item} text: {}, owner: {}, due: {}, status: Open, raised: {number}, carried: [{}])",
                quoted(&format!("M{number}/{}", action.reference)),
                quoted(&action.text),
                quoted(&action.owner),
                quoted(&action.due_text),
                number + 1
            )
        })
        .collect();
    edits.append(&meeting("action_log"), &arising);

    let decisions: Vec<String> = record
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
    edits.append(&meeting("decisions"), &decisions);

    Ok(edits)
}
