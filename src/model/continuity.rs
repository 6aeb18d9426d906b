//! What carries from one meeting to the next: each item's agreed rating or score meeting by
//! meeting, the action log, the board's decisions, and the minutes to approve. `boardpack
//! roll` writes these into the next meeting's pack from the last one's record.

use super::Rag;
use crate::locale::Lang;
use crate::t;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// An item's rating as agreed at one meeting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rated {
    pub meeting: u32,
    #[serde(with = "super::time::date")]
    pub date: NaiveDate,
    pub rag: Rag,
}

/// A risk's residual score (likelihood × impact) as it stood at one meeting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scored {
    pub meeting: u32,
    #[serde(with = "super::time::date")]
    pub date: NaiveDate,
    pub residual: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum LogStatus {
    /// Still to do: carried to each meeting until done or closed.
    Open,
    /// Reported done.
    Done,
    /// Closed by the board without being done.
    Closed,
}

impl LogStatus {
    pub fn label(self, lang: Lang) -> String {
        match self {
            LogStatus::Open => t!(lang, "log-status-open"),
            LogStatus::Done => t!(lang, "log-status-done"),
            LogStatus::Closed => t!(lang, "log-status-closed"),
        }
    }
}

/// An action arising from a meeting, on the board's action log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LoggedAction {
    /// "M2/AA1": the meeting it arose at and its number there.
    pub reference: String,
    /// The item it arose from, as the record names it ("risk R5"), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
    pub text: String,
    pub owner: String,
    /// As the chair gave it: "30/11/2017", "next meeting".
    pub due: String,
    pub status: LogStatus,
    /// The meeting it arose at.
    pub raised: u32,
    /// Meetings it has been carried to, still open.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub carried: Vec<u32>,
}

/// A decision of the board ("RESOLVED: that …"), kept for reference.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    pub meeting: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
    pub text: String,
}

/// What the chair decided about an action on the log at this meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogOutcome {
    /// Reported done.
    Done,
    /// Still open: carried to the next meeting with a new due date.
    Carried,
    /// Closed by the board without being done.
    Closed,
}

impl LogOutcome {
    /// How the record stores it.
    pub fn name(self) -> &'static str {
        match self {
            LogOutcome::Done => "done",
            LogOutcome::Carried => "carried",
            LogOutcome::Closed => "closed",
        }
    }

    /// As the minutes and the screens say it.
    pub fn label(self, lang: Lang) -> String {
        match self {
            LogOutcome::Done => t!(lang, "log-status-done"),
            LogOutcome::Carried => t!(lang, "log-outcome-carried"),
            LogOutcome::Closed => t!(lang, "log-status-closed"),
        }
    }

    pub fn parse(word: &str) -> Option<LogOutcome> {
        [LogOutcome::Done, LogOutcome::Carried, LogOutcome::Closed]
            .into_iter()
            .find(|outcome| outcome.name() == word)
    }
}

/// The chair's decision on one action of the log, with the owner's update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogDecision {
    pub reference: String,
    pub outcome: LogOutcome,
    /// The new due date of an action carried forward, as the chair gave it.
    pub due: Option<String>,
    /// The owner's update, as reported.
    pub update: String,
    pub by: String,
    pub at: String,
}

impl LogDecision {
    /// "carried forward to March 2018", "done": the outcome with its new date, unescaped.
    pub fn outcome(&self, lang: Lang) -> String {
        match (self.outcome, &self.due) {
            (LogOutcome::Carried, Some(due)) => t!(lang, "log-outcome-carried-to", due = due),
            (outcome, _) => outcome.label(lang),
        }
    }
}

/// The board's approval of the last meeting's minutes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MinutesApproval {
    /// `None`: approved as a correct record; else approved with these amendments.
    pub amendments: Option<String>,
    pub by: String,
    pub at: String,
}
