//! The minutes as lines of text, each part marked with how it is shown: what the on-screen
//! preview draws. Built once when the minutes are, so scrolling builds nothing and a frame
//! styles only the lines it shows.

use super::{Minutes, Render, Row, Span, walk};
use crate::locale::Lang;
use crate::model::Rag;
use crate::t;
use std::sync::Arc;

/// How a part of a line is shown; the screen's theme decides the colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Plain,
    Title,
    Key,
    Dim,
    /// A rating, marked in the language of the minutes it is in.
    Rag(Rag, Lang),
}

/// The preview's lines, every part's text in one string: a pack at the size limit has
/// 54,000 lines in 560,000 parts, which as a string each took 45 MiB for 6.5 MiB of text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TextLines {
    text: String,
    /// Each part: how it is shown, and how long its text is (8 bytes a part, not 16 with
    /// where it ends). Side by side parts shown the same way are one part.
    parts: Vec<(Mark, u32)>,
    /// Where each line's parts end in `parts`, and its text in `text`.
    ends: Vec<(usize, usize)>,
}

impl TextLines {
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Line `n`'s parts in order, each with how it is shown.
    pub fn line(&self, n: usize) -> impl Iterator<Item = (Mark, &str)> + '_ {
        let (first, mut at) = n.checked_sub(1).map_or((0, 0), |before| self.ends[before]);
        self.parts[first..self.ends[n].0]
            .iter()
            .map(move |&(mark, length)| {
                let end = at + length as usize;
                let text = &self.text[at..end];
                at = end;
                (mark, text)
            })
    }

    fn part(&mut self, mark: Mark, text: &str) {
        let mut at = self.text.len();
        self.text.push_str(text);
        let in_line = self.parts.len() > self.ends.last().map_or(0, |&(parts, _)| parts);
        if let Some((last, length)) = self.parts.last_mut()
            && in_line
            && *last == mark
            // A rating's part is its mark alone, so it never takes in another.
            && !matches!(mark, Mark::Rag(..))
            && let Ok(joined) = u32::try_from(*length as usize + text.len())
        {
            *length = joined;
            return;
        }
        // A text of 4 GiB or more, which no pack within the size limit holds, in parts
        // that each end where a character does.
        loop {
            let mut end = self.text.len().min(at + u32::MAX as usize);
            while !self.text.is_char_boundary(end) {
                end -= 1;
            }
            self.parts.push((mark, (end - at) as u32));
            at = end;
            if at == self.text.len() {
                break;
            }
        }
    }

    fn end_line(&mut self) {
        self.ends.push((self.parts.len(), self.text.len()));
    }

    fn one(&mut self, mark: Mark, text: &str) {
        self.part(mark, text);
        self.end_line();
    }
}

/// The minutes and their lines, kept together so they always agree. The minutes are
/// shared with the thread that writes them.
#[derive(Debug, Clone, PartialEq)]
pub struct Preview {
    pub minutes: Arc<Minutes>,
    pub lines: TextLines,
}

impl Preview {
    /// Each language in turn, Welsh first, as the Markdown minutes set them out.
    pub fn new(minutes: Minutes) -> Preview {
        let mut lines = TextLines::default();
        for document in &minutes.documents {
            if !lines.is_empty() {
                lines.end_line();
                lines.one(Mark::Dim, &"─".repeat(40));
            }
            let mut out = Lines {
                lang: document.lang,
                lines,
            };
            walk(document, &mut out);
            lines = out.lines;
        }
        lines.text.shrink_to_fit();
        lines.parts.shrink_to_fit();
        lines.ends.shrink_to_fit();
        Preview {
            minutes: Arc::new(minutes),
            lines,
        }
    }
}

struct Lines {
    lang: Lang,
    lines: TextLines,
}

impl Lines {
    fn parts(&mut self, content: &[Span]) {
        for span in content {
            match span {
                Span::Text(text) => self.lines.part(Mark::Plain, text),
                Span::Strong(text) => self.lines.part(Mark::Title, text),
                Span::Rag(rag) => self.lines.part(Mark::Rag(*rag, self.lang), ""),
            }
        }
    }
}

impl Render for Lines {
    fn title(&mut self, lines: &[String], _confidential: bool) {
        for line in lines {
            self.lines.one(Mark::Title, line);
        }
    }

    fn section(&mut self, number: usize, heading: &str, confidential: bool) {
        let mark = if confidential {
            format!(" — {}", t!(self.lang, "minutes-confidential-mark"))
        } else {
            String::new()
        };
        self.lines.end_line();
        self.lines
            .one(Mark::Title, &format!("{number}. {heading}{mark}"));
    }

    fn paragraph(&mut self, content: &[Span]) {
        self.parts(content);
        self.lines.end_line();
    }

    fn item(&mut self, heading: &str) {
        self.lines.one(Mark::Key, &format!("  {heading}"));
    }

    fn bullets(&mut self, items: &[Vec<Span>]) {
        for item in items {
            self.lines.part(Mark::Plain, "  • ");
            self.parts(item);
            self.lines.end_line();
        }
    }

    fn table(&mut self, header: &[String], rows: &[Row]) {
        self.lines
            .one(Mark::Dim, &format!("  {}", header.join(" │ ")));
        for row in rows {
            self.lines.part(Mark::Plain, "  ");
            for (n, cell) in row.cells().enumerate() {
                if n > 0 {
                    self.lines.part(Mark::Dim, " │ ");
                }
                self.parts(cell);
            }
            self.lines.end_line();
        }
    }
}
