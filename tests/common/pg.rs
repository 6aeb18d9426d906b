//! A real PostgreSQL server for the tests, started by the tests themselves: the system's own
//! binaries (`/usr/lib/postgresql/*/bin`), run as the `postgres` user when the tests run as
//! root (PostgreSQL refuses root), listening on 127.0.0.1 only, with SCRAM passwords as
//! members would log in. Nothing is downloaded.
//!
//! Without the binaries a test says why it skipped; with BOARDPACK_REQUIRE_POSTGRES set (CI
//! sets it) that is a failure instead.

use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;

pub struct Server {
    dir: PathBuf,
    bin: PathBuf,
    pub port: u16,
    pub password: String,
    /// The `postgres` user's uid and gid when the tests run as root.
    run_as: Option<(u32, u32)>,
}

/// The newest installed PostgreSQL's binaries, or why there are none.
fn binaries() -> Result<PathBuf, String> {
    let mut found: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .map_err(|_| "PostgreSQL is not installed (no /usr/lib/postgresql)".to_string())?
        .flatten()
        .filter_map(|entry| {
            let version = entry.file_name().to_str()?.parse().ok()?;
            let bin = entry.path().join("bin");
            bin.join("initdb").exists().then_some((version, bin))
        })
        .collect();
    found.sort();
    found
        .pop()
        .map(|(_, bin)| bin)
        .ok_or_else(|| "no initdb under /usr/lib/postgresql/*/bin".to_string())
}

/// Says why a PostgreSQL test cannot run, failing when this run requires the server.
pub fn skip(why: &str) {
    assert!(
        std::env::var_os("BOARDPACK_REQUIRE_POSTGRES").is_none(),
        "{why}, and BOARDPACK_REQUIRE_POSTGRES says this run needs it"
    );
    eprintln!("skipped: {why} (install postgresql to run this test)");
}

impl Server {
    /// A new server of its own, or `None` (having said why) when PostgreSQL is missing.
    pub fn start() -> Option<Server> {
        Server::configured(false)
    }

    /// A server that accepts TCP logins over TLS only, with a self-signed certificate for
    /// 127.0.0.1; the certificate's file is `certificate()`.
    pub fn start_with_tls() -> Option<Server> {
        Server::configured(true)
    }

    pub fn certificate(&self) -> PathBuf {
        self.dir.join("server.crt")
    }

    fn configured(tls: bool) -> Option<Server> {
        let bin = match binaries() {
            Ok(bin) => bin,
            Err(why) => {
                skip(&why);
                return None;
            }
        };
        let dir = tempfile::Builder::new()
            .prefix("boardpack-pg-")
            .tempdir()
            .expect("a directory for the server")
            .keep();
        let run_as = if nix::unistd::Uid::effective().is_root() {
            let user = nix::unistd::User::from_name("postgres")
                .ok()
                .flatten()
                .expect("running as root needs the postgres user to run the server as");
            Some((user.uid.as_raw(), user.gid.as_raw()))
        } else {
            None
        };
        let password = format!("super-{}", std::process::id());
        std::fs::write(dir.join("password"), &password).unwrap();
        if let Some((uid, gid)) = run_as {
            for path in [dir.clone(), dir.join("password")] {
                nix::unistd::chown(&path, Some(uid.into()), Some(gid.into())).unwrap();
            }
        }
        let server = Server {
            port: free_port(),
            password,
            run_as,
            bin,
            dir,
        };
        server.run(
            "initdb",
            &[
                "-D",
                "data",
                "-U",
                "postgres",
                "--auth=scram-sha-256",
                "--pwfile=password",
                "-E",
                "UTF8",
                "--no-locale",
                "--no-sync",
            ],
        );
        if tls {
            let made = rcgen::generate_simple_self_signed(vec!["127.0.0.1".to_string()])
                .expect("a certificate");
            let data = server.dir.join("data");
            std::fs::write(server.certificate(), made.cert.pem()).unwrap();
            std::fs::write(data.join("server.crt"), made.cert.pem()).unwrap();
            std::fs::write(data.join("server.key"), made.key_pair.serialize_pem()).unwrap();
            std::fs::write(
                data.join("pg_hba.conf"),
                "local all all scram-sha-256\nhostssl all all 127.0.0.1/32 scram-sha-256\n",
            )
            .unwrap();
            let mut conf = std::fs::read_to_string(data.join("postgresql.conf")).unwrap();
            conf.push_str(
                "\nssl = on\nssl_cert_file = 'server.crt'\nssl_key_file = 'server.key'\n",
            );
            std::fs::write(data.join("postgresql.conf"), conf).unwrap();
            for file in ["server.crt", "server.key", "pg_hba.conf", "postgresql.conf"] {
                let path = data.join(file);
                std::fs::set_permissions(
                    &path,
                    std::os::unix::fs::PermissionsExt::from_mode(0o600),
                )
                .unwrap();
                if let Some((uid, gid)) = server.run_as {
                    nix::unistd::chown(&path, Some(uid.into()), Some(gid.into())).unwrap();
                }
            }
        }
        server.start_again();
        Some(server)
    }

    /// One server for the whole test binary, stopped when the binary exits.
    pub fn shared() -> Option<&'static Server> {
        static SHARED: OnceLock<Option<Server>> = OnceLock::new();
        extern "C" fn stop_shared() {
            if let Some(Some(server)) = SHARED.get() {
                server.halt();
            }
        }
        SHARED
            .get_or_init(|| {
                let server = Server::start();
                // SAFETY: registering a plain function to run at exit.
                unsafe { libc::atexit(stop_shared) };
                server
            })
            .as_ref()
    }

    /// One of the server's tools, run as the server's user, in its directory.
    fn tool(&self, tool: &str, args: &[&str]) -> Command {
        let mut command = Command::new(self.bin.join(tool));
        command.args(args).current_dir(&self.dir);
        if let Some((uid, gid)) = self.run_as {
            use std::os::unix::process::CommandExt;
            command.uid(uid).gid(gid).env("HOME", &self.dir);
        }
        command
    }

    fn run(&self, tool: &str, args: &[&str]) {
        let output = self
            .tool(tool, args)
            .output()
            .expect("the PostgreSQL tool runs");
        assert!(
            output.status.success(),
            "{tool} {args:?} failed: {}\n{}\n{}",
            output.status,
            String::from_utf8_lossy(&output.stderr),
            std::fs::read_to_string(self.dir.join("log")).unwrap_or_default()
        );
    }

    /// Starts (or starts again, on the same port) and waits until it accepts connections.
    pub fn start_again(&self) {
        let options = format!(
            "-p {} -k {} -c listen_addresses=127.0.0.1",
            self.port,
            self.dir.display()
        );
        self.run(
            "pg_ctl",
            &[
                "-D", "data", "-l", "log", "-w", "-t", "60", "-o", &options, "start",
            ],
        );
    }

    /// Stops as an administrator would for a restart: connections are cut.
    pub fn stop(&self) {
        self.run("pg_ctl", &["-D", "data", "-m", "fast", "-w", "stop"]);
    }

    fn halt(&self) {
        let _ = self
            .tool("pg_ctl", &["-D", "data", "-m", "immediate", "-w", "stop"])
            .output();
        let _ = std::fs::remove_dir_all(&self.dir);
    }

    /// A URL to log in over TCP as `user` with `password`.
    pub fn url(&self, user: &str, password: &str, database: &str) -> String {
        format!(
            "postgres://{user}:{password}@127.0.0.1:{}/{database}?sslmode=disable",
            self.port
        )
    }

    /// The superuser, to make databases and to look at what the tests did.
    pub fn superuser(&self, database: &str) -> postgres::Client {
        postgres::Client::connect(
            &self.url("postgres", &self.password, database),
            postgres::NoTls,
        )
        .expect("the superuser logs in")
    }

    /// A new database owned by a new role that may create roles (not a superuser): the
    /// board's database owner, as a council's DBA would set one up.
    pub fn board_database(&self, name: &str) -> String {
        let mut admin = self.superuser("postgres");
        let owner = format!("{name}_owner");
        for statement in [
            format!("CREATE ROLE {owner} LOGIN CREATEROLE PASSWORD 'owner-pw'"),
            format!("CREATE DATABASE {name} OWNER {owner}"),
        ] {
            admin.batch_execute(&statement).expect("a board database");
        }
        self.url(&owner, "owner-pw", name)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.halt();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .expect("a free port")
}
