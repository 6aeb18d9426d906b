//! `boardpack roll`: the next meeting's pack from this one and its record.

use super::{INVALID, load_reporting_with};
use crate::export::Staged;
use crate::locale::Lang;
use crate::model::LogStatus;
use crate::pack::{self, NextMeeting};
use crate::store::Location;
use crate::t;
use chrono::NaiveDate;
use std::path::Path;
use std::process::ExitCode;

pub fn roll(pack_path: &Path, record: Option<&str>, next: NextMeeting, output: &Path) -> ExitCode {
    let lang = Lang::from_env();
    let error = t!(lang, "report-error");
    // Read on this thread alone, as the next pack is read back (`passes_check`): each step
    // then reuses the memory the one before freed (glibc keeps an arena for each thread
    // that allocates), and the peak is this pack with its record, never more.
    let reading = pack::Reading {
        cores: pack::Cores::One,
        fingerprint: true,
    };
    let Some(loaded) = load_reporting_with(pack_path, lang, reading) else {
        return ExitCode::from(INVALID);
    };
    let identity = loaded.identity();
    let pack::Loaded { pack, source, .. } = loaded;
    let Ok(location) =
        Location::parse(record, pack_path).map_err(|err| eprintln!("{error}: {err}"))
    else {
        return ExitCode::from(INVALID);
    };
    if !location.may_hold_a_meeting() {
        eprintln!(
            "{error}: {}",
            t!(
                lang,
                "roll-no-record",
                record = location.describe(),
                number = pack.meeting.number
            )
        );
        return ExitCode::from(INVALID);
    }
    let snapshot = location
        .open(&pack.meeting, &identity)
        .and_then(|mut record| record.store.snapshot(""));
    let snapshot = match snapshot {
        Ok(snapshot) => snapshot,
        Err(err) => {
            eprintln!("{error}: {}", location.explain(&err, lang));
            return ExitCode::from(INVALID);
        }
    };
    let roll = match pack::roll(&pack, &snapshot, &next, lang) {
        Ok(roll) => roll,
        Err(why) => {
            eprintln!("{error}: {}: {why}", pack_path.display());
            return ExitCode::from(INVALID);
        }
    };
    let m = &pack.meeting;
    let number = m.number;
    let carried = m
        .action_log
        .iter()
        .filter(|a| a.status == LogStatus::Open)
        .count();
    let decisions = snapshot
        .notes
        .iter()
        .filter(|n| n.kind == crate::model::NoteKind::Decision)
        .count();
    let (ratings, arising) = (snapshot.ratings.len(), snapshot.actions_arising.len());
    // The next pack is written as it is made, and read back to check it, with this pack
    // and its record let go first (the roll holds what it needs of them), then its text:
    // a big pack is never held twice over.
    drop((pack, snapshot));
    let staged = Staged::write(output, false, |out| {
        roll.write_to(&source.text, out).unwrap_or_else(|| {
            Err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                t!(lang, "roll-unreadable", pack = source.name.as_str()),
            ))
        })
    });
    drop((source, roll));
    let staged = match staged {
        Ok(staged) => staged,
        Err(err) => {
            let why = if err.kind() == std::io::ErrorKind::AlreadyExists {
                t!(lang, "roll-exists")
            } else {
                err.to_string()
            };
            eprintln!("{error}: {}: {why}", output.display());
            return ExitCode::from(INVALID);
        }
    };
    // What is written must be a pack that passes `check` (within its size limit); if not,
    // nothing is written.
    let checked = pack::read_pack_text(staged.path())
        .map_err(|err| err.describe(lang))
        .and_then(pack::passes_check);
    if let Err(why) = checked {
        eprintln!(
            "{error}: {}: {}",
            pack_path.display(),
            t!(lang, "roll-would-not-pass", why = why)
        );
        return ExitCode::from(INVALID);
    }
    if let Err(err) = staged.persist() {
        eprintln!("{error}: {}: {err}", output.display());
        return ExitCode::from(INVALID);
    }
    println!(
        "{}",
        t!(
            lang,
            "roll-written",
            path = output.display().to_string(),
            number = number + 1,
            date = crate::locale::long_date(lang, next.date, false),
            ratings = ratings,
            new = arising,
            carried = carried,
            decisions = decisions
        )
    );
    ExitCode::SUCCESS
}

/// A date as the command line gives it: YYYY-MM-DD.
pub fn date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| format!("{text:?} is not a date written YYYY-MM-DD, like 2018-01-18"))
}
