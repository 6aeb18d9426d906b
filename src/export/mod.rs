//! Minutes: the pack plus the meeting record turned into a document a clerk would publish.
//! `build` decides what the minutes say; the renderers only format it. All are pure: the
//! same pack and record give byte-identical output (no clock is read).

mod build;
mod docx;
mod html;
mod lines;
mod markdown;
pub(crate) mod summary;

pub use lines::{Mark, Preview, TextLines};

use crate::locale::Lang;
use crate::model::{Pack, Rag, RecordSnapshot};
use std::io::Write;
use std::path::Path;

/// The language or languages minutes are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Languages {
    One(Lang),
    /// One bilingual document: Welsh and English side by side, Welsh first.
    Both,
}

impl Languages {
    /// In the order they are set out: Welsh first (or on the left).
    pub fn langs(self) -> &'static [Lang] {
        match self {
            Languages::One(Lang::Cy) => &[Lang::Cy],
            Languages::One(Lang::En) => &[Lang::En],
            Languages::Both => &Lang::ALL,
        }
    }

    /// English, Welsh, both, and round again: the preview's language key.
    pub fn next(self) -> Languages {
        match self {
            Languages::One(Lang::En) => Languages::One(Lang::Cy),
            Languages::One(Lang::Cy) => Languages::Both,
            Languages::Both => Languages::One(Lang::En),
        }
    }

    /// "Cymraeg", "English", "Cymraeg / English".
    pub fn label(self) -> String {
        let names: Vec<&str> = self.langs().iter().map(|l| l.name()).collect();
        names.join(" / ")
    }

    /// What files in these languages are called after the pack: "" for English (as before
    /// there was a choice), ".cy", ".cy-en".
    pub fn suffix(self) -> &'static str {
        match self {
            Languages::One(Lang::En) => "",
            Languages::One(Lang::Cy) => ".cy",
            Languages::Both => ".cy-en",
        }
    }
}

/// Which minutes: public or confidential, in which language or languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Version {
    pub confidential: bool,
    pub languages: Languages,
}

impl Version {
    /// The public minutes in English.
    pub const PUBLIC: Version = Version {
        confidential: false,
        languages: Languages::One(Lang::En),
    };

    /// The confidential minutes in English.
    pub const CONFIDENTIAL: Version = Version {
        confidential: true,
        languages: Languages::One(Lang::En),
    };
}

/// The minutes in each language asked for, Welsh first; every language says the same,
/// section for section, so bilingual formats set them side by side.
#[derive(Debug, Clone, PartialEq)]
pub struct Minutes {
    pub version: Version,
    pub documents: Vec<Document>,
}

/// The minutes of the meeting, or, until the meeting has been held, the pre-meeting summary
/// of what officers propose (`build::minutes`), in each language of `version`.
pub fn minutes(pack: &Pack, record: Option<&RecordSnapshot>, version: Version) -> Minutes {
    let documents = version
        .languages
        .langs()
        .iter()
        .map(|&lang| build::minutes(pack, record, version.confidential, lang))
        .collect();
    Minutes { version, documents }
}

impl Minutes {
    /// The first document's title, then the others' joined: the file's properties.
    pub fn full_title(&self) -> String {
        let titles: Vec<String> = self.documents.iter().map(Document::full_title).collect();
        titles.join(" / ")
    }

    /// The language tag the file declares: its only language, or its first (Welsh).
    pub fn lang(&self) -> Lang {
        self.documents.first().map_or(Lang::En, |d| d.lang)
    }

    /// How many items the record has entries on that the pack no longer holds.
    pub fn items_gone(&self) -> usize {
        self.documents.first().map_or(0, |d| d.items_gone)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub lang: Lang,
    /// Lines of the title block.
    pub title: Vec<String>,
    pub confidential: bool,
    pub sections: Vec<Section>,
    /// How many items the record has entries on that this issue of the pack no longer
    /// holds: minuted in a section of their own.
    pub items_gone: usize,
}

impl Document {
    /// The title a file carries in its properties: the board and the meeting,
    /// "Powys … Improvement Board: Minutes of meeting 2 held on …".
    pub fn full_title(&self) -> String {
        // The confidential banner, when there is one, is the first line.
        let lines = &self.title[usize::from(self.confidential).min(self.title.len())..];
        match lines {
            [board, _, meeting, ..] => format!("{board}: {meeting}"),
            [board, ..] => board.to_string(),
            [] => String::new(),
        }
    }
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
        rows: Vec<Row>,
    },
}

/// A table row: its cells' spans one after another in one list, with where each cell
/// ends. The pre-meeting summary of a pack at the size limit has 48,000 rows, which as a
/// list of cells, each a list of its own, took 7 MiB more.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Row {
    spans: Vec<Span>,
    ends: smallvec::SmallVec<[usize; 6]>,
}

impl Row {
    pub fn cells(&self) -> impl Iterator<Item = &[Span]> + '_ {
        (0..self.ends.len()).filter_map(|n| self.get(n))
    }

    /// Cell `n`, counting from 0.
    pub fn get(&self, n: usize) -> Option<&[Span]> {
        let start = n
            .checked_sub(1)
            .map_or(Some(0), |before| self.ends.get(before).copied())?;
        Some(&self.spans[start..*self.ends.get(n)?])
    }
}

impl<const N: usize> From<[Vec<Span>; N]> for Row {
    fn from(cells: [Vec<Span>; N]) -> Row {
        let mut spans = Vec::with_capacity(cells.iter().map(Vec::len).sum());
        let mut ends = smallvec::SmallVec::new();
        for cell in cells {
            spans.extend(cell);
            ends.push(spans.len());
        }
        Row { spans, ends }
    }
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

    pub fn plain(&self, lang: Lang) -> String {
        match self {
            Span::Text(t) | Span::Strong(t) => t.clone(),
            Span::Rag(rag) => rag.name(lang),
        }
    }
}

/// How one format writes each part of the minutes. `walk` visits the document in order,
/// so a format (and the on-screen preview) says only how each part looks.
pub trait Render {
    /// The title block, before any section.
    fn title(&mut self, lines: &[String], confidential: bool);
    /// A numbered minute's heading; its blocks follow, then `end_section`.
    fn section(&mut self, number: usize, heading: &str, confidential: bool);
    fn paragraph(&mut self, content: &[Span]);
    /// The sub-heading of one item discussed.
    fn item(&mut self, heading: &str);
    fn bullets(&mut self, items: &[Vec<Span>]);
    fn table(&mut self, header: &[String], rows: &[Row]);
    fn end_section(&mut self) {}
}

/// Visits `document` part by part, in order.
pub fn walk(document: &Document, out: &mut impl Render) {
    out.title(&document.title, document.confidential);
    for section in &document.sections {
        walk_section(section, document.confidential, out);
    }
}

/// Visits one minute: its heading, its blocks in order, its end.
pub fn walk_section(section: &Section, confidential: bool, out: &mut impl Render) {
    out.section(section.number, &section.heading, confidential);
    for block in &section.blocks {
        match block {
            Block::Paragraph(content) => out.paragraph(content),
            Block::Item(heading) => out.item(heading),
            Block::Bullets(items) => out.bullets(items),
            Block::Table { header, rows } => out.table(header, rows),
        }
    }
    out.end_section();
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

/// Text for HTML or XML: the five characters that mean markup written as references (the
/// apostrophe as `&#39;`, which HTML and XML both read).
fn escape(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains(['&', '<', '>', '"', '\'']) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out.into()
}

/// The minutes in `format`, as bytes: one language, or both side by side.
pub fn render(minutes: &Minutes, format: Format) -> Vec<u8> {
    let mut bytes = Vec::new();
    write(minutes, format, &mut bytes).expect("writing into memory cannot fail");
    bytes
}

/// The minutes in `format`, written to `out` (Markdown a minute at a time).
pub fn write(minutes: &Minutes, format: Format, out: &mut dyn Write) -> std::io::Result<()> {
    match format {
        Format::Markdown => markdown::write(minutes, out),
        Format::Html => out.write_all(html::render(minutes).as_bytes()),
        Format::Docx => out.write_all(&docx::render(minutes)),
    }
}

/// Why the minutes files were not written from the meeting screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotWritten {
    /// These files exist already; writing again with `force` replaces them.
    Exists(String),
    Failed(String),
}

/// Writes `document` as Markdown, HTML and Word beside `pack`, named after it
/// (`NAME.minutes.md`, `NAME.minutes.confidential.docx`…), exactly as `boardpack minutes`
/// would; returns the files written.
pub fn write_beside(pack: &Path, minutes: &Minutes, force: bool) -> Result<String, NotWritten> {
    let confidential = if minutes.version.confidential {
        ".confidential"
    } else {
        ""
    };
    let suffix = format!("{confidential}{}", minutes.version.languages.suffix());
    let targets: Vec<(Format, std::path::PathBuf)> = [
        (Format::Markdown, "md"),
        (Format::Html, "html"),
        (Format::Docx, "docx"),
    ]
    .into_iter()
    .map(|(format, ext)| {
        (
            format,
            pack.with_extension(format!("minutes{suffix}.{ext}")),
        )
    })
    .collect();
    let existing: Vec<_> = targets
        .iter()
        .map(|(_, p)| p)
        .filter(|p| p.exists())
        .collect();
    if !force && !existing.is_empty() {
        return Err(NotWritten::Exists(listed(existing)));
    }
    for (format, path) in &targets {
        write_file(path, &render(minutes, *format), true)
            .map_err(|err| NotWritten::Failed(format!("{}: {err}", path.display())))?;
    }
    Ok(listed(targets.iter().map(|(_, p)| p)))
}

fn listed<'a>(paths: impl IntoIterator<Item = &'a std::path::PathBuf>) -> String {
    let names: Vec<_> = paths.into_iter().map(|p| p.display().to_string()).collect();
    names.join(", ")
}

/// Writes beside the target, syncs, then renames: an interrupted export never leaves a
/// half-written file. An existing file is replaced only when `force` is set.
pub fn write_file(path: &Path, bytes: &[u8], force: bool) -> std::io::Result<()> {
    Staged::write(path, force, |out| out.write_all(bytes))?.persist()
}

/// A file written in full beside its target and synced, not yet under the target's name:
/// `persist` puts it there, dropping it removes it. What is written can be checked first,
/// and nothing half-written is ever seen under the target's name.
pub struct Staged {
    temp: tempfile::NamedTempFile,
    target: std::path::PathBuf,
    force: bool,
}

impl Staged {
    /// Stages what `write` writes (as it goes, through a buffer) for `target`, which may
    /// exist already only when `force` is set.
    pub fn write(
        target: &Path,
        force: bool,
        write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
    ) -> std::io::Result<Staged> {
        if target.exists() && !force {
            return Err(std::io::Error::new(
                std::io::ErrorKind::AlreadyExists,
                crate::t!(Lang::En, "cli-exists-use-force"),
            ));
        }
        let dir = target
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let temp = tempfile::NamedTempFile::new_in(dir)?;
        let mut out = std::io::BufWriter::new(temp.as_file());
        write(&mut out)?;
        out.flush()?;
        drop(out);
        temp.as_file().sync_all()?;
        Ok(Staged {
            temp,
            target: target.to_path_buf(),
            force,
        })
    }

    /// Where it is staged, to read back.
    pub fn path(&self) -> &Path {
        self.temp.path()
    }

    /// Puts it under the target's name.
    pub fn persist(self) -> std::io::Result<()> {
        if self.force {
            self.temp.persist(&self.target).map_err(|e| e.error)?;
        } else {
            // Never replaces a file that appeared meanwhile.
            self.temp
                .persist_noclobber(&self.target)
                .map_err(|e| e.error)?;
        }
        Ok(())
    }
}
