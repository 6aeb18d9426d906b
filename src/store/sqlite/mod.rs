//! The record in SQLite: WAL, FULL sync and immediate transactions, so a change is on disk
//! before anyone is told it is saved, several processes can write at once, and a killed
//! process loses nothing it acknowledged.

mod record;

use super::{Damage, Loss, Opened, PackIdentity, Refused, Result, Setup, StoreError, now};
use crate::model::{ItemKind, ItemRef};
use rusqlite::{Connection, ErrorCode, OpenFlags, OptionalExtension, TransactionBehavior, params};
use std::path::Path;
use std::time::Duration;

const SCHEMA: &str = include_str!("../schema.sql");
const FORMAT: &str = "boardpack meeting record";
/// The record format this boardpack writes; older ones are brought up to date on opening,
/// newer ones refused.
const SCHEMA_VERSION: u32 = 2;
/// The tables of format 1, in an order whose rows can be copied one table after another
/// with the triggers in force (participants before what they wrote).
const FORMAT_1_TABLES: [&str; 11] = [
    "pack_issues",
    "participants",
    "notes",
    "note_history",
    "ratings",
    "rating_history",
    "actions_arising",
    "attendance",
    "guests",
    "declarations",
    "drafts",
];
/// How long a writer waits for another to finish before saying the record is locked.
const BUSY_WAIT: Duration = Duration::from_secs(5);

pub struct SqliteStore {
    connection: Connection,
    seen_version: i64,
    /// The file opened, and which file it was (device, inode): SQLite goes on writing to a
    /// file deleted or replaced underneath it, where nobody will ever read the writes.
    path: std::path::PathBuf,
    file: (u64, u64),
}

/// The first bytes of every SQLite database.
const SQLITE_HEADER: &[u8] = b"SQLite format 3\0";

fn error(err: rusqlite::Error) -> StoreError {
    match &err {
        rusqlite::Error::SqliteFailure(failure, message) => match failure.code {
            ErrorCode::ConstraintViolation => StoreError::NotAllowed(match message {
                Some(words) => Refused::from_record(words),
                None => Refused::Record(String::new()),
            }),
            ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => StoreError::Locked,
            ErrorCode::ReadOnly => StoreError::ReadOnly,
            ErrorCode::DiskFull => StoreError::DiskFull,
            ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt => {
                StoreError::Damaged(Damage::Detail(err.to_string()))
            }
            ErrorCode::CannotOpen => StoreError::Setup(Setup::CannotOpen(err.to_string())),
            _ => StoreError::Other(err.to_string()),
        },
        rusqlite::Error::FromSqlConversionFailure(_, _, why) => {
            StoreError::Damaged(Damage::Unreadable(why.to_string()))
        }
        _ => StoreError::Other(err.to_string()),
    }
}

/// A stored word read back as the value it names; anything else is a row that does not map,
/// reported as such rather than read as some default.
fn parsed<T>(
    column: usize,
    text: String,
    parse: impl Fn(&str) -> Option<T>,
) -> rusqlite::Result<T> {
    parse(&text).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            column,
            rusqlite::types::Type::Text,
            format!("{text:?} is not a value boardpack knows").into(),
        )
    })
}

fn item_of(r: &rusqlite::Row, kind: usize, id: usize) -> rusqlite::Result<ItemRef> {
    Ok(ItemRef {
        kind: parsed(kind, r.get(kind)?, ItemKind::parse)?,
        id: r.get(id)?,
    })
}

impl SqliteStore {
    /// Opens the record at `path`, creating it (readable by its owner only) if need be.
    pub fn open(path: &Path, pack: &PackIdentity) -> Result<(SqliteStore, Opened)> {
        super::access::check(path)?;
        // An empty file is a record that lost everything (truncated, or copied half-way),
        // never a new meeting to start in silence — unless another boardpack created it a
        // moment ago and is writing its first page now (two people joining a new meeting).
        if empty_for_good(path) {
            return Err(StoreError::Damaged(Damage::Empty));
        }
        create_private(path)?;
        let connection = Connection::open(path).map_err(error)?;
        connection.busy_timeout(BUSY_WAIT).map_err(error)?;
        // WAL lets readers and one writer work at once; FULL syncs each commit to disk.
        // Switching a new file to WAL answers "busy" at once, without the busy wait, while
        // another boardpack is doing the same: try again for as long as a lock is waited for.
        let started = std::time::Instant::now();
        loop {
            match connection
                .pragma_update(None, "journal_mode", "WAL")
                .map_err(error)
            {
                Err(StoreError::Locked) if started.elapsed() < BUSY_WAIT => {
                    std::thread::sleep(Duration::from_millis(10));
                }
                other => break other?,
            }
        }
        connection
            .pragma_update(None, "synchronous", "FULL")
            .map_err(error)?;
        let mut store = SqliteStore {
            connection,
            seen_version: 0,
            path: path.to_path_buf(),
            file: file_identity(path)?,
        };
        let opened = store.initialise(pack)?;
        store.seen_version = store.data_version()?;
        Ok((store, opened))
    }

    /// The record at `path` opened to be read and never written, when it is a record in
    /// this boardpack's format: for reading it beside its pack, before the pack has passed
    /// its checks and anything may be written to the record. `None` for anything else
    /// (missing, empty, older, newer, damaged, not a record), which `open` then explains or
    /// brings up to date. Read-write but for queries only, rather than SQLite's read-only
    /// mode: closing it then removes the shared-memory and write-ahead files it needed, as
    /// every other connection's closing does.
    pub fn for_reading(path: &Path) -> Option<SqliteStore> {
        super::access::check(path).ok()?;
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let connection = Connection::open_with_flags(path, flags).ok()?;
        connection.pragma_update(None, "query_only", true).ok()?;
        connection.busy_timeout(BUSY_WAIT).ok()?;
        let meta = |key: &str| -> Option<String> {
            connection
                .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
                .ok()
        };
        if meta("format")? != FORMAT || meta("schema_version")? != SCHEMA_VERSION.to_string() {
            return None;
        }
        Some(SqliteStore {
            seen_version: 0,
            path: path.to_path_buf(),
            file: file_identity(path).ok()?,
            connection,
        })
    }

    fn initialise(&mut self, pack: &PackIdentity) -> Result<Opened> {
        let tx = self
            .connection
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(error)?;
        let tables: i64 = tx
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'",
                [],
                |r| r.get(0),
            )
            .map_err(error)?;
        let format: Option<String> = if tables == 0 {
            None
        } else {
            tx.query_row("SELECT value FROM meta WHERE key = 'format'", [], |r| {
                r.get(0)
            })
            .optional()
            .map_err(|_| StoreError::Damaged(Damage::NotARecord))?
        };
        if tables > 0 && format.as_deref() != Some(FORMAT) {
            return Err(StoreError::Damaged(Damage::NotARecord));
        }
        if tables > 0 {
            let version: Option<String> = tx
                .query_row(
                    "SELECT value FROM meta WHERE key = 'schema_version'",
                    [],
                    |r| r.get(0),
                )
                .optional()
                .map_err(error)?;
            let version: u32 = version
                .and_then(|v| v.parse().ok())
                .ok_or(StoreError::Damaged(Damage::NoFormat))?;
            if version > SCHEMA_VERSION {
                return Err(StoreError::TooNew {
                    found: version,
                    known: SCHEMA_VERSION,
                });
            }
            if version < 2 {
                add_checks(&tx).map_err(|err| {
                    StoreError::Damaged(Damage::NotUpgraded {
                        format: SCHEMA_VERSION,
                        why: err.to_string(),
                    })
                })?;
            }
        }
        tx.execute_batch(SCHEMA).map_err(error)?;
        let previous: Option<String> = tx
            .query_row(
                "SELECT value FROM meta WHERE key = 'pack_fingerprint'",
                [],
                |r| r.get(0),
            )
            .optional()
            .map_err(error)?;
        let set = |key: &str, value: &str| {
            tx.execute("INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = ?2", params![key, value])
        };
        let opened = match previous {
            None => Opened::Created,
            Some(fingerprint) if fingerprint == pack.fingerprint => Opened::Resumed,
            Some(fingerprint) => {
                let name: String = tx
                    .query_row(
                        "SELECT name FROM pack_issues WHERE fingerprint = ?1",
                        [&fingerprint],
                        |r| r.get(0),
                    )
                    .optional()
                    .map_err(error)?
                    .unwrap_or(fingerprint);
                Opened::PackReissued { previous: name }
            }
        };
        set("format", FORMAT).map_err(error)?;
        set("schema_version", &SCHEMA_VERSION.to_string()).map_err(error)?;
        set("pack_fingerprint", &pack.fingerprint).map_err(error)?;
        tx.execute(
            "INSERT OR IGNORE INTO pack_issues (fingerprint, name, first_seen) VALUES (?1, ?2, ?3)",
            params![pack.fingerprint, pack.name, now()],
        )
        .map_err(error)?;
        tx.commit().map_err(error)?;
        Ok(opened)
    }

    fn data_version(&self) -> Result<i64> {
        self.connection
            .pragma_query_value(None, "data_version", |r| r.get(0))
            .map_err(error)
    }

    /// SQLite's own check of the file; "ok" when sound.
    pub fn integrity_check(&self) -> Result<String> {
        self.connection
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .map_err(error)
    }

    /// Runs `write` in an immediate transaction: it commits, durably, or changes nothing.
    /// Whether the file at the path is still the record opened: not deleted, replaced,
    /// emptied or overwritten since. Checked before every write and at every poll, so a
    /// change underneath stops saving, says so, and is never acknowledged.
    fn still_there(&self) -> Result<()> {
        use std::io::Read;
        let gone = |how: Loss| {
            Err(StoreError::Gone {
                how,
                drafts: self.draft_file(),
            })
        };
        let Ok(identity) = file_identity(&self.path) else {
            return gone(Loss::Deleted);
        };
        if identity != self.file {
            return gone(Loss::Replaced);
        }
        let mut header = [0u8; 16];
        let read = std::fs::File::open(&self.path).and_then(|mut file| file.read(&mut header));
        match read {
            Ok(0) => gone(Loss::Emptied),
            Ok(n) if n < SQLITE_HEADER.len() || header != SQLITE_HEADER => gone(Loss::Overwritten),
            Ok(_) => Ok(()),
            Err(err) => gone(Loss::Unreadable(err.to_string())),
        }
    }

    /// Where drafts go once the record cannot take them: a text file beside it.
    fn draft_file(&self) -> std::path::PathBuf {
        let mut name = self.path.file_name().unwrap_or_default().to_os_string();
        name.push(".drafts.txt");
        self.path.with_file_name(name)
    }

    fn write<T>(&mut self, write: impl FnOnce(&rusqlite::Transaction) -> Result<T>) -> Result<T> {
        self.still_there()?;
        let tx = self
            .connection
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(error)?;
        let value = write(&tx)?;
        tx.commit().map_err(error)?;
        Ok(value)
    }
}

/// Format 1 → 2: the tables gain CHECK constraints, which SQLite adds only by rebuilding
/// a table. Every row is copied into the new tables under the new constraints and the
/// triggers, so a row that would not read back cleanly stops the upgrade (and the
/// transaction leaves the file as it was).
fn add_checks(tx: &rusqlite::Transaction) -> rusqlite::Result<()> {
    // Triggers and indexes follow a renamed table and would keep their names from being
    // created afresh: drop them; the schema creates them again.
    let mut statement = tx.prepare(
        "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'index') AND sql IS NOT NULL",
    )?;
    let dependants: Vec<(String, String)> = statement
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    drop(statement);
    for (kind, name) in dependants {
        tx.execute_batch(&format!(
            "DROP {} \"{}\"",
            kind.to_uppercase(),
            name.replace('"', "\"\"")
        ))?;
    }
    for table in FORMAT_1_TABLES {
        tx.execute_batch(&format!("ALTER TABLE {table} RENAME TO {table}_format_1"))?;
    }
    tx.execute_batch(SCHEMA)?;
    for table in FORMAT_1_TABLES {
        tx.execute_batch(&format!(
            "INSERT INTO {table} SELECT * FROM {table}_format_1"
        ))?;
    }
    // Referring tables go before those they refer to (note history before notes).
    for table in FORMAT_1_TABLES.iter().rev() {
        tx.execute_batch(&format!("DROP TABLE {table}_format_1"))?;
    }
    Ok(())
}

/// Whether `path` is an empty file that nobody is about to fill: empty and older than a few
/// seconds, or still empty after waiting that long for the boardpack that made it.
fn empty_for_good(path: &Path) -> bool {
    const BEING_CREATED: Duration = Duration::from_secs(3);
    let empty_age = || {
        std::fs::metadata(path)
            .ok()
            .filter(|meta| meta.is_file() && meta.len() == 0)
            .map(|meta| {
                meta.modified()
                    .ok()
                    .and_then(|m| m.elapsed().ok())
                    .unwrap_or_default()
            })
    };
    let started = std::time::Instant::now();
    while let Some(age) = empty_age() {
        if age > BEING_CREATED || started.elapsed() > BEING_CREATED {
            return true;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    false
}

/// Which file is at `path`: its device and inode.
fn file_identity(path: &Path) -> Result<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(path)
        .map(|meta| (meta.dev(), meta.ino()))
        .map_err(|err| {
            StoreError::Setup(Setup::CannotLook {
                path: path.display().to_string(),
                why: err.to_string(),
            })
        })
}

/// Creates the file with owner-only permissions before SQLite opens it; SQLite gives its
/// WAL and shared-memory files the same permissions.
fn create_private(path: &Path) -> Result<()> {
    if path.exists() {
        return Ok(());
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(err) if err.kind() == std::io::ErrorKind::PermissionDenied => Err(StoreError::ReadOnly),
        Err(err) => Err(StoreError::Setup(Setup::CannotCreate {
            path: path.display().to_string(),
            why: err.to_string(),
        })),
    }
}
