//! The screens themselves: moving between them and along their lists, and starting the
//! overlays that record notes, ratings, actions and attendance.

use super::heat_map::clear_risk_cell;
use super::{Effect, agenda, go, minutes, moved, scrolled, send};
use crate::action::Action;
use crate::model::{Attendance, ItemRef, NoteKind, Right, Score, Target};
use crate::state::{Form, FormPurpose, NoteEditor, Overlay, Row, Screen, Scroll, Search, State};
use crate::store::Write;
use crate::t;

pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    // One gate for every action that writes to the record: the hint bar hides the same ones.
    if let Some(right) = action.needs()
        && !permitted(state, right)
    {
        return Vec::new();
    }
    let areas = state.pack.areas.len();
    match action {
        Action::Attendance => go(state, Screen::Attendance),
        Action::Agenda => {
            state.agenda_cursor = state.clock().current;
            go(state, Screen::Agenda);
        }
        Action::NextItem
        | Action::PrevItem
        | Action::StartPause
        | Action::OneMoreMinute
        | Action::FiveMoreMinutes
        | Action::CloseMeeting => return agenda::keep_time(state, &action),
        Action::Follow => agenda::follow(state),
        Action::Changes => go(state, Screen::Changes),
        Action::ActionLog => go(state, Screen::ActionLog),
        Action::LogDone | Action::LogCarry | Action::LogClose
            if state.screen == Screen::ActionLog =>
        {
            let Some(logged) = state.pack.meeting.action_log.get(state.log_cursor) else {
                state.status = Some(t!(state.lang, "status-log-empty"));
                return Vec::new();
            };
            use crate::model::LogOutcome;
            let (outcome, labels): (LogOutcome, &[&str]) = match action {
                Action::LogDone => (LogOutcome::Done, &["field-update-optional"]),
                Action::LogCarry => (LogOutcome::Carried, &["field-new-due", "field-update"]),
                _ => (LogOutcome::Closed, &["field-why-closed"]),
            };
            let purpose = FormPurpose::LogDecision {
                reference: logged.reference.clone(),
                outcome,
            };
            state
                .overlays
                .push(Overlay::Form(Box::new(Form::new(purpose, labels))));
        }
        Action::ApproveMinutes if state.screen == Screen::ActionLog => {
            return vec![send(state, Write::ApproveMinutes { amendments: None }).1];
        }
        Action::ApproveWithAmendments if state.screen == Screen::ActionLog => {
            state.overlays.push(Overlay::Form(Box::new(Form::new(
                FormPurpose::Amendments,
                &["field-amendments"],
            ))));
        }
        Action::Sort if state.screen == Screen::Changes => {
            state.changes_by_kind = !state.changes_by_kind;
            state.refresh_changes();
            state.status = Some(if state.changes_by_kind {
                t!(state.lang, "status-changes-by-kind")
            } else {
                t!(state.lang, "status-changes-worst-first")
            });
        }
        Action::Minutes => minutes::open(state),
        Action::Note
        | Action::EditNote
        | Action::AgreeRag
        | Action::ActionArising
        | Action::DeclareInterest => {
            return record_action(state, action);
        }
        Action::MarkPresent | Action::MarkApologies | Action::MarkAbsent
            if state.screen == Screen::Attendance =>
        {
            return mark_attendance(state, action);
        }
        Action::AddGuest if state.screen == Screen::Attendance => {
            let labels = ["field-name-or-role", "field-organisation"];
            state.overlays.push(Overlay::Form(Box::new(Form::new(
                FormPurpose::Guest,
                &labels,
            ))));
        }
        Action::Help => state.overlays.push(Overlay::Help {
            scroll: Scroll::default(),
        }),
        Action::Search => state.overlays.push(Overlay::Search(Search::default())),
        Action::Exceptions => {
            state.set_exceptions_only(!state.exceptions_only());
            state.detail_scroll = Scroll::default();
            state.status = Some(if state.exceptions_only() {
                t!(state.lang, "status-exceptions-only")
            } else {
                t!(state.lang, "status-everything")
            });
        }
        Action::Language => {
            state.lang = state.lang.other();
            // Owners sort by their name in the language shown.
            state.refresh_rows();
            state.status = Some(t!(state.lang, "status-language"));
        }
        Action::Theme => {
            state.theme = state.theme.next();
            state.status = Some(t!(
                state.lang,
                "status-theme",
                theme = state.theme.label(state.lang)
            ));
        }
        Action::NextScreen | Action::PrevScreen => {
            let screens = state.screens();
            let at = screens.iter().position(|s| *s == state.screen).unwrap_or(0);
            let step = if action == Action::NextScreen {
                1
            } else {
                screens.len() - 1
            };
            go(state, screens[(at + step) % screens.len()]);
        }
        Action::NextArea | Action::PrevArea if areas > 0 => {
            let next = match (state.screen, action) {
                (Screen::Area(a), Action::NextArea) => (a + 1) % areas,
                (Screen::Area(a), _) => (a + areas - 1) % areas,
                (_, Action::NextArea) => 0,
                _ => areas - 1,
            };
            go(state, Screen::Area(next));
        }
        Action::Overview => go(state, Screen::Overview),
        Action::Risks => go(state, Screen::Risks),
        Action::Kpis => go(state, Screen::Kpis),
        Action::Area(n) if usize::from(n) < areas => go(state, Screen::Area(n.into())),
        Action::Area(n) => {
            state.status = Some(format!("this pack has {areas} areas, not {}", n + 1))
        }
        _ if action.moves() => {
            move_cursor(state, &action);
            state.detail_scroll = Scroll::default();
        }
        Action::Open if state.screen == Screen::Agenda => {
            let screen = state.screen_for(state.agenda_cursor);
            go(state, screen);
        }
        Action::Open if state.screen == Screen::Changes => {
            if let Some(target) = state.selected() {
                jump(state, target);
            }
        }
        Action::Open => match (state.screen, state.selected()) {
            (Screen::Overview, Some(Target::Area(a))) => go(state, Screen::Area(a)),
            (_, Some(target)) => state.overlays.push(Overlay::Detail {
                target,
                scroll: Scroll::default(),
            }),
            _ => {}
        },
        Action::Close if state.screen != Screen::Overview => go(state, Screen::Overview),
        Action::DetailUp | Action::DetailDown => {
            let step = if action == Action::DetailUp {
                Action::Up
            } else {
                Action::Down
            };
            state.detail_scroll = scrolled(state.detail_scroll, &step);
        }
        Action::Sort if state.screen == Screen::Risks => {
            state.risk_sort = state.risk_sort.next();
            state.risk_descending = true;
            state.refresh_rows();
            state.status = Some(t!(
                state.lang,
                "status-sorted",
                sort = state.risk_sort.label(state.lang)
            ));
        }
        Action::ReverseSort if state.screen == Screen::Risks => {
            state.risk_descending = !state.risk_descending;
            state.refresh_rows();
        }
        Action::ProposeScore | Action::AgreeScore => return score(state, &action),
        Action::HeatMap if state.screen == Screen::Risks => {
            let start = state.risk_cell.or_else(|| {
                let risk = &state.pack.risks[*state.risk_rows.get(state.risk_cursor)?];
                Some((risk.residual.likelihood, risk.residual.impact))
            });
            let (likelihood, impact) = start.unwrap_or((3, 3));
            state.overlays.push(Overlay::HeatMap {
                likelihood: likelihood.clamp(1, 5),
                impact: impact.clamp(1, 5),
            });
        }
        Action::ClearFilter if state.screen == Screen::Risks => clear_risk_cell(state),
        _ => {}
    }
    Vec::new()
}

/// Whether the person at this keyboard may do this; if not, they are told why (the record
/// would refuse them too).
fn permitted(state: &mut State, right: Right) -> bool {
    let may = state.may(right);
    if !may {
        state.status = Some(right.refusal(state.lang));
    }
    may
}

/// The item the next note, rating or action arising is about: the selected item, or the
/// meeting as a whole where nothing is selected.
fn record_item(state: &State) -> ItemRef {
    state
        .selected()
        .map_or_else(ItemRef::meeting, |target| state.item_ref(target))
}

fn record_action(state: &mut State, action: Action) -> Vec<Effect> {
    let item = record_item(state);
    match action {
        Action::Note => {
            let draft = state.record.draft_for(&item).cloned();
            let mut editor = NoteEditor::new(
                item,
                NoteKind::Challenge,
                draft.as_ref().map_or("", |d| d.text.as_str()),
            );
            if let Some(draft) = draft {
                editor.notice = Some(t!(state.lang, "status-draft-back", at = &draft.saved_at));
            }
            state.overlays.push(Overlay::Editor(Box::new(editor)));
        }
        Action::EditNote => {
            let mine = state
                .record
                .notes_on(&item)
                .filter(|n| n.author == state.actor.id)
                .last()
                .cloned();
            match mine {
                Some(note) => {
                    let mut editor = NoteEditor::new(item, note.kind, &note.text);
                    editor.editing = Some((note.id, note.version));
                    state.overlays.push(Overlay::Editor(Box::new(editor)));
                }
                None => state.status = Some(format!("you have no note on {item} to edit")),
            }
        }
        Action::AgreeRag if item.kind == crate::model::ItemKind::Meeting => {
            state.status = Some(t!(state.lang, "status-select-to-rate"));
        }
        Action::AgreeRag => {
            let seen_revision = state.record.ratings.get(&item).map_or(0, |r| r.revision);
            state.overlays.push(Overlay::RagPicker {
                item,
                seen_revision,
            });
        }
        Action::ActionArising => {
            let labels = ["field-action", "field-owner", "field-due"];
            state.overlays.push(Overlay::Form(Box::new(Form::new(
                FormPurpose::ActionArising(item),
                &labels,
            ))));
        }
        Action::DeclareInterest => {
            let labels = ["field-member", "field-interest"];
            state.overlays.push(Overlay::Form(Box::new(Form::new(
                FormPurpose::Declaration(item),
                &labels,
            ))));
        }
        _ => {}
    }
    Vec::new()
}

fn mark_attendance(state: &mut State, action: Action) -> Vec<Effect> {
    let Some(member) = state.pack.meeting.members.get(state.attendance_cursor) else {
        return Vec::new();
    };
    let status = match action {
        Action::MarkPresent => Attendance::Present,
        Action::MarkApologies => Attendance::Apologies,
        _ => Attendance::Absent,
    };
    let write = Write::SetAttendance {
        member: member.id.clone(),
        status,
    };
    vec![send(state, write).1]
}

fn move_cursor(state: &mut State, action: &Action) {
    let shown = state.list_rows;
    match state.screen {
        Screen::Overview => {
            state.overview_cursor =
                moved(state.overview_cursor, state.pack.areas.len(), shown, action)
        }
        Screen::Area(a) => {
            state.area_cursor[a] = moved(
                state.area_cursor[a],
                state.area_rows()[a].len(),
                shown,
                action,
            )
        }
        Screen::Risks => {
            state.risk_cursor = moved(state.risk_cursor, state.risk_rows.len(), shown, action)
        }
        Screen::Kpis => {
            state.kpi_cursor = moved(state.kpi_cursor, state.kpi_rows.len(), shown, action)
        }
        Screen::Attendance => {
            state.attendance_cursor = moved(
                state.attendance_cursor,
                state.pack.meeting.members.len(),
                shown,
                action,
            )
        }
        Screen::Agenda => {
            state.agenda_cursor = moved(state.agenda_cursor, state.order.len(), shown, action)
        }
        Screen::Changes => {
            state.changes_cursor = moved(state.changes_cursor, state.changes.len(), shown, action)
        }
        Screen::ActionLog => {
            state.log_cursor = moved(
                state.log_cursor,
                state.pack.meeting.action_log.len(),
                shown,
                action,
            )
        }
    }
}

/// Shows `target` on its own screen with the cursor on it, lifting any filter that hides it.
pub fn jump(state: &mut State, target: Target) {
    let row_of = |target: Target| match target {
        Target::Recommendation(_, r) => Some(Row::Recommendation(r)),
        Target::Action(_, r, i) => Some(Row::Action(r, i)),
        _ => None,
    };
    let visible = |state: &State| match target {
        Target::Area(_) => true,
        Target::Recommendation(a, _) | Target::Action(a, _, _) => state.area_rows()[a]
            .iter()
            .any(|row| Some(*row) == row_of(target)),
        Target::Risk(i) => state.risk_rows.contains(&i),
        Target::Kpi(i) => state.kpi_rows.contains(&i),
    };
    if !visible(state) {
        state.risk_cell = None;
        state.set_exceptions_only(false);
        state.status = Some(t!(state.lang, "status-filters-lifted"));
    }
    match target {
        Target::Area(a) => go(state, Screen::Area(a)),
        Target::Recommendation(a, _) | Target::Action(a, _, _) => {
            go(state, Screen::Area(a));
            if let Some(at) = state.area_rows()[a]
                .iter()
                .position(|row| Some(*row) == row_of(target))
            {
                state.area_cursor[a] = at;
            }
        }
        Target::Risk(i) => {
            go(state, Screen::Risks);
            state.risk_cursor = state.risk_rows.iter().position(|r| *r == i).unwrap_or(0);
        }
        Target::Kpi(i) => {
            go(state, Screen::Kpis);
            state.kpi_cursor = state.kpi_rows.iter().position(|k| *k == i).unwrap_or(0);
        }
    }
    state.detail_scroll = Scroll::default();
}

/// A member's challenge to the selected risk's score, or the chair agreeing the Board's.
fn score(state: &mut State, action: &Action) -> Vec<Effect> {
    let Some(Target::Risk(i)) = state.selected() else {
        state.status = Some(t!(state.lang, "status-select-risk"));
        return Vec::new();
    };
    let item = state.item_ref(Target::Risk(i));
    let officers = state.pack.risks[i].residual;
    let as_typed = |score: Score| format!("{}x{}", score.likelihood, score.impact);
    let form = if *action == Action::ProposeScore {
        let mine = state
            .record
            .proposals_on(&item)
            .find(|p| p.author == state.actor.id);
        let fields = [
            (
                "field-your-residual",
                as_typed(mine.map_or(officers, |p| p.residual)),
            ),
            (
                "field-target",
                mine.and_then(|p| p.target)
                    .map(as_typed)
                    .unwrap_or_default(),
            ),
            (
                "field-why",
                mine.map(|p| p.reason.clone()).unwrap_or_default(),
            ),
        ];
        Form::filled(FormPurpose::ScoreProposal(item), &fields)
    } else {
        let agreed = state.record.scores.get(&item);
        let fields = [
            (
                "field-board-residual",
                as_typed(agreed.map_or(officers, |s| s.residual)),
            ),
            (
                "field-why-differs",
                agreed.and_then(|s| s.reason.clone()).unwrap_or_default(),
            ),
        ];
        let purpose = FormPurpose::BoardScore {
            seen_revision: agreed.map_or(0, |s| s.revision),
            item,
            officers,
        };
        Form::filled(purpose, &fields)
    };
    state.overlays.push(Overlay::Form(Box::new(form)));
    Vec::new()
}
