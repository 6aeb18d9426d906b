//! Command line: `check`, `new`, `run`, `minutes`, `roll`, `authorized-keys`, `db init`, `gen`.

mod db;
mod roll;

use crate::app::{self, App};
use crate::export::{Format, Languages, Version};
use crate::keymap::{Keymap, KeymapError};
use crate::locale::Lang;
use crate::model::Actor;
use crate::pack::{self, GenerateOptions, LoadError, ReportStyle, Severity};
use crate::state::ThemeName;
use crate::store::{Location, OpenRecord, Opened, ReadBeside};
use crate::t;
use clap::{Parser, Subcommand};
use std::{
    fs,
    io::{IsTerminal, Write},
    path::{Path, PathBuf},
    process::ExitCode,
};

#[derive(Parser, Debug)]
#[command(
    name = "boardpack",
    version,
    about = "Run an Improvement Board meeting from a meeting pack.",
    after_help = "Cymraeg / English: `run`, `check` and `minutes` take --lang cy or --lang en (minutes also --lang both, Welsh beside English); without it, the language of LC_ALL, LC_MESSAGES or LANG (cy_GB.UTF-8 is Welsh), else English. L switches the meeting screen's language."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Load and validate a pack; exit 0 if valid, 1 if not.
    Check {
        pack: PathBuf,
        /// The language of the messages: cy (Cymraeg) or en (English); by default from
        /// LC_ALL / LC_MESSAGES / LANG (cy_GB.UTF-8 is Welsh), else English.
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
    },
    /// Write a commented template pack to fill in (never overwrites).
    New { path: PathBuf },
    /// Open the meeting on a pack (prints a summary when not on a terminal).
    Run {
        pack: PathBuf,
        /// A built-in keymap (default, vim) or a keymap file, laid over the default;
        /// repeat to layer several.
        #[arg(long = "keymap", value_name = "NAME|PATH")]
        keymaps: Vec<String>,
        /// Colours: standard, high-contrast (for projectors) or no-colour. NO_COLOR in the
        /// environment selects no-colour unless this is given.
        #[arg(long, value_enum)]
        theme: Option<ThemeArg>,
        /// The meeting record: a file (by default PACK's name with `.record.db`, beside the
        /// pack), or a PostgreSQL server, postgres://ROLE@HOST:PORT/DATABASE (password from
        /// ~/.pgpass; ?sslmode=require for TLS; ?service=NAME reads pg_service.conf).
        #[arg(long, value_name = "PATH|URL")]
        record: Option<String>,
        /// Join as this member of the pack's membership (their role is the pack's). Without
        /// it, the record's owner joins as the pack's chair. On a PostgreSQL record you are
        /// the member you logged in as.
        #[arg(long, value_name = "ID")]
        member: Option<String>,
        /// Replaced by --member: names and roles come from the pack.
        #[arg(long = "as", value_name = "NAME", hide = true)]
        old_name: Option<String>,
        /// Replaced by --member: names and roles come from the pack.
        #[arg(long = "role", value_name = "ROLE", hide = true)]
        old_role: Option<String>,
        /// The language of the screen: cy (Cymraeg) or en (English); by default from
        /// LC_ALL / LC_MESSAGES / LANG (cy_GB.UTF-8 is Welsh), else English. L switches
        /// language during the meeting.
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
    },
    /// Write the `authorized_keys` lines that let each member in over SSH as themselves:
    /// each key may run only `boardpack run PACK --member ID`, whatever is typed after ssh.
    AuthorizedKeys {
        pack: PathBuf,
        /// Members' public keys, one a line: `ID ssh-ed25519 AAAA… [comment]`.
        #[arg(long, value_name = "FILE")]
        keys: PathBuf,
        /// The meeting record members will share; by default PACK's name with `.record.db`.
        #[arg(long, value_name = "PATH")]
        record: Option<PathBuf>,
        /// The boardpack members run; by default this one.
        #[arg(long, value_name = "PATH")]
        boardpack: Option<PathBuf>,
        /// Where to write the lines (default: standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Replace the output file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Export the minutes (or, with no record yet, a pre-meeting summary of the pack).
    Minutes {
        pack: PathBuf,
        /// The meeting record: a file (by default PACK's name with `.record.db`), or a
        /// PostgreSQL server, postgres://ROLE@HOST:PORT/DATABASE.
        #[arg(long, value_name = "PATH|URL")]
        record: Option<String>,
        /// md, html or docx; by default taken from the output file's extension.
        #[arg(long, value_enum)]
        format: Option<FormatArg>,
        /// Include exempt (Part II) items; every section is marked CONFIDENTIAL.
        #[arg(long)]
        confidential: bool,
        /// cy (Cymraeg), en (English), or both: one bilingual document, Welsh and English
        /// side by side (.docx, .html) or Welsh then English (.md). By default the
        /// language of LC_ALL / LC_MESSAGES / LANG, else English.
        #[arg(long, value_enum)]
        lang: Option<MinutesLangArg>,
        #[arg(short, long)]
        output: PathBuf,
        /// Replace the output file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Write the next meeting's pack from this one and its record: agreed ratings become
    /// previous ratings and join each item's history, actions arising join the action log,
    /// decisions are kept, officers' updates are marked as awaited. Comments and layout are
    /// kept; an existing file is never written over.
    Roll {
        pack: PathBuf,
        /// This meeting's record: a file (by default PACK's name with `.record.db`) or a
        /// PostgreSQL server.
        #[arg(long, value_name = "PATH|URL")]
        record: Option<String>,
        /// The next meeting's date.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = roll::date)]
        date: chrono::NaiveDate,
        /// The meeting after that, if already set.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = roll::date)]
        next: Option<chrono::NaiveDate>,
        #[arg(short, long)]
        output: PathBuf,
    },
    /// The meeting record in PostgreSQL, for members on their own machines.
    Db {
        #[command(subcommand)]
        command: DbCommand,
    },
    /// Write a large, deterministic pack for tests and benchmarks.
    Gen {
        #[arg(long, default_value_t = 1000)]
        actions: usize,
        #[arg(long, default_value_t = 100)]
        risks: usize,
        #[arg(long, default_value_t = 50)]
        kpis: usize,
        #[arg(long, default_value_t = 24)]
        periods: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[arg(short, long)]
        output: PathBuf,
        /// Replace the output file if it exists.
        #[arg(long)]
        force: bool,
    },
}

#[derive(Subcommand, Debug)]
pub enum DbCommand {
    /// Run once per meeting by the board's database owner (a role that may create roles):
    /// creates the meeting's schema, a group role per board role with its rights, and a
    /// login per member of the pack. Run again after the membership changes: newcomers are
    /// enrolled, leavers lose their rights, no entry is touched.
    Init {
        pack: PathBuf,
        /// The board's database: postgres://OWNER@HOST:PORT/DATABASE.
        #[arg(long, value_name = "URL")]
        record: String,
        /// Write new members' passwords to this file (owner-only) instead of the screen.
        #[arg(long, value_name = "FILE")]
        passwords: Option<PathBuf>,
    },
}

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum FormatArg {
    Md,
    Html,
    Docx,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum LangArg {
    Cy,
    En,
}

impl LangArg {
    /// The language asked for, else the environment's.
    fn or_env(arg: Option<LangArg>) -> Lang {
        match arg {
            Some(LangArg::Cy) => Lang::Cy,
            Some(LangArg::En) => Lang::En,
            None => Lang::from_env(),
        }
    }
}

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum MinutesLangArg {
    Cy,
    En,
    Both,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum ThemeArg {
    Standard,
    HighContrast,
    NoColour,
}

const INVALID: u8 = 1;

/// glibc's allocator raises the size it maps on its own to that of each large block freed,
/// up to 32 MiB, so after reading a pack the lists a command builds next (the finder's
/// index, the minutes) grow inside the heap and leave holes it keeps: at the size limit
/// `run` held 16 MiB more than it used. A fixed threshold maps each block of 256 KiB or
/// more apart, returned to the system when freed and grown in place.
pub fn return_large_blocks_when_freed() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets a parameter of the allocator; it is called before any
    // thread starts.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 256 * 1024);
    }
}

pub fn main() -> ExitCode {
    // `boardpack check bad.ron | head -1`: when the reader goes away, stop quietly, as Unix
    // tools do, rather than panic on the next line printed.
    // SAFETY: setting a signal's disposition to its default, before any thread starts.
    let _ = unsafe {
        nix::sys::signal::signal(
            nix::sys::signal::Signal::SIGPIPE,
            nix::sys::signal::SigHandler::SigDfl,
        )
    };
    return_large_blocks_when_freed();
    let cli = Cli::parse();
    match cli.command {
        Command::Check { pack, lang } => check(&pack, LangArg::or_env(lang)),
        Command::Minutes {
            pack,
            record,
            format,
            confidential,
            lang,
            output,
            force,
        } => {
            let languages = match lang {
                Some(MinutesLangArg::Cy) => Languages::One(Lang::Cy),
                Some(MinutesLangArg::En) => Languages::One(Lang::En),
                Some(MinutesLangArg::Both) => Languages::Both,
                None => Languages::One(Lang::from_env()),
            };
            let format = match format {
                Some(FormatArg::Md) => Some(Format::Markdown),
                Some(FormatArg::Html) => Some(Format::Html),
                Some(FormatArg::Docx) => Some(Format::Docx),
                None => Format::from_extension(&output),
            };
            let Some(format) = format else {
                let lang = Lang::from_env();
                eprintln!(
                    "{}: {}",
                    t!(lang, "report-error"),
                    t!(lang, "cli-no-format", path = output.display().to_string())
                );
                return ExitCode::from(2);
            };
            minutes(
                &pack,
                record.as_deref(),
                format,
                Version {
                    confidential,
                    languages,
                },
                &output,
                force,
            )
        }
        Command::New { path } => new(&path, Lang::from_env()),
        Command::Run {
            pack,
            keymaps,
            theme,
            record,
            member,
            old_name,
            old_role,
            lang,
        } => {
            let who = if old_name.is_some() || old_role.is_some() {
                Who::Retired
            } else {
                Who::Member(member)
            };
            run(
                &pack,
                &keymaps,
                theme,
                record.as_deref(),
                who,
                LangArg::or_env(lang),
            )
        }
        Command::AuthorizedKeys {
            pack,
            keys,
            record,
            boardpack,
            output,
            force,
        } => {
            let record = record.unwrap_or_else(|| default_record_path(&pack));
            authorized_keys(&pack, &keys, &record, boardpack, output.as_deref(), force)
        }
        Command::Roll {
            pack,
            record,
            date,
            next,
            output,
        } => roll::roll(
            &pack,
            record.as_deref(),
            crate::pack::NextMeeting { date, after: next },
            &output,
        ),
        Command::Db {
            command:
                DbCommand::Init {
                    pack,
                    record,
                    passwords,
                },
        } => db::init(&pack, &record, passwords.as_deref()),
        Command::Gen {
            actions,
            risks,
            kpis,
            periods,
            seed,
            output,
            force,
        } => generate(
            GenerateOptions {
                actions,
                risks,
                kpis,
                periods,
                seed,
            },
            &output,
            force,
        ),
    }
}

fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

fn report_style() -> ReportStyle {
    if std::io::stderr().is_terminal() && !no_color() {
        ReportStyle::Colour
    } else {
        ReportStyle::Plain
    }
}

/// The pack at `path`, or `None` once what is wrong with it has been printed in `lang`.
fn load_reporting(path: &Path, lang: Lang) -> Option<pack::Loaded> {
    load_reporting_with(path, lang, pack::Reading::default())
}

/// `load_reporting` for a command that opens the pack's record: its fingerprint is taken
/// while it is read.
fn load_for_record(path: &Path, lang: Lang) -> Option<pack::Loaded> {
    let reading = pack::Reading {
        fingerprint: true,
        ..pack::Reading::default()
    };
    load_reporting_with(path, lang, reading)
}

/// `load_reporting`, read as `reading` says.
fn load_reporting_with(path: &Path, lang: Lang, reading: pack::Reading) -> Option<pack::Loaded> {
    pack::load_with(path, lang, reading)
        .map_err(|err| report_load_error(&err, lang))
        .ok()
}

/// Prints a warning to stderr: the command goes on.
fn warn(lang: Lang, message: String) {
    eprintln!("{}: {message}", t!(lang, "report-warning"));
}

/// Prints what is wrong with a pack to stderr.
fn report_load_error(err: &LoadError, lang: Lang) {
    match err {
        LoadError::Read { path, error } => eprintln!(
            "{}: {path}: {}",
            t!(lang, "report-error"),
            error.describe(lang)
        ),
        LoadError::Invalid { source, problems } => {
            eprint!(
                "{}",
                pack::render_problems(source, problems, report_style(), lang)
            );
            let errors = problems
                .iter()
                .filter(|p| p.severity == Severity::Error)
                .count();
            let warnings = problems.len() - errors;
            eprintln!(
                "{}: {}",
                source.name,
                t!(lang, "check-invalid", errors = errors, warnings = warnings)
            );
        }
    }
}

fn check(path: &Path, lang: Lang) -> ExitCode {
    match pack::load_in(path, lang) {
        Ok(loaded) => {
            let warnings = loaded.warnings();
            if !warnings.is_empty() {
                eprint!(
                    "{}",
                    pack::render_problems(&loaded.source, &warnings, report_style(), lang)
                );
            }
            let p = &loaded.pack;
            let recommendations: usize = p.areas.iter().map(|a| a.recommendations.len()).sum();
            println!(
                "{}: {}",
                loaded.source.name,
                t!(
                    lang,
                    "check-valid",
                    areas = p.areas.len(),
                    recommendations = recommendations,
                    actions = p.actions().count(),
                    risks = p.risks.len(),
                    kpis = p.kpis.len(),
                    warnings = warnings.len()
                )
            );
            freed_at_exit(loaded);
            ExitCode::SUCCESS
        }
        Err(err) => {
            report_load_error(&err, lang);
            ExitCode::from(INVALID)
        }
    }
}

fn new(path: &Path, lang: Lang) -> ExitCode {
    let written = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .and_then(|mut file| {
            file.write_all(pack::TEMPLATE.as_bytes())
                .and_then(|_| file.sync_all())
        });
    match written {
        Ok(()) => {
            println!(
                "{}",
                t!(lang, "cli-new-written", path = path.display().to_string())
            );
            ExitCode::SUCCESS
        }
        Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => {
            eprintln!(
                "{}: {}",
                t!(lang, "report-error"),
                t!(lang, "cli-new-exists", path = path.display().to_string())
            );
            ExitCode::from(INVALID)
        }
        Err(err) => {
            // Don't leave a half-written template behind.
            let _ = fs::remove_file(path);
            eprintln!(
                "{}: {}",
                t!(lang, "report-error"),
                t!(
                    lang,
                    "cli-cannot-write",
                    path = path.display().to_string(),
                    why = err.to_string()
                )
            );
            ExitCode::from(INVALID)
        }
    }
}

/// Packs from this size have their record read after them: reading it beside saves ~10 ms
/// (of 0.55 s at the 64 MiB limit) and would add its size (5 MiB for 10,000 notes) to the
/// command's peak.
const READ_BESIDE_BELOW: u64 = 16 * 1024 * 1024;

fn minutes(
    pack_path: &Path,
    record: Option<&str>,
    format: Format,
    version: Version,
    output: &Path,
    force: bool,
) -> ExitCode {
    // Said in the minutes' first language (Welsh, for both).
    let lang = version.languages.langs()[0];
    let location = Location::parse(record, pack_path);
    // The record is read on the other core while the pack is, but for a pack so big that
    // the record's memory would then sit beside the pack's text at the peak.
    let beside = std::fs::metadata(pack_path).is_ok_and(|meta| meta.len() < READ_BESIDE_BELOW);
    let read_beside = location
        .as_ref()
        .ok()
        .filter(|_| beside)
        .and_then(Location::read_beside);
    let Some(loaded) = load_for_record(pack_path, lang) else {
        return ExitCode::from(INVALID);
    };
    // The pack's text is not kept: its memory goes back before the minutes are built.
    let identity = loaded.identity();
    let pack::Loaded { pack, source, .. } = loaded;
    drop(source);
    let Ok(location) = location.map_err(|err| eprintln!("error: {err}")) else {
        return ExitCode::from(INVALID);
    };
    // Without a record there has been no meeting yet: a summary of what officers propose.
    let snapshot = if location.may_hold_a_meeting() {
        // Opened as every command opens it (which notes this issue of the pack in it),
        // then read, unless it was read beside the pack.
        let opened = location
            .open(&pack.meeting, &identity)
            .and_then(|mut record| {
                let read = read_beside.and_then(ReadBeside::snapshot);
                match read {
                    Some(snapshot) => Ok(snapshot),
                    // The minutes hold no one's private notes: read as nobody in particular.
                    None => record.store.snapshot(""),
                }
                .map(|snapshot| (snapshot, record.opened))
            });
        match opened {
            Ok((snapshot, opened)) => {
                if let Opened::PackReissued { previous } = opened {
                    warn(
                        lang,
                        t!(
                            lang,
                            "cli-record-reissued",
                            record = location.describe(),
                            previous = previous
                        ),
                    );
                }
                Some(snapshot)
            }
            Err(err) => {
                eprintln!(
                    "{}: {}",
                    t!(lang, "report-error"),
                    location.explain(&err, lang)
                );
                return ExitCode::from(INVALID);
            }
        }
    } else {
        None
    };
    let minutes = crate::export::minutes(&pack, snapshot.as_ref(), version);
    if minutes.items_gone() > 0 {
        warn(
            lang,
            t!(
                lang,
                "cli-items-gone",
                count = minutes.items_gone(),
                section = t!(lang, "minutes-gone-heading")
            ),
        );
    }
    let what = match &snapshot {
        Some(record) if record.meeting_held() => "held",
        Some(_) => "not-held",
        None => "no-record",
    };
    // The minutes are made from the document alone: the pack's memory is freed on the
    // other core while they are written out.
    freed_beside((pack, snapshot));
    let written = crate::export::Staged::write(output, force, |out| {
        crate::export::write(&minutes, format, out)
    })
    .and_then(|staged| staged.persist())
    .and_then(|()| std::fs::metadata(output));
    freed_at_exit(minutes);
    match written {
        Ok(file) => {
            let public = if version.confidential { "no" } else { "yes" };
            println!(
                "{}",
                t!(
                    lang,
                    "cli-minutes-written",
                    path = output.display().to_string(),
                    public = public,
                    what = what,
                    bytes = file.len()
                )
            );
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!(
                "{}: {}: {}",
                t!(lang, "report-error"),
                output.display(),
                written_why(&err, lang)
            );
            ExitCode::from(INVALID)
        }
    }
}

/// Frees a command's big values on another thread, so the memory comes back for what
/// follows without this thread waiting for it.
fn freed_beside<T: Send + 'static>(big: T) {
    std::thread::spawn(move || drop(big));
}

/// Leaves a command's big values (the pack, the record, the minutes) for the process's
/// exit to free at once: freeing them value by value takes longer than checking a 10k pack
/// does (about 5 ms of every command on it).
fn freed_at_exit<T>(big: T) {
    std::mem::forget(big);
}

/// Why a file was not written, in `lang`: an existing file is never replaced silently.
fn written_why(err: &std::io::Error, lang: Lang) -> String {
    if err.kind() == std::io::ErrorKind::AlreadyExists {
        t!(lang, "cli-exists-use-force")
    } else {
        err.to_string()
    }
}

/// `packs/powys.ron` keeps its record in `packs/powys.record.db`.
pub fn default_record_path(pack: &Path) -> PathBuf {
    pack.with_extension("record.db")
}

/// Who asked to join: a member by id, the record's owner (no id), or someone using the
/// flags that let anyone claim any name and role.
#[derive(Clone)]
enum Who {
    Member(Option<String>),
    Retired,
}

/// The members of the pack, one a line, for messages that ask for an id.
fn member_list(pack: &crate::model::Pack, lang: Lang) -> String {
    pack.meeting
        .members
        .iter()
        .map(|m| format!("  {:<24} {} ({})", m.id, m.name, m.role.title(lang)))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The actor `who` joins as, or why they cannot.
fn actor_for(
    pack: &crate::model::Pack,
    pack_path: &Path,
    record: &Path,
    who: Who,
    lang: Lang,
) -> Result<Actor, String> {
    let ids = member_list(pack, lang);
    let pack_name = pack_path.display().to_string();
    match who {
        Who::Retired => Err(t!(
            lang,
            "cli-retired-flags",
            pack = pack_name,
            members = ids
        )),
        Who::Member(Some(id)) => match pack.meeting.member(&id) {
            Some(member) => Ok(Actor {
                id: member.id.clone(),
                role: member.role,
            }),
            None => Err(t!(
                lang,
                "cli-no-such-member",
                pack = pack_name,
                id = id,
                members = ids
            )),
        },
        Who::Member(None) => {
            let (me, my_name) = crate::store::current_user();
            if let Some((owner, owner_name)) = crate::store::owner(record) {
                if owner != me {
                    return Err(t!(
                        lang,
                        "cli-not-the-owner",
                        record = record.display().to_string(),
                        owner = owner_name,
                        me = my_name
                    ));
                }
            }
            let chair = pack
                .meeting
                .chair()
                .ok_or_else(|| t!(lang, "cli-no-chair", pack = pack_name.as_str()))?;
            Ok(Actor {
                id: chair.id.clone(),
                role: chair.role,
            })
        }
    }
}

fn run(
    path: &Path,
    keymaps: &[String],
    theme: Option<ThemeArg>,
    record: Option<&str>,
    who: Who,
    lang: Lang,
) -> ExitCode {
    let keymap = match Keymap::load_in(keymaps, lang) {
        Ok(keymap) => keymap,
        Err(err) => {
            if let KeymapError::Invalid { source, problems } = &err {
                eprint!(
                    "{}",
                    pack::render_problems(source, problems, report_style(), lang)
                );
            }
            eprintln!("{}: {}", t!(lang, "report-error"), err.describe(lang));
            return ExitCode::from(INVALID);
        }
    };
    let Some(loaded) = load_for_record(path, lang) else {
        return ExitCode::from(INVALID);
    };
    // The meeting needs the pack, not its text, which is as big again: the text is not kept.
    let identity = loaded.identity();
    let pack::Loaded { pack, source, .. } = loaded;
    drop(source);
    let Ok(location) = Location::parse(record, path).map_err(|err| eprintln!("error: {err}"))
    else {
        return ExitCode::from(INVALID);
    };
    // On a file, who you are comes from the pack and the file's owner; checked before the
    // summary below, so a wrong --member is said even when output is not a terminal.
    let file_actor = match &location {
        Location::File(file) => match actor_for(&pack, path, file, who.clone(), lang) {
            Ok(actor) => Some(actor),
            Err(message) => {
                eprintln!("error: {message}");
                return ExitCode::from(INVALID);
            }
        },
        Location::Server(_) => None,
    };
    if !std::io::stdout().is_terminal() {
        print!("{}", crate::export::summary::render(&pack, lang));
        return ExitCode::SUCCESS;
    }
    let theme = match theme {
        Some(ThemeArg::Standard) => ThemeName::Standard,
        Some(ThemeArg::HighContrast) => ThemeName::HighContrast,
        Some(ThemeArg::NoColour) => ThemeName::NoColour,
        None if no_color() => ThemeName::NoColour,
        None => ThemeName::Standard,
    };
    let OpenRecord {
        store,
        opened,
        login,
    } = match location.open(&pack.meeting, &identity) {
        Ok(record) => record,
        Err(err) => {
            eprintln!(
                "{}: {}",
                t!(lang, "report-error"),
                location.explain(&err, lang)
            );
            return ExitCode::from(INVALID);
        }
    };
    // On a server, who you are is who you logged in as.
    let actor = match file_actor {
        Some(actor) => actor,
        None => match db::actor_for(&pack, &location, login, who, lang) {
            Ok(actor) => actor,
            Err(message) => {
                eprintln!("error: {message}");
                return ExitCode::from(INVALID);
            }
        },
    };
    let mut app = match App::with_record(pack, keymap, theme, actor, store) {
        Ok(app) => app,
        Err(err) => {
            eprintln!(
                "{}: {}",
                t!(lang, "report-error"),
                location.explain(&err, lang)
            );
            return ExitCode::from(INVALID);
        }
    };
    app.state.lang = lang;
    app.write_minutes_beside(path);
    if let Opened::PackReissued { previous } = opened {
        app.state.status = Some(t!(
            lang,
            "cli-pack-reissued",
            previous = previous,
            count = app.state.orphans.len()
        ));
    }
    match app::run(app) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            // The terminal may be gone (a dropped connection): printing must not panic.
            let _ = writeln!(
                std::io::stderr(),
                "{}: {}",
                t!(lang, "report-error"),
                t!(lang, "cli-terminal-failed", why = err.to_string())
            );
            ExitCode::from(INVALID)
        }
    }
}

fn generate(options: GenerateOptions, output: &Path, force: bool) -> ExitCode {
    let lang = Lang::from_env();
    let text = pack::to_ron(&pack::generate(&options));
    match crate::export::write_file(output, text.as_bytes(), force) {
        Ok(()) => {
            println!(
                "{}",
                t!(
                    lang,
                    "cli-generated",
                    path = output.display().to_string(),
                    bytes = text.len()
                )
            );
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!(
                "{}: {}: {}",
                t!(lang, "report-error"),
                output.display(),
                written_why(&err, lang)
            );
            ExitCode::from(INVALID)
        }
    }
}

fn authorized_keys(
    pack_path: &Path,
    keys_path: &Path,
    record: &Path,
    boardpack: Option<PathBuf>,
    output: Option<&Path>,
    force: bool,
) -> ExitCode {
    let lang = Lang::from_env();
    let error = t!(lang, "report-error");
    let Some(loaded) = load_reporting(pack_path, lang) else {
        return ExitCode::from(INVALID);
    };
    let text = match fs::read_to_string(keys_path) {
        Ok(text) => text,
        Err(err) => {
            eprintln!(
                "{error}: {}",
                t!(
                    lang,
                    "cli-cannot-read",
                    path = keys_path.display().to_string(),
                    why = err.to_string()
                )
            );
            return ExitCode::from(INVALID);
        }
    };
    let keys =
        match crate::deploy::read_keys(&keys_path.display().to_string(), &text, &loaded.pack, lang)
        {
            Ok(keys) => keys,
            Err(problems) => {
                for problem in problems {
                    eprintln!("{error}: {problem}");
                }
                return ExitCode::from(INVALID);
            }
        };
    // Members log in wherever they are: every path in the forced command is absolute.
    let absolute = |path: &Path| std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let boardpack = boardpack
        .or_else(|| std::env::current_exe().ok())
        .map(|p| absolute(&p))
        .unwrap_or_else(|| PathBuf::from("boardpack"));
    let lines = match crate::deploy::authorized_keys(
        &keys.keys,
        &boardpack,
        &absolute(pack_path),
        &absolute(record),
        lang,
    ) {
        Ok(lines) => lines,
        Err(err) => {
            eprintln!("{error}: {err}");
            return ExitCode::from(INVALID);
        }
    };
    if !keys.members_without_a_key.is_empty() {
        warn(
            lang,
            t!(
                lang,
                "cli-no-key",
                members = keys.members_without_a_key.join(", ")
            ),
        );
    }
    match output {
        None => {
            print!("{lines}");
            ExitCode::SUCCESS
        }
        Some(path) => match crate::export::write_file(path, lines.as_bytes(), force) {
            Ok(()) => {
                println!(
                    "{}",
                    t!(
                        lang,
                        "cli-keys-written",
                        path = path.display().to_string(),
                        count = keys.keys.len()
                    )
                );
                ExitCode::SUCCESS
            }
            Err(err) => {
                eprintln!("{error}: {}: {err}", path.display());
                ExitCode::from(INVALID)
            }
        },
    }
}
