//! Loading and validating a meeting pack. Every problem is reported with the file, line and
//! column, the offending line, and what was expected; nothing here panics on bad input.

mod edit;
mod generate;
mod parallel;
mod read;
mod roll;
pub mod search;
mod validate;

pub use crate::diagnostics::{Problem, ReportStyle, Severity, Source, render_problems};
pub use generate::{GenerateOptions, generate};
pub use read::{MAX_PACK_BYTES, ReadError, read_pack_text};
pub use roll::{NextMeeting, roll};

use crate::diagnostics::{Node, Wanted};
use crate::locale::Lang;
use crate::model::Pack;
use crate::store::PackIdentity;
use ron::extensions::Extensions;
use std::{fmt, path::Path};

/// The commented starting point written by `boardpack new`.
pub const TEMPLATE: &str = include_str!("template.ron");

/// `Some(...)` is optional around optional values, so a pack reads `due: "October 2017"`.
pub fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME)
}

/// A pack that parsed and passed every check; it may still carry warnings.
#[derive(Debug)]
pub struct Loaded {
    pub pack: Pack,
    pub source: Source,
    /// What it warns of, found in `source` only when asked for (`warnings`): `check`
    /// shows them; the commands that run a meeting, write its minutes or roll it on never
    /// do, and should not wait for them to be found.
    warned: Vec<validate::Finding>,
    /// Its fingerprint, where it was taken while the pack was read (`Reading::fingerprint`).
    identity: Option<PackIdentity>,
}

impl Loaded {
    /// Its warnings, each found in the text (`source`).
    pub fn warnings(&self) -> Vec<Problem> {
        located(&self.source, &self.warned)
    }

    pub fn warning_count(&self) -> usize {
        self.warned.len()
    }

    /// Which issue of the pack this is, for its meeting record: taken only by the commands
    /// that open one, on another core while the pack is read where they asked for it.
    pub fn identity(&self) -> PackIdentity {
        self.identity
            .clone()
            .unwrap_or_else(|| PackIdentity::of(&self.source.name, &self.source.text))
    }
}

#[derive(Debug)]
pub enum LoadError {
    Read {
        path: String,
        error: ReadError,
    },
    /// Syntax or semantic problems; at least one is an error, warnings may accompany them.
    Invalid {
        source: Source,
        problems: Vec<Problem>,
    },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Read { path, error } => write!(f, "{path}: {error}"),
            LoadError::Invalid { source, problems } => {
                let errors = problems
                    .iter()
                    .filter(|p| p.severity == Severity::Error)
                    .count();
                write!(
                    f,
                    "{}: {}",
                    source.name,
                    crate::t!(Lang::En, "load-errors", count = errors)
                )
            }
        }
    }
}

impl std::error::Error for LoadError {}

pub fn load(path: &Path) -> Result<Loaded, LoadError> {
    load_in(path, Lang::En)
}

/// `load`, with what is wrong said in `lang`.
pub fn load_in(path: &Path, lang: Lang) -> Result<Loaded, LoadError> {
    load_with(path, lang, Reading::default())
}

/// How a pack is read.
#[derive(Debug, Clone, Copy, Default)]
pub struct Reading {
    pub cores: Cores,
    /// Take the pack's fingerprint on another core while it is read: for a command that
    /// opens the pack's record (a SHA-256 of its text, ~8 ms on a 12 MiB pack).
    pub fingerprint: bool,
}

/// Which cores read a big pack.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Cores {
    /// Every core: the quickest.
    #[default]
    Every,
    /// This thread alone, ~1.25× slower: the pack's memory is then all this thread's, and
    /// what it frees serves what this thread makes next (`roll` makes its edits in it).
    /// glibc keeps a separate arena for each thread that allocates.
    One,
}

/// `load_in`, read as `reading` says.
pub fn load_with(path: &Path, lang: Lang, reading: Reading) -> Result<Loaded, LoadError> {
    let name = path.display().to_string();
    let text = read::read_pack_text(path).map_err(|error| LoadError::Read {
        path: name.clone(),
        error,
    })?;
    let source = Source::new(name, text);
    let (checked, identity) = std::thread::scope(|scope| {
        let identity = reading
            .fingerprint
            .then(|| scope.spawn(|| PackIdentity::of(&source.name, &source.text)));
        let checked = check(&source, lang, reading.cores);
        (checked, identity.and_then(|identity| identity.join().ok()))
    });
    loaded(source, checked, identity)
}

pub fn parse(source: Source) -> Result<Loaded, LoadError> {
    parse_in(source, Lang::En)
}

/// `parse`, with what is wrong said in `lang`.
pub fn parse_in(source: Source, lang: Lang) -> Result<Loaded, LoadError> {
    let checked = check(&source, lang, Cores::Every);
    loaded(source, checked, None)
}

/// The pack, with its warnings, or what is wrong with it (at least one error), found in
/// the text.
type Checked = Result<(Pack, Vec<validate::Finding>), Vec<Problem>>;

fn loaded(
    source: Source,
    checked: Checked,
    identity: Option<PackIdentity>,
) -> Result<Loaded, LoadError> {
    match checked {
        Ok((pack, warned)) => Ok(Loaded {
            pack,
            source,
            warned,
            identity,
        }),
        Err(problems) => Err(LoadError::Invalid { source, problems }),
    }
}

/// `source` read and validated; what is wrong, if anything is, located in it.
fn check(source: &Source, lang: Lang, cores: Cores) -> Checked {
    let pack = match read(&source.text, cores) {
        Ok(pack) => pack,
        Err(err) => return Err(vec![Problem::from_ron(source, &err, lang)]),
    };
    let findings = validate::validate(&pack, lang);
    if findings.iter().any(|f| f.severity == Severity::Error) {
        Err(located(source, &findings))
    } else {
        Ok((pack, findings))
    }
}

/// `findings`, each with where it is in `source`.
fn located(source: &Source, findings: &[validate::Finding]) -> Vec<Problem> {
    if findings.is_empty() {
        return Vec::new();
    }
    // Nodes only along the findings' paths, as far as the last: the rest of the text is
    // passed over, and what follows the last not read.
    let wanted = Wanted::to_locate(findings.iter().map(|finding| finding.path.as_slice()));
    let tree = Node::parse_until_found(&source.text, &wanted);
    let found = findings.iter().map(|finding| {
        let span = tree
            .as_ref()
            .map_or(0..0, |tree| tree.locate(&source.text, &finding.path));
        (
            finding.severity,
            finding.message.clone(),
            finding.help.clone(),
            span,
        )
    });
    Problem::many(source, found)
}

/// The pack written in `text`: on every core when it is big; in one go when it is small or
/// a part does not parse, which says exactly where the mistake is.
fn read(text: &str, cores: Cores) -> ron::error::SpannedResult<Pack> {
    let options = ron_options();
    let on_every_core = if cores == Cores::Every && text.len() >= parallel::FROM_BYTES {
        parallel::parse(text, &options)
    } else {
        None
    };
    on_every_core.map_or_else(|| options.from_str(text), Ok)
}

/// How many cores this process may use: asked once, as asking reads the process's cgroup
/// files (tens of microseconds, a tenth of parsing a board's pack).
fn cores() -> usize {
    static CORES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// Whether `text` is a pack that passes `check` (warnings allowed), and if not, the first
/// reason; quicker and smaller than `parse` on a large pack: the text is let go once read,
/// nothing is located in it, and warnings are not kept. Read on this thread alone, in the
/// memory what came before freed (`Cores::One`).
pub fn passes_check(text: String) -> Result<(), String> {
    let pack = read(&text, Cores::One).map_err(|err| err.to_string())?;
    drop(text);
    match validate::errors(&pack, Lang::En).into_iter().next() {
        Some(error) => Err(error.message),
        None => Ok(()),
    }
}

/// The pack as RON, in the same shape `parse` reads.
pub fn to_ron(pack: &Pack) -> String {
    let config = ron::ser::PrettyConfig::new()
        .extensions(Extensions::IMPLICIT_SOME)
        .indentor("  ".to_string());
    ron::ser::to_string_pretty(pack, config)
        .expect("a pack holds only strings, numbers, dates and lists")
}
