//! Everything a key can ask boardpack to do. Keymaps bind keys to these by name; the help
//! screen and hint bar describe them.

use crate::export::NotWritten;
use crate::locale::{self, Lang};
use crate::model::Right;
use crate::pack::search::FirstCharacters;
use crate::store::Reply;
use crate::t;
use ratatui::crossterm::event::KeyEvent;
use std::fmt;
use std::sync::Arc;

/// How far each scrolled text could scroll when the last frame was drawn, so `update` stops
/// where the text ends without laying out the screen itself. `None`: nothing scrolls there.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Measured {
    /// The detail pane beside a list.
    pub pane: Option<Extent>,
    /// How many rows of the screen's list show at once: what a page of it is.
    pub list: Option<usize>,
    /// The overlay on top: help, an opened item, the minutes preview or the finder's list.
    pub overlay: Option<Extent>,
    /// Where the minutes preview's lines start, when the frame had to work it out.
    pub wrapped: Option<Arc<Wrapped>>,
}

/// How a scrolled text fitted the last frame: how far it can scroll, and how many of its
/// rows show at once (what a page is).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Extent {
    pub limit: usize,
    pub rows: usize,
}

/// The row each line of a long text starts on when wrapped to `width` (one more entry than
/// lines: the total). Worked out by a frame once and kept, so later frames wrap only the
/// lines they show.
#[derive(Debug, PartialEq, Eq)]
pub struct Wrapped {
    pub width: u16,
    pub starts: Vec<usize>,
}

/// Keys are bound to the unit variants; the rest come from the input layer, the frame or the
/// record worker and cannot be bound.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Quit,
    Help,
    Search,
    Exceptions,
    Theme,
    /// Switch the screen between Welsh and English.
    Language,
    NextScreen,
    PrevScreen,
    NextArea,
    PrevArea,
    Overview,
    Risks,
    Kpis,
    /// Jump to the n-th area (0-based), bound as `area_1` … `area_9`.
    Area(u8),
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    Open,
    Close,
    DetailUp,
    DetailDown,
    Sort,
    ReverseSort,
    HeatMap,
    Left,
    Right,
    ClearFilter,
    DeleteBack,
    ClearQuery,
    Attendance,
    Note,
    EditNote,
    AgreeRag,
    ActionArising,
    DeclareInterest,
    /// A member's own view of the selected risk's residual score.
    ProposeScore,
    /// The board's agreed residual score for the selected risk (chair).
    AgreeScore,
    Save,
    NoteKind,
    WithdrawNote,
    /// Pick a rating in the RAG picker: 0 Red, 1 Amber, 2 Green, 3 Blue.
    PickRag(u8),
    Submit,
    NextField,
    PrevField,
    MarkPresent,
    MarkApologies,
    MarkAbsent,
    AddGuest,
    Minutes,
    ExportMinutes,
    ToggleConfidential,
    /// The minutes preview in English, Welsh or both.
    MinutesLanguage,
    /// The agenda screen: items with their time allotted, taken and left.
    Agenda,
    /// What has moved since the last meeting.
    Changes,
    /// The last minutes for approval and the action log.
    ActionLog,
    /// The selected logged action is done (chair).
    LogDone,
    /// The selected logged action is carried forward with a new due date (chair).
    LogCarry,
    /// The selected logged action is closed by the board (chair).
    LogClose,
    /// The last minutes approved as a correct record (chair).
    ApproveMinutes,
    /// The last minutes approved with amendments (chair).
    ApproveWithAmendments,
    /// The meeting moves to the next agenda item (chair).
    NextItem,
    /// The meeting moves back to the previous agenda item (chair).
    PrevItem,
    /// Start the meeting's clock, pause it, or resume it (chair).
    StartPause,
    /// One more minute for the current agenda item (chair).
    OneMoreMinute,
    /// Five more minutes for the current agenda item (chair).
    FiveMoreMinutes,
    /// Close the meeting: its clock stops (chair).
    CloseMeeting,
    /// Follow the chair from item to item, or browse freely.
    Follow,
    /// The time, as the event loop read it; never bound.
    Clock(chrono::NaiveDateTime),
    /// A key for the text editor or a form field; produced by the input layer, never bound.
    EditKey(KeyEvent),
    /// A quarter-second tick: drafts are saved, other people's changes read.
    Tick,
    /// A character typed into a text field; produced by the input layer, never bound.
    Type(char),
    /// Text pasted into the terminal, whole (bracketed paste); never bound.
    Paste(String),
    /// What the frame just drawn measured.
    Measured(Measured),
    /// The record worker's answer to a request, or news of other people's changes.
    Record(Box<Reply>),
    /// What became of writing the minutes files.
    MinutesWritten(Result<String, NotWritten>),
    /// The finder's answers to one-character queries, worked out off this thread.
    FirstCharacters(Arc<FirstCharacters>),
}

impl Action {
    /// Every bindable action, in the order the help screen lists them.
    pub const BINDABLE: [Action; 81] = [
        Action::Help,
        Action::Search,
        Action::Exceptions,
        Action::Overview,
        Action::NextScreen,
        Action::PrevScreen,
        Action::NextArea,
        Action::PrevArea,
        Action::Area(0),
        Action::Area(1),
        Action::Area(2),
        Action::Area(3),
        Action::Area(4),
        Action::Area(5),
        Action::Area(6),
        Action::Area(7),
        Action::Area(8),
        Action::Risks,
        Action::Kpis,
        Action::Up,
        Action::Down,
        Action::PageUp,
        Action::PageDown,
        Action::Top,
        Action::Bottom,
        Action::Open,
        Action::Close,
        Action::DetailUp,
        Action::DetailDown,
        Action::Sort,
        Action::ReverseSort,
        Action::HeatMap,
        Action::Left,
        Action::Right,
        Action::ClearFilter,
        Action::DeleteBack,
        Action::ClearQuery,
        Action::Attendance,
        Action::Note,
        Action::EditNote,
        Action::AgreeRag,
        Action::ActionArising,
        Action::DeclareInterest,
        Action::ProposeScore,
        Action::AgreeScore,
        Action::Save,
        Action::NoteKind,
        Action::WithdrawNote,
        Action::PickRag(0),
        Action::PickRag(1),
        Action::PickRag(2),
        Action::PickRag(3),
        Action::Submit,
        Action::NextField,
        Action::PrevField,
        Action::MarkPresent,
        Action::MarkApologies,
        Action::MarkAbsent,
        Action::AddGuest,
        Action::Minutes,
        Action::ExportMinutes,
        Action::ToggleConfidential,
        Action::MinutesLanguage,
        Action::Agenda,
        Action::Changes,
        Action::ActionLog,
        Action::LogDone,
        Action::LogCarry,
        Action::LogClose,
        Action::ApproveMinutes,
        Action::ApproveWithAmendments,
        Action::NextItem,
        Action::PrevItem,
        Action::StartPause,
        Action::OneMoreMinute,
        Action::FiveMoreMinutes,
        Action::CloseMeeting,
        Action::Follow,
        Action::Theme,
        Action::Language,
        Action::Quit,
    ];

    /// The right it needs, for actions only some roles may take (the hint bar leaves them out
    /// for everyone else; the record refuses them anyway).
    pub fn needs(&self) -> Option<Right> {
        match self {
            Action::Note | Action::EditNote => Some(Right::Note),
            Action::AgreeRag | Action::AgreeScore => Some(Right::Rate),
            Action::ProposeScore => Some(Right::Note),
            Action::ActionArising | Action::DeclareInterest => Some(Right::RecordActions),
            Action::MarkPresent | Action::MarkApologies | Action::MarkAbsent | Action::AddGuest => {
                Some(Right::RecordAttendance)
            }
            Action::NextItem
            | Action::PrevItem
            | Action::StartPause
            | Action::OneMoreMinute
            | Action::FiveMoreMinutes
            | Action::CloseMeeting => Some(Right::KeepTime),
            Action::LogDone
            | Action::LogCarry
            | Action::LogClose
            | Action::ApproveMinutes
            | Action::ApproveWithAmendments => Some(Right::Decide),
            _ => None,
        }
    }

    /// Whether it moves a cursor or a scrolled text.
    pub fn moves(&self) -> bool {
        matches!(
            self,
            Action::Up
                | Action::Down
                | Action::PageUp
                | Action::PageDown
                | Action::Top
                | Action::Bottom
        )
    }

    /// The name a keymap uses.
    pub fn name(&self) -> String {
        let name = match self {
            Action::Quit => "quit",
            Action::Help => "help",
            Action::Search => "search",
            Action::Exceptions => "exceptions",
            Action::Theme => "theme",
            Action::Language => "language",
            Action::NextScreen => "next_screen",
            Action::PrevScreen => "prev_screen",
            Action::NextArea => "next_area",
            Action::PrevArea => "prev_area",
            Action::Overview => "overview",
            Action::Risks => "risks",
            Action::Kpis => "kpis",
            Action::Area(n) => return format!("area_{}", n + 1),
            Action::Up => "up",
            Action::Down => "down",
            Action::PageUp => "page_up",
            Action::PageDown => "page_down",
            Action::Top => "top",
            Action::Bottom => "bottom",
            Action::Open => "open",
            Action::Close => "close",
            Action::DetailUp => "detail_up",
            Action::DetailDown => "detail_down",
            Action::Sort => "sort",
            Action::ReverseSort => "reverse_sort",
            Action::HeatMap => "heat_map",
            Action::Left => "left",
            Action::Right => "right",
            Action::ClearFilter => "clear_filter",
            Action::DeleteBack => "delete_back",
            Action::ClearQuery => "clear_query",
            Action::Attendance => "attendance",
            Action::Note => "note",
            Action::EditNote => "edit_note",
            Action::AgreeRag => "agree_rag",
            Action::ActionArising => "action_arising",
            Action::DeclareInterest => "declare_interest",
            Action::ProposeScore => "propose_score",
            Action::AgreeScore => "agree_score",
            Action::Save => "save",
            Action::NoteKind => "note_kind",
            Action::WithdrawNote => "withdraw_note",
            Action::PickRag(n) => {
                ["pick_red", "pick_amber", "pick_green", "pick_blue"][usize::from(*n).min(3)]
            }
            Action::Submit => "submit",
            Action::NextField => "next_field",
            Action::PrevField => "prev_field",
            Action::MarkPresent => "mark_present",
            Action::MarkApologies => "mark_apologies",
            Action::MarkAbsent => "mark_absent",
            Action::AddGuest => "add_guest",
            Action::Minutes => "minutes",
            Action::ExportMinutes => "export_minutes",
            Action::ToggleConfidential => "toggle_confidential",
            Action::MinutesLanguage => "minutes_language",
            Action::Agenda => "agenda",
            Action::Changes => "changes",
            Action::ActionLog => "action_log",
            Action::LogDone => "log_done",
            Action::LogCarry => "log_carry",
            Action::LogClose => "log_close",
            Action::ApproveMinutes => "approve_minutes",
            Action::ApproveWithAmendments => "approve_with_amendments",
            Action::NextItem => "next_item",
            Action::PrevItem => "prev_item",
            Action::StartPause => "start_pause",
            Action::OneMoreMinute => "one_more_minute",
            Action::FiveMoreMinutes => "five_more_minutes",
            Action::CloseMeeting => "close_meeting",
            Action::Follow => "follow",
            Action::Clock(_) => "clock",
            Action::EditKey(_) => "edit_key",
            Action::Tick => "tick",
            Action::Type(_) => "type",
            Action::Paste(_) => "paste",
            Action::Measured(_) => "measured",
            Action::Record(_) => "record",
            Action::MinutesWritten(_) => "minutes_written",
            Action::FirstCharacters(_) => "first_characters",
        };
        name.to_string()
    }

    pub fn from_name(name: &str) -> Option<Action> {
        Action::BINDABLE.into_iter().find(|a| a.name() == name)
    }

    /// A word or two for the hint bar.
    pub fn hint(&self, lang: Lang) -> String {
        locale::message(lang, &format!("hint-{}", self.name()), None)
    }

    /// What the action does, for the help screen.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            Action::Area(n) => t!(lang, "help-area", number = n + 1),
            _ => locale::message(lang, &format!("help-{}", self.name()), None),
        }
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for action in Action::BINDABLE {
            assert_eq!(Action::from_name(&action.name()), Some(action));
        }
        assert_eq!(Action::from_name("area_3"), Some(Action::Area(2)));
        assert_eq!(Action::from_name("type"), None);
    }
}
