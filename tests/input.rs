//! Input driven by key strings, with no terminal: keymap → Action → update.

mod common;

use boardpack::locale::Lang;
use boardpack::model::AreaSummary;
use boardpack::model::Target;
use boardpack::state::{Overlay, Row, Screen};
use boardpack::update::Effect;
use common::drive;

#[test]
fn page_areas_then_find_and_jump() {
    let mut app = common::app();
    drive(&mut app, "] ] / foster <enter>");
    let state = &app.state;
    assert_eq!(
        state.screen,
        Screen::Area(1),
        "B holds the fostering recommendation"
    );
    assert_eq!(
        state.selected(),
        Some(Target::Recommendation(1, 5)),
        "B.6, the best match for 'foster'"
    );
    assert!(state.overlays.is_empty());
}

#[test]
fn search_reaches_risks_and_kpis() {
    let mut app = common::app();
    drive(
        &mut app,
        "/ foster <down> <down> <down> <down> <down> <enter>",
    );
    assert_eq!(app.state.screen, Screen::Kpis);
    assert_eq!(
        app.state.pack.kpis[app.state.kpi_rows[app.state.kpi_cursor]].id,
        "K3"
    );

    drive(&mut app, "/ R11 <enter>");
    assert_eq!(app.state.screen, Screen::Risks);
    assert_eq!(app.state.selected(), Some(Target::Risk(10)));
}

#[test]
fn typing_in_search_does_not_trigger_screen_keys() {
    let mut app = common::app();
    let effects = drive(&mut app, "/ quarterly");
    assert!(
        effects.is_empty(),
        "q typed into the search box must not quit"
    );
    let search = finder(&app);
    assert_eq!(search.query, "quarterly");
    drive(&mut app, "<backspace> <backspace> <c-u> exit <esc>");
    assert!(app.state.overlays.is_empty());
    assert_eq!(drive(&mut app, "q"), [Effect::Quit]);
}

#[test]
fn tab_visits_every_screen_and_wraps() {
    let mut app = common::app();
    let mut seen = vec![app.state.screen];
    for _ in 0..11 {
        drive(&mut app, "<tab>");
        seen.push(app.state.screen);
    }
    use Screen::*;
    assert_eq!(
        seen,
        [
            Overview,
            Area(0),
            Area(1),
            Area(2),
            Area(3),
            Risks,
            Kpis,
            Attendance,
            Agenda,
            ActionLog,
            Changes,
            Overview
        ]
    );
    drive(&mut app, "<s-tab>");
    assert_eq!(app.state.screen, Changes);
}

#[test]
fn area_keys_wrap_and_number_keys_jump() {
    let mut app = common::app();
    drive(&mut app, "[");
    assert_eq!(
        app.state.screen,
        Screen::Area(3),
        "previous from the overview is the last area"
    );
    drive(&mut app, "]");
    assert_eq!(app.state.screen, Screen::Area(0), "next wraps to the first");
    drive(&mut app, "3");
    assert_eq!(app.state.screen, Screen::Area(2));
    drive(&mut app, "9");
    assert_eq!(app.state.screen, Screen::Area(2), "no ninth area: stay put");
    assert!(app.state.status.as_deref().unwrap().contains("4 areas"));
}

#[test]
fn exceptions_filter_shows_only_exceptions_and_keeps_the_cursor() {
    let mut app = common::app();
    drive(
        &mut app,
        "3 <down> <down> <down> <down> <down> <down> <down>",
    );
    assert_eq!(
        app.state.selected(),
        Some(Target::Action(2, 1, 1)),
        "C.2.2, overdue"
    );
    drive(&mut app, "e");
    let state = &app.state;
    assert_eq!(
        state.selected(),
        Some(Target::Action(2, 1, 1)),
        "still on C.2.2"
    );
    let date = state.pack.meeting.date;
    for row in &state.area_rows()[2] {
        if let Row::Action(r, i) = row {
            assert!(state.pack.areas[2].recommendations[*r].actions[*i].is_exception(date));
        }
    }
    assert!(state.area_rows()[2].len() < 29);
    // The overview counts exceptions only too, and everything again once lifted.
    for a in 0..state.pack.areas.len() {
        assert_eq!(state.overview()[a], AreaSummary::of(&state.pack, true, a));
    }
    assert_ne!(
        state.overview()[2],
        AreaSummary::of(&state.pack, false, 2),
        "area C has actions that are not exceptions"
    );
    assert!(
        state
            .risk_rows
            .iter()
            .all(|&i| state.pack.risks[i].is_exception(&state.pack.risk_bands))
    );
    assert!(
        state
            .kpi_rows
            .iter()
            .all(|&i| state.pack.kpis[i].is_exception())
    );
    drive(&mut app, "e");
    assert_eq!(
        app.state.selected(),
        Some(Target::Action(2, 1, 1)),
        "and after the filter is lifted"
    );
    assert_eq!(
        app.state.overview()[2],
        AreaSummary::of(&app.state.pack, false, 2)
    );
}

#[test]
fn when_the_filter_hides_the_selection_the_next_item_is_selected() {
    let mut app = common::app();
    drive(&mut app, "3 <down> <down> e");
    // C.1.2 improved (Amber to Green) and is not overdue; C.1.3 is the next exception.
    assert_eq!(app.state.selected(), Some(Target::Action(2, 0, 2)));
}

#[test]
fn jumping_to_a_filtered_out_item_lifts_the_filter() {
    let mut app = common::app();
    drive(&mut app, "e / A.1.1 <enter>");
    assert_eq!(app.state.selected(), Some(Target::Action(0, 0, 0)));
    assert!(!app.state.exceptions_only());
    assert_eq!(
        app.state.status.as_deref(),
        Some("filters lifted to show the item")
    );
}

#[test]
fn risk_register_sorts_and_filters_by_heat_map_cell() {
    let mut app = common::app();
    drive(&mut app, "r");
    let scores: Vec<u8> = app
        .state
        .risk_rows
        .iter()
        .map(|&i| app.state.pack.risks[i].residual.value())
        .collect();
    assert!(
        scores.windows(2).all(|w| w[0] >= w[1]),
        "highest residual first: {scores:?}"
    );
    drive(&mut app, "S");
    let scores: Vec<u8> = app
        .state
        .risk_rows
        .iter()
        .map(|&i| app.state.pack.risks[i].residual.value())
        .collect();
    assert!(scores.windows(2).all(|w| w[0] <= w[1]));

    // Start from the top risk's cell (R5 or R1 at 20), move to likelihood 3 × impact 5.
    drive(&mut app, "<home> h");
    let Some(Overlay::HeatMap { .. }) = app.state.overlays.last() else {
        panic!("picking a cell")
    };
    drive(
        &mut app,
        "<down> <down> <down> <down> <down> <up> <up> <right> <right> <right> <right> <enter>",
    );
    assert_eq!(app.state.risk_cell, Some((3, 5)));
    let ids: Vec<&str> = app
        .state
        .risk_rows
        .iter()
        .map(|&i| app.state.pack.risks[i].id.as_str())
        .collect();
    assert_eq!(ids.len(), 3);
    assert!(app.state.risk_rows.iter().all(|&i| {
        let r = app.state.pack.risks[i].residual;
        (r.likelihood, r.impact) == (3, 5)
    }));
    drive(&mut app, "c");
    assert_eq!(app.state.risk_cell, None);
    assert_eq!(app.state.risk_rows.len(), 13);
}

#[test]
fn open_reads_an_item_in_full_and_esc_goes_back() {
    let mut app = common::app();
    drive(&mut app, "<enter>");
    assert_eq!(
        app.state.screen,
        Screen::Area(0),
        "Enter on the overview opens the area"
    );
    drive(&mut app, "<down> <enter>");
    assert!(matches!(
        app.state.overlays.last(),
        Some(Overlay::Detail {
            target: Target::Action(0, 0, 0),
            ..
        })
    ));
    drive(&mut app, "<esc>");
    assert!(app.state.overlays.is_empty());
    drive(&mut app, "<esc>");
    assert_eq!(app.state.screen, Screen::Overview);
}

#[test]
fn help_opens_scrolls_and_closes() {
    let mut app = common::app();
    common::screen(&mut app, 80, 24);
    drive(&mut app, "? <pagedown> <pagedown> <end> <pagedown>");
    let Some(Overlay::Help { scroll }) = app.state.overlays.last() else {
        panic!("help is open")
    };
    let (scroll, max) = (scroll.offset, scroll.limit.expect("measured by the frame"));
    assert!(
        scroll > 0 && scroll == max,
        "stops at the end: {scroll} of {max}"
    );
    drive(&mut app, "<up>");
    let Some(Overlay::Help { scroll: after }) = app.state.overlays.last() else {
        panic!()
    };
    assert_eq!(
        after.offset,
        max - 1,
        "one step up from the end is visible at once"
    );
    drive(&mut app, "?");
    assert!(app.state.overlays.is_empty());
}

/// Page down in a long text moves a screenful less one row: the last row seen stays in
/// sight, at the top, as a reader of the minutes expects.
#[test]
fn page_down_in_the_minutes_preview_moves_a_screenful() {
    let mut app = common::app();
    drive(&mut app, "] M");
    let rows = |screen: &str| -> Vec<String> {
        screen
            .lines()
            .map(|line| line.trim_matches('"').to_string())
            .collect()
    };
    let before = rows(&common::screen(&mut app, 160, 48));
    // Header, tabs, the preview's top border … its bottom border, the hint bar.
    let last_text_row = before[before.len() - 3].clone();
    drive(&mut app, "<pagedown>");
    let after = rows(&common::screen(&mut app, 160, 48));
    assert_eq!(
        after[3], last_text_row,
        "the last row seen is now the first"
    );
    let Some(Overlay::Minutes { scroll, .. }) = app.state.overlays.last() else {
        panic!("the preview is open")
    };
    assert_eq!(scroll.offset, 48 - 3 - 2 - 1);
    drive(&mut app, "<pageup>");
    assert_eq!(rows(&common::screen(&mut app, 160, 48)), before);
}

/// Page down in a list moves the cursor a screenful less one row, whatever the window's
/// height: on a tall terminal a page is more than ten rows.
#[test]
fn page_down_in_a_list_moves_as_many_rows_as_the_window_shows() {
    let mut app = common::app();
    drive(&mut app, "1");
    for height in [48u16, 30] {
        common::press(&mut app, "<home>");
        common::render(&mut app, 160, height);
        common::press(&mut app, "<pagedown>");
        // Less the header, tabs and hint bar, the area's title, the table's header and its
        // bottom border: the rows shown; less one kept in sight.
        let page = usize::from(height) - 3 - 1 - 2 - 1;
        assert_eq!(app.state.area_cursor[0], page, "at {height} rows");
    }
}

#[test]
fn page_down_in_a_long_membership_keeps_the_member_in_sight() {
    let mut pack = common::powys();
    let observer = pack.meeting.members.last().cloned().expect("a member");
    for n in 0..40 {
        pack.meeting.members.push(boardpack::model::Member {
            id: format!("observer-{n}"),
            name: format!("Observer {n}"),
            voting: false,
            ..observer.clone()
        });
    }
    let mut app = common::app_with(pack, &[]);
    drive(&mut app, "m");
    let height = 30;
    common::render(&mut app, 160, height);
    common::press(&mut app, "<pagedown>");
    let at = app.state.attendance_cursor;
    assert!(at > 10, "a page is the rows shown, not ten: {at}");
    let name = app.state.pack.meeting.members[at].name.clone();
    let shown = common::screen(&mut app, 160, height);
    assert!(shown.contains(&name), "{name} is on the screen:\n{shown}");
    common::press(&mut app, "<pagedown>");
    let next = app.state.attendance_cursor;
    assert_eq!(next - at, at, "each page the same rows");
    let name = app.state.pack.meeting.members[next].name.clone();
    assert!(
        common::screen(&mut app, 160, height).contains(&name),
        "{name}"
    );
}

/// The finder, open on top.
fn finder(app: &boardpack::app::App) -> &boardpack::state::Search {
    let Some(Overlay::Search(search)) = app.state.overlays.last() else {
        panic!("the finder is open")
    };
    search
}

/// An app on a generated pack where one letter matches more items than the finder lists.
fn many_hits() -> boardpack::app::App {
    let pack = boardpack::pack::generate(&boardpack::pack::GenerateOptions {
        actions: 2000,
        risks: 100,
        kpis: 20,
        periods: 2,
        seed: 5,
    });
    common::app_with(pack, &[])
}

#[test]
fn page_down_in_the_finder_moves_as_many_hits_as_it_lists() {
    let mut app = many_hits();
    for height in [48u16, 30] {
        drive(&mut app, "<esc> / a");
        let buffer = common::render(&mut app, 160, height);
        // The hits listed: rows that start, inside the popup's border, with an item's kind.
        let listed = (0..height)
            .filter(|&y| {
                let row: String = (0..160).map(|x| buffer[(x, y)].symbol()).collect();
                ["│action ", "│rec ", "│risk ", "│kpi "]
                    .iter()
                    .any(|kind| row.contains(kind))
            })
            .count();
        assert!(listed > 10, "{listed} hits listed at {height} rows");
        common::press(&mut app, "<pagedown>");
        let search = finder(&app);
        assert_eq!(search.selected, listed - 1, "at {height} rows");
        common::press(&mut app, "<pageup>");
        let search = finder(&app);
        assert_eq!(search.selected, 0, "and back at {height} rows");
    }
}

#[test]
fn vim_keys_move_and_sequences_wait_for_their_second_key() {
    let mut app = common::app_with(common::powys(), &["vim"]);
    drive(&mut app, "] j j j");
    assert_eq!(app.state.area_cursor[0], 3);
    drive(&mut app, "G");
    assert_eq!(app.state.area_cursor[0], app.state.area_rows()[0].len() - 1);
    drive(&mut app, "g");
    assert_eq!(
        app.state.area_cursor[0],
        app.state.area_rows()[0].len() - 1,
        "g alone waits"
    );
    drive(&mut app, "g");
    assert_eq!(app.state.area_cursor[0], 0);
    drive(&mut app, "g j");
    assert_eq!(
        app.state.area_cursor[0], 1,
        "a broken sequence reads the next key afresh"
    );
}

#[test]
fn ctrl_c_quits_from_any_overlay() {
    for keys in ["", "?", "/", "<enter>", "r h"] {
        let mut app = common::app();
        drive(&mut app, keys);
        assert_eq!(drive(&mut app, "<c-c>"), [Effect::Quit], "after {keys:?}");
    }
}

#[test]
fn find_says_how_many_matched_when_it_lists_only_the_best() {
    let mut app = many_hits();
    drive(&mut app, "/ a");
    let search = finder(&app);
    assert_eq!(search.hits.len(), boardpack::pack::search::MAX_HITS);
    let matched = app.state.search_index.query_within("a", None).1.len();
    assert!(matched > search.hits.len());
    let screen = common::screen(&mut app, 100, 30);
    assert!(
        screen.contains(&format!("{matched} matches · the best 200 shown")),
        "{screen}"
    );
    // Narrowing keeps the count of what the longer query matched.
    drive(&mut app, "s");
    let matched = app.state.search_index.query_within("as", None).1.len();
    let screen = common::screen(&mut app, 100, 30);
    assert!(screen.contains(&format!("{matched} matches")), "{screen}");
}

#[test]
fn find_folds_accents_and_case_on_both_sides() {
    let mut pack = common::powys();
    pack.areas[2].recommendations[0].actions[1].leads = vec!["Gwenllïan ap Rhŷs".into()];
    pack.risks[3].title = "Gofal cymdeithasol yn Sir Gâr".into();
    let mut app = common::app_with(pack, &[]);
    drive(&mut app, "/ gwenllian");
    let search = finder(&app);
    let first = &search.hits[0];
    assert_eq!(
        app.state.search_index.items[first.item].target,
        Target::Action(2, 0, 1),
        "gwenllian finds Gwenllïan"
    );
    // A lead's name is shown as written too.
    let line: Vec<char> = app
        .state
        .search_index
        .line(first.item, Lang::En)
        .chars()
        .collect();
    let positions = app
        .state
        .search_index
        .positions(first, &search.query, Lang::En);
    let highlighted: String = positions.iter().map(|&p| line[p]).collect();
    assert_eq!(highlighted, "Gwenllïan");
    drive(&mut app, "<c-u> \"SIR GAR\"");
    let search = finder(&app);
    assert_eq!(
        app.state.search_index.items[search.hits[0].item].target,
        Target::Risk(3),
        "upper case, no circumflex, still finds Sir Gâr"
    );
    // The highlight falls on the letters as shown, accents and all.
    let line: Vec<char> = app
        .state
        .search_index
        .line(search.hits[0].item, Lang::En)
        .chars()
        .collect();
    let positions = app
        .state
        .search_index
        .positions(&search.hits[0], &search.query, Lang::En);
    let highlighted: String = positions.iter().map(|&p| line[p]).collect();
    assert_eq!(highlighted.to_lowercase(), "sir gâr");
}

#[test]
fn invisible_characters_typed_never_reach_a_note() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = common::app_on(&dir.path().join("record.db"), "former-director");
    // A zero-width joiner, a soft hyphen and a tag character typed between letters.
    drive(&mut app, "r n a \u{200d} b \u{ad} c \u{e0041} d");
    let Some(Overlay::Editor(editor)) = app.state.overlays.last() else {
        panic!("the editor is open")
    };
    assert_eq!(editor.text(), "abcd");
}
