//! Where a meeting's record is: a file beside the pack (SQLite, the default), or a
//! PostgreSQL server named by a `postgres://` URL. Everything that opens a record opens it
//! here, so the app and the minutes never ask which kind it is.

use super::{
    Opened, PackIdentity, PostgresStore, RecordName, RecordStore, Result, SqliteStore, Target,
    is_url,
};
use crate::model::{Meeting, Role};
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
