//! A meeting on a PostgreSQL record, as members on their own machines hold it: the board's
//! database owner runs `boardpack db init`, then the chair and two members each run
//! boardpack in a terminal of their own, logged in as themselves. The server is stopped and
//! started mid-meeting; nothing acknowledged is lost, and the minutes come from the server.

mod common;

use common::pg::Server;
use common::terminal::Session;
use std::collections::HashMap;
use std::process::Command;

const PACK: &str = "packs/powys-children-2017.ron";

/// Runs `boardpack ARGS` to the end; its standard output, or the failure shown.
fn boardpack(args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_boardpack"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "boardpack {args:?}: {}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn three_terminals_on_one_postgresql_record_through_a_server_restart() {
    // A server of its own: this test stops and starts it.
    let Some(server) = Server::start() else {
        return;
    };
    let owner = server.board_database("powys");
    let dir = tempfile::tempdir().unwrap();
    let passwords = dir.path().join("passwords.tsv");
    let said = boardpack(&[
        "db",
        "init",
        PACK,
        "--record",
        &owner,
        "--passwords",
        passwords.to_str().unwrap(),
    ]);
    assert!(
        said.contains("schema powys_childrens_services_m2"),
        "{said}"
    );
    assert!(
        !said.contains("\tpowys_childrens_services_chair\t"),
        "passwords not shown: {said}"
    );
    // member id → (login, password)
    let logins: HashMap<String, (String, String)> = std::fs::read_to_string(&passwords)
        .unwrap()
        .lines()
        .filter(|line| !line.starts_with('#'))
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            (
                fields[0].to_string(),
                (fields[1].to_string(), fields[2].to_string()),
            )
        })
        .collect();
    let url = |member: &str| {
        let (login, password) = &logins[member];
        server.url(login, password, "powys")
    };
    // Each on a machine of their own: their own drafts.
    let machines: Vec<tempfile::TempDir> = (0..3).map(|_| tempfile::tempdir().unwrap()).collect();
    let open = |member: &str, machine: &tempfile::TempDir| {
        let record = url(member);
        let state = machine.path().to_str().unwrap().to_string();
        Session::start_with(
            &["run", PACK, "--record", &record],
            &[("XDG_STATE_HOME", &state)],
        )
    };
    let mut chair = open("chair", &machines[0]);
    let mut director = open("former-director", &machines[1]);
    let mut portfolio = open("former-portfolio-holder", &machines[2]);
    for (session, who) in [
        (&mut chair, "Independent Chair"),
        (&mut director, "Former Director"),
        (&mut portfolio, "Former Portfolio"),
    ] {
        session.wait_for_text(who);
        session.send("r");
        session.wait_for_text("of 13 risks");
    }

    // The chair opens the meeting: the first member present.
    chair.send("m");
    chair.wait_for_text("voting members present");
    chair.send("p");
    chair.wait_for_text(": present");
    chair.send("r");
    chair.wait_for_text("of 13 risks");

    director.save_note_on_r5("Is the campaign funded?");
    chair.sees_notes_on_r5_within_a_second(1);

    // The server goes down mid-meeting: every screen says so, and typing goes on.
    server.stop();
    for session in [&mut chair, &mut director, &mut portfolio] {
        session.wait_for_text("cannot be reached; reconnecting");
    }
    portfolio.type_note_on_r5("Written while the server was down.");
    portfolio.send("\x13");
    portfolio.wait_for_text("NOT SAVED");

    // Back up: each screen catches up by itself, and the note saves.
    server.start_again();
    for session in [&mut chair, &mut director, &mut portfolio] {
        session.wait_for_text("the record can be read again");
    }
    portfolio.send("\x13");
    portfolio.wait_for_text("challenge note on risk R5 saved");
    for session in [&mut chair, &mut director] {
        session.wait_for("both notes on R5", |s| {
            s.lines()
                .any(|line| line.starts_with("R5 ") && line.contains("✎2"))
        });
    }
    for session in [&mut chair, &mut director, &mut portfolio] {
        session.send("q");
        assert!(session.finish().success());
    }

    // The minutes, from the server, hold everything acknowledged.
    let minutes = dir.path().join("minutes.md");
    boardpack(&[
        "minutes",
        PACK,
        "--record",
        &owner,
        "-o",
        minutes.to_str().unwrap(),
    ]);
    let minutes = std::fs::read_to_string(minutes).unwrap();
    assert!(minutes.contains("Is the campaign funded?"), "{minutes}");
    assert!(
        minutes.contains("Written while the server was down."),
        "{minutes}"
    );
}
