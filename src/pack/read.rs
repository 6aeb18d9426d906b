//! Reading a pack file defensively: bounded in size, UTF-8 checked, never a panic.

use crate::diagnostics::Source;
use crate::locale::Lang;
use crate::t;
use std::{fmt, fs, io::Read, path::Path};

/// A real pack is a few megabytes at most (10k actions is about 10 MB); anything far
/// beyond that is the wrong file, and reading it all would only exhaust memory.
pub const MAX_PACK_BYTES: u64 = 64 * 1024 * 1024;

#[derive(Debug)]
pub enum ReadError {
    NotFound,
    IsDirectory,
    Empty,
    TooLarge {
        size: u64,
    },
    InvalidUtf8 {
        offset: usize,
        line: usize,
        col: usize,
    },
    Io(std::io::Error),
}

impl ReadError {
    /// What went wrong, in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            ReadError::NotFound => t!(lang, "read-not-found"),
            ReadError::IsDirectory => t!(lang, "read-directory"),
            ReadError::Empty => t!(lang, "read-empty"),
            ReadError::TooLarge { size } => t!(
                lang,
                "read-too-large",
                size = size.div_ceil(1024 * 1024),
                limit = MAX_PACK_BYTES / 1024 / 1024
            ),
            ReadError::InvalidUtf8 { offset, line, col } => t!(
                lang,
                "read-not-utf8",
                offset = *offset,
                line = *line,
                col = *col
            ),
            ReadError::Io(err) => t!(lang, "read-io", why = err.to_string()),
        }
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

/// A file at least this big is read in two halves at once.
const HALVES_FROM_BYTES: u64 = 4 * 1024 * 1024;

/// A big regular file read in two halves, one on each core: most of reading a fresh
/// file is the kernel giving the process its memory, a page at a time, which two cores
/// do in half the time. `None` for anything else, or if the file's length changed, to be
/// read the careful way (reading at an offset leaves the file's own position at the
/// start).
fn read_on_both_cores(file: &fs::File, metadata: &fs::Metadata) -> Option<Vec<u8>> {
    use std::os::unix::fs::FileExt;
    let len = usize::try_from(metadata.len()).ok()?;
    if !metadata.is_file() || metadata.len() < HALVES_FROM_BYTES || super::cores() < 2 {
        return None;
    }
    // Zeroed memory comes from the kernel untouched, so each half is first touched by the
    // thread that reads into it.
    let mut bytes = vec![0u8; len];
    let (front, back) = bytes.split_at_mut(len / 2);
    let read = std::thread::scope(|scope| {
        let back = scope.spawn(|| file.read_exact_at(back, (len / 2) as u64).is_ok());
        let front = file.read_exact_at(front, 0).is_ok();
        front && back.join().unwrap_or(false)
    });
    // Nothing more after the end: the file did not grow while it was read.
    let ended = file.read_at(&mut [0u8], len as u64).ok() == Some(0);
    (read && ended).then_some(bytes)
}

pub fn read_pack_text(path: &Path) -> Result<String, ReadError> {
    let io = |err: std::io::Error| match err.kind() {
        std::io::ErrorKind::NotFound => ReadError::NotFound,
        std::io::ErrorKind::IsADirectory => ReadError::IsDirectory,
        _ => ReadError::Io(err),
    };
    let metadata = fs::metadata(path).map_err(io)?;
    if metadata.is_dir() {
        return Err(ReadError::IsDirectory);
    }
    if metadata.len() > MAX_PACK_BYTES {
        return Err(ReadError::TooLarge {
            size: metadata.len(),
        });
    }
    let mut file = fs::File::open(path).map_err(io)?;
    let bytes = match read_on_both_cores(&file, &metadata) {
        Some(bytes) => bytes,
        None => {
            // Bounded even when the metadata says nothing useful (pipes, /dev/zero, a
            // growing file).
            let mut bytes = Vec::with_capacity(metadata.len() as usize);
            (&mut file)
                .take(MAX_PACK_BYTES + 1)
                .read_to_end(&mut bytes)
                .map_err(io)?;
            bytes
        }
    };
    if bytes.len() as u64 > MAX_PACK_BYTES {
        return Err(ReadError::TooLarge {
            size: bytes.len() as u64,
        });
    }
    let text = String::from_utf8(bytes).map_err(|err| {
        let offset = err.utf8_error().valid_up_to();
        let valid = std::str::from_utf8(&err.as_bytes()[..offset]).unwrap_or_default();
        let (line, col) = Source::new("", valid).line_col(offset);
        ReadError::InvalidUtf8 { offset, line, col }
    })?;
    let text = match text.strip_prefix('\u{feff}') {
        Some(without_bom) => without_bom.to_string(),
        None => text,
    };
    if text.trim().is_empty() {
        return Err(ReadError::Empty);
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::{HALVES_FROM_BYTES, ReadError, read_pack_text};

    /// A pack with a comment long enough that it is read in halves.
    fn big_pack() -> Vec<u8> {
        let minimal = include_str!("../../packs/minimal.ron");
        let filler = "é".repeat(HALVES_FROM_BYTES as usize / 2 + 7);
        format!("// {filler}\n{minimal}").into_bytes()
    }

    #[test]
    fn a_big_pack_read_in_halves_is_the_file_byte_for_byte() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.ron");
        let bytes = big_pack();
        std::fs::write(&path, &bytes).unwrap();
        let text = read_pack_text(&path).unwrap();
        assert_eq!(text.as_bytes(), bytes.as_slice());
    }

    #[test]
    fn a_bad_byte_in_the_second_half_is_found_where_it_is() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("latin1.ron");
        let mut bytes = big_pack();
        let at = bytes.len() - 10;
        bytes[at] = 0xe9;
        std::fs::write(&path, &bytes).unwrap();
        match read_pack_text(&path) {
            Err(ReadError::InvalidUtf8 { offset, .. }) => assert_eq!(offset, at),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_pack_from_a_pipe_is_read_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("pipe.ron");
        nix::unistd::mkfifo(&path, nix::sys::stat::Mode::S_IRWXU).unwrap();
        let bytes = big_pack();
        let writer = {
            let (path, bytes) = (path.clone(), bytes.clone());
            std::thread::spawn(move || std::fs::write(path, bytes).unwrap())
        };
        let text = read_pack_text(&path).unwrap();
        writer.join().unwrap();
        assert_eq!(text.as_bytes(), bytes.as_slice());
    }
}
