//! The record on a thread of its own. The screen sends requests and never waits: a locked
//! SQLite file or a slow network round trip delays the answer, not the next frame. Every
//! request is answered exactly once, and a write's answer carries the id it was sent with,
//! so it finds the editor or form that asked for it whatever is on screen by then.

use super::{RecordStore, Result, Stored, Write};
use crate::model::{Actor, RecordSnapshot};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// Names a write, so its answer can be matched to whoever asked.
pub type RequestId = u64;

/// What the worker reports.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// A write was stored or refused.
    Written {
        id: RequestId,
        write: Write,
        result: Result<Stored>,
    },
    /// The record as the viewer may now see it: after a write, or after someone else's.
    Read(Result<Box<RecordSnapshot>>),
    /// A `refresh` has been done (and any change found was sent as `Read` before this).
    Refreshed,
}

enum Request {
    Write(RequestId, Write),
    Refresh,
}

/// Owns the store on its own thread until dropped; dropping it finishes every request
/// already sent (a last draft included) before the thread ends.
pub struct RecordWorker {
    requests: Option<Sender<Request>>,
    thread: Option<JoinHandle<()>>,
}

impl RecordWorker {
    /// Starts the worker. It looks for other people's changes every `poll` and hands each
    /// reply to `reply`. Writes are made even when nobody listens any more.
    pub fn spawn(
        store: Box<dyn RecordStore>,
        actor: Actor,
        poll: Duration,
        reply: impl Fn(Reply) + Send + 'static,
    ) -> RecordWorker {
        let (requests, inbox) = mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("record".into())
            .spawn(move || serve(store, &actor, poll, &inbox, &reply))
            .ok();
        RecordWorker {
            requests: Some(requests),
            thread,
        }
    }

    /// Queues a write; its `Reply::Written` comes back with `id`.
    pub fn write(&self, id: RequestId, write: Write) -> bool {
        self.send(Request::Write(id, write))
    }

    /// Asks the worker to look for other people's changes now rather than at its next poll.
    pub fn refresh(&self) -> bool {
        self.send(Request::Refresh)
    }

    /// False when the worker has gone (its thread could not start or ended).
    fn send(&self, request: Request) -> bool {
        self.requests
            .as_ref()
            .is_some_and(|requests| requests.send(request).is_ok())
    }
}

impl Drop for RecordWorker {
    fn drop(&mut self) {
        // Closing the channel ends the worker once it has answered everything queued.
        self.requests.take();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn serve(
    mut store: Box<dyn RecordStore>,
    actor: &Actor,
    poll: Duration,
    inbox: &Receiver<Request>,
    reply: &dyn Fn(Reply),
) {
    let mut polled = Instant::now();
    loop {
        let wait = poll.saturating_sub(polled.elapsed());
        match inbox.recv_timeout(wait) {
            Ok(Request::Write(id, write)) => {
                let result = write.apply(store.as_mut(), actor);
                // Drafts change nothing anyone sees; anything else, or a failure, is re-read
                // so the screen shows what is stored now.
                // The fresh record goes first, so the screen shows it as it says "saved".
                if !write.is_draft() || result.is_err() {
                    // What this read shows counts as seen: the next poll does not read it again.
                    let _ = store.changed();
                    reply(Reply::Read(store.snapshot(&actor.id).map(Box::new)));
                }
                reply(Reply::Written { id, write, result });
            }
            Ok(Request::Refresh) => {
                if let Some(changed) = look_for_changes(&mut store, actor) {
                    reply(changed);
                }
                reply(Reply::Refreshed);
            }
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => return,
        }
        // Steady requests (a draft every quarter second) must not starve the poll.
        if polled.elapsed() >= poll {
            polled = Instant::now();
            if let Some(changed) = look_for_changes(&mut store, actor) {
                reply(changed);
            }
        }
    }
}

/// A fresh read if anyone has written since the last one, or why the record cannot be read.
fn look_for_changes(store: &mut Box<dyn RecordStore>, actor: &Actor) -> Option<Reply> {
    match store.changed() {
        Ok(true) => Some(Reply::Read(store.snapshot(&actor.id).map(Box::new))),
        Ok(false) => None,
        Err(err) => Some(Reply::Read(Err(err))),
    }
}
