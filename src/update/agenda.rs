//! The agenda and its clock: the chair moves the meeting from item to item and keeps time;
//! everyone else's screen follows the chair, unless they chose to browse.

use super::{Effect, go, send};
use crate::action::Action;
use crate::locale;
use crate::model::{ClockEvent, Role};
use crate::state::State;
use crate::store::Write;
use crate::t;

/// The chair's agenda keys, as writes to the record; the chair's own screen goes to the
/// item at once.
pub fn keep_time(state: &mut State, action: &Action) -> Vec<Effect> {
    let clock = state.clock();
    let last = state.order.len().saturating_sub(1);
    let at = state.moving_to.unwrap_or(clock.current);
    let event = match action {
        Action::NextItem if at < last => ClockEvent::MoveTo(at + 1),
        Action::PrevItem if at > 0 => ClockEvent::MoveTo(at - 1),
        Action::NextItem => return said(state, "agenda-last-item"),
        Action::PrevItem => return said(state, "agenda-first-item"),
        Action::StartPause if clock.started.is_none() || clock.closed.is_some() => {
            ClockEvent::Start
        }
        Action::StartPause if clock.running => ClockEvent::Pause,
        Action::StartPause => ClockEvent::Resume,
        Action::OneMoreMinute | Action::FiveMoreMinutes if clock.started.is_none() => {
            return said(state, "agenda-start-first");
        }
        Action::OneMoreMinute => ClockEvent::Extend {
            item: clock.current,
            minutes: 1,
        },
        Action::FiveMoreMinutes => ClockEvent::Extend {
            item: clock.current,
            minutes: 5,
        },
        Action::CloseMeeting if clock.closed.is_some() => {
            return said(state, "agenda-already-closed");
        }
        Action::CloseMeeting => ClockEvent::Close,
        _ => return Vec::new(),
    };
    if let ClockEvent::MoveTo(item) = event {
        let screen = state.screen_for(item);
        go(state, screen);
        state.agenda_cursor = item;
        state.moving_to = Some(item);
    }
    vec![send(state, Write::KeepTime(event)).1]
}

/// Tells the chair why nothing happened: `message` is the catalogue's id for it.
fn said(state: &mut State, message: &str) -> Vec<Effect> {
    state.status = Some(locale::message(state.lang, message, None));
    Vec::new()
}

/// Follow the chair, or browse freely; following again goes to where the meeting is.
pub fn follow(state: &mut State) {
    if state.actor.role == Role::Chair {
        state.status = Some(t!(state.lang, "agenda-chair-leads"));
        return;
    }
    state.following = !state.following;
    if state.following {
        let clock = state.clock();
        if clock.started.is_some() {
            let screen = state.screen_for(clock.current);
            go(state, screen);
            state.agenda_cursor = clock.current;
        }
        state.status = Some(t!(state.lang, "agenda-following"));
    } else {
        state.status = Some(t!(state.lang, "agenda-browsing"));
    }
}

/// After the record was read: if the chair moved the meeting, a following screen goes too.
pub fn moved(state: &mut State) {
    let clock = state.clock();
    if state.moving_to == Some(clock.current) {
        state.moving_to = None;
    }
    let at = clock.started.map(|_| clock.current);
    if at == state.meeting_at {
        return;
    }
    state.meeting_at = at;
    if let Some(item) = at
        && state.following
        && state.actor.role != Role::Chair
        && state.overlays.is_empty()
    {
        let screen = state.screen_for(item);
        go(state, screen);
        state.agenda_cursor = item;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::action::Action;
    use crate::keymap::Keymap;
    use crate::model::{Actor, ClockEntry, at};
    use crate::state::{Screen, ThemeName};
    use crate::store::{Reply, Write};
    use crate::update::update;
    use chrono::NaiveDateTime;

    /// The Powys pack, as `id` in `role`, at 10:00 by a fake clock.
    fn someone(id: &str, role: Role) -> State {
        let source = crate::pack::Source::new(
            "powys.ron",
            include_str!("../../packs/powys-children-2017.ron"),
        );
        let pack = crate::pack::parse(source).unwrap().pack;
        let actor = Actor {
            id: id.into(),
            role,
        };
        let mut state = State::new(pack, Keymap::load(&[]).unwrap(), ThemeName::Standard, actor);
        update(&mut state, Action::Clock(at(10, 0)));
        state
    }

    /// What the record would hold after `events`, read back as the worker sends it.
    fn recorded(state: &mut State, events: &[(ClockEvent, NaiveDateTime)]) {
        let mut snapshot = state.record.clone();
        snapshot.clock = events
            .iter()
            .map(|&(event, at)| ClockEntry {
                event,
                at,
                by: "chair".into(),
            })
            .collect();
        update(
            state,
            Action::Record(Box::new(Reply::Read(Ok(Box::new(snapshot))))),
        );
    }

    /// The record's answers to `effects`: each stored.
    fn stored(state: &mut State, effects: &[Effect]) {
        for effect in effects {
            if let Effect::Record { id, write } = effect {
                let reply = Reply::Written {
                    id: *id,
                    write: write.clone(),
                    result: Ok(crate::store::Stored::Done),
                };
                update(state, Action::Record(Box::new(reply)));
            }
        }
    }

    fn written(effects: &[Effect]) -> Vec<ClockEvent> {
        effects
            .iter()
            .filter_map(|effect| match effect {
                Effect::Record {
                    write: Write::KeepTime(event),
                    ..
                } => Some(*event),
                _ => None,
            })
            .collect()
    }

    /// The areas' reports, one agenda item, go to the first area without an item of its own.
    #[test]
    fn the_areas_reports_go_to_the_first_area_not_on_the_agenda_by_itself() {
        let screen = |items: &[&str], n: usize| {
            let mut pack = someone("chair", Role::Chair).pack;
            pack.meeting.agenda = items
                .iter()
                .map(|item| crate::model::AgendaItem {
                    item: crate::model::Text::plain(*item),
                    minutes: 10,
                    covers: None,
                })
                .collect();
            let actor = Actor {
                id: "chair".into(),
                role: Role::Chair,
            };
            State::new(pack, Keymap::load(&[]).unwrap(), ThemeName::Standard, actor).screen_for(n)
        };
        assert_eq!(
            screen(&["Welcome", "Priority area reports"], 1),
            Screen::Area(0)
        );
        assert_eq!(
            screen(&["Priority area A", "Priority area reports"], 1),
            Screen::Area(1)
        );
    }

    #[test]
    fn the_chairs_keys_become_the_clocks_events_by_what_the_record_says() {
        let mut chair = someone("chair", Role::Chair);
        assert_eq!(
            written(&update(&mut chair, Action::StartPause)),
            [ClockEvent::Start]
        );
        recorded(&mut chair, &[(ClockEvent::Start, at(10, 2))]);
        update(&mut chair, Action::Clock(at(10, 5)));
        assert_eq!(
            written(&update(&mut chair, Action::StartPause)),
            [ClockEvent::Pause]
        );
        assert_eq!(
            written(&update(&mut chair, Action::NextItem)),
            [ClockEvent::MoveTo(1)]
        );
        assert_eq!(
            chair.screen,
            Screen::ActionLog,
            "the minutes of the last meeting and matters arising"
        );
        assert_eq!(
            written(&update(&mut chair, Action::FiveMoreMinutes)),
            [ClockEvent::Extend {
                item: 0,
                minutes: 5
            }]
        );
        // Keys step on from where the chair sent the meeting, before the record says so.
        let back = update(&mut chair, Action::PrevItem);
        assert_eq!(written(&back), [ClockEvent::MoveTo(0)]);
        assert!(written(&update(&mut chair, Action::PrevItem)).is_empty());
        assert_eq!(
            chair.status.as_deref(),
            Some("this is the first agenda item")
        );
        stored(&mut chair, &back);
        recorded(
            &mut chair,
            &[
                (ClockEvent::Start, at(10, 2)),
                (ClockEvent::MoveTo(6), at(11, 50)),
                (ClockEvent::Pause, at(11, 55)),
            ],
        );
        assert_eq!(
            written(&update(&mut chair, Action::StartPause)),
            [ClockEvent::Resume]
        );
        assert_eq!(
            written(&update(&mut chair, Action::NextItem)),
            [ClockEvent::MoveTo(7)]
        );
        assert_eq!(
            chair.screen,
            Screen::Kpis,
            "item 8 is the performance dashboard"
        );
        assert_eq!(
            written(&update(&mut chair, Action::CloseMeeting)),
            [ClockEvent::Close]
        );
    }

    #[test]
    fn a_member_may_not_keep_time_and_follows_the_chair_unless_browsing() {
        let mut member = someone("former-director", Role::Member);
        assert!(
            update(&mut member, Action::NextItem).is_empty(),
            "the chair's"
        );
        recorded(&mut member, &[(ClockEvent::Start, at(10, 2))]);
        assert_eq!(member.screen, Screen::Attendance, "welcome and apologies");
        recorded(
            &mut member,
            &[
                (ClockEvent::Start, at(10, 2)),
                (ClockEvent::MoveTo(6), at(11, 50)),
            ],
        );
        assert_eq!(
            member.screen,
            Screen::Risks,
            "the chair moved to the risk register"
        );

        update(&mut member, Action::Follow);
        assert!(!member.following);
        update(&mut member, Action::Overview);
        recorded(
            &mut member,
            &[
                (ClockEvent::Start, at(10, 2)),
                (ClockEvent::MoveTo(6), at(11, 50)),
                (ClockEvent::MoveTo(7), at(12, 5)),
            ],
        );
        assert_eq!(member.screen, Screen::Overview, "browsing stays put");
        update(&mut member, Action::Follow);
        assert_eq!(
            member.screen,
            Screen::Kpis,
            "following again goes to the meeting"
        );
    }
}
