//! Drafts of a PostgreSQL record stay on the member's own machine, in a small SQLite file:
//! typing goes on, and is kept, while the server is out of reach.

use crate::model::{Draft, ItemKind, ItemRef};
use crate::store::{Result, StoreError, now};
use rusqlite::{Connection, params};
use std::path::Path;

pub struct LocalDrafts {
    connection: Connection,
    /// Which record these drafts are for: server, database and meeting.
    record: String,
}

fn error(err: rusqlite::Error) -> StoreError {
    StoreError::Other(format!("the drafts kept on this machine: {err}"))
}

impl LocalDrafts {
    /// Opens (creating, owner-only) `dir/drafts.db`, for the record named `record`.
    pub fn open(dir: &Path, record: &str) -> Result<LocalDrafts> {
        std::fs::create_dir_all(dir).map_err(|err| {
            StoreError::Other(format!("cannot make {} for drafts: {err}", dir.display()))
        })?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700));
        }
        let connection = Connection::open(dir.join("drafts.db")).map_err(error)?;
        connection
            .busy_timeout(std::time::Duration::from_secs(5))
            .map_err(error)?;
        connection
            .execute_batch(
                "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;
                 CREATE TABLE IF NOT EXISTS drafts (
                     record TEXT NOT NULL, author TEXT NOT NULL, item_kind TEXT NOT NULL,
                     item_id TEXT NOT NULL, text TEXT NOT NULL, saved_at TEXT NOT NULL,
                     PRIMARY KEY (record, author, item_kind, item_id));",
            )
            .map_err(error)?;
        Ok(LocalDrafts {
            connection,
            record: record.to_string(),
        })
    }

    pub fn save(&self, author: &str, item: &ItemRef, text: &str) -> Result<()> {
        self.connection
            .execute(
                "INSERT INTO drafts VALUES (?1, ?2, ?3, ?4, ?5, ?6) \
                 ON CONFLICT (record, author, item_kind, item_id) DO UPDATE SET text = ?5, saved_at = ?6",
                params![self.record, author, item.kind.name(), item.id, text, now()],
            )
            .map(drop)
            .map_err(error)
    }

    pub fn clear(&self, author: &str, item: &ItemRef) -> Result<()> {
        self.connection
            .execute(
                "DELETE FROM drafts WHERE record = ?1 AND author = ?2 AND item_kind = ?3 AND item_id = ?4",
                params![self.record, author, item.kind.name(), item.id],
            )
            .map(drop)
            .map_err(error)
    }

    pub fn of(&self, author: &str) -> Result<Vec<Draft>> {
        let mut statement = self
            .connection
            .prepare("SELECT item_kind, item_id, text, saved_at FROM drafts WHERE record = ?1 AND author = ?2")
            .map_err(error)?;
        let rows = statement
            .query_map(params![self.record, author], |r| {
                Ok((r.get::<_, String>(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })
            .and_then(Iterator::collect::<rusqlite::Result<Vec<_>>>)
            .map_err(error)?;
        Ok(rows
            .into_iter()
            .filter_map(|(kind, id, text, saved_at)| {
                Some(Draft {
                    item: ItemRef {
                        kind: ItemKind::parse(&kind)?,
                        id,
                    },
                    text,
                    saved_at,
                })
            })
            .collect())
    }
}
