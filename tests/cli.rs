//! The real binary: exit codes, messages and files for `check`, `new`, `run` and `gen`.

use assert_cmd::Command;
use predicates::prelude::*;
use predicates::str::contains;
use std::fs;

/// The binary, in English whatever the machine's locale (tests that want Welsh ask).
fn boardpack() -> Command {
    let mut cmd = Command::cargo_bin("boardpack").unwrap();
    cmd.env("NO_COLOR", "1")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8");
    cmd
}

#[test]
fn check_accepts_the_shipped_packs() {
    boardpack()
        .args(["check", "packs/powys-children-2017.ron"])
        .assert()
        .success()
        .stdout(contains("packs/powys-children-2017.ron: valid: 4 areas, 28 recommendations, 92 actions, 13 risks, 14 KPIs"));
    boardpack()
        .args(["check", "packs/minimal.ron"])
        .assert()
        .success()
        .stdout(contains("0 warnings"));
}

#[test]
fn check_shows_the_location_the_line_and_the_underlined_token() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("typo.ron");
    fs::write(
        &path,
        fs::read_to_string("packs/minimal.ron")
            .unwrap()
            .replace("venue:", "vneue:"),
    )
    .unwrap();
    let name = path.display().to_string();
    boardpack()
        .args(["check", &name])
        .assert()
        .code(1)
        .stderr(contains(format!(
            "{name}:10:5: `vneue` is not a field of a meeting"
        )))
        .stderr(contains(format!("[{name}:10:5]")))
        .stderr(contains("vneue: \"Room 2, Civic Centre\","))
        .stderr(contains("──┬──"))
        .stderr(contains("did you mean `venue`?"))
        .stderr(contains(format!("{name}: invalid: 1 error, 0 warnings")));
}

#[test]
fn check_shows_warnings_but_passes() {
    boardpack()
        .args(["check", "packs/powys-children-2017.ron"])
        .assert()
        .success()
        .stderr(contains("⚠"))
        .stderr(contains(
            "packs/powys-children-2017.ron:1045:19: action C.2.4 is overdue (due October 2017)",
        ));
}

#[test]
fn usage_errors_exit_2() {
    boardpack().assert().code(2);
    boardpack().args(["check"]).assert().code(2);
    boardpack().args(["frobnicate"]).assert().code(2);
}

#[test]
fn unreadable_input_gets_a_clear_message_and_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.ron");
    fs::write(&empty, "  \n").unwrap();
    let latin1 = dir.path().join("latin1.ron");
    fs::write(&latin1, b"(\n  meeting: (board: \"Caf\xe9\"").unwrap();
    let huge = dir.path().join("huge.ron");
    // Sparse: the size is refused from the metadata, before anything is read.
    fs::File::create(&huge)
        .unwrap()
        .set_len(300 * 1024 * 1024)
        .unwrap();
    let cases = [
        (dir.path().join("missing.ron"), "missing.ron: no such file"),
        (
            dir.path().to_path_buf(),
            "this is a directory, not a pack file",
        ),
        (empty, "the file is empty"),
        (
            latin1,
            "not UTF-8 text: invalid byte at offset 25 (line 2, column 24)",
        ),
        (
            huge,
            "the file is 300 MiB, over the 64 MiB limit for a pack",
        ),
    ];
    for (path, message) in cases {
        boardpack()
            .arg("check")
            .arg(&path)
            .assert()
            .code(1)
            .stderr(contains(message))
            .stderr(contains("panicked").not());
    }
}

#[test]
fn deeply_nested_input_is_refused_without_overflowing_the_stack() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in [
        ("brackets.ron", format!("(meeting: {}", "[".repeat(200_000))),
        ("parens.ron", "(".repeat(200_000)),
    ] {
        let path = dir.path().join(name);
        fs::write(&path, text).unwrap();
        boardpack()
            .arg("check")
            .arg(&path)
            .assert()
            .code(1)
            .stderr(contains("invalid: 1 error"));
    }
}

#[test]
fn hostile_text_never_reaches_the_terminal_as_control_sequences() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hostile.ron");
    let pack = fs::read_to_string("packs/minimal.ron").unwrap();
    // Escapes decoded by RON, and raw control bytes in the file itself on a line with an error.
    let pack = pack.replace(
        "\"Improvement Board\"",
        "\"Board\\u{1b}]0;pwned\\u{07}\\u{1b}[2J\\u{9b}31m\\u{202e}\"",
    );
    fs::write(&path, &pack).unwrap();
    let run = boardpack().arg("run").arg(&path).assert().success();
    let out = run.get_output();
    assert!(String::from_utf8_lossy(&out.stdout).contains("Board]0;pwned[2J31m"));
    for stream in [&out.stdout, &out.stderr] {
        assert!(
            !stream.iter().any(|&b| b == 0x1b || b == 0x07),
            "{}",
            String::from_utf8_lossy(stream)
        );
        let text = String::from_utf8_lossy(stream);
        assert!(!text.contains('\u{9b}') && !text.contains('\u{202e}'));
    }

    let raw = pack.replace("venue:", "\u{1b}[2Jvneue:");
    fs::write(&path, raw).unwrap();
    let check = boardpack().arg("check").arg(&path).assert().code(1);
    let stderr = &check.get_output().stderr;
    assert!(
        !stderr.contains(&0x1b),
        "{}",
        String::from_utf8_lossy(stderr)
    );
}

#[test]
fn new_writes_a_template_that_passes_check_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("next-meeting.ron");
    boardpack()
        .arg("new")
        .arg(&path)
        .assert()
        .success()
        .stdout(contains("wrote"));
    boardpack()
        .arg("check")
        .arg(&path)
        .assert()
        .success()
        .stdout(contains("valid"));

    fs::write(&path, "my work").unwrap();
    boardpack()
        .arg("new")
        .arg(&path)
        .assert()
        .code(1)
        .stderr(contains("already exists"));
    assert_eq!(fs::read_to_string(&path).unwrap(), "my work");
}

#[test]
fn run_prints_the_meeting_summary() {
    boardpack()
        .args(["run", "packs/powys-children-2017.ron"])
        .assert()
        .success()
        .stdout(contains(
            "Powys Children's Services Improvement Board — meeting 2",
        ))
        .stdout(contains("Thursday 23 November 2017 at 10:00"))
        .stdout(contains(
            "R1     20 R Insufficient permanent social work capacity",
        ));
}

#[test]
fn gen_is_deterministic_valid_and_careful_with_existing_files() {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("a.ron");
    let second = dir.path().join("b.ron");
    for path in [&first, &second] {
        boardpack()
            .args([
                "gen",
                "--actions",
                "500",
                "--risks",
                "50",
                "--kpis",
                "20",
                "--periods",
                "12",
                "--seed",
                "3",
                "-o",
            ])
            .arg(path)
            .assert()
            .success();
    }
    assert_eq!(fs::read(&first).unwrap(), fs::read(&second).unwrap());
    boardpack()
        .arg("check")
        .arg(&first)
        .assert()
        .success()
        .stdout(contains("500 actions, 50 risks, 20 KPIs"));

    boardpack()
        .args(["gen", "-o"])
        .arg(&first)
        .assert()
        .code(1)
        .stderr(contains("pass --force"));
    boardpack()
        .args(["gen", "--actions", "10", "--force", "-o"])
        .arg(&first)
        .assert()
        .success();
    boardpack()
        .arg("check")
        .arg(&first)
        .assert()
        .success()
        .stdout(contains("10 actions"));
}

#[test]
fn many_problems_are_listed_compactly_after_the_first_fifty() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.ron");
    boardpack()
        .args(["gen", "--actions", "400", "--seed", "5", "-o"])
        .arg(&path)
        .assert()
        .success();
    // Without progress updates, every overdue action draws a warning.
    let text = fs::read_to_string(&path).unwrap();
    let stripped: String = text
        .lines()
        .filter(|l| !l.contains("progress:"))
        .map(|l| format!("{l}\n"))
        .collect();
    fs::write(&path, stripped).unwrap();
    let output = boardpack()
        .arg("check")
        .arg(&path)
        .assert()
        .success()
        .get_output()
        .clone();
    let stderr = String::from_utf8(output.stderr).unwrap();
    let boxes = stderr.matches("╭─[").count();
    let compact = stderr
        .lines()
        .filter(|l| l.contains(": warning: action "))
        .count();
    assert_eq!(boxes, 50, "the first fifty with their snippet");
    assert!(compact > 10, "the rest one line each: {compact}");
    assert!(
        stderr
            .lines()
            .filter(|l| l.contains(": warning: "))
            .all(|l| l.starts_with(&path.display().to_string()))
    );
}

// ---- Who joins, and as whom ----------------------------------------------------------------

const POWYS: &str = "packs/powys-children-2017.ron";

#[test]
fn names_and_roles_can_no_longer_be_claimed_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let record = dir.path().join("r.db");
    boardpack()
        .args(["run", POWYS, "--as", "Independent Chair", "--role", "chair"])
        .arg("--record")
        .arg(&record)
        .assert()
        .code(1)
        .stderr(contains(
            "--as and --role are gone: who you are and what you may do come from the pack's membership",
        ))
        .stderr(contains("--member ID"))
        .stderr(contains("former-director"));
    assert!(!record.exists(), "nothing was opened");
}

#[test]
fn an_unknown_member_is_refused_with_the_list_of_ids() {
    boardpack()
        .args(["run", POWYS, "--member", "cllr-nobody"])
        .assert()
        .code(1)
        .stderr(contains(
            "packs/powys-children-2017.ron has no member with the id \"cllr-nobody\"; the members are:",
        ))
        .stderr(contains(
            "former-director          Former Director of Social Services (member)",
        ))
        .stderr(contains("programme-manager        Improvement Programme Manager (clerk)"));
}

/// Writes a members' keys file; `keys` are (id, key type, key) lines.
fn keys_file(dir: &std::path::Path, lines: &[&str]) -> std::path::PathBuf {
    let path = dir.join("members.pub");
    fs::write(&path, lines.join("\n")).unwrap();
    path
}

const ALICE: &str = "AAAAC3NzaC1lZDI1NTE5AAAAIHqvQ8Q1mRQ9yPqHgVv0Zx3l3m0vJm5y6Rk2Xo1vY4bA";
const BOB: &str = "AAAAC3NzaC1lZDI1NTE5AAAAIBq1c2mYbq9z6m0P8z5l0b3b4m1m2x9R7y5L2q8n3T0c";

#[test]
fn authorized_keys_force_each_key_to_run_boardpack_as_its_member() {
    let dir = tempfile::tempdir().unwrap();
    let keys = keys_file(
        dir.path(),
        &[
            "# the Board's members",
            &format!("former-director ssh-ed25519 {ALICE} alice@laptop"),
            &format!("childrens-commissioner ssh-ed25519 {BOB}"),
        ],
    );
    let out = boardpack()
        .args(["authorized-keys", POWYS, "--keys"])
        .arg(&keys)
        .args([
            "--record",
            "/srv/board/meeting's record.db",
            "--boardpack",
            "/usr/local/bin/boardpack",
        ])
        .assert()
        .success()
        .stderr(contains(
            "warning: no key for chair, former-portfolio-holder",
        ))
        .get_output()
        .stdout
        .clone();
    let lines = String::from_utf8(out).unwrap();
    let pack = std::path::absolute(POWYS).unwrap();
    assert!(
        lines.contains(&format!(
            "restrict,pty,command=\"'/usr/local/bin/boardpack' run '{}' --record '/srv/board/meeting'\\\\''s record.db' --member former-director\" ssh-ed25519 {ALICE} alice@laptop\n",
            pack.display()
        )),
        "{lines}"
    );
    assert!(lines.contains(&format!(
        "--member childrens-commissioner\" ssh-ed25519 {BOB}\n"
    )));
}

#[test]
fn authorized_keys_refuse_a_shared_key_an_unknown_member_and_a_broken_key() {
    let dir = tempfile::tempdir().unwrap();
    let keys = keys_file(
        dir.path(),
        &[
            &format!("former-director ssh-ed25519 {ALICE}"),
            &format!("chair ssh-ed25519 {ALICE}"),
            &format!("cllr-nobody ssh-ed25519 {BOB}"),
            "childrens-commissioner ssh-ed2551 AAAA",
            "council-leader",
        ],
    );
    let name = keys.display().to_string();
    boardpack()
        .args(["authorized-keys", POWYS, "--keys", &name])
        .assert()
        .code(1)
        .stdout("")
        .stderr(contains(format!(
            "{name}:2: this key is already former-director's (line 1); each member needs a key of their own"
        )))
        .stderr(contains(format!(
            "{name}:3: \"cllr-nobody\" is not a member of the pack; the ids are: chair, former-director"
        )))
        .stderr(contains(format!(
            "{name}:4: \"ssh-ed2551\" is not a public key type"
        )))
        .stderr(contains(format!(
            "{name}:5: a line is a member id and their public key"
        )));
}

/// Runs the binary as an account that does not own the test's files: `nobody` when the
/// tests run as root (as CI does), from a copy in `folder` that it can reach wherever the
/// checkout is; otherwise the record is made unreadable to its owner.
fn as_someone_else(folder: &std::path::Path, record: &std::path::Path) -> std::process::Command {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;
    if nix_is_root() {
        let copy = folder.join("boardpack");
        fs::copy(env!("CARGO_BIN_EXE_boardpack"), &copy).unwrap();
        fs::set_permissions(folder, fs::Permissions::from_mode(0o755)).unwrap();
        let mut command = std::process::Command::new(copy);
        command.uid(65534).gid(65534);
        command
    } else {
        fs::set_permissions(record, fs::Permissions::from_mode(0o000)).unwrap();
        std::process::Command::new(env!("CARGO_BIN_EXE_boardpack"))
    }
}

fn nix_is_root() -> bool {
    std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|out| out.stdout.starts_with(b"0\n"))
}

#[test]
fn a_record_you_cannot_open_says_whose_it_is_and_how_members_join() {
    let dir = tempfile::tempdir().unwrap();
    let record = dir.path().join("meeting.record.db");
    // The record, made by its owner.
    let identity = boardpack::store::PackIdentity::of("minimal.ron", "");
    drop(boardpack::store::SqliteStore::open(&record, &identity).unwrap());
    let out_dir = tempfile::tempdir().unwrap();
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(out_dir.path(), fs::Permissions::from_mode(0o777)).unwrap();
    }
    let pack = dir.path().join("minimal.ron");
    fs::copy("packs/minimal.ron", &pack).unwrap();
    let output = as_someone_else(dir.path(), &record)
        .arg("minutes")
        .arg(&pack)
        .arg("--record")
        .arg(&record)
        .arg("-o")
        .arg(out_dir.path().join("minutes.md"))
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!("error: {}: it belongs to", record.display()))
            && stderr.contains("(mode ")
            && stderr.contains("and you are ")
            && stderr.contains("Members join the meeting through the board's host over SSH")
            && stderr.contains("docs/DEPLOY.md"),
        "{stderr}"
    );
    assert!(!stderr.contains("unable to open database file"), "{stderr}");
}

#[test]
fn a_closed_pipe_ends_the_command_quietly() {
    // `boardpack check pack.ron 2>&1 | head -1`: thousands of warnings, and a reader that
    // stops after one line.
    let dir = tempfile::tempdir().unwrap();
    let generated = dir.path().join("generated.ron");
    boardpack()
        .args(["gen", "--actions", "1500", "-o"])
        .arg(&generated)
        .assert()
        .success();
    let without_dues: String = fs::read_to_string(&generated)
        .unwrap()
        .lines()
        .filter(|line| !line.trim_start().starts_with("due:"))
        .map(|line| format!("{line}\n"))
        .collect();
    let pack = dir.path().join("many-warnings.ron");
    fs::write(&pack, without_dues).unwrap();
    for _ in 0..2 {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_boardpack"))
            .arg("check")
            .arg(&pack)
            .env("NO_COLOR", "1")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // The reader reads a little and goes away.
        let mut first = [0u8; 64];
        std::io::Read::read(child.stderr.as_mut().unwrap(), &mut first).unwrap();
        drop(child.stderr.take());
        drop(child.stdout.take());
        let status = child.wait().unwrap();
        use std::os::unix::process::ExitStatusExt;
        assert!(
            status.signal() == Some(13) || matches!(status.code(), Some(0 | 1)),
            "not a quiet end: {status:?} (101 is a panic)"
        );
    }
}

#[test]
fn the_plain_summary_withholds_exempt_items_as_the_public_minutes_do() {
    // Output that is not a terminal gets the plain summary; R9 and K6 are exempt (Part II).
    let out = boardpack()
        .args(["run", POWYS])
        .arg("--record")
        .arg(tempfile::tempdir().unwrap().path().join("r.db"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    let pack = boardpack::pack::load(POWYS.as_ref()).unwrap().pack;
    for risk in pack.risks.iter().filter(|r| r.exempt) {
        assert!(!text.contains(&*risk.title), "{} shown:\n{text}", risk.id);
    }
    for kpi in pack.kpis.iter().filter(|k| k.exempt) {
        assert!(!text.contains(&*kpi.title), "{} shown:\n{text}", kpi.id);
    }
    assert!(
        text.contains("[confidential: exempt item, not shown]"),
        "{text}"
    );
}

#[test]
fn db_init_wants_a_server_and_says_which_one_it_could_not_reach() {
    boardpack()
        .args(["db", "init", POWYS, "--record", "packs/powys.record.db"])
        .assert()
        .code(2)
        .stderr(contains("is not a PostgreSQL address"));
    // A port nothing listens on: named, with the role and database, never the password.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = closed.local_addr().unwrap().port();
    drop(closed);
    let url = format!("postgres://board_owner:s3cret@127.0.0.1:{port}/boards");
    for args in [
        vec!["db", "init", POWYS, "--record", url.as_str()],
        vec!["minutes", POWYS, "--record", url.as_str(), "-o", "never.md"],
    ] {
        boardpack()
            .args(&args)
            .assert()
            .code(1)
            .stderr(contains(format!(
                "PostgreSQL at 127.0.0.1:{port}, database boards, as board_owner: nothing is listening there"
            )))
            .stderr(contains("s3cret").not());
    }
    assert!(!std::path::Path::new("never.md").exists());
}

#[test]
fn check_speaks_welsh_when_asked_or_when_the_locale_is_welsh() {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("bad.ron");
    let minimal = std::fs::read_to_string("packs/minimal.ron").unwrap();
    std::fs::write(&pack, minimal.replacen("venue:", "vneue:", 1)).unwrap();
    boardpack()
        .args(["check", "--lang", "cy"])
        .arg(&pack)
        .assert()
        .code(1)
        .stderr(contains("nid yw `vneue` yn un o feysydd cyfarfod"))
        .stderr(contains("ai `venue` oedd dan sylw?"))
        .stderr(contains("annilys: 1 gwall, dim rhybuddion"));
    // A value boardpack reads itself (a due date) is explained in Welsh too.
    let due = minimal.replacen("due: \"", "due: \"soon", 1);
    std::fs::write(&pack, due).unwrap();
    boardpack()
        .args(["check", "--lang", "cy"])
        .arg(&pack)
        .assert()
        .code(1)
        .stderr(contains("ni chafwyd dyddiad yn \"soon"));
    boardpack()
        .env("LANG", "cy_GB.UTF-8")
        .args(["check", "packs/powys-children-2017.ron"])
        .assert()
        .success()
        .stdout(contains(
            "dilys: 4 maes, 28 argymhelliad, 92 cam gweithredu, 13 risg, 14 DPA; 7 rhybudd",
        ))
        .stderr(contains("nid oes fersiwn Gymraeg o'r testun hwn"));
}

#[test]
fn help_says_how_to_choose_the_language() {
    boardpack()
        .arg("--help")
        .assert()
        .success()
        .stdout(contains("--lang cy"))
        .stdout(contains("cy_GB.UTF-8"));
}
