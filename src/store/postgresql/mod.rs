//! The meeting record in PostgreSQL, for members on their own machines. Each member logs
//! in as their own database role; the database, not this client, decides what they may read
//! and write (`db init` sets that up: init.rs, schema.sql, policies.sql). Live updates come by
//! LISTEN/NOTIFY carrying table names only; after a lost connection everything is re-read.

mod connect;
mod drafts;
mod init;
mod record;

pub use connect::{Target, is_url, redact};
pub use init::{Enrolled, InitReport, init};

use super::{Damage, Missing, Opened, PackIdentity, Refused, Result, StoreError};
use crate::model::{Meeting, Right, Role};
use drafts::LocalDrafts;
use postgres::error::SqlState;
use std::path::Path;
use std::time::{Duration, Instant};

/// The record format written into `meta`; a newer one is refused.
const SCHEMA_VERSION: u32 = 1;
/// How often a lost connection is tried again.
const RETRY: Duration = Duration::from_secs(1);

/// Where a meeting's record lives in the database, and the board's roles: the same for every
/// member whatever their copy of the pack is called.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordName {
    /// Names the board's roles: `{board}_role_chair`…, and each member's login `{board}_{id}`.
    pub board: String,
    /// The meeting's schema: `{board}_m{number}`.
    pub schema: String,
}

impl RecordName {
    /// Board names become plain lower-case ASCII (accents dropped), cut to 24 characters
    /// so every role name stays within PostgreSQL's 63.
    pub fn of(meeting: &Meeting) -> RecordName {
        use unicode_normalization::UnicodeNormalization;
        let mut slug = String::new();
        for c in meeting.board.nfd().filter(char::is_ascii) {
            if c.is_ascii_alphanumeric() {
                slug.push(c.to_ascii_lowercase());
            } else if c != '\'' && !slug.ends_with('_') && !slug.is_empty() {
                slug.push('_');
            }
        }
        let mut board = slug.chars().take(24).collect::<String>();
        while board.ends_with('_') {
            board.pop();
        }
        if board.is_empty() || board.starts_with(|c: char| c.is_ascii_digit()) {
            board.insert_str(0, "board_");
        }
        RecordName {
            schema: format!("{board}_m{}", meeting.number),
            board,
        }
    }

    pub fn group_role(&self, role: Role) -> String {
        format!("{}_role_{}", self.board, role.name())
    }

    pub fn login_role(&self, member_id: &str) -> String {
        format!("{}_{member_id}", self.board)
    }
}

/// `name` quoted as an SQL identifier.
pub fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

pub struct PostgresStore {
    target: Target,
    name: RecordName,
    client: Option<postgres::Client>,
    /// The member the database knows this login as, and their role.
    me: Option<(String, Role)>,
    drafts: LocalDrafts,
    /// Set when the connection came back: whatever happened meanwhile must be re-read.
    resync: bool,
    last_try: Option<Instant>,
}

impl PostgresStore {
    /// Logs in to `target` and opens the meeting `name`; drafts are kept under `state_dir`.
    pub fn open(
        target: Target,
        name: RecordName,
        pack: &PackIdentity,
        state_dir: &Path,
    ) -> Result<(PostgresStore, Opened)> {
        let drafts = LocalDrafts::open(
            state_dir,
            &format!("{}/{}", target.local_name(), name.schema),
        )?;
        let mut store = PostgresStore {
            client: None,
            me: None,
            drafts,
            resync: false,
            last_try: None,
            target,
            name,
        };
        store.reconnect()?;
        let opened = store.pack_issue(pack)?;
        Ok((store, opened))
    }

    /// The member this login is, by the database's membership, with their role.
    pub fn member(&self) -> Option<&(String, Role)> {
        self.me.as_ref()
    }

    fn reconnect(&mut self) -> Result<()> {
        self.last_try = Some(Instant::now());
        let mut client = self.target.connect()?;
        let schema = quoted(&self.name.schema);
        let found = client
            .query_opt(
                "SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = $1",
                &[&self.name.schema],
            )
            .map_err(|err| self.error(err))?;
        if found.is_none() {
            return Err(StoreError::NotFound(Missing::Meeting {
                schema: self.name.schema.clone(),
                at: self.target.describe(),
            }));
        }
        client
            .batch_execute(&format!(
                "SET search_path = {schema}; LISTEN {schema}; SET TIME ZONE 'UTC'"
            ))
            .map_err(|err| self.error(err))?;
        let format: Option<String> = client
            .query_opt("SELECT value FROM meta WHERE key = 'format'", &[])
            .map_err(|err| self.error(err))?
            .map(|row| row.get(0));
        match format.as_deref().map(str::parse::<u32>) {
            Some(Ok(found)) if found > SCHEMA_VERSION => {
                return Err(StoreError::TooNew {
                    found,
                    known: SCHEMA_VERSION,
                });
            }
            Some(Ok(_)) => {}
            _ => {
                return Err(StoreError::Damaged(Damage::NotARecordSchema(
                    self.name.schema.clone(),
                )));
            }
        }
        let me = client
            .query_opt("SELECT me(), my_role()", &[])
            .map_err(|err| self.error(err))?
            .and_then(|row| {
                let id: Option<String> = row.get(0);
                let role: Option<String> = row.get(1);
                Some((id?, Role::parse(&role?)?))
            });
        self.me = me;
        self.client = Some(client);
        Ok(())
    }

    /// Notes the pack issue this member opened, as SQLite's record does.
    fn pack_issue(&mut self, pack: &PackIdentity) -> Result<Opened> {
        let client = self.client()?;
        let rows = client
            .query(
                "SELECT fingerprint, name FROM pack_issues ORDER BY first_seen",
                &[],
            )
            .map_err(|err| self.error(err))?;
        let seen: Vec<(String, String)> = rows.iter().map(|r| (r.get(0), r.get(1))).collect();
        if seen.iter().any(|(f, _)| *f == pack.fingerprint) {
            return Ok(Opened::Resumed);
        }
        let inserted = self.client()?.execute(
            "INSERT INTO pack_issues (fingerprint, name) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            &[&pack.fingerprint, &pack.name],
        );
        inserted.map_err(|err| self.error(err))?;
        Ok(match seen.last() {
            Some((_, previous)) => Opened::PackReissued {
                previous: previous.clone(),
            },
            None => Opened::Created,
        })
    }

    /// The live connection, or why there is none (after trying again, once a second).
    fn client(&mut self) -> Result<&mut postgres::Client> {
        if self
            .client
            .as_ref()
            .is_some_and(postgres::Client::is_closed)
        {
            self.client = None;
        }
        if self.client.is_none() {
            if self.last_try.is_some_and(|at| at.elapsed() < RETRY) {
                return Err(self.offline());
            }
            match self.reconnect() {
                Ok(()) => self.resync = true,
                Err(StoreError::Unreachable { .. }) => return Err(self.offline()),
                Err(err) => return Err(err),
            }
        }
        let offline = self.offline();
        self.client.as_mut().ok_or(offline)
    }

    fn offline(&self) -> StoreError {
        StoreError::Reconnecting {
            server: self.target.address(),
        }
    }

    /// What a database error means to the person at the keyboard. A lost connection is
    /// dropped, to be made again.
    fn error(&mut self, err: postgres::Error) -> StoreError {
        let Some(db) = err.as_db_error() else {
            self.client = None;
            return self.offline();
        };
        let code = db.code();
        if *code == SqlState::INSUFFICIENT_PRIVILEGE
            || *code == SqlState::UNIQUE_VIOLATION
            || *code == SqlState::CHECK_VIOLATION
        {
            StoreError::NotAllowed(Refused::from_record(db.message()))
        } else if *code == SqlState::UNDEFINED_TABLE || *code == SqlState::INVALID_SCHEMA_NAME {
            // A member whose rights were withdrawn no longer sees the tables at all.
            let usable = self.client.as_mut().map(|client| {
                client
                    .query_one(
                        "SELECT has_schema_privilege($1, 'USAGE')",
                        &[&self.name.schema],
                    )
                    .map(|row| row.get::<_, bool>(0))
            });
            match usable {
                Some(Ok(false)) => {
                    StoreError::NotAllowed(Refused::NoRights(self.target.user().to_string()))
                }
                _ => StoreError::Damaged(Damage::Outdated {
                    schema: self.name.schema.clone(),
                    detail: db.message().to_string(),
                }),
            }
        } else if *code == SqlState::ADMIN_SHUTDOWN
            || *code == SqlState::CRASH_SHUTDOWN
            || *code == SqlState::CANNOT_CONNECT_NOW
        {
            self.client = None;
            self.offline()
        } else if *code == SqlState::DISK_FULL {
            StoreError::DiskFull
        } else if *code == SqlState::READ_ONLY_SQL_TRANSACTION {
            StoreError::ReadOnly
        } else {
            StoreError::Other(db.message().to_string())
        }
    }

    /// A refusal in the words the screens use: the role's missing right, or writing under
    /// another member's name. The database refused; this only words it.
    fn refusal(&self, err: StoreError, actor: &crate::model::Actor, right: Right) -> StoreError {
        // A decision is a note: one who may write no note hears that first.
        let right = match &self.me {
            Some((_, role)) if right == Right::Decide && !role.may(Right::Note) => Right::Note,
            _ => right,
        };
        match (err, &self.me) {
            (StoreError::NotAllowed(_), Some((_, role))) if !role.may(right) => {
                StoreError::NotAllowed(Refused::Right(right))
            }
            (StoreError::NotAllowed(_), Some((me, _))) if *me != actor.id => {
                StoreError::NotAllowed(Refused::WriteAsOther {
                    me: me.clone(),
                    actor: actor.id.clone(),
                })
            }
            (StoreError::NotAllowed(_), None) => {
                StoreError::NotAllowed(Refused::MembersOnly(self.target.user().to_string()))
            }
            (err, _) => err,
        }
    }

    /// Runs `work` in a transaction that is committed before it counts as done.
    fn write<T>(
        &mut self,
        actor: &crate::model::Actor,
        right: Right,
        work: impl FnOnce(&mut postgres::Transaction) -> std::result::Result<T, Failure>,
    ) -> Result<T> {
        let client = self.client()?;
        let outcome = client
            .transaction()
            .map_err(Failure::Db)
            .and_then(|mut tx| {
                let value = work(&mut tx)?;
                tx.commit().map_err(Failure::Db)?;
                Ok(value)
            });
        match outcome {
            Ok(value) => Ok(value),
            Err(Failure::Db(err)) => {
                let err = self.error(err);
                Err(self.refusal(err, actor, right))
            }
            Err(Failure::Store(err)) => Err(err),
        }
    }
}

/// What went wrong inside a write: the database refused, or the store decided not to.
enum Failure {
    Db(postgres::Error),
    Store(StoreError),
}

impl From<StoreError> for Failure {
    fn from(err: StoreError) -> Failure {
        Failure::Store(err)
    }
}

impl From<postgres::Error> for Failure {
    fn from(err: postgres::Error) -> Failure {
        Failure::Db(err)
    }
}
