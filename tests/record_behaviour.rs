//! What a meeting record does, whatever it is stored in: roles, privacy, note history,
//! stale ratings, drafts, actions arising and the live view of others' changes. Written once
//! and run against every backend: a feature is done when every backend passes.

mod common;

use boardpack::model::{
    Actor, Attendance, Declaration, Guest, ItemKind, ItemRef, NoteKind, Proposals, Rag, Right,
    Role, Score,
};
use boardpack::store::{MemoryStore, PackIdentity, RecordStore, SqliteStore, StoreError};
use common::{actor, risk};

/// Opens connections to one record, as the processes at a meeting each do.
trait Backend {
    fn connect(&self) -> Box<dyn RecordStore>;
}

struct Sqlite {
    dir: tempfile::TempDir,
}

impl Sqlite {
    fn new() -> Sqlite {
        Sqlite {
            dir: tempfile::tempdir().unwrap(),
        }
    }
}

impl Backend for Sqlite {
    fn connect(&self) -> Box<dyn RecordStore> {
        let identity = PackIdentity::of("powys-children-2017.ron", "pack text");
        let path = self.dir.path().join("record.db");
        Box::new(
            SqliteStore::open(&path, &identity)
                .expect("the record opens")
                .0,
        )
    }
}

#[derive(Default)]
struct Memory(MemoryStore);

impl Backend for Memory {
    fn connect(&self) -> Box<dyn RecordStore> {
        Box::new(self.0.clone())
    }
}

/// Every behaviour below, once per backend.
macro_rules! every_backend {
    ($($behaviour:ident),* $(,)?) => {
        mod sqlite {
            $(#[test]
            fn $behaviour() {
                super::$behaviour(&super::Sqlite::new());
            })*
        }
        mod memory {
            $(#[test]
            fn $behaviour() {
                super::$behaviour(&super::Memory::default());
            })*
        }
    };
}

every_backend!(
    roles_are_enforced_by_the_record,
    private_notes_are_seen_only_by_their_author,
    only_authors_change_their_notes_and_every_version_is_kept,
    a_stale_rating_is_detected_not_overwritten,
    drafts_are_kept_until_the_note_is_saved,
    actions_arising_are_numbered_in_order,
    attendance_guests_and_declarations_are_the_chairs,
    another_connections_change_is_noticed,
    every_role_has_exactly_its_rights,
    risk_scores_are_proposed_revised_and_agreed,
);

fn not_allowed(result: Result<impl std::fmt::Debug, StoreError>) -> String {
    match result {
        Err(StoreError::NotAllowed(why)) => why,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

fn roles_are_enforced_by_the_record(backend: &dyn Backend) {
    let mut store = backend.connect();
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
    let forged = actor(&member.id, Role::Chair);
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
        "observers can read but not write"
    );
    assert_eq!(
        not_allowed(store.save_draft(&observer, &risk("R1"), "hi")),
        "observers can read but not write"
    );
    assert_eq!(
        not_allowed(store.add_action_arising(&member, &risk("R1"), "t", "o", "next meeting", None)),
        "only the chair or the clerk records actions arising and declarations of interest"
    );
    assert_eq!(
        not_allowed(store.join(&actor("Someone else", Role::Chair))),
        "Independent Chair is already the chair of this meeting"
    );
    assert_eq!(
        not_allowed(store.join(&forged)),
        "Former Director of Social Services joined this meeting as member"
    );
    let id = store
        .add_note(
            &member,
            &risk("R1"),
            NoteKind::Challenge,
            "Is the target realistic?",
        )
        .unwrap();
    assert_eq!(
        not_allowed(store.edit_note(&member, id, 1, NoteKind::Decision, "RESOLVED: that")),
        "only the chair records decisions",
        "nor by editing a note into one"
    );
    store
        .agree_rag(
            &chair,
            &risk("R1"),
            Rag::Red,
            Some("agency reliance unchanged"),
            0,
        )
        .unwrap();
    store
        .add_note(&chair, &risk("R1"), NoteKind::Decision, "RESOLVED: that")
        .unwrap();
    let snapshot = store.snapshot(&observer.id).unwrap();
    assert_eq!(snapshot.notes.len(), 2);
    let rating = &snapshot.ratings[&risk("R1")];
    assert_eq!(
        (
            rating.rag,
            rating.reason.as_deref(),
            rating.agreed_by.as_str(),
            rating.revision
        ),
        (
            Rag::Red,
            Some("agency reliance unchanged"),
            "Independent Chair",
            1
        )
    );
}

fn private_notes_are_seen_only_by_their_author(backend: &dyn Backend) {
    let mut store = backend.connect();
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
    let own = store.snapshot(&member.id).unwrap();
    let others = backend.connect().snapshot(&chair.id).unwrap();
    assert_eq!(own.notes.len(), 2);
    assert_eq!(
        own.notes_on(&risk("R5")).count(),
        2,
        "looked up by item too"
    );
    assert_eq!(others.notes.len(), 1);
    assert!(others.notes.iter().all(|n| n.kind != NoteKind::Private));
}

fn only_authors_change_their_notes_and_every_version_is_kept(backend: &dyn Backend) {
    let mut store = backend.connect();
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
    assert!(store.snapshot(&member.id).unwrap().notes.is_empty());
    assert!(matches!(
        store.withdraw_note(&member, id),
        Err(StoreError::NotFound(_))
    ));
    let history: Vec<(String, String, String)> = store
        .note_history(id)
        .unwrap()
        .into_iter()
        .map(|h| (h.change, h.text, h.by))
        .collect();
    let by =
        |change: &str, text: &str| (change.to_string(), text.to_string(), "Member".to_string());
    assert_eq!(
        history,
        [
            by("created", "first"),
            by("edited", "second"),
            by("withdrawn", "second")
        ]
    );
}

fn a_stale_rating_is_detected_not_overwritten(backend: &dyn Backend) {
    let chair = actor("Chair", Role::Chair);
    let mut first = backend.connect();
    let mut second = backend.connect();
    first.join(&chair).unwrap();
    let seen = second
        .snapshot(&chair.id)
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
        }) => assert_eq!((current.rag, current.revision), (Rag::Red, 1)),
        other => panic!("expected a stale write, got {other:?}"),
    }
    assert_eq!(
        first.snapshot(&chair.id).unwrap().ratings[&risk("R1")].rag,
        Rag::Red
    );
}

fn drafts_are_kept_until_the_note_is_saved(backend: &dyn Backend) {
    let member = actor("Member", Role::Member);
    {
        let mut store = backend.connect();
        store.join(&member).unwrap();
        store
            .save_draft(&member, &risk("R2"), "half a thou")
            .unwrap();
    }
    // As after a crash: a new connection finds the draft.
    let mut store = backend.connect();
    let drafts = store.snapshot(&member.id).unwrap().drafts;
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
    assert!(store.snapshot(&member.id).unwrap().drafts.is_empty());
    store.save_draft(&member, &risk("R3"), "another").unwrap();
    store.clear_draft(&member, &risk("R3")).unwrap();
    assert!(store.snapshot(&member.id).unwrap().drafts.is_empty());
}

fn actions_arising_are_numbered_in_order(backend: &dyn Backend) {
    let mut store = backend.connect();
    let chair = actor("Chair", Role::Chair);
    store.join(&chair).unwrap();
    let due = chrono::NaiveDate::from_ymd_opt(2017, 11, 30);
    let references: Vec<String> = (0..11)
        .map(|n| {
            store
                .add_action_arising(
                    &chair,
                    &risk("R1"),
                    &format!("action {n}"),
                    "Head of Service",
                    "30/11/2017",
                    due,
                )
                .unwrap()
        })
        .collect();
    assert_eq!(references[0], "AA1");
    assert_eq!(references[10], "AA11");
    let snapshot = store.snapshot(&chair.id).unwrap();
    let listed: Vec<&str> = snapshot
        .actions_arising
        .iter()
        .map(|a| a.reference.as_str())
        .collect();
    assert_eq!(listed, references, "in the order they were recorded");
    assert_eq!(snapshot.actions_arising[0].due, due);
    assert_eq!(snapshot.arising_on(&risk("R1")).count(), 11);
}

fn attendance_guests_and_declarations_are_the_chairs(backend: &dyn Backend) {
    let mut store = backend.connect();
    let chair = actor("Chair", Role::Chair);
    let member = actor("Member", Role::Member);
    store.join(&chair).unwrap();
    store.join(&member).unwrap();
    let guest = Guest {
        name: "Scrutiny Chair".into(),
        organisation: "Powys County Council".into(),
    };
    let declaration = Declaration {
        member: "Member".into(),
        item: risk("R2"),
        interest: "a relative is a foster carer".into(),
    };
    assert_eq!(
        not_allowed(store.set_attendance(&member, "Member", Attendance::Present)),
        "only the chair or the clerk records attendance"
    );
    assert_eq!(
        not_allowed(store.add_guest(&member, &guest)),
        "only the chair or the clerk records attendance"
    );
    assert_eq!(
        not_allowed(store.declare_interest(&member, &declaration)),
        "only the chair or the clerk records actions arising and declarations of interest"
    );
    store
        .set_attendance(&chair, "Member", Attendance::Present)
        .unwrap();
    store
        .set_attendance(&chair, "Member", Attendance::Apologies)
        .unwrap();
    store.add_guest(&chair, &guest).unwrap();
    store.declare_interest(&chair, &declaration).unwrap();
    let snapshot = store.snapshot(&member.id).unwrap();
    assert_eq!(
        snapshot.attendance["Member"],
        Attendance::Apologies,
        "the latest stands"
    );
    assert_eq!(snapshot.guests, [guest]);
    assert_eq!(snapshot.declarations, [declaration]);
}

fn another_connections_change_is_noticed(backend: &dyn Backend) {
    let member = actor("Member", Role::Member);
    let mut watcher = backend.connect();
    let mut writer = backend.connect();
    writer.join(&member).unwrap();
    watcher.changed().unwrap();
    assert!(!watcher.changed().unwrap(), "nothing new yet");
    writer
        .add_note(&member, &risk("R4"), NoteKind::Challenge, "seen elsewhere")
        .unwrap();
    assert!(
        watcher.changed().unwrap(),
        "the other connection's note is noticed"
    );
    assert!(!watcher.changed().unwrap(), "once");
    assert_eq!(
        watcher.snapshot("Chair").unwrap().notes[0].text,
        "seen elsewhere"
    );
}

/// Tries the write that needs `right`, as `actor`, on a fresh item.
fn attempt(
    store: &mut dyn RecordStore,
    actor: &Actor,
    right: Right,
    n: usize,
) -> Result<(), StoreError> {
    let item = risk(&format!("R{n}"));
    match right {
        Right::Note => store
            .add_note(actor, &item, NoteKind::Challenge, "a challenge")
            .and_then(|_| store.save_draft(actor, &item, "a draft"))
            .and_then(|_| store.propose_score(actor, &item, Score::new(4, 5), None, "why")),
        Right::Decide => store
            .add_note(actor, &item, NoteKind::Decision, "RESOLVED: that")
            .map(|_| ()),
        Right::Rate => store
            .agree_rag(actor, &item, Rag::Amber, None, 0)
            .and_then(|_| store.agree_score(actor, &item, Score::new(3, 4), Some("why"), 0)),
        Right::RecordActions => store
            .add_action_arising(
                actor,
                &item,
                "report back",
                "Head of Service",
                "next meeting",
                None,
            )
            .map(|_| ())
            .and_then(|_| {
                let declaration = Declaration {
                    member: "Member".into(),
                    item,
                    interest: "an interest".into(),
                };
                store.declare_interest(actor, &declaration)
            }),
        Right::RecordAttendance => store
            .set_attendance(actor, "member", Attendance::Present)
            .and_then(|_| {
                let guest = Guest {
                    name: "Guest".into(),
                    organisation: String::new(),
                };
                store.add_guest(actor, &guest)
            }),
    }
}

/// The table of who may do what (`Role::may`) holds in the record itself, for every role
/// and every right; a refusal says why in the same words on every backend.
fn every_role_has_exactly_its_rights(backend: &dyn Backend) {
    let mut store = backend.connect();
    let actors: Vec<Actor> = Role::ALL
        .iter()
        .map(|role| actor(role.name(), *role))
        .collect();
    for actor in &actors {
        store.join(actor).unwrap();
    }
    let mut n = 0;
    for actor in &actors {
        for right in Right::ALL {
            n += 1;
            let result = attempt(store.as_mut(), actor, right, n);
            if actor.role.may(right) {
                assert_eq!(result, Ok(()), "{:?} may {right:?}", actor.role);
            } else {
                // A decision is a note: one who may write no note hears that first.
                let refused = if right == Right::Decide && !actor.role.may(Right::Note) {
                    Right::Note
                } else {
                    right
                };
                assert_eq!(
                    result,
                    Err(StoreError::NotAllowed(refused.refusal().into())),
                    "{:?} may not {right:?}",
                    actor.role
                );
            }
        }
    }
    // Spelled out, so a change to the table is a change to this test too.
    let may =
        |role: Role| -> Vec<Right> { Right::ALL.into_iter().filter(|r| role.may(*r)).collect() };
    use boardpack::model::Right::*;
    assert_eq!(
        may(Role::Chair),
        [Note, Decide, Rate, RecordActions, RecordAttendance]
    );
    assert_eq!(may(Role::ViceChair), [Note]);
    assert_eq!(may(Role::Member), [Note]);
    assert_eq!(may(Role::Adviser), [Note]);
    assert_eq!(may(Role::Clerk), [Note, RecordActions, RecordAttendance]);
    assert_eq!(may(Role::Observer), []);
}

fn risk_scores_are_proposed_revised_and_agreed(backend: &dyn Backend) {
    let mut store = backend.connect();
    let chair = actor("chair", Role::Chair);
    let alice = actor("alice", Role::Member);
    let bob = actor("bob", Role::Member);
    let observer = actor("observer", Role::Observer);
    for a in [&chair, &alice, &bob, &observer] {
        store.join(a).unwrap();
    }
    let r5 = risk("R5");
    store
        .propose_score(
            &alice,
            &r5,
            Score::new(4, 5),
            Some(Score::new(3, 4)),
            "three serious case reviews",
        )
        .unwrap();
    store
        .propose_score(&alice, &r5, Score::new(3, 5), None, "on reflection, 3")
        .unwrap();
    store
        .propose_score(
            &bob,
            &r5,
            Score::new(5, 5),
            None,
            "placements keep breaking down",
        )
        .unwrap();
    let snapshot = backend.connect().snapshot("chair").unwrap();
    let on_r5: Vec<_> = snapshot.proposals_on(&r5).collect();
    assert_eq!(on_r5.len(), 2, "one current proposal per member");
    assert_eq!(
        (
            on_r5[0].author.as_str(),
            on_r5[0].residual,
            on_r5[0].target,
            on_r5[0].version
        ),
        ("alice", Score::new(3, 5), None, 2),
        "alice's revision replaced her first proposal, first made first"
    );
    assert_eq!(on_r5[1].author, "bob");
    assert_eq!(
        Proposals::of(on_r5.iter().copied()),
        Some(Proposals {
            count: 2,
            lowest: 15,
            highest: 25,
            median: 15
        })
    );
    assert_eq!(
        store.proposal_history(&r5, "alice").unwrap(),
        [
            (Score::new(4, 5), "three serious case reviews".to_string()),
            (Score::new(3, 5), "on reflection, 3".to_string())
        ],
        "every version is kept"
    );
    assert_eq!(
        not_allowed(store.propose_score(&observer, &r5, Score::new(1, 1), None, "x")),
        "observers can read but not write"
    );
    assert_eq!(
        not_allowed(store.agree_score(&alice, &r5, Score::new(4, 5), None, 0)),
        "only the chair agrees ratings"
    );
    assert!(matches!(
        store.propose_score(&alice, &r5, Score::new(6, 1), None, "x"),
        Err(StoreError::NotAScore(_))
    ));
    let area = ItemRef::new(ItemKind::Area, "A");
    assert!(matches!(
        store.propose_score(&alice, &area, Score::new(2, 2), None, "x"),
        Err(StoreError::NotAScore(_))
    ));

    let mut other = backend.connect();
    store
        .agree_score(&chair, &r5, Score::new(4, 5), Some("members' evidence"), 0)
        .unwrap();
    match other.agree_score(&chair, &r5, Score::new(2, 2), None, 0) {
        Err(StoreError::StaleScore { current }) => {
            assert_eq!((current.residual, current.revision), (Score::new(4, 5), 1))
        }
        other => panic!("expected a stale score, got {other:?}"),
    }
    store
        .agree_score(&chair, &r5, Score::new(4, 4), Some("revised"), 1)
        .unwrap();
    let agreed = &backend.connect().snapshot("alice").unwrap().scores[&r5];
    assert_eq!(
        (
            agreed.residual,
            agreed.reason.as_deref(),
            agreed.agreed_by.as_str(),
            agreed.revision
        ),
        (Score::new(4, 4), Some("revised"), "chair", 2)
    );
}
