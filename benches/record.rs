//! The meeting record, SQLite beside PostgreSQL on the same machine:
//! `cargo bench --bench record` prints the table in docs/PERFORMANCE.md.
//!
//! - a durable note commit, against the bare insert + commit of the same database (its floor);
//! - note → other screen: a member saves a note and another member's record worker (the
//!   thread that feeds their screen, polling as the app does) hands over a record that
//!   holds it. The frame drawn after that is the keystroke → frame figure of `table`.
//!
//! PostgreSQL runs from the system's binaries on 127.0.0.1 (tests/common/pg.rs), with its
//! default durability (fsync and synchronous_commit on).

mod support;

#[path = "../tests/common/pg.rs"]
#[allow(dead_code)] // the bench starts a server; the tests use the rest
mod pg;

use boardpack::model::{Actor, ItemKind, ItemRef, NoteKind, Role};
use boardpack::store::{
    PackIdentity, PostgresStore, RecordName, RecordStore, RecordWorker, Reply, SqliteStore, Target,
};
use std::sync::mpsc;
use std::time::{Duration, Instant};
use support::{Row, ms, percentile, time};

const COMMITS: usize = 400;
const NOTES_SEEN: usize = 100;

fn member(id: &str, role: Role) -> Actor {
    Actor {
        id: id.into(),
        role,
    }
}

fn main() {
    let mut rows = Vec::new();
    let dir = tempfile::tempdir().unwrap();
    let pack = boardpack::pack::load("packs/powys-children-2017.ron".as_ref())
        .unwrap()
        .pack;
    let identity = PackIdentity::of("powys-children-2017.ron", "bench");
    let (writer, watcher) = (
        member("former-director", Role::Member),
        member("chair", Role::Chair),
    );

    // SQLite: two connections to one file, as two processes on the board's host.
    let path = dir.path().join("record.db");
    let sqlite =
        || -> Box<dyn RecordStore> { Box::new(SqliteStore::open(&path, &identity).unwrap().0) };
    let floor = support::sqlite_commit_floor(dir.path(), COMMITS);
    measure(
        &mut rows,
        "SQLite",
        floor,
        sqlite(),
        sqlite(),
        (&writer, &watcher),
    );

    // PostgreSQL: each member logged in as themselves over TCP.
    let Some(server) = pg::Server::start() else {
        rows.push(Row {
            measure: "PostgreSQL".into(),
            result: "not measured: PostgreSQL is not installed".into(),
            baseline: "–".into(),
            target: "–".into(),
            met: None,
        });
        support::print(&rows);
        return;
    };
    let owner = server.board_database("bench");
    let name = RecordName::of(&pack.meeting);
    let report =
        boardpack::store::init(&Target::parse(&owner).unwrap(), &name, &pack, &identity).unwrap();
    let login = |id: &str| -> Box<dyn RecordStore> {
        let enrolled = report.enrolled.iter().find(|e| e.member_id == id).unwrap();
        let url = server.url(
            &enrolled.login,
            enrolled.password.as_deref().unwrap(),
            "bench",
        );
        let state = dir.path().join(id);
        Box::new(
            PostgresStore::open(
                Target::parse(&url).unwrap(),
                name.clone(),
                &identity,
                &state,
            )
            .unwrap()
            .0,
        )
    };
    let mut bare = server.superuser("bench");
    bare.batch_execute(
        "CREATE TABLE t (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, text TEXT)",
    )
    .unwrap();
    let floor = (0..COMMITS)
        .map(|n| {
            time(|| {
                let mut tx = bare.transaction().unwrap();
                tx.execute("INSERT INTO t (text) VALUES ($1)", &[&format!("note {n}")])
                    .unwrap();
                tx.commit().unwrap();
            })
        })
        .collect();
    measure(
        &mut rows,
        "PostgreSQL (127.0.0.1)",
        floor,
        login(&writer.id),
        login(&watcher.id),
        (&writer, &watcher),
    );
    support::print(&rows);
}

/// Commit times and note → other screen latency for one backend.
fn measure(
    rows: &mut Vec<Row>,
    backend: &str,
    mut floor: Vec<Duration>,
    mut writing: Box<dyn RecordStore>,
    mut watching: Box<dyn RecordStore>,
    (writer, watcher): (&Actor, &Actor),
) {
    writing.join(writer).unwrap();
    watching.join(watcher).unwrap();
    let item = ItemRef::new(ItemKind::Risk, "R1");
    let mut commits: Vec<Duration> = (0..COMMITS)
        .map(|n| {
            time(|| {
                writing
                    .add_note(writer, &item, NoteKind::Challenge, &format!("note {n}"))
                    .unwrap()
            })
        })
        .collect();
    let (result, commit) = support::spread(&mut commits);
    let floor_p99 = percentile(&mut floor, 0.99);
    rows.push(Row {
        measure: format!("{backend}: durable note commit"),
        result,
        baseline: format!("bare insert + commit p99 {}", ms(floor_p99)),
        target: "p99 ≤ 10 ms".into(),
        met: Some(commit <= Duration::from_millis(10)),
    });

    // The watcher's worker, as the app runs it; each reply that holds a new note is timed
    // from the moment the writer's commit returned.
    let (replies, inbox) = mpsc::channel();
    let worker = RecordWorker::spawn(
        watching,
        watcher.clone(),
        boardpack::app::WATCH,
        move |reply| {
            if let Reply::Read(Ok(snapshot)) = reply {
                let _ = replies.send((Instant::now(), snapshot.notes.len()));
            }
        },
    );
    let mut seen = COMMITS;
    let mut latencies = Vec::new();
    for n in 0..NOTES_SEEN {
        let text = format!("seen {n}");
        writing
            .add_note(writer, &item, NoteKind::Challenge, &text)
            .unwrap();
        let committed = Instant::now();
        let arrived = loop {
            let (at, notes) = inbox
                .recv_timeout(Duration::from_secs(5))
                .expect("the watcher sees the note");
            if notes > seen {
                seen = notes;
                break at;
            }
        };
        latencies.push(arrived.saturating_duration_since(committed));
        // Not in step with the poll: a member saves whenever they finish typing.
        std::thread::sleep(Duration::from_millis(fastrand::u64(0..100)));
    }
    drop(worker);
    let (result, p99) = support::spread(&mut latencies);
    rows.push(Row {
        measure: format!("{backend}: note → other member's record ({NOTES_SEEN} notes)"),
        result,
        baseline: format!("poll every {}", ms(boardpack::app::WATCH)),
        target: "p99 ≤ 200 ms".into(),
        met: Some(p99 <= Duration::from_millis(200)),
    });
}
