//! Minutes from the Powys pack and a scripted meeting record: golden Markdown and HTML, the
//! Word file's XML, escaping of hostile notes, public and confidential versions.

mod common;

use common::actor;

use assert_cmd::Command;
use boardpack::export::{self, Format};
use boardpack::locale::Lang;
use boardpack::model::RecordSnapshot;
use boardpack::model::{Attendance, Declaration, Guest, ItemKind, ItemRef, NoteKind, Rag, Role};
use boardpack::store::{PackIdentity, RecordStore, SqliteStore};
use predicates::str::contains;
use std::io::Read;
use std::path::Path;

const HOSTILE: &str =
    "<script>alert(1)</script> # heading | a | b | ](javascript:alert(1)) \u{1b}[2J **bold** &amp;";
const PRIVATE: &str = "ask about the carer named in the press";
const EXEMPT: &str = "16+ team";

fn powys_record(path: &Path) -> SqliteStore {
    SqliteStore::open(path, &PackIdentity::of("powys.ron", "pack"))
        .unwrap()
        .0
}

fn item(kind: ItemKind, id: &str) -> ItemRef {
    ItemRef::new(kind, id)
}

/// A meeting: attendance, declarations, notes of every kind, ratings, actions arising,
/// a private note, an exempt item and a hostile note.
fn scripted_record(path: &Path) -> RecordSnapshot {
    let mut store = powys_record(path);
    let chair = actor("chair", Role::Chair);
    let member = actor("former-director", Role::Member);
    store.join(&chair).unwrap();
    store.join(&member).unwrap();
    let members = boardpack::pack::load("packs/powys-children-2017.ron".as_ref())
        .unwrap()
        .pack
        .meeting
        .members;
    for (n, m) in members.iter().enumerate() {
        let status = match n {
            2 => Attendance::Apologies,
            4 => Attendance::Absent,
            _ => Attendance::Present,
        };
        store.set_attendance(&chair, &m.id, status).unwrap();
    }
    store
        .add_guest(
            &chair,
            &Guest {
                name: "Chair of People Scrutiny Committee".into(),
                organisation: "Powys County Council".into(),
            },
        )
        .unwrap();
    let b65 = item(ItemKind::Action, "B.6.5");
    store
        .declare_interest(
            &chair,
            &Declaration {
                member: "Former Director of Social Services".into(),
                item: b65.clone(),
                interest: "Is an approved foster carer in a neighbouring authority".into(),
            },
        )
        .unwrap();

    let a13 = item(ItemKind::Action, "A.1.3");
    store
        .add_note(
            &member,
            &a13,
            NoteKind::Challenge,
            "Why has the Cabinet decision slipped to December?",
        )
        .unwrap();
    store
        .add_note(
            &chair,
            &a13,
            NoteKind::Decision,
            "RESOLVED: that the Chief Executive reports the Cabinet decision to the next meeting.",
        )
        .unwrap();
    store
        .agree_rag(
            &chair,
            &a13,
            Rag::Red,
            Some("Funding is not yet secured"),
            0,
        )
        .unwrap();
    store
        .add_action_arising(
            &chair,
            &a13,
            "report the Cabinet decision on invest to save bids",
            "Chief Executive",
            "next meeting",
            "2018-01-18".parse().ok(),
        )
        .unwrap();

    let a51 = item(ItemKind::Action, "A.5.1");
    store
        .add_note(
            &member,
            &a51,
            NoteKind::Challenge,
            &format!("Staff consultation on the {EXEMPT} must come first."),
        )
        .unwrap();
    store
        .add_action_arising(
            &chair,
            &a51,
            &format!("share the {EXEMPT} options paper in private"),
            "Children's Services SMT",
            "30/11/2017",
            "2017-11-30".parse().ok(),
        )
        .unwrap();

    let r5 = item(ItemKind::Risk, "R5");
    store
        .add_note(&member, &r5, NoteKind::Private, PRIVATE)
        .unwrap();
    store
        .add_note(
            &member,
            &r5,
            NoteKind::Challenge,
            "Trend still worsening: what will the campaign deliver?",
        )
        .unwrap();
    store.agree_rag(&chair, &r5, Rag::Red, None, 0).unwrap();
    store
        .add_note(
            &member,
            &item(ItemKind::Action, "B.1.1"),
            NoteKind::Challenge,
            HOSTILE,
        )
        .unwrap();
    store
        .add_note(
            &member,
            &item(ItemKind::Kpi, "K2"),
            NoteKind::Challenge,
            "Audit scores fell from 70% to 0% at inspection.",
        )
        .unwrap();
    store
        .add_note(
            &chair,
            &ItemRef::meeting(),
            NoteKind::Decision,
            "that the Board meets monthly until March 2018",
        )
        .unwrap();
    store.snapshot("").unwrap()
}

fn confidential_document_sections() -> usize {
    minutes(true).documents[0].sections.len()
}

fn minutes(confidential: bool) -> export::Minutes {
    let dir = tempfile::tempdir().unwrap();
    let record = scripted_record(&dir.path().join("record.db"));
    export::minutes(
        &common::powys(),
        Some(&record),
        if confidential {
            export::Version::CONFIDENTIAL
        } else {
            export::Version::PUBLIC
        },
    )
}

fn text(document: &export::Minutes, format: Format) -> String {
    String::from_utf8(export::render(document, format)).unwrap()
}

/// The public minutes of `pack` and `record` in `lang`, in Markdown.
fn public_markdown(pack: &boardpack::model::Pack, record: &RecordSnapshot, lang: Lang) -> String {
    let version = export::Version {
        confidential: false,
        languages: export::Languages::One(lang),
    };
    text(
        &export::minutes(pack, Some(record), version),
        Format::Markdown,
    )
}

fn docx_xml(document: &export::Minutes) -> String {
    let bytes = export::render(document, Format::Docx);
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a docx is a zip");
    let mut xml = String::new();
    archive
        .by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml
}

#[test]
fn golden_markdown_and_html() {
    let public = minutes(false);
    insta::assert_snapshot!("public_md", text(&public, Format::Markdown));
    insta::assert_snapshot!("public_html", text(&public, Format::Html));
    insta::assert_snapshot!("confidential_md", text(&minutes(true), Format::Markdown));
}

#[test]
fn the_same_pack_and_record_give_byte_identical_output() {
    let dir = tempfile::tempdir().unwrap();
    let record = scripted_record(&dir.path().join("record.db"));
    let pack = common::powys();
    for format in [Format::Markdown, Format::Html, Format::Docx] {
        let first = export::render(
            &export::minutes(&pack, Some(&record), export::Version::PUBLIC),
            format,
        );
        let second = export::render(
            &export::minutes(&pack, Some(&record), export::Version::PUBLIC),
            format,
        );
        assert_eq!(first, second, "{format:?}");
    }
}

#[test]
fn the_word_file_holds_every_heading_action_and_rating() {
    let xml = docx_xml(&minutes(false));
    for expected in [
        "1. Welcome, apologies and declarations of interest",
        "Priority Improvement Area A: Leadership, Governance and Partnership",
        "Priority Improvement Area D: Practice Quality and Assurance",
        "Programme risk register",
        "Actions arising",
        "AA1",
        "report the Cabinet decision on invest to save bids",
        "RESOLVED: ",
        " Red ",
        "9B1C1C",
        "Heading1",
    ] {
        assert!(xml.contains(expected), "document.xml lacks {expected:?}");
    }
}

#[test]
fn hostile_notes_appear_literally_and_harmlessly_in_every_format() {
    let document = minutes(false);
    let md = text(&document, Format::Markdown);
    assert!(md.contains("\\<script\\>alert(1)\\</script\\> \\# heading \\| a \\| b \\| \\](javascript:alert(1)) \\[2J \\*\\*bold\\*\\* \\&amp;"), "{md}");
    let html = text(&document, Format::Html);
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; # heading | a | b | ](javascript:alert(1)) [2J **bold** &amp;amp;"));
    assert!(!html.contains("<script>"));
    let xml = docx_xml(&document);
    assert!(xml.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    for output in [&md, &html, &xml] {
        assert!(!output.contains('\u{1b}'), "no escape characters");
    }
}

#[test]
fn exempt_items_are_their_own_minute_in_public_and_marked_in_confidential_minutes() {
    let public = minutes(false);
    let confidential = minutes(true);
    for format in [Format::Markdown, Format::Html] {
        let public = text(&public, format);
        let confidential = text(&confidential, format);
        assert!(
            !public.contains(EXEMPT),
            "{format:?}: exempt content in public minutes"
        );
        // One minute says the public were excluded; no area's minute mentions the item.
        assert!(public.contains("Exclusion of the public: exempt business"));
        assert!(public.contains("The Board considered one exempt item in private session."));
        assert!(!public.contains("Confidential item considered in private session."));
        assert!(public.contains("Confidential: see the private minutes"));
        assert!(!public.contains("CONFIDENTIAL"));
        assert!(confidential.contains(EXEMPT));
        assert!(confidential.contains("exempt — Part II"));
        let marks = confidential.matches("CONFIDENTIAL").count();
        let sections = confidential_document_sections();
        assert!(
            marks > sections,
            "{format:?}: the title and every one of {sections} sections marked ({marks})"
        );
    }
    assert!(!docx_xml(&public).contains(EXEMPT));
    assert!(docx_xml(&confidential).contains(EXEMPT));
}

#[test]
fn private_notes_are_in_no_version() {
    for confidential in [false, true] {
        let document = minutes(confidential);
        for format in [Format::Markdown, Format::Html] {
            assert!(!text(&document, format).contains(PRIVATE));
        }
        assert!(!docx_xml(&document).contains(PRIVATE));
    }
}

#[test]
fn the_command_infers_the_format_writes_atomically_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let record = dir.path().join("meeting.db");
    scripted_record(&record);
    let run = |args: &[&str]| {
        let mut cmd = Command::cargo_bin("boardpack").unwrap();
        cmd.args(["minutes", "packs/powys-children-2017.ron", "--record"])
            .arg(&record)
            .args(args);
        cmd
    };
    let out = dir.path().join("minutes.html");
    run(&["-o", out.to_str().unwrap()])
        .assert()
        .success()
        .stdout(contains("public minutes"));
    let first = std::fs::read(&out).unwrap();
    assert!(String::from_utf8_lossy(&first).starts_with("<!DOCTYPE html>"));
    run(&["-o", out.to_str().unwrap()])
        .assert()
        .code(1)
        .stderr(contains("pass --force"));
    assert_eq!(std::fs::read(&out).unwrap(), first, "the file is untouched");
    run(&["-o", out.to_str().unwrap(), "--force"])
        .assert()
        .success();
    assert_eq!(
        std::fs::read(&out).unwrap(),
        first,
        "byte-identical on a second run"
    );
    run(&["-o", dir.path().join("minutes.txt").to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(contains("give --format"));
    let docx = dir.path().join("minutes.docx");
    run(&["--confidential", "-o", docx.to_str().unwrap()])
        .assert()
        .success()
        .stdout(contains("confidential minutes"));
    assert!(zip::ZipArchive::new(std::fs::File::open(&docx).unwrap()).is_ok());
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "no temporary files left behind");
}

/// A board whose plan calls its areas "Improvement Themes": the minutes head each area so,
/// in English and in Welsh, and so does the agenda made for a pack without one.
#[test]
fn areas_are_headed_as_the_boards_plan_names_them() {
    use boardpack::model::Text;
    let mut pack = common::powys();
    pack.meeting.area_name = Some(Text::both("Improvement Theme", "Thema Gwella"));
    pack.meeting.agenda.clear();
    let dir = tempfile::tempdir().unwrap();
    let record = scripted_record(&dir.path().join("record.db"));
    for (lang, heading) in [
        (
            Lang::En,
            "Improvement Theme A: Leadership, Governance and Partnership",
        ),
        (
            Lang::Cy,
            "Thema Gwella A: Arweinyddiaeth, Llywodraethu a Phartneriaeth",
        ),
    ] {
        let md = public_markdown(&pack, &record, lang);
        assert!(md.contains(heading), "{heading}:\n{md}");
        for default in ["Priority Improvement Area", "Maes Gwella Blaenoriaeth"] {
            assert!(!md.contains(default), "{default}:\n{md}");
        }
        let agenda = pack.running_order();
        assert_eq!(
            agenda[1].item.get(lang),
            heading,
            "the agenda made for the pack"
        );
    }
}

/// A declaration of interest is minuted in good Welsh: "yn" and the word after it change
/// together ("yng ngham gweithredu", not "yn cam gweithredu").
#[test]
fn a_declaration_is_minuted_with_welsh_mutations() {
    let dir = tempfile::tempdir().unwrap();
    let record = scripted_record(&dir.path().join("record.db"));
    let pack = common::powys();
    for (lang, said) in [
        (Lang::En, "declared an interest in action B.6.5:"),
        (Lang::Cy, "datganodd fuddiant yng ngham gweithredu B.6.5:"),
    ] {
        let md = public_markdown(&pack, &record, lang);
        assert!(md.contains(said), "{said}:\n{md}");
    }
}

/// Who leads an area and an action, who owns a risk, a KPI's unit and its benchmark's name
/// are printed in the minutes' language when the pack gives them in both.
#[test]
fn leads_owners_units_and_benchmarks_are_minuted_in_the_minutes_language() {
    use boardpack::model::Text;
    let mut pack = common::powys();
    let lead = ("Corporate Director", "Cyfarwyddwr Corfforaethol");
    let owner = ("Head of Safeguarding Practice", "Pennaeth Ymarfer Diogelu");
    let unit = ("assessments", "asesiadau");
    let label = ("Wales median", "Canolrif Cymru");
    let area = &mut pack.areas[0];
    area.board_lead = Text::both(lead.0, lead.1);
    for rec in &mut area.recommendations {
        for action in &mut rec.actions {
            action.leads = vec![Text::both(lead.0, lead.1)];
        }
    }
    for risk in &mut pack.risks {
        risk.owner = Text::both(owner.0, owner.1);
    }
    let kpi = pack
        .kpis
        .iter_mut()
        .find(|kpi| kpi.benchmark.is_some() && !kpi.exempt)
        .expect("a public KPI with a benchmark");
    kpi.unit = Text::both(unit.0, unit.1);
    kpi.benchmark.as_mut().unwrap().label = Text::both(label.0, label.1);
    let dir = tempfile::tempdir().unwrap();
    let record = scripted_record(&dir.path().join("record.db"));
    for lang in [Lang::En, Lang::Cy] {
        let md = public_markdown(&pack, &record, lang);
        for both in [lead, owner, label] {
            let (said, not): (&str, &str) = match lang {
                Lang::En => both,
                Lang::Cy => (both.1, both.0),
            };
            assert!(md.contains(said), "{lang:?} {said}:\n{md}");
            assert!(!md.contains(not), "{lang:?} {not}:\n{md}");
        }
        let said = if lang == Lang::En { unit.0 } else { unit.1 };
        assert!(md.contains(&format!(" {said} ")), "{lang:?} {said}:\n{md}");
    }
}

#[test]
fn without_a_record_the_command_writes_the_pre_meeting_summary() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("summary.md");
    Command::cargo_bin("boardpack")
        .unwrap()
        .args(["minutes", "packs/powys-children-2017.ron", "--record"])
        .arg(dir.path().join("none.db"))
        .args(["-o", out.to_str().unwrap()])
        .assert()
        .success()
        .stdout(contains("pre-meeting summary"));
    let md = std::fs::read_to_string(&out).unwrap();
    assert!(md.contains("Pre-meeting summary of meeting 2"));
    assert!(md.contains("| A.1.3 | Areas that require investment"));
    assert!(
        !md.contains(EXEMPT),
        "exempt items stay out of the public summary"
    );
}

#[test]
fn a_record_only_opened_is_not_yet_a_meeting_held() {
    // Someone opened the meeting screen and quit, and a member wrote a note ahead of the
    // meeting: no attendance, no rating, no score. That is not an inquorate meeting.
    let dir = tempfile::tempdir().unwrap();
    let record = dir.path().join("meeting.db");
    {
        let mut store = powys_record(&record);
        let member = actor("former-director", Role::Member);
        store.join(&member).unwrap();
        store
            .add_note(
                &member,
                &item(ItemKind::Risk, "R5"),
                NoteKind::Challenge,
                "A question for officers",
            )
            .unwrap();
    }
    let out = dir.path().join("minutes.md");
    Command::cargo_bin("boardpack")
        .unwrap()
        .args(["minutes", "packs/powys-children-2017.ron", "--record"])
        .arg(&record)
        .args(["-o", out.to_str().unwrap()])
        .assert()
        .success()
        .stdout(contains(
            "pre-meeting summary (the meeting has not been held",
        ));
    let md = std::fs::read_to_string(&out).unwrap();
    assert!(md.contains("Pre-meeting summary of meeting 2"), "{md}");
    assert!(!md.contains("not quorate"), "{md}");
    // Once the chair records attendance, it is the meeting's minutes.
    {
        let mut store = powys_record(&record);
        let chair = actor("chair", Role::Chair);
        store.join(&chair).unwrap();
        store
            .set_attendance(&chair, "chair", Attendance::Present)
            .unwrap();
    }
    Command::cargo_bin("boardpack")
        .unwrap()
        .args(["minutes", "packs/powys-children-2017.ron", "--record"])
        .arg(&record)
        .args(["-o", out.to_str().unwrap(), "--force"])
        .assert()
        .success()
        .stdout(contains("(public minutes,"));
    let md = std::fs::read_to_string(&out).unwrap();
    assert!(md.contains("Minutes of meeting 2"), "{md}");
    assert!(md.contains("A question for officers"), "{md}");
}

#[test]
fn a_pack_that_fails_its_checks_leaves_its_record_exactly_as_it_was() {
    // The record is read beside the pack, to be quick; nothing may be written to it, or
    // beside it, for a pack that turns out not to pass.
    let dir = tempfile::tempdir().unwrap();
    let record = dir.path().join("meeting.db");
    scripted_record(&record);
    let before = std::fs::read(&record).unwrap();
    let pack = dir.path().join("powys.ron");
    let text = std::fs::read_to_string("packs/powys-children-2017.ron").unwrap();
    std::fs::write(&pack, text.replacen("rag: Amber", "rag: Amberish", 1)).unwrap();
    let out = dir.path().join("minutes.md");
    Command::cargo_bin("boardpack")
        .unwrap()
        .args(["minutes", pack.to_str().unwrap(), "--record"])
        .arg(&record)
        .args(["-o", out.to_str().unwrap()])
        .assert()
        .code(1)
        .stderr(contains("Amberish"));
    assert_eq!(std::fs::read(&record).unwrap(), before);
    let mut files: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert_eq!(files, ["meeting.db", "powys.ron"]);
}

#[test]
fn libreoffice_opens_the_word_file_where_it_is_installed() {
    let Some(soffice) = ["soffice", "libreoffice"].into_iter().find(|bin| {
        std::process::Command::new(bin)
            .arg("--version")
            .output()
            .is_ok()
    }) else {
        eprintln!("LibreOffice is not installed: skipping the PDF conversion check");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let docx = dir.path().join("minutes.docx");
    std::fs::write(&docx, export::render(&minutes(false), Format::Docx)).unwrap();
    let status = std::process::Command::new(soffice)
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(dir.path())
        .arg(&docx)
        .status()
        .unwrap();
    assert!(status.success());
    assert!(
        std::fs::metadata(dir.path().join("minutes.pdf"))
            .unwrap()
            .len()
            > 1000
    );
}

#[test]
fn the_screen_previews_and_exports_the_same_minutes_as_the_command() {
    let dir = tempfile::tempdir().unwrap();
    let record = dir.path().join("meeting.db");
    scripted_record(&record);
    let pack_path = dir.path().join("powys.ron");
    std::fs::copy("packs/powys-children-2017.ron", &pack_path).unwrap();
    let mut app = common::app_on(&record, "chair");
    app.write_minutes_beside(&pack_path);

    common::drive(&mut app, "M");
    let screen = common::screen(&mut app, 100, 30);
    assert!(
        screen.contains("Minutes preview — public version"),
        "{screen}"
    );
    assert!(
        screen.contains("1. Welcome, apologies and declarations of interest"),
        "{screen}"
    );
    common::drive(&mut app, "w");
    assert!(
        app.state.status.as_deref().unwrap().starts_with("wrote "),
        "{:?}",
        app.state.status
    );
    common::drive(&mut app, "w");
    assert!(
        app.state
            .status
            .as_deref()
            .unwrap()
            .ends_with("already exist: press w again to replace them")
    );
    common::drive(&mut app, "w");
    assert!(app.state.status.as_deref().unwrap().starts_with("wrote "));

    for (ext, format) in [("md", "md"), ("html", "html"), ("docx", "docx")] {
        let from_screen = std::fs::read(dir.path().join(format!("powys.minutes.{ext}"))).unwrap();
        let out = dir.path().join(format!("command.{ext}"));
        Command::cargo_bin("boardpack")
            .unwrap()
            .args(["minutes", "packs/powys-children-2017.ron", "--record"])
            .arg(&record)
            .args(["--format", format, "-o"])
            .arg(&out)
            .assert()
            .success();
        assert_eq!(
            std::fs::read(&out).unwrap(),
            from_screen,
            "{ext}: the screen and the command agree"
        );
    }
}

/// The preview wraps and draws only the lines it shows, from where each line starts (worked
/// out once per width): every scroll position must show exactly what wrapping the whole
/// minutes and scrolling them would, down to the last row.
#[test]
fn the_preview_shows_the_rows_of_the_whole_wrapped_minutes_at_every_scroll() {
    use boardpack::state::Overlay;
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;
    use ratatui::text::Line;
    use ratatui::widgets::{Paragraph, Widget, Wrap};
    let dir = tempfile::tempdir().unwrap();
    let record = dir.path().join("meeting.db");
    scripted_record(&record);
    let mut app = common::app_on(&record, "chair");
    common::drive(&mut app, "M");
    let (width, height) = (64, 20);
    common::screen(&mut app, width, height);
    let Some(Overlay::Minutes {
        preview,
        wrapped: Some(wrapped),
        scroll,
        ..
    }) = app.state.overlays.last()
    else {
        panic!("the preview is open and has been drawn")
    };
    let limit = scroll.limit.expect("the frame measured the end");
    // The whole minutes wrapped at once, as plain text.
    let total = *wrapped.starts.last().unwrap();
    let lines: Vec<Line> = (0..preview.lines.len())
        .map(|n| {
            Line::raw(
                preview
                    .lines
                    .line(n)
                    .map(|(mark, text)| match mark {
                        boardpack::export::Mark::Rag(rag, lang) => format!(" {} ", rag.mark(lang)),
                        _ => text.to_string(),
                    })
                    .collect::<String>(),
            )
        })
        .collect();
    let area = Rect::new(0, 0, wrapped.width, total as u16);
    let mut whole = Buffer::empty(area);
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .render(area, &mut whole);
    let rows: Vec<String> = (0..area.height)
        .map(|y| {
            (0..area.width)
                .map(|x| whole[(x, y)].symbol())
                .collect::<String>()
                .trim_end()
                .to_string()
        })
        .collect();
    assert!(limit > 40, "the minutes run to several screens: {limit}");
    for offset in [0, 1, 2, 7, 23, limit - 1, limit] {
        if let Some(Overlay::Minutes { scroll, .. }) = app.state.overlays.last_mut() {
            scroll.offset = offset;
        }
        let screen = common::screen(&mut app, width, height);
        let shown: Vec<&str> = screen.lines().collect();
        // The rows from `offset` appear in order, one per screen line, from the first.
        let expected: Vec<&String> = rows[offset..].iter().take(height as usize - 6).collect();
        let first = shown
            .iter()
            .position(|line| line.contains(&format!("│{}", expected[0])))
            .unwrap_or_else(|| panic!("row {offset} {:?} shown:\n{screen}", expected[0]));
        for (n, row) in expected.iter().enumerate() {
            assert!(
                shown[first + n].contains(&format!("│{row}")),
                "offset {offset}, row {n}: {row:?} not on\n{screen}"
            );
        }
    }
    // At the end, the last row of the minutes is on the screen.
    let last = rows.iter().rev().find(|r| !r.trim().is_empty()).unwrap();
    assert!(common::screen(&mut app, width, height).contains(last.as_str()));
}

// ---- Accessibility ---------------------------------------------------------------------------

/// axe-core's script, where this machine has it (`.ci/run` installs it from the npm registry
/// and names it in BOARDPACK_AXE_JS), and the Chromium to run it in.
fn axe_and_chromium() -> Option<(String, &'static str)> {
    let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .into_iter()
        .find(|path| Path::new(path).exists());
    let axe = std::env::var("BOARDPACK_AXE_JS")
        .ok()
        .and_then(|path| std::fs::read_to_string(path).ok());
    match (axe, chromium) {
        (Some(axe), Some(chromium)) => Some((axe, chromium)),
        _ => {
            let why = "the accessibility check needs Chromium (Debian's chromium) and axe-core \
                       (npm install axe-core; BOARDPACK_AXE_JS=…/axe.min.js)";
            assert!(
                std::env::var_os("BOARDPACK_REQUIRE_AXE").is_none(),
                "{why}, and BOARDPACK_REQUIRE_AXE says this run needs it"
            );
            eprintln!("skipped: {why}");
            None
        }
    }
}

/// The violations axe-core finds in `html` (rule sets wcag2a, wcag2aa, wcag21aa, wcag22aa and
/// best-practice), as "rule: element, element" lines; empty when there are none.
fn axe_violations(html: &str, axe: &str, chromium: &str) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("minutes.html");
    // axe runs in the page once it has loaded, and leaves its findings on <html> for the
    // dumped DOM to carry out; the page itself is exactly what boardpack wrote.
    let runner = format!(
        "<script>{axe}</script><script>\
         axe.run(document, {{runOnly: {{type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice']}}}})\
         .then(r => document.documentElement.setAttribute('data-axe', JSON.stringify(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', ')))))\
         .catch(e => document.documentElement.setAttribute('data-axe', JSON.stringify(['axe failed: ' + e])));\
         </script>"
    );
    std::fs::write(&page, html.replace("</body>", &format!("{runner}</body>"))).unwrap();
    let profile = dir.path().join("profile");
    let out = std::process::Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--virtual-time-budget=20000",
            "--dump-dom",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs");
    let dom = String::from_utf8_lossy(&out.stdout);
    let found = dom
        .split_once("data-axe=\"")
        .and_then(|(_, rest)| rest.split_once('"'))
        .map(|(value, _)| {
            value
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&")
        })
        .unwrap_or_else(|| {
            panic!(
                "axe did not report: {}",
                String::from_utf8_lossy(&out.stderr)
            )
        });
    let list = found.trim_start_matches('[').trim_end_matches(']');
    if list.is_empty() {
        return Vec::new();
    }
    list.split("\",\"")
        .map(|v| v.trim_matches('"').to_string())
        .collect()
}

/// The Powys pack with its four areas made six, as a board with six priorities has.
fn six_area_pack() -> boardpack::model::Pack {
    let mut pack = common::powys();
    let extra: Vec<_> = pack.areas[..2]
        .iter()
        .enumerate()
        .map(|(n, area)| {
            let mut area = area.clone();
            area.id = format!("{}", n + 5);
            for rec in &mut area.recommendations {
                rec.id = format!("{}{}", n + 5, rec.id);
                for action in &mut rec.actions {
                    action.id = format!("{}{}", n + 5, action.id);
                }
            }
            area
        })
        .collect();
    pack.areas.extend(extra);
    pack
}

#[test]
fn html_minutes_have_no_accessibility_violations() {
    let Some((axe, chromium)) = axe_and_chromium() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let record = scripted_record(&dir.path().join("record.db"));
    let documents = [
        (
            "Powys, public",
            export::minutes(&common::powys(), Some(&record), export::Version::PUBLIC),
        ),
        (
            "Powys, confidential",
            export::minutes(
                &common::powys(),
                Some(&record),
                export::Version::CONFIDENTIAL,
            ),
        ),
        (
            "Powys, before the meeting",
            export::minutes(&common::powys(), None, export::Version::PUBLIC),
        ),
        (
            "six areas",
            export::minutes(&six_area_pack(), Some(&record), export::Version::PUBLIC),
        ),
    ];
    for (name, document) in documents {
        let violations = axe_violations(&text(&document, Format::Html), &axe, chromium);
        assert!(violations.is_empty(), "{name}: {violations:#?}");
    }
}

#[test]
fn the_accessibility_check_finds_what_it_should() {
    // The harness itself: a page with known faults is not passed.
    let Some((axe, chromium)) = axe_and_chromium() else {
        return;
    };
    let faulty = "<!DOCTYPE html><html><head><title>x</title></head><body>\
                  <p style=\"color:#999;background:#fff\">faint</p><img src=\"x.png\"></body></html>";
    let violations = axe_violations(faulty, &axe, chromium);
    let rules: Vec<&str> = violations
        .iter()
        .map(|v| v.split(':').next().unwrap_or(""))
        .collect();
    for rule in [
        "html-has-lang",
        "color-contrast",
        "image-alt",
        "landmark-one-main",
    ] {
        assert!(rules.contains(&rule), "{rule} not found in {violations:#?}");
    }
}

/// A part of the Word package, as text.
fn docx_part(document: &export::Minutes, name: &str) -> String {
    let bytes = export::render(document, Format::Docx);
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a docx is a zip");
    let mut xml = String::new();
    archive
        .by_name(name)
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml
}

#[test]
fn the_word_file_is_accessible_title_language_header_rows_and_headings_in_order() {
    let document = minutes(false);
    let core = docx_part(&document, "docProps/core.xml");
    assert!(
        core.contains("<dc:title>Powys Children&#39;s Services Improvement Board: Minutes of meeting 2 held on Thursday 23 November 2017 at 10:00</dc:title>")
            || core.contains("<dc:title>Powys Children's Services Improvement Board: Minutes of meeting 2 held on Thursday 23 November 2017 at 10:00</dc:title>"),
        "{core}"
    );
    assert!(core.contains("<dc:language>en-GB</dc:language>"), "{core}");
    let styles = docx_part(&document, "word/styles.xml");
    assert!(
        styles.contains("<w:lang w:val=\"en-GB\" /></w:rPr></w:rPrDefault>"),
        "the default language of all text"
    );
    let body = docx_part(&document, "word/document.xml");
    let tables = body.matches("<w:tbl>").count();
    assert!(tables >= 2, "the minutes have tables");
    assert_eq!(
        body.matches("<w:tblHeader />").count(),
        tables,
        "every table's first row is a header row, repeated on each page"
    );
    for table in body.split("<w:tbl>").skip(1) {
        let first_row = table.split("</w:tr>").next().unwrap();
        assert!(first_row.contains("<w:tblHeader />"), "{first_row}");
    }
    // Headings: the title, then Heading 1 for each minute, Heading 2 only inside one.
    let styles_used: Vec<&str> = body
        .split("<w:pStyle w:val=\"")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap())
        .collect();
    assert_eq!(styles_used.first(), Some(&"Title"));
    let first_heading = styles_used.iter().position(|s| s.starts_with("Heading"));
    assert_eq!(first_heading.map(|n| styles_used[n]), Some("Heading1"));
    assert_eq!(
        styles_used.iter().filter(|s| **s == "Heading1").count(),
        document.documents[0].sections.len()
    );
    let outline = docx_part(&document, "word/styles.xml");
    assert!(outline.contains("w:styleId=\"Heading1\""));
    assert!(outline.contains("<w:outlineLvl w:val=\"0\" />"));
    assert!(outline.contains("<w:outlineLvl w:val=\"1\" />"));
}

/// Minutes with `note` as a challenge on R5; an error says which part of which file breaks.
fn well_formed_with(note: &str) -> Result<(), String> {
    let mut record = RecordSnapshot::default();
    record
        .attendance
        .insert("chair".into(), Attendance::Present);
    record.notes.push(boardpack::model::Note {
        id: 1,
        item: item(ItemKind::Risk, "R5"),
        author: "former-director".into(),
        kind: NoteKind::Challenge,
        text: note.to_string(),
        created: "2017-11-23T10:05:00+00:00".into(),
        updated: "2017-11-23T10:05:00+00:00".into(),
        version: 1,
    });
    record.index();
    let document = export::minutes(&common::powys(), Some(&record), export::Version::PUBLIC);
    let allowed = |c: char| {
        matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && !matches!(c, '\u{FFFE}' | '\u{FFFF}'))
    };
    for part in ["word/document.xml", "docProps/core.xml", "word/styles.xml"] {
        let xml = docx_part(&document, part);
        let mut reader = quick_xml::Reader::from_str(&xml);
        loop {
            match reader.read_event() {
                Ok(quick_xml::events::Event::Eof) => break,
                Ok(quick_xml::events::Event::Text(t)) => {
                    let decoded = t.decode().map_err(|e| format!("{part}: {e}"))?;
                    if !decoded.chars().all(allowed) {
                        return Err(format!("{part} holds a character XML 1.0 forbids"));
                    }
                }
                Ok(_) => {}
                Err(err) => return Err(format!("{part} is not well-formed: {err}")),
            }
        }
    }
    let html = text(&document, Format::Html);
    if html.contains("<script>") || html.chars().any(|c| c.is_control() && c != '\n') {
        return Err("the HTML carries markup or controls from the note".into());
    }
    if html.chars().any(|c| !allowed(c)) {
        return Err("the HTML holds a character XML 1.0 forbids".into());
    }
    Ok(())
}

#[test]
fn every_class_of_invisible_or_forbidden_character_leaves_the_files_well_formed() {
    for c in [
        '\u{FFFF}',
        '\u{FFFE}',
        '\u{1FFFF}',
        '\u{FDD0}',
        '\u{E0041}',
        '\u{00AD}',
        '\u{034F}',
        '\u{115F}',
        '\u{180E}',
        '\u{3164}',
        '\u{200D}',
        '\u{1B}',
        '\u{0}',
        '\u{85}',
    ] {
        let note = format!("before{c}after");
        assert_eq!(well_formed_with(&note), Ok(()), "U+{:04X}", c as u32);
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(24))]
    /// Any text at all in a note — controls, noncharacters, invisible characters, markup —
    /// leaves every format well-formed.
    #[test]
    fn any_note_text_leaves_the_files_well_formed(
        chars in proptest::collection::vec(proptest::char::any(), 1..80)
    ) {
        let note: String = chars.into_iter().collect();
        proptest::prop_assert_eq!(well_formed_with(&note), Ok(()));
    }
}

#[test]
fn entries_on_items_gone_from_the_pack_are_minuted_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let record = dir.path().join("meeting.db");
    scripted_record(&record);
    // The pack is re-issued without action B.6.5, on which the record holds a declaration,
    // and without risk R5, which has notes and a rating.
    let text = std::fs::read_to_string("packs/powys-children-2017.ron")
        .unwrap()
        .replace("id: \"R5\"", "id: \"R5-retired\"");
    let pack = dir.path().join("reissued.ron");
    std::fs::write(&pack, text).unwrap();
    let out = dir.path().join("minutes.md");
    Command::cargo_bin("boardpack")
        .unwrap()
        .arg("minutes")
        .arg(&pack)
        .arg("--record")
        .arg(&record)
        .args(["--confidential", "-o", out.to_str().unwrap()])
        .assert()
        .success()
        .stderr(contains(
            "items in the record are not in this issue of the pack",
        ));
    let md = std::fs::read_to_string(&out).unwrap();
    let section = md
        .split("Items no longer in the pack")
        .nth(1)
        .expect("a section of their own");
    assert!(section.contains("risk R5"), "{section}");
    assert!(
        section.contains("Trend still worsening"),
        "the words, in the confidential minutes"
    );
    // The public minutes name the item and count, but do not give words that might have
    // been exempt.
    let public = dir.path().join("public.md");
    Command::cargo_bin("boardpack")
        .unwrap()
        .arg("minutes")
        .arg(&pack)
        .arg("--record")
        .arg(&record)
        .args(["-o", public.to_str().unwrap()])
        .assert()
        .success();
    let md = std::fs::read_to_string(&public).unwrap();
    let section = md.split("Items no longer in the pack").nth(1).unwrap();
    assert!(section.contains("risk R5") && section.contains("see the confidential minutes"));
    assert!(!section.contains("Trend still worsening"), "{section}");
}

/// The chair's clock in the record: the minutes say when the meeting started and closed,
/// and the confidential version how long each agenda item took.
#[test]
fn the_minutes_keep_the_meetings_times() {
    use boardpack::model::{ClockEntry, ClockEvent};
    let dir = tempfile::tempdir().unwrap();
    let mut record = scripted_record(&dir.path().join("record.db"));
    let at = common::at;
    record.clock = [
        (ClockEvent::Start, at(10, 2)),
        (ClockEvent::MoveTo(1), at(10, 9)),
        (ClockEvent::MoveTo(2), at(10, 20)),
        (
            ClockEvent::Extend {
                item: 2,
                minutes: 5,
            },
            at(10, 40),
        ),
        (ClockEvent::MoveTo(3), at(10, 48)),
        (ClockEvent::Close, at(12, 47)),
    ]
    .into_iter()
    .map(|(event, at)| ClockEntry {
        event,
        at,
        by: "chair".into(),
    })
    .collect();
    let pack = common::powys();
    let public = text(
        &export::minutes(&pack, Some(&record), export::Version::PUBLIC),
        Format::Markdown,
    );
    assert!(
        public.contains("The meeting started at 10:02 and closed at 12:47."),
        "{public}"
    );
    assert!(
        !public.contains("Time: "),
        "times are in the confidential minutes"
    );
    let confidential = text(
        &export::minutes(&pack, Some(&record), export::Version::CONFIDENTIAL),
        Format::Markdown,
    );
    for expected in [
        "## 1. Welcome, apologies and declarations of interest\n\n**CONFIDENTIAL**\n\nTime: 5 minutes allotted, 7 taken.",
        "## 3. Priority Improvement Area A: Leadership, Governance and Partnership\n\n**CONFIDENTIAL**\n\nTime: 30 minutes allotted, 28 taken.",
        "## 4. Priority Improvement Area B: Case Management / Strategy and Models of Care\n\n**CONFIDENTIAL**\n\nTime: 25 minutes allotted, 119 taken.",
    ] {
        assert!(
            confidential.contains(expected),
            "{expected}\n\n{confidential}"
        );
    }
    assert!(
        !confidential
            .contains("## 5. Priority Improvement Area C: Workforce\n\n**CONFIDENTIAL**\n\nTime:"),
        "an item never reached has no time"
    );
}

/// The scripted meeting's minutes in Welsh, English, or both.
fn minutes_in(languages: export::Languages, confidential: bool) -> export::Minutes {
    let dir = tempfile::tempdir().unwrap();
    let record = scripted_record(&dir.path().join("record.db"));
    export::minutes(
        &common::powys(),
        Some(&record),
        export::Version {
            confidential,
            languages,
        },
    )
}

#[test]
fn welsh_minutes_use_the_terms_of_welsh_council_minutes_in_all_three_formats() {
    let welsh = minutes_in(export::Languages::One(Lang::Cy), false);
    let markdown = text(&welsh, Format::Markdown);
    for term in [
        "Cofnodion cyfarfod 2 a gynhaliwyd ddydd Iau, 23 Tachwedd 2017",
        "Yn bresennol:",
        "Hefyd yn bresennol:",
        "Ymddiheuriadau:",
        "Datgan buddiant",
        "(Cadeirydd)",
        "PENDERFYNWYD:",
        "Camau gweithredu sy'n codi",
        "Maes Gwella Blaenoriaeth A: Arweinyddiaeth, Llywodraethu a Phartneriaeth",
        "Gwahardd y cyhoedd: busnes eithriedig",
        "Darparwyd cyfieithu ar y pryd",
        "Cynhelir y cyfarfod nesaf ddydd Iau, 18 Ionawr 2018.",
        "**Coch**",
    ] {
        assert!(
            markdown.contains(term),
            "{term:?} missing from:\n{markdown}"
        );
    }
    // Pack text the pack has only in English is marked, not left out.
    assert!(
        markdown.contains(
            "Assessments completed within statutory timescales \\[Saesneg yn unig / English only\\]"
        ),
        "{markdown}"
    );
    // Notes stay in the language they were written in.
    assert!(!markdown.contains("Minutes of meeting"), "{markdown}");
    let html = text(&welsh, Format::Html);
    assert!(
        html.starts_with("<!DOCTYPE html>\n<html lang=\"cy-GB\">"),
        "{html}"
    );
    assert!(html.contains("<h1>Bwrdd Gwella Gwasanaethau Plant Powys</h1>"));
    let core = docx_part(&welsh, "docProps/core.xml");
    assert!(core.contains("<dc:language>cy-GB</dc:language>"), "{core}");
    let xml = docx_xml(&welsh);
    assert!(xml.contains("PENDERFYNWYD:") && xml.contains("Yn bresennol:"));
}

#[test]
fn bilingual_minutes_set_welsh_beside_english_section_for_section() {
    let both = minutes_in(export::Languages::Both, false);
    assert_eq!(both.documents.len(), 2);
    assert_eq!(
        both.documents[0].sections.len(),
        both.documents[1].sections.len(),
        "every minute in both languages"
    );
    // Markdown: Welsh first, then English, divided by a rule.
    let markdown = text(&both, Format::Markdown);
    let welsh_at = markdown
        .find("# Bwrdd Gwella Gwasanaethau Plant Powys")
        .unwrap();
    let rule_at = markdown.find("\n---\n").unwrap();
    let english_at = markdown
        .find("# Powys Children's Services Improvement Board")
        .unwrap();
    assert!(welsh_at < rule_at && rule_at < english_at, "{markdown}");
    // HTML: each minute is one section holding two columns, Welsh on the left, each
    // marked with its language.
    let html = text(&both, Format::Html);
    assert!(html.contains("<html lang=\"cy-GB\">"));
    let first = html
        .find("<section aria-labelledby=\"minute-1-cy\">")
        .unwrap();
    let section = &html[first..html[first..].find("</section>").unwrap() + first];
    let cy = section.find("<div lang=\"cy-GB\">").unwrap();
    let en = section.find("<div lang=\"en-GB\">").unwrap();
    assert!(cy < en, "{section}");
    assert!(section.contains("Yn bresennol:") && section.contains("Present:"));
    assert_eq!(
        html.matches("<section ").count(),
        both.documents[0].sections.len(),
        "one section per minute, not per language"
    );
    // Word: landscape, one borderless two-column table per minute, Welsh first.
    let xml = docx_xml(&both);
    assert!(
        xml.contains("w:orient=\"landscape\""),
        "landscape for two columns"
    );
    let welsh = xml.find("Yn bresennol:").unwrap();
    let english = xml.find("Present:").unwrap();
    assert!(welsh < english);
    // Every run in each column says its language, for spell-checkers and screen readers.
    let run_language = |text: &str| {
        let run = &xml[..xml.find(text).unwrap()];
        let run = &run[run.rfind("<w:r>").unwrap()..];
        run.split("<w:lang w:val=\"")
            .nth(1)
            .map(|rest| rest.split('"').next().unwrap().to_string())
    };
    assert_eq!(run_language("Yn bresennol:").as_deref(), Some("cy-GB"));
    assert_eq!(run_language("Present:").as_deref(), Some("en-GB"));
    let core = docx_part(&both, "docProps/core.xml");
    assert!(
        core.contains("Bwrdd Gwella Gwasanaethau Plant Powys: Cofnodion cyfarfod 2")
            && core
                .contains("Powys Children&#39;s Services Improvement Board: Minutes of meeting 2")
            || core.contains("Powys Children's Services Improvement Board: Minutes of meeting 2"),
        "{core}"
    );
}

#[test]
fn the_minutes_command_writes_welsh_and_bilingual_minutes() {
    let dir = tempfile::tempdir().unwrap();
    for (lang, heading) in [
        ("cy", "Cofnodion cyfarfod 2"),
        ("both", "Cofnodion cyfarfod 2"),
        ("en", "Pre-meeting summary of meeting 2"),
    ] {
        let out = dir.path().join(format!("{lang}.md"));
        Command::cargo_bin("boardpack")
            .unwrap()
            .env("LANG", "C.UTF-8")
            .args([
                "minutes",
                "packs/powys-children-2017.ron",
                "--lang",
                lang,
                "-o",
            ])
            .arg(&out)
            .assert()
            .success();
        let written = std::fs::read_to_string(&out).unwrap();
        let expected = if lang == "en" {
            heading.to_string()
        } else {
            heading.replace("Cofnodion cyfarfod", "Crynodeb cyn cyfarfod")
        };
        assert!(written.contains(&expected), "{lang}: {written}");
        if lang == "both" {
            assert!(written.contains("Pre-meeting summary of meeting 2"));
        }
    }
    // Without --lang, the language comes from the environment.
    let out = dir.path().join("env.md");
    Command::cargo_bin("boardpack")
        .unwrap()
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "cy_GB.UTF-8")
        .args(["minutes", "packs/powys-children-2017.ron", "-o"])
        .arg(&out)
        .assert()
        .success();
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .contains("Crynodeb cyn cyfarfod 2")
    );
}

#[test]
fn welsh_and_bilingual_html_minutes_have_no_accessibility_violations() {
    let Some((axe, chromium)) = axe_and_chromium() else {
        return;
    };
    for languages in [export::Languages::One(Lang::Cy), export::Languages::Both] {
        for confidential in [false, true] {
            let minutes = minutes_in(languages, confidential);
            let violations = axe_violations(&text(&minutes, Format::Html), &axe, chromium);
            assert!(
                violations.is_empty(),
                "{languages:?} confidential {confidential}: {violations:#?}"
            );
        }
    }
}

/// The Powys pack with its agenda as `items` (words only: what each covers is read from them).
fn with_agenda(items: &[&str]) -> boardpack::model::Pack {
    let mut pack = common::powys();
    pack.meeting.agenda = items
        .iter()
        .map(|item| boardpack::model::AgendaItem {
            item: boardpack::model::Text::plain(*item),
            minutes: 10,
            covers: None,
        })
        .collect();
    pack
}

/// The minutes' numbered headings, in order.
fn headings(markdown: &str) -> Vec<&str> {
    markdown
        .lines()
        .filter_map(|line| line.strip_prefix("## "))
        .collect()
}

/// A Welsh board writes its agenda in Welsh, and many boards take the areas' reports as one
/// item: each section is minuted under the item that covers it, and other business and the
/// next meeting under the item that closes the meeting, not under the first item whose words
/// say nothing the minutes know.
#[test]
fn an_agenda_in_welsh_or_with_one_item_for_the_areas_gathers_what_it_covers() {
    let dir = tempfile::tempdir().unwrap();
    let record = scripted_record(&dir.path().join("record.db"));
    let public = |agenda: &[&str]| {
        text(
            &export::minutes(&with_agenda(agenda), Some(&record), export::Version::PUBLIC),
            Format::Markdown,
        )
    };
    let minutes = public(&[
        "Croeso ac ymddiheuriadau",
        "Cofnodion y cyfarfod diwethaf",
        "Adroddiadau'r meysydd blaenoriaeth",
        "Cofrestr risgiau",
        "Perfformiad",
        "Unrhyw fater arall",
    ]);
    assert_eq!(
        headings(&minutes),
        [
            "1. Croeso ac ymddiheuriadau",
            "2. Cofnodion y cyfarfod diwethaf",
            "3. Adroddiadau'r meysydd blaenoriaeth",
            "4. Cofrestr risgiau",
            "5. Perfformiad",
            "6. Unrhyw fater arall",
            // As after the Powys pack's own agenda, which has no item for either.
            "7. Exclusion of the public: exempt business",
            "8. Actions arising",
        ],
        "every section under its agenda item:\n{minutes}"
    );
    let item = |n: usize| {
        let start = minutes.find(&format!("## {n}. ")).unwrap();
        let end = minutes[start + 3..]
            .find("\n## ")
            .map_or(minutes.len(), |end| start + 3 + end);
        &minutes[start..end]
    };
    assert!(item(1).contains("Present:"), "{}", item(1));
    for area in ["A", "B", "C", "D"] {
        assert!(
            item(3).contains(&format!("Priority Improvement Area {area}:")),
            "area {area} under the areas' reports:\n{}",
            item(3)
        );
    }
    assert!(item(6).contains("### Other business"), "{}", item(6));
    assert!(item(6).contains("### Date of next meeting"), "{}", item(6));

    // An item of other words in the middle of the agenda gets nothing it does not cover;
    // with no item closing the agenda, other business follows it.
    let minutes = public(&[
        "Apologies",
        "Presentation from the Youth Forum",
        "Priority area reports",
    ]);
    let headings = headings(&minutes);
    assert_eq!(
        headings[..3],
        [
            "1. Apologies",
            "2. Presentation from the Youth Forum",
            "3. Priority area reports"
        ]
    );
    let youth = &minutes[minutes.find("## 2. ").unwrap()..minutes.find("## 3. ").unwrap()];
    assert!(
        youth.contains("Nothing was minuted under this item."),
        "{youth}"
    );
    assert!(
        headings[3..]
            .iter()
            .any(|h| h.ends_with(". Other business")),
        "{headings:?}"
    );
}
