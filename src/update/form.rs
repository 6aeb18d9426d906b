//! Forms: an action arising, a reason for a rating, a guest, a declaration of interest.

use super::{Effect, send};
use crate::action::Action;
use crate::locale::{self, Lang};
use crate::model::{Declaration, DueExamples, Guest, Score, parse_arising_due};
use crate::state::{Form, FormPurpose, Overlay, State};
use crate::store::Write;
use crate::t;
use chrono::NaiveDate;

pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    // The meetings a due date is read against: "next meeting", examples near this one.
    let meetings = (state.pack.meeting.date, state.pack.meeting.next_meeting);
    let lang = state.lang;
    let members: Vec<String> = state
        .pack
        .meeting
        .members
        .iter()
        .map(|m| m.name.clone())
        .chain(state.record.guests.iter().map(|g| g.name.clone()))
        .collect();
    let Some(Overlay::Form(form)) = state.overlays.last_mut() else {
        return Vec::new();
    };
    if form.saving.is_some() {
        return Vec::new();
    }
    let last = form.fields.len().saturating_sub(1);
    match action {
        Action::EditKey(key) => {
            if let Some((_, input)) = form.fields.get_mut(form.focus) {
                input.input(key);
            }
            form.error = None;
        }
        Action::Paste(text) => {
            if let Some((_, input)) = form.fields.get_mut(form.focus) {
                // A form field is one line.
                input.insert_str(crate::sanitize::line(&text));
            }
            form.error = None;
        }
        Action::NextField => form.focus = (form.focus + 1).min(last),
        Action::PrevField => form.focus = form.focus.saturating_sub(1),
        Action::Submit if form.focus < last => form.focus += 1,
        Action::Submit | Action::Save => match submission(form, meetings, &members, lang) {
            Ok(write) => {
                let (id, effect) = send(state, write);
                if let Some(Overlay::Form(form)) = state.overlays.last_mut() {
                    form.saving = Some(id);
                }
                return vec![effect];
            }
            Err(message) => form.error = Some(message),
        },
        Action::Close => {
            state.overlays.pop();
        }
        _ => {}
    }
    Vec::new()
}

/// The write a filled-in form asks for, or what is missing.
fn submission(
    form: &Form,
    (meeting_date, next_meeting): (NaiveDate, Option<NaiveDate>),
    members: &[String],
    lang: Lang,
) -> Result<Write, String> {
    // `what`: the message saying what is missing.
    let required = |n: usize, what: &str| {
        let value = form.value(n);
        if value.is_empty() {
            Err(t!(
                lang,
                "form-needed",
                what = locale::message(lang, what, None)
            ))
        } else {
            Ok(value)
        }
    };
    // What is typed into a score or due date field, read; what was wrong said in `lang`.
    let score =
        |text: &str| Score::parse(text).map_err(|_| t!(lang, "form-bad-score", text = text));
    match &form.purpose {
        FormPurpose::ActionArising(item) => {
            let text = required(0, "needed-action")?;
            let owner = required(1, "needed-owner")?;
            let due_text = required(2, "needed-due")?;
            let due = parse_arising_due(&due_text, next_meeting).map_err(|_| {
                let examples = DueExamples::near(meeting_date, lang);
                t!(
                    lang,
                    "form-bad-due",
                    text = due_text.as_str(),
                    date = examples.date,
                    slashed = examples.slashed,
                    month = examples.month
                )
            })?;
            Ok(Write::AddActionArising {
                item: item.clone(),
                text,
                owner,
                due_text,
                due,
            })
        }
        FormPurpose::RagReason {
            item,
            rag,
            seen_revision,
        } => Ok(Write::AgreeRag {
            item: item.clone(),
            rag: *rag,
            reason: Some(required(0, "needed-reason")?),
            seen_revision: *seen_revision,
        }),
        FormPurpose::Guest => Ok(Write::AddGuest(Guest {
            name: required(0, "needed-name")?,
            organisation: form.value(1),
        })),
        FormPurpose::Declaration(item) => {
            let typed = required(0, "needed-member")?;
            let member = members
                .iter()
                .find(|m| m.eq_ignore_ascii_case(&typed))
                .or_else(|| {
                    members
                        .iter()
                        .find(|m| m.to_lowercase().contains(&typed.to_lowercase()))
                })
                .ok_or_else(|| t!(lang, "form-no-such-member", name = typed.as_str()))?;
            Ok(Write::Declare(Declaration {
                member: member.clone(),
                item: item.clone(),
                interest: required(1, "needed-interest")?,
            }))
        }
        FormPurpose::ScoreProposal(item) => {
            let residual = score(&required(0, "needed-your-score")?)?;
            let target = match form.value(1) {
                text if text.is_empty() => None,
                text => Some(score(&text)?),
            };
            Ok(Write::ProposeScore {
                item: item.clone(),
                residual,
                target,
                reason: required(2, "needed-why")?,
            })
        }
        FormPurpose::LogDecision { reference, outcome } => {
            use crate::model::LogOutcome;
            Ok(match outcome {
                LogOutcome::Done => Write::DecideLog {
                    reference: reference.clone(),
                    outcome: *outcome,
                    due: None,
                    update: form.value(0),
                },
                LogOutcome::Carried => Write::DecideLog {
                    reference: reference.clone(),
                    outcome: *outcome,
                    due: Some(required(0, "needed-new-due")?),
                    update: form.value(1),
                },
                LogOutcome::Closed => Write::DecideLog {
                    reference: reference.clone(),
                    outcome: *outcome,
                    due: None,
                    update: required(0, "needed-why-closed")?,
                },
            })
        }
        FormPurpose::Amendments => Ok(Write::ApproveMinutes {
            amendments: Some(required(0, "needed-amendments")?),
        }),
        FormPurpose::BoardScore {
            item,
            officers,
            seen_revision,
        } => {
            let residual = score(&required(0, "needed-board-score")?)?;
            let reason = form.value(1);
            if residual != *officers && reason.is_empty() {
                return Err(t!(
                    lang,
                    "form-reason-for-score",
                    officers = officers.to_string()
                ));
            }
            Ok(Write::AgreeScore {
                item: item.clone(),
                residual,
                reason: (!reason.is_empty()).then_some(reason),
                seen_revision: *seen_revision,
            })
        }
    }
}
