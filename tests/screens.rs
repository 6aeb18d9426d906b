//! Snapshots of every screen and overlay, from the Powys pack, at 80×24 and 160×48.
//! Review changes with `cargo insta review`.

mod common;

use common::drive;

/// (name, keys that reach the screen from the start)
const SCREENS: [(&str, &str); 14] = [
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
