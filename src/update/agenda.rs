//! The agenda and its clock: the chair moves the meeting from item to item and keeps time;
//! everyone else's screen follows the chair, unless they chose to browse.

use super::{Effect, go, send};
use crate::action::Action;
use crate::model::{ClockEvent, Role};
use crate::state::State;
use crate::store::Write;

/// The chair's agenda keys, as writes to the record; the chair's own screen goes to the
/// item at once.
pub fn keep_time(state: &mut State, action: &Action) -> Vec<Effect> {
    let clock = state.clock();
    let last = state.order.len().saturating_sub(1);
    let event = match action {
        Action::NextItem if clock.current < last => ClockEvent::MoveTo(clock.current + 1),
        Action::PrevItem if clock.current > 0 => ClockEvent::MoveTo(clock.current - 1),
        Action::NextItem => return said(state, "this is the last agenda item"),
        Action::PrevItem => return said(state, "this is the first agenda item"),
        Action::StartPause if clock.started.is_none() || clock.closed.is_some() => {
            ClockEvent::Start
        }
        Action::StartPause if clock.running => ClockEvent::Pause,
        Action::StartPause => ClockEvent::Resume,
        Action::OneMoreMinute | Action::FiveMoreMinutes if clock.started.is_none() => {
            return said(state, "start the meeting first (space on the agenda)");
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
            return said(state, "the meeting is already closed");
        }
        Action::CloseMeeting => ClockEvent::Close,
        _ => return Vec::new(),
    };
    if let ClockEvent::MoveTo(item) = event {
        let screen = state.screen_for(item);
        go(state, screen);
        state.agenda_cursor = item;
    }
    vec![send(state, Write::KeepTime(event)).1]
}

fn said(state: &mut State, message: &str) -> Vec<Effect> {
    state.status = Some(message.into());
    Vec::new()
}

/// Follow the chair, or browse freely; following again goes to where the meeting is.
pub fn follow(state: &mut State) {
    if state.actor.role == Role::Chair {
        state.status = Some("the chair leads: members' screens follow yours".into());
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
        state.status = Some("following the chair: your screen goes where the meeting goes".into());
    } else {
        state.status = Some("browsing freely: f follows the chair again".into());
    }
}

/// After the record was read: if the chair moved the meeting, a following screen goes too.
pub fn moved(state: &mut State) {
    let clock = state.clock();
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
