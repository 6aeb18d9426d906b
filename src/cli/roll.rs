//! `boardpack roll`: the next meeting's pack from this one and its record.

use super::{INVALID, load_reporting};
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
    let Some(loaded) = load_reporting(pack_path, lang) else {
        return ExitCode::from(INVALID);
    };
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
                number = loaded.pack.meeting.number
            )
        );
        return ExitCode::from(INVALID);
    }
    let snapshot = location
        .open(&loaded.pack.meeting, &loaded.identity)
        .and_then(|mut record| record.store.snapshot(""));
    let snapshot = match snapshot {
        Ok(snapshot) => snapshot,
        Err(err) => {
            eprintln!("{error}: {}", location.explain(&err, lang));
            return ExitCode::from(INVALID);
        }
    };
    let text = match pack::roll(&loaded.source, &loaded.pack, &snapshot, &next, lang) {
        Ok(text) => text,
        Err(why) => {
            eprintln!("{error}: {}: {why}", pack_path.display());
            return ExitCode::from(INVALID);
        }
    };
    if let Err(err) = crate::export::write_file(output, text.as_bytes(), false) {
        let why = if err.kind() == std::io::ErrorKind::AlreadyExists {
            t!(lang, "roll-exists")
        } else {
            err.to_string()
        };
        eprintln!("{error}: {}: {why}", output.display());
        return ExitCode::from(INVALID);
    }
    let m = &loaded.pack.meeting;
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
    println!(
        "{}",
        t!(
            lang,
            "roll-written",
            path = output.display().to_string(),
            number = m.number + 1,
            date = crate::locale::long_date(lang, next.date, false),
            ratings = snapshot.ratings.len(),
            new = snapshot.actions_arising.len(),
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
