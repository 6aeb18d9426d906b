-- The meeting record, format 2. Every table that holds what someone said names who said it,
-- and the triggers below refuse writes by anyone whose role does not allow them, so roles
-- hold even for a program that writes here without going through boardpack's screens.
-- CHECK constraints keep every stored value one that boardpack can read back.
-- Format 1 had no CHECK constraints; opening such a record rebuilds its tables (sqlite.rs).

CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Each issue of the pack this record has been opened with.
CREATE TABLE IF NOT EXISTS pack_issues (
    fingerprint TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    first_seen  TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS participants (
    name      TEXT PRIMARY KEY,
    role      TEXT NOT NULL
              CHECK (role IN ('chair', 'vice_chair', 'member', 'adviser', 'clerk', 'observer')),
    joined_at TEXT NOT NULL
);
-- One chair per meeting.
CREATE UNIQUE INDEX IF NOT EXISTS one_chair ON participants (role) WHERE role = 'chair';

CREATE TRIGGER IF NOT EXISTS roles_are_fixed BEFORE UPDATE OF role ON participants
BEGIN
    SELECT RAISE(ABORT, 'roles do not change during a meeting');
END;

CREATE TABLE IF NOT EXISTS notes (
    id              INTEGER PRIMARY KEY,
    item_kind       TEXT NOT NULL CHECK (item_kind IN ('meeting', 'area', 'recommendation', 'action', 'risk', 'kpi')),
    item_id         TEXT NOT NULL,
    author          TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('challenge', 'decision', 'private')),
    text            TEXT NOT NULL,
    created         TEXT NOT NULL,
    updated         TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1,
    withdrawn       INTEGER NOT NULL DEFAULT 0,
    last_changed_by TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS notes_by_item ON notes (item_kind, item_id);

-- Every version of every note, withdrawn ones included.
CREATE TABLE IF NOT EXISTS note_history (
    note_id    INTEGER NOT NULL REFERENCES notes (id),
    version    INTEGER NOT NULL,
    change     TEXT NOT NULL CHECK (change IN ('created', 'edited', 'withdrawn')),
    kind       TEXT NOT NULL CHECK (kind IN ('challenge', 'decision', 'private')),
    text       TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    PRIMARY KEY (note_id, version, change)
);

-- Who may do what (model::Role::may): every role but observer writes notes; the chair alone
-- decides and rates; the chair and the clerk record actions, declarations and attendance.
-- The messages are model::Right::refusal's, word for word.
CREATE TRIGGER IF NOT EXISTS notes_by_participants BEFORE INSERT ON notes
BEGIN
    SELECT RAISE(ABORT, 'observers can read but not write')
    WHERE COALESCE((SELECT role FROM participants WHERE name = NEW.author), '')
          NOT IN ('chair', 'vice_chair', 'member', 'adviser', 'clerk');
    SELECT RAISE(ABORT, 'only the chair records decisions')
    WHERE NEW.kind = 'decision'
      AND COALESCE((SELECT role FROM participants WHERE name = NEW.author), '') <> 'chair';
END;

CREATE TRIGGER IF NOT EXISTS notes_changed_by_their_author BEFORE UPDATE ON notes
BEGIN
    SELECT RAISE(ABORT, 'only its author can change a note') WHERE NEW.last_changed_by <> OLD.author;
    SELECT RAISE(ABORT, 'a note keeps its author and item')
    WHERE NEW.author <> OLD.author OR NEW.item_kind <> OLD.item_kind OR NEW.item_id <> OLD.item_id;
    SELECT RAISE(ABORT, 'only the chair records decisions')
    WHERE NEW.kind = 'decision' AND OLD.kind <> 'decision'
      AND COALESCE((SELECT role FROM participants WHERE name = NEW.author), '') <> 'chair';
END;

CREATE TRIGGER IF NOT EXISTS notes_are_never_deleted BEFORE DELETE ON notes
BEGIN
    SELECT RAISE(ABORT, 'notes are withdrawn, never deleted');
END;

CREATE TABLE IF NOT EXISTS ratings (
    item_kind TEXT NOT NULL CHECK (item_kind IN ('meeting', 'area', 'recommendation', 'action', 'risk', 'kpi')),
    item_id   TEXT NOT NULL,
    rag       TEXT NOT NULL CHECK (rag IN ('Red', 'Amber', 'Green', 'Blue')),
    reason    TEXT,
    agreed_by TEXT NOT NULL,
    agreed_at TEXT NOT NULL,
    revision  INTEGER NOT NULL,
    PRIMARY KEY (item_kind, item_id)
);

CREATE TABLE IF NOT EXISTS rating_history (
    item_kind TEXT NOT NULL CHECK (item_kind IN ('meeting', 'area', 'recommendation', 'action', 'risk', 'kpi')),
    item_id   TEXT NOT NULL,
    revision  INTEGER NOT NULL,
    rag       TEXT NOT NULL CHECK (rag IN ('Red', 'Amber', 'Green', 'Blue')),
    reason    TEXT,
    agreed_by TEXT NOT NULL,
    agreed_at TEXT NOT NULL,
    PRIMARY KEY (item_kind, item_id, revision)
);

CREATE TABLE IF NOT EXISTS actions_arising (
    reference  TEXT PRIMARY KEY,
    item_kind  TEXT NOT NULL CHECK (item_kind IN ('meeting', 'area', 'recommendation', 'action', 'risk', 'kpi')),
    item_id    TEXT NOT NULL,
    text       TEXT NOT NULL,
    owner      TEXT NOT NULL,
    due_text   TEXT NOT NULL,
    due        TEXT,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS attendance (
    member TEXT PRIMARY KEY,
    status TEXT NOT NULL CHECK (status IN ('present', 'apologies', 'absent')),
    set_by TEXT NOT NULL,
    set_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS guests (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    organisation TEXT NOT NULL,
    added_by     TEXT NOT NULL,
    added_at     TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS declarations (
    id          INTEGER PRIMARY KEY,
    member      TEXT NOT NULL,
    item_kind   TEXT NOT NULL CHECK (item_kind IN ('meeting', 'area', 'recommendation', 'action', 'risk', 'kpi')),
    item_id     TEXT NOT NULL,
    interest    TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS drafts (
    author    TEXT NOT NULL,
    item_kind TEXT NOT NULL CHECK (item_kind IN ('meeting', 'area', 'recommendation', 'action', 'risk', 'kpi')),
    item_id   TEXT NOT NULL,
    text      TEXT NOT NULL,
    saved_at  TEXT NOT NULL,
    PRIMARY KEY (author, item_kind, item_id)
);

CREATE TRIGGER IF NOT EXISTS drafts_by_participants BEFORE INSERT ON drafts
BEGIN
    SELECT RAISE(ABORT, 'observers can read but not write')
    WHERE COALESCE((SELECT role FROM participants WHERE name = NEW.author), '')
          NOT IN ('chair', 'vice_chair', 'member', 'adviser', 'clerk');
END;

CREATE TRIGGER IF NOT EXISTS ratings_by_the_chair_insert BEFORE INSERT ON ratings
BEGIN
    SELECT RAISE(ABORT, 'only the chair agrees ratings')
    WHERE COALESCE((SELECT role FROM participants WHERE name = NEW.agreed_by), '') <> 'chair';
END;

CREATE TRIGGER IF NOT EXISTS ratings_by_the_chair_update BEFORE UPDATE ON ratings
BEGIN
    SELECT RAISE(ABORT, 'only the chair agrees ratings')
    WHERE COALESCE((SELECT role FROM participants WHERE name = NEW.agreed_by), '') <> 'chair';
END;

CREATE TRIGGER IF NOT EXISTS actions_arising_by_the_chair_insert BEFORE INSERT ON actions_arising
BEGIN
    SELECT RAISE(ABORT, 'only the chair or the clerk records actions arising and declarations of interest')
    WHERE COALESCE((SELECT role FROM participants WHERE name = NEW.created_by), '') NOT IN ('chair', 'clerk');
END;

CREATE TRIGGER IF NOT EXISTS actions_arising_by_the_chair_update BEFORE UPDATE ON actions_arising
BEGIN
    SELECT RAISE(ABORT, 'only the chair or the clerk records actions arising and declarations of interest')
    WHERE COALESCE((SELECT role FROM participants WHERE name = NEW.created_by), '') NOT IN ('chair', 'clerk');
END;

CREATE TRIGGER IF NOT EXISTS attendance_by_the_chair_insert BEFORE INSERT ON attendance
BEGIN
    SELECT RAISE(ABORT, 'only the chair or the clerk records attendance')
    WHERE COALESCE((SELECT role FROM participants WHERE name = NEW.set_by), '') NOT IN ('chair', 'clerk');
END;

CREATE TRIGGER IF NOT EXISTS attendance_by_the_chair_update BEFORE UPDATE ON attendance
BEGIN
    SELECT RAISE(ABORT, 'only the chair or the clerk records attendance')
    WHERE COALESCE((SELECT role FROM participants WHERE name = NEW.set_by), '') NOT IN ('chair', 'clerk');
END;

CREATE TRIGGER IF NOT EXISTS guests_by_the_chair_insert BEFORE INSERT ON guests
BEGIN
    SELECT RAISE(ABORT, 'only the chair or the clerk records attendance')
    WHERE COALESCE((SELECT role FROM participants WHERE name = NEW.added_by), '') NOT IN ('chair', 'clerk');
END;

CREATE TRIGGER IF NOT EXISTS guests_by_the_chair_update BEFORE UPDATE ON guests
BEGIN
    SELECT RAISE(ABORT, 'only the chair or the clerk records attendance')
    WHERE COALESCE((SELECT role FROM participants WHERE name = NEW.added_by), '') NOT IN ('chair', 'clerk');
END;

CREATE TRIGGER IF NOT EXISTS declarations_by_the_chair_insert BEFORE INSERT ON declarations
BEGIN
    SELECT RAISE(ABORT, 'only the chair or the clerk records actions arising and declarations of interest')
    WHERE COALESCE((SELECT role FROM participants WHERE name = NEW.recorded_by), '') NOT IN ('chair', 'clerk');
END;

CREATE TRIGGER IF NOT EXISTS declarations_by_the_chair_update BEFORE UPDATE ON declarations
BEGIN
    SELECT RAISE(ABORT, 'only the chair or the clerk records actions arising and declarations of interest')
    WHERE COALESCE((SELECT role FROM participants WHERE name = NEW.recorded_by), '') NOT IN ('chair', 'clerk');
END;

-- History is kept whole: no version of a note or a rating is changed or removed.
CREATE TRIGGER IF NOT EXISTS note_history_is_kept_update BEFORE UPDATE ON note_history
BEGIN
    SELECT RAISE(ABORT, 'every version of a note is kept');
END;

CREATE TRIGGER IF NOT EXISTS note_history_is_kept_delete BEFORE DELETE ON note_history
BEGIN
    SELECT RAISE(ABORT, 'every version of a note is kept');
END;

CREATE TRIGGER IF NOT EXISTS rating_history_is_kept_update BEFORE UPDATE ON rating_history
BEGIN
    SELECT RAISE(ABORT, 'every change of rating is kept');
END;

CREATE TRIGGER IF NOT EXISTS rating_history_is_kept_delete BEFORE DELETE ON rating_history
BEGIN
    SELECT RAISE(ABORT, 'every change of rating is kept');
END;

-- Members' challenges to a risk's score: one current proposal per member per risk, every
-- version kept in score_proposals (the highest version per author is current).
CREATE TABLE IF NOT EXISTS score_proposals (
    item_kind     TEXT NOT NULL CHECK (item_kind = 'risk'),
    item_id       TEXT NOT NULL,
    author        TEXT NOT NULL,
    version       INTEGER NOT NULL CHECK (version >= 1),
    likelihood    INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
    impact        INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
    target_likelihood INTEGER CHECK (target_likelihood BETWEEN 1 AND 5),
    target_impact INTEGER CHECK (target_impact BETWEEN 1 AND 5),
    reason        TEXT NOT NULL,
    proposed_at   TEXT NOT NULL,
    PRIMARY KEY (item_kind, item_id, author, version)
);

CREATE TRIGGER IF NOT EXISTS score_proposals_by_participants BEFORE INSERT ON score_proposals
BEGIN
    SELECT RAISE(ABORT, 'observers can read but not write')
    WHERE COALESCE((SELECT role FROM participants WHERE name = NEW.author), '')
          NOT IN ('chair', 'vice_chair', 'member', 'adviser', 'clerk');
END;

CREATE TRIGGER IF NOT EXISTS score_proposals_are_kept_update BEFORE UPDATE ON score_proposals
BEGIN
    SELECT RAISE(ABORT, 'every version of a score proposal is kept');
END;

CREATE TRIGGER IF NOT EXISTS score_proposals_are_kept_delete BEFORE DELETE ON score_proposals
BEGIN
    SELECT RAISE(ABORT, 'every version of a score proposal is kept');
END;

-- The board's agreed residual score per risk, and every change of it.
CREATE TABLE IF NOT EXISTS agreed_scores (
    item_kind  TEXT NOT NULL CHECK (item_kind = 'risk'),
    item_id    TEXT NOT NULL,
    likelihood INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
    impact     INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
    reason     TEXT,
    agreed_by  TEXT NOT NULL,
    agreed_at  TEXT NOT NULL,
    revision   INTEGER NOT NULL,
    PRIMARY KEY (item_kind, item_id)
);

CREATE TABLE IF NOT EXISTS agreed_score_history (
    item_kind  TEXT NOT NULL CHECK (item_kind = 'risk'),
    item_id    TEXT NOT NULL,
    revision   INTEGER NOT NULL,
    likelihood INTEGER NOT NULL,
    impact     INTEGER NOT NULL,
    reason     TEXT,
    agreed_by  TEXT NOT NULL,
    agreed_at  TEXT NOT NULL,
    PRIMARY KEY (item_kind, item_id, revision)
);

CREATE TRIGGER IF NOT EXISTS agreed_scores_by_the_chair_insert BEFORE INSERT ON agreed_scores
BEGIN
    SELECT RAISE(ABORT, 'only the chair agrees ratings')
    WHERE COALESCE((SELECT role FROM participants WHERE name = NEW.agreed_by), '') <> 'chair';
END;

CREATE TRIGGER IF NOT EXISTS agreed_scores_by_the_chair_update BEFORE UPDATE ON agreed_scores
BEGIN
    SELECT RAISE(ABORT, 'only the chair agrees ratings')
    WHERE COALESCE((SELECT role FROM participants WHERE name = NEW.agreed_by), '') <> 'chair';
END;

CREATE TRIGGER IF NOT EXISTS agreed_score_history_is_kept_update BEFORE UPDATE ON agreed_score_history
BEGIN
    SELECT RAISE(ABORT, 'every change of score is kept');
END;

CREATE TRIGGER IF NOT EXISTS agreed_score_history_is_kept_delete BEFORE DELETE ON agreed_score_history
BEGIN
    SELECT RAISE(ABORT, 'every change of score is kept');
END;

-- What the chair did with the agenda and its clock, in order; the meeting's place on the
-- agenda and each item's time are worked out from these (model::Clock).
CREATE TABLE IF NOT EXISTS agenda_clock (
    id      INTEGER PRIMARY KEY,
    event   TEXT NOT NULL CHECK (event IN ('start', 'pause', 'resume', 'move', 'extend', 'close')),
    item    INTEGER CHECK (item >= 0),
    minutes INTEGER CHECK (minutes BETWEEN 1 AND 600),
    at      TEXT NOT NULL,
    set_by  TEXT NOT NULL
);

CREATE TRIGGER IF NOT EXISTS agenda_clock_by_the_chair BEFORE INSERT ON agenda_clock
BEGIN
    SELECT RAISE(ABORT, 'only the chair runs the agenda and its clock')
    WHERE COALESCE((SELECT role FROM participants WHERE name = NEW.set_by), '') <> 'chair';
END;

CREATE TRIGGER IF NOT EXISTS agenda_clock_is_kept_update BEFORE UPDATE ON agenda_clock
BEGIN
    SELECT RAISE(ABORT, 'every step of the agenda is kept');
END;

CREATE TRIGGER IF NOT EXISTS agenda_clock_is_kept_delete BEFORE DELETE ON agenda_clock
BEGIN
    SELECT RAISE(ABORT, 'every step of the agenda is kept');
END;

-- The chair's decisions on the action log (the latest per action stands) and the approval
-- of the last meeting's minutes; every one kept.
CREATE TABLE IF NOT EXISTS log_decisions (
    id        INTEGER PRIMARY KEY,
    reference TEXT NOT NULL,
    outcome   TEXT NOT NULL CHECK (outcome IN ('done', 'carried', 'closed')),
    due_text  TEXT,
    note      TEXT NOT NULL,
    set_by    TEXT NOT NULL,
    at        TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS minutes_approval (
    id         INTEGER PRIMARY KEY,
    amendments TEXT,
    set_by     TEXT NOT NULL,
    at         TEXT NOT NULL
);

CREATE TRIGGER IF NOT EXISTS log_decisions_by_the_chair BEFORE INSERT ON log_decisions
BEGIN
    SELECT RAISE(ABORT, 'only the chair records decisions')
    WHERE COALESCE((SELECT role FROM participants WHERE name = NEW.set_by), '') <> 'chair';
END;

CREATE TRIGGER IF NOT EXISTS minutes_approval_by_the_chair BEFORE INSERT ON minutes_approval
BEGIN
    SELECT RAISE(ABORT, 'only the chair records decisions')
    WHERE COALESCE((SELECT role FROM participants WHERE name = NEW.set_by), '') <> 'chair';
END;

CREATE TRIGGER IF NOT EXISTS log_decisions_are_kept_update BEFORE UPDATE ON log_decisions
BEGIN
    SELECT RAISE(ABORT, 'every decision is kept');
END;

CREATE TRIGGER IF NOT EXISTS log_decisions_are_kept_delete BEFORE DELETE ON log_decisions
BEGIN
    SELECT RAISE(ABORT, 'every decision is kept');
END;

CREATE TRIGGER IF NOT EXISTS minutes_approval_is_kept_update BEFORE UPDATE ON minutes_approval
BEGIN
    SELECT RAISE(ABORT, 'every decision is kept');
END;

CREATE TRIGGER IF NOT EXISTS minutes_approval_is_kept_delete BEFORE DELETE ON minutes_approval
BEGIN
    SELECT RAISE(ABORT, 'every decision is kept');
END;
