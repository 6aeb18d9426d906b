//! End to end on a pseudo-terminal: the real binary, real key bytes, and assertions on the
//! parsed screen grid (ratatui redraws only changed cells, so the raw stream is no guide).
//! Waits are for a condition on the screen, bounded, never blind sleeps.

mod common;

use common::terminal::{COLS, PATIENCE, ROWS, Session};
use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::time::{Duration, Instant};

#[test]
fn a_chair_pages_through_the_meeting_searches_reads_help_and_quits() {
    let mut session = Session::start(&["run", "packs/powys-children-2017.ron"]);
    let before = session.initial_modes.clone();
    session.wait_for_text("Powys Children's Services Improvement Board");
    session.wait_for_text("D Practice Quality and Assurance");
    assert_ne!(session.local_modes(), before, "raw mode while running");

    for title in [
        "A Leadership, Governance and Partnership — lead",
        "B Case Management / Strategy and Models of Care — lead",
        "C Workforce — lead",
        "D Practice Quality and Assurance — lead",
    ] {
        session.send("]");
        session.wait_for_text(title);
    }

    session.send("/");
    session.wait_for_text("> ");
    session.send("R11");
    session.wait_for_text("Cases lost between Powys People Direct");
    session.send("\r");
    session.wait_for_text(
        "Risk R11 — Cases lost between Powys People Direct and the Emergency Duty Team",
    );
    session.wait_for("the risk register", |s| s.contains("of 13 risks"));

    session.send("?");
    session.wait_for_text("Keys — from the active keymap");
    assert!(
        session
            .screen()
            .contains("find any action, recommendation, risk or KPI")
    );
    session.send("\x1b");
    session.wait_for("help to close", |s| {
        !s.contains("Keys — from the active keymap")
    });

    session.send("q");
    let status = session.finish();
    assert!(status.success(), "{status:?}");
    let screen = session.parser.screen();
    assert!(!screen.alternate_screen(), "left the alternate screen");
    assert!(!screen.hide_cursor(), "the cursor is visible again");
    assert_eq!(
        session.local_modes(),
        before,
        "the terminal's modes are as they were"
    );
}

#[test]
fn a_note_saved_in_one_terminal_appears_in_the_other_within_a_second() {
    let dir = tempfile::tempdir().unwrap();
    let record = dir.path().join("meeting.record.db");
    let record = record.to_str().unwrap();
    let pack = "packs/powys-children-2017.ron";
    let mut chair = Session::start(&["run", pack, "--record", record, "--member", "chair"]);
    let mut member = Session::start(&[
        "run",
        pack,
        "--record",
        record,
        "--member",
        "former-director",
    ]);
    for session in [&mut chair, &mut member] {
        session.wait_for_text("D Practice Quality and Assurance");
        session.send("r");
        session.wait_for_text("of 13 risks");
    }
    member.save_note_on_r5("Is the campaign funded?");
    chair.sees_notes_on_r5_within_a_second(1);
    chair.send("\r");
    chair.wait_for_text("Risk R5");
    chair.send("\x1b[6~"); // Page Down to the end of the opened risk
    chair.wait_for_text("Is the campaign funded?");
    chair.send("\x1b");
    chair.wait_for_text("of 13 risks");
    for session in [&mut chair, &mut member] {
        session.send("q");
        assert!(session.finish().success());
    }
}

#[test]
fn sigterm_restores_the_terminal() {
    let mut session = Session::start(&["run", "packs/minimal.ron", "--keymap", "vim"]);
    let before = session.initial_modes.clone();
    session.wait_for_text("Improvement Board");
    let pid = session.child.process_id().expect("a process id");
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    session.finish();
    assert!(!session.parser.screen().alternate_screen());
    assert!(!session.parser.screen().hide_cursor());
    assert_eq!(session.local_modes(), before);
}

#[test]
fn a_vanished_terminal_ends_the_process_instead_of_spinning() {
    // No reader thread here: it would hold a duplicate of the master, and the terminal
    // only hangs up when the last copy closes. Read the master directly, non-blocking.
    use nix::fcntl::{FcntlArg, OFlag, fcntl};
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: ROWS,
            cols: COLS,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_boardpack"));
    let record_dir = tempfile::tempdir().unwrap();
    command.args(["run", "packs/minimal.ron", "--record"]);
    command.arg(record_dir.path().join("test.record.db"));
    command.cwd(env!("CARGO_MANIFEST_DIR"));
    command.env("TERM", "xterm-256color");
    let mut child = pair.slave.spawn_command(command).unwrap();
    drop(pair.slave);
    let fd = pair.master.as_raw_fd().expect("a unix pty");
    fcntl(fd, FcntlArg::F_SETFL(OFlag::O_NONBLOCK)).unwrap();
    let mut parser = vt100::Parser::new(ROWS.try_into().unwrap(), COLS.try_into().unwrap(), 0);
    let deadline = Instant::now() + PATIENCE;
    let mut buffer = [0u8; 8192];
    while !parser.screen().contents().contains("Improvement Board") {
        assert!(
            Instant::now() < deadline,
            "no screen:\n{}",
            parser.screen().contents()
        );
        match nix::unistd::read(fd, &mut buffer) {
            Ok(n) => parser.process(&buffer[..n]),
            Err(nix::errno::Errno::EAGAIN) => std::thread::sleep(Duration::from_millis(20)),
            Err(err) => panic!("reading the pty: {err}"),
        }
    }

    // Close the terminal, as a dropped SSH connection or a closed window would.
    drop(pair.master);
    let deadline = Instant::now() + PATIENCE;
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            child.kill().ok();
            panic!("boardpack kept running with no terminal");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn a_locked_record_never_freezes_the_screen_and_the_save_completes_after() {
    let dir = tempfile::tempdir().unwrap();
    let record = dir.path().join("meeting.record.db");
    let mut chair = Session::start(&[
        "run",
        "packs/powys-children-2017.ron",
        "--record",
        record.to_str().unwrap(),
        "--member",
        "chair",
    ]);
    chair.wait_for_text("D Practice Quality and Assurance");
    chair.send("m");
    chair.wait_for_text("voting members present");

    // Another program holds the record's write lock for 3 seconds, as a backup tool or a
    // stuck process might; the record waits up to 5 seconds for it.
    let lock = rusqlite::Connection::open(&record).unwrap();
    lock.execute_batch("BEGIN IMMEDIATE").unwrap();
    let locked = Instant::now();
    chair.send("p"); // the first member present: a write that must wait for the lock

    // Meanwhile every key is answered at once.
    for (key, shows) in [
        ("r", "of 13 risks"),
        ("?", "Keys — from the active keymap"),
        ("\x1b", "of 13 risks"),
        ("p", "of 14 KPIs"),
        ("m", "voting members present"),
    ] {
        let sent = Instant::now();
        chair.send(key);
        chair.wait_for_text(shows);
        assert!(
            sent.elapsed() < Duration::from_secs(1),
            "{key:?} took {:?} while the record was locked",
            sent.elapsed()
        );
    }
    assert!(
        locked.elapsed() < Duration::from_secs(3),
        "the keys were all answered while the lock was held ({:?})",
        locked.elapsed()
    );
    std::thread::sleep(Duration::from_secs(3).saturating_sub(locked.elapsed()));
    lock.execute_batch("COMMIT").unwrap();

    // The save completes once the lock is gone, and says so.
    chair.wait_for_text(": present");
    let status: String = lock
        .query_row("SELECT status FROM attendance", [], |r| r.get(0))
        .unwrap();
    assert_eq!(status, "present");
    chair.send("q");
    assert!(chair.finish().success());
}

#[test]
fn two_members_challenge_a_risk_score_and_the_chair_sees_both_then_agrees_the_boards() {
    let dir = tempfile::tempdir().unwrap();
    let record = dir.path().join("meeting.record.db");
    let record = record.to_str().unwrap();
    let pack = "packs/powys-children-2017.ron";
    let join =
        |member: &str| Session::start(&["run", pack, "--record", record, "--member", member]);
    let mut chair = join("chair");
    let mut alice = join("former-director");
    let mut bob = join("childrens-commissioner");
    for session in [&mut chair, &mut alice, &mut bob] {
        session.wait_for_text("4 voting members");
        session.send("r");
        session.wait_for_text("of 13 risks");
    }
    // Each member opens their score for R5 (the officers' 5 × 4 to start from), changes it
    // and says why.
    for (session, score, why) in [
        (&mut alice, "5x5", "Three serious case reviews this year"),
        (&mut bob, "4x5", "Placements keep breaking down"),
    ] {
        session.send("x");
        session.wait_for_text("Your score for risk R5");
        session.send("\x7f\x7f\x7f"); // Backspace over "5x4"
        session.send(score);
        session.send("\r");
        session.send("\r"); // no target
        session.send(why);
        session.wait_for_text(why);
        session.send("\r");
        session.wait_for_text(&format!(
            "your score for risk R5 recorded: L{}×I{}",
            &score[..1],
            &score[2..]
        ));
    }
    let saved = Instant::now();
    chair.wait_for("both members' scores on the chair's register", |screen| {
        screen
            .lines()
            .any(|line| line.starts_with("R5 ") && line.contains("2~20"))
    });
    assert!(
        saved.elapsed() < Duration::from_secs(1),
        "took {:?}",
        saved.elapsed()
    );
    // The heat map marks both cells, in characters rather than colour.
    let screen = chair.screen();
    assert!(
        screen.contains("heat map · R5: + members = Board"),
        "{screen}"
    );
    let heat_row = |l: &str| {
        screen
            .lines()
            .find_map(|line| {
                line.split('│')
                    .find(|cell| cell.trim_start().starts_with(l))
                    .map(str::to_string)
            })
            .unwrap_or_default()
    };
    assert!(heat_row("L5").trim_end().ends_with("R+"), "{screen}");
    assert!(heat_row("L4").trim_end().ends_with("R+"), "{screen}");

    chair.send("b");
    chair.wait_for_text("The Board's score for risk R5");
    chair.send("\x7f\x7f\x7f");
    chair.send("5x5");
    chair.send("\r");
    chair.send("The members' evidence");
    chair.wait_for_text("The members' evidence");
    chair.send("\r");
    chair.wait_for_text("the Board's score for risk R5 agreed: L5×I5");
    for session in [&mut chair, &mut alice, &mut bob] {
        session.send("q");
        assert!(session.finish().success());
    }

    let minutes = dir.path().join("minutes.md");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_boardpack"))
        .args(["minutes", pack, "--record", record, "-o"])
        .arg(&minutes)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&minutes).unwrap();
    assert!(
        text.contains("**Members' scores:** One member proposed L5×I5 (25), one L4×I5 (20).")
            && text.contains("**Board's score:** The Board agreed a residual score of L5×I5 (25), worse than the officers' L5×I4 (20), because The members' evidence."),
        "{text}"
    );
}

#[test]
fn a_20_kb_paste_arrives_whole_and_saves_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let record = dir.path().join("meeting.record.db");
    let mut member = editing_a_note_on_r5(&record);
    // A report's paragraphs, pasted as a terminal sends a paste: in brackets, all at once.
    let paragraph = "Foster carers on the register fell from 103 in 2015-16 to 57 at the end of \
                     2016-17, and the recruitment campaign has not yet reported. ";
    let text: String = (0..150)
        .map(|n| format!("{n}: {paragraph}{}", if n % 10 == 9 { "\n" } else { "" }))
        .collect();
    assert!(text.len() > 20_000);
    member.send(&format!("\x1b[200~{text}\x1b[201~"));
    member.wait_for_text("149: Foster carers");
    let pasted = Instant::now();
    member.send("\x13"); // Ctrl+S
    member.wait_for_text("challenge note on risk R5 saved");
    assert!(
        pasted.elapsed() < Duration::from_secs(2),
        "saved {:?} after Ctrl+S",
        pasted.elapsed()
    );
    member.send("q");
    assert!(member.finish().success());
    let notes = former_directors_view_of(&record).notes;
    assert_eq!(notes.len(), 1);
    assert_eq!(
        notes[0].text,
        text.trim_end(),
        "every character, line breaks kept"
    );
}

#[test]
fn a_terminal_reporting_an_absurd_size_gets_a_capped_frame_not_an_abort() {
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: 65535,
            cols: 65535,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("a pseudo-terminal");
    let record = tempfile::tempdir().unwrap();
    let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_boardpack"));
    command.args(["run", "packs/minimal.ron", "--record"]);
    command.arg(record.path().join("r.db"));
    command.cwd(env!("CARGO_MANIFEST_DIR"));
    command.env("TERM", "xterm-256color");
    let mut child = pair.slave.spawn_command(command).unwrap();
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().unwrap();
    let drawn = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counter = std::sync::Arc::clone(&drawn);
    std::thread::spawn(move || {
        let mut buffer = [0u8; 65536];
        while let Ok(n) = std::io::Read::read(&mut reader, &mut buffer) {
            if n == 0 {
                break;
            }
            counter.fetch_add(n, std::sync::atomic::Ordering::SeqCst);
        }
    });
    let deadline = Instant::now() + PATIENCE;
    while drawn.load(std::sync::atomic::Ordering::SeqCst) < 2_000 {
        assert!(
            child.try_wait().unwrap().is_none(),
            "boardpack ended: it could not draw"
        );
        assert!(Instant::now() < deadline, "nothing drawn");
        std::thread::sleep(Duration::from_millis(50));
    }
    // Alive, drawing, and small: a 65535 × 65535 frame would be 4 billion cells.
    let pid = child.process_id().expect("a process id");
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let rss_kb: u64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches(" kB").trim().parse().ok())
        .unwrap_or(0);
    assert!(rss_kb < 300_000, "{rss_kb} kB resident");
    let mut writer = pair.master.take_writer().unwrap();
    std::io::Write::write_all(&mut writer, b"q").unwrap();
    let deadline = Instant::now() + PATIENCE;
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success());
            break;
        }
        assert!(Instant::now() < deadline, "did not quit");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn sigterm_straight_after_typing_keeps_the_typing_as_a_draft() {
    for signal in ["-TERM", "-HUP", "-INT"] {
        let dir = tempfile::tempdir().unwrap();
        let record = dir.path().join("meeting.record.db");
        let mut member = editing_a_note_on_r5(&record);
        member.send("Typed just before the signal");
        member.wait_for_text("Typed just before the signal");
        // No pause for the quarter-second draft: the signal comes at once.
        let pid = member.child.process_id().expect("a process id");
        let sent = std::process::Command::new("kill")
            .args([signal, &pid.to_string()])
            .status()
            .unwrap();
        assert!(sent.success());
        member.finish();
        let drafts = former_directors_view_of(&record).drafts;
        assert_eq!(drafts.len(), 1, "{signal}");
        assert_eq!(drafts[0].text, "Typed just before the signal", "{signal}");
    }
}

/// A Powys board member's session on `record`, on the risk register, writing a note on R5.
fn editing_a_note_on_r5(record: &std::path::Path) -> Session {
    let mut member = Session::start(&[
        "run",
        "packs/powys-children-2017.ron",
        "--record",
        record.to_str().unwrap(),
        "--member",
        "former-director",
    ]);
    member.wait_for_text("4 voting members");
    member.send("r");
    member.wait_for_text("of 13 risks");
    member.send("n");
    member.wait_for_text("Note on risk R5");
    member
}

/// What the record holds, as that member sees it.
fn former_directors_view_of(record: &std::path::Path) -> boardpack::model::RecordSnapshot {
    use boardpack::store::RecordStore;
    let identity = boardpack::store::PackIdentity::of("powys.ron", "");
    let mut store = boardpack::store::SqliteStore::open(record, &identity)
        .unwrap()
        .0;
    store.snapshot("former-director").unwrap()
}

#[test]
fn members_follow_the_chair_through_the_agenda_unless_they_browse() {
    let dir = tempfile::tempdir().unwrap();
    let record = dir.path().join("meeting.record.db");
    let record = record.to_str().unwrap();
    let pack = "packs/powys-children-2017.ron";
    let open =
        |member: &str| Session::start(&["run", pack, "--record", record, "--member", member]);
    let mut chair = open("chair");
    let mut follower = open("former-director");
    let mut browser = open("childrens-commissioner");
    for session in [&mut chair, &mut follower, &mut browser] {
        session.wait_for_text("D Practice Quality and Assurance");
    }
    browser.send("f");
    browser.wait_for_text("browsing freely");

    chair.send("g");
    chair.wait_for_text("NOT STARTED");
    chair.send(" ");
    chair.wait_for_text("RUNNING");
    // Item 1 is welcome and apologies: the follower's screen goes to attendance.
    follower.wait_for_text("voting members present");
    // On to item 7, the programme risk register.
    for _ in 0..6 {
        chair.send(">");
    }
    chair.wait_for_text("of 13 risks");
    let moved = Instant::now();
    follower.wait_for_text("of 13 risks");
    assert!(
        moved.elapsed() < Duration::from_secs(1),
        "the follower's screen took {:?}",
        moved.elapsed()
    );
    follower.wait_for_text("▶ 7/9");
    browser.wait_for_text("▶ 7/9");
    assert!(
        browser
            .screen()
            .contains("D Practice Quality and Assurance"),
        "the browsing member stays where they were:\n{}",
        browser.screen()
    );
    for session in [&mut chair, &mut follower, &mut browser] {
        session.send("q");
        assert!(session.finish().success());
    }
}
