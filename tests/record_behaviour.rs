//! What a meeting record does, whatever it is stored in: roles, privacy, note history,
//! stale ratings, drafts, actions arising and the live view of others' changes. Written once
//! and run against every backend: a feature is done when every backend passes.

mod common;

use boardpack::model::{
    Actor, Attendance, ClockEvent, Declaration, Guest, ItemKind, ItemRef, NoteKind, Proposals, Rag,
    Right, Role, Score,
};
use boardpack::store::{
    MemoryStore, PackIdentity, PostgresStore, RecordName, RecordStore, SqliteStore, StoreError,
    Target,
};
use common::{actor, risk};

/// Opens connections to one record, as the processes at a meeting each do: each person on
/// their own, logged in as themselves where the backend knows logins.
trait Backend {
    fn connect_as(&self, actor: &Actor) -> Box<dyn RecordStore>;
}

/// A connection for `actor`, who has joined the meeting.
fn joined(backend: &dyn Backend, actor: &Actor) -> Box<dyn RecordStore> {
    let mut store = backend.connect_as(actor);
    store.join(actor).expect("joins the meeting");
    store
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
    fn connect_as(&self, _: &Actor) -> Box<dyn RecordStore> {
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
    fn connect_as(&self, _: &Actor) -> Box<dyn RecordStore> {
        Box::new(self.0.clone())
    }
}

/// A board of its own on the test binary's PostgreSQL server. Whoever connects is enrolled
/// first, as the board's database owner would with `db init`, then logs in as themselves.
struct Postgres {
    server: &'static common::pg::Server,
    owner: String,
    database: String,
    pack: std::sync::Mutex<boardpack::model::Pack>,
    passwords: std::sync::Mutex<std::collections::HashMap<String, String>>,
    name: RecordName,
    state: tempfile::TempDir,
}

impl Postgres {
    fn new() -> Option<Postgres> {
        static BOARDS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let server = common::pg::Server::shared()?;
        let n = BOARDS.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let mut pack = common::powys();
        pack.meeting.board = format!("Behaviour {n}").into();
        pack.meeting.members.clear();
        let database = format!("behaviour_{n}");
        Some(Postgres {
            owner: server.board_database(&database),
            server,
            database,
            name: RecordName::of(&pack.meeting),
            pack: std::sync::Mutex::new(pack),
            passwords: Default::default(),
            state: tempfile::tempdir().unwrap(),
        })
    }
}

impl Backend for Postgres {
    fn connect_as(&self, actor: &Actor) -> Box<dyn RecordStore> {
        let identity = PackIdentity::of("powys-children-2017.ron", "pack text");
        let mut pack = self.pack.lock().unwrap();
        let mut passwords = self.passwords.lock().unwrap();
        if pack.meeting.member(&actor.id).is_none() {
            pack.meeting.members.push(boardpack::model::Member {
                id: actor.id.clone(),
                name: actor.id.clone(),
                role: actor.role,
                organisation: String::new(),
                voting: true,
                language: None,
            });
            let owner = Target::parse(&self.owner).unwrap();
            let report = boardpack::store::init(&owner, &self.name, &pack, &identity)
                .expect("db init enrols the member");
            for enrolled in report.enrolled {
                if let Some(password) = enrolled.password {
                    passwords.insert(enrolled.member_id, password);
                }
            }
        }
        let login = self.name.login_role(&actor.id);
        let url = self.server.url(
            &login.replace(' ', "%20"),
            &passwords[&actor.id],
            &self.database,
        );
        let (store, _) = PostgresStore::open(
            Target::parse(&url).unwrap(),
            self.name.clone(),
            &identity,
            self.state.path(),
        )
        .expect("the member logs in");
        Box::new(store)
    }
}

/// Every behaviour below, once per backend; PostgreSQL's say why they skip without a server.
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
        mod postgres {
            $(#[test]
            fn $behaviour() {
                if let Some(backend) = super::Postgres::new() {
                    super::$behaviour(&backend);
                }
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
    the_agenda_clock_is_the_chairs_and_every_step_is_kept,
    the_action_log_and_the_last_minutes_are_the_chairs_to_decide,
);

fn not_allowed(result: Result<impl std::fmt::Debug, StoreError>) -> String {
    match result {
        Err(StoreError::NotAllowed(why)) => why.describe(boardpack::locale::Lang::En),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

fn roles_are_enforced_by_the_record(backend: &dyn Backend) {
    let chair = actor("Independent Chair", Role::Chair);
    let member = actor("Former Director of Social Services", Role::Member);
    let observer = actor("Scrutiny Chair", Role::Observer);
    let mut as_chair = joined(backend, &chair);
    let mut as_member = joined(backend, &member);
    let mut as_observer = joined(backend, &observer);

    assert_eq!(
        not_allowed(as_member.agree_rag(&member, &risk("R1"), Rag::Red, None, 0)),
        "only the chair agrees ratings"
    );
    // Claiming to be the chair through the library API does not help: the record knows.
    let forged = actor(&member.id, Role::Chair);
    assert_eq!(
        not_allowed(as_member.agree_rag(&forged, &risk("R1"), Rag::Red, None, 0)),
        "only the chair agrees ratings"
    );
    assert_eq!(
        not_allowed(as_member.add_note(&member, &risk("R1"), NoteKind::Decision, "RESOLVED: that")),
        "only the chair records decisions"
    );
    assert_eq!(
        not_allowed(as_observer.add_note(&observer, &risk("R1"), NoteKind::Challenge, "hi")),
        "observers can read but not write"
    );
    assert_eq!(
        not_allowed(as_observer.save_draft(&observer, &risk("R1"), "hi")),
        "observers can read but not write"
    );
    assert_eq!(
        not_allowed(as_member.add_action_arising(
            &member,
            &risk("R1"),
            "t",
            "o",
            "next meeting",
            None
        )),
        "only the chair or the clerk records actions arising and declarations of interest"
    );
    let usurper = actor("Someone else", Role::Chair);
    assert_eq!(
        not_allowed(backend.connect_as(&usurper).join(&usurper)),
        "Independent Chair is already the chair of this meeting"
    );
    assert_eq!(
        not_allowed(as_member.join(&forged)),
        "Former Director of Social Services joined this meeting as member"
    );
    let id = as_member
        .add_note(
            &member,
            &risk("R1"),
            NoteKind::Challenge,
            "Is the target realistic?",
        )
        .unwrap();
    assert_eq!(
        not_allowed(as_member.edit_note(&member, id, 1, NoteKind::Decision, "RESOLVED: that")),
        "only the chair records decisions",
        "nor by editing a note into one"
    );
    as_chair
        .agree_rag(
            &chair,
            &risk("R1"),
            Rag::Red,
            Some("agency reliance unchanged"),
            0,
        )
        .unwrap();
    as_chair
        .add_note(&chair, &risk("R1"), NoteKind::Decision, "RESOLVED: that")
        .unwrap();
    let snapshot = as_observer.snapshot(&observer.id).unwrap();
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
    let chair = actor("Chair", Role::Chair);
    let member = actor("Member", Role::Member);
    let mut as_chair = joined(backend, &chair);
    let mut as_member = joined(backend, &member);
    as_member
        .add_note(
            &member,
            &risk("R5"),
            NoteKind::Private,
            "ask about the foster carer named in the press",
        )
        .unwrap();
    as_member
        .add_note(
            &member,
            &risk("R5"),
            NoteKind::Challenge,
            "Why is the trend still worsening?",
        )
        .unwrap();
    let own = as_member.snapshot(&member.id).unwrap();
    let others = as_chair.snapshot(&chair.id).unwrap();
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
    let chair = actor("Chair", Role::Chair);
    let member = actor("Member", Role::Member);
    let mut as_chair = joined(backend, &chair);
    let mut as_member = joined(backend, &member);
    let id = as_member
        .add_note(&member, &risk("R1"), NoteKind::Challenge, "first")
        .unwrap();
    assert_eq!(
        not_allowed(as_chair.edit_note(&chair, id, 1, NoteKind::Challenge, "hijack")),
        "only its author can change a note"
    );
    as_member
        .edit_note(&member, id, 1, NoteKind::Challenge, "second")
        .unwrap();
    assert!(matches!(
        as_member.edit_note(&member, id, 1, NoteKind::Challenge, "stale"),
        Err(StoreError::Stale { .. })
    ));
    assert_eq!(
        not_allowed(as_chair.withdraw_note(&chair, id)),
        "only its author can change a note"
    );
    as_member.withdraw_note(&member, id).unwrap();
    assert!(as_member.snapshot(&member.id).unwrap().notes.is_empty());
    assert!(matches!(
        as_member.withdraw_note(&member, id),
        Err(StoreError::NotFound(_))
    ));
    let history: Vec<(String, String, String)> = as_chair
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
    let mut first = joined(backend, &chair);
    let mut second = backend.connect_as(&chair);
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
        let mut store = joined(backend, &member);
        store
            .save_draft(&member, &risk("R2"), "half a thou")
            .unwrap();
    }
    // As after a crash: a new connection finds the draft.
    let mut store = backend.connect_as(&member);
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
    let chair = actor("Chair", Role::Chair);
    let mut store = joined(backend, &chair);
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
    let chair = actor("Chair", Role::Chair);
    let member = actor("Member", Role::Member);
    let mut as_chair = joined(backend, &chair);
    let mut as_member = joined(backend, &member);
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
        not_allowed(as_member.set_attendance(&member, "Member", Attendance::Present)),
        "only the chair or the clerk records attendance"
    );
    assert_eq!(
        not_allowed(as_member.add_guest(&member, &guest)),
        "only the chair or the clerk records attendance"
    );
    assert_eq!(
        not_allowed(as_member.declare_interest(&member, &declaration)),
        "only the chair or the clerk records actions arising and declarations of interest"
    );
    as_chair
        .set_attendance(&chair, "Member", Attendance::Present)
        .unwrap();
    as_chair
        .set_attendance(&chair, "Member", Attendance::Apologies)
        .unwrap();
    as_chair.add_guest(&chair, &guest).unwrap();
    as_chair.declare_interest(&chair, &declaration).unwrap();
    let snapshot = as_member.snapshot(&member.id).unwrap();
    assert_eq!(
        snapshot.attendance["Member"],
        Attendance::Apologies,
        "the latest stands"
    );
    assert_eq!(snapshot.guests, [guest]);
    assert_eq!(snapshot.declarations, [declaration]);
}

fn another_connections_change_is_noticed(backend: &dyn Backend) {
    let chair = actor("Chair", Role::Chair);
    let member = actor("Member", Role::Member);
    let mut watcher = joined(backend, &chair);
    let mut writer = joined(backend, &member);
    watcher.changed().unwrap();
    assert!(!watcher.changed().unwrap(), "nothing new yet");
    writer
        .add_note(&member, &risk("R4"), NoteKind::Challenge, "seen elsewhere")
        .unwrap();
    // Noticed within a second: the record announces it, and nobody has to read everything.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(1);
    while !watcher.changed().unwrap() {
        assert!(
            std::time::Instant::now() < deadline,
            "the other connection's note is noticed"
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(!watcher.changed().unwrap(), "once");
    assert_eq!(
        watcher.snapshot(&chair.id).unwrap().notes[0].text,
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
        Right::KeepTime => store
            .keep_time(actor, ClockEvent::Start)
            .and_then(|_| store.keep_time(actor, ClockEvent::MoveTo(1))),
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
    let actors: Vec<Actor> = Role::ALL
        .iter()
        .map(|role| actor(role.name(), *role))
        .collect();
    let mut n = 0;
    for actor in &actors {
        let mut store = joined(backend, actor);
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
                    Err(StoreError::NotAllowed(boardpack::store::Refused::Right(
                        refused
                    ))),
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
        [
            Note,
            Decide,
            Rate,
            RecordActions,
            RecordAttendance,
            KeepTime
        ]
    );
    assert_eq!(may(Role::ViceChair), [Note]);
    assert_eq!(may(Role::Member), [Note]);
    assert_eq!(may(Role::Adviser), [Note]);
    assert_eq!(may(Role::Clerk), [Note, RecordActions, RecordAttendance]);
    assert_eq!(may(Role::Observer), []);
}

fn risk_scores_are_proposed_revised_and_agreed(backend: &dyn Backend) {
    let chair = actor("chair", Role::Chair);
    let alice = actor("alice", Role::Member);
    let bob = actor("bob", Role::Member);
    let observer = actor("observer", Role::Observer);
    let mut as_chair = joined(backend, &chair);
    let mut as_alice = joined(backend, &alice);
    let mut as_bob = joined(backend, &bob);
    let mut as_observer = joined(backend, &observer);
    let r5 = risk("R5");
    as_alice
        .propose_score(
            &alice,
            &r5,
            Score::new(4, 5),
            Some(Score::new(3, 4)),
            "three serious case reviews",
        )
        .unwrap();
    as_alice
        .propose_score(&alice, &r5, Score::new(3, 5), None, "on reflection, 3")
        .unwrap();
    as_bob
        .propose_score(
            &bob,
            &r5,
            Score::new(5, 5),
            None,
            "placements keep breaking down",
        )
        .unwrap();
    let snapshot = as_chair.snapshot("chair").unwrap();
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
        as_chair.proposal_history(&r5, "alice").unwrap(),
        [
            (Score::new(4, 5), "three serious case reviews".to_string()),
            (Score::new(3, 5), "on reflection, 3".to_string())
        ],
        "every version is kept"
    );
    assert_eq!(
        not_allowed(as_observer.propose_score(&observer, &r5, Score::new(1, 1), None, "x")),
        "observers can read but not write"
    );
    assert_eq!(
        not_allowed(as_alice.agree_score(&alice, &r5, Score::new(4, 5), None, 0)),
        "only the chair agrees ratings"
    );
    assert!(matches!(
        as_alice.propose_score(&alice, &r5, Score::new(6, 1), None, "x"),
        Err(StoreError::NotAScore(_))
    ));
    let area = ItemRef::new(ItemKind::Area, "A");
    assert!(matches!(
        as_alice.propose_score(&alice, &area, Score::new(2, 2), None, "x"),
        Err(StoreError::NotAScore(_))
    ));

    let mut other = backend.connect_as(&chair);
    as_chair
        .agree_score(&chair, &r5, Score::new(4, 5), Some("members' evidence"), 0)
        .unwrap();
    match other.agree_score(&chair, &r5, Score::new(2, 2), None, 0) {
        Err(StoreError::StaleScore { current }) => {
            assert_eq!((current.residual, current.revision), (Score::new(4, 5), 1))
        }
        other => panic!("expected a stale score, got {other:?}"),
    }
    as_chair
        .agree_score(&chair, &r5, Score::new(4, 4), Some("revised"), 1)
        .unwrap();
    let agreed = &as_alice.snapshot("alice").unwrap().scores[&r5];
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

fn the_agenda_clock_is_the_chairs_and_every_step_is_kept(backend: &dyn Backend) {
    let chair = actor("chair", Role::Chair);
    let member = actor("member", Role::Member);
    let mut as_chair = joined(backend, &chair);
    let mut as_member = joined(backend, &member);
    assert_eq!(
        not_allowed(as_member.keep_time(&member, ClockEvent::MoveTo(2))),
        "only the chair runs the agenda and its clock"
    );
    let steps = [
        ClockEvent::Start,
        ClockEvent::MoveTo(1),
        ClockEvent::Extend {
            item: 1,
            minutes: 5,
        },
        ClockEvent::Pause,
        ClockEvent::Resume,
        ClockEvent::Close,
    ];
    for step in steps {
        as_chair.keep_time(&chair, step).unwrap();
    }
    let clock = as_member.snapshot(&member.id).unwrap().clock;
    let events: Vec<ClockEvent> = clock.iter().map(|entry| entry.event).collect();
    assert_eq!(events, steps, "every step, in order, seen by everyone");
    assert!(clock.iter().all(|entry| entry.by == "chair"));
    assert!(
        clock.windows(2).all(|pair| pair[0].at <= pair[1].at),
        "stamped by the record, in order"
    );
}

fn the_action_log_and_the_last_minutes_are_the_chairs_to_decide(backend: &dyn Backend) {
    use boardpack::model::LogOutcome;
    let chair = actor("chair", Role::Chair);
    let member = actor("member", Role::Member);
    let mut as_chair = joined(backend, &chair);
    let mut as_member = joined(backend, &member);
    assert_eq!(
        not_allowed(as_member.decide_log(&member, "M2/AA1", LogOutcome::Done, None, "done")),
        "only the chair records decisions"
    );
    assert_eq!(
        not_allowed(as_member.approve_minutes(&member, None)),
        "only the chair records decisions"
    );
    as_chair
        .decide_log(
            &chair,
            "M2/AA1",
            LogOutcome::Carried,
            Some("March 2018"),
            "delayed by the election",
        )
        .unwrap();
    as_chair
        .decide_log(
            &chair,
            "M2/AA1",
            LogOutcome::Done,
            None,
            "reported in January",
        )
        .unwrap();
    as_chair
        .decide_log(
            &chair,
            "M2/AA2",
            LogOutcome::Closed,
            None,
            "overtaken by the review",
        )
        .unwrap();
    as_chair
        .approve_minutes(&chair, Some("minute 4: for 'six' read 'seven'"))
        .unwrap();
    let seen = as_member.snapshot(&member.id).unwrap();
    assert_eq!(seen.log_decisions.len(), 3, "every decision kept");
    let first = seen.log_decision("M2/AA1").unwrap();
    assert_eq!(
        (first.outcome, first.update.as_str()),
        (LogOutcome::Done, "reported in January"),
        "the latest stands"
    );
    assert_eq!(seen.log_decisions[0].due.as_deref(), Some("March 2018"));
    assert_eq!(
        seen.approval().and_then(|a| a.amendments.as_deref()),
        Some("minute 4: for 'six' read 'seven'")
    );
}
