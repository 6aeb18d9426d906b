//! The meeting record: durable, shared between the processes of everyone at the meeting.
//! Screens talk to `RecordStore`, so a networked database can stand behind it later.

mod sqlite;

pub use sqlite::SqliteStore;

use crate::model::{
    ActionArising, Actor, AgreedRag, Attendance, Declaration, Draft, Guest, ItemRef, Note,
    NoteKind, NoteVersion, Rag,
};
use chrono::NaiveDate;
use std::collections::HashMap;
use std::fmt;

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
    }

    pub fn draft_for(&self, item: &ItemRef) -> Option<&Draft> {
        self.drafts.iter().find(|d| d.item == *item)
    }
}

/// The pack a record belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackIdentity {
    pub name: String,
    /// SHA-256 of the pack file's bytes.
    pub fingerprint: String,
}

impl PackIdentity {
    pub fn of(name: &str, text: &str) -> PackIdentity {
        use sha2::{Digest, Sha256};
        let digest = Sha256::digest(text.as_bytes());
        PackIdentity {
            name: name.to_string(),
            fingerprint: digest.iter().map(|b| format!("{b:02x}")).collect(),
        }
    }
}

/// What opening a record found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opened {
    Created,
    Resumed,
    /// The record was made with another issue of the pack.
    PackReissued {
        previous: String,
    },
}

/// A due date for an action arising: "2017-11-30", "30/11/2017" or "next meeting".
pub fn parse_arising_due(
    text: &str,
    next_meeting: Option<NaiveDate>,
) -> std::result::Result<Option<NaiveDate>, String> {
    let text = text.trim();
    if text.eq_ignore_ascii_case("next meeting") {
        return Ok(next_meeting);
    }
    crate::model::Due::parse(text).map(|due| Some(due.deadline()))
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// The role of the person writing does not allow it (checked inside the database).
    NotAllowed(String),
    /// Someone else changed this since it was read.
    Stale {
        current: Option<AgreedRag>,
    },
    /// Another program holds the record locked for longer than we wait.
    Locked,
    ReadOnly,
    DiskFull,
    /// Not a boardpack record, or damaged.
    Damaged(String),
    NotFound(String),
    Other(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::NotAllowed(why) => write!(f, "not allowed: {why}"),
            StoreError::Stale {
                current: Some(current),
            } => write!(
                f,
                "{} changed it to {} at {} while you were deciding; nothing was overwritten",
                current.agreed_by,
                current.rag.word(),
                current.agreed_at
            ),
            StoreError::Stale { current: None } => {
                f.write_str("someone else changed this first; nothing was overwritten")
            }
            StoreError::Locked => {
                f.write_str("the record is locked by another program; not saved (try again)")
            }
            StoreError::ReadOnly => f.write_str("the record is read-only; not saved"),
            StoreError::DiskFull => f.write_str("the disk is full; not saved"),
            StoreError::Damaged(detail) => write!(
                f,
                "the record is damaged or not a boardpack record ({detail})"
            ),
            StoreError::NotFound(what) => write!(f, "{what} not found"),
            StoreError::Other(detail) => write!(f, "the record could not be saved: {detail}"),
        }
    }
}

impl std::error::Error for StoreError {}

pub type Result<T> = std::result::Result<T, StoreError>;

/// Every write names its actor; the store refuses what their role does not allow.
pub trait RecordStore {
    /// Registers the actor for this meeting; a name keeps its role, and there is one chair.
    fn join(&mut self, actor: &Actor) -> Result<()>;
    /// Whether anyone has written since this store last read.
    fn changed(&mut self) -> Result<bool>;
    fn snapshot(&mut self, viewer: &str) -> Result<RecordSnapshot>;

    fn add_note(
        &mut self,
        actor: &Actor,
        item: &ItemRef,
        kind: NoteKind,
        text: &str,
    ) -> Result<i64>;
    /// Replaces the note's text and kind if it is still at `version`.
    fn edit_note(
        &mut self,
        actor: &Actor,
        id: i64,
        version: i64,
        kind: NoteKind,
        text: &str,
    ) -> Result<()>;
    fn withdraw_note(&mut self, actor: &Actor, id: i64) -> Result<()>;
    /// Every version of a note, oldest first.
    fn note_history(&mut self, id: i64) -> Result<Vec<NoteVersion>>;

    /// Agrees a rating if the item's rating is still at `seen_revision` (0: none yet).
    fn agree_rag(
        &mut self,
        actor: &Actor,
        item: &ItemRef,
        rag: Rag,
        reason: Option<&str>,
        seen_revision: i64,
    ) -> Result<()>;
    fn add_action_arising(
        &mut self,
        actor: &Actor,
        item: &ItemRef,
        text: &str,
        owner: &str,
        due_text: &str,
        due: Option<NaiveDate>,
    ) -> Result<String>;
    fn set_attendance(&mut self, actor: &Actor, member: &str, status: Attendance) -> Result<()>;
    fn add_guest(&mut self, actor: &Actor, guest: &Guest) -> Result<()>;
    fn declare_interest(&mut self, actor: &Actor, declaration: &Declaration) -> Result<()>;

    fn save_draft(&mut self, actor: &Actor, item: &ItemRef, text: &str) -> Result<()>;
    fn clear_draft(&mut self, actor: &Actor, item: &ItemRef) -> Result<()>;
}
