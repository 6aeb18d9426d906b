//! The record in PostgreSQL: `db init`, members logging in as themselves over TCP with SCRAM,
//! what the database refuses to a member whatever client they use, and faults (a server
//! restarted mid-meeting, bad logins). A real server, started by the tests.

mod common;

use boardpack::model::{ItemRef, NoteKind, Pack, Role};
use boardpack::store::{
    InitReport, PackIdentity, PostgresStore, RecordName, RecordStore, StoreError, Target,
};
use common::pg::Server;
use common::{actor, risk};
use std::sync::atomic::{AtomicUsize, Ordering};

/// A board of its own on the shared server: a database owned by a role that may create
/// roles, and the Powys pack renamed so its roles are its own.
struct Board {
    server: &'static Server,
    owner_url: String,
    pack: Pack,
    identity: PackIdentity,
    name: RecordName,
    state: tempfile::TempDir,
}

impl Board {
    fn new() -> Option<Board> {
        static BOARDS: AtomicUsize = AtomicUsize::new(0);
        let server = Server::shared()?;
        let n = BOARDS.fetch_add(1, Ordering::SeqCst);
        let mut pack = common::powys();
        pack.meeting.board = format!("Board {n}");
        let name = RecordName::of(&pack.meeting);
        let owner_url = server.board_database(&format!("board_{n}"));
        Some(Board {
            server,
            owner_url,
            identity: PackIdentity::of("powys-children-2017.ron", "pack text"),
            name,
            pack,
            state: tempfile::tempdir().unwrap(),
        })
    }

    fn init(&self) -> InitReport {
        let target = Target::parse(&self.owner_url).unwrap();
        boardpack::store::init(&target, &self.name, &self.pack, &self.identity)
            .expect("db init runs")
    }

    /// The URL a member logs in with, using the password `db init` gave them.
    fn member_url(&self, report: &InitReport, id: &str) -> String {
        let enrolled = report
            .enrolled
            .iter()
            .find(|e| e.member_id == id)
            .expect("the member is enrolled");
        let password = enrolled
            .password
            .as_deref()
            .expect("a new login's password");
        let database = self.owner_url.rsplit('/').next().unwrap();
        let database = database.split('?').next().unwrap();
        self.server.url(&enrolled.login, password, database)
    }

    fn open(&self, url: &str) -> Result<PostgresStore, StoreError> {
        let target = Target::parse(url)?;
        PostgresStore::open(target, self.name.clone(), &self.identity, self.state.path())
            .map(|(store, _)| store)
    }
}

#[test]
fn db_init_enrols_the_pack_and_a_member_logs_in_as_themselves() {
    let Some(board) = Board::new() else { return };
    let report = board.init();
    assert_eq!(report.enrolled.len(), board.pack.meeting.members.len());
    assert!(report.enrolled.iter().all(|e| e.password.is_some()));
    let url = board.member_url(&report, "former-director");
    let mut store = board.open(&url).expect("the member logs in");
    assert_eq!(
        store.member(),
        Some(&("former-director".to_string(), Role::Member))
    );
    let me = actor("former-director", Role::Member);
    store.join(&me).unwrap();
    store
        .add_note(
            &me,
            &risk("R5"),
            NoteKind::Challenge,
            "Why is this worsening?",
        )
        .unwrap();
    let snapshot = store.snapshot("former-director").unwrap();
    assert_eq!(snapshot.notes.len(), 1);
    assert_eq!(
        snapshot.notes[0].item,
        ItemRef::new(boardpack::model::ItemKind::Risk, "R5")
    );
}
