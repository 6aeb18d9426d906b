//! The agenda and its clock. The pack gives each item its minutes and, optionally, what it
//! covers; the record keeps what the chair did (started, paused, moved on, gave an item more
//! time, closed), each with the time the record stamped it; `Clock::of` folds those into
//! where the meeting is and how each item is doing at a given moment. No clock is read here:
//! the moment is always given.

use super::{Pack, Text};
use crate::locale::{self, Lang};
use crate::t;
use chrono::{Duration, NaiveDateTime};
use serde::{Deserialize, Serialize};

/// What an agenda item is about, so the screen can go to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Covers {
    /// A priority area, by its id.
    Area(String),
    /// The priority areas' reports: every area without an agenda item of its own.
    Areas,
    Risks,
    Kpis,
    /// Welcome, apologies, declarations of interest.
    Attendance,
    /// Minutes of the previous meeting and matters arising.
    PreviousMinutes,
    /// The action log.
    ActionLog,
    /// Exempt business, taken in private.
    Exempt,
    /// Any other business, date of the next meeting.
    Other,
}

/// One item of the meeting's agenda.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgendaItem {
    pub item: Text,
    /// Time allocated, in minutes.
    pub minutes: u32,
    /// What the item is about; when not given it is read from the item's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub covers: Option<Covers>,
}

impl AgendaItem {
    fn new(item: Text, minutes: u32, covers: Covers) -> AgendaItem {
        AgendaItem {
            item,
            minutes,
            covers: Some(covers),
        }
    }
}

impl Pack {
    /// The agenda the meeting runs by: the pack's, with what each item covers filled in, or
    /// one made from the pack's areas when it has none.
    pub fn running_order(&self) -> Vec<AgendaItem> {
        if self.meeting.agenda.is_empty() {
            // Said in both languages, so the screen and the minutes have the item in either.
            let both = |id: &str| {
                Text::both(
                    locale::message(Lang::En, id, None),
                    locale::message(Lang::Cy, id, None),
                )
            };
            let mut order = vec![AgendaItem::new(
                both("agenda-welcome"),
                5,
                Covers::Attendance,
            )];
            order.extend(self.areas.iter().map(|area| {
                let title = |lang| {
                    t!(
                        lang,
                        "minutes-area-heading",
                        name = self.meeting.area_name(lang),
                        id = area.id.as_str(),
                        title = area.title.get(lang)
                    )
                };
                AgendaItem::new(
                    Text::both(title(Lang::En), title(Lang::Cy)),
                    20,
                    Covers::Area(area.id.clone()),
                )
            }));
            if !self.risks.is_empty() {
                order.push(AgendaItem::new(both("agenda-risks"), 15, Covers::Risks));
            }
            if !self.kpis.is_empty() {
                order.push(AgendaItem::new(
                    both("minutes-performance-heading"),
                    15,
                    Covers::Kpis,
                ));
            }
            order.push(AgendaItem::new(both("agenda-other"), 5, Covers::Other));
            return order;
        }
        self.meeting
            .agenda
            .iter()
            .zip(self.agenda_covers())
            .map(|(item, covers)| AgendaItem {
                covers: Some(covers),
                ..item.clone()
            })
            .collect()
    }

    /// What each item of the pack's own agenda covers: as it says, or as its words say.
    fn agenda_covers(&self) -> Vec<Covers> {
        let names = AreaNames::of(self);
        self.meeting
            .agenda
            .iter()
            .map(|item| {
                item.covers
                    .clone()
                    .unwrap_or_else(|| names.guess(&item.item))
            })
            .collect()
    }

    /// The areas (by their place in `areas`) the pack's own agenda gives no time: no item
    /// covers them, and none covers the areas' reports. The meeting would not come to them.
    /// None when the pack has no agenda: the one made for it covers every area.
    pub fn areas_off_the_agenda(&self) -> Vec<usize> {
        if self.meeting.agenda.is_empty() {
            return Vec::new();
        }
        let names = AreaNames::of(self);
        let mut off: Vec<usize> = (0..self.areas.len()).collect();
        // Read in order until every area has its item: most agendas name them early.
        for item in &self.meeting.agenda {
            if off.is_empty() {
                break;
            }
            let guessed;
            let covers = match &item.covers {
                Some(covers) => covers,
                None => {
                    guessed = names.guess(&item.item);
                    &guessed
                }
            };
            match covers {
                Covers::Areas => return Vec::new(),
                Covers::Area(id) => off.retain(|&a| self.areas[a].id != *id),
                _ => {}
            }
        }
        off
    }
}

/// The pack's areas as an agenda item's words may name them, lower-cased once for all the
/// items read: each area's id, "area ID" and, where the pack names its areas
/// (`area_name`), "Improvement Theme ID" in each language, and its title in every language.
struct AreaNames<'p>(Vec<(&'p str, Vec<String>, Vec<String>)>);

impl<'p> AreaNames<'p> {
    fn of(pack: &'p Pack) -> AreaNames<'p> {
        let calls: Vec<String> = std::iter::once("area".to_string())
            .chain(
                pack.meeting
                    .area_name
                    .iter()
                    .flat_map(Text::versions)
                    .map(str::to_lowercase),
            )
            .collect();
        AreaNames(
            pack.areas
                .iter()
                .map(|area| {
                    let id = area.id.as_str();
                    let named = calls
                        .iter()
                        .map(|call| format!("{call} {}", id.to_lowercase()))
                        .collect();
                    let titles = area.title.versions().map(str::to_lowercase).collect();
                    (id, named, titles)
                })
                .collect(),
        )
    }

    /// What an item's words, in either language, say it covers: an area named by its id or
    /// title, the risks, the KPIs, the standing items, the areas' reports.
    fn guess(&self, words: &Text) -> Covers {
        let lower = words
            .versions()
            .collect::<Vec<_>>()
            .join("\n")
            .to_lowercase();
        let area = self.0.iter().find(|(_, named, titles)| {
            titles.iter().any(|title| lower.contains(title.as_str()))
                || named.iter().any(|named| names_area(&lower, named))
        });
        let has = |any: &[&str]| any.iter().any(|w| lower.contains(w));
        // English, then Welsh: a Welsh board writes its agenda in Welsh.
        match area {
            Some((id, ..)) => Covers::Area(id.to_string()),
            None if has(&[
                "exempt",
                "private session",
                "part ii",
                "part 2",
                "eithriedig",
                "sesiwn breifat",
                "preifat",
                "rhan 2",
                "rhan ii",
            ]) =>
            {
                Covers::Exempt
            }
            None if has(&["risk", "risg"]) => Covers::Risks,
            None if has(&[
                "performance",
                "kpi",
                "dashboard",
                "indicator",
                "perfformiad",
                "dangosydd",
            ]) =>
            {
                Covers::Kpis
            }
            None if has(&[
                "action log",
                "matters arising",
                "log gweithredu",
                "materion yn codi",
            ]) && !has(&["minutes", "cofnodion"]) =>
            {
                Covers::ActionLog
            }
            None if has(&["minutes", "cofnodion"]) => Covers::PreviousMinutes,
            None if has(&[
                "apologies",
                "welcome",
                "declaration",
                "attendance",
                "ymddiheuriadau",
                "croeso",
                "datganiad",
                "presenoldeb",
            ]) =>
            {
                Covers::Attendance
            }
            None if has(&["area", "meysydd", "maes blaenoriaeth"]) => Covers::Areas,
            None => Covers::Other,
        }
    }
}

/// Whether `words` say `named` ("area ID") with the id whole: "area 1" is not in "area 12",
/// nor "area a" in "area about".
fn names_area(words: &str, named: &str) -> bool {
    words.match_indices(named).any(|(at, _)| {
        words[at + named.len()..]
            .chars()
            .next()
            .is_none_or(|next| !next.is_alphanumeric())
    })
}

/// What the chair did with the agenda; the record stamps each with when it happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClockEvent {
    Start,
    Pause,
    Resume,
    /// The meeting moved to this agenda item (its index).
    MoveTo(usize),
    /// More minutes for an agenda item.
    Extend {
        item: usize,
        minutes: u32,
    },
    Close,
}

impl ClockEvent {
    /// How the record stores it: a word, the item and the minutes.
    pub fn stored(self) -> (&'static str, Option<i64>, Option<i64>) {
        let index = |n: usize| i64::try_from(n).ok();
        match self {
            ClockEvent::Start => ("start", None, None),
            ClockEvent::Pause => ("pause", None, None),
            ClockEvent::Resume => ("resume", None, None),
            ClockEvent::MoveTo(item) => ("move", index(item), None),
            ClockEvent::Extend { item, minutes } => ("extend", index(item), Some(minutes.into())),
            ClockEvent::Close => ("close", None, None),
        }
    }

    /// The event a stored row names, if it names one.
    pub fn parse(word: &str, item: Option<i64>, minutes: Option<i64>) -> Option<ClockEvent> {
        let item = || item.and_then(|n| usize::try_from(n).ok());
        Some(match word {
            "start" => ClockEvent::Start,
            "pause" => ClockEvent::Pause,
            "resume" => ClockEvent::Resume,
            "move" => ClockEvent::MoveTo(item()?),
            "extend" => ClockEvent::Extend {
                item: item()?,
                minutes: u32::try_from(minutes?).ok()?,
            },
            "close" => ClockEvent::Close,
            _ => return None,
        })
    }
}

/// An event as recorded: what, when (the meeting's local time), and by whom.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClockEntry {
    pub event: ClockEvent,
    pub at: NaiveDateTime,
    pub by: String,
}

/// How one agenda item is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ItemTime {
    /// Minutes allotted, extensions included.
    pub allotted: u32,
    /// Time spent on it while the clock ran.
    pub elapsed: Duration,
    /// When the meeting first came to it.
    pub reached: Option<NaiveDateTime>,
}

impl ItemTime {
    /// Allotted minus elapsed: negative once the item has overrun.
    pub fn remaining(&self) -> Duration {
        Duration::minutes(self.allotted.into()) - self.elapsed
    }
}

/// Where the meeting is by the record, at a given moment.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Clock {
    pub started: Option<NaiveDateTime>,
    pub closed: Option<NaiveDateTime>,
    pub running: bool,
    /// The agenda item under discussion (index into the running order).
    pub current: usize,
    pub items: Vec<ItemTime>,
}

impl Clock {
    /// Folds the record's events over the running order, as things stand at `now`.
    pub fn of(order: &[AgendaItem], events: &[ClockEntry], now: NaiveDateTime) -> Clock {
        let mut clock = Clock {
            items: order
                .iter()
                .map(|item| ItemTime {
                    allotted: item.minutes,
                    ..ItemTime::default()
                })
                .collect(),
            ..Clock::default()
        };
        let mut since: Option<NaiveDateTime> = None;
        for entry in events {
            let at = entry.at;
            // Time runs for the current item until whatever happens next.
            if let (Some(from), Some(item)) = (since, clock.items.get_mut(clock.current)) {
                item.elapsed += (at - from).max(Duration::zero());
            }
            since = since.map(|_| at);
            match entry.event {
                ClockEvent::Start => {
                    clock.started.get_or_insert(at);
                    clock.closed = None;
                    since = Some(at);
                    clock.reach(at);
                }
                ClockEvent::Resume if clock.started.is_some() && clock.closed.is_none() => {
                    since = Some(at);
                }
                ClockEvent::Pause => since = None,
                ClockEvent::MoveTo(to) if to < clock.items.len() => {
                    clock.current = to;
                    if since.is_some() {
                        clock.reach(at);
                    }
                }
                ClockEvent::Extend { item, minutes } => {
                    if let Some(item) = clock.items.get_mut(item) {
                        item.allotted += minutes;
                    }
                }
                ClockEvent::Close => {
                    since = None;
                    clock.closed = Some(at);
                }
                ClockEvent::Resume | ClockEvent::MoveTo(_) => {}
            }
        }
        if let (Some(from), Some(item)) = (since, clock.items.get_mut(clock.current)) {
            item.elapsed += (now - from).max(Duration::zero());
        }
        clock.running = since.is_some();
        clock
    }

    fn reach(&mut self, at: NaiveDateTime) {
        if let Some(item) = self.items.get_mut(self.current) {
            item.reached.get_or_insert(at);
        }
    }

    /// When the meeting will close if every item from now on keeps to its time.
    pub fn close_on_time(&self, now: NaiveDateTime) -> NaiveDateTime {
        let current = self
            .items
            .get(self.current)
            .map_or(Duration::zero(), |item| {
                item.remaining().max(Duration::zero())
            });
        now + current + self.after_current()
    }

    /// When it will close if what is left takes as much longer (or shorter) than allotted as
    /// the items finished so far did; `None` until they have taken five minutes.
    pub fn close_at_pace(&self, now: NaiveDateTime) -> Option<NaiveDateTime> {
        let done = &self.items[..self.current.min(self.items.len())];
        let allotted: i64 = done.iter().map(|i| i64::from(i.allotted) * 60).sum();
        let taken: i64 = done.iter().map(|i| i.elapsed.num_seconds()).sum();
        // A pace needs some minutes behind it: items passed over in seconds say nothing.
        if allotted == 0 || taken < 5 * 60 {
            return None;
        }
        let rest = self.close_on_time(now) - now;
        let scaled = rest.num_seconds() * taken / allotted;
        Some(now + Duration::seconds(scaled))
    }

    fn after_current(&self) -> Duration {
        self.items
            .iter()
            .skip(self.current + 1)
            .map(|item| Duration::minutes(item.allotted.into()))
            .sum()
    }

    /// When item `n` was due to start by the schedule, from the meeting's set start.
    pub fn scheduled_start(order: &[AgendaItem], start: NaiveDateTime, n: usize) -> NaiveDateTime {
        start
            + order
                .iter()
                .take(n)
                .map(|item| Duration::minutes(item.minutes.into()))
                .sum::<Duration>()
    }
}

/// Minutes and seconds, as a clock shows them: `12:05`, `-3:20`.
pub fn clock_face(duration: Duration) -> String {
    let seconds = duration.num_seconds();
    let sign = if seconds < 0 { "-" } else { "" };
    let seconds = seconds.abs();
    format!("{sign}{}:{:02}", seconds / 60, seconds % 60)
}

/// A duration to the nearest whole minute (negative ones too).
pub fn nearest_minute(duration: Duration) -> i64 {
    (duration.num_seconds() + 30).div_euclid(60)
}

/// How an item stands, in words (never colour alone).
pub fn standing(item: &ItemTime, lang: Lang) -> String {
    let remaining = item.remaining();
    let minutes = (remaining.num_seconds().abs() + 59) / 60;
    if remaining <= Duration::zero() {
        if remaining == Duration::zero() {
            t!(lang, "clock-time-up")
        } else {
            t!(lang, "clock-over-by", minutes = minutes)
        }
    } else if remaining < Duration::minutes(2) {
        t!(lang, "clock-nearly-out", minutes = minutes)
    } else {
        t!(lang, "clock-left", minutes = minutes)
    }
}

/// A moment on the Powys meeting's day (23 November 2017), for tests on a fake clock.
#[cfg(test)]
pub(crate) fn at(hh: u32, mm: u32) -> NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2017, 11, 23)
        .and_then(|day| day.and_hms_opt(hh, mm, 0))
        .expect("a time of day")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order() -> Vec<AgendaItem> {
        [("Welcome", 5), ("Area A", 25), ("Risks", 15)]
            .into_iter()
            .map(|(item, minutes)| AgendaItem::new(item.into(), minutes, Covers::Other))
            .collect()
    }

    fn entry(event: ClockEvent, hh: u32, mm: u32) -> ClockEntry {
        ClockEntry {
            event,
            at: at(hh, mm),
            by: "chair".into(),
        }
    }

    /// What an agenda item covers is read from its words in English or in Welsh, and from
    /// either version of a bilingual item.
    #[test]
    fn an_items_words_in_either_language_say_what_it_covers() {
        let source =
            crate::pack::Source::new("minimal.ron", include_str!("../../packs/minimal.ron"));
        let pack = crate::pack::parse(source).expect("the minimal pack").pack;
        let names = AreaNames::of(&pack);
        for (words, covers) in [
            ("Croeso ac ymddiheuriadau", Covers::Attendance),
            ("Datganiadau o fuddiant", Covers::Attendance),
            ("Cofnodion y cyfarfod diwethaf", Covers::PreviousMinutes),
            ("Materion yn codi", Covers::ActionLog),
            ("Log gweithredu", Covers::ActionLog),
            ("Cofrestr risgiau'r rhaglen", Covers::Risks),
            ("Dangosyddion perfformiad", Covers::Kpis),
            ("Sesiwn breifat: busnes eithriedig", Covers::Exempt),
            ("Adroddiadau'r meysydd blaenoriaeth", Covers::Areas),
            ("Priority area reports", Covers::Areas),
            ("Priority area 1", Covers::Area("1".into())),
            ("Priority area 12", Covers::Areas),
            ("Report on priority area 1.", Covers::Area("1".into())),
            ("Unrhyw fater arall", Covers::Other),
            ("Presentation from the Youth Forum", Covers::Other),
        ] {
            assert_eq!(names.guess(&Text::plain(words)), covers, "{words}");
        }
        let bilingual = Text::both("Item 4", "Cofrestr risg");
        assert_eq!(names.guess(&bilingual), Covers::Risks);
        // A board that calls its areas something else is read by that name, in either
        // language.
        let mut pack = pack;
        pack.meeting.area_name = Some(Text::both("Improvement Theme", "Thema Gwella"));
        let names = AreaNames::of(&pack);
        for words in ["Improvement Theme 1", "Thema Gwella 1: adroddiad"] {
            assert_eq!(
                names.guess(&Text::plain(words)),
                Covers::Area("1".into()),
                "{words}"
            );
        }
        assert_eq!(
            names.guess(&Text::plain("Improvement Theme 12")),
            Covers::Other
        );
    }

    #[test]
    fn an_area_no_agenda_item_covers_is_off_the_agenda() {
        let source = crate::pack::Source::new(
            "powys.ron",
            include_str!("../../packs/powys-children-2017.ron"),
        );
        let mut pack = crate::pack::parse(source).expect("the Powys pack").pack;
        assert!(
            pack.areas_off_the_agenda().is_empty(),
            "Powys's agenda has A-D"
        );
        let item = |words: &str, covers: Option<Covers>| AgendaItem {
            item: Text::plain(words),
            minutes: 10,
            covers,
        };
        pack.meeting.agenda = vec![
            item("Welcome", None),
            // Placed by its words, and by what it says it covers.
            item("Priority Improvement Area A: Leadership", None),
            item("Children's voices", Some(Covers::Area("D".into()))),
            item("Risks", None),
        ];
        let off: Vec<&str> = pack
            .areas_off_the_agenda()
            .into_iter()
            .map(|a| pack.areas[a].id.as_str())
            .collect();
        assert_eq!(off, ["B", "C"]);
        pack.meeting
            .agenda
            .push(item("Reports on the priority areas", None));
        assert!(
            pack.areas_off_the_agenda().is_empty(),
            "an item for the areas' reports takes every other area"
        );
        pack.meeting.agenda.clear();
        assert!(
            pack.areas_off_the_agenda().is_empty(),
            "the agenda made for a pack without one covers every area"
        );
    }

    #[test]
    fn time_runs_for_the_current_item_only_while_the_clock_runs() {
        let events = [
            entry(ClockEvent::Start, 10, 2),
            entry(ClockEvent::MoveTo(1), 10, 9),
            entry(ClockEvent::Pause, 10, 20),
            entry(ClockEvent::Resume, 10, 30),
        ];
        let clock = Clock::of(&order(), &events, at(10, 40));
        assert_eq!(clock.started, Some(at(10, 2)));
        assert!(clock.running);
        assert_eq!(clock.current, 1);
        assert_eq!(clock.items[0].elapsed, Duration::minutes(7), "over by two");
        assert_eq!(standing(&clock.items[0], Lang::En), "over by 2 min");
        assert_eq!(
            clock.items[1].elapsed,
            Duration::minutes(21),
            "the pause not counted"
        );
        assert_eq!(standing(&clock.items[1], Lang::En), "4 min left");
        assert_eq!(clock.items[1].reached, Some(at(10, 9)));
        assert_eq!(
            clock.items[2],
            ItemTime {
                allotted: 15,
                ..ItemTime::default()
            }
        );
    }

    #[test]
    fn an_overrun_an_extension_and_the_forecast_close() {
        let events = [
            entry(ClockEvent::Start, 10, 0),
            entry(ClockEvent::MoveTo(1), 10, 10),
            entry(
                ClockEvent::Extend {
                    item: 1,
                    minutes: 1,
                },
                10,
                30,
            ),
        ];
        let now = at(10, 34);
        let clock = Clock::of(&order(), &events, now);
        assert_eq!(clock.items[1].allotted, 26);
        assert_eq!(standing(&clock.items[1], Lang::En), "2 min left");
        let nearly = Clock::of(&order(), &events, at(10, 35));
        assert_eq!(
            standing(&nearly.items[1], Lang::En),
            "nearly out of time: 1 min left"
        );
        let over = Clock::of(&order(), &events, at(10, 37));
        assert_eq!(standing(&over.items[1], Lang::En), "over by 1 min");
        assert_eq!(clock_face(over.items[1].remaining()), "-1:00");
        // On time from here: 2 minutes of A, then 15 of risks.
        assert_eq!(clock.close_on_time(now), at(10, 51));
        // Welcome took 10 minutes for 5: the rest at that pace takes twice as long.
        assert_eq!(clock.close_at_pace(now), Some(at(11, 8)));
    }

    #[test]
    fn paused_closed_and_never_started() {
        let none = Clock::of(&order(), &[], at(9, 0));
        assert!(!none.running && none.started.is_none());
        assert_eq!(none.items[0].elapsed, Duration::zero());
        let events = [
            entry(ClockEvent::Start, 10, 0),
            entry(ClockEvent::Pause, 10, 3),
            entry(ClockEvent::Close, 10, 5),
            entry(ClockEvent::Resume, 10, 6),
        ];
        let closed = Clock::of(&order(), &events, at(11, 0));
        assert_eq!(closed.closed, Some(at(10, 5)));
        assert!(!closed.running, "a closed meeting does not resume");
        assert_eq!(closed.items[0].elapsed, Duration::minutes(3));
    }

    #[test]
    fn stored_events_read_back_as_themselves() {
        for event in [
            ClockEvent::Start,
            ClockEvent::Pause,
            ClockEvent::Resume,
            ClockEvent::MoveTo(3),
            ClockEvent::Extend {
                item: 2,
                minutes: 5,
            },
            ClockEvent::Close,
        ] {
            let (word, item, minutes) = event.stored();
            assert_eq!(ClockEvent::parse(word, item, minutes), Some(event));
        }
        assert_eq!(ClockEvent::parse("rewind", None, None), None);
    }
}
