//! Command line: `check`, `new`, `run`, `gen`.

use crate::app::{self, App};
use crate::export::Format;
use crate::keymap::{Keymap, KeymapError};
use crate::model::{Actor, Role};
use crate::pack::{self, GenerateOptions, LoadError, ReportStyle, Severity};
use crate::state::ThemeName;
use crate::store::{Opened, PackIdentity, RecordStore, SqliteStore};
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
    about = "Run an Improvement Board meeting from a meeting pack."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Load and validate a pack; exit 0 if valid, 1 if not.
    Check { pack: PathBuf },
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
        /// The meeting record; by default PACK's name with `.record.db`, beside the pack.
        #[arg(long, value_name = "PATH")]
        record: Option<PathBuf>,
        /// Your name in the record (default: your login name).
        #[arg(long = "as", value_name = "NAME")]
        name: Option<String>,
        /// chair: agrees RAGs, records decisions and attendance; member: adds notes;
        /// observer: reads only.
        #[arg(long, value_enum, default_value_t = RoleArg::Member)]
        role: RoleArg,
    },
    /// Export the minutes (or, with no record yet, a pre-meeting summary of the pack).
    Minutes {
        pack: PathBuf,
        /// The meeting record; by default PACK's name with `.record.db`, beside the pack.
        #[arg(long, value_name = "PATH")]
        record: Option<PathBuf>,
        /// md, html or docx; by default taken from the output file's extension.
        #[arg(long, value_enum)]
        format: Option<FormatArg>,
        /// Include exempt (Part II) items; every section is marked CONFIDENTIAL.
        #[arg(long)]
        confidential: bool,
        #[arg(short, long)]
        output: PathBuf,
        /// Replace the output file if it exists.
        #[arg(long)]
        force: bool,
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

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum FormatArg {
    Md,
    Html,
    Docx,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum RoleArg {
    Chair,
    Member,
    Observer,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum ThemeArg {
    Standard,
    HighContrast,
    NoColour,
}

const INVALID: u8 = 1;

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check { pack } => check(&pack),
        Command::Minutes {
            pack,
            record,
            format,
            confidential,
            output,
            force,
        } => {
            let format = match format {
                Some(FormatArg::Md) => Some(Format::Markdown),
                Some(FormatArg::Html) => Some(Format::Html),
                Some(FormatArg::Docx) => Some(Format::Docx),
                None => Format::from_extension(&output),
            };
            let Some(format) = format else {
                eprintln!(
                    "error: cannot tell the format from {}: give --format md, html or docx",
                    output.display()
                );
                return ExitCode::from(2);
            };
            let record = record.unwrap_or_else(|| default_record_path(&pack));
            minutes(&pack, &record, format, confidential, &output, force)
        }
        Command::New { path } => new(&path),
        Command::Run {
            pack,
            keymaps,
            theme,
            record,
            name,
            role,
        } => {
            let role = match role {
                RoleArg::Chair => Role::Chair,
                RoleArg::Member => Role::Member,
                RoleArg::Observer => Role::Observer,
            };
            let name = name
                .or_else(login_name)
                .unwrap_or_else(|| role.name().to_string());
            let record = record.unwrap_or_else(|| default_record_path(&pack));
            run(&pack, &keymaps, theme, &record, Actor { name, role })
        }
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

fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

/// Prints what is wrong with a pack to stderr.
fn report_load_error(err: &LoadError) {
    match err {
        LoadError::Read { .. } => eprintln!("error: {err}"),
        LoadError::Invalid { source, problems } => {
            eprint!(
                "{}",
                pack::render_problems(source, problems, report_style())
            );
            let errors = problems
                .iter()
                .filter(|p| p.severity == Severity::Error)
                .count();
            let warnings = problems.len() - errors;
            eprintln!(
                "{}: invalid: {}, {}",
                source.name,
                plural(errors, "error"),
                plural(warnings, "warning")
            );
        }
    }
}

fn check(path: &Path) -> ExitCode {
    match pack::load(path) {
        Ok(loaded) => {
            if !loaded.warnings.is_empty() {
                eprint!(
                    "{}",
                    pack::render_problems(&loaded.source, &loaded.warnings, report_style())
                );
            }
            let p = &loaded.pack;
            let recommendations: usize = p.areas.iter().map(|a| a.recommendations.len()).sum();
            println!(
                "{}: valid: {}, {}, {}, {}, {}; {}",
                loaded.source.name,
                plural(p.areas.len(), "area"),
                plural(recommendations, "recommendation"),
                plural(p.actions().count(), "action"),
                plural(p.risks.len(), "risk"),
                plural(p.kpis.len(), "KPI"),
                plural(loaded.warnings.len(), "warning"),
            );
            ExitCode::SUCCESS
        }
        Err(err) => {
            report_load_error(&err);
            ExitCode::from(INVALID)
        }
    }
}

fn new(path: &Path) -> ExitCode {
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
                "wrote {}: fill it in, then `boardpack check {}`",
                path.display(),
                path.display()
            );
            ExitCode::SUCCESS
        }
        Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => {
            eprintln!(
                "error: {} already exists; boardpack new never overwrites a file",
                path.display()
            );
            ExitCode::from(INVALID)
        }
        Err(err) => {
            // Don't leave a half-written template behind.
            let _ = fs::remove_file(path);
            eprintln!("error: cannot write {}: {err}", path.display());
            ExitCode::from(INVALID)
        }
    }
}

fn minutes(
    pack: &Path,
    record: &Path,
    format: Format,
    confidential: bool,
    output: &Path,
    force: bool,
) -> ExitCode {
    let loaded = match pack::load(pack) {
        Ok(loaded) => loaded,
        Err(err) => {
            report_load_error(&err);
            return ExitCode::from(INVALID);
        }
    };
    // Without a record there has been no meeting yet: a summary of what officers propose.
    let snapshot = if record.exists() {
        let identity = PackIdentity::of(&loaded.source.name, &loaded.source.text);
        let opened = SqliteStore::open(record, &identity).and_then(|(mut store, opened)| {
            // The minutes hold no one's private notes: read as nobody in particular.
            store.snapshot("").map(|snapshot| (snapshot, opened))
        });
        match opened {
            Ok((snapshot, opened)) => {
                if let Opened::PackReissued { previous } = opened {
                    eprintln!(
                        "warning: {} was started with another issue of the pack ({previous})",
                        record.display()
                    );
                }
                Some(snapshot)
            }
            Err(err) => {
                eprintln!("error: {}: {err}", record.display());
                return ExitCode::from(INVALID);
            }
        }
    } else {
        None
    };
    let document = crate::export::minutes(&loaded.pack, snapshot.as_ref(), confidential);
    let bytes = crate::export::render(&document, format);
    match crate::export::write_file(output, &bytes, force) {
        Ok(()) => {
            let what = if snapshot.is_some() {
                "minutes"
            } else {
                "pre-meeting summary (no record yet)"
            };
            let version = if confidential {
                "confidential"
            } else {
                "public"
            };
            println!(
                "wrote {} ({version} {what}, {} bytes)",
                output.display(),
                bytes.len()
            );
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("error: {}: {err}", output.display());
            ExitCode::from(INVALID)
        }
    }
}

fn login_name() -> Option<String> {
    ["USER", "LOGNAME", "USERNAME"]
        .iter()
        .find_map(|var| std::env::var(var).ok().filter(|v| !v.trim().is_empty()))
}

/// `packs/powys.ron` keeps its record in `packs/powys.record.db`.
pub fn default_record_path(pack: &Path) -> PathBuf {
    pack.with_extension("record.db")
}

fn run(
    path: &Path,
    keymaps: &[String],
    theme: Option<ThemeArg>,
    record: &Path,
    actor: Actor,
) -> ExitCode {
    let keymap = match Keymap::load(keymaps) {
        Ok(keymap) => keymap,
        Err(err) => {
            if let KeymapError::Invalid { source, problems } = &err {
                eprint!(
                    "{}",
                    pack::render_problems(source, problems, report_style())
                );
            }
            eprintln!("error: {err}");
            return ExitCode::from(INVALID);
        }
    };
    let loaded = match pack::load(path) {
        Ok(loaded) => loaded,
        Err(err) => {
            report_load_error(&err);
            return ExitCode::from(INVALID);
        }
    };
    if !std::io::stdout().is_terminal() {
        print!("{}", crate::export::summary::render(&loaded.pack));
        return ExitCode::SUCCESS;
    }
    let theme = match theme {
        Some(ThemeArg::Standard) => ThemeName::Standard,
        Some(ThemeArg::HighContrast) => ThemeName::HighContrast,
        Some(ThemeArg::NoColour) => ThemeName::NoColour,
        None if no_color() => ThemeName::NoColour,
        None => ThemeName::Standard,
    };
    let identity = PackIdentity::of(&loaded.source.name, &loaded.source.text);
    let (store, opened) = match SqliteStore::open(record, &identity) {
        Ok(opened) => opened,
        Err(err) => {
            eprintln!("error: {}: {err}", record.display());
            return ExitCode::from(INVALID);
        }
    };
    let mut app = match App::with_record(loaded.pack, keymap, theme, actor, Box::new(store)) {
        Ok(app) => app,
        Err(err) => {
            eprintln!("error: {}: {err}", record.display());
            return ExitCode::from(INVALID);
        }
    };
    app.write_minutes_beside(path);
    if let Opened::PackReissued { previous } = opened {
        app.state.status = Some(format!(
            "this record was started with another issue of the pack ({previous}); {} entries refer to items no longer in it",
            app.state.orphans.len()
        ));
    }
    match app::run(app) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: the terminal failed: {err}");
            ExitCode::from(INVALID)
        }
    }
}

fn generate(options: GenerateOptions, output: &Path, force: bool) -> ExitCode {
    let text = pack::to_ron(&pack::generate(&options));
    match crate::export::write_file(output, text.as_bytes(), force) {
        Ok(()) => {
            println!("wrote {} ({} bytes)", output.display(), text.len());
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("error: {}: {err}", output.display());
            ExitCode::from(INVALID)
        }
    }
}
