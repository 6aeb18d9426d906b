//! `boardpack db init`: run once per meeting by the board's database owner. Creates the
//! meeting's schema, a NOLOGIN group role per board role with exactly its role's table
//! rights, and a LOGIN role per member of the pack (or uses the one already there); run
//! again after the membership changes, it enrols newcomers and retires leavers without
//! touching a row.

use super::{RecordName, SCHEMA_VERSION, Target, quoted};
use crate::model::{Pack, Right, Role};
use crate::store::{PackIdentity, Result, Setup, StoreError, Unreached};

const SCHEMA: &str = include_str!("schema.sql");
const POLICIES: &str = include_str!("policies.sql");
/// Tables whose writes are announced to everyone listening.
const ANNOUNCED: [&str; 15] = [
    "participants",
    "notes",
    "ratings",
    "actions_arising",
    "attendance",
    "guests",
    "declarations",
    "score_proposals",
    "agreed_scores",
    "agenda_clock",
    "log_decisions",
    "minutes_approval",
    "members",
    "pack_issues",
    "meta",
];

/// A member as the database now knows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Enrolled {
    pub member_id: String,
    pub login: String,
    pub role: Role,
    /// The password of a login made just now, to pass on to the member once; `None` when
    /// the login already existed (its password is unchanged).
    pub password: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InitReport {
    pub schema: String,
    pub enrolled: Vec<Enrolled>,
    /// Members no longer in the pack: their logins lose the board's roles; what they wrote stays.
    pub retired: Vec<String>,
}

pub fn init(
    target: &Target,
    name: &RecordName,
    pack: &Pack,
    identity: &PackIdentity,
) -> Result<InitReport> {
    let mut client = target.connect()?;
    let describe = |err: postgres::Error| match err.as_db_error() {
        Some(db) => StoreError::Other(format!(
            "{}: {}{}",
            target.describe(),
            db.message(),
            db.hint().map(|h| format!(" ({h})")).unwrap_or_default()
        )),
        None => StoreError::Unreachable {
            at: target.describe(),
            why: Unreached::Other(err.to_string()),
        },
    };
    let mut tx = client.transaction().map_err(describe)?;
    let schema = quoted(&name.schema);
    tx.batch_execute(&SCHEMA.replace("{schema}", &schema))
        .map_err(describe)?;
    let known = |tx: &mut postgres::Transaction, key: &str| -> Result<Option<String>> {
        Ok(tx
            .query_opt(
                &format!("SELECT value FROM {schema}.meta WHERE key = $1"),
                &[&key],
            )
            .map_err(describe)?
            .map(|row| row.get(0)))
    };
    if let Some(format) = known(&mut tx, "format")? {
        match format.parse::<u32>() {
            Ok(found) if found > SCHEMA_VERSION => {
                return Err(StoreError::TooNew {
                    found,
                    known: SCHEMA_VERSION,
                });
            }
            _ => {}
        }
    }
    if let Some(board) = known(&mut tx, "board")? {
        if *board != *pack.meeting.board {
            return Err(StoreError::Setup(Setup::BoardClash {
                schema: name.schema.clone(),
                found: board,
                board: pack.meeting.board.to_string(),
            }));
        }
    }
    for (key, value) in [
        ("format", SCHEMA_VERSION.to_string()),
        ("board", pack.meeting.board.to_string()),
        ("meeting", pack.meeting.number.to_string()),
    ] {
        tx.execute(
            &format!(
                "INSERT INTO {schema}.meta VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = $2"
            ),
            &[&key, &value],
        )
        .map_err(describe)?;
    }
    for table in ANNOUNCED {
        tx.batch_execute(&format!(
            "CREATE OR REPLACE TRIGGER announce AFTER INSERT OR UPDATE ON {schema}.{table} \
             FOR EACH STATEMENT EXECUTE FUNCTION {schema}.announce('{}')",
            name.schema
        ))
        .map_err(describe)?;
    }
    tx.batch_execute(&POLICIES.replace("{schema}", &schema))
        .map_err(describe)?;
    tx.batch_execute(&format!(
        "REVOKE ALL ON SCHEMA {schema} FROM PUBLIC; REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM PUBLIC"
    ))
    .map_err(describe)?;
    for role in Role::ALL {
        let group = name.group_role(role);
        if !role_exists(&mut tx, &group).map_err(describe)? {
            tx.batch_execute(&format!("CREATE ROLE {} NOLOGIN", quoted(&group)))
                .map_err(describe)?;
        }
        tx.batch_execute(&grants(&schema, &quoted(&group), role))
            .map_err(describe)?;
    }

    let mut enrolled = Vec::new();
    for member in &pack.meeting.members {
        let login = name.login_role(&member.id);
        if login.len() > 63 {
            return Err(StoreError::Setup(Setup::LoginTooLong {
                login,
                member: member.id.clone(),
            }));
        }
        let password = if role_exists(&mut tx, &login).map_err(describe)? {
            None
        } else {
            let password = new_password()?;
            // Utility statements take no parameters; the password is letters, digits, - and _ only.
            tx.batch_execute(&format!(
                "CREATE ROLE {} LOGIN PASSWORD '{password}'",
                quoted(&login)
            ))
            .map_err(describe)?;
            Some(password)
        };
        for role in Role::ALL {
            let verb = if role == member.role {
                "GRANT {group} TO {login}"
            } else {
                "REVOKE {group} FROM {login}"
            };
            tx.batch_execute(
                &verb
                    .replace("{group}", &quoted(&name.group_role(role)))
                    .replace("{login}", &quoted(&login)),
            )
            .map_err(describe)?;
        }
        tx.execute(
            &format!(
                "INSERT INTO {schema}.members (member_id, db_role, role, active) VALUES ($1, $2, $3, true) \
                 ON CONFLICT (member_id) DO UPDATE SET db_role = $2, role = $3, active = true"
            ),
            &[&member.id, &login, &member.role.name()],
        )
        .map_err(describe)?;
        enrolled.push(Enrolled {
            member_id: member.id.clone(),
            login,
            role: member.role,
            password,
        });
    }

    let mut retired = Vec::new();
    let rows = tx
        .query(
            &format!("SELECT member_id, db_role::text FROM {schema}.members WHERE active"),
            &[],
        )
        .map_err(describe)?;
    for row in rows {
        let (member_id, login): (String, String) = (row.get(0), row.get(1));
        if pack.meeting.member(&member_id).is_some() {
            continue;
        }
        for role in Role::ALL {
            tx.batch_execute(&format!(
                "REVOKE {} FROM {}",
                quoted(&name.group_role(role)),
                quoted(&login)
            ))
            .map_err(describe)?;
        }
        tx.execute(
            &format!("UPDATE {schema}.members SET active = false WHERE member_id = $1"),
            &[&member_id],
        )
        .map_err(describe)?;
        retired.push(member_id);
    }
    tx.execute(
        &format!(
            "INSERT INTO {schema}.pack_issues (fingerprint, name) VALUES ($1, $2) ON CONFLICT DO NOTHING"
        ),
        &[&identity.fingerprint, &identity.name],
    )
    .map_err(describe)?;
    tx.commit().map_err(describe)?;
    Ok(InitReport {
        schema: name.schema.clone(),
        enrolled,
        retired,
    })
}

fn role_exists(
    tx: &mut postgres::Transaction,
    role: &str,
) -> std::result::Result<bool, postgres::Error> {
    Ok(tx
        .query_opt(
            "SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = $1",
            &[&role],
        )?
        .is_some())
}

/// The table rights of `role`, as `Role::may` says, and nothing more.
fn grants(schema: &str, group: &str, role: Role) -> String {
    let mut sql = format!(
        "REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {group};
         GRANT USAGE ON SCHEMA {schema} TO {group};
         GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {group};
         GRANT INSERT ON {schema}.participants, {schema}.pack_issues TO {group};"
    );
    let table_rights: [(Right, &str); 6] = [
        (
            Right::Note,
            "GRANT INSERT ON {s}.notes, {s}.note_history, {s}.score_proposals TO {g};
             GRANT UPDATE (text, kind, version, updated, withdrawn, last_changed_by) ON {s}.notes TO {g};",
        ),
        (
            Right::Rate,
            "GRANT INSERT, UPDATE ON {s}.ratings, {s}.agreed_scores TO {g};
             GRANT INSERT ON {s}.rating_history, {s}.agreed_score_history TO {g};",
        ),
        (
            Right::RecordActions,
            "GRANT INSERT ON {s}.actions_arising, {s}.declarations TO {g};",
        ),
        (
            Right::RecordAttendance,
            "GRANT INSERT, UPDATE ON {s}.attendance TO {g}; GRANT INSERT ON {s}.guests TO {g};",
        ),
        (Right::KeepTime, "GRANT INSERT ON {s}.agenda_clock TO {g};"),
        (
            Right::Decide,
            "GRANT INSERT ON {s}.log_decisions, {s}.minutes_approval TO {g};",
        ),
    ];
    for (right, grant) in table_rights {
        if role.may(right) {
            sql.push_str(&grant.replace("{s}", schema).replace("{g}", group));
        }
    }
    sql
}

/// 24 characters from the operating system's random source: 144 bits, each byte read as
/// one of 64 letters, digits, `-` and `_` (no bias, and safe in a URL and in SQL quotes).
fn new_password() -> Result<String> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut bytes = [0u8; 24];
    getrandom::fill(&mut bytes)
        .map_err(|err| StoreError::Setup(Setup::NoRandom(err.to_string())))?;
    Ok(bytes
        .iter()
        .map(|b| char::from(ALPHABET[usize::from(*b) % 64]))
        .collect())
}
