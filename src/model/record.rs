//! What the board says during a meeting, recorded against the pack's items.

use super::{Rag, Score};
use crate::locale::Lang;
use crate::t;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::fmt;

/// Who is at the keyboard: a member of the board by their id in the pack, with the role the
/// pack gives them. The record keeps the id with everything they write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub id: String,
    pub role: Role,
}

/// A member's place on the board, from the pack's membership. What each may do is `may`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Role {
    /// Agrees ratings and records decisions; everything a clerk and a member do besides.
    Chair,
    /// A member who may stand in for the chair at another meeting; a member at this one.
    ViceChair,
    /// Adds notes and annotates risks.
    Member,
    /// An officer or adviser to the board: adds notes, never rates or decides.
    Adviser,
    /// Records attendance, declarations and actions arising for the chair, and adds notes.
    Clerk,
    /// Reads only.
    Observer,
}

/// Something only some roles may do; the record refuses the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Right {
    /// Write notes (challenge, private) and keep drafts.
    Note,
    /// Record a decision ("RESOLVED: that …").
    Decide,
    /// Agree the board's RAG rating.
    Rate,
    /// Record actions arising and declarations of interest.
    RecordActions,
    /// Record attendance and who else is in attendance.
    RecordAttendance,
    /// Run the agenda: start, pause and close the meeting, move between items, give an
    /// item more time.
    KeepTime,
}

impl Right {
    /// What someone without the right is told, on screen and by the record alike.
    pub fn refusal(self, lang: Lang) -> String {
        match self {
            Right::Note => t!(lang, "refusal-note"),
            Right::Decide => t!(lang, "refusal-decide"),
            Right::Rate => t!(lang, "refusal-rate"),
            Right::RecordActions => t!(lang, "refusal-record-actions"),
            Right::RecordAttendance => t!(lang, "refusal-record-attendance"),
            Right::KeepTime => t!(lang, "refusal-keep-time"),
        }
    }

    pub const ALL: [Right; 6] = [
        Right::Note,
        Right::Decide,
        Right::Rate,
        Right::RecordActions,
        Right::RecordAttendance,
        Right::KeepTime,
    ];
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::Chair,
        Role::ViceChair,
        Role::Member,
        Role::Adviser,
        Role::Clerk,
        Role::Observer,
    ];

    /// The name the record stores.
    pub fn name(self) -> &'static str {
        match self {
            Role::Chair => "chair",
            Role::ViceChair => "vice_chair",
            Role::Member => "member",
            Role::Adviser => "adviser",
            Role::Clerk => "clerk",
            Role::Observer => "observer",
        }
    }

    /// As people say it, in `lang`: "vice-chair", "is-gadeirydd".
    pub fn title(self, lang: Lang) -> String {
        match self {
            Role::Chair => t!(lang, "role-chair"),
            Role::ViceChair => t!(lang, "role-vice-chair"),
            Role::Member => t!(lang, "role-member"),
            Role::Adviser => t!(lang, "role-adviser"),
            Role::Clerk => t!(lang, "role-clerk"),
            Role::Observer => t!(lang, "role-observer"),
        }
    }

    pub fn parse(text: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.name() == text)
    }

    pub fn may(self, right: Right) -> bool {
        match right {
            Right::Note => self != Role::Observer,
            Right::Decide | Right::Rate | Right::KeepTime => self == Role::Chair,
            Right::RecordActions | Right::RecordAttendance => {
                matches!(self, Role::Chair | Role::Clerk)
            }
        }
    }
}

/// The kind of pack item a record entry is about. Items are referred to by their pack id,
/// so notes survive a re-issued pack; entries whose item has gone are kept and listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ItemKind {
    Meeting,
    Area,
    Recommendation,
    Action,
    Risk,
    Kpi,
}

impl ItemKind {
    pub const ALL: [ItemKind; 6] = [
        ItemKind::Meeting,
        ItemKind::Area,
        ItemKind::Recommendation,
        ItemKind::Action,
        ItemKind::Risk,
        ItemKind::Kpi,
    ];

    pub fn name(self) -> &'static str {
        match self {
            ItemKind::Meeting => "meeting",
            ItemKind::Area => "area",
            ItemKind::Recommendation => "recommendation",
            ItemKind::Action => "action",
            ItemKind::Risk => "risk",
            ItemKind::Kpi => "kpi",
        }
    }

    pub fn parse(text: &str) -> Option<ItemKind> {
        ItemKind::ALL.into_iter().find(|k| k.name() == text)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ItemRef {
    pub kind: ItemKind,
    /// The pack id ("A.1.2", "R5"); empty for the meeting as a whole.
    pub id: String,
}

impl ItemRef {
    pub fn new(kind: ItemKind, id: impl Into<String>) -> ItemRef {
        ItemRef {
            kind,
            id: id.into(),
        }
    }

    pub fn meeting() -> ItemRef {
        ItemRef::new(ItemKind::Meeting, "")
    }
}

/// Where an item is named in a sentence: Welsh changes its words after some prepositions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// On its own, or after words that change nothing ("ar gyfer").
    Plain,
    /// After "on" or "from", Welsh "ar" and "o": soft mutation ("ar gam gweithredu").
    Soft,
    /// After "in", Welsh "yn", which changes with what follows ("yng ngham gweithredu", "ym
    /// maes"): in Welsh the label carries the preposition, so the sentence leaves it out.
    In,
}

impl ItemRef {
    /// As people say it in `lang`: "action A.1.1", "cam gweithredu A.1.1", "the meeting".
    pub fn label(&self, lang: Lang) -> String {
        self.label_as(lang, Case::Plain)
    }

    /// As said at `case` in a sentence: "ar gam gweithredu A.1.1" is `Soft`.
    pub fn label_as(&self, lang: Lang, case: Case) -> String {
        let id = self.id.as_str();
        let case = match case {
            Case::Plain => "plain",
            Case::Soft => "soft",
            Case::In => "in",
        };
        match self.kind {
            ItemKind::Meeting => t!(lang, "item-meeting", case = case),
            ItemKind::Area => t!(lang, "item-area", id = id, case = case),
            ItemKind::Recommendation => t!(lang, "item-recommendation", id = id, case = case),
            ItemKind::Action => t!(lang, "item-action", id = id, case = case),
            ItemKind::Risk => t!(lang, "item-risk", id = id, case = case),
            ItemKind::Kpi => t!(lang, "item-kpi", id = id, case = case),
        }
    }
}

impl fmt::Display for ItemRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            ItemKind::Meeting => f.write_str("the meeting"),
            kind => write!(f, "{} {}", kind.name(), self.id),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NoteKind {
    /// The board's questions and challenge to officers (the default).
    Challenge,
    /// "RESOLVED: that …" — only the chair records decisions.
    Decision,
    /// Seen only by its author; never in the minutes.
    Private,
}

impl NoteKind {
    /// In `lang`, for the screen and the status line.
    pub fn label(self, lang: Lang) -> String {
        match self {
            NoteKind::Challenge => t!(lang, "note-challenge"),
            NoteKind::Decision => t!(lang, "note-decision"),
            NoteKind::Private => t!(lang, "note-private"),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            NoteKind::Challenge => "challenge",
            NoteKind::Decision => "decision",
            NoteKind::Private => "private",
        }
    }

    pub fn parse(text: &str) -> Option<NoteKind> {
        [NoteKind::Challenge, NoteKind::Decision, NoteKind::Private]
            .into_iter()
            .find(|k| k.name() == text)
    }

    pub fn next(self) -> NoteKind {
        match self {
            NoteKind::Challenge => NoteKind::Decision,
            NoteKind::Decision => NoteKind::Private,
            NoteKind::Private => NoteKind::Challenge,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub id: i64,
    pub item: ItemRef,
    pub author: String,
    pub kind: NoteKind,
    pub text: String,
    /// RFC 3339, as recorded; minutes take times from here, never from the clock.
    pub created: String,
    pub updated: String,
    /// Bumped by every edit; an edit names the version it started from.
    pub version: i64,
}

/// A rating the chair agreed, with why it differs from the officers' proposal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgreedRag {
    pub item: ItemRef,
    pub rag: Rag,
    pub reason: Option<String>,
    pub agreed_by: String,
    pub agreed_at: String,
    /// Bumped by every change; a change names the revision it saw, so a stale one is caught.
    pub revision: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionArising {
    /// "AA1", "AA2", … for the minutes to cite.
    pub reference: String,
    pub item: ItemRef,
    pub text: String,
    pub owner: String,
    /// As written: "2017-11-30", "30/11/2017", "next meeting".
    pub due_text: String,
    pub due: Option<NaiveDate>,
    pub created_by: String,
    pub created_at: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Attendance {
    Present,
    Apologies,
    Absent,
}

impl Attendance {
    /// In `lang`, for the screen and the status line.
    pub fn label(self, lang: Lang) -> String {
        match self {
            Attendance::Present => t!(lang, "attendance-present"),
            Attendance::Apologies => t!(lang, "attendance-apologies"),
            Attendance::Absent => t!(lang, "attendance-absent"),
        }
    }

    /// How the record stores it.
    pub fn name(self) -> &'static str {
        match self {
            Attendance::Present => "present",
            Attendance::Apologies => "apologies",
            Attendance::Absent => "absent",
        }
    }

    pub fn parse(text: &str) -> Option<Attendance> {
        [
            Attendance::Present,
            Attendance::Apologies,
            Attendance::Absent,
        ]
        .into_iter()
        .find(|a| a.name() == text)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Guest {
    pub name: String,
    pub organisation: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Declaration {
    pub member: String,
    pub item: ItemRef,
    pub interest: String,
}

/// A member's challenge to a risk's score: the residual (and, if they say, target)
/// likelihood × impact they think right, and why. One per member per risk; revising it keeps
/// every version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScoreProposal {
    pub item: ItemRef,
    /// The member's id.
    pub author: String,
    pub residual: Score,
    pub target: Option<Score>,
    pub reason: String,
    pub proposed_at: String,
    /// 1 when first proposed, bumped by each revision.
    pub version: i64,
}

/// The residual score the board agreed for a risk, which may differ from the officers'.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgreedScore {
    pub item: ItemRef,
    pub residual: Score,
    /// Why, where it differs from the officers' score.
    pub reason: Option<String>,
    pub agreed_by: String,
    pub agreed_at: String,
    /// Bumped by every change; a change names the revision it saw, so a stale one is caught.
    pub revision: i64,
}

/// Members' proposals on one risk, in brief: how many, the lowest and highest score, the median.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Proposals {
    pub count: usize,
    pub lowest: u8,
    pub highest: u8,
    /// Of the residual scores (likelihood × impact); the lower middle when the count is even.
    pub median: u8,
}

impl Proposals {
    pub fn of<'a>(proposals: impl IntoIterator<Item = &'a ScoreProposal>) -> Option<Proposals> {
        let mut values: Vec<u8> = proposals.into_iter().map(|p| p.residual.value()).collect();
        values.sort_unstable();
        Some(Proposals {
            count: values.len(),
            lowest: *values.first()?,
            highest: *values.last()?,
            median: values[(values.len() - 1) / 2],
        })
    }
}

/// Unsaved text in an editor, kept so a crash or power cut loses nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub item: ItemRef,
    pub text: String,
    pub saved_at: String,
}

/// One version of a note, as its history keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteVersion {
    /// "created", "edited" or "withdrawn".
    pub change: String,
    pub kind: NoteKind,
    pub text: String,
    pub by: String,
    pub at: String,
}

/// Everything in the record that one viewer may see.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RecordSnapshot {
    /// Live notes in the order they were made; other people's private notes are left out.
    pub notes: Vec<Note>,
    pub ratings: HashMap<ItemRef, AgreedRag>,
    pub actions_arising: Vec<ActionArising>,
    pub attendance: HashMap<String, Attendance>,
    pub guests: Vec<Guest>,
    pub declarations: Vec<Declaration>,
    /// The viewer's own unsaved drafts.
    pub drafts: Vec<Draft>,
    /// Members' current score proposals on risks, in the order first made.
    pub proposals: Vec<ScoreProposal>,
    /// The board's agreed residual scores.
    pub scores: HashMap<ItemRef, AgreedScore>,
    /// What the chair did with the agenda and its clock, in order.
    pub clock: Vec<super::ClockEntry>,
    /// The chair's decisions on the action log, in order (the latest per action stands).
    pub log_decisions: Vec<super::LogDecision>,
    /// The board's approvals of the last meeting's minutes, in order (the latest stands).
    pub approvals: Vec<super::MinutesApproval>,
    /// Positions in `notes` and `actions_arising` by item, so screens and minutes look an
    /// item up instead of scanning thousands of notes for each of thousands of items.
    notes_by_item: HashMap<ItemRef, Vec<usize>>,
    arising_by_item: HashMap<ItemRef, Vec<usize>>,
}

impl RecordSnapshot {
    /// Rebuilds the lookups after the lists changed; the store calls it for every read.
    pub fn index(&mut self) {
        self.notes_by_item.clear();
        for (n, note) in self.notes.iter().enumerate() {
            self.notes_by_item
                .entry(note.item.clone())
                .or_default()
                .push(n);
        }
        self.arising_by_item.clear();
        for (n, action) in self.actions_arising.iter().enumerate() {
            self.arising_by_item
                .entry(action.item.clone())
                .or_default()
                .push(n);
        }
    }

    /// The approval of the last meeting's minutes that stands, if they were approved.
    pub fn approval(&self) -> Option<&super::MinutesApproval> {
        self.approvals.last()
    }

    /// The decision that stands on the logged action `reference`, if one was made.
    pub fn log_decision(&self, reference: &str) -> Option<&super::LogDecision> {
        self.log_decisions
            .iter()
            .rev()
            .find(|decision| decision.reference == reference)
    }

    pub fn notes_on<'a>(&'a self, item: &ItemRef) -> impl Iterator<Item = &'a Note> + 'a {
        self.notes_by_item
            .get(item)
            .into_iter()
            .flatten()
            .map(|&n| &self.notes[n])
    }

    pub fn arising_on<'a>(
        &'a self,
        item: &ItemRef,
    ) -> impl Iterator<Item = &'a ActionArising> + 'a {
        self.arising_by_item
            .get(item)
            .into_iter()
            .flatten()
            .map(|&n| &self.actions_arising[n])
    }

    /// Whether the meeting has noted, rated or raised an action on the item.
    pub fn touched(&self, item: &ItemRef) -> bool {
        self.notes_by_item.contains_key(item)
            || self.ratings.contains_key(item)
            || self.arising_by_item.contains_key(item)
            || self.scores.contains_key(item)
            || self.proposals.iter().any(|p| p.item == *item)
    }

    /// Every pack item the record says something about (the meeting as a whole aside), in
    /// order, once each.
    pub fn items(&self) -> Vec<&ItemRef> {
        // The notes' and actions' items from their lookups: each once, however many there are.
        let mut items: Vec<&ItemRef> = self
            .notes_by_item
            .keys()
            .chain(self.ratings.keys())
            .chain(self.arising_by_item.keys())
            .chain(self.declarations.iter().map(|d| &d.item))
            .chain(self.proposals.iter().map(|p| &p.item))
            .chain(self.scores.keys())
            .filter(|item| item.kind != ItemKind::Meeting)
            .collect();
        items.sort_unstable();
        items.dedup();
        items
    }

    /// Whether the meeting has been held: the chair has recorded attendance, or agreed a
    /// rating or a score. Opening the screen, or members' notes before the meeting, do not
    /// turn the pre-meeting summary into minutes.
    pub fn meeting_held(&self) -> bool {
        !self.attendance.is_empty() || !self.ratings.is_empty() || !self.scores.is_empty()
    }

    pub fn proposals_on<'a>(
        &'a self,
        item: &'a ItemRef,
    ) -> impl Iterator<Item = &'a ScoreProposal> + 'a {
        self.proposals.iter().filter(move |p| p.item == *item)
    }

    pub fn draft_for(&self, item: &ItemRef) -> Option<&Draft> {
        self.drafts.iter().find(|d| d.item == *item)
    }
}

#[cfg(test)]
mod tests {
    use super::{Case, ItemKind, ItemRef};
    use crate::locale::Lang;

    #[test]
    fn welsh_names_an_item_as_the_words_before_it_change_it() {
        let action = ItemRef::new(ItemKind::Action, "A.1.1");
        let area = ItemRef::new(ItemKind::Area, "B");
        let risk = ItemRef::new(ItemKind::Risk, "R1");
        for (item, plain, soft, within) in [
            (
                &action,
                "cam gweithredu A.1.1",
                "gam gweithredu A.1.1",
                "yng ngham gweithredu A.1.1",
            ),
            (&area, "maes B", "faes B", "ym maes B"),
            (&risk, "risg R1", "risg R1", "yn risg R1"),
        ] {
            assert_eq!(item.label_as(Lang::Cy, Case::Plain), plain);
            assert_eq!(item.label_as(Lang::Cy, Case::Soft), soft);
            assert_eq!(item.label_as(Lang::Cy, Case::In), within);
        }
        for case in [Case::Plain, Case::Soft, Case::In] {
            assert_eq!(action.label_as(Lang::En, case), "action A.1.1");
        }
    }
}
