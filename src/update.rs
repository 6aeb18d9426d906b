//! `update(&mut State, Action) -> Vec<Effect>`: every change to what is on screen, with no
//! IO, so it can be tested without a terminal.

use crate::action::Action;
use crate::model::{Attendance, Declaration, Guest, ItemRef, NoteKind, Rag};
use crate::state::{
    Form, FormPurpose, NoteEditor, Overlay, PAGE, Row, Screen, Search, State, Target,
};
use crate::store::parse_arising_due;
use crate::ui;
use chrono::NaiveDate;

/// Work for the event loop after an update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    Quit,
    /// Write the minutes files; `force` replaces existing ones.
    ExportMinutes {
        confidential: bool,
        force: bool,
    },
    /// A change to the meeting record; the loop reports back with `write_finished`.
    Write(Write),
}

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
    SaveDraft {
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
}

impl Write {
    /// Drafts are saved quietly; everything else is announced once it is stored.
    pub fn is_draft(&self) -> bool {
        matches!(self, Write::SaveDraft { .. } | Write::ClearDraft { .. })
    }
}

/// What the record said to a write: `Ok` with what to tell the user once it is stored.
pub fn write_finished(state: &mut State, write: &Write, result: Result<String, String>) {
    let waiting = match state.overlays.last_mut() {
        Some(Overlay::Editor(editor)) if editor.saving => {
            editor.saving = false;
            Some(&mut editor.error)
        }
        Some(Overlay::Form(form)) if form.saving => {
            form.saving = false;
            Some(&mut form.error)
        }
        _ => None,
    };
    match (result, waiting) {
        (Ok(message), Some(_)) => {
            state.overlays.pop();
            state.status = Some(message);
        }
        (Ok(message), None) if !write.is_draft() => state.status = Some(message),
        (Ok(_), None) => {}
        // The editor stays open with the text, so nothing is lost.
        (Err(message), Some(error)) => *error = Some(message),
        (Err(message), None) => {
            state.status = Some(if write.is_draft() {
                format!("draft not saved: {message}")
            } else {
                message
            })
        }
    }
}

pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    match action {
        Action::Quit => return vec![Effect::Quit],
        Action::Resize(columns, rows) => {
            state.viewport = (columns, rows);
            return Vec::new();
        }
        _ => {}
    }
    if action != Action::Tick {
        state.status = None;
    }
    match state.overlays.last() {
        Some(Overlay::Help { .. }) => help(state, action),
        Some(Overlay::Search(_)) => search(state, action),
        Some(Overlay::Detail { .. }) => detail(state, action),
        Some(Overlay::HeatMap { .. }) => heat_map(state, action),
        Some(Overlay::Editor(_)) => return editor(state, action),
        Some(Overlay::RagPicker { .. }) => return rag_picker(state, action),
        Some(Overlay::Form(_)) => return form(state, action),
        Some(Overlay::Minutes { .. }) => return minutes(state, action),
        None => return screen(state, action),
    }
    Vec::new()
}

/// A scroll position moved by `action`, kept within `0..=max`.
fn scrolled(scroll: usize, max: usize, action: Action) -> usize {
    let moved = match action {
        Action::Up => scroll.saturating_sub(1),
        Action::Down => scroll + 1,
        Action::PageUp => scroll.saturating_sub(PAGE),
        Action::PageDown => scroll + PAGE,
        Action::Top => 0,
        Action::Bottom => max,
        _ => scroll,
    };
    moved.min(max)
}

/// A cursor moved by `action` over `len` rows.
fn moved(cursor: usize, len: usize, action: Action) -> usize {
    scrolled(cursor, len.saturating_sub(1), action)
}

fn help(state: &mut State, action: Action) {
    let max = ui::help::max_scroll(state);
    match (action, state.overlays.last_mut()) {
        (Action::Close, _) => {
            state.overlays.pop();
        }
        (_, Some(Overlay::Help { scroll })) => *scroll = scrolled(*scroll, max, action),
        _ => {}
    }
}

fn search(state: &mut State, action: Action) {
    let Some(Overlay::Search(search)) = state.overlays.last_mut() else {
        return;
    };
    let index = &state.search_index;
    match action {
        Action::Type(c) => {
            let (within, narrowed) = match search.narrowing.last() {
                Some((query, matched, _)) if query == &search.query => {
                    (Some(matched.as_slice()), true)
                }
                _ => (None, false),
            };
            let mut query = search.query.clone();
            query.push(c);
            let (hits, matched) = index.query_within(&query, if narrowed { within } else { None });
            search
                .narrowing
                .push((query.clone(), matched, hits.clone()));
            search.query = query;
            search.hits = hits;
            search.selected = 0;
        }
        Action::DeleteBack => {
            search.query.pop();
            search.narrowing.pop();
            search.hits = match search.narrowing.last() {
                Some((query, _, hits)) if query == &search.query => hits.clone(),
                _ => index.query(&search.query),
            };
            search.selected = 0;
        }
        Action::ClearQuery => {
            search.query.clear();
            search.narrowing.clear();
            search.hits.clear();
            search.selected = 0;
        }
        Action::Up
        | Action::Down
        | Action::PageUp
        | Action::PageDown
        | Action::Top
        | Action::Bottom => {
            search.selected = moved(search.selected, search.hits.len(), action);
        }
        Action::Open => {
            let target = search
                .hits
                .get(search.selected)
                .map(|hit| index.items[hit.item].target);
            if let Some(target) = target {
                state.overlays.pop();
                jump(state, target);
            }
        }
        Action::Close => {
            state.overlays.pop();
        }
        _ => {}
    }
}

fn detail(state: &mut State, action: Action) {
    let max = ui::detail::overlay_max_scroll(state);
    match (action, state.overlays.last_mut()) {
        (Action::Close, _) => {
            state.overlays.pop();
        }
        (_, Some(Overlay::Detail { scroll, .. })) => *scroll = scrolled(*scroll, max, action),
        _ => {}
    }
}

fn heat_map(state: &mut State, action: Action) {
    let Some(Overlay::HeatMap { likelihood, impact }) = state.overlays.last_mut() else {
        return;
    };
    match action {
        Action::Up => *likelihood = (*likelihood + 1).min(5),
        Action::Down => *likelihood = likelihood.saturating_sub(1).max(1),
        Action::Right => *impact = (*impact + 1).min(5),
        Action::Left => *impact = impact.saturating_sub(1).max(1),
        Action::Open => {
            let cell = (*likelihood, *impact);
            state.overlays.pop();
            state.risk_cell = Some(cell);
            state.refresh_rows();
            state.status = Some(format!(
                "risks with residual likelihood {} × impact {}: {} (c clears)",
                cell.0,
                cell.1,
                state.risk_rows.len()
            ));
        }
        Action::ClearFilter => {
            state.overlays.pop();
            clear_risk_cell(state);
        }
        Action::Close => {
            state.overlays.pop();
        }
        _ => {}
    }
}

fn clear_risk_cell(state: &mut State) {
    if state.risk_cell.take().is_some() {
        state.refresh_rows();
        state.status = Some("heat map filter cleared".into());
    }
}

fn screen(state: &mut State, action: Action) -> Vec<Effect> {
    let areas = state.pack.areas.len();
    match action {
        Action::Attendance => go(state, Screen::Attendance),
        Action::Minutes => state.overlays.push(Overlay::Minutes {
            scroll: 0,
            confidential: false,
            confirm: false,
        }),
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
        Action::AddGuest
            if state.screen == Screen::Attendance
                && chair_only(state, "records who is in attendance") =>
        {
            let labels = ["Name or role", "Organisation"];
            state.overlays.push(Overlay::Form(Box::new(Form::new(
                FormPurpose::Guest,
                &labels,
            ))));
        }
        Action::Help => state.overlays.push(Overlay::Help { scroll: 0 }),
        Action::Search => state.overlays.push(Overlay::Search(Search::default())),
        Action::Exceptions => {
            state.exceptions_only = !state.exceptions_only;
            state.refresh_rows();
            state.detail_scroll = 0;
            state.status = Some(if state.exceptions_only {
                "exceptions only: red, worsening, overdue, amber and declining".into()
            } else {
                "showing everything".into()
            });
        }
        Action::Theme => {
            state.theme = state.theme.next();
            state.status = Some(format!("theme: {}", state.theme.label()));
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
        Action::Up
        | Action::Down
        | Action::PageUp
        | Action::PageDown
        | Action::Top
        | Action::Bottom => {
            move_cursor(state, action);
            state.detail_scroll = 0;
        }
        Action::Open => match (state.screen, state.selected()) {
            (Screen::Overview, Some(Target::Area(a))) => go(state, Screen::Area(a)),
            (_, Some(target)) => state.overlays.push(Overlay::Detail { target, scroll: 0 }),
            _ => {}
        },
        Action::Close if state.screen != Screen::Overview => go(state, Screen::Overview),
        Action::DetailUp | Action::DetailDown => {
            let max = ui::detail::pane_max_scroll(state);
            let step = if action == Action::DetailUp {
                Action::Up
            } else {
                Action::Down
            };
            state.detail_scroll = scrolled(state.detail_scroll, max, step);
        }
        Action::Sort if state.screen == Screen::Risks => {
            state.risk_sort = state.risk_sort.next();
            state.risk_descending = true;
            state.refresh_rows();
            state.status = Some(format!("risks sorted by {}", state.risk_sort.label()));
        }
        Action::ReverseSort if state.screen == Screen::Risks => {
            state.risk_descending = !state.risk_descending;
            state.refresh_rows();
        }
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

/// The chair alone may do this; others are told so (the record refuses them too).
fn chair_only(state: &mut State, what: &str) -> bool {
    if !state.is_chair() {
        state.status = Some(format!("only the chair {what}"));
    }
    state.is_chair()
}

/// The item the next note, rating or action arising is about: the selected item, or the
/// meeting as a whole where nothing is selected.
fn record_item(state: &State) -> ItemRef {
    state
        .selected()
        .map_or_else(ItemRef::meeting, |target| state.item_ref(target))
}

fn record_action(state: &mut State, action: Action) -> Vec<Effect> {
    if !state.can_write() {
        state.status = Some("observers can read but not write".into());
        return Vec::new();
    }
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
                editor.notice = Some(format!(
                    "your unsaved draft from {} is back",
                    draft.saved_at
                ));
            }
            state.overlays.push(Overlay::Editor(Box::new(editor)));
        }
        Action::EditNote => {
            let mine = state
                .record
                .notes_on(&item)
                .filter(|n| n.author == state.actor.name)
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
            state.status = Some("select an item to rate".into());
        }
        Action::AgreeRag if chair_only(state, "agrees RAGs") => {
            let seen_revision = state.record.ratings.get(&item).map_or(0, |r| r.revision);
            state.overlays.push(Overlay::RagPicker {
                item,
                seen_revision,
            });
        }
        Action::ActionArising if chair_only(state, "records actions arising") => {
            let labels = [
                "Action",
                "Owner",
                "Due (2017-11-30, 30/11/2017 or next meeting)",
            ];
            state.overlays.push(Overlay::Form(Box::new(Form::new(
                FormPurpose::ActionArising(item),
                &labels,
            ))));
        }
        Action::DeclareInterest if chair_only(state, "records declarations of interest") => {
            let labels = ["Member", "Interest declared"];
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
    if !chair_only(state, "records attendance") {
        return Vec::new();
    }
    let Some(member) = state.pack.meeting.members.get(state.attendance_cursor) else {
        return Vec::new();
    };
    let status = match action {
        Action::MarkPresent => Attendance::Present,
        Action::MarkApologies => Attendance::Apologies,
        _ => Attendance::Absent,
    };
    vec![Effect::Write(Write::SetAttendance {
        member: member.name.clone(),
        status,
    })]
}

fn editor(state: &mut State, action: Action) -> Vec<Effect> {
    let is_chair = state.is_chair();
    let Some(Overlay::Editor(editor)) = state.overlays.last_mut() else {
        return Vec::new();
    };
    if editor.saving && action != Action::Tick {
        return Vec::new();
    }
    match action {
        Action::EditKey(key) => {
            editor.text.input(ratatui::crossterm::event::KeyEvent::new(
                key.code,
                key.modifiers,
            ));
            editor.error = None;
        }
        Action::NoteKind => {
            editor.kind = editor.kind.next();
            // Members cannot record decisions, so they skip that kind.
            if editor.kind == NoteKind::Decision && !is_chair {
                editor.kind = editor.kind.next();
            }
        }
        Action::Save => {
            let text = editor.text().trim().to_string();
            if text.is_empty() {
                editor.error = Some("the note is empty".into());
                return Vec::new();
            }
            editor.saving = true;
            let write = match editor.editing {
                Some((id, version)) => Write::EditNote {
                    id,
                    version,
                    kind: editor.kind,
                    text,
                },
                None => Write::AddNote {
                    item: editor.item.clone(),
                    kind: editor.kind,
                    text,
                },
            };
            return vec![Effect::Write(write)];
        }
        Action::WithdrawNote => match editor.editing {
            Some((id, _)) => {
                editor.saving = true;
                return vec![Effect::Write(Write::WithdrawNote { id })];
            }
            None => {
                editor.error = Some("this note is not saved yet: Esc keeps it as a draft".into())
            }
        },
        Action::Tick => {
            let text = editor.text();
            if text != editor.drafted && !editor.saving && editor.editing.is_none() {
                editor.drafted = text.clone();
                return vec![Effect::Write(Write::SaveDraft {
                    item: editor.item.clone(),
                    text,
                })];
            }
        }
        Action::Close => {
            let (item, text, editing) = (editor.item.clone(), editor.text(), editor.editing);
            state.overlays.pop();
            if editing.is_some() {
                return Vec::new();
            }
            if text.trim().is_empty() {
                return vec![Effect::Write(Write::ClearDraft { item })];
            }
            state.status = Some("kept as a draft: n on the same item brings it back".into());
            return vec![Effect::Write(Write::SaveDraft { item, text })];
        }
        _ => {}
    }
    Vec::new()
}

fn rag_picker(state: &mut State, action: Action) -> Vec<Effect> {
    let Some(Overlay::RagPicker {
        item,
        seen_revision,
    }) = state.overlays.last()
    else {
        return Vec::new();
    };
    let (item, seen_revision) = (item.clone(), *seen_revision);
    match action {
        Action::PickRag(n) => {
            let rag = Rag::ALL[usize::from(n.min(3))];
            state.overlays.pop();
            match state.proposed_rag(&item) {
                Some(proposed) if proposed != rag => {
                    let label = "Why differ from the officers' proposal?";
                    let purpose = FormPurpose::RagReason {
                        item,
                        rag,
                        seen_revision,
                    };
                    state
                        .overlays
                        .push(Overlay::Form(Box::new(Form::new(purpose, &[label]))));
                }
                _ => {
                    return vec![Effect::Write(Write::AgreeRag {
                        item,
                        rag,
                        reason: None,
                        seen_revision,
                    })];
                }
            }
        }
        Action::Close => {
            state.overlays.pop();
        }
        _ => {}
    }
    Vec::new()
}

fn form(state: &mut State, action: Action) -> Vec<Effect> {
    let next_meeting = state.pack.meeting.next_meeting;
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
    if form.saving {
        return Vec::new();
    }
    let last = form.fields.len().saturating_sub(1);
    match action {
        Action::EditKey(key) => {
            if let Some((_, input)) = form.fields.get_mut(form.focus) {
                input.input(ratatui::crossterm::event::KeyEvent::new(
                    key.code,
                    key.modifiers,
                ));
            }
            form.error = None;
        }
        Action::NextField => form.focus = (form.focus + 1).min(last),
        Action::PrevField => form.focus = form.focus.saturating_sub(1),
        Action::Submit if form.focus < last => form.focus += 1,
        Action::Submit | Action::Save => match submission(form, next_meeting, &members) {
            Ok(write) => {
                form.saving = true;
                return vec![Effect::Write(write)];
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

fn minutes(state: &mut State, action: Action) -> Vec<Effect> {
    let max = ui::minutes::max_scroll(state);
    let Some(Overlay::Minutes {
        scroll,
        confidential,
        confirm,
    }) = state.overlays.last_mut()
    else {
        return Vec::new();
    };
    match action {
        Action::ToggleConfidential => {
            *confidential = !*confidential;
            *confirm = false;
            *scroll = 0;
        }
        Action::ExportMinutes => {
            let force = *confirm;
            *confirm = false;
            return vec![Effect::ExportMinutes {
                confidential: *confidential,
                force,
            }];
        }
        Action::Close => {
            state.overlays.pop();
        }
        _ => *scroll = scrolled(*scroll, max, action),
    }
    Vec::new()
}

/// What became of writing the minutes: the files written, or that some exist already
/// (the next `w` replaces them), or what went wrong.
pub fn minutes_written(state: &mut State, outcome: Result<String, MinutesNotWritten>) {
    match outcome {
        Ok(message) => state.status = Some(message),
        Err(MinutesNotWritten::Exists(names)) => {
            if let Some(Overlay::Minutes { confirm, .. }) = state.overlays.last_mut() {
                *confirm = true;
            }
            state.status = Some(format!(
                "{names} already exist: press w again to replace them"
            ));
        }
        Err(MinutesNotWritten::Failed(message)) => {
            state.status = Some(format!("minutes not written: {message}"))
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MinutesNotWritten {
    Exists(String),
    Failed(String),
}

/// The write a filled-in form asks for, or what is missing.
fn submission(
    form: &Form,
    next_meeting: Option<NaiveDate>,
    members: &[String],
) -> Result<Write, String> {
    let required = |n: usize, what: &str| {
        let value = form.value(n);
        if value.is_empty() {
            Err(format!("{what} is needed"))
        } else {
            Ok(value)
        }
    };
    match &form.purpose {
        FormPurpose::ActionArising(item) => {
            let text = required(0, "the action")?;
            let owner = required(1, "an owner")?;
            let due_text = required(2, "a due date")?;
            let due = parse_arising_due(&due_text, next_meeting)?;
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
            reason: Some(required(0, "a reason")?),
            seen_revision: *seen_revision,
        }),
        FormPurpose::Guest => Ok(Write::AddGuest(Guest {
            name: required(0, "a name")?,
            organisation: form.value(1),
        })),
        FormPurpose::Declaration(item) => {
            let typed = required(0, "the member")?;
            let member = members
                .iter()
                .find(|m| m.eq_ignore_ascii_case(&typed))
                .or_else(|| {
                    members
                        .iter()
                        .find(|m| m.to_lowercase().contains(&typed.to_lowercase()))
                })
                .ok_or_else(|| format!("no member or guest called {typed:?}"))?;
            Ok(Write::Declare(Declaration {
                member: member.clone(),
                item: item.clone(),
                interest: required(1, "the interest")?,
            }))
        }
    }
}

fn go(state: &mut State, screen: Screen) {
    if state.screen != screen {
        state.screen = screen;
        state.detail_scroll = 0;
    }
}

fn move_cursor(state: &mut State, action: Action) {
    match state.screen {
        Screen::Overview => {
            state.overview_cursor = moved(state.overview_cursor, state.pack.areas.len(), action)
        }
        Screen::Area(a) => {
            state.area_cursor[a] = moved(state.area_cursor[a], state.area_rows[a].len(), action)
        }
        Screen::Risks => {
            state.risk_cursor = moved(state.risk_cursor, state.risk_rows.len(), action)
        }
        Screen::Kpis => state.kpi_cursor = moved(state.kpi_cursor, state.kpi_rows.len(), action),
        Screen::Attendance => {
            state.attendance_cursor = moved(
                state.attendance_cursor,
                state.pack.meeting.members.len(),
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
        Target::Recommendation(a, _) | Target::Action(a, _, _) => state.area_rows[a]
            .iter()
            .any(|row| Some(*row) == row_of(target)),
        Target::Risk(i) => state.risk_rows.contains(&i),
        Target::Kpi(i) => state.kpi_rows.contains(&i),
    };
    if !visible(state) {
        state.exceptions_only = false;
        state.risk_cell = None;
        state.refresh_rows();
        state.status = Some("filters lifted to show the item".into());
    }
    match target {
        Target::Area(a) => go(state, Screen::Area(a)),
        Target::Recommendation(a, _) | Target::Action(a, _, _) => {
            go(state, Screen::Area(a));
            if let Some(at) = state.area_rows[a]
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
    state.detail_scroll = 0;
}
