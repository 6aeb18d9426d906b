//! `boardpack db init`, and who a member is on a PostgreSQL record: the database role they
//! logged in as, never a flag.

use super::{INVALID, Who, load_for_record};
use crate::locale::Lang;
use crate::model::{Actor, Pack, Role};
use crate::store::{Location, RecordName, Target, is_url, redact};
use crate::t;
use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

pub fn init(pack_path: &Path, record: &str, passwords: Option<&Path>) -> ExitCode {
    let lang = Lang::from_env();
    let error = t!(lang, "report-error");
    let Some(loaded) = load_for_record(pack_path, lang) else {
        return ExitCode::from(INVALID);
    };
    if !is_url(record) {
        eprintln!(
            "{error}: {}",
            t!(lang, "db-not-an-address", record = redact(record))
        );
        return ExitCode::from(2);
    }
    let target = match Target::parse(record) {
        Ok(target) => target,
        Err(err) => {
            eprintln!("{error}: {err}");
            return ExitCode::from(INVALID);
        }
    };
    let name = RecordName::of(&loaded.pack.meeting);
    let report = match crate::store::init(&target, &name, &loaded.pack, &loaded.identity()) {
        Ok(report) => report,
        Err(err) => {
            eprintln!(
                "{error}: {}",
                Location::Server(Box::new(target)).explain(&err, lang)
            );
            return ExitCode::from(INVALID);
        }
    };
    println!(
        "{}: {}",
        target.describe(),
        t!(
            lang,
            "db-ready",
            number = loaded.pack.meeting.number,
            board = loaded.pack.meeting.board.get(lang),
            schema = report.schema.as_str()
        )
    );
    let mut table = String::new();
    let mut new_passwords = String::new();
    let width = |text: fn(&crate::store::Enrolled) -> usize| {
        report.enrolled.iter().map(text).max().unwrap_or(0)
    };
    let (id_width, login_width) = (width(|m| m.member_id.len()), width(|m| m.login.len()));
    for member in &report.enrolled {
        let login = match &member.password {
            Some(password) => {
                let _ = writeln!(
                    new_passwords,
                    "{}\t{}\t{password}",
                    member.member_id, member.login
                );
                t!(lang, "db-new-login")
            }
            None => t!(lang, "db-existing-login"),
        };
        let _ = writeln!(
            table,
            "  {:<id_width$}  {:<login_width$}  {:<10} {login}",
            member.member_id,
            member.login,
            member.role.title(lang)
        );
    }
    println!("{}\n{table}", t!(lang, "db-members"));
    for retired in &report.retired {
        println!("{}", t!(lang, "db-retired", member = retired.as_str()));
    }
    if !new_passwords.is_empty() {
        match passwords {
            Some(path) => {
                let text = format!("# {}\n{new_passwords}", t!(lang, "db-passwords-header"));
                if let Err(err) = crate::export::write_file(path, text.as_bytes(), false) {
                    eprintln!("{error}: {}: {err}", path.display());
                    return ExitCode::from(INVALID);
                }
                println!(
                    "{}",
                    t!(lang, "db-passwords-in", path = path.display().to_string())
                );
            }
            None => println!("{}\n{new_passwords}", t!(lang, "db-passwords-shown")),
        }
    }
    println!(
        "{}",
        t!(
            lang,
            "db-each-member-runs",
            pack = pack_path.display().to_string(),
            address = target.address(),
            database = target.database()
        )
    );
    ExitCode::SUCCESS
}

/// The member `login` is, as the database knows them; `--member` may only say the same.
pub fn actor_for(
    pack: &Pack,
    location: &Location,
    login: Option<(String, Role)>,
    who: Who,
    lang: Lang,
) -> Result<Actor, String> {
    let Some((id, role)) = login else {
        let name = RecordName::of(&pack.meeting);
        let logins: Vec<String> = pack
            .meeting
            .members
            .iter()
            .map(|m| format!("  {:<24} {}", m.id, name.login_role(&m.id)))
            .collect();
        return Err(format!(
            "{}: {}\n{}",
            location.describe(),
            t!(lang, "db-login-not-member"),
            logins.join("\n")
        ));
    };
    match who {
        Who::Retired => {
            return Err(t!(lang, "db-retired-flags"));
        }
        Who::Member(Some(asked)) if asked != id => {
            return Err(t!(
                lang,
                "db-member-mismatch",
                place = location.describe(),
                id = id.as_str(),
                asked = asked.as_str()
            ));
        }
        Who::Member(_) => {}
    }
    if pack.meeting.member(&id).is_none() {
        return Err(t!(lang, "db-member-not-in-pack", id = id.as_str()));
    }
    Ok(Actor { id, role })
}
