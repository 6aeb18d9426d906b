//! Command line: `check`, `new`, `run`, `gen`.

use crate::pack::{self, GenerateOptions, LoadError, ReportStyle, Severity};
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
    /// Open the meeting on a pack.
    Run { pack: PathBuf },
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

const INVALID: u8 = 1;

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check { pack } => check(&pack),
        Command::New { path } => new(&path),
        Command::Run { pack } => run(&pack),
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

fn report_style() -> ReportStyle {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    if std::io::stderr().is_terminal() && !no_color {
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

fn run(path: &Path) -> ExitCode {
    match pack::load(path) {
        Ok(loaded) => {
            print!("{}", crate::summary::render(&loaded.pack));
            ExitCode::SUCCESS
        }
        Err(err) => {
            report_load_error(&err);
            ExitCode::from(INVALID)
        }
    }
}

fn generate(options: GenerateOptions, output: &Path, force: bool) -> ExitCode {
    if output.exists() && !force {
        eprintln!(
            "error: {} already exists; pass --force to replace it",
            output.display()
        );
        return ExitCode::from(INVALID);
    }
    let text = pack::to_ron(&pack::generate(&options));
    match write_atomically(output, text.as_bytes()) {
        Ok(()) => {
            println!("wrote {} ({} bytes)", output.display(), text.len());
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("error: cannot write {}: {err}", output.display());
            ExitCode::from(INVALID)
        }
    }
}

/// Writes beside the target, syncs, then renames, so a reader never sees half a file.
fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut temp = tempfile::NamedTempFile::new_in(dir)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}
