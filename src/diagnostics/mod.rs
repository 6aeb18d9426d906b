//! Problems located in a RON file (a pack or a keymap): positions, the offending line with
//! the bad token underlined, and what was expected.

mod locate;
mod report;
mod source;

pub use locate::{Node, Path, Step, Wanted};
pub use report::{Problem, ReportStyle, Severity, render_problems};
pub use source::Source;
