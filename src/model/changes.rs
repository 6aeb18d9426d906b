//! What has moved since the board last met: ratings up or down, actions newly overdue, risk
//! scores, KPIs that crossed their target or tolerance, the action log. Read from the pack
//! (last meeting's agreed ratings and scores, each item's history) and this meeting's record.

use super::{ItemKind, ItemRef, LogStatus, Pack, Rag, RecordSnapshot, Target, change};
use crate::locale::Lang;
use crate::t;
use chrono::NaiveDate;

/// Which way something moved, said in words as well as by its mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Direction {
    Worsened,
    NewlyOverdue,
    Late,
    New,
    Closed,
    Improved,
    Done,
    Unchanged,
}

impl Direction {
    /// The mark and the words: never the mark (or a colour) alone.
    pub fn label(self, lang: Lang) -> String {
        let (mark, words) = match self {
            Direction::Improved => ("▲", t!(lang, "moved-improved")),
            Direction::Worsened => ("▼", t!(lang, "moved-worsened")),
            Direction::Unchanged => ("=", t!(lang, "travel-unchanged")),
            Direction::NewlyOverdue => ("!", t!(lang, "moved-newly-overdue")),
            Direction::New => ("+", t!(lang, "moved-new")),
            Direction::Closed => ("✗", t!(lang, "moved-closed")),
            Direction::Done => ("✓", t!(lang, "log-status-done")),
            Direction::Late => ("!", t!(lang, "moved-late")),
        };
        format!("{mark} {words}")
    }
}

/// What kind of thing moved; listed by kind in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MovedKind {
    Kpi,
    Action,
    Log,
    Risk,
}

impl MovedKind {
    pub fn label(self, lang: Lang) -> String {
        match self {
            MovedKind::Kpi => t!(lang, "moved-kind-kpi"),
            MovedKind::Action => t!(lang, "moved-kind-action"),
            MovedKind::Log => t!(lang, "moved-kind-log"),
            MovedKind::Risk => t!(lang, "moved-kind-risk"),
        }
    }
}

/// Where something stood, before or now; worded in the screen's language when drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    Rating(Option<Rag>),
    /// A residual score, with its band where it is this meeting's.
    Score(u8, Option<Rag>),
    Unscored,
    OnTime,
    OverdueSince(NaiveDate),
    OnRegister,
    Closed,
    RaisedAt(u32),
    StillOpen(usize),
    Log(LogStatus),
}

impl Standing {
    pub fn words(self, lang: Lang) -> String {
        match self {
            Standing::Rating(rag) => rag.map_or_else(|| t!(lang, "minutes-none"), |r| r.name(lang)),
            Standing::Score(score, None) => score.to_string(),
            Standing::Score(score, Some(rag)) => format!("{score} ({})", rag.name(lang)),
            Standing::Unscored => "–".to_string(),
            Standing::OnTime => t!(lang, "agenda-on-time"),
            Standing::OverdueSince(date) => t!(
                lang,
                "moved-overdue-since",
                date = crate::locale::compact_date(lang, date)
            ),
            Standing::OnRegister => t!(lang, "moved-on-register"),
            Standing::Closed => t!(lang, "moved-closed"),
            Standing::RaisedAt(meeting) => t!(lang, "minutes-raised-at", number = meeting),
            Standing::StillOpen(meetings) => t!(lang, "moved-still-open", meetings = meetings),
            Standing::Log(status) => status.label(lang),
        }
    }
}

/// One thing that moved.
#[derive(Debug, Clone, PartialEq)]
pub struct Moved {
    pub kind: MovedKind,
    pub subject: Subject,
    pub was: Standing,
    pub now: Standing,
    pub direction: Direction,
}

/// What moved: a pack item, read from the pack when shown (with a copy of each item's id
/// and text the list took 9.7 MiB at the size limit, made again at each change to the
/// record; 5.8 without), or what the pack holds only in words.
#[derive(Debug, Clone, PartialEq)]
pub enum Subject {
    Item(Target),
    /// A risk taken off the register: the pack no longer has its title.
    OffRegister(String),
    ActionLog {
        reference: String,
        text: String,
    },
}

impl Moved {
    /// The pack item, to jump to; `None` for an action log entry or a closed risk.
    pub fn target(&self) -> Option<Target> {
        match self.subject {
            Subject::Item(target) => Some(target),
            _ => None,
        }
    }

    pub fn id<'a>(&'a self, pack: &'a Pack) -> &'a str {
        match &self.subject {
            Subject::Item(target) => pack.id_of(*target),
            Subject::OffRegister(id) => id,
            Subject::ActionLog { reference, .. } => reference,
        }
    }

    /// `None` for a risk taken off the register.
    pub fn title<'a>(&'a self, pack: &'a Pack, lang: Lang) -> Option<&'a str> {
        match &self.subject {
            Subject::Item(target) => Some(pack.title_of(*target).get(lang)),
            Subject::OffRegister(_) => None,
            Subject::ActionLog { text, .. } => Some(text),
        }
    }
}

/// Everything that moved since the last meeting, worst first.
pub fn since_last_meeting(pack: &Pack, record: &RecordSnapshot) -> Vec<Moved> {
    let m = &pack.meeting;
    let mut moved = Vec::new();
    for (a, area) in pack.areas.iter().enumerate() {
        for (r, rec) in area.recommendations.iter().enumerate() {
            for (i, action) in rec.actions.iter().enumerate() {
                let subject = || Subject::Item(Target::Action(a, r, i));
                let item = ItemRef::new(ItemKind::Action, action.id.clone());
                // This meeting's view: the Board's rating once agreed, else the officers'.
                let now = record
                    .ratings
                    .get(&item)
                    .map(|agreed| agreed.rag)
                    .or(action.proposed_rag);
                if let Some(direction) = match change(action.previous_rag, now) {
                    Some(super::Change::Better) => Some(Direction::Improved),
                    Some(super::Change::Worse) => Some(Direction::Worsened),
                    Some(super::Change::Same) => Some(Direction::Unchanged),
                    None => None,
                } {
                    moved.push(Moved {
                        kind: MovedKind::Action,
                        subject: subject(),
                        was: Standing::Rating(action.previous_rag),
                        now: Standing::Rating(now),
                        direction,
                    });
                }
                // Overdue now, but not when the board last met.
                let deadline = action.due.as_ref().map(|due| due.deadline());
                if let (Some(deadline), Some(last)) = (deadline, m.previous_meeting)
                    && action.is_overdue(m.date)
                    && deadline >= last
                {
                    moved.push(Moved {
                        kind: MovedKind::Action,
                        subject: subject(),
                        was: Standing::OnTime,
                        now: Standing::OverdueSince(deadline),
                        direction: Direction::NewlyOverdue,
                    });
                }
            }
        }
    }
    let bands = &pack.risk_bands;
    // A risk not on the register the last meeting saw is new; one no longer on it, closed.
    let added =
        |id: &str| !m.previous_risks.is_empty() && !m.previous_risks.iter().any(|p| p == id);
    for id in &m.previous_risks {
        if !pack.risks.iter().any(|risk| risk.id == *id) {
            moved.push(Moved {
                kind: MovedKind::Risk,
                subject: Subject::OffRegister(id.clone()),
                was: Standing::OnRegister,
                now: Standing::Closed,
                direction: Direction::Closed,
            });
        }
    }
    for (n, risk) in pack.risks.iter().enumerate() {
        let item = ItemRef::new(ItemKind::Risk, risk.id.clone());
        let now = record
            .scores
            .get(&item)
            .map_or(risk.residual, |agreed| agreed.residual)
            .value();
        let (was, direction) = match risk.previous_residual {
            Some(before) => (
                Standing::Score(before, None),
                match now.cmp(&before) {
                    std::cmp::Ordering::Less => Direction::Improved,
                    std::cmp::Ordering::Equal => Direction::Unchanged,
                    std::cmp::Ordering::Greater => Direction::Worsened,
                },
            ),
            None if added(&risk.id) => (Standing::Unscored, Direction::New),
            None => continue,
        };
        moved.push(Moved {
            kind: MovedKind::Risk,
            subject: Subject::Item(Target::Risk(n)),
            was,
            now: Standing::Score(now, Some(bands.rag_of(now))),
            direction,
        });
    }
    for (n, kpi) in pack.kpis.iter().enumerate() {
        // Against the rating last agreed, else what the previous figure would have been.
        let was = kpi.history.last().map(|h| h.rag).or_else(|| {
            let [.., (_, before), _] = kpi.series.as_slice() else {
                return None;
            };
            kpi.rag_of(*before)
        });
        let now = kpi.rag();
        let direction = match change(was, now) {
            Some(super::Change::Better) => Direction::Improved,
            Some(super::Change::Worse) => Direction::Worsened,
            // A KPI that stayed on the same side of its target is no news.
            _ => continue,
        };
        moved.push(Moved {
            kind: MovedKind::Kpi,
            subject: Subject::Item(Target::Kpi(n)),
            was: Standing::Rating(was),
            now: Standing::Rating(now),
            direction,
        });
    }
    for logged in &m.action_log {
        let direction = match logged.status {
            LogStatus::Done => Direction::Done,
            LogStatus::Open if logged.carried.len() > 1 => Direction::Late,
            _ => continue,
        };
        moved.push(Moved {
            kind: MovedKind::Log,
            subject: Subject::ActionLog {
                reference: logged.reference.clone(),
                text: logged.text.clone(),
            },
            was: Standing::RaisedAt(logged.raised),
            now: match direction {
                Direction::Late => Standing::StillOpen(logged.carried.len()),
                _ => Standing::Log(logged.status),
            },
            direction,
        });
    }
    moved.sort_by_key(|moved| moved.direction);
    moved
}
