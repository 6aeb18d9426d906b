//! Where a meeting's record is: a file beside the pack (SQLite, the default), or a
//! PostgreSQL server named by a `postgres://` URL. Everything that opens a record opens it
//! here, so the app and the minutes never ask which kind it is.

use super::{
    Opened, PackIdentity, PostgresStore, RecordName, RecordStore, Result, SqliteStore, Target,
    is_url,
};
use crate::model::{Meeting, RecordSnapshot, Role};
use std::path::{Path, PathBuf};

pub enum Location {
    File(PathBuf),
    Server(Box<Target>),
}

/// An open record, and who the server says logged in (a file has no logins).
pub struct OpenRecord {
    pub store: Box<dyn RecordStore>,
    pub opened: Opened,
    pub login: Option<(String, Role)>,
}

impl Location {
    /// `--record` as given, or the file beside `pack` (`powys.ron` → `powys.record.db`).
    pub fn parse(given: Option<&str>, pack: &Path) -> Result<Location> {
        match given {
            Some(url) if is_url(url) => Ok(Location::Server(Box::new(Target::parse(url)?))),
            Some(path) => Ok(Location::File(PathBuf::from(path))),
            None => Ok(Location::File(pack.with_extension("record.db"))),
        }
    }

    /// For messages: the file, or the server, database and role (never a password).
    pub fn describe(&self) -> String {
        match self {
            Location::File(path) => path.display().to_string(),
            Location::Server(target) => target.describe(),
        }
    }

    /// `err` with where it happened, said once, in `lang`.
    pub fn explain(&self, err: &super::StoreError, lang: crate::locale::Lang) -> String {
        let message = err.describe(lang);
        match self {
            Location::Server(target) if message.contains(&target.describe()) => message,
            _ => format!("{}: {message}", self.describe()),
        }
    }

    /// Whether a meeting may already have written here: a file must exist; a server's record
    /// is made by `db init` before anyone joins.
    pub fn may_hold_a_meeting(&self) -> bool {
        match self {
            Location::File(path) => path.exists(),
            Location::Server(_) => true,
        }
    }

    /// The record as it stands, read on another thread while a command reads its pack: a
    /// record file in this boardpack's format only, opened to be read and never written
    /// (`SqliteStore::for_reading`), so nothing is written to it before the pack has passed
    /// its checks. `None` for a server's record.
    pub fn read_beside(&self) -> Option<ReadBeside> {
        let Location::File(path) = self else {
            return None;
        };
        let path = path.clone();
        Some(ReadBeside(Some(std::thread::spawn(move || {
            // The minutes hold no one's private notes: read as nobody in particular.
            SqliteStore::for_reading(&path)?.snapshot("").ok()
        }))))
    }

    pub fn open(&self, meeting: &Meeting, pack: &PackIdentity) -> Result<OpenRecord> {
        match self {
            Location::File(path) => {
                let (store, opened) = SqliteStore::open(path, pack)?;
                Ok(OpenRecord {
                    store: Box::new(store),
                    opened,
                    login: None,
                })
            }
            Location::Server(target) => {
                let (store, opened) = PostgresStore::open(
                    (**target).clone(),
                    RecordName::of(meeting),
                    pack,
                    &state_dir(),
                )?;
                Ok(OpenRecord {
                    login: store.member().cloned(),
                    store: Box::new(store),
                    opened,
                })
            }
        }
    }
}

/// A record being read on another thread (`Location::read_beside`). Dropped unread, it
/// waits for the reading to end, so the record is closed before the command exits.
pub struct ReadBeside(Option<std::thread::JoinHandle<Option<RecordSnapshot>>>);

impl ReadBeside {
    /// The record as it was read; `None` when it was not one to read this way, and `open`
    /// will say why.
    pub fn snapshot(mut self) -> Option<RecordSnapshot> {
        self.0.take()?.join().ok().flatten()
    }
}

impl Drop for ReadBeside {
    fn drop(&mut self) {
        if let Some(reading) = self.0.take() {
            let _ = reading.join();
        }
    }
}

/// Where this machine keeps what must outlive a lost connection (drafts):
/// `$XDG_STATE_HOME/boardpack`, else `~/.local/state/boardpack`.
pub fn state_dir() -> PathBuf {
    let home = || std::env::var_os("HOME").map(PathBuf::from);
    std::env::var_os("XDG_STATE_HOME")
        .filter(|dir| !dir.is_empty())
        .map(PathBuf::from)
        .or_else(|| home().map(|home| home.join(".local").join("state")))
        .unwrap_or_else(std::env::temp_dir)
        .join("boardpack")
}
