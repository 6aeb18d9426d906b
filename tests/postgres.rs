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
struct Board<'a> {
    server: &'a Server,
    owner_url: String,
    pack: Pack,
    identity: PackIdentity,
    name: RecordName,
    state: tempfile::TempDir,
}

impl<'a> Board<'a> {
    fn new() -> Option<Board<'static>> {
        Some(Board::on(Server::shared()?))
    }

    fn on(server: &'a Server) -> Board<'a> {
        static BOARDS: AtomicUsize = AtomicUsize::new(0);
        let n = BOARDS.fetch_add(1, Ordering::SeqCst);
        let mut pack = common::powys();
        pack.meeting.board = format!("Board {n}").into();
        let name = RecordName::of(&pack.meeting);
        let owner_url = server.board_database(&format!("board_{n}"));
        Board {
            server,
            owner_url,
            identity: PackIdentity::of("powys-children-2017.ron", "pack text"),
            name,
            pack,
            state: tempfile::tempdir().unwrap(),
        }
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

#[test]
fn db_init_again_enrols_newcomers_and_retires_leavers_without_touching_entries() {
    let Some(mut board) = Board::new() else {
        return;
    };
    let first = board.init();
    let director = actor("former-director", Role::Member);
    let mut as_director = board
        .open(&board.member_url(&first, "former-director"))
        .unwrap();
    as_director.join(&director).unwrap();
    as_director
        .add_note(
            &director,
            &risk("R1"),
            NoteKind::Challenge,
            "kept after I leave",
        )
        .unwrap();

    board
        .pack
        .meeting
        .members
        .retain(|m| m.id != "former-director");
    board.pack.meeting.members.push(boardpack::model::Member {
        id: "new-member".into(),
        name: "A new member".into(),
        role: Role::Member,
        organisation: String::new(),
        voting: true,
        language: None,
    });
    let second = board.init();
    assert_eq!(second.retired, ["former-director"]);
    let newcomer = second
        .enrolled
        .iter()
        .find(|e| e.member_id == "new-member")
        .unwrap();
    assert!(newcomer.password.is_some(), "a newcomer gets a login");
    assert!(
        second
            .enrolled
            .iter()
            .filter(|e| e.member_id != "new-member")
            .all(|e| e.password.is_none()),
        "existing logins keep their passwords"
    );
    // The leaver's connection (and any new one) can no longer write; the note stays.
    let refused = as_director.add_note(&director, &risk("R1"), NoteKind::Challenge, "again");
    assert!(
        matches!(refused, Err(StoreError::NotAllowed(_))),
        "{refused:?}"
    );
    let mut as_newcomer = board
        .open(&board.member_url(&second, "new-member"))
        .unwrap();
    let seen = as_newcomer.snapshot("new-member").unwrap();
    assert_eq!(seen.notes.len(), 1);
    assert_eq!(seen.notes[0].author, "former-director");
}

/// What a member could try with any PostgreSQL client, logged in as themselves.
#[test]
fn a_member_with_a_plain_client_cannot_get_round_the_rules() {
    let Some(board) = Board::new() else { return };
    let report = board.init();
    let (director, portfolio) = (
        actor("former-director", Role::Member),
        actor("former-portfolio-holder", Role::Member),
    );
    let mut as_portfolio = board
        .open(&board.member_url(&report, &portfolio.id))
        .unwrap();
    as_portfolio.join(&portfolio).unwrap();
    as_portfolio
        .add_note(
            &portfolio,
            &risk("R5"),
            NoteKind::Private,
            "my private aside",
        )
        .unwrap();
    let mut watcher = board.open(&board.member_url(&report, "chair")).unwrap();
    watcher.changed().unwrap();

    let url = board.member_url(&report, &director.id);
    let mut client = postgres::Client::connect(&url, postgres::NoTls).expect("logs in");
    let schema = &board.name.schema;
    let refused = |client: &mut postgres::Client, sql: &str| {
        let err = client
            .batch_execute(&format!("SET search_path = \"{schema}\"; {sql}"))
            .expect_err(sql);
        let code = err.code().cloned();
        assert_eq!(
            code,
            Some(postgres::error::SqlState::INSUFFICIENT_PRIVILEGE),
            "{sql}: {err:?}"
        );
    };
    refused(
        &mut client,
        "INSERT INTO ratings (item_kind, item_id, rag, agreed_by, revision) VALUES ('risk', 'R5', 'Green', 'chair', 1)",
    );
    refused(
        &mut client,
        "INSERT INTO notes (item_kind, item_id, author, kind, text, last_changed_by) \
         VALUES ('risk', 'R5', 'former-portfolio-holder', 'challenge', 'forged', 'former-portfolio-holder')",
    );
    refused(
        &mut client,
        "INSERT INTO notes (item_kind, item_id, author, kind, text, last_changed_by) \
         VALUES ('risk', 'R5', 'former-director', 'decision', 'RESOLVED: forged', 'former-director')",
    );
    refused(
        &mut client,
        "INSERT INTO attendance (member, status, set_by) VALUES ('chair', 'absent', 'former-director')",
    );
    refused(&mut client, "DELETE FROM notes");
    refused(&mut client, "UPDATE note_history SET text = 'rewritten'");
    refused(
        &mut client,
        "INSERT INTO members VALUES ('former-director', current_user, 'chair', true)",
    );
    // Someone else's note cannot be changed: the row is not theirs to see for update.
    let changed = client
        .execute(
            &format!("UPDATE \"{schema}\".notes SET text = 'hijacked', last_changed_by = 'former-director'"),
            &[],
        )
        .unwrap();
    assert_eq!(changed, 0);
    // Another member's private note never leaves the server.
    let private: i64 = client
        .query_one(
            &format!("SELECT count(*) FROM \"{schema}\".notes WHERE kind = 'private'"),
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(private, 0);
    let history: i64 = client
        .query_one(
            &format!("SELECT count(*) FROM \"{schema}\".note_history"),
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(history, 0, "nor its history");
    // A fake announcement costs a re-read and changes nothing.
    client
        .batch_execute(&format!("NOTIFY \"{schema}\", 'notes'"))
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(2);
    while !watcher.changed().unwrap() {
        assert!(
            std::time::Instant::now() < deadline,
            "the notification arrives"
        );
    }
    let seen = watcher.snapshot("chair").unwrap();
    assert!(seen.notes.is_empty() && seen.ratings.is_empty());

    // The owner is under the same rules (FORCE): history is never rewritten.
    let mut owner = postgres::Client::connect(&board.owner_url, postgres::NoTls).unwrap();
    refused(&mut owner, "UPDATE note_history SET text = 'rewritten'");
    refused(
        &mut owner,
        "INSERT INTO notes (item_kind, item_id, author, kind, text, last_changed_by) \
         VALUES ('risk', 'R5', 'chair', 'decision', 'RESOLVED: by the owner', 'chair')",
    );
}

#[test]
fn logins_that_fail_say_why_naming_server_database_and_role_never_the_password() {
    let Some(board) = Board::new() else { return };
    board.init();
    let database = board
        .owner_url
        .rsplit('/')
        .next()
        .unwrap()
        .split('?')
        .next()
        .unwrap();
    let port = board.server.port;
    let error = |url: &str| match board.open(url) {
        Err(err) => err.to_string(),
        Ok(_) => panic!("{url} logged in"),
    };
    let wrong_password = error(
        &board
            .server
            .url("board_owner_x", "not-the-password", database),
    );
    assert!(
        wrong_password.contains("password was not accepted"),
        "{wrong_password}"
    );
    assert!(
        wrong_password.contains(&format!("127.0.0.1:{port}")),
        "{wrong_password}"
    );
    assert!(!wrong_password.contains("not-the-password"));

    let no_database = error(
        &board
            .server
            .url("postgres", &board.server.password, "no_such_db"),
    );
    assert!(no_database.contains("database no_such_db"), "{no_database}");
    assert!(no_database.contains("no such database"), "{no_database}");

    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let closed_port = closed.local_addr().unwrap().port();
    drop(closed);
    let refused = error(&format!(
        "postgres://alice:secret@127.0.0.1:{closed_port}/boards"
    ));
    assert!(refused.contains("nothing is listening"), "{refused}");
    assert!(
        refused.contains("as alice") && !refused.contains("secret"),
        "{refused}"
    );

    // The test server has no TLS: a member who requires it is told, not let in unencrypted.
    let url = board
        .server
        .url("postgres", &board.server.password, database)
        .replace("sslmode=disable", "sslmode=require");
    let tls = error(&url);
    assert!(tls.contains("encrypted"), "{tls}");

    // The owner is not a member: it may read, but is told it is not one.
    let mut owner = board.open(&board.owner_url).unwrap();
    assert_eq!(owner.member(), None);
    let chair = actor("chair", Role::Chair);
    let joined = owner.join(&chair).unwrap_err().to_string();
    assert!(joined.contains("not a member of this board"), "{joined}");
}

#[test]
fn a_server_restart_loses_nothing_acknowledged_and_everything_is_read_again() {
    // A server of its own, to stop.
    let Some(server) = Server::start() else {
        return;
    };
    let board = Board::on(&server);
    let report = board.init();
    let chair = actor("chair", Role::Chair);
    let director = actor("former-director", Role::Member);
    let mut as_chair = board.open(&board.member_url(&report, "chair")).unwrap();
    let mut as_director = board
        .open(&board.member_url(&report, "former-director"))
        .unwrap();
    as_chair.join(&chair).unwrap();
    as_director.join(&director).unwrap();
    as_director
        .add_note(
            &director,
            &risk("R5"),
            NoteKind::Challenge,
            "before the restart",
        )
        .unwrap();
    while as_chair.changed().unwrap() {}

    server.stop();
    let offline = as_director.add_note(&director, &risk("R5"), NoteKind::Challenge, "lost?");
    assert!(
        matches!(offline, Err(StoreError::Reconnecting { .. })),
        "{offline:?}"
    );
    // Typing goes on into the draft kept on this machine.
    as_director
        .save_draft(&director, &risk("R5"), "typed while the server was down")
        .unwrap();
    assert!(matches!(
        as_chair.changed(),
        Err(StoreError::Reconnecting { .. })
    ));

    server.start_again();
    // Reconnecting is tried once a second; then everything is read again.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        match as_chair.changed() {
            Ok(true) => break,
            Ok(false) => panic!("a reconnect must be followed by a full read"),
            Err(StoreError::Reconnecting { .. }) if std::time::Instant::now() < deadline => {
                std::thread::sleep(std::time::Duration::from_millis(100))
            }
            Err(err) => panic!("{err}"),
        }
    }
    let seen = as_chair.snapshot("chair").unwrap();
    assert_eq!(seen.notes.len(), 1, "the acknowledged note, and only it");
    assert_eq!(seen.notes[0].text, "before the restart");
    let mine = loop {
        match as_director.snapshot("former-director") {
            Ok(snapshot) => break snapshot,
            Err(StoreError::Reconnecting { .. }) if std::time::Instant::now() < deadline => {
                std::thread::sleep(std::time::Duration::from_millis(100))
            }
            Err(err) => panic!("{err}"),
        }
    };
    assert_eq!(mine.drafts[0].text, "typed while the server was down");
}

#[test]
fn sslmode_is_honoured_and_the_servers_certificate_is_verified() {
    let Some(server) = Server::start_with_tls() else {
        return;
    };
    let base = format!(
        "postgres://postgres:{}@127.0.0.1:{}/postgres",
        server.password, server.port
    );
    let connect = |query: &str| Target::parse(&format!("{base}?{query}")).unwrap().connect();
    let plain = connect("sslmode=disable")
        .map(drop)
        .unwrap_err()
        .to_string();
    assert!(plain.contains("only encrypted connections"), "{plain}");
    // The certificate is checked: an unknown issuer is refused, not trusted blindly.
    let unknown = connect("sslmode=require")
        .map(drop)
        .unwrap_err()
        .to_string();
    assert!(unknown.contains("encrypted connection failed"), "{unknown}");
    assert!(!unknown.contains(&server.password), "{unknown}");
    let root = server.certificate();
    let mut client = connect(&format!(
        "sslmode=verify-full&sslrootcert={}",
        root.display()
    ))
    .expect("logs in over TLS, the certificate verified");
    let encrypted: bool = client
        .query_one(
            "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
            &[],
        )
        .unwrap()
        .get(0);
    assert!(encrypted);
}
