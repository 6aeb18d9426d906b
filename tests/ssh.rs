//! Members over SSH, end to end: Debian's OpenSSH server on 127.0.0.1 with its own config,
//! host key and `authorized_keys` (written by `boardpack authorized-keys`), members' keys
//! made for the test, and the real ssh client on a pseudo-terminal. Nothing here reaches
//! beyond loopback; every wait is bounded.
//!
//! Without sshd the test says why it skipped; with BOARDPACK_REQUIRE_SSHD set (CI sets it)
//! a missing sshd fails it.

mod common;

use boardpack::store::{PackIdentity, RecordStore, SqliteStore};
use common::terminal::{PATIENCE, Session};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const SSHD: &str = "/usr/sbin/sshd";
const PACK: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/packs/powys-children-2017.ron");

/// An sshd of the test's own, stopped when dropped.
struct Sshd {
    child: Child,
    port: u16,
}

impl Drop for Sshd {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn tools_present() -> bool {
    let present = Path::new(SSHD).exists()
        && ["ssh", "ssh-keygen"].iter().all(|tool| {
            Command::new(tool)
                .arg("-V")
                .stderr(Stdio::null())
                .stdout(Stdio::null())
                .status()
                .is_ok()
        });
    if !present {
        let why = "OpenSSH (openssh-server and openssh-client) is not installed";
        assert!(
            std::env::var_os("BOARDPACK_REQUIRE_SSHD").is_none(),
            "{why}, and BOARDPACK_REQUIRE_SSHD says this run needs it"
        );
        eprintln!("skipped: {why}; `apt-get install openssh-server openssh-client` runs it");
    }
    present
}

fn run(command: &mut Command) -> std::process::Output {
    let output = command.output().expect("the command starts");
    assert!(
        output.status.success(),
        "{command:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

fn keygen(path: &Path, comment: &str) {
    run(Command::new("ssh-keygen")
        .args(["-q", "-t", "ed25519", "-N", "", "-C", comment, "-f"])
        .arg(path));
}

fn whoami() -> String {
    let out = run(Command::new("id").arg("-un"));
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

/// sshd on a free loopback port, trusting the keys in `dir/authorized_keys`.
fn start_sshd(dir: &Path) -> Sshd {
    keygen(&dir.join("host_key"), "test host");
    // As root, sshd wants its privilege separation directory, as a system install has.
    if whoami() == "root" {
        std::fs::create_dir_all("/run/sshd").unwrap();
    }
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let config = dir.join("sshd_config");
    std::fs::write(
        &config,
        format!(
            "Port {port}\n\
             ListenAddress 127.0.0.1\n\
             HostKey {dir}/host_key\n\
             AuthorizedKeysFile {dir}/authorized_keys\n\
             PidFile {dir}/sshd.pid\n\
             PubkeyAuthentication yes\n\
             PasswordAuthentication no\n\
             KbdInteractiveAuthentication no\n\
             PermitRootLogin forced-commands-only\n\
             UsePAM no\n\
             StrictModes no\n\
             AllowTcpForwarding no\n\
             X11Forwarding no\n\
             PermitUserEnvironment no\n\
             ClientAliveInterval 15\n\
             LogLevel ERROR\n",
            dir = dir.display()
        ),
    )
    .unwrap();
    let child = Command::new(SSHD)
        .args(["-D", "-e", "-f"])
        .arg(&config)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("sshd starts");
    let sshd = Sshd { child, port };
    let deadline = Instant::now() + PATIENCE;
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "sshd never listened on {port}");
        std::thread::sleep(Duration::from_millis(50));
    }
    sshd
}

/// `ssh -tt` with `key` to the test's sshd, on a terminal; `remote` is what is typed after
/// the host, which the forced command ignores.
fn ssh(sshd: &Sshd, key: &Path, remote: &[&str]) -> Session {
    let port = sshd.port.to_string();
    let target = format!("{}@127.0.0.1", whoami());
    let key = key.display().to_string();
    let mut args = vec![
        "-tt",
        "-F",
        "/dev/null",
        "-i",
        &key,
        "-p",
        &port,
        "-o",
        "IdentitiesOnly=yes",
        "-o",
        "BatchMode=yes",
        "-o",
        "StrictHostKeyChecking=no",
        "-o",
        "UserKnownHostsFile=/dev/null",
        "-o",
        "LogLevel=ERROR",
        &target,
    ];
    args.extend(remote);
    Session::program("ssh", &args, tempfile::tempdir().unwrap())
}

/// The record as the chair would read it.
fn read_record(path: &Path, viewer: &str) -> boardpack::model::RecordSnapshot {
    let identity = PackIdentity::of("powys.ron", "");
    SqliteStore::open(path, &identity)
        .unwrap()
        .0
        .snapshot(viewer)
        .unwrap()
}

fn set_up(dir: &Path) -> (PathBuf, PathBuf, PathBuf) {
    for member in ["alice", "bob", "mallory"] {
        keygen(&dir.join(member), &format!("{member}@laptop"));
    }
    let public = |member: &str| std::fs::read_to_string(dir.join(format!("{member}.pub"))).unwrap();
    let keys = dir.join("members.pub");
    std::fs::write(
        &keys,
        format!(
            "# one line a member: id, then their public key\nformer-director {}childrens-commissioner {}",
            public("alice"),
            public("bob")
        ),
    )
    .unwrap();
    let record = dir.join("meeting.record.db");
    run(Command::new(env!("CARGO_BIN_EXE_boardpack"))
        .args(["authorized-keys", PACK, "--keys"])
        .arg(&keys)
        .arg("--record")
        .arg(&record)
        .arg("-o")
        .arg(dir.join("authorized_keys")));
    (record, dir.join("alice"), dir.join("bob"))
}

#[test]
fn members_come_in_over_ssh_as_themselves_with_only_their_roles_rights() {
    if !tools_present() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let (record, alice, bob) = set_up(dir.path());
    let lines = std::fs::read_to_string(dir.path().join("authorized_keys")).unwrap();
    assert_eq!(
        lines
            .lines()
            .filter(|l| l.starts_with("restrict,pty,command="))
            .count(),
        2,
        "{lines}"
    );
    let sshd = start_sshd(dir.path());

    // Alice's key opens boardpack as the pack's former-director, a member.
    let mut session = ssh(&sshd, &alice, &[]);
    session.wait_for("the former director, as a member", |s| {
        s.contains("Former Director") && s.contains("(member)")
    });
    session.send("r");
    session.wait_for_text("of 13 risks");
    session.save_note_on_r5("Three serious case reviews this year");
    // Her role does not agree ratings, and the screen says so.
    session.send("a");
    session.wait_for_text("only the chair agrees ratings");
    // A window resized over SSH is redrawn at its new size.
    session.resize(40, 150);
    session.wait_for("the screen redrawn 150 columns wide", |screen| {
        screen
            .lines()
            .any(|line| line.trim_end().ends_with("(member)") && line.chars().count() > 140)
    });
    session.send("q");
    assert!(session.finish().success());

    // Whatever she types after the host, she lands in boardpack: no shell, no sqlite3.
    let dump = format!("sqlite3 {} .dump; echo pwned", record.display());
    let mut session = ssh(&sshd, &alice, &["bash", "-c", &dump]);
    session.wait_for("the former director, as a member", |s| {
        s.contains("Former Director") && s.contains("(member)")
    });
    assert!(!session.screen().contains("pwned"));
    session.send("q");
    assert!(session.finish().success());
    // Nor can she name another member.
    let mut session = ssh(&sshd, &alice, &["boardpack run --member chair"]);
    session.wait_for("the former director, as a member", |s| {
        s.contains("Former Director") && s.contains("(member)")
    });
    session.send("q");
    assert!(session.finish().success());

    // Bob's connection drops while he types: the draft is kept, as after kill -9.
    let mut session = ssh(&sshd, &bob, &[]);
    session.wait_for_text("Representative of the Ch");
    session.send("r");
    session.wait_for_text("of 13 risks");
    session.type_note_on_r5("Half a thought about foster carers");
    session.child.kill().unwrap();
    drop(session);

    // A key nobody was given opens nothing.
    let mut stranger = ssh(&sshd, &dir.path().join("mallory"), &[]);
    let status = stranger.finish();
    assert!(!status.success(), "mallory got in: {}", stranger.screen());

    // The record knows who wrote what, from the key, not from anything typed.
    let deadline = Instant::now() + PATIENCE;
    let drafts = loop {
        let drafts = read_record(&record, "childrens-commissioner").drafts;
        if !drafts.is_empty() || Instant::now() > deadline {
            break drafts;
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    assert_eq!(drafts.len(), 1, "the dropped connection kept the draft");
    assert_eq!(drafts[0].text, "Half a thought about foster carers");
    let seen = read_record(&record, "chair");
    assert_eq!(seen.notes.len(), 1);
    assert_eq!(seen.notes[0].author, "former-director");
    assert_eq!(seen.notes[0].text, "Three serious case reviews this year");
    assert!(seen.ratings.is_empty(), "no rating was agreed");
}
