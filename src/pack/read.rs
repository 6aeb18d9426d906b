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
    // Bounded even when the metadata says nothing useful (pipes, /dev/zero, a growing file).
    let mut bytes = Vec::with_capacity(metadata.len() as usize);
    fs::File::open(path)
        .map_err(io)?
        .take(MAX_PACK_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
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
