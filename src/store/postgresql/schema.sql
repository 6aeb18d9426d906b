-- The meeting record in PostgreSQL: one schema per meeting, made by `boardpack db init`, run
-- by the board's database owner. {schema} is the meeting's schema, quoted.
--
-- Who may do what is the database's business, not the client's: table GRANTs to one group
-- role per board role (init.rs) say which tables each role may write; the row-level security
-- policies below say which rows: a member writes only as the role that logged in
-- (current_user, through members), reads only their own private notes, and changes only
-- their own notes. FORCE applies the policies to the owner too. History tables are
-- insert-only for every role: no grant of UPDATE or DELETE, and triggers refuse both even to
-- the owner.
--
-- Every statement can run again: re-running `db init` after the membership changed keeps
-- every row.

CREATE SCHEMA IF NOT EXISTS {schema};

CREATE TABLE IF NOT EXISTS {schema}.meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- The board's membership, kept by `db init`: which database role is which member, in which
-- board role. Retired members stay, inactive, so what they wrote still names them.
CREATE TABLE IF NOT EXISTS {schema}.members (
    member_id TEXT PRIMARY KEY,
    db_role   NAME NOT NULL UNIQUE,
    role      TEXT NOT NULL
              CHECK (role IN ('chair', 'vice_chair', 'member', 'adviser', 'clerk', 'observer')),
    active    BOOLEAN NOT NULL DEFAULT true
);

-- The member who logged in, and their role: NULL for anyone else (the owner included).
-- The schema is named in full so a search_path set by a member cannot stand in another table.
CREATE OR REPLACE FUNCTION {schema}.me() RETURNS TEXT LANGUAGE sql STABLE
    AS $$ SELECT member_id FROM {schema}.members WHERE db_role = current_user AND active $$;
CREATE OR REPLACE FUNCTION {schema}.my_role() RETURNS TEXT LANGUAGE sql STABLE
    AS $$ SELECT role FROM {schema}.members WHERE db_role = current_user AND active $$;

CREATE TABLE IF NOT EXISTS {schema}.pack_issues (
    fingerprint TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    first_seen  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS {schema}.participants (
    name      TEXT PRIMARY KEY,
    role      TEXT NOT NULL
              CHECK (role IN ('chair', 'vice_chair', 'member', 'adviser', 'clerk', 'observer')),
    joined_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX IF NOT EXISTS one_chair ON {schema}.participants (role) WHERE role = 'chair';

CREATE TABLE IF NOT EXISTS {schema}.notes (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_kind       TEXT NOT NULL CHECK (item_kind IN ('meeting', 'area', 'recommendation', 'action', 'risk', 'kpi')),
    item_id         TEXT NOT NULL,
    author          TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('challenge', 'decision', 'private')),
    text            TEXT NOT NULL,
    created         TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated         TIMESTAMPTZ NOT NULL DEFAULT now(),
    version         BIGINT NOT NULL DEFAULT 1,
    withdrawn       BOOLEAN NOT NULL DEFAULT false,
    last_changed_by TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS notes_by_item ON {schema}.notes (item_kind, item_id);

CREATE TABLE IF NOT EXISTS {schema}.note_history (
    note_id    BIGINT NOT NULL REFERENCES {schema}.notes (id),
    version    BIGINT NOT NULL,
    change     TEXT NOT NULL CHECK (change IN ('created', 'edited', 'withdrawn')),
    kind       TEXT NOT NULL CHECK (kind IN ('challenge', 'decision', 'private')),
    text       TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (note_id, version, change)
);

CREATE TABLE IF NOT EXISTS {schema}.ratings (
    item_kind TEXT NOT NULL CHECK (item_kind IN ('meeting', 'area', 'recommendation', 'action', 'risk', 'kpi')),
    item_id   TEXT NOT NULL,
    rag       TEXT NOT NULL CHECK (rag IN ('Red', 'Amber', 'Green', 'Blue')),
    reason    TEXT,
    agreed_by TEXT NOT NULL,
    agreed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    revision  BIGINT NOT NULL,
    PRIMARY KEY (item_kind, item_id)
);

CREATE TABLE IF NOT EXISTS {schema}.rating_history (
    item_kind TEXT NOT NULL,
    item_id   TEXT NOT NULL,
    revision  BIGINT NOT NULL,
    rag       TEXT NOT NULL CHECK (rag IN ('Red', 'Amber', 'Green', 'Blue')),
    reason    TEXT,
    agreed_by TEXT NOT NULL,
    agreed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (item_kind, item_id, revision)
);

CREATE TABLE IF NOT EXISTS {schema}.actions_arising (
    number     BIGINT PRIMARY KEY,
    item_kind  TEXT NOT NULL CHECK (item_kind IN ('meeting', 'area', 'recommendation', 'action', 'risk', 'kpi')),
    item_id    TEXT NOT NULL,
    text       TEXT NOT NULL,
    owner      TEXT NOT NULL,
    due_text   TEXT NOT NULL,
    due        DATE,
    created_by TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS {schema}.attendance (
    member TEXT PRIMARY KEY,
    status TEXT NOT NULL CHECK (status IN ('present', 'apologies', 'absent')),
    set_by TEXT NOT NULL,
    set_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS {schema}.guests (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name         TEXT NOT NULL,
    organisation TEXT NOT NULL,
    added_by     TEXT NOT NULL,
    added_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS {schema}.declarations (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member      TEXT NOT NULL,
    item_kind   TEXT NOT NULL CHECK (item_kind IN ('meeting', 'area', 'recommendation', 'action', 'risk', 'kpi')),
    item_id     TEXT NOT NULL,
    interest    TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Every version of every member's view of a risk's score; the highest version is current.
CREATE TABLE IF NOT EXISTS {schema}.score_proposals (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_kind     TEXT NOT NULL CHECK (item_kind = 'risk'),
    item_id       TEXT NOT NULL,
    author        TEXT NOT NULL,
    version       BIGINT NOT NULL CHECK (version >= 1),
    likelihood    SMALLINT NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
    impact        SMALLINT NOT NULL CHECK (impact BETWEEN 1 AND 5),
    target_likelihood SMALLINT CHECK (target_likelihood BETWEEN 1 AND 5),
    target_impact SMALLINT CHECK (target_impact BETWEEN 1 AND 5),
    reason        TEXT NOT NULL,
    proposed_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (item_kind, item_id, author, version)
);

CREATE TABLE IF NOT EXISTS {schema}.agreed_scores (
    item_kind  TEXT NOT NULL CHECK (item_kind = 'risk'),
    item_id    TEXT NOT NULL,
    likelihood SMALLINT NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
    impact     SMALLINT NOT NULL CHECK (impact BETWEEN 1 AND 5),
    reason     TEXT,
    agreed_by  TEXT NOT NULL,
    agreed_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    revision   BIGINT NOT NULL,
    PRIMARY KEY (item_kind, item_id)
);

CREATE TABLE IF NOT EXISTS {schema}.agreed_score_history (
    item_kind  TEXT NOT NULL,
    item_id    TEXT NOT NULL,
    revision   BIGINT NOT NULL,
    likelihood SMALLINT NOT NULL,
    impact     SMALLINT NOT NULL,
    reason     TEXT,
    agreed_by  TEXT NOT NULL,
    agreed_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (item_kind, item_id, revision)
);

-- What the chair did with the agenda and its clock, in order (model::Clock reads it).
CREATE TABLE IF NOT EXISTS {schema}.agenda_clock (
    id      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event   TEXT NOT NULL CHECK (event IN ('start', 'pause', 'resume', 'move', 'extend', 'close')),
    item    BIGINT CHECK (item >= 0),
    minutes BIGINT CHECK (minutes BETWEEN 1 AND 600),
    at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    set_by  TEXT NOT NULL
);

-- The chair's decisions on the action log and the approval of the last minutes.
CREATE TABLE IF NOT EXISTS {schema}.log_decisions (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reference TEXT NOT NULL,
    outcome   TEXT NOT NULL CHECK (outcome IN ('done', 'carried', 'closed')),
    due_text  TEXT,
    note      TEXT NOT NULL,
    set_by    TEXT NOT NULL,
    at        TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS {schema}.minutes_approval (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    amendments TEXT,
    set_by     TEXT NOT NULL,
    at         TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- History is kept whole, whoever asks: no version of a note, a rating, a score or a proposal
-- is changed or removed.
CREATE OR REPLACE FUNCTION {schema}.history_is_kept() RETURNS trigger LANGUAGE plpgsql
    AS $$ BEGIN RAISE EXCEPTION 'every version is kept: % is never changed or deleted', TG_TABLE_NAME
         USING ERRCODE = 'insufficient_privilege'; END $$;
CREATE OR REPLACE FUNCTION {schema}.notes_are_withdrawn() RETURNS trigger LANGUAGE plpgsql
    AS $$ BEGIN RAISE EXCEPTION 'notes are withdrawn, never deleted'
         USING ERRCODE = 'insufficient_privilege'; END $$;
-- Statement triggers: they refuse even a statement that would touch no row, and TRUNCATE,
-- which row-level security does not cover.
CREATE OR REPLACE TRIGGER kept BEFORE UPDATE OR DELETE OR TRUNCATE ON {schema}.note_history
    FOR EACH STATEMENT EXECUTE FUNCTION {schema}.history_is_kept();
CREATE OR REPLACE TRIGGER kept BEFORE UPDATE OR DELETE OR TRUNCATE ON {schema}.rating_history
    FOR EACH STATEMENT EXECUTE FUNCTION {schema}.history_is_kept();
CREATE OR REPLACE TRIGGER kept BEFORE UPDATE OR DELETE OR TRUNCATE ON {schema}.score_proposals
    FOR EACH STATEMENT EXECUTE FUNCTION {schema}.history_is_kept();
CREATE OR REPLACE TRIGGER kept BEFORE UPDATE OR DELETE OR TRUNCATE ON {schema}.agreed_score_history
    FOR EACH STATEMENT EXECUTE FUNCTION {schema}.history_is_kept();
CREATE OR REPLACE TRIGGER kept BEFORE UPDATE OR DELETE OR TRUNCATE ON {schema}.agenda_clock
    FOR EACH STATEMENT EXECUTE FUNCTION {schema}.history_is_kept();
CREATE OR REPLACE TRIGGER kept BEFORE UPDATE OR DELETE OR TRUNCATE ON {schema}.log_decisions
    FOR EACH STATEMENT EXECUTE FUNCTION {schema}.history_is_kept();
CREATE OR REPLACE TRIGGER kept BEFORE UPDATE OR DELETE OR TRUNCATE ON {schema}.minutes_approval
    FOR EACH STATEMENT EXECUTE FUNCTION {schema}.history_is_kept();
CREATE OR REPLACE TRIGGER kept BEFORE DELETE OR TRUNCATE ON {schema}.notes
    FOR EACH STATEMENT EXECUTE FUNCTION {schema}.notes_are_withdrawn();

-- Live updates: after every write, the name of the table written and nothing else. NOTIFY
-- reaches every role that listens, so no text goes in it; clients re-read under their own
-- role, where row-level security applies.
CREATE OR REPLACE FUNCTION {schema}.announce() RETURNS trigger LANGUAGE plpgsql
    AS $$ BEGIN PERFORM pg_notify(TG_ARGV[0], TG_TABLE_NAME); RETURN NULL; END $$;
