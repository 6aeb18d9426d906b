//! Where the record's server is and how to log in, as libpq users expect: a
//! `postgres://` or `postgresql://` URL, with what it leaves out taken from `service=`
//! (`pg_service.conf`), the `PG…` environment variables and `~/.pgpass`. Errors name the
//! server, database and role, never the password.

use crate::store::{Setup, StoreError, Unreached};
use postgres::config::{Host, SslMode};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long connecting may take before the member is told why not.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// A server to log in to, ready to connect again after a restart.
#[derive(Clone)]
pub struct Target {
    config: postgres::Config,
    /// Extra roots of trust for the server's certificate (`sslrootcert`).
    root_certificate: Option<PathBuf>,
}

impl std::fmt::Debug for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The password stays out of logs and panics.
        f.write_str(&self.describe())
    }
}

/// Whether `record` names a PostgreSQL server rather than a file.
pub fn is_url(record: &str) -> bool {
    record.starts_with("postgres://") || record.starts_with("postgresql://")
}

impl Target {
    /// Reads `url`, filling in what it leaves out as libpq would.
    pub fn parse(url: &str) -> Result<Target, StoreError> {
        let environment = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        let (base, query) = url.split_once('?').unwrap_or((url, ""));
        let mut kept = Vec::new();
        let mut service = environment("PGSERVICE");
        let mut root_certificate = environment("PGSSLROOTCERT").map(PathBuf::from);
        let mut ssl_mode = environment("PGSSLMODE");
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            match key {
                "service" => service = Some(value.to_string()),
                "sslrootcert" => root_certificate = Some(PathBuf::from(value)),
                "sslmode" => ssl_mode = Some(value.to_string()),
                _ => kept.push(pair),
            }
        }
        let rest = if kept.is_empty() {
            base.to_string()
        } else {
            format!("{base}?{}", kept.join("&"))
        };
        let mut config: postgres::Config = rest.parse().map_err(|err: postgres::Error| {
            StoreError::Setup(Setup::BadAddress {
                url: redact(url),
                why: err.to_string(),
            })
        })?;
        let mut settings = match &service {
            Some(name) => service_settings(name)?,
            None => Vec::new(),
        };
        let mut setting = |key: &str| {
            settings
                .iter()
                .position(|(k, _)| k == key)
                .map(|at| settings.swap_remove(at).1)
        };
        if config.get_hosts().is_empty() {
            let host = setting("host")
                .or_else(|| setting("hostaddr"))
                .or_else(|| environment("PGHOST"));
            match host {
                Some(host) => config.host(&host),
                None if Path::new("/var/run/postgresql").is_dir() => {
                    config.host("/var/run/postgresql")
                }
                None => config.host("localhost"),
            };
        }
        if config.get_ports().is_empty() {
            if let Some(port) = setting("port").or_else(|| environment("PGPORT")) {
                let port = port
                    .parse()
                    .map_err(|_| StoreError::Setup(Setup::PortNotANumber(port.clone())))?;
                config.port(port);
            }
        }
        if config.get_user().is_none() {
            let user = setting("user")
                .or_else(|| environment("PGUSER"))
                .unwrap_or_else(|| crate::store::current_user().1);
            config.user(&user);
        }
        if config.get_dbname().is_none() {
            let user = config.get_user().unwrap_or_default().to_string();
            let dbname = setting("dbname")
                .or_else(|| environment("PGDATABASE"))
                .unwrap_or(user);
            config.dbname(&dbname);
        }
        if let Some(mode) = ssl_mode.or_else(|| setting("sslmode")) {
            config.ssl_mode(ssl_mode_of(&mode)?);
        }
        if root_certificate.is_none() {
            root_certificate = setting("sslrootcert").map(PathBuf::from);
        }
        if config.get_password().is_none() {
            let password = setting("password")
                .or_else(|| environment("PGPASSWORD"))
                .or_else(|| password_file_entry(&config));
            if let Some(password) = password {
                config.password(password);
            }
        }
        config.connect_timeout(CONNECT_TIMEOUT);
        config.application_name("boardpack");
        Ok(Target {
            config,
            root_certificate,
        })
    }

    /// "PostgreSQL at HOST:PORT, database DB, as ROLE": for every message about the server.
    pub fn describe(&self) -> String {
        format!(
            "PostgreSQL at {}, database {}, as {}",
            self.address(),
            self.config.get_dbname().unwrap_or("?"),
            self.user()
        )
    }

    pub fn database(&self) -> &str {
        self.config.get_dbname().unwrap_or("?")
    }

    pub fn user(&self) -> &str {
        self.config.get_user().unwrap_or("?")
    }

    /// Host and port, as people write them.
    pub fn address(&self) -> String {
        let host = match self.config.get_hosts().first() {
            Some(Host::Tcp(host)) => host.clone(),
            #[cfg(unix)]
            Some(Host::Unix(path)) => path.display().to_string(),
            None => "?".into(),
        };
        let port = self.config.get_ports().first().copied().unwrap_or(5432);
        format!("{host}:{port}")
    }

    /// A place to keep this record's drafts on this machine: one per server and database.
    pub fn local_name(&self) -> String {
        let mut name = format!(
            "{}-{}",
            self.address(),
            self.config.get_dbname().unwrap_or("")
        );
        name.retain(|c| c.is_ascii_alphanumeric() || "-_.".contains(c));
        name
    }

    /// Logs in, over TLS when `sslmode` asks for it; an error says what went wrong in words.
    pub fn connect(&self) -> Result<postgres::Client, StoreError> {
        let tls = self.tls()?;
        self.config
            .connect(tls)
            .map_err(|err| StoreError::Unreachable {
                at: self.describe(),
                why: why_not(&err),
            })
    }

    fn tls(&self) -> Result<tokio_postgres_rustls::MakeRustlsConnect, StoreError> {
        let mut roots = rustls::RootCertStore::empty();
        roots.add_parsable_certificates(rustls_native_certs::load_native_certs().certs);
        if let Some(path) = &self.root_certificate {
            use rustls_pki_types::{CertificateDer, pem::PemObject};
            let certificates = CertificateDer::pem_file_iter(path)
                .and_then(|found| found.collect::<Result<Vec<_>, _>>())
                .map_err(|err| {
                    StoreError::Setup(Setup::Certificate {
                        path: path.display().to_string(),
                        why: err.to_string(),
                    })
                })?;
            roots.add_parsable_certificates(certificates);
        }
        let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
        let config = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|err| StoreError::Setup(Setup::Tls(err.to_string())))?
            .with_root_certificates(roots)
            .with_no_client_auth();
        Ok(tokio_postgres_rustls::MakeRustlsConnect::new(config))
    }
}

/// Why the connection failed, in the terms a member can act on.
fn why_not(err: &postgres::Error) -> Unreached {
    use postgres::error::SqlState;
    if let Some(db) = err.as_db_error() {
        let code = db.code();
        return if *code == SqlState::INVALID_PASSWORD {
            Unreached::WrongPassword
        } else if *code == SqlState::INVALID_CATALOG_NAME {
            Unreached::NoSuchDatabase
        } else if *code == SqlState::INVALID_AUTHORIZATION_SPECIFICATION
            && db.message().contains("no encryption")
        {
            Unreached::EncryptionRequired
        } else if *code == SqlState::INVALID_AUTHORIZATION_SPECIFICATION {
            Unreached::RoleRefused(db.message().to_string())
        } else {
            Unreached::Other(db.message().to_string())
        };
    }
    let text = err.to_string();
    let source = std::error::Error::source(err)
        .map(ToString::to_string)
        .unwrap_or_default();
    if source.contains("Connection refused") {
        Unreached::NothingListening
    } else if text.contains("password missing") {
        Unreached::NoPassword
    } else if text.contains("TLS") || text.contains("tls") || source.contains("certificate") {
        Unreached::Encryption(if source.is_empty() {
            text
        } else {
            format!("{text}: {source}")
        })
    } else if text.contains("timed out") || source.contains("timed out") {
        Unreached::TimedOut(CONNECT_TIMEOUT.as_secs())
    } else if source.is_empty() {
        Unreached::Other(text)
    } else {
        Unreached::Other(format!("{text}: {source}"))
    }
}

/// `url` with any password replaced, for messages.
pub fn redact(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let (authority, path) = rest.split_at(rest.find(['/', '?']).unwrap_or(rest.len()));
    match authority.rsplit_once('@') {
        Some((credentials, host)) => match credentials.split_once(':') {
            Some((user, _)) => format!("{scheme}://{user}:…@{host}{path}"),
            None => url.to_string(),
        },
        None => url.to_string(),
    }
}

/// libpq's `sslmode` words; the verify modes verify, as boardpack always does over TLS.
fn ssl_mode_of(mode: &str) -> Result<SslMode, StoreError> {
    match mode {
        "disable" => Ok(SslMode::Disable),
        "allow" | "prefer" => Ok(SslMode::Prefer),
        "require" | "verify-ca" | "verify-full" => Ok(SslMode::Require),
        other => Err(StoreError::Setup(Setup::UnknownSslMode(other.to_string()))),
    }
}

/// The settings of service `name` from the user's, then the system's, `pg_service.conf`.
fn service_settings(name: &str) -> Result<Vec<(String, String)>, StoreError> {
    let home = std::env::var_os("HOME").map(PathBuf::from);
    let files = [
        std::env::var_os("PGSERVICEFILE").map(PathBuf::from),
        home.map(|home| home.join(".pg_service.conf")),
        Some(
            std::env::var_os("PGSYSCONFDIR")
                .map(PathBuf::from)
                .unwrap_or_else(|| PathBuf::from("/etc/postgresql-common"))
                .join("pg_service.conf"),
        ),
    ];
    for file in files.into_iter().flatten() {
        let Ok(ini) = ini::Ini::load_from_file(&file) else {
            continue;
        };
        if let Some(section) = ini.section(Some(name)) {
            return Ok(section
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect());
        }
    }
    Err(StoreError::Setup(Setup::NoService(name.to_string())))
}

/// The password `~/.pgpass` (or `PGPASSFILE`) holds for this server, database and role.
/// Like libpq, a file others can read is ignored.
fn password_file_entry(config: &postgres::Config) -> Option<String> {
    let path = std::env::var_os("PGPASSFILE")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".pgpass")))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if std::fs::metadata(&path).ok()?.permissions().mode() & 0o077 != 0 {
            return None;
        }
    }
    let text = std::fs::read_to_string(path).ok()?;
    let host = match config.get_hosts().first()? {
        Host::Tcp(host) => host.clone(),
        #[cfg(unix)]
        Host::Unix(_) => "localhost".into(),
    };
    let port = config
        .get_ports()
        .first()
        .copied()
        .unwrap_or(5432)
        .to_string();
    let wanted = [
        host.as_str(),
        port.as_str(),
        config.get_dbname().unwrap_or(""),
        config.get_user().unwrap_or(""),
    ];
    text.lines()
        .filter(|line| !line.starts_with('#'))
        .map(pgpass_fields)
        .find(|fields| {
            fields.len() == 5
                && wanted
                    .iter()
                    .zip(fields)
                    .all(|(want, field)| field == "*" || field == want)
        })
        .map(|mut fields| fields.swap_remove(4))
}

/// A `.pgpass` line's fields: `:` separates, `\` escapes the next character.
fn pgpass_fields(line: &str) -> Vec<String> {
    let (mut fields, mut field) = (Vec::new(), String::new());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => field.push(chars.next().unwrap_or('\\')),
            ':' => fields.push(std::mem::take(&mut field)),
            c => field.push(c),
        }
    }
    fields.push(field);
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_never_appears_in_messages() {
        let target = Target::parse("postgres://alice:s3cret@db.example:6543/boards").unwrap();
        assert_eq!(
            target.describe(),
            "PostgreSQL at db.example:6543, database boards, as alice"
        );
        assert!(!format!("{target:?}").contains("s3cret"));
        assert_eq!(
            redact("postgresql://alice:s3cret@db.example/boards?sslmode=require"),
            "postgresql://alice:…@db.example/boards?sslmode=require"
        );
    }

    #[test]
    fn libpq_words_are_understood() {
        let target = Target::parse(
            "postgresql://bob@127.0.0.1/boards?sslmode=verify-full&sslrootcert=/x.pem",
        )
        .unwrap();
        assert_eq!(target.config.get_ssl_mode(), SslMode::Require);
        assert_eq!(
            target.root_certificate.as_deref(),
            Some(Path::new("/x.pem"))
        );
        assert_eq!(
            Target::parse("postgres://bob@h/d?sslmode=sometimes").err(),
            Some(StoreError::Setup(Setup::UnknownSslMode("sometimes".into())))
        );
    }

    #[test]
    fn pgpass_lines_are_read_as_libpq_reads_them() {
        assert_eq!(
            pgpass_fields(r"db.example:5432:*:al\:ice:pa\\ss"),
            ["db.example", "5432", "*", "al:ice", r"pa\ss"]
        );
    }
}
