//! Helpers shared by the screen tests: the Powys pack, an app on it, and rendering.
#![allow(dead_code)] // each test file uses its own subset

pub mod drive;
pub mod pg;
pub mod terminal;

#[allow(unused_imports)] // each test file uses its own subset
pub use drive::{drive, press, tick};

use boardpack::app::App;
use boardpack::keymap::Keymap;
use boardpack::model::Pack;
use boardpack::pack;
use boardpack::state::ThemeName;
use ratatui::buffer::Buffer;

pub fn actor(id: &str, role: boardpack::model::Role) -> boardpack::model::Actor {
    boardpack::model::Actor {
        id: id.to_string(),
        role,
    }
}

/// A moment on the Powys meeting's day (23 November 2017), for a fake clock.
pub fn at(hh: u32, mm: u32) -> chrono::NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2017, 11, 23)
        .and_then(|day| day.and_hms_opt(hh, mm, 0))
        .expect("a time of day")
}

pub fn risk(id: &str) -> boardpack::model::ItemRef {
    boardpack::model::ItemRef::new(boardpack::model::ItemKind::Risk, id)
}

pub fn powys() -> Pack {
    pack::load("packs/powys-children-2017.ron".as_ref())
        .expect("the Powys pack loads")
        .pack
}

pub fn app_with(pack: Pack, keymaps: &[&str]) -> App {
    let keymaps: Vec<String> = keymaps.iter().map(|k| k.to_string()).collect();
    App::new(
        pack,
        Keymap::load(&keymaps).expect("keymap loads"),
        ThemeName::Standard,
    )
}

pub fn app() -> App {
    app_with(powys(), &[])
}

/// The Powys pack on a meeting record at `record`, as the member `id` in their pack role.
pub fn app_on(record: &std::path::Path, id: &str) -> App {
    use boardpack::store::{PackIdentity, SqliteStore};
    let identity = PackIdentity::of(
        "powys-children-2017.ron",
        include_str!("../../packs/powys-children-2017.ron"),
    );
    let store = SqliteStore::open(record, &identity)
        .expect("the record opens")
        .0;
    let pack = powys();
    let member = pack
        .meeting
        .member(id)
        .expect("a member of the Powys board");
    let actor = actor(id, member.role);
    App::with_record(
        pack,
        Keymap::load(&[]).unwrap(),
        ThemeName::Standard,
        actor,
        Box::new(store),
    )
    .expect("joins the meeting")
}

/// The screen's cells at `width`×`height`.
pub fn render(app: &mut App, width: u16, height: u16) -> Buffer {
    drive::draw(app, width, height).backend().buffer().clone()
}

/// The screen as text, one quoted line per row, for snapshots.
pub fn screen(app: &mut App, width: u16, height: u16) -> String {
    let terminal = drive::draw(app, width, height);
    if width == 0 || height == 0 {
        return String::new();
    }
    terminal.backend().to_string()
}
