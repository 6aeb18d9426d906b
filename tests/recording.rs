//! Recording the meeting through the keys, on a real record file: notes, ratings, actions
//! arising, attendance, drafts, conflicts and failures.

mod common;

use common::risk;

use boardpack::app::App;
use boardpack::keymap::Keymap;
use boardpack::model::{Attendance, ItemKind, ItemRef, NoteKind, Rag, Role};
use boardpack::state::{Overlay, ThemeName};
use boardpack::store::{PackIdentity, RecordStore, SqliteStore};
use common::drive;
use std::path::Path;

const CHAIR: &str = "chair";
const MEMBER: &str = "former-director";

fn app_on(record: &Path, id: &str) -> App {
    common::app_on(record, id)
}

fn status(app: &App) -> &str {
    app.state.status.as_deref().unwrap_or("")
}

#[test]
fn a_member_annotates_a_risk_and_the_chair_sees_it() {
    let dir = tempfile::tempdir().unwrap();
    let record = dir.path().join("record.db");
    let mut member = app_on(&record, MEMBER);
    let mut chair = app_on(&record, CHAIR);
    // R5 heads the register, sorted by residual score.
    drive(
        &mut member,
        "r n \"Why is the trend still worsening?\" <c-s>",
    );
    assert!(
        member.state.overlays.is_empty(),
        "the editor closes once the record has the note"
    );
    assert_eq!(status(&member), "challenge note on risk R5 saved");
    common::tick(&mut chair);
    let r5 = risk("R5");
    let notes: Vec<_> = chair.state.record.notes_on(&r5).collect();
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].author, MEMBER);
    assert_eq!(notes[0].text, "Why is the trend still worsening?");
}

#[test]
fn only_the_chair_agrees_ratings_and_a_different_rating_needs_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let record = dir.path().join("record.db");
    let mut member = app_on(&record, MEMBER);
    drive(&mut member, "r a");
    assert_eq!(status(&member), "only the chair agrees ratings");
    assert!(member.state.overlays.is_empty());

    let mut chair = app_on(&record, CHAIR);
    drive(&mut chair, "r a r");
    assert_eq!(
        status(&chair),
        "risk R5 agreed Red",
        "the officers' rating needs no reason"
    );
    drive(&mut chair, "<down> a g");
    assert!(
        matches!(chair.state.overlays.last(), Some(Overlay::Form(_))),
        "a reason is asked for"
    );
    drive(&mut chair, "<enter>");
    let Some(Overlay::Form(form)) = chair.state.overlays.last() else {
        panic!("still asking")
    };
    assert_eq!(form.error.as_deref(), Some("a reason is needed"));
    drive(
        &mut chair,
        "\"Permanent staff now outnumber agency\" <enter>",
    );
    let rating = &chair.state.record.ratings[&risk("R1")];
    assert_eq!(
        (rating.rag, rating.reason.as_deref()),
        (Rag::Green, Some("Permanent staff now outnumber agency"))
    );
}

#[test]
fn a_stale_rating_is_shown_and_not_written() {
    let dir = tempfile::tempdir().unwrap();
    let record = dir.path().join("record.db");
    let mut first = app_on(&record, CHAIR);
    let mut second = app_on(&record, CHAIR);
    drive(&mut first, "r a"); // opened the picker having seen no rating
    drive(&mut second, "r a r");
    drive(&mut first, "g Improving <enter>");
    let Some(Overlay::Form(form)) = first.state.overlays.last() else {
        panic!("the form stays open")
    };
    let error = form.error.as_deref().unwrap();
    assert!(
        error.contains("changed it to Red") && error.contains("nothing was overwritten"),
        "{error}"
    );
    assert_eq!(first.state.record.ratings[&risk("R5")].rag, Rag::Red);
}

#[test]
fn an_action_arising_takes_the_due_dates_people_write() {
    let dir = tempfile::tempdir().unwrap();
    let record = dir.path().join("record.db");
    let mut chair = app_on(&record, CHAIR);
    drive(
        &mut chair,
        "2 <down> <down> A \"Report recruitment monthly\" <enter> \"Head of Children's Services\" <enter> soon <enter>",
    );
    let Some(Overlay::Form(form)) = chair.state.overlays.last() else {
        panic!("the form stays open")
    };
    assert!(
        form.error
            .as_deref()
            .unwrap()
            .starts_with("\"soon\" is not a date: write 2017-11-30")
    );
    drive(
        &mut chair,
        "<backspace> <backspace> <backspace> <backspace> \"next meeting\" <enter>",
    );
    assert_eq!(status(&chair), "action AA1 recorded");
    let arising = &chair.state.record.actions_arising[0];
    assert_eq!(arising.item, ItemRef::new(ItemKind::Action, "B.1.2"));
    assert_eq!(arising.owner, "Head of Children's Services");
    assert_eq!(arising.due_text, "next meeting");
    assert_eq!(arising.due, chair.state.pack.meeting.next_meeting);
    drive(
        &mut chair,
        "A \"Visit a locality team\" <enter> \"Board member\" <enter> 30/11/2017 <enter>",
    );
    assert_eq!(
        chair.state.record.actions_arising[1]
            .due
            .unwrap()
            .to_string(),
        "2017-11-30"
    );
}

#[test]
fn attendance_makes_the_meeting_quorate() {
    let dir = tempfile::tempdir().unwrap();
    let record = dir.path().join("record.db");
    let mut chair = app_on(&record, CHAIR);
    drive(&mut chair, "m p <down> p <down> s");
    assert_eq!(
        boardpack::ui::attendance_quorum(&chair.state),
        (2, false),
        "quorum is 3"
    );
    drive(
        &mut chair,
        "<down> p + \"Scrutiny Chair\" <tab> \"Powys County Council\" <enter>",
    );
    assert_eq!(boardpack::ui::attendance_quorum(&chair.state), (3, true));
    assert_eq!(chair.state.record.attendance[MEMBER], Attendance::Present);
    assert_eq!(chair.state.record.guests[0].name, "Scrutiny Chair");
    let mut member = app_on(&record, MEMBER);
    drive(&mut member, "m <down> x");
    assert_eq!(
        status(&member),
        "only the chair or the clerk records attendance"
    );
}

#[test]
fn a_draft_survives_a_crash_and_is_offered_back() {
    let dir = tempfile::tempdir().unwrap();
    let record = dir.path().join("record.db");
    {
        let mut member = app_on(&record, MEMBER);
        drive(&mut member, "r n \"Half a thought about foster\"");
        common::tick(&mut member);
        // Dropped without saving or closing: as if the process died.
    }
    let mut member = app_on(&record, MEMBER);
    drive(&mut member, "r n");
    let Some(Overlay::Editor(editor)) = member.state.overlays.last() else {
        panic!("the editor is open")
    };
    assert_eq!(editor.text(), "Half a thought about foster");
    assert!(
        editor
            .notice
            .as_deref()
            .unwrap()
            .starts_with("your unsaved draft from")
    );
    drive(&mut member, "\" carers\" <c-s>");
    assert_eq!(
        member.state.record.notes[0].text,
        "Half a thought about foster carers"
    );
    assert!(member.state.record.drafts.is_empty());
}

#[test]
fn a_failed_save_keeps_the_text_and_never_claims_saved() {
    let dir = tempfile::tempdir().unwrap();
    let record = dir.path().join("record.db");
    let mut member = app_on(&record, MEMBER);
    drive(&mut member, "r n \"Important challenge\"");
    // Another program holds the record locked past the writer's patience.
    let blocker = rusqlite::Connection::open(&record).unwrap();
    blocker.execute_batch("BEGIN EXCLUSIVE").unwrap();
    drive(&mut member, "<c-s>");
    let Some(Overlay::Editor(editor)) = member.state.overlays.last() else {
        panic!("the editor stays open")
    };
    assert_eq!(editor.text(), "Important challenge");
    assert_eq!(
        editor.error.as_deref(),
        Some("the record is locked by another program; not saved (try again)")
    );
    assert!(!status(&member).contains("saved"));
    blocker.execute_batch("ROLLBACK").unwrap();
    drive(&mut member, "<c-s>");
    assert!(member.state.overlays.is_empty());
    assert_eq!(member.state.record.notes.len(), 1);
}

#[test]
fn private_notes_and_decisions_follow_roles() {
    let dir = tempfile::tempdir().unwrap();
    let record = dir.path().join("record.db");
    let mut member = app_on(&record, MEMBER);
    // A member's kinds cycle challenge → private (decisions are the chair's).
    drive(
        &mut member,
        "r n <c-t> \"Ask about the carer named in the press\" <c-s>",
    );
    assert_eq!(member.state.record.notes[0].kind, NoteKind::Private);
    let mut chair = app_on(&record, CHAIR);
    assert!(
        chair.state.record.notes.is_empty(),
        "the chair does not see the member's private note"
    );
    drive(
        &mut chair,
        "r n <c-t> \"RESOLVED: that a recruitment plan comes to the next meeting\" <c-s>",
    );
    assert_eq!(chair.state.record.notes[0].kind, NoteKind::Decision);
    let mut observer = app_on(&record, "welsh-government");
    drive(&mut observer, "r n");
    assert_eq!(status(&observer), "observers can read but not write");
    assert!(observer.state.overlays.is_empty());
}

#[test]
fn an_author_edits_and_withdraws_their_note() {
    let dir = tempfile::tempdir().unwrap();
    let record = dir.path().join("record.db");
    let mut member = app_on(&record, MEMBER);
    drive(
        &mut member,
        "r n \"First thought\" <c-s> E <backspace> <backspace> <backspace> <backspace> <backspace> <backspace> <backspace> take <c-s>",
    );
    assert_eq!(member.state.record.notes[0].text, "First take");
    drive(&mut member, "E <c-x>");
    assert!(member.state.record.notes.is_empty());
    assert_eq!(status(&member), "note withdrawn; its history is kept");
}

#[test]
fn notes_on_items_a_reissued_pack_dropped_are_kept_and_listed() {
    let dir = tempfile::tempdir().unwrap();
    let record = dir.path().join("record.db");
    {
        let mut member = app_on(&record, MEMBER);
        drive(&mut member, "1 <down> n \"About A.1.1\" <c-s>");
    }
    let mut pack = common::powys();
    pack.areas[0].recommendations[0].actions.remove(0);
    let (store, opened) =
        SqliteStore::open(&record, &PackIdentity::of("powys-v2.ron", "re-issued")).unwrap();
    assert!(matches!(
        opened,
        boardpack::store::Opened::PackReissued { .. }
    ));
    let actor = common::actor(MEMBER, Role::Member);
    let app = App::with_record(
        pack,
        Keymap::load(&[]).unwrap(),
        ThemeName::Standard,
        actor,
        Box::new(store),
    )
    .unwrap();
    assert_eq!(app.state.orphans, [ItemRef::new(ItemKind::Action, "A.1.1")]);
    assert_eq!(app.state.record.notes.len(), 1, "the note is kept");
    let mut store = SqliteStore::open(&record, &PackIdentity::of("powys-v2.ron", "re-issued"))
        .unwrap()
        .0;
    assert_eq!(store.snapshot(MEMBER).unwrap().notes.len(), 1);
}

#[test]
fn notes_on_the_meeting_as_a_whole_and_the_direction_of_an_agreed_rating() {
    let dir = tempfile::tempdir().unwrap();
    let record = dir.path().join("record.db");
    let mut chair = app_on(&record, CHAIR);
    drive(
        &mut chair,
        "m n \"The Board thanked officers for a candid report.\" <c-s>",
    );
    assert_eq!(chair.state.record.notes[0].item, ItemRef::meeting());
    let screen = common::screen(&mut chair, 100, 30);
    assert!(
        screen.contains("The Board thanked officers for a candid report."),
        "{screen}"
    );

    // B.1.3: officers propose Amber; the board agrees Red.
    drive(
        &mut chair,
        "2 <down> <down> <down> a r \"Assessments still late\" <enter>",
    );
    let screen = common::screen(&mut chair, 160, 48);
    assert!(screen.contains("(worse than proposed)"), "{screen}");
    assert!(
        screen.contains("because: Assessments still late"),
        "{screen}"
    );
}

#[test]
fn members_challenge_a_risk_score_and_the_chair_agrees_the_boards() {
    let dir = tempfile::tempdir().unwrap();
    let record = dir.path().join("record.db");
    let mut member = app_on(&record, MEMBER);
    // R5 heads the register; the form starts from the officers' score, 5 × 4.
    drive(&mut member, "r x");
    let Some(Overlay::Form(form)) = member.state.overlays.last() else {
        panic!("the score form is open")
    };
    assert_eq!(form.value(0), "5x4");
    drive(
        &mut member,
        "<backspace> 5 <enter> 4x4 <enter> \"Three serious case reviews this year\" <enter>",
    );
    assert_eq!(status(&member), "your score for risk R5 recorded: L5×I5");
    // Opening it again starts from their own proposal.
    drive(&mut member, "x");
    let Some(Overlay::Form(form)) = member.state.overlays.last() else {
        panic!("the score form is open")
    };
    assert_eq!(
        (form.value(0), form.value(1), form.value(2)),
        (
            "5x5".into(),
            "4x4".into(),
            "Three serious case reviews this year".into()
        )
    );
    drive(&mut member, "<esc>");
    drive(&mut member, "b");
    assert_eq!(status(&member), "only the chair agrees ratings");

    let mut chair = app_on(&record, CHAIR);
    drive(&mut chair, "r");
    let screen = common::screen(&mut chair, 160, 48);
    assert!(
        screen.contains("1: 25"),
        "one member's proposal in the register: {screen}"
    );
    assert!(
        screen.contains("Members' scores: 1 proposed, 25–25, median 25"),
        "{screen}"
    );
    // A Board score other than the officers' needs a reason.
    drive(
        &mut chair,
        "b <backspace> <backspace> <backspace> 5x5 <enter> <enter>",
    );
    let Some(Overlay::Form(form)) = chair.state.overlays.last() else {
        panic!("the form stays open")
    };
    assert_eq!(
        form.error.as_deref(),
        Some("a reason is needed where the Board's score differs from the officers' (L5×I4)")
    );
    drive(&mut chair, "\"The members' evidence\" <enter>");
    assert_eq!(
        status(&chair),
        "the Board's score for risk R5 agreed: L5×I5"
    );
    let screen = common::screen(&mut chair, 160, 48);
    assert!(
        screen.contains("25 ▲"),
        "marked worse than officers': {screen}"
    );
    drive(&mut chair, "o");
    let screen = common::screen(&mut chair, 160, 48);
    assert!(
        screen.contains("1 members' scores, 1 agreed (1 worse than officers')"),
        "{screen}"
    );
    drive(&mut chair, "r");
    // The Board's worse score makes the risk an exception.
    drive(&mut chair, "e");
    assert!(chair.state.risk_rows.iter().all(|&i| {
        let risk = &chair.state.pack.risks[i];
        risk.is_exception(&chair.state.pack.risk_bands) || chair.state.board_scored_worse(i)
    }));
    // And the minutes say so, in words.
    drive(&mut chair, "e M");
    let Some(Overlay::Minutes { preview, .. }) = chair.state.overlays.last() else {
        panic!("the minutes preview is open")
    };
    let markdown = String::from_utf8(boardpack::export::render(
        &preview.minutes,
        boardpack::export::Format::Markdown,
    ))
    .unwrap();
    assert!(
        markdown.contains("**Members' scores:** One member proposed L5×I5 (25).")
            && markdown.contains(
                "**Board's score:** The Board agreed a residual score of L5×I5 (25), worse than the officers' L5×I4 (20), because The members' evidence."
            ),
        "{markdown}"
    );
}

/// A record that fails on demand, as a full disk does, and is otherwise the memory record:
/// fault injection around a real store, for the paths a healthy disk never takes.
#[derive(Clone)]
struct FillingDisk {
    store: boardpack::store::MemoryStore,
    full: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

impl FillingDisk {
    fn check(&self) -> Result<(), boardpack::store::StoreError> {
        if self.full.load(std::sync::atomic::Ordering::SeqCst) {
            Err(boardpack::store::StoreError::DiskFull)
        } else {
            Ok(())
        }
    }
}

/// Every write checks the disk first; reads never fail.
macro_rules! writes_check_the_disk {
    ($($name:ident($($arg:ident: $ty:ty),*) -> $out:ty;)*) => {
        $(fn $name(&mut self, $($arg: $ty),*) -> boardpack::store::Result<$out> {
            self.check()?;
            self.store.$name($($arg),*)
        })*
    };
}

impl RecordStore for FillingDisk {
    fn join(&mut self, actor: &boardpack::model::Actor) -> boardpack::store::Result<()> {
        self.store.join(actor)
    }
    fn changed(&mut self) -> boardpack::store::Result<bool> {
        self.store.changed()
    }
    fn snapshot(
        &mut self,
        viewer: &str,
    ) -> boardpack::store::Result<boardpack::model::RecordSnapshot> {
        self.store.snapshot(viewer)
    }
    fn note_history(
        &mut self,
        id: i64,
    ) -> boardpack::store::Result<Vec<boardpack::model::NoteVersion>> {
        self.store.note_history(id)
    }
    fn proposal_history(
        &mut self,
        item: &ItemRef,
        author: &str,
    ) -> boardpack::store::Result<Vec<(boardpack::model::Score, String)>> {
        self.store.proposal_history(item, author)
    }
    writes_check_the_disk! {
        add_note(actor: &boardpack::model::Actor, item: &ItemRef, kind: NoteKind, text: &str) -> i64;
        edit_note(actor: &boardpack::model::Actor, id: i64, version: i64, kind: NoteKind, text: &str) -> ();
        withdraw_note(actor: &boardpack::model::Actor, id: i64) -> ();
        agree_rag(actor: &boardpack::model::Actor, item: &ItemRef, rag: Rag, reason: Option<&str>, seen: i64) -> ();
        add_action_arising(actor: &boardpack::model::Actor, item: &ItemRef, text: &str, owner: &str, due_text: &str, due: Option<chrono::NaiveDate>) -> String;
        set_attendance(actor: &boardpack::model::Actor, member: &str, status: Attendance) -> ();
        add_guest(actor: &boardpack::model::Actor, guest: &boardpack::model::Guest) -> ();
        declare_interest(actor: &boardpack::model::Actor, declaration: &boardpack::model::Declaration) -> ();
        propose_score(actor: &boardpack::model::Actor, item: &ItemRef, residual: boardpack::model::Score, target: Option<boardpack::model::Score>, reason: &str) -> ();
        agree_score(actor: &boardpack::model::Actor, item: &ItemRef, residual: boardpack::model::Score, reason: Option<&str>, seen: i64) -> ();
        keep_time(actor: &boardpack::model::Actor, event: boardpack::model::ClockEvent) -> ();
        decide_log(actor: &boardpack::model::Actor, reference: &str, outcome: boardpack::model::LogOutcome, due: Option<&str>, update: &str) -> ();
        approve_minutes(actor: &boardpack::model::Actor, amendments: Option<&str>) -> ();
        save_draft(actor: &boardpack::model::Actor, item: &ItemRef, text: &str) -> ();
        clear_draft(actor: &boardpack::model::Actor, item: &ItemRef) -> ();
    }
}

#[test]
fn on_a_full_disk_esc_keeps_the_typed_note_on_screen_and_saving_says_so() {
    let disk = FillingDisk {
        store: boardpack::store::MemoryStore::new(),
        full: Default::default(),
    };
    let mut member = App::with_record(
        common::powys(),
        Keymap::load(&[]).unwrap(),
        ThemeName::Standard,
        common::actor(MEMBER, Role::Member),
        Box::new(disk.clone()),
    )
    .unwrap();
    drive(&mut member, "r n \"Why is the trend still worsening?\"");
    disk.full.store(true, std::sync::atomic::Ordering::SeqCst);
    drive(&mut member, "<esc>");
    let Some(Overlay::Editor(editor)) = member.state.overlays.last() else {
        panic!("Esc on a full disk must not close the editor and lose the note")
    };
    assert_eq!(editor.text(), "Why is the trend still worsening?");
    assert_eq!(editor.error.as_deref(), Some("the disk is full; not saved"));
    drive(&mut member, "<c-s>");
    let Some(Overlay::Editor(editor)) = member.state.overlays.last() else {
        panic!("nor may saving")
    };
    assert_eq!(editor.error.as_deref(), Some("the disk is full; not saved"));
    // Room again: the same Esc keeps it as a draft, and it comes back.
    disk.full.store(false, std::sync::atomic::Ordering::SeqCst);
    drive(&mut member, "<esc>");
    assert!(member.state.overlays.is_empty());
    assert_eq!(
        status(&member),
        "kept as a draft: n on the same item brings it back"
    );
    drive(&mut member, "n");
    let Some(Overlay::Editor(editor)) = member.state.overlays.last() else {
        panic!("the editor is open")
    };
    assert_eq!(editor.text(), "Why is the trend still worsening?");
}

/// What becomes of a save after `fault` is done to the record file while the meeting runs.
fn save_after(fault: impl Fn(&Path), expected: &str) {
    let dir = tempfile::tempdir().unwrap();
    let record = dir.path().join("record.db");
    let mut member = app_on(&record, MEMBER);
    drive(&mut member, "r n \"Why is the trend still worsening?\"");
    fault(&record);
    drive(&mut member, "<c-s>");
    let Some(Overlay::Editor(editor)) = member.state.overlays.last() else {
        panic!("a note the record cannot keep is never acknowledged as saved")
    };
    let error = editor.error.as_deref().unwrap_or("");
    assert!(error.contains(expected), "{error}");
    assert!(error.contains("record.db.drafts.txt"), "{error}");
    // Typing goes on into the draft file beside the record.
    drive(&mut member, "<esc>");
    assert_eq!(
        status(&member),
        "kept as a draft: n on the same item brings it back"
    );
    let drafts = std::fs::read_to_string(dir.path().join("record.db.drafts.txt")).unwrap();
    assert!(
        drafts.contains("draft by former-director on risk R5")
            && drafts.contains("Why is the trend still worsening?"),
        "{drafts}"
    );
}

#[test]
fn a_record_deleted_while_running_stops_saving_and_keeps_the_typing() {
    save_after(
        |record| {
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", record.display()));
            }
        },
        "the record file was deleted while the meeting was running",
    );
}

#[test]
fn a_record_emptied_while_running_stops_saving_and_keeps_the_typing() {
    save_after(
        |record| {
            std::fs::OpenOptions::new()
                .write(true)
                .open(record)
                .unwrap()
                .set_len(0)
                .unwrap()
        },
        "the record file was emptied while the meeting was running",
    );
}

#[test]
fn a_record_damaged_while_running_stops_saving_and_keeps_the_typing() {
    save_after(
        |record| {
            use std::io::Write;
            let mut file = std::fs::OpenOptions::new()
                .write(true)
                .open(record)
                .unwrap();
            file.write_all(b"this is not a database any more").unwrap();
        },
        "it is no longer a database",
    );
}

/// The form for an action arising gives due-date examples near the meeting's own date, not
/// fixed ones long past, and takes the Welsh "y cyfarfod nesaf" as the next meeting.
#[test]
fn an_action_arising_is_due_by_dates_near_the_meeting_in_either_language() {
    use chrono::NaiveDate;
    let dir = tempfile::tempdir().unwrap();
    let mut pack = common::powys();
    pack.meeting.date = NaiveDate::from_ymd_opt(2026, 12, 10).unwrap();
    let next = NaiveDate::from_ymd_opt(2027, 2, 11).unwrap();
    pack.meeting.next_meeting = Some(next);
    let store = SqliteStore::open(
        &dir.path().join("record.db"),
        &PackIdentity::of("board.ron", "a later meeting"),
    )
    .unwrap()
    .0;
    let mut chair = App::with_record(
        pack,
        Keymap::load(&[]).unwrap(),
        ThemeName::Standard,
        common::actor(CHAIR, Role::Chair),
        Box::new(store),
    )
    .unwrap();
    drive(
        &mut chair,
        "L 2 <down> <down> A \"Adrodd ar recriwtio\" <enter> \"Pennaeth AD\" <enter>",
    );
    let form = common::screen(&mut chair, 160, 48);
    assert!(
        form.contains("Erbyn (2026-12-17, 17/12/2026 neu'r cyfarfod nesaf)"),
        "{form}"
    );
    drive(&mut chair, "cyn <enter>");
    let Some(Overlay::Form(form)) = chair.state.overlays.last() else {
        panic!("the form stays open")
    };
    let error = form.error.as_deref().unwrap();
    assert!(
        error.contains("2026-12-17, 17/12/2026, mis a blwyddyn (Chwefror 2027)"),
        "{error}"
    );
    drive(
        &mut chair,
        "<backspace> <backspace> <backspace> \"y cyfarfod nesaf\" <enter>",
    );
    let arising = &chair.state.record.actions_arising[0];
    assert_eq!(arising.due_text, "y cyfarfod nesaf");
    assert_eq!(arising.due, Some(next));
}
