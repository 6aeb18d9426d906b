//! The meeting record: durable, shared between the processes of everyone at the meeting.
//! Screens talk to `RecordStore`; SQLite (a file) and PostgreSQL (a server) stand behind it.

mod access;
mod location;
mod memory;
mod postgresql;
mod sqlite;
mod worker;
mod write;

pub use access::{current_user, owner};
pub use location::{Location, OpenRecord, ReadBeside, state_dir};
pub use memory::MemoryStore;
pub use postgresql::{
    Enrolled, InitReport, PostgresStore, RecordName, Target, init, is_url, redact,
};
pub use sqlite::SqliteStore;
pub use worker::{RecordWorker, Reply, RequestId};
pub use write::{Stored, Write};

use crate::locale::Lang;
use crate::model::{
    Actor, AgreedRag, AgreedScore, Attendance, ClockEvent, Declaration, Guest, ItemRef, LogOutcome,
    NoteKind, NoteVersion, Rag, RecordSnapshot, Right, Role, Score,
};
use crate::t;
use chrono::NaiveDate;
use std::fmt;

/// The pack a record belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackIdentity {
    pub name: String,
    /// SHA-256 of the pack file's bytes.
    pub fingerprint: String,
}

impl PackIdentity {
    pub fn of(name: &str, text: &str) -> PackIdentity {
        use sha2::{Digest, Sha256};
        let digest = Sha256::digest(text.as_bytes());
        PackIdentity {
            name: name.to_string(),
            fingerprint: digest.iter().map(|b| format!("{b:02x}")).collect(),
        }
    }
}

/// What opening a record found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opened {
    Created,
    Resumed,
    /// The record was made with another issue of the pack.
    PackReissued {
        previous: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// The role of the person writing does not allow it (checked inside the database).
    NotAllowed(Refused),
    /// Someone else changed this since it was read.
    Stale {
        current: Option<AgreedRag>,
    },
    /// Someone else agreed the board's score since it was read.
    StaleScore {
        current: Box<AgreedScore>,
    },
    /// A score off the 1–5 scale, or a score on something that is not a risk.
    NotAScore(NotAScore),
    /// Another program holds the record locked for longer than we wait.
    Locked,
    ReadOnly,
    DiskFull,
    /// Not a boardpack record, or damaged.
    Damaged(Damage),
    NotFound(Missing),
    /// Made by a newer boardpack whose record this one cannot read safely.
    TooNew {
        found: u32,
        known: u32,
    },
    /// Browsing without a record: nothing can be written.
    NoRecord,
    /// The thread that keeps the record has stopped.
    WorkerStopped,
    /// The record was lost and the draft file beside it could not be written either.
    DraftLost {
        gone: Box<StoreError>,
        why: String,
    },
    /// This person may not open the record: whose it is, its mode, and who they are.
    NoAccess {
        owner: String,
        mode: String,
        me: String,
    },
    /// The record is on a network filesystem (of this kind), where SQLite cannot keep it
    /// safe.
    NetworkFilesystem(String),
    /// The database server cannot be reached or refused the login: `at` names the server,
    /// database and role (never the password).
    Unreachable {
        at: String,
        why: Unreached,
    },
    /// The record cannot be set up or reached as asked: an address, a certificate, a file.
    Setup(Setup),
    /// The record file was deleted, replaced or damaged while open: nothing more is saved
    /// to it, and drafts go to `drafts`.
    Gone {
        how: Loss,
        drafts: std::path::PathBuf,
    },
    /// The record's server went away during the meeting; it is tried again every second.
    Reconnecting {
        server: String,
    },
    Other(String),
}

/// Why a score was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotAScore {
    NotARisk(ItemRef),
    OffScale(Score),
}

/// Why the record refused a write or a join.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    /// The person's role lacks the right.
    Right(Right),
    /// Someone joined earlier under this id with another role.
    JoinedAs {
        who: String,
        role: String,
    },
    /// The meeting has its chair already.
    ChairTaken(String),
    /// The database knows this login as someone else.
    NotYou {
        login: String,
        me: String,
        role: Role,
    },
    /// This login is not a member of the board in the database.
    NotAMember(String),
    /// Drafts are their author's, and this login is not `who`.
    DraftsOfAnother(String),
    OnlyAuthor,
    /// This login has no rights on the meeting's record any more.
    NoRights(String),
    /// Logged in as `me`, writing as `actor`.
    WriteAsOther {
        me: String,
        actor: String,
    },
    /// Only members write, and this login is not one.
    MembersOnly(String),
    /// The record's own words, for a refusal not known here.
    Record(String),
}

impl Refused {
    /// A refusal as the record words it (a database trigger or policy), known by its words.
    pub fn from_record(words: &str) -> Refused {
        if let Some(right) = Right::ALL
            .into_iter()
            .find(|right| right.refusal(Lang::En) == words)
        {
            return Refused::Right(right);
        }
        if words == t!(Lang::En, "refused-only-author") {
            return Refused::OnlyAuthor;
        }
        Refused::Record(words.to_string())
    }

    pub fn describe(&self, lang: Lang) -> String {
        match self {
            Refused::Right(right) => right.refusal(lang),
            Refused::JoinedAs { who, role } => t!(
                lang,
                "refused-joined-as",
                who = who.as_str(),
                role = role.as_str()
            ),
            Refused::ChairTaken(chair) => t!(lang, "refused-chair-taken", chair = chair.as_str()),
            Refused::NotYou { login, me, role } => t!(
                lang,
                "refused-not-you",
                login = login.as_str(),
                me = me.as_str(),
                role = role.title(lang)
            ),
            Refused::NotAMember(login) => t!(lang, "refused-not-a-member", login = login.as_str()),
            Refused::DraftsOfAnother(who) => t!(lang, "refused-drafts", who = who.as_str()),
            Refused::OnlyAuthor => t!(lang, "refused-only-author"),
            Refused::NoRights(login) => t!(lang, "refused-no-rights", login = login.as_str()),
            Refused::WriteAsOther { me, actor } => t!(
                lang,
                "refused-write-as-other",
                me = me.as_str(),
                actor = actor.as_str()
            ),
            Refused::MembersOnly(login) => t!(lang, "refused-members-only", login = login.as_str()),
            Refused::Record(words) => words.clone(),
        }
    }
}

/// What the record could not find.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Missing {
    Note(i64),
    WithdrawnNote(i64),
    /// A meeting's record (a schema) not yet made on the server (`at`).
    Meeting {
        schema: String,
        at: String,
    },
}

impl Missing {
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            Missing::Note(id) => t!(lang, "missing-note", id = *id),
            Missing::WithdrawnNote(id) => t!(lang, "missing-withdrawn-note", id = *id),
            Missing::Meeting { schema, at } => t!(
                lang,
                "missing-meeting",
                schema = schema.as_str(),
                at = at.as_str()
            ),
        }
    }
}

/// What stops a record being opened or made as asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Setup {
    /// `url` (password hidden) is not an address boardpack can read.
    BadAddress {
        url: String,
        why: String,
    },
    PortNotANumber(String),
    UnknownSslMode(String),
    NoService(String),
    Certificate {
        path: String,
        why: String,
    },
    Tls(String),
    /// The board's schema holds another board's record.
    BoardClash {
        schema: String,
        found: String,
        board: String,
    },
    LoginTooLong {
        login: String,
        member: String,
    },
    NoRandom(String),
    CannotOpen(String),
    CannotLook {
        path: String,
        why: String,
    },
    CannotCreate {
        path: String,
        why: String,
    },
}

impl Setup {
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            Setup::BadAddress { url, why } => t!(
                lang,
                "setup-bad-address",
                url = url.as_str(),
                why = why.as_str()
            ),
            Setup::PortNotANumber(port) => t!(lang, "setup-port", port = port.as_str()),
            Setup::UnknownSslMode(mode) => t!(lang, "setup-sslmode", mode = mode.as_str()),
            Setup::NoService(name) => t!(lang, "setup-no-service", name = name.as_str()),
            Setup::Certificate { path, why } => t!(
                lang,
                "setup-certificate",
                path = path.as_str(),
                why = why.as_str()
            ),
            Setup::Tls(why) => t!(lang, "setup-tls", why = why.as_str()),
            Setup::BoardClash {
                schema,
                found,
                board,
            } => t!(
                lang,
                "setup-board-clash",
                schema = schema.as_str(),
                found = found.as_str(),
                board = board.as_str()
            ),
            Setup::LoginTooLong { login, member } => t!(
                lang,
                "setup-login-too-long",
                login = login.as_str(),
                member = member.as_str()
            ),
            Setup::NoRandom(why) => t!(lang, "setup-no-random", why = why.as_str()),
            Setup::CannotOpen(why) => t!(lang, "setup-cannot-open", why = why.as_str()),
            Setup::CannotLook { path, why } => t!(
                lang,
                "setup-cannot-look",
                path = path.as_str(),
                why = why.as_str()
            ),
            Setup::CannotCreate { path, why } => t!(
                lang,
                "setup-cannot-create",
                path = path.as_str(),
                why = why.as_str()
            ),
        }
    }
}

/// Why a database server could not be reached, or would not let the member in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreached {
    WrongPassword,
    NoSuchDatabase,
    EncryptionRequired,
    /// The server's own words.
    RoleRefused(String),
    NothingListening,
    NoPassword,
    /// The connection's and its cause's words.
    Encryption(String),
    TimedOut(u64),
    /// The server's or the connection's own words.
    Other(String),
}

impl Unreached {
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            Unreached::WrongPassword => t!(lang, "unreached-password"),
            Unreached::NoSuchDatabase => t!(lang, "unreached-no-database"),
            Unreached::EncryptionRequired => t!(lang, "unreached-encryption-required"),
            Unreached::RoleRefused(why) => t!(lang, "unreached-role", why = why.as_str()),
            Unreached::NothingListening => t!(lang, "unreached-nothing-listening"),
            Unreached::NoPassword => t!(lang, "unreached-no-password"),
            Unreached::Encryption(why) => t!(lang, "unreached-tls", why = why.as_str()),
            Unreached::TimedOut(seconds) => t!(lang, "unreached-timed-out", seconds = *seconds),
            Unreached::Other(why) => why.clone(),
        }
    }
}

/// How a record is damaged, or why it is not a boardpack record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Damage {
    /// A file of 0 bytes: truncated, never a new meeting.
    Empty,
    NotARecord,
    /// A PostgreSQL schema that is not a boardpack record.
    NotARecordSchema(String),
    NoFormat,
    /// An old record that could not be brought up to `format` (the database's words).
    NotUpgraded {
        format: u32,
        why: String,
    },
    /// A record made by an earlier boardpack: `db init` again brings it up to date.
    Outdated {
        schema: String,
        detail: String,
    },
    /// A stored value that does not read back.
    Unreadable(String),
    ScoreOffScale,
    /// The database's own words.
    Detail(String),
}

impl Damage {
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            Damage::Empty => t!(lang, "damage-empty"),
            Damage::NotARecord => t!(lang, "damage-not-a-record"),
            Damage::NotARecordSchema(schema) => {
                t!(lang, "damage-not-a-record-schema", schema = schema.as_str())
            }
            Damage::NoFormat => t!(lang, "damage-no-format"),
            Damage::NotUpgraded { format, why } => t!(
                lang,
                "damage-not-upgraded",
                format = *format,
                why = why.as_str()
            ),
            Damage::Outdated { schema, detail } => t!(
                lang,
                "damage-outdated",
                schema = schema.as_str(),
                detail = detail.as_str()
            ),
            Damage::Unreadable(why) => t!(lang, "damage-unreadable", why = why.as_str()),
            Damage::ScoreOffScale => t!(lang, "damage-score-off-scale"),
            Damage::Detail(why) => why.clone(),
        }
    }
}

/// What happened to a record file while the meeting ran.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Loss {
    Deleted,
    Replaced,
    Emptied,
    Overwritten,
    Unreadable(String),
}

impl StoreError {
    /// What went wrong, in `lang`. Messages the store words itself (who owns a file, which
    /// server cannot be reached) are passed on as written.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            StoreError::NotAllowed(why) => t!(lang, "store-not-allowed", why = why.describe(lang)),
            StoreError::Stale {
                current: Some(current),
            } => t!(
                lang,
                "store-stale",
                who = current.agreed_by.as_str(),
                rag = current.rag.name(lang),
                at = current.agreed_at.as_str()
            ),
            StoreError::StaleScore { current } => t!(
                lang,
                "store-stale-score",
                who = current.agreed_by.as_str(),
                score = current.residual.to_string(),
                at = current.agreed_at.as_str()
            ),
            StoreError::Stale { current: None } => t!(lang, "store-stale-someone"),
            StoreError::Locked => t!(lang, "store-locked"),
            StoreError::ReadOnly => t!(lang, "store-read-only"),
            StoreError::DiskFull => t!(lang, "store-disk-full"),
            StoreError::Damaged(damage) => {
                t!(lang, "store-damaged", detail = damage.describe(lang))
            }
            StoreError::NotFound(missing) => missing.describe(lang),
            StoreError::TooNew { found, known } => {
                t!(lang, "store-too-new", found = *found, known = *known)
            }
            StoreError::Gone { how, drafts } => {
                let what = match how {
                    Loss::Deleted => t!(lang, "store-gone-deleted"),
                    Loss::Replaced => t!(lang, "store-gone-replaced"),
                    Loss::Emptied => t!(lang, "store-gone-emptied"),
                    Loss::Overwritten => t!(lang, "store-gone-overwritten"),
                    Loss::Unreadable(why) => t!(lang, "store-gone-unreadable", why = why.as_str()),
                };
                t!(
                    lang,
                    "store-gone",
                    what = what,
                    drafts = drafts.display().to_string()
                )
            }
            StoreError::Reconnecting { server } => {
                t!(lang, "store-reconnecting", server = server.as_str())
            }
            StoreError::NoAccess { owner, mode, me } => t!(
                lang,
                "store-no-access",
                owner = owner.as_str(),
                mode = mode.as_str(),
                me = me.as_str()
            ),
            StoreError::NetworkFilesystem(kind) => {
                t!(lang, "store-network-filesystem", kind = kind.as_str())
            }
            StoreError::Unreachable { at, why } => format!("{at}: {}", why.describe(lang)),
            StoreError::NotAScore(NotAScore::NotARisk(item)) => {
                t!(lang, "store-not-a-risk", item = item.label(lang))
            }
            StoreError::NotAScore(NotAScore::OffScale(score)) => t!(
                lang,
                "store-off-scale",
                likelihood = score.likelihood,
                impact = score.impact
            ),
            StoreError::WorkerStopped => t!(lang, "store-worker-stopped"),
            StoreError::DraftLost { gone, why } => t!(
                lang,
                "store-draft-lost",
                gone = gone.describe(lang),
                why = why.as_str()
            ),
            StoreError::NoRecord => t!(lang, "store-no-record"),
            StoreError::Setup(setup) => setup.describe(lang),
            StoreError::Other(detail) => t!(lang, "store-other", detail = detail.as_str()),
        }
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

impl std::error::Error for StoreError {}

pub type Result<T> = std::result::Result<T, StoreError>;

/// Scores are on risks and on the 1–5 scale, whatever store keeps them.
fn check_score(item: &ItemRef, residual: Score, target: Option<Score>) -> Result<()> {
    if item.kind != crate::model::ItemKind::Risk {
        return Err(StoreError::NotAScore(NotAScore::NotARisk(item.clone())));
    }
    for score in std::iter::once(residual).chain(target) {
        if !score.on_scale() {
            return Err(StoreError::NotAScore(NotAScore::OffScale(score)));
        }
    }
    Ok(())
}

/// When a change is recorded: local time, RFC 3339, to the second.
fn now() -> String {
    chrono::Local::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
}

/// Every write names its actor; the store refuses what their role does not allow.
pub trait RecordStore: Send {
    /// Registers the actor for this meeting; a name keeps its role, and there is one chair.
    fn join(&mut self, actor: &Actor) -> Result<()>;
    /// Whether anyone has written since this store last read.
    fn changed(&mut self) -> Result<bool>;
    fn snapshot(&mut self, viewer: &str) -> Result<RecordSnapshot>;

    fn add_note(
        &mut self,
        actor: &Actor,
        item: &ItemRef,
        kind: NoteKind,
        text: &str,
    ) -> Result<i64>;
    /// Replaces the note's text and kind if it is still at `version`.
    fn edit_note(
        &mut self,
        actor: &Actor,
        id: i64,
        version: i64,
        kind: NoteKind,
        text: &str,
    ) -> Result<()>;
    fn withdraw_note(&mut self, actor: &Actor, id: i64) -> Result<()>;
    /// Every version of a note, oldest first.
    fn note_history(&mut self, id: i64) -> Result<Vec<NoteVersion>>;

    /// Agrees a rating if the item's rating is still at `seen_revision` (0: none yet).
    fn agree_rag(
        &mut self,
        actor: &Actor,
        item: &ItemRef,
        rag: Rag,
        reason: Option<&str>,
        seen_revision: i64,
    ) -> Result<()>;
    fn add_action_arising(
        &mut self,
        actor: &Actor,
        item: &ItemRef,
        text: &str,
        owner: &str,
        due_text: &str,
        due: Option<NaiveDate>,
    ) -> Result<String>;
    fn set_attendance(&mut self, actor: &Actor, member: &str, status: Attendance) -> Result<()>;
    fn add_guest(&mut self, actor: &Actor, guest: &Guest) -> Result<()>;
    fn declare_interest(&mut self, actor: &Actor, declaration: &Declaration) -> Result<()>;

    /// Records `actor`'s view of a risk's score, replacing their earlier one (every version is
    /// kept); anyone who may write notes may propose.
    fn propose_score(
        &mut self,
        actor: &Actor,
        item: &ItemRef,
        residual: Score,
        target: Option<Score>,
        reason: &str,
    ) -> Result<()>;
    /// Every version of `author`'s proposals on `item`, oldest first.
    fn proposal_history(&mut self, item: &ItemRef, author: &str) -> Result<Vec<(Score, String)>>;
    /// Agrees the board's residual score if the risk's is still at `seen_revision` (0: none).
    fn agree_score(
        &mut self,
        actor: &Actor,
        item: &ItemRef,
        residual: Score,
        reason: Option<&str>,
        seen_revision: i64,
    ) -> Result<()>;

    /// Records what the chair did with the agenda, stamped with the record's time.
    fn keep_time(&mut self, actor: &Actor, event: ClockEvent) -> Result<()>;

    /// Records the chair's decision on a logged action (the latest stands; every one kept).
    fn decide_log(
        &mut self,
        actor: &Actor,
        reference: &str,
        outcome: LogOutcome,
        due: Option<&str>,
        update: &str,
    ) -> Result<()>;
    /// Records the approval of the last meeting's minutes, with any amendments.
    fn approve_minutes(&mut self, actor: &Actor, amendments: Option<&str>) -> Result<()>;

    fn save_draft(&mut self, actor: &Actor, item: &ItemRef, text: &str) -> Result<()>;
    fn clear_draft(&mut self, actor: &Actor, item: &ItemRef) -> Result<()>;
}
