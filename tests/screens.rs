//! Snapshots of every screen and overlay, from the Powys pack, at 80×24 and 160×48.
//! Review changes with `cargo insta review`.

mod common;

use common::drive;

/// (name, keys that reach the screen from the start)
const SCREENS: [(&str, &str); 16] = [
    ("overview", ""),
    ("area_a", "]"),
    ("area_b_second_page", "2 <pagedown> <pagedown>"),
    ("area_c_exceptions", "3 e"),
    ("area_d", "4"),
    ("risks", "r"),
    ("risks_by_owner_heat_map_filter", "r s s h <up> <enter>"),
    ("risks_heat_map_picking", "r h <left>"),
    ("kpis", "p"),
    ("kpi_without_target", "p <end>"),
    ("search", "/ foster"),
    ("help", "?"),
    ("detail_action", "] <down> <down> <down> <enter>"),
    ("detail_risk", "r <enter>"),
    ("minutes_preview", "] M"),
    ("minutes_preview_scrolled", "] M <pagedown>"),
];

#[test]
fn every_screen_at_80_by_24_and_160_by_48() {
    for (width, height) in [(80, 24), (160, 48)] {
        for (name, keys) in SCREENS {
            let mut app = common::app();
            drive(&mut app, keys);
            let text = common::screen(&mut app, width, height);
            insta::assert_snapshot!(format!("{name}_{width}x{height}"), text);
        }
    }
}

/// The screens in Welsh, reached as a chair would: L switches the language mid-meeting.
const IN_WELSH: [(&str, &str); 8] = [
    ("overview", "L"),
    // A text written in both languages is listed Welsh first.
    ("search", "L / gwella"),
    ("area_a", "L ]"),
    ("detail_action", "L ] <down> <enter>"),
    // Words after "ar" and "yn" change: "ar gam gweithredu", "yng ngham gweithredu".
    ("note_editor", "L ] <down> n \"Pam?\""),
    ("declaration", "L ] <down> D"),
    ("help", "L ?"),
    (
        "attendance",
        "L m p <down> p <down> s <down> p <down> x + \"Prif Weithredwr\" <tab> \"Cyngor Sir Powys\" <enter>",
    ),
];

#[test]
fn screens_in_welsh_at_80_by_24_and_160_by_48() {
    for (width, height) in [(80, 24), (160, 48)] {
        for (name, keys) in IN_WELSH {
            let dir = tempfile::tempdir().unwrap();
            let mut app = common::app_on(&dir.path().join("record.db"), "chair");
            drive(&mut app, keys);
            let text = common::screen(&mut app, width, height);
            insta::assert_snapshot!(format!("cy_{name}_{width}x{height}"), text);
        }
    }
}

#[test]
fn the_language_key_switches_back_to_english() {
    let mut app = common::app();
    drive(&mut app, "L");
    assert!(common::screen(&mut app, 160, 48).contains("Trosolwg"));
    drive(&mut app, "L");
    let text = common::screen(&mut app, 160, 48);
    assert!(
        text.contains("Overview") && !text.contains("Trosolwg"),
        "{text}"
    );
    // What changed is said in words: they follow the language too.
    drive(&mut app, "L w");
    let text = common::screen(&mut app, 160, 48);
    assert!(
        text.contains("wedi gwaethygu") && text.contains("cam gweithredu"),
        "{text}"
    );
}

#[test]
fn too_small_says_what_it_needs() {
    let mut app = common::app();
    let text = common::screen(&mut app, 50, 10);
    assert!(
        text.contains("terminal too small — need 60×16 (now 50×10)"),
        "{text}"
    );
    insta::assert_snapshot!("too_small_50x10", text);
}

/// Screens of the meeting being recorded, as the chair sees them, from a fresh record.
const RECORDING: [(&str, &str); 5] = [
    (
        "note_editor",
        "r n \"Why is the trend still worsening?\" <enter> \"And what will the campaign deliver?\"",
    ),
    ("rag_picker", "r a"),
    ("rag_reason", "r a g \"Peer mentors in post\""),
    (
        "action_arising_form",
        "2 <down> <down> A \"Report recruitment monthly\" <enter> \"Head of Children's Services\" <enter> soon <enter>",
    ),
    (
        "attendance",
        "m p <down> p <down> s <down> p <down> x + \"Scrutiny Chair\" <tab> \"Powys County Council\" <enter>",
    ),
];

#[test]
fn recording_screens_at_80_by_24_and_160_by_48() {
    for (width, height) in [(80, 24), (160, 48)] {
        for (name, keys) in RECORDING {
            let dir = tempfile::tempdir().unwrap();
            let mut app = common::app_on(&dir.path().join("record.db"), "chair");
            drive(&mut app, keys);
            let text = common::screen(&mut app, width, height);
            insta::assert_snapshot!(format!("{name}_{width}x{height}"), text);
        }
    }
}

/// The risk register once members have challenged R5's and R1's scores and the Board has
/// agreed R5's, in the standard and the no-colour theme: proposals, spread and median, the
/// Board's mark against the officers', and the heat map marks (+ members, = the Board's),
/// which read without colour.
#[test]
fn risk_scores_challenged_in_both_themes() {
    use boardpack::model::{Role, Score};
    use boardpack::store::{PackIdentity, RecordStore, SqliteStore};
    let dir = tempfile::tempdir().unwrap();
    let record = dir.path().join("record.db");
    {
        let identity = PackIdentity::of("powys-children-2017.ron", "");
        let mut store = SqliteStore::open(&record, &identity).unwrap().0;
        let chair = common::actor("chair", Role::Chair);
        let fdss = common::actor("former-director", Role::Member);
        let cc = common::actor("childrens-commissioner", Role::Member);
        for a in [&chair, &fdss, &cc] {
            store.join(a).unwrap();
        }
        let (r5, r1) = (common::risk("R5"), common::risk("R1"));
        store
            .propose_score(
                &fdss,
                &r5,
                Score::new(5, 5),
                None,
                "Three serious case reviews this year",
            )
            .unwrap();
        store
            .propose_score(
                &cc,
                &r5,
                Score::new(4, 5),
                Some(Score::new(3, 4)),
                "Placements keep breaking down",
            )
            .unwrap();
        store
            .propose_score(
                &cc,
                &r1,
                Score::new(3, 4),
                None,
                "Recruitment has turned the corner",
            )
            .unwrap();
        store
            .agree_score(
                &chair,
                &r5,
                Score::new(5, 5),
                Some("The members' evidence"),
                0,
            )
            .unwrap();
    }
    for theme in ["standard", "no_colour"] {
        for (width, height) in [(80, 24), (160, 48)] {
            let mut app = common::app_on(&record, "chair");
            drive(&mut app, if theme == "standard" { "r" } else { "r t t" });
            // The record keeps the clock time of each proposal; the snapshot does not.
            let text = recorded_times_masked(&common::screen(&mut app, width, height));
            insta::assert_snapshot!(format!("risk_scores_{theme}_{width}x{height}"), text);
        }
    }
}

/// "14:43" after a name, as the detail pane shows when something was recorded, as "hh:mm".
fn recorded_times_masked(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut n = 0;
    while n < chars.len() {
        let time = n + 5 <= chars.len()
            && n > 0
            && chars[n - 1] == ' '
            && chars[n].is_ascii_digit()
            && chars[n + 1].is_ascii_digit()
            && chars[n + 2] == ':'
            && chars[n + 3].is_ascii_digit()
            && chars[n + 4].is_ascii_digit()
            && chars.get(n + 5).is_none_or(|c| !c.is_ascii_digit());
        // The meeting's own start time, 10:00, stays.
        if time && chars[n..n + 5] != ['1', '0', ':', '0', '0'] {
            out.push_str("hh:mm");
            n += 5;
        } else {
            out.push(chars[n]);
            n += 1;
        }
    }
    out
}

/// Another board's pack: ids like RR-01 and PI-10, a unit of "per 1,000 children", and an
/// exempt recommendation.
fn another_board() -> boardpack::model::Pack {
    let mut pack = common::powys();
    for (n, risk) in pack.risks.iter_mut().enumerate() {
        risk.id = format!("RR-{:02}", n + 1);
    }
    for (n, kpi) in pack.kpis.iter_mut().enumerate() {
        kpi.id = format!("PI-{:02}", n + 10);
    }
    pack.kpis[0].unit = "per 1,000 children".into();
    pack.areas[1].recommendations[0].exempt = true;
    pack
}

#[test]
fn screens_fit_another_boards_ids_units_and_exempt_items() {
    let mut app = common::app_with(another_board(), &[]);
    drive(&mut app, "r");
    let risks = common::screen(&mut app, 80, 24);
    for id in ["RR-01 ", "RR-05 ", "RR-09 "] {
        assert!(risks.contains(&format!("\"{id}")), "{id} whole:\n{risks}");
    }
    drive(&mut app, "p");
    let kpis = common::screen(&mut app, 160, 48);
    assert!(kpis.contains("\"PI-10 "), "{kpis}");
    assert!(
        kpis.contains("per 1,000 children"),
        "the unit whole:\n{kpis}"
    );
    // Every row under the exempt recommendation is marked, badge first.
    drive(&mut app, "2");
    let area = common::screen(&mut app, 80, 24);
    let marked = area
        .lines()
        .filter(|line| line.contains("[confidential]"))
        .count();
    let under = app.state.pack.areas[1].recommendations[0].actions.len() + 1;
    assert_eq!(marked, under.min(area.lines().count()), "{area}");
}

/// Risk and KPI ids written the long way ("PIA-1.RISK-001"): whole in their lists on a
/// wide screen.
#[test]
fn long_risk_and_kpi_ids_are_shown_whole() {
    let mut pack = common::powys();
    for (n, risk) in pack.risks.iter_mut().enumerate() {
        risk.id = format!("PIA-1.RISK-{:03}", n + 1);
    }
    for (n, kpi) in pack.kpis.iter_mut().enumerate() {
        kpi.id = format!("PIA-1.KPI-{:03}", n + 1);
    }
    let mut app = common::app_with(pack, &[]);
    shows_whole(&mut app, "r", "\"", &["PIA-1.RISK-001", "PIA-1.RISK-013"]);
    shows_whole(&mut app, "p", "\"", &["PIA-1.KPI-001", "PIA-1.KPI-014"]);
}

/// Ids too long for their column ("TG1-ARGYMHELLIAD-01-GWEITHRED-001") lose their middle,
/// not their end, so the rows of a narrow area page still tell the actions apart.
#[test]
fn ids_too_long_for_their_column_keep_their_start_and_end() {
    let mut pack = common::powys();
    let rec = &mut pack.areas[0].recommendations[0];
    rec.id = "TG1-ARGYMHELLIAD-01".into();
    for (n, action) in rec.actions.iter_mut().enumerate() {
        action.id = format!("TG1-ARGYMHELLIAD-01-GWEITHRED-{:03}", n + 1);
    }
    let count = rec.actions.len();
    let mut app = common::app_with(pack, &[]);
    drive(&mut app, "1");
    let area = common::screen(&mut app, 100, 34);
    for n in 1..=count {
        let row = area
            .lines()
            .find(|line| line.starts_with("\"  TG1-") && line.contains(&format!("-{n:03} ")))
            .unwrap_or_else(|| panic!("action {n}'s row:\n{area}"));
        assert!(row.contains('…'), "cut in the middle: {row}");
    }
}

/// Each member's role is whole, in Welsh's longer words too ("is-gadeirydd, â phleidlais").
#[test]
fn attendance_shows_each_role_whole_in_either_language() {
    use boardpack::model::Role;
    let mut pack = common::powys();
    pack.meeting.members[1].role = Role::ViceChair;
    pack.meeting.members[1].voting = true;
    let mut app = common::app_with(pack, &[]);
    for (language, role) in [
        ("m", "vice-chair, voting "),
        ("L", "is-gadeirydd, â phleidlais "),
    ] {
        drive(&mut app, language);
        let screen = common::screen(&mut app, 160, 48);
        assert!(screen.contains(role), "{role}:\n{screen}");
    }
}

/// An item found by who leads it shows that name, though it comes after the item's text in
/// both languages, past the edge of the finder.
#[test]
fn an_item_found_by_its_lead_shows_the_lead() {
    let mut pack = common::powys();
    let action = &mut pack.areas[0].recommendations[0].actions[0];
    action.leads = vec!["Pennaeth Adnoddau Dynol".into()];
    let id = action.id.clone();
    let mut app = common::app_with(pack, &[]);
    drive(&mut app, "/ \"adnoddau dynol\"");
    let screen = common::screen(&mut app, 80, 24);
    let row = screen
        .lines()
        .find(|line| line.contains(&format!(" {id}  ")))
        .unwrap_or_else(|| panic!("{id} found:\n{screen}"));
    assert!(row.contains("Adnoddau Dynol"), "{screen}");
}

/// Units too long to go beside every value ("% of establishment") get a column of their
/// own, whole, beside values written as numbers; each heading is whole in either language.
#[test]
fn long_units_are_shown_whole_in_a_column_of_their_own() {
    use boardpack::model::Text;
    let mut pack = common::powys();
    pack.kpis[0].unit = Text::both("% of establishment", "% o'r sefydliad");
    pack.kpis[1].unit = "per 1,000 contacts".into();
    let mut app = common::app_with(pack, &[]);
    drive(&mut app, "p");
    for (language, headings) in [
        ("", ["Latest", "Target", "Bench.", "Unit"]),
        ("L", ["Diweddaraf", "Targed", "Meincnod", "Uned"]),
    ] {
        drive(&mut app, language);
        for width in [100, 160, 200] {
            let screen = common::screen(&mut app, width, 40);
            let header = screen
                .lines()
                .find(|line| line.contains(headings[3]))
                .unwrap_or_else(|| panic!("a column of units:\n{screen}"));
            for heading in headings {
                assert!(
                    header.contains(&format!("{heading} ")),
                    "{heading}: {header}"
                );
            }
            for kpi in &app.state.pack.kpis[..2] {
                let row = screen
                    .lines()
                    .find(|line| line.starts_with(&format!("\"{} ", kpi.id)))
                    .unwrap_or_else(|| panic!("{}'s row:\n{screen}", kpi.id));
                let unit = kpi.unit.get(app.state.lang);
                assert!(
                    row.contains(&format!(" {unit} ")),
                    "{unit} whole:\n{screen}"
                );
            }
        }
    }
}

/// The screen `keys` lead to, at 160×48, showing each of `ids` whole: after `before` (a
/// row's start or a space) and followed by a space.
fn shows_whole(app: &mut boardpack::app::App, keys: &str, before: &str, ids: &[&str]) {
    drive(app, keys);
    let screen = common::screen(app, 160, 48);
    for id in ids {
        assert!(
            screen.contains(&format!("{before}{id} ")),
            "{id} whole:\n{screen}"
        );
    }
}

/// The overview lists each area's highest risks whole, each with its score and rating, on
/// a board whose ids are like RR-01, in Welsh's two-letter marks too, wide (two risks) and
/// narrow (one).
#[test]
fn the_overview_shows_each_areas_top_risks_whole() {
    let mut app = common::app_with(another_board(), &[]);
    for language in ["", "L"] {
        drive(&mut app, language);
        for (width, shown) in [(200, 2), (100, 1)] {
            let screen = common::screen(&mut app, width, 40);
            let state = &app.state;
            let pack = &state.pack;
            for (a, summary) in state.overview().iter().enumerate() {
                let row = screen
                    .lines()
                    .find(|line| line.starts_with(&format!("\"{} ", pack.areas[a].id)))
                    .unwrap_or_else(|| panic!("area {a}'s row:\n{screen}"));
                assert!(summary.top_risks.len() >= shown, "{row}");
                for &r in summary.top_risks.iter().take(shown) {
                    let risk = &pack.risks[r];
                    let rating = pack.risk_bands.rag(risk.residual).mark(state.lang);
                    let shown = format!("{} {} {rating}", risk.id, risk.residual.value());
                    assert!(
                        row.contains(&format!("{shown} ")),
                        "{shown} whole:\n{screen}"
                    );
                }
            }
        }
    }
}

/// Ids written the long way (PIA-1.REC-01.ACT-001): each whole on the area page and in
/// the recommendation's detail, with a space before its rating, and in the list of what
/// changed; and a board's own long action-log references whole in the log.
#[test]
fn long_action_ids_are_shown_whole() {
    let mut pack = common::powys();
    let rec = &mut pack.areas[0].recommendations[0];
    rec.id = "PIA-1.REC-01".into();
    for (n, action) in rec.actions.iter_mut().enumerate() {
        action.id = format!("PIA-1.REC-01.ACT-{:03}", n + 1);
    }
    let count = rec.actions.len();
    // A board's own action-log references, as long.
    pack.meeting
        .action_log
        .push(boardpack::model::LoggedAction {
            reference: "AL-2017-10-014".into(),
            item: None,
            text: "Report on the recruitment campaign".into(),
            owner: "Head of HR".into(),
            due: "next meeting".into(),
            status: boardpack::model::LogStatus::Open,
            raised: 1,
            carried: Vec::new(),
        });
    let mut app = common::app_with(pack, &[]);
    drive(&mut app, "1");
    let area = common::screen(&mut app, 120, 34);
    for n in 1..=count {
        let id = format!("PIA-1.REC-01.ACT-{n:03}");
        assert_eq!(area.matches(&format!("{id} ")).count(), 2, "{id}:\n{area}");
    }
    // What changed since the last meeting lists them whole too (two are newly overdue).
    let moved = ["PIA-1.REC-01.ACT-002", "PIA-1.REC-01.ACT-003"];
    shows_whole(&mut app, "<esc> w", " ", &moved);
    shows_whole(&mut app, "l", "\"", &["AL-2017-10-014"]);
}

/// The agenda mid-meeting by a fake clock: the chair started at 10:02, welcome overran,
/// the minutes took their time, and the meeting is on area A.
#[test]
fn the_agenda_mid_meeting_on_time_and_overrunning_in_both_themes() {
    use boardpack::action::Action;
    use boardpack::model::{ClockEntry, ClockEvent};
    let at = common::at;
    let entry = |event, hh, mm| ClockEntry {
        event,
        at: at(hh, mm),
        by: "chair".into(),
    };
    let events = vec![
        entry(ClockEvent::Start, 10, 2),
        entry(ClockEvent::MoveTo(1), 10, 9),
        entry(ClockEvent::MoveTo(2), 10, 21),
        entry(
            ClockEvent::Extend {
                item: 2,
                minutes: 5,
            },
            10,
            40,
        ),
    ];
    for (moment, now) in [("on_time", at(10, 35)), ("overrunning", at(10, 54))] {
        for theme in ["standard", "no_colour"] {
            for (width, height) in [(80, 24), (160, 48)] {
                let mut app = common::app();
                app.state.record.clock = events.clone();
                app.handle(Action::Clock(now));
                drive(&mut app, if theme == "standard" { "g" } else { "g t t" });
                let text = common::screen(&mut app, width, height);
                insta::assert_snapshot!(format!("agenda_{moment}_{theme}_{width}x{height}"), text);
            }
        }
    }
}

/// A pack whose agenda has no item for area C: the agenda screen says the meeting will not
/// come to it, in English and in Welsh.
#[test]
fn the_agenda_names_an_area_it_gives_no_time() {
    let mut pack = common::powys();
    pack.meeting.agenda.retain(|item| {
        !item
            .item
            .get(boardpack::locale::Lang::En)
            .contains("Area C")
    });
    assert_eq!(pack.areas_off_the_agenda(), [2], "area C only");
    for (lang, keys) in [("en", "g"), ("cy", "g L")] {
        let mut app = common::app_with(pack.clone(), &[]);
        drive(&mut app, keys);
        let text = common::screen(&mut app, 100, 20);
        insta::assert_snapshot!(format!("agenda_area_off_{lang}_100x20"), text);
    }
}

/// A board with hundreds of actions in an area: the overview's counts each stand apart,
/// under their rating's letter.
#[test]
fn the_overview_counts_hundreds_of_actions_each_apart() {
    let pack = boardpack::pack::generate(&boardpack::pack::GenerateOptions {
        actions: 4000,
        risks: 40,
        kpis: 10,
        periods: 2,
        seed: 1,
    });
    let mut app = common::app_with(pack, &[]);
    let overview = common::screen(&mut app, 200, 40);
    let summary = app.state.overview()[0].clone();
    assert!(
        summary.previous.iter().any(|&n| n >= 100),
        "the test needs counts in the hundreds: {:?}",
        summary.previous
    );
    let id = &app.state.pack.areas[0].id;
    let row = overview
        .lines()
        .find(|line| line.trim_start_matches('"').starts_with(&format!("{id} ")))
        .unwrap_or_else(|| panic!("area {id}'s row:\n{overview}"));
    let expected: Vec<String> = summary
        .previous
        .iter()
        .chain(&summary.proposed)
        .map(usize::to_string)
        .collect();
    let words: Vec<&str> = row.split_whitespace().collect();
    let found = words.windows(expected.len()).any(|run| {
        run.iter()
            .zip(&expected)
            .all(|(word, n)| *word == n.as_str())
    });
    assert!(found, "{expected:?} each apart in:\n{row}");
}
