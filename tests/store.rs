//! The meeting record on a real SQLite file, with real processes: raw SQL, re-issued packs,
//! file permissions, and durability under kill -9 and concurrent writers. What every record
//! backend does is in `record_behaviour.rs`.

mod common;

use common::{actor, risk};

use boardpack::model::{ItemKind, ItemRef, NoteKind, Rag, Role};
use boardpack::store::{Opened, PackIdentity, RecordStore, SqliteStore, StoreError};
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};

fn pack_identity() -> PackIdentity {
    PackIdentity::of("powys-children-2017.ron", "pack text")
}

fn open(path: &Path) -> SqliteStore {
    SqliteStore::open(path, &pack_identity())
        .expect("the record opens")
        .0
}

/// The rules every backend keeps are in `record_behaviour.rs`; here, what only a file can
/// be asked: SQL written straight to it.
#[test]
fn sql_written_straight_to_the_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("record.db");
    let mut store = open(&path);
    let chair = actor("Independent Chair", Role::Chair);
    let member = actor("Former Director of Social Services", Role::Member);
    for a in [&chair, &member] {
        store.join(a).unwrap();
    }
    store
        .add_note(
            &member,
            &risk("R1"),
            NoteKind::Challenge,
            "Is the target realistic?",
        )
        .unwrap();
    store
        .agree_rag(
            &chair,
            &risk("R1"),
            Rag::Red,
            Some("agency reliance unchanged"),
            0,
        )
        .unwrap();

    let raw = rusqlite::Connection::open(&path).unwrap();
    let err = raw
        .execute(
            "UPDATE ratings SET rag = 'Green', agreed_by = ?1, revision = 2 WHERE item_id = 'R1'",
            [&member.id],
        )
        .unwrap_err();
    assert!(
        err.to_string().contains("only the chair agrees ratings"),
        "{err}"
    );
    let err = raw.execute("DELETE FROM notes", []).unwrap_err();
    assert!(
        err.to_string()
            .contains("notes are withdrawn, never deleted"),
        "{err}"
    );
}

#[test]
fn the_record_knows_its_pack_and_keeps_notes_on_items_that_went_away() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("record.db");
    let member = actor("Member", Role::Member);
    let (mut store, opened) = SqliteStore::open(&path, &pack_identity()).unwrap();
    assert_eq!(opened, Opened::Created);
    store.join(&member).unwrap();
    store
        .add_note(
            &member,
            &ItemRef::new(ItemKind::Action, "Z.9.9"),
            NoteKind::Challenge,
            "kept",
        )
        .unwrap();
    drop(store);
    assert_eq!(
        SqliteStore::open(&path, &pack_identity()).unwrap().1,
        Opened::Resumed
    );
    let reissued = PackIdentity::of("powys-children-2017-v2.ron", "other text");
    let (mut store, opened) = SqliteStore::open(&path, &reissued).unwrap();
    assert_eq!(
        opened,
        Opened::PackReissued {
            previous: "powys-children-2017.ron".into()
        }
    );
    assert_eq!(store.snapshot(&member.id).unwrap().notes.len(), 1);
}

#[cfg(unix)]
#[test]
fn the_record_is_readable_by_its_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("record.db");
    let mut store = open(&path);
    store.join(&actor("Member", Role::Member)).unwrap();
    store
        .add_note(
            &actor("Member", Role::Member),
            &risk("R1"),
            NoteKind::Challenge,
            "x",
        )
        .unwrap();
    for file in ["record.db", "record.db-wal", "record.db-shm"] {
        let mode = std::fs::metadata(dir.path().join(file))
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(mode, 0o600, "{file}");
    }
}

#[test]
fn a_file_that_is_not_a_record_is_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "these are my notes, not a database ".repeat(200)).unwrap();
    let other = dir.path().join("other.db");
    rusqlite::Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE t (x)")
        .unwrap();
    for path in [&text, &other] {
        match SqliteStore::open(path, &pack_identity()) {
            Err(err @ StoreError::Damaged(_)) => assert!(!err.to_string().is_empty()),
            Err(other) => panic!("{}: expected damaged, got {other}", path.display()),
            Ok(_) => panic!("{}: opened", path.display()),
        }
    }
    assert_eq!(
        std::fs::read(&text).unwrap().len(),
        35 * 200,
        "the file is left untouched"
    );
}

// ---- Real processes -------------------------------------------------------------------

/// Runs `child_process` below in a new process of this test binary.
fn spawn(mode: &str, path: &Path, who: &str) -> std::process::Child {
    Command::new(std::env::current_exe().unwrap())
        .args([
            "child_process",
            "--exact",
            "--ignored",
            "--nocapture",
            "--test-threads",
            "1",
        ])
        .env("BOARDPACK_CHILD_MODE", mode)
        .env("BOARDPACK_CHILD_RECORD", path)
        .env("BOARDPACK_CHILD_NAME", who)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

/// Not a test by itself: the writer the process tests start.
#[test]
#[ignore = "started as a child process by the tests that need one"]
fn child_process() {
    let (Ok(mode), Ok(path), Ok(name)) = (
        std::env::var("BOARDPACK_CHILD_MODE"),
        std::env::var("BOARDPACK_CHILD_RECORD"),
        std::env::var("BOARDPACK_CHILD_NAME"),
    ) else {
        return;
    };
    let mut store = open(Path::new(&path));
    let mut out = std::io::stdout();
    match mode.as_str() {
        // 1,000 scripted edits: notes, edits of them, and ratings. Each is acknowledged
        // only after its commit returned.
        "edits" => {
            let chair = actor(&name, Role::Chair);
            store.join(&chair).unwrap();
            let mut last_note = None;
            for n in 0..1000 {
                let line = match n % 4 {
                    0 | 1 => {
                        let id = store
                            .add_note(
                                &chair,
                                &risk(&format!("R{}", n % 13)),
                                NoteKind::Challenge,
                                &format!("note {n}"),
                            )
                            .unwrap();
                        last_note = Some((id, 1));
                        format!("ack note {id} 1 note {n}")
                    }
                    2 => {
                        let (id, version) = last_note.unwrap();
                        store
                            .edit_note(
                                &chair,
                                id,
                                version,
                                NoteKind::Challenge,
                                &format!("edited {n}"),
                            )
                            .unwrap();
                        last_note = Some((id, version + 1));
                        format!("ack note {id} {} edited {n}", version + 1)
                    }
                    _ => {
                        let item = risk(&format!("R{}", n % 7));
                        let seen = store
                            .snapshot(&chair.id)
                            .unwrap()
                            .ratings
                            .get(&item)
                            .map_or(0, |r| r.revision);
                        let rag = Rag::ALL[n % 4];
                        store.agree_rag(&chair, &item, rag, None, seen).unwrap();
                        format!("ack rag {} {} {}", item.id, seen + 1, rag.word())
                    }
                };
                writeln!(out, "{line}").unwrap();
                out.flush().unwrap();
            }
        }
        "notes" => {
            let member = actor(&name, Role::Member);
            store.join(&member).unwrap();
            for n in 0..250 {
                store
                    .add_note(
                        &member,
                        &risk("R1"),
                        NoteKind::Challenge,
                        &format!("{name} {n}"),
                    )
                    .unwrap();
            }
            writeln!(out, "done").unwrap();
        }
        other => panic!("unknown child mode {other}"),
    }
}

#[test]
fn kill_9_at_random_moments_loses_nothing_acknowledged() {
    let mut rng = fastrand::Rng::new();
    for round in 0..4 {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("record.db");
        let kill_after = rng.usize(1..1000);
        let mut child = spawn("edits", &path, "Chair");
        let mut acknowledged = Vec::new();
        for line in BufReader::new(child.stdout.take().unwrap()).lines() {
            let line = line.unwrap();
            if let Some(ack) = line.strip_prefix("ack ") {
                acknowledged.push(ack.to_string());
                if acknowledged.len() == kill_after {
                    child.kill().unwrap(); // SIGKILL
                    break;
                }
            }
        }
        child.wait().unwrap();
        assert_eq!(acknowledged.len(), kill_after, "round {round}");

        let mut store = open(&path);
        assert_eq!(store.integrity_check().unwrap(), "ok");
        let snapshot = store.snapshot("Chair").unwrap();
        for ack in &acknowledged {
            let parts: Vec<&str> = ack.splitn(4, ' ').collect();
            match parts[..] {
                ["note", id, version, text] => {
                    let id: i64 = id.parse().unwrap();
                    let version: i64 = version.parse().unwrap();
                    let note = snapshot
                        .notes
                        .iter()
                        .find(|n| n.id == id)
                        .unwrap_or_else(|| panic!("round {round}: note {id} lost"));
                    assert!(note.version >= version, "round {round}: {ack}");
                    if note.version == version {
                        assert_eq!(note.text, text, "round {round}");
                    }
                }
                ["rag", id, revision, _] => {
                    let rating = &snapshot.ratings[&risk(id)];
                    assert!(
                        rating.revision >= revision.parse::<i64>().unwrap(),
                        "round {round}: {ack}"
                    );
                }
                _ => panic!("bad ack {ack}"),
            }
        }
    }
}

#[test]
fn four_processes_adding_250_notes_each_to_one_risk_make_1000() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("record.db");
    open(&path); // created once, so the writers race only on notes
    let children: Vec<_> = (1..=4)
        .map(|n| spawn("notes", &path, &format!("Member {n}")))
        .collect();
    for child in children {
        let output = child.wait_with_output().unwrap();
        assert!(output.status.success());
        assert!(String::from_utf8_lossy(&output.stdout).contains("done"));
    }
    let mut store = open(&path);
    let notes = store.snapshot("nobody").unwrap().notes;
    assert_eq!(notes.len(), 1000);
    assert!(notes.iter().all(|n| n.item == risk("R1")));
    assert_eq!(store.integrity_check().unwrap(), "ok");
}

// ---- The record's format ----------------------------------------------------------------

/// A record written by boardpack 0.1 (record format 1), with `extra` SQL run on it.
fn format_1_record(dir: &Path, extra: &str) -> std::path::PathBuf {
    let path = dir.join("old.record.db");
    let raw = rusqlite::Connection::open(&path).unwrap();
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/record-v1.sql");
    raw.execute_batch(&std::fs::read_to_string(fixture).unwrap())
        .unwrap();
    raw.execute_batch(extra).unwrap();
    path
}

fn meta(path: &Path, key: &str) -> String {
    rusqlite::Connection::open(path)
        .unwrap()
        .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
        .unwrap()
}

#[test]
fn an_older_record_is_brought_up_to_date_with_everything_in_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = format_1_record(dir.path(), "");
    let (mut store, opened) = SqliteStore::open(&path, &pack_identity()).unwrap();
    assert_eq!(
        opened,
        Opened::PackReissued {
            previous: "powys-children-2017.ron".into()
        }
    );
    assert_eq!(meta(&path, "schema_version"), "2");
    let snapshot = store.snapshot("Board Member").unwrap();
    assert_eq!(snapshot.notes[0].text, "Why is the trend still worsening?");
    assert_eq!(snapshot.ratings[&risk("R5")].rag, Rag::Red);
    assert_eq!(snapshot.actions_arising[0].reference, "AA1");
    assert_eq!(snapshot.drafts[0].text, "half a thou");
    assert_eq!(store.note_history(1).unwrap().len(), 1);

    // The new format's constraints and the old triggers both hold.
    let raw = rusqlite::Connection::open(&path).unwrap();
    let err = raw
        .execute(
            "INSERT INTO drafts VALUES ('Board Member', 'minute', 'x', 't', 'now')",
            [],
        )
        .unwrap_err();
    assert!(err.to_string().contains("CHECK constraint failed"), "{err}");
    let err = raw
        .execute(
            "UPDATE ratings SET rag = 'Green', agreed_by = 'Board Member', revision = 2",
            [],
        )
        .unwrap_err();
    assert!(
        err.to_string().contains("only the chair agrees ratings"),
        "{err}"
    );
    // And it keeps working.
    let member = actor("Board Member", Role::Member);
    store.join(&member).unwrap();
    store
        .add_note(&member, &risk("R5"), NoteKind::Challenge, "and again")
        .unwrap();
    assert_eq!(store.snapshot("Board Member").unwrap().notes.len(), 2);
}

#[test]
fn a_record_from_a_newer_boardpack_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("record.db");
    drop(open(&path));
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute(
            "UPDATE meta SET value = '7' WHERE key = 'schema_version'",
            [],
        )
        .unwrap();
    match SqliteStore::open(&path, &pack_identity()) {
        Err(err @ StoreError::TooNew { found: 7, known: 2 }) => assert!(
            err.to_string()
                .contains("written by a newer boardpack (record format 7; this one reads up to 2)"),
            "{err}"
        ),
        Err(other) => panic!("expected too new, got {other}"),
        Ok(_) => panic!("opened a record it cannot read safely"),
    }
    assert_eq!(meta(&path, "schema_version"), "7", "left as it was");
}

#[test]
fn a_row_that_does_not_map_is_an_error_not_a_default() {
    let dir = tempfile::tempdir().unwrap();
    // Format 1 had no constraint to stop this: a note on a kind of item boardpack does not
    // know. It used to be read as a note on the meeting as a whole.
    let path = format_1_record(
        dir.path(),
        "INSERT INTO notes (item_kind, item_id, author, kind, text, created, updated, last_changed_by) \
         VALUES ('minute', '3', 'Board Member', 'challenge', 'x', 't', 't', 'Board Member')",
    );
    match SqliteStore::open(&path, &pack_identity()) {
        Err(err @ StoreError::Damaged(_)) => assert!(
            err.to_string()
                .contains("could not be brought up to record format 2")
                && err.to_string().contains("CHECK constraint failed"),
            "{err}"
        ),
        Err(other) => panic!("expected damaged, got {other}"),
        Ok(_) => panic!("opened with a row that does not map"),
    }
    assert_eq!(meta(&path, "schema_version"), "1", "left as it was");
    let notes: i64 = rusqlite::Connection::open(&path)
        .unwrap()
        .query_row("SELECT count(*) FROM notes", [], |r| r.get(0))
        .unwrap();
    assert_eq!(notes, 2, "nothing lost");
}

#[test]
fn an_empty_file_is_never_taken_for_a_new_meeting() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("record.db");
    std::fs::write(&path, b"").unwrap();
    // Made a while ago: not another boardpack creating it this moment.
    let long_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    std::fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(long_ago)
        .unwrap();
    match SqliteStore::open(&path, &pack_identity()) {
        Err(err @ StoreError::Damaged(_)) => assert!(
            err.to_string().contains("the file is empty (0 bytes)")
                && err.to_string().contains("will not start a new meeting"),
            "{err}"
        ),
        Err(other) => panic!("expected damaged, got {other}"),
        Ok(_) => panic!("an empty file was opened as a new meeting"),
    }
    assert_eq!(std::fs::metadata(&path).unwrap().len(), 0, "left as it was");
}

#[test]
fn two_people_opening_a_new_record_at_once_both_join() {
    for _ in 0..5 {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("record.db");
        let threads: Vec<_> = ["chair", "former-director"]
            .into_iter()
            .map(|id| {
                let path = path.clone();
                std::thread::spawn(move || {
                    let mut store = open(&path);
                    let role = if id == "chair" {
                        Role::Chair
                    } else {
                        Role::Member
                    };
                    store.join(&actor(id, role))
                })
            })
            .collect();
        for thread in threads {
            assert_eq!(thread.join().unwrap(), Ok(()));
        }
    }
}
