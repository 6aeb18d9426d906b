//! Everything the screen shows, in one value. The input context is derived from the
//! overlay stack; nothing here does IO.

use crate::action::Wrapped;
use crate::export::Preview;
use crate::keymap::{Context, Keymap};
use crate::locale::Lang;
use crate::model::{
    Actor, AgendaItem, AreaSummary, Clock, Covers, Direction, ItemKind, ItemRef, Kpi, Moved,
    NoteKind, Pack, PackTotals, Rag, RecordSnapshot, Right, Score, Target, TargetIndex, Trend,
    discussed, figure, since_last_meeting, with_unit,
};
use crate::pack::search::{FirstCharacters, Hit, Matched, SearchIndex};
use crate::store::RequestId;
use chrono::NaiveDateTime;
use ratatui_textarea::{TextArea, WrapMode};
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Overview,
    Area(usize),
    Risks,
    Kpis,
    Attendance,
    Agenda,
    /// What has moved since the board last met.
    Changes,
    /// The last minutes for approval, and the action log (matters arising).
    ActionLog,
}

/// A line of an area page: a recommendation heading or one of its actions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    Recommendation(usize),
    Action(usize, usize),
}

/// How far a text is scrolled, and how far the last frame showed it can go and how many
/// of its rows it showed (`None` until it has been drawn: then nothing holds it back,
/// drawing clamps it, and a page is `PAGE` rows).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scroll {
    pub offset: usize,
    pub limit: Option<usize>,
    pub rows: Option<usize>,
}

impl Scroll {
    /// Takes what the last frame measured of this text.
    pub fn measured(&mut self, extent: Option<crate::action::Extent>) {
        self.limit = extent.map(|e| e.limit);
        self.rows = extent.map(|e| e.rows);
    }

    /// Rows moved by page up / page down: a screenful less one row, kept for context.
    pub fn page(&self) -> usize {
        self.rows.map_or(PAGE, |rows| rows.saturating_sub(1).max(1))
    }
}

#[derive(Debug)]
pub enum Overlay {
    Help {
        scroll: Scroll,
    },
    Search(Search),
    Detail {
        target: Target,
        scroll: Scroll,
    },
    HeatMap {
        likelihood: u8,
        impact: u8,
    },
    Editor(Box<NoteEditor>),
    RagPicker {
        item: ItemRef,
        seen_revision: i64,
    },
    Form(Box<Form>),
    /// The minutes as they stand, rebuilt when the record changes, so scrolling rebuilds
    /// nothing; `confirm` once `w` found files to replace.
    Minutes {
        scroll: Scroll,
        preview: Box<Preview>,
        /// Where its lines start at the width last drawn (`None` until drawn, and after
        /// the minutes change).
        wrapped: Option<Arc<Wrapped>>,
        confirm: bool,
    },
}

impl Overlay {
    /// Where its keys are read.
    pub fn context(&self) -> Context {
        match self {
            Overlay::Help { .. } => Context::Help,
            Overlay::Search(_) => Context::Search,
            Overlay::Detail { .. } => Context::Detail,
            Overlay::HeatMap { .. } => Context::HeatMap,
            Overlay::Editor(_) => Context::Editor,
            Overlay::RagPicker { .. } => Context::RagPicker,
            Overlay::Form(_) => Context::Form,
            Overlay::Minutes { .. } => Context::Minutes,
        }
    }

    /// The scrolled text it shows, if any.
    pub fn scroll_mut(&mut self) -> Option<&mut Scroll> {
        match self {
            Overlay::Help { scroll }
            | Overlay::Detail { scroll, .. }
            | Overlay::Minutes { scroll, .. } => Some(scroll),
            _ => None,
        }
    }

    /// The write it is waiting for the record to answer.
    pub fn waiting_for(&self) -> Option<RequestId> {
        match self {
            Overlay::Editor(editor) => editor.saving,
            Overlay::Form(form) => form.saving,
            _ => None,
        }
    }
}

/// A note being written or edited. It stays open until the record says it is saved.
#[derive(Debug)]
pub struct NoteEditor {
    pub item: ItemRef,
    pub kind: NoteKind,
    pub text: TextArea<'static>,
    /// The note and version being edited, for an edit rather than a new note.
    pub editing: Option<(i64, i64)>,
    /// The text last saved as a draft.
    pub drafted: String,
    /// The save sent to the record and not yet answered.
    pub saving: Option<RequestId>,
    pub notice: Option<String>,
    pub error: Option<String>,
}

impl NoteEditor {
    pub fn new(item: ItemRef, kind: NoteKind, text: &str) -> NoteEditor {
        let mut area = TextArea::new(text.lines().map(str::to_string).collect());
        area.set_wrap_mode(WrapMode::WordOrGlyph);
        area.move_cursor(ratatui_textarea::CursorMove::Bottom);
        area.move_cursor(ratatui_textarea::CursorMove::End);
        NoteEditor {
            item,
            kind,
            text: area,
            editing: None,
            drafted: text.to_string(),
            saving: None,
            notice: None,
            error: None,
        }
    }

    pub fn text(&self) -> String {
        self.text.lines().join("\n")
    }
}

/// What a form is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormPurpose {
    ActionArising(ItemRef),
    /// Why the agreed rating differs from the officers' proposal.
    RagReason {
        item: ItemRef,
        rag: Rag,
        seen_revision: i64,
    },
    Guest,
    Declaration(ItemRef),
    /// A member's view of a risk's score.
    ScoreProposal(ItemRef),
    /// The chair's decision on a logged action: done, carried forward or closed.
    LogDecision {
        reference: String,
        outcome: crate::model::LogOutcome,
    },
    /// The last minutes approved with amendments.
    Amendments,
    /// The board's agreed score for a risk; a reason is needed where it differs from the
    /// officers'.
    BoardScore {
        item: ItemRef,
        officers: Score,
        seen_revision: i64,
    },
}

#[derive(Debug)]
pub struct Form {
    pub purpose: FormPurpose,
    pub fields: Vec<(&'static str, TextArea<'static>)>,
    pub focus: usize,
    /// The save sent to the record and not yet answered.
    pub saving: Option<RequestId>,
    pub error: Option<String>,
}

impl Form {
    pub fn new(purpose: FormPurpose, labels: &[&'static str]) -> Form {
        let fields = labels
            .iter()
            .map(|label| (*label, TextArea::default()))
            .collect();
        Form {
            purpose,
            fields,
            focus: 0,
            saving: None,
            error: None,
        }
    }

    /// A form whose fields start with text in them.
    pub fn filled(purpose: FormPurpose, fields: &[(&'static str, String)]) -> Form {
        let labels: Vec<&'static str> = fields.iter().map(|(label, _)| *label).collect();
        let mut form = Form::new(purpose, &labels);
        for ((_, area), (_, text)) in form.fields.iter_mut().zip(fields) {
            area.insert_str(text);
        }
        form
    }

    pub fn value(&self, n: usize) -> String {
        self.fields
            .get(n)
            .map(|(_, area)| area.lines().join(" ").trim().to_string())
            .unwrap_or_default()
    }
}

#[derive(Debug, Default)]
pub struct Search {
    pub query: String,
    pub hits: Vec<Hit>,
    pub selected: usize,
    /// Each shorter query typed so far with every item it matched, so typing narrows the
    /// search and Backspace goes back without searching again.
    pub narrowing: Vec<(String, Matched, Vec<Hit>)>,
    /// How many hits the last frame listed at once: what a page is.
    pub rows: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RiskSort {
    Residual,
    Inherent,
    Owner,
    Area,
    Trend,
}

impl RiskSort {
    pub fn next(self) -> RiskSort {
        match self {
            RiskSort::Residual => RiskSort::Inherent,
            RiskSort::Inherent => RiskSort::Owner,
            RiskSort::Owner => RiskSort::Area,
            RiskSort::Area => RiskSort::Trend,
            RiskSort::Trend => RiskSort::Residual,
        }
    }

    pub fn label(self, lang: Lang) -> String {
        match self {
            RiskSort::Residual => crate::t!(lang, "sort-residual"),
            RiskSort::Inherent => crate::t!(lang, "sort-inherent"),
            RiskSort::Owner => crate::t!(lang, "sort-owner"),
            RiskSort::Area => crate::t!(lang, "sort-area"),
            RiskSort::Trend => crate::t!(lang, "sort-trend"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThemeName {
    Standard,
    HighContrast,
    NoColour,
}

impl ThemeName {
    pub fn next(self) -> ThemeName {
        match self {
            ThemeName::Standard => ThemeName::HighContrast,
            ThemeName::HighContrast => ThemeName::NoColour,
            ThemeName::NoColour => ThemeName::Standard,
        }
    }

    pub fn label(self, lang: Lang) -> String {
        match self {
            ThemeName::Standard => crate::t!(lang, "theme-standard"),
            ThemeName::HighContrast => crate::t!(lang, "theme-high-contrast"),
            ThemeName::NoColour => crate::t!(lang, "theme-no-colour"),
        }
    }
}

#[derive(Debug)]
pub struct State {
    pub pack: Pack,
    /// The bindings in force: the help screen and hint bar are generated from them.
    pub keymap: Keymap,
    pub screen: Screen,
    pub overlays: Vec<Overlay>,
    /// Whether only exceptions are shown (`set_exceptions_only`, which keeps the cursors).
    exceptions_only: bool,
    pub theme: ThemeName,
    /// The language of the screen (the minutes preview has its own choice).
    pub lang: Lang,
    pub overview_cursor: usize,
    /// Rows of each area page, everything and exceptions only (`area_rows` picks): the pack
    /// does not change in a meeting, so toggling the filter works nothing out again.
    area_rows_by_filter: [Vec<Vec<Row>>; 2],
    pub area_cursor: Vec<usize>,
    pub risk_sort: RiskSort,
    pub risk_descending: bool,
    /// Heat map cell (likelihood, impact) the register is filtered to.
    pub risk_cell: Option<(u8, u8)>,
    /// Risks shown, in order.
    pub risk_rows: Vec<usize>,
    pub risk_cursor: usize,
    pub kpi_rows: Vec<usize>,
    pub kpi_cursor: usize,
    pub detail_scroll: Scroll,
    /// Shared with the thread that works out `first_characters`.
    pub search_index: Arc<SearchIndex>,
    /// The finder's answers to one-character queries, once that thread has sent them.
    pub first_characters: Option<Arc<FirstCharacters>>,
    /// What the overview says about each area, everything and exceptions only
    /// (`overview` picks).
    overview_by_filter: [Vec<AreaSummary>; 2],
    /// Each area's items the meeting has discussed, of all of them, as the record stands.
    pub discussed: Vec<(usize, usize)>,
    /// The whole pack's counts for the overview.
    pub totals: PackTotals,
    /// The widest id and value of each list, for its columns.
    pub widest: Widest,
    /// A one-line message for the status bar, cleared by the next key.
    pub status: Option<String>,
    /// Why the record cannot be read just now (a lost connection, a server restarting):
    /// shown until it can be read again, whatever keys are pressed.
    pub record_trouble: Option<String>,
    /// Who is at this keyboard.
    pub actor: Actor,
    /// The meeting record as this viewer may see it.
    pub record: RecordSnapshot,
    /// Each risk: whether the Board agreed a worse residual score than officers gave, as
    /// the record stands (the overview and the register ask every frame).
    scored_worse: Vec<bool>,
    /// Items the record mentions that this issue of the pack no longer has.
    pub orphans: Vec<ItemRef>,
    pub attendance_cursor: usize,
    /// The agenda the meeting runs by (`Pack::running_order`).
    pub order: Vec<AgendaItem>,
    /// The areas it gives no time (`Pack::areas_off_the_agenda`), by their place.
    pub off_agenda: Vec<usize>,
    pub agenda_cursor: usize,
    /// What moved since the last meeting (`since_last_meeting`), kept in step with the record.
    pub changes: Vec<Moved>,
    /// How many of `changes` moved each way, in the order the directions are listed:
    /// counted when they are worked out, not in every frame of the overview.
    pub changes_counted: Vec<(Direction, usize)>,
    pub changes_cursor: usize,
    /// How many rows of the screen's list the last frame showed: what page up and page
    /// down move by (`PAGE` until it has been drawn).
    pub list_rows: Option<usize>,
    pub log_cursor: usize,
    /// Listed by kind of item rather than by which way they moved.
    pub changes_by_kind: bool,
    /// The time, as the event loop last read it (`Action::Clock`); `None` until then.
    pub now: Option<NaiveDateTime>,
    /// Whether this screen goes where the chair takes the meeting.
    pub following: bool,
    /// The agenda item the meeting was at when the record was last read.
    pub meeting_at: Option<usize>,
    /// Where the chair has moved the meeting, until the record says so: the next key steps
    /// on from here, however fast the keys come.
    pub moving_to: Option<usize>,
    /// The id the next write to the record is sent with.
    pub next_request: RequestId,
    /// Pack items by their record name.
    targets: TargetIndex,
}

/// How wide, in characters as shown, the longest id and value of each list is: worked out
/// once for the pack, so columns fit any board's ids ("RR-01", "PI-10") and units ("12 per
/// 1,000 children") without measuring every row at every frame.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Widest {
    /// Each area's recommendation and action ids.
    pub area_ids: Vec<usize>,
    pub risk_ids: usize,
    pub kpi_ids: usize,
    /// A KPI's latest value, target, tolerance or benchmark with its unit.
    pub kpi_values: usize,
    /// The same values as numbers alone, and the units, for a dashboard too narrow to give
    /// each value its unit.
    pub kpi_figures: usize,
    pub kpi_units: usize,
    /// The references in the action log ("M12/AA3", or a board's own "AL-2019-014").
    pub log_references: usize,
}

impl Widest {
    pub fn of(pack: &Pack) -> Widest {
        fn widest<S: AsRef<str>>(texts: impl IntoIterator<Item = S>) -> usize {
            texts
                .into_iter()
                .map(|t| crate::sanitize::line(t.as_ref()).chars().count())
                .max()
                .unwrap_or(0)
        }
        // The values the dashboard shows for a KPI: latest, target, tolerance, benchmark.
        fn shown(k: &Kpi) -> impl Iterator<Item = f64> + '_ {
            [
                k.latest().map(|(_, v)| v),
                k.target,
                k.target.map(|_| k.tolerance),
                k.benchmark.as_ref().map(|b| b.value),
            ]
            .into_iter()
            .flatten()
        }
        Widest {
            area_ids: pack
                .areas
                .iter()
                .map(|area| {
                    widest(area.recommendations.iter().flat_map(|r| {
                        std::iter::once(&r.id).chain(r.actions.iter().map(|a| &a.id))
                    }))
                })
                .collect(),
            risk_ids: widest(pack.risks.iter().map(|r| &r.id)),
            kpi_ids: widest(pack.kpis.iter().map(|k| &k.id)),
            kpi_values: widest(pack.kpis.iter().flat_map(|k| {
                // In whichever language is shown.
                shown(k).flat_map(move |v| k.unit.versions().map(move |unit| with_unit(v, unit)))
            })),
            kpi_figures: widest(pack.kpis.iter().flat_map(shown).map(figure)),
            kpi_units: widest(pack.kpis.iter().flat_map(|k| k.unit.versions())),
            log_references: widest(pack.meeting.action_log.iter().map(|l| &l.reference)),
        }
    }

    /// The widest id of any item: what the list of changes can show.
    pub fn any_id(&self) -> usize {
        let area_ids = self.area_ids.iter().copied().max().unwrap_or(0);
        area_ids.max(self.risk_ids).max(self.kpi_ids)
    }
}

/// Rows moved by page up / page down in a list, or in a text not drawn yet.
pub const PAGE: usize = 10;

impl State {
    /// Whether the minutes preview is open (under any overlay over it): it covers the
    /// screen between the bars, so the screen beneath is not drawn.
    pub fn minutes_previewed(&self) -> bool {
        self.overlays
            .iter()
            .any(|overlay| matches!(overlay, Overlay::Minutes { .. }))
    }

    pub fn new(pack: Pack, keymap: Keymap, theme: ThemeName, actor: Actor) -> State {
        let search_index = Arc::new(SearchIndex::new(&pack));
        let widest = Widest::of(&pack);
        let totals = PackTotals::of(&pack);
        let pack_order = pack.running_order();
        let off_agenda = pack.areas_off_the_agenda();
        let areas = pack.areas.len();
        let pack_risks = pack.risks.len();
        let mut state = State {
            pack,
            keymap,
            screen: Screen::Overview,
            overlays: Vec::new(),
            exceptions_only: false,
            theme,
            lang: Lang::default(),
            overview_cursor: 0,
            area_rows_by_filter: Default::default(),
            area_cursor: vec![0; areas],
            risk_sort: RiskSort::Residual,
            risk_descending: true,
            risk_cell: None,
            risk_rows: Vec::new(),
            risk_cursor: 0,
            kpi_rows: Vec::new(),
            kpi_cursor: 0,
            detail_scroll: Scroll::default(),
            search_index,
            first_characters: None,
            overview_by_filter: Default::default(),
            discussed: Vec::new(),
            totals,
            widest,
            status: None,
            record_trouble: None,
            actor,
            record: RecordSnapshot::default(),
            scored_worse: vec![false; pack_risks],
            orphans: Vec::new(),
            attendance_cursor: 0,
            order: pack_order,
            off_agenda,
            agenda_cursor: 0,
            changes: Vec::new(),
            changes_counted: Vec::new(),
            changes_cursor: 0,
            list_rows: None,
            log_cursor: 0,
            changes_by_kind: false,
            now: None,
            following: true,
            meeting_at: None,
            moving_to: None,
            next_request: 1,
            targets: TargetIndex::default(),
        };
        state.index_targets();
        state.overview_by_filter = [false, true].map(|exceptions| {
            (0..state.pack.areas.len())
                .map(|a| AreaSummary::of(&state.pack, exceptions, a))
                .collect()
        });
        state.area_rows_by_filter = [false, true].map(|exceptions| state.rows_of_areas(exceptions));
        state.refresh_rows();
        state.refresh_discussed();
        state.refresh_changes();
        state
    }

    /// Works out again what moved since the last meeting, in the order asked for.
    pub fn refresh_changes(&mut self) {
        let mut changes = since_last_meeting(&self.pack, &self.record);
        if self.changes_by_kind {
            changes.sort_by_key(|moved| moved.kind);
        }
        let mut counted: Vec<(Direction, usize)> = Vec::new();
        for moved in &changes {
            match counted.iter_mut().find(|(d, _)| *d == moved.direction) {
                Some((_, n)) => *n += 1,
                None => counted.push((moved.direction, 1)),
            }
        }
        counted.sort();
        self.changes_counted = counted;
        self.changes = changes;
        self.changes_cursor = self
            .changes_cursor
            .min(self.changes.len().saturating_sub(1));
    }

    /// The chain of input contexts, first the one that sees keys first: an open overlay
    /// takes every key; otherwise the screen's own keys, then list keys, then global ones.
    pub fn contexts(&self) -> &'static [Context] {
        match self.overlays.last() {
            Some(overlay) => overlay.context().alone(),
            None if self.screen == Screen::Risks => {
                &[Context::Risks, Context::List, Context::Global]
            }
            None if self.screen == Screen::Attendance => {
                &[Context::Attendance, Context::List, Context::Global]
            }
            None if self.screen == Screen::Agenda => {
                &[Context::Agenda, Context::List, Context::Global]
            }
            None if self.screen == Screen::Changes => {
                &[Context::Changes, Context::List, Context::Global]
            }
            None if self.screen == Screen::ActionLog => {
                &[Context::ActionLog, Context::List, Context::Global]
            }
            None => &[Context::List, Context::Global],
        }
    }

    pub fn search(&self) -> Option<&Search> {
        self.overlays.iter().rev().find_map(|o| match o {
            Overlay::Search(search) => Some(search),
            _ => None,
        })
    }

    /// Whether only exceptions are shown.
    pub fn exceptions_only(&self) -> bool {
        self.exceptions_only
    }

    /// Shows only exceptions, or everything. Each area page's cursor stays on its row where
    /// that is still shown, else moves to the next one after it in pack order.
    pub fn set_exceptions_only(&mut self, on: bool) {
        let selected: Vec<Option<Row>> = (0..self.pack.areas.len())
            .map(|a| self.area_rows()[a].get(self.area_cursor[a]).copied())
            .collect();
        self.exceptions_only = on;
        let order = |row: &Row| match *row {
            Row::Recommendation(r) => (r, 0),
            Row::Action(r, i) => (r, i + 1),
        };
        for (a, selected) in selected.into_iter().enumerate() {
            let rows = &self.area_rows()[a];
            let last = rows.len().saturating_sub(1);
            self.area_cursor[a] = match selected {
                Some(row) => rows
                    .iter()
                    .position(|r| order(r) >= order(&row))
                    .unwrap_or(last),
                None => self.area_cursor[a].min(last),
            };
        }
        self.refresh_rows();
    }

    /// Recomputes the risk register's and the dashboard's rows after the filter, sort, heat
    /// map cell or the Board's scores changed, keeping each cursor on the same item where it
    /// is still shown. (The area pages' rows never change: both filters' are made up front.)
    pub fn refresh_rows(&mut self) {
        let exceptions = self.exceptions_only;
        let selected_risk = self.risk_rows.get(self.risk_cursor).copied();
        let bands = self.pack.risk_bands;
        let mut risks: Vec<usize> = (0..self.pack.risks.len())
            .filter(|&i| {
                let risk = &self.pack.risks[i];
                (!exceptions || risk.is_exception(&bands) || self.board_scored_worse(i))
                    && self.risk_cell.is_none_or(|(l, i)| {
                        risk.residual.likelihood == l && risk.residual.impact == i
                    })
            })
            .collect();
        let risks_ref = &self.pack.risks;
        let trend_rank = |t: Trend| match t {
            Trend::Worsening => 2,
            Trend::Stable => 1,
            Trend::Improving => 0,
        };
        match self.risk_sort {
            RiskSort::Residual => risks.sort_by_key(|&i| risks_ref[i].residual.value()),
            RiskSort::Inherent => risks.sort_by_key(|&i| risks_ref[i].inherent.value()),
            RiskSort::Owner => {
                let owner = |i: usize| risks_ref[i].owner.get(self.lang);
                risks.sort_by(|&a, &b| owner(b).cmp(owner(a)));
            }
            RiskSort::Area => risks.sort_by(|&a, &b| risks_ref[b].areas.cmp(&risks_ref[a].areas)),
            RiskSort::Trend => risks.sort_by_key(|&i| trend_rank(risks_ref[i].trend)),
        }
        // Sorts above are ascending for numbers and reversed for text, so "descending" puts
        // the worst risks and A–Z names first.
        if self.risk_descending {
            risks.reverse();
        }
        self.risk_rows = risks;
        self.risk_cursor = selected_risk
            .and_then(|risk| self.risk_rows.iter().position(|r| *r == risk))
            .unwrap_or(self.risk_cursor.min(self.risk_rows.len().saturating_sub(1)));

        let selected_kpi = self.kpi_rows.get(self.kpi_cursor).copied();
        self.kpi_rows = (0..self.pack.kpis.len())
            .filter(|&i| !exceptions || self.pack.kpis[i].is_exception())
            .collect();
        self.kpi_cursor = selected_kpi
            .and_then(|kpi| self.kpi_rows.iter().position(|k| *k == kpi))
            .unwrap_or(self.kpi_cursor.min(self.kpi_rows.len().saturating_sub(1)));
    }

    /// The item under the cursor on the current screen.
    pub fn selected(&self) -> Option<Target> {
        match self.screen {
            Screen::Overview => (self.overview_cursor < self.pack.areas.len())
                .then_some(Target::Area(self.overview_cursor)),
            Screen::Area(a) => self.area_rows()[a]
                .get(self.area_cursor[a])
                .map(|row| match *row {
                    Row::Recommendation(r) => Target::Recommendation(a, r),
                    Row::Action(r, i) => Target::Action(a, r, i),
                }),
            Screen::Risks => self
                .risk_rows
                .get(self.risk_cursor)
                .map(|&i| Target::Risk(i)),
            Screen::Kpis => self.kpi_rows.get(self.kpi_cursor).map(|&i| Target::Kpi(i)),
            Screen::Attendance | Screen::Agenda | Screen::ActionLog => None,
            Screen::Changes => self
                .changes
                .get(self.changes_cursor)
                .and_then(Moved::target),
        }
    }

    /// The record's name for a pack item.
    pub fn item_ref(&self, target: Target) -> ItemRef {
        self.pack.item_ref(target)
    }

    /// The pack item a record entry is about, if this issue of the pack has it.
    pub fn target_of(&self, item: &ItemRef) -> Option<Target> {
        self.targets.get(&self.pack, item)
    }

    /// The rating officers proposed for an item, which an agreed rating is compared with:
    /// an action's proposal, a risk's residual band, a KPI's computed rating.
    pub fn proposed_rag(&self, item: &ItemRef) -> Option<Rag> {
        match self.target_of(item)? {
            Target::Action(a, r, i) => {
                self.pack.areas[a].recommendations[r].actions[i].proposed_rag
            }
            Target::Risk(i) => Some(self.pack.risk_bands.rag(self.pack.risks[i].residual)),
            Target::Kpi(i) => self.pack.kpis[i].rag(),
            _ => None,
        }
    }

    /// Every item of the pack by its record name, built once per pack.
    fn index_targets(&mut self) {
        self.targets = TargetIndex::of(&self.pack);
    }

    /// Takes in a newer record, noting entries about items this pack does not have.
    pub fn set_record(&mut self, record: RecordSnapshot) {
        self.orphans = record
            .items()
            .into_iter()
            .filter(|item| self.target_of(item).is_none())
            .cloned()
            .collect();
        // What moved depends on agreed ratings and scores alone: a note (most of what
        // arrives) leaves it be, as working it out on a 10k pack takes ~14 ms.
        let moved = record.ratings != self.record.ratings || record.scores != self.record.scores;
        self.record = record;
        if moved {
            self.refresh_changes();
            self.refresh_scored_worse();
        }
        self.refresh_discussed();
        // What the Board agrees can make a risk an exception.
        if self.exceptions_only {
            self.refresh_rows();
        }
    }

    /// What the overview says about each area, as the filter stands.
    pub fn overview(&self) -> &[AreaSummary] {
        &self.overview_by_filter[usize::from(self.exceptions_only)]
    }

    /// What the overview says about each area with nothing filtered out: each area page's
    /// title counts every action.
    pub fn area_totals(&self) -> &[AreaSummary] {
        &self.overview_by_filter[0]
    }

    /// Rows shown on each area page, as the filter stands.
    pub fn area_rows(&self) -> &[Vec<Row>] {
        &self.area_rows_by_filter[usize::from(self.exceptions_only)]
    }

    /// Each area's rows: a recommendation, then its actions; only exceptions and the
    /// recommendations they are under when `exceptions`.
    fn rows_of_areas(&self, exceptions: bool) -> Vec<Vec<Row>> {
        let date = self.pack.meeting.date;
        self.pack
            .areas
            .iter()
            .map(|area| {
                let mut rows = Vec::new();
                for (r, rec) in area.recommendations.iter().enumerate() {
                    let actions: Vec<Row> = rec
                        .actions
                        .iter()
                        .enumerate()
                        .filter(|(_, action)| !exceptions || action.is_exception(date))
                        .map(|(i, _)| Row::Action(r, i))
                        .collect();
                    if !exceptions || !actions.is_empty() {
                        rows.push(Row::Recommendation(r));
                        rows.extend(actions);
                    }
                }
                rows
            })
            .collect()
    }

    fn refresh_discussed(&mut self) {
        self.discussed = (0..self.pack.areas.len())
            .map(|a| discussed(&self.pack, &self.record, a))
            .collect();
    }

    fn refresh_scored_worse(&mut self) {
        self.scored_worse = (0..self.pack.risks.len())
            .map(|risk| {
                let item = ItemRef::new(ItemKind::Risk, self.pack.risks[risk].id.clone());
                self.record
                    .scores
                    .get(&item)
                    .is_some_and(|s| s.residual.value() > self.pack.risks[risk].residual.value())
            })
            .collect();
    }

    /// Whether the Board agreed a worse (higher) residual score for the risk than officers gave.
    pub fn board_scored_worse(&self, risk: usize) -> bool {
        self.scored_worse.get(risk).copied().unwrap_or(false)
    }

    /// Whether the person at this keyboard may do this (the record checks again).
    pub fn may(&self, right: Right) -> bool {
        self.actor.role.may(right)
    }

    /// The name of the person at this keyboard, as the pack gives it.
    pub fn me(&self) -> &str {
        self.pack.meeting.name_of(&self.actor.id)
    }

    /// The screens in Tab order: overview, each area, risks, KPIs.
    pub fn screens(&self) -> Vec<Screen> {
        let mut screens = vec![Screen::Overview];
        screens.extend((0..self.pack.areas.len()).map(Screen::Area));
        screens.extend([
            Screen::Risks,
            Screen::Kpis,
            Screen::Attendance,
            Screen::Agenda,
            Screen::ActionLog,
            Screen::Changes,
        ]);
        screens
    }

    /// Where the meeting is and how each item stands, by the record, at the last clock
    /// reading (before the first, at the meeting's set start).
    pub fn clock(&self) -> Clock {
        let now = self
            .now
            .unwrap_or_else(|| self.pack.meeting.date.and_time(self.pack.meeting.start));
        Clock::of(&self.order, &self.record.clock, now)
    }

    /// The screen that shows agenda item `n`, if one does.
    pub fn screen_for(&self, n: usize) -> Screen {
        match self.order.get(n).and_then(|item| item.covers.as_ref()) {
            Some(Covers::Area(id)) => self
                .pack
                .areas
                .iter()
                .position(|area| area.id == *id)
                .map_or(Screen::Agenda, Screen::Area),
            // The first area without an item of its own.
            Some(Covers::Areas) => (0..self.pack.areas.len())
                .find(|&a| {
                    let own = Covers::Area(self.pack.areas[a].id.clone());
                    !self
                        .order
                        .iter()
                        .any(|item| item.covers.as_ref() == Some(&own))
                })
                .map_or(Screen::Agenda, Screen::Area),
            Some(Covers::Risks) => Screen::Risks,
            Some(Covers::Kpis) => Screen::Kpis,
            Some(Covers::Attendance) => Screen::Attendance,
            Some(Covers::PreviousMinutes | Covers::ActionLog) => Screen::ActionLog,
            _ => Screen::Agenda,
        }
    }
}
