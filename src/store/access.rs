//! Before a record file is opened: can this person use it, and can SQLite keep it safe
//! where it is? Both answered in words a programme manager can act on, not as SQLite's
//! "unable to open database file".

use super::StoreError;
use std::path::Path;

/// Network filesystems, by the magic number `statfs` reports for them (linux/magic.h).
const NETWORK_FILESYSTEMS: [(i64, &str); 7] = [
    (0x6969, "NFS"),
    (0x517B, "SMB"),
    (0xFF53_4D42, "SMB/CIFS"),
    (0xFE53_4D42, "SMB2"),
    (
        0x0102_1997,
        "9P: a Windows drive under WSL, or a virtual machine's shared folder",
    ),
    (0x5346_414F, "AFS"),
    (0x00C3_6400, "Ceph"),
];

/// The kind of network filesystem a `statfs` magic number names, if it is one.
pub fn network_filesystem(magic: i64) -> Option<&'static str> {
    NETWORK_FILESYSTEMS
        .iter()
        .find(|(number, _)| *number == magic)
        .map(|(_, name)| *name)
}

/// Refuses a record this person cannot open, or one on a network filesystem.
pub fn check(path: &Path) -> Result<(), StoreError> {
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if let Ok(fs) = nix::sys::statfs::statfs(folder) {
        // The type of the magic number differs between platforms.
        #[allow(clippy::unnecessary_cast)]
        let magic = fs.filesystem_type().0 as i64;
        if let Some(kind) = network_filesystem(magic) {
            return Err(StoreError::NetworkFilesystem(kind.to_string()));
        }
    }
    if !path.exists() {
        return Ok(());
    }
    match std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(path)
    {
        Err(err) if err.kind() == std::io::ErrorKind::PermissionDenied => Err(not_yours(path)),
        _ => Ok(()),
    }
}

/// Whose the record is, its mode and who you are.
fn not_yours(path: &Path) -> StoreError {
    use std::os::unix::fs::MetadataExt;
    let (owner, mode) = match std::fs::metadata(path) {
        Ok(meta) => (user_name(meta.uid()), format!("{:o}", meta.mode() & 0o777)),
        Err(_) => ("?".to_string(), "?".to_string()),
    };
    let me = user_name(nix::unistd::geteuid().as_raw());
    StoreError::NoAccess { owner, mode, me }
}

/// The account that owns `path`, by name where it has one.
pub fn owner(path: &Path) -> Option<(u32, String)> {
    use std::os::unix::fs::MetadataExt;
    let uid = std::fs::metadata(path).ok()?.uid();
    Some((uid, user_name(uid)))
}

/// The name of the account running boardpack.
pub fn current_user() -> (u32, String) {
    let uid = nix::unistd::geteuid().as_raw();
    (uid, user_name(uid))
}

fn user_name(uid: u32) -> String {
    nix::unistd::User::from_uid(nix::unistd::Uid::from_raw(uid))
        .ok()
        .flatten()
        .map_or_else(|| format!("user {uid}"), |user| user.name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn network_filesystems_are_recognised_by_their_magic_number() {
        assert_eq!(network_filesystem(0x6969), Some("NFS"));
        assert_eq!(network_filesystem(0xFF53_4D42), Some("SMB/CIFS"));
        assert_eq!(network_filesystem(0xFE53_4D42), Some("SMB2"));
        assert_eq!(network_filesystem(0xEF53), None, "ext4 is local");
        assert_eq!(network_filesystem(0x0102_1994), None, "tmpfs is local");
    }

    #[test]
    fn a_local_folder_passes() {
        let dir = tempfile::tempdir().unwrap();
        assert!(check(&dir.path().join("record.db")).is_ok());
    }
}
