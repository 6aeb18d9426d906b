//! Minutes: the pack plus the meeting record turned into a document a clerk would publish.
//! `build` decides what the minutes say; the renderers only format it. All are pure: the
//! same pack and record give byte-identical output (no clock is read).

mod build;
mod docx;
mod html;
mod markdown;

pub use build::minutes;

use crate::model::Rag;
use std::io::Write;
use std::path::Path;

#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// Lines of the title block.
    pub title: Vec<String>,
    pub confidential: bool,
    pub sections: Vec<Section>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub number: usize,
    pub heading: String,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Paragraph(Vec<Span>),
    /// A sub-heading for one item discussed.
    Item(String),
    Bullets(Vec<Vec<Span>>),
    Table {
        header: Vec<String>,
        rows: Vec<Vec<Vec<Span>>>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub enum Span {
    Text(String),
    Strong(String),
    /// A rating, written in words and, where the format allows, in colour.
    Rag(Rag),
}

impl Span {
    pub fn text(text: impl Into<String>) -> Span {
        Span::Text(text.into())
    }

    pub fn plain(&self) -> String {
        match self {
            Span::Text(t) | Span::Strong(t) => t.clone(),
            Span::Rag(rag) => rag.word().to_string(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Html,
    Docx,
}

impl Format {
    pub fn from_extension(path: &Path) -> Option<Format> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" => Some(Format::Html),
            "docx" => Some(Format::Docx),
            _ => None,
        }
    }
}

/// The document in `format`, as bytes.
pub fn render(document: &Document, format: Format) -> Vec<u8> {
    match format {
        Format::Markdown => markdown::render(document).into_bytes(),
        Format::Html => html::render(document).into_bytes(),
        Format::Docx => docx::render(document),
    }
}

/// Writes beside the target, syncs, then renames: an interrupted export never leaves a
/// half-written file. An existing file is replaced only when `force` is set.
pub fn write_file(path: &Path, bytes: &[u8], force: bool) -> std::io::Result<()> {
    if path.exists() && !force {
        return Err(std::io::Error::new(
            std::io::ErrorKind::AlreadyExists,
            "the file exists; pass --force to replace it",
        ));
    }
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut temp = tempfile::NamedTempFile::new_in(dir)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    if force {
        temp.persist(path).map_err(|e| e.error)?;
    } else {
        // Never replaces a file that appeared meanwhile.
        temp.persist_noclobber(path).map_err(|e| e.error)?;
    }
    Ok(())
}
