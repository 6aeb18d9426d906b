//! `boardpack db init`, and who a member is on a PostgreSQL record: the database role they
//! logged in as, never a flag.

use super::{INVALID, Who, load_reporting};
use crate::locale::Lang;
use crate::model::{Actor, Pack, Role};
use crate::store::{Location, PackIdentity, RecordName, Target, is_url, redact};
use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

pub fn init(pack_path: &Path, record: &str, passwords: Option<&Path>) -> ExitCode {
    let Some(loaded) = load_reporting(pack_path, Lang::from_env()) else {
        return ExitCode::from(INVALID);
    };
    if !is_url(record) {
        eprintln!(
            "error: {} is not a PostgreSQL address: write postgres://OWNER@HOST:PORT/DATABASE (a file record needs no init)",
            redact(record)
        );
        return ExitCode::from(2);
    }
    let target = match Target::parse(record) {
        Ok(target) => target,
        Err(err) => {
            eprintln!("error: {err}");
            return ExitCode::from(INVALID);
        }
    };
    let name = RecordName::of(&loaded.pack.meeting);
    let identity = PackIdentity::of(&loaded.source.name, &loaded.source.text);
    let report = match crate::store::init(&target, &name, &loaded.pack, &identity) {
        Ok(report) => report,
        Err(err) => {
            eprintln!(
                "error: {}",
                Location::Server(Box::new(target)).explain(&err)
            );
            return ExitCode::from(INVALID);
        }
    };
    println!(
        "{}: meeting {} of {} is ready in schema {}",
        target.describe(),
        loaded.pack.meeting.number,
        loaded.pack.meeting.board,
        report.schema
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
                "new login"
            }
            None => "existing login, password unchanged",
        };
        let _ = writeln!(
            table,
            "  {:<id_width$}  {:<login_width$}  {:<10} {login}",
            member.member_id,
            member.login,
            member.role.label()
        );
    }
    println!("members (id, database login, role):\n{table}");
    for retired in &report.retired {
        println!(
            "retired: {retired} no longer has any right on this board (what they wrote is kept)"
        );
    }
    if !new_passwords.is_empty() {
        match passwords {
            Some(path) => {
                let header =
                    "# member\tlogin\tpassword: pass each on privately, then delete this file\n";
                let text = format!("{header}{new_passwords}");
                if let Err(err) = crate::export::write_file(path, text.as_bytes(), false) {
                    eprintln!("error: {}: {err}", path.display());
                    return ExitCode::from(INVALID);
                }
                println!(
                    "new logins' passwords are in {} (owner-only)",
                    path.display()
                );
            }
            None => println!(
                "new logins' passwords (shown once; pass each on privately):\n{new_passwords}"
            ),
        }
    }
    println!(
        "each member runs: boardpack run {} --record 'postgres://LOGIN@{}/{}' (password in ~/.pgpass)",
        pack_path.display(),
        target.address(),
        target.database()
    );
    ExitCode::SUCCESS
}

/// The member `login` is, as the database knows them; `--member` may only say the same.
pub fn actor_for(
    pack: &Pack,
    location: &Location,
    login: Option<(String, Role)>,
    who: Who,
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
            "{}: this login is not a member of the board. Each member logs in as their own database role, which the board's database owner makes with `boardpack db init`:\n{}",
            location.describe(),
            logins.join("\n")
        ));
    };
    match who {
        Who::Retired => {
            return Err(
                "--as and --role are gone: on a PostgreSQL record you are the member you logged in as"
                    .into(),
            );
        }
        Who::Member(Some(asked)) if asked != id => {
            return Err(format!(
                "{} logged in as {id}; --member {asked} cannot change who you are: log in as {asked}'s own role",
                location.describe()
            ));
        }
        Who::Member(_) => {}
    }
    if pack.meeting.member(&id).is_none() {
        return Err(format!(
            "{id} is a member in the database but not in this pack: is it the right issue of the pack?"
        ));
    }
    Ok(Actor { id, role })
}
