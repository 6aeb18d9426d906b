//! The meeting pack as the programme manager writes it: serde types only, no UI.

mod agenda;
mod changes;
mod continuity;
mod due;
mod exceptions;
mod kpi;
mod period;
mod rag;
mod record;
mod risk;
mod summary;
mod target;
mod text;
mod time;

#[cfg(test)]
pub(crate) use agenda::at;
pub use agenda::{
    AgendaItem, Clock, ClockEntry, ClockEvent, Covers, ItemTime, clock_face, nearest_minute,
    standing,
};
pub use changes::{Direction, Moved, MovedKind, Standing, Subject, since_last_meeting};
pub use continuity::{
    Decision, LogDecision, LogOutcome, LogStatus, LoggedAction, MinutesApproval, Rated, Scored,
};
pub use due::{Due, DueExamples, DuePrecision, means_next_meeting, parse_arising_due};
pub use exceptions::{Change, change};
pub use kpi::{Benchmark, Kpi, KpiState, Polarity, Travel, figure, with_unit};
pub use period::Period;
pub use rag::{Rag, RagKey};
pub use record::{
    ActionArising, Actor, AgreedRag, AgreedScore, Attendance, Case, Declaration, Draft, Guest,
    ItemKind, ItemRef, Note, NoteKind, NoteVersion, Proposals, RecordSnapshot, Right, Role,
    ScoreProposal,
};
pub use risk::{Risk, RiskBands, RiskDescription, Score, Trend};
pub use summary::{AreaSummary, PackTotals, TOP_RISKS, discussed};
pub use target::{Target, TargetIndex};
pub use text::{Text, is_blank};

use crate::locale::Lang;
use crate::t;

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

/// A list read from a pack, holding no spare room. ron cannot say how long a list is before
/// reading it, so a list grows by doubling as it is read: most of an action's lists (one
/// success measure, one lead, three past ratings) were left with room for four or eight,
/// a quarter of a big pack's memory, unused.
fn exact<'de, D: serde::Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Vec<T>, D::Error> {
    let mut list = Vec::<T>::deserialize(d)?;
    list.shrink_to_fit();
    Ok(list)
}

/// One board meeting's pack: what officers bring for the board to scrutinise.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pack {
    pub meeting: Meeting,
    #[serde(default, skip_serializing_if = "RiskBands::is_default")]
    pub risk_bands: RiskBands,
    #[serde(deserialize_with = "crate::model::exact")]
    pub areas: Vec<Area>,
    #[serde(default, deserialize_with = "crate::model::exact")]
    pub risks: Vec<Risk>,
    #[serde(default, deserialize_with = "crate::model::exact")]
    pub kpis: Vec<Kpi>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    pub board: Text,
    pub organisation: Text,
    pub number: u32,
    #[serde(with = "time::date")]
    pub date: NaiveDate,
    #[serde(with = "time::hh_mm")]
    pub start: NaiveTime,
    pub venue: Text,
    /// The languages the pack is written in, the first its main one (`[en]` when not
    /// given); `check` warns about text missing in any of them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<Lang>,
    /// What the minutes say about the meeting's languages, e.g. that simultaneous
    /// translation was provided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language_arrangements: Option<Text>,
    /// What the board's plan calls a priority area, as the minutes and the agenda made for
    /// the pack head each one ("Improvement Theme": "Improvement Theme 2: Workforce");
    /// "Priority Improvement Area" when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area_name: Option<Text>,
    /// The board's membership: who may join the meeting, and in what role.
    pub members: Vec<Member>,
    pub quorum: u32,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agenda: Vec<AgendaItem>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "time::optional_date"
    )]
    pub previous_meeting: Option<NaiveDate>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "time::optional_date"
    )]
    pub next_meeting: Option<NaiveDate>,
    pub rag_key: RagKey,
    /// The minutes to be approved at this meeting: the last meeting's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_minutes: Option<Text>,
    /// Actions arising from earlier meetings: open ones are carried until done or closed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub action_log: Vec<LoggedAction>,
    /// The board's decisions at earlier meetings, for reference.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decisions: Vec<Decision>,
    /// The risk register's ids at the last meeting, so risks added and closed since show.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub previous_risks: Vec<String>,
}

/// A member of the board, named by person or by role.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
    /// Short and stable ("chair", "cllr-evans"): a member logs in as it and the record keeps
    /// it with everything they write. Lower-case letters, digits and hyphens.
    pub id: String,
    pub name: String,
    pub role: Role,
    pub organisation: String,
    pub voting: bool,
    /// The language the member prefers to take part in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<Lang>,
}

impl Meeting {
    /// The member whose role is chair (validation makes sure there is exactly one).
    pub fn chair(&self) -> Option<&Member> {
        self.members.iter().find(|m| m.role == Role::Chair)
    }

    pub fn member(&self, id: &str) -> Option<&Member> {
        self.members.iter().find(|m| m.id == id)
    }

    /// A member's name for the minutes and the screen: their name in the pack, or the id as
    /// recorded if this issue of the pack no longer lists them.
    pub fn name_of<'a>(&'a self, id: &'a str) -> &'a str {
        self.member(id).map_or(id, |m| m.name.as_str())
    }

    /// What an area is called in `lang`: the pack's `area_name`, or the catalogue's.
    pub fn area_name(&self, lang: Lang) -> String {
        self.area_name.as_ref().map_or_else(
            || crate::locale::message(lang, "minutes-area-name", None),
            |name| name.get(lang).to_string(),
        )
    }
}

/// A Priority Improvement Area (A–D in the Powys plan; ids and count come from the pack).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Area {
    pub id: String,
    pub title: Text,
    pub board_lead: Text,
    #[serde(deserialize_with = "crate::model::exact")]
    pub recommendations: Vec<Recommendation>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Term {
    Immediate,
    Medium,
    Long,
}

impl Term {
    pub fn label(self, lang: Lang) -> String {
        match self {
            Term::Immediate => t!(lang, "term-immediate"),
            Term::Medium => t!(lang, "term-medium"),
            Term::Long => t!(lang, "term-long"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recommendation {
    pub id: String,
    pub term: Term,
    /// The inspection report's recommendation this answers, e.g. "CSSIW 5".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answers: Option<String>,
    pub text: Text,
    #[serde(default, skip_serializing_if = "is_false")]
    pub exempt: bool,
    #[serde(deserialize_with = "crate::model::exact")]
    pub actions: Vec<Action>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Status {
    NotStarted,
    InProgress,
    Complete,
    Deferred,
}

impl Status {
    pub fn label(self, lang: Lang) -> String {
        match self {
            Status::NotStarted => t!(lang, "status-not-started"),
            Status::InProgress => t!(lang, "status-in-progress"),
            Status::Complete => t!(lang, "status-complete"),
            Status::Deferred => t!(lang, "status-deferred"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    pub id: String,
    pub text: Text,
    #[serde(default, deserialize_with = "crate::model::exact")]
    pub success_measures: Vec<Text>,
    #[serde(default, deserialize_with = "crate::model::exact")]
    pub leads: Vec<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Due>,
    pub status: Status,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progress: Option<Text>,
    /// RAG agreed by the board at the previous meeting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_rag: Option<Rag>,
    /// Officers' self-assessment for this meeting, for the board to challenge.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposed_rag: Option<Rag>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub exempt: bool,
    /// The board's agreed rating at each earlier meeting, oldest first.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "crate::model::exact"
    )]
    pub history: Vec<Rated>,
    /// Set when the pack was rolled on from the last meeting; officers clear it once they
    /// have updated the progress and proposed rating.
    #[serde(default, skip_serializing_if = "is_false")]
    pub awaiting_update: bool,
}

impl Action {
    /// Due before the meeting and not finished.
    pub fn is_overdue(&self, meeting_date: NaiveDate) -> bool {
        self.status != Status::Complete
            && self
                .due
                .as_ref()
                .is_some_and(|d| d.deadline() < meeting_date)
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Pack {
    pub fn actions(&self) -> impl Iterator<Item = (&Area, &Recommendation, &Action)> {
        self.areas.iter().flat_map(|area| {
            area.recommendations
                .iter()
                .flat_map(move |rec| rec.actions.iter().map(move |action| (area, rec, action)))
        })
    }

    /// A pack item's id ("A.1.2", "R5").
    pub fn id_of(&self, target: Target) -> &str {
        match target {
            Target::Area(a) => &self.areas[a].id,
            Target::Recommendation(a, r) => &self.areas[a].recommendations[r].id,
            Target::Action(a, r, i) => &self.areas[a].recommendations[r].actions[i].id,
            Target::Risk(i) => &self.risks[i].id,
            Target::Kpi(i) => &self.kpis[i].id,
        }
    }

    /// A pack item's title, or its text where it has no title.
    pub fn title_of(&self, target: Target) -> &Text {
        match target {
            Target::Area(a) => &self.areas[a].title,
            Target::Recommendation(a, r) => &self.areas[a].recommendations[r].text,
            Target::Action(a, r, i) => &self.areas[a].recommendations[r].actions[i].text,
            Target::Risk(i) => &self.risks[i].title,
            Target::Kpi(i) => &self.kpis[i].title,
        }
    }

    /// The record's name for a pack item.
    pub fn item_ref(&self, target: Target) -> ItemRef {
        ItemRef::new(target.kind(), self.id_of(target))
    }

    /// Every item of this issue of the pack, in pack order.
    fn every_target(&self) -> Vec<Target> {
        let mut targets = Vec::new();
        for (a, area) in self.areas.iter().enumerate() {
            targets.push(Target::Area(a));
            for (r, rec) in area.recommendations.iter().enumerate() {
                targets.push(Target::Recommendation(a, r));
                targets.extend((0..rec.actions.len()).map(|i| Target::Action(a, r, i)));
            }
        }
        targets.extend((0..self.risks.len()).map(Target::Risk));
        targets.extend((0..self.kpis.len()).map(Target::Kpi));
        targets
    }

    pub fn area(&self, id: &str) -> Option<&Area> {
        self.areas.iter().find(|a| a.id == id)
    }
}
