//! The meeting record on a real SQLite file, with real processes: roles, privacy, stale
//! writes, drafts, re-issued packs, and durability under kill -9 and concurrent writers.

use boardpack::model::{Actor, Attendance, Guest, ItemKind, ItemRef, NoteKind, Rag, Role};
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

fn actor(name: &str, role: Role) -> Actor {
    Actor {
        name: name.to_string(),
        role,
    }
}

fn risk(id: &str) -> ItemRef {
    ItemRef::new(ItemKind::Risk, id)
}

fn not_allowed(result: Result<impl std::fmt::Debug, StoreError>) -> String {
    match result {
        Err(StoreError::NotAllowed(why)) => why,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn roles_are_enforced_where_the_record_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("record.db");
    let mut store = open(&path);
    let chair = actor("Independent Chair", Role::Chair);
    let member = actor("Former Director of Social Services", Role::Member);
    let observer = actor("Scrutiny Chair", Role::Observer);
    for a in [&chair, &member, &observer] {
        store.join(a).unwrap();
    }

    assert_eq!(
        not_allowed(store.agree_rag(&member, &risk("R1"), Rag::Red, None, 0)),
        "only the chair agrees ratings"
    );
    // Claiming to be the chair through the library API does not help: the record knows.
    let forged = actor(&member.name, Role::Chair);
    assert_eq!(
        not_allowed(store.agree_rag(&forged, &risk("R1"), Rag::Red, None, 0)),
        "only the chair agrees ratings"
    );
    assert_eq!(
        not_allowed(store.add_note(&member, &risk("R1"), NoteKind::Decision, "RESOLVED: that")),
        "only the chair records decisions"
    );
    assert_eq!(
        not_allowed(store.add_note(&observer, &risk("R1"), NoteKind::Challenge, "hi")),
        "only the chair and members add notes"
    );
    assert_eq!(
        not_allowed(store.set_attendance(&member, "x", Attendance::Present)),
        "only the chair records attendance"
    );
    assert_eq!(
        not_allowed(store.add_guest(
            &member,
            &Guest {
                name: "g".into(),
                organisation: "o".into()
            }
        )),
        "only the chair records who is in attendance"
    );
    assert_eq!(
        not_allowed(store.add_action_arising(&member, &risk("R1"), "t", "o", "next meeting", None)),
        "only the chair records actions arising"
    );
    assert_eq!(
        not_allowed(store.join(&actor("Someone else", Role::Chair))),
        "Independent Chair is already the chair of this meeting"
    );
    assert_eq!(
        not_allowed(store.join(&forged)),
        "Former Director of Social Services joined this meeting as member"
    );

    // Members annotate risks; the chair agrees ratings.
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

    // Even SQL written straight to the file is refused.
    let raw = rusqlite::Connection::open(&path).unwrap();
    let err = raw
        .execute(
            "UPDATE ratings SET rag = 'Green', agreed_by = ?1, revision = 2 WHERE item_id = 'R1'",
            [&member.name],
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
fn private_notes_are_seen_only_by_their_author() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(&dir.path().join("record.db"));
    let chair = actor("Chair", Role::Chair);
    let member = actor("Member", Role::Member);
    store.join(&chair).unwrap();
    store.join(&member).unwrap();
    store
        .add_note(
            &member,
            &risk("R5"),
            NoteKind::Private,
            "ask about the foster carer named in the press",
        )
        .unwrap();
    store
        .add_note(
            &member,
            &risk("R5"),
            NoteKind::Challenge,
            "Why is the trend still worsening?",
        )
        .unwrap();
    let own = store.snapshot(&member.name).unwrap();
    let others = store.snapshot(&chair.name).unwrap();
    assert_eq!(own.notes.len(), 2);
    assert_eq!(others.notes.len(), 1);
    assert!(others.notes.iter().all(|n| n.kind != NoteKind::Private));
}

#[test]
fn only_authors_change_their_notes_and_every_version_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(&dir.path().join("record.db"));
    let chair = actor("Chair", Role::Chair);
    let member = actor("Member", Role::Member);
    store.join(&chair).unwrap();
    store.join(&member).unwrap();
    let id = store
        .add_note(&member, &risk("R1"), NoteKind::Challenge, "first")
        .unwrap();
    assert_eq!(
        not_allowed(store.edit_note(&chair, id, 1, NoteKind::Challenge, "hijack")),
        "only its author can change a note"
    );
    store
        .edit_note(&member, id, 1, NoteKind::Challenge, "second")
        .unwrap();
    assert!(matches!(
        store.edit_note(&member, id, 1, NoteKind::Challenge, "stale"),
        Err(StoreError::Stale { .. })
    ));
    assert_eq!(
        not_allowed(store.withdraw_note(&chair, id)),
        "only its author can change a note"
    );
    store.withdraw_note(&member, id).unwrap();
    assert!(store.snapshot(&member.name).unwrap().notes.is_empty());
    let history: Vec<(String, String)> = store
        .note_history(id)
        .unwrap()
        .into_iter()
        .map(|h| (h.change, h.text))
        .collect();
    assert_eq!(
        history,
        [
            ("created".into(), "first".into()),
            ("edited".into(), "second".into()),
            ("withdrawn".into(), "second".into())
        ]
    );
}

#[test]
fn a_stale_rating_is_detected_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("record.db");
    let chair = actor("Chair", Role::Chair);
    let mut first = open(&path);
    let mut second = open(&path);
    first.join(&chair).unwrap();
    let seen = second
        .snapshot(&chair.name)
        .unwrap()
        .ratings
        .get(&risk("R1"))
        .map_or(0, |r| r.revision);
    first
        .agree_rag(&chair, &risk("R1"), Rag::Red, None, 0)
        .unwrap();
    match second.agree_rag(&chair, &risk("R1"), Rag::Green, None, seen) {
        Err(StoreError::Stale {
            current: Some(current),
        }) => assert_eq!(current.rag, Rag::Red),
        other => panic!("expected a stale write, got {other:?}"),
    }
    assert_eq!(
        first.snapshot(&chair.name).unwrap().ratings[&risk("R1")].rag,
        Rag::Red
    );
}

#[test]
fn drafts_are_kept_until_the_note_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("record.db");
    let member = actor("Member", Role::Member);
    {
        let mut store = open(&path);
        store.join(&member).unwrap();
        store
            .save_draft(&member, &risk("R2"), "half a thou")
            .unwrap();
    }
    // As after a crash: a new process finds the draft.
    let mut store = open(&path);
    let drafts = store.snapshot(&member.name).unwrap().drafts;
    assert_eq!(drafts.len(), 1);
    assert_eq!(drafts[0].text, "half a thou");
    assert!(
        store.snapshot("Someone else").unwrap().drafts.is_empty(),
        "drafts are their author's"
    );
    store
        .add_note(
            &member,
            &risk("R2"),
            NoteKind::Challenge,
            "half a thought, finished",
        )
        .unwrap();
    assert!(store.snapshot(&member.name).unwrap().drafts.is_empty());
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
    assert_eq!(store.snapshot(&member.name).unwrap().notes.len(), 1);
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
            Err(StoreError::Damaged(detail)) => assert!(!detail.is_empty()),
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
                            .snapshot(&chair.name)
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
