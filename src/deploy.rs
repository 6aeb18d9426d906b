//! Setting up a board host: the `authorized_keys` lines that let each member in over SSH as
//! themselves. Each key may run only `boardpack run PACK --member ID` (OpenSSH's `restrict`
//! and `command=`, the pattern gitolite and gitlab-shell use), so whatever a member types
//! after `ssh host` is ignored: no shell, no sqlite3, no other member's id.

use crate::locale::Lang;
use crate::model::Pack;
use crate::t;
use std::collections::HashMap;
use std::path::Path;

/// Public key types OpenSSH accepts in `authorized_keys`.
const KEY_TYPES: [&str; 8] = [
    "ssh-ed25519",
    "ssh-rsa",
    "ecdsa-sha2-nistp256",
    "ecdsa-sha2-nistp384",
    "ecdsa-sha2-nistp521",
    "sk-ssh-ed25519@openssh.com",
    "sk-ecdsa-sha2-nistp256@openssh.com",
    "ssh-dss",
];

/// One member's public key, from a line `ID TYPE BASE64 [comment]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberKey {
    pub member: String,
    pub key_type: String,
    pub key: String,
    pub comment: String,
}

/// What a keys file holds: the keys, and members left without one.
#[derive(Debug)]
pub struct Keys {
    pub keys: Vec<MemberKey>,
    pub members_without_a_key: Vec<String>,
}

/// Reads `text` (the file `name`): every problem is reported, each with its line, in
/// `lang`.
pub fn read_keys(name: &str, text: &str, pack: &Pack, lang: Lang) -> Result<Keys, Vec<String>> {
    let mut problems = Vec::new();
    let mut keys = Vec::new();
    let mut first_line_of: HashMap<(String, String), (usize, String)> = HashMap::new();
    for (n, line) in text.lines().enumerate() {
        let n = n + 1;
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut words = line.split_whitespace();
        let (Some(member), Some(key_type), Some(key)) = (words.next(), words.next(), words.next())
        else {
            problems.push(format!("{name}:{n}: {}", t!(lang, "keys-line")));
            continue;
        };
        let comment = words.collect::<Vec<_>>().join(" ");
        if pack.meeting.member(member).is_none() {
            let ids: Vec<&str> = pack.meeting.members.iter().map(|m| m.id.as_str()).collect();
            problems.push(format!(
                "{name}:{n}: {}",
                t!(
                    lang,
                    "keys-not-a-member",
                    member = member,
                    ids = ids.join(", ")
                )
            ));
            continue;
        }
        if !KEY_TYPES.contains(&key_type) {
            problems.push(format!(
                "{name}:{n}: {}",
                t!(
                    lang,
                    "keys-not-a-type",
                    key_type = key_type,
                    types = KEY_TYPES.join(", ")
                )
            ));
            continue;
        }
        let base64 = key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='));
        if !base64 || key.len() < 16 {
            problems.push(format!(
                "{name}:{n}: {}",
                t!(lang, "keys-not-whole", member = member)
            ));
            continue;
        }
        let identity = (key_type.to_string(), key.to_string());
        if let Some((first, owner)) = first_line_of.get(&identity) {
            problems.push(format!(
                "{name}:{n}: {}",
                t!(lang, "keys-shared", owner = owner.as_str(), first = *first)
            ));
            continue;
        }
        first_line_of.insert(identity, (n, member.to_string()));
        keys.push(MemberKey {
            member: member.to_string(),
            key_type: key_type.to_string(),
            key: key.to_string(),
            comment,
        });
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let members_without_a_key = pack
        .meeting
        .members
        .iter()
        .filter(|m| keys.iter().all(|k| k.member != m.id))
        .map(|m| m.id.clone())
        .collect();
    Ok(Keys {
        keys,
        members_without_a_key,
    })
}

/// A path as one word for the shell that sshd runs the command with.
fn shell_word(path: &Path, lang: Lang) -> Result<String, String> {
    let text = path
        .to_str()
        .filter(|t| !t.contains(['\n', '\r', '\0']))
        .ok_or_else(|| t!(lang, "keys-not-a-word", path = path.display().to_string()))?;
    Ok(format!("'{}'", text.replace('\'', r"'\''")))
}

/// The `authorized_keys` lines: one a key, each forced to run boardpack as its member.
pub fn authorized_keys(
    keys: &[MemberKey],
    boardpack: &Path,
    pack: &Path,
    record: &Path,
    lang: Lang,
) -> Result<String, String> {
    let (boardpack, pack, record) = (
        shell_word(boardpack, lang)?,
        shell_word(pack, lang)?,
        shell_word(record, lang)?,
    );
    let mut out = format!("# {}\n", t!(lang, "keys-file-header"));
    for key in keys {
        let command = format!(
            "{boardpack} run {pack} --record {record} --member {}",
            key.member
        );
        // Inside command="…", sshd reads \" and \\ as a quote and a backslash.
        let option = command.replace('\\', r"\\").replace('"', "\\\"");
        out.push_str(&format!(
            "restrict,pty,command=\"{option}\" {} {}",
            key.key_type, key.key
        ));
        if !key.comment.is_empty() {
            out.push(' ');
            out.push_str(&key.comment);
        }
        out.push('\n');
    }
    Ok(out)
}
