//! From one meeting to the next: the Powys pack rolled through meetings 2, 3 and 4 from
//! scripted records, with the real binary. The rolled packs keep the programme manager's
//! comments and layout; the diffs hold only what changed (snapshots).

mod common;

use boardpack::locale::Lang;
use boardpack::model::{Actor, ItemKind, ItemRef, NoteKind, Rag, Role};
use boardpack::store::{PackIdentity, RecordStore, SqliteStore};
use common::actor;
use std::path::{Path, PathBuf};
use std::process::Command;

fn boardpack(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_boardpack"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

/// A meeting held on `pack`: the chair present, the last minutes approved, `rag` agreed for
/// action A.1.2, actions arising and a decision on it, and the logged action `close` closed.
fn hold_meeting(pack: &Path, rag: Rag, arising: &[&str], decision: &str, close: Option<&str>) {
    let text = std::fs::read_to_string(pack).unwrap();
    let name = pack.file_name().unwrap().to_str().unwrap();
    let record = pack.with_extension("record.db");
    let mut store = SqliteStore::open(&record, &PackIdentity::of(name, &text))
        .unwrap()
        .0;
    let chair: Actor = actor("chair", Role::Chair);
    store.join(&chair).unwrap();
    store
        .set_attendance(&chair, "chair", boardpack::model::Attendance::Present)
        .unwrap();
    let item = ItemRef::new(ItemKind::Action, "A.1.2");
    let seen = store
        .snapshot("chair")
        .unwrap()
        .ratings
        .get(&item)
        .map_or(0, |r| r.revision);
    store
        .agree_rag(&chair, &item, rag, Some("as discussed"), seen)
        .unwrap();
    for arising in arising {
        store
            .add_action_arising(
                &chair,
                &item,
                arising,
                "Chief Executive",
                "next meeting",
                None,
            )
            .unwrap();
    }
    store
        .add_note(&chair, &item, NoteKind::Decision, decision)
        .unwrap();
    store.approve_minutes(&chair, None).unwrap();
    if let Some(reference) = close {
        store
            .decide_log(
                &chair,
                reference,
                boardpack::model::LogOutcome::Closed,
                None,
                "overtaken by the workforce review",
            )
            .unwrap();
    }
}

fn roll(from: &Path, date: &str, to: &Path) {
    let output = boardpack(&[
        "roll",
        from.to_str().unwrap(),
        "--date",
        date,
        "-o",
        to.to_str().unwrap(),
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

fn diff(before: &Path, after: &Path) -> String {
    let (before, after) = (
        std::fs::read_to_string(before).unwrap(),
        std::fs::read_to_string(after).unwrap(),
    );
    similar::TextDiff::from_lines(&before, &after)
        .unified_diff()
        .context_radius(1)
        .to_string()
}

#[test]
fn the_powys_pack_rolls_through_three_meetings_keeping_its_comments() {
    let dir = tempfile::tempdir().unwrap();
    let at = |name: &str| -> PathBuf { dir.path().join(name) };
    std::fs::copy("packs/powys-children-2017.ron", at("meeting-2.ron")).unwrap();

    hold_meeting(
        &at("meeting-2.ron"),
        Rag::Red,
        &["report the weekly meetings' notes", "report agency spend"],
        "RESOLVED: That the Board receives the notes",
        None,
    );
    roll(&at("meeting-2.ron"), "2018-01-18", &at("meeting-3.ron"));

    // Before meeting 3: what moved since meeting 2, on its own screen.
    let pack = boardpack::pack::load(&at("meeting-3.ron")).unwrap().pack;
    let moved = boardpack::model::since_last_meeting(&pack, &Default::default());
    let a12 = moved.iter().find(|m| m.id(&pack) == "A.1.2").unwrap();
    assert_eq!(
        (
            a12.was.words(Lang::En).as_str(),
            a12.now.words(Lang::En).as_str(),
            a12.direction.label(Lang::En).as_str()
        ),
        ("Red", "Green", "▲ improved"),
        "agreed Red last time, proposed Green now"
    );
    let mut app = common::app_with(pack, &[]);
    common::drive(&mut app, "w");
    insta::assert_snapshot!(
        "what_changed_before_meeting_3",
        common::screen(&mut app, 120, 30)
    );
    common::drive(&mut app, "<enter>");
    assert_eq!(
        app.state.screen,
        boardpack::state::Screen::Area(0),
        "Enter jumps to the first row's action, A.8.5"
    );

    hold_meeting(
        &at("meeting-3.ron"),
        Rag::Amber,
        &["report the Cabinet decision"],
        "RESOLVED: That the Board notes progress",
        Some("M2/AA2"),
    );
    roll(&at("meeting-3.ron"), "2018-03-15", &at("meeting-4.ron"));

    insta::assert_snapshot!(
        "roll_meeting_2_to_3",
        diff(&at("meeting-2.ron"), &at("meeting-3.ron"))
    );
    insta::assert_snapshot!(
        "roll_meeting_3_to_4",
        diff(&at("meeting-3.ron"), &at("meeting-4.ron"))
    );

    // Every comment the programme manager wrote is still there, in order.
    let comments = |path: &Path| -> Vec<String> {
        std::fs::read_to_string(path)
            .unwrap()
            .lines()
            .filter(|line| line.trim_start().starts_with("//"))
            .map(str::to_string)
            .collect()
    };
    assert_eq!(
        comments(&at("meeting-2.ron")),
        comments(&at("meeting-4.ron"))
    );

    // The rolled pack passes check, with a warning for each action awaiting its update.
    let check = boardpack(&["check", at("meeting-4.ron").to_str().unwrap()]);
    assert!(check.status.success());
    let said = String::from_utf8_lossy(&check.stderr);
    assert!(
        said.contains("action A.1.2 has not been updated since the last"),
        "{said}"
    );

    // Read back: two meetings of history, the first meeting's action carried twice.
    let pack = boardpack::pack::load(&at("meeting-4.ron")).unwrap().pack;
    assert_eq!(pack.meeting.number, 4);
    let (_, _, action) = pack.actions().find(|(_, _, a)| a.id == "A.1.2").unwrap();
    let history: Vec<(u32, Rag)> = action.history.iter().map(|h| (h.meeting, h.rag)).collect();
    assert_eq!(history, [(2, Rag::Red), (3, Rag::Amber)]);
    assert_eq!(action.previous_rag, Some(Rag::Amber));
    let log: Vec<(&str, &[u32])> = pack
        .meeting
        .action_log
        .iter()
        .map(|a| (a.reference.as_str(), a.carried.as_slice()))
        .collect();
    assert_eq!(
        log,
        [
            ("M2/AA1", &[3, 4][..]),
            ("M2/AA2", &[3][..]),
            ("M3/AA1", &[4][..])
        ]
    );
    assert_eq!(
        pack.meeting.action_log[1].status,
        boardpack::model::LogStatus::Closed,
        "closed at meeting 3, kept in the log's history"
    );
    assert_eq!(pack.meeting.decisions.len(), 2);
    assert_eq!(
        pack.meeting.previous_minutes.as_deref(),
        Some("Minutes of meeting 3 held on 18 January 2018")
    );

    // Meeting 4 held: its minutes show three meetings of A.1.2 and the action log.
    hold_meeting(
        &at("meeting-4.ron"),
        Rag::Green,
        &["close the weekly meetings"],
        "RESOLVED: That the action is complete",
        None,
    );
    let minutes = at("meeting-4.md");
    let output = boardpack(&[
        "minutes",
        at("meeting-4.ron").to_str().unwrap(),
        "-o",
        minutes.to_str().unwrap(),
    ]);
    assert!(output.status.success());
    let minutes = std::fs::read_to_string(minutes).unwrap();
    for expected in [
        "RESOLVED: That the Minutes of meeting 3 held on 18 January 2018 be approved as a correct record.",
        "Matters arising: the action log",
        "| M2/AA1 | report the weekly meetings' notes | Chief Executive | next meeting | open | raised at meeting 2; carried to 3, 4 |",
        "| M2/AA2 | report agency spend | Chief Executive | next meeting | closed by the Board | raised at meeting 2; carried to 3 |",
        "| M3/AA1 | report the Cabinet decision | Chief Executive | next meeting | open | raised at meeting 3; carried to 4 |",
        "RAG: agreed at earlier meetings **Red** (meeting 2), **Amber** (meeting 3); previous **Amber** → proposed **Green** → agreed **Green**",
    ] {
        assert!(minutes.contains(expected), "{expected}\n\n{minutes}");
    }
}

/// An action arising due at "the next meeting" (in either language) is due at the meeting
/// the rolled pack is for: its log says that meeting's date, not "next meeting" again.
#[test]
fn an_action_due_next_meeting_is_logged_with_that_meetings_date() {
    let dir = tempfile::tempdir().unwrap();
    let at = |name: &str| -> PathBuf { dir.path().join(name) };
    std::fs::copy("packs/powys-children-2017.ron", at("meeting-2.ron")).unwrap();
    let text = std::fs::read_to_string(at("meeting-2.ron")).unwrap();
    let next = boardpack::pack::load(&at("meeting-2.ron"))
        .unwrap()
        .pack
        .meeting
        .next_meeting
        .expect("the Powys pack names its next meeting");
    let mut store = SqliteStore::open(
        &at("meeting-2.record.db"),
        &PackIdentity::of("meeting-2.ron", &text),
    )
    .unwrap()
    .0;
    let chair: Actor = actor("chair", Role::Chair);
    store.join(&chair).unwrap();
    let item = ItemRef::new(ItemKind::Action, "A.1.2");
    for (what, due) in [
        ("report in English", "next meeting"),
        ("adrodd yn Gymraeg", "y cyfarfod nesaf"),
    ] {
        let date = boardpack::model::parse_arising_due(due, Some(next)).unwrap();
        store
            .add_action_arising(&chair, &item, what, "Chief Executive", due, date)
            .unwrap();
    }
    drop(store);
    roll(
        &at("meeting-2.ron"),
        &next.to_string(),
        &at("meeting-3.ron"),
    );
    let log = boardpack::pack::load(&at("meeting-3.ron"))
        .unwrap()
        .pack
        .meeting
        .action_log;
    let dues: Vec<&str> = log.iter().map(|logged| logged.due.as_str()).collect();
    let date = next.format("%Y-%m-%d").to_string();
    assert_eq!(dues, [date.as_str(), date.as_str()], "{log:?}");
}

#[test]
fn rolling_again_gives_the_same_bytes_and_never_writes_over_a_pack() {
    let dir = tempfile::tempdir().unwrap();
    let this = dir.path().join("meeting-2.ron");
    std::fs::copy("packs/powys-children-2017.ron", &this).unwrap();
    hold_meeting(
        &this,
        Rag::Green,
        &["report back"],
        "RESOLVED: That it is noted",
        None,
    );
    let (first, second) = (dir.path().join("a.ron"), dir.path().join("b.ron"));
    roll(&this, "2018-01-18", &first);
    roll(&this, "2018-01-18", &second);
    assert_eq!(
        std::fs::read(&first).unwrap(),
        std::fs::read(&second).unwrap()
    );
    let before = std::fs::read(&first).unwrap();
    let again = boardpack(&[
        "roll",
        this.to_str().unwrap(),
        "--date",
        "2018-01-18",
        "-o",
        first.to_str().unwrap(),
    ]);
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("roll never writes over a pack"));
    assert_eq!(std::fs::read(&first).unwrap(), before);

    let backwards = boardpack(&[
        "roll",
        this.to_str().unwrap(),
        "--date",
        "2017-11-01",
        "-o",
        dir.path().join("c.ron").to_str().unwrap(),
    ]);
    assert_eq!(backwards.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&backwards.stderr)
            .contains("the next meeting (2017-11-01) must come after this one (2017-11-23)")
    );
    let no_record = boardpack(&[
        "roll",
        "packs/minimal.ron",
        "--record",
        dir.path().join("none.db").to_str().unwrap(),
        "--date",
        "2030-01-01",
        "-o",
        dir.path().join("d.ron").to_str().unwrap(),
    ]);
    assert_eq!(no_record.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&no_record.stderr).contains("there is no record of meeting"),
        "{}",
        String::from_utf8_lossy(&no_record.stderr)
    );
}

/// Issue 18's last point: the board's agreed score becomes the risk's previous score.
#[test]
fn the_boards_agreed_score_is_the_next_packs_previous_score() {
    use boardpack::model::Score;
    let dir = tempfile::tempdir().unwrap();
    let this = dir.path().join("meeting-2.ron");
    std::fs::copy("packs/powys-children-2017.ron", &this).unwrap();
    let text = std::fs::read_to_string(&this).unwrap();
    let mut store = SqliteStore::open(
        &this.with_extension("record.db"),
        &PackIdentity::of("meeting-2.ron", &text),
    )
    .unwrap()
    .0;
    let chair = actor("chair", Role::Chair);
    store.join(&chair).unwrap();
    let r5 = common::risk("R5");
    store
        .agree_score(
            &chair,
            &r5,
            Score::new(5, 5),
            Some("three serious case reviews"),
            0,
        )
        .unwrap();
    let next = dir.path().join("meeting-3.ron");
    roll(&this, "2018-01-18", &next);
    let pack = boardpack::pack::load(&next).unwrap().pack;
    let (r5, r1) = (
        pack.risks.iter().find(|r| r.id == "R5").unwrap(),
        pack.risks.iter().find(|r| r.id == "R1").unwrap(),
    );
    assert_eq!(
        r5.previous_residual,
        Some(25),
        "the Board's, not the officers' 20"
    );
    assert_eq!(r5.history[0].residual, 25);
    assert_eq!(
        r1.previous_residual,
        Some(20),
        "no Board score: the officers'"
    );
}

/// Risks taken off the register or added since the last meeting show on what changed.
#[test]
fn risks_added_and_closed_since_the_last_meeting_show() {
    let dir = tempfile::tempdir().unwrap();
    let this = dir.path().join("meeting-2.ron");
    std::fs::copy("packs/powys-children-2017.ron", &this).unwrap();
    hold_meeting(&this, Rag::Amber, &[], "RESOLVED: That it is noted", None);
    let next = dir.path().join("meeting-3.ron");
    roll(&this, "2018-01-18", &next);
    let mut pack = boardpack::pack::load(&next).unwrap().pack;
    assert_eq!(pack.meeting.previous_risks.len(), 13);
    // The programme manager closes R13 and adds R14 for meeting 3.
    let mut added = pack.risks.pop().unwrap();
    added.id = "R14".into();
    added.history.clear();
    added.previous_residual = None;
    pack.risks.push(added);
    let moved = boardpack::model::since_last_meeting(&pack, &Default::default());
    let said: Vec<(&str, String)> = moved
        .iter()
        .filter(|m| {
            m.kind.label(Lang::En) == "risk"
                && matches!(
                    m.direction,
                    boardpack::model::Direction::New | boardpack::model::Direction::Closed
                )
        })
        .map(|m| (m.id(&pack), m.direction.label(Lang::En)))
        .collect();
    assert_eq!(
        said,
        [
            ("R14", "+ new".to_string()),
            ("R13", "✗ closed".to_string())
        ]
    );
}
