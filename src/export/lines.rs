//! The minutes as lines of text, each part marked with how it is shown: what the on-screen
//! preview draws. Built once when the minutes are, so scrolling builds nothing and a frame
//! styles only the lines it shows.

use super::{Minutes, Render, Span, walk};
use crate::locale::Lang;
use crate::model::Rag;
use crate::t;

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

/// One line of the preview: its parts in order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TextLine {
    pub parts: Vec<(Mark, String)>,
}

impl TextLine {
    fn one(mark: Mark, text: impl Into<String>) -> TextLine {
        TextLine {
            parts: vec![(mark, text.into())],
        }
    }
}

/// The minutes and their lines, kept together so they always agree.
#[derive(Debug, Clone, PartialEq)]
pub struct Preview {
    pub minutes: Minutes,
    pub lines: Vec<TextLine>,
}

impl Preview {
    /// Each language in turn, Welsh first, as the Markdown minutes set them out.
    pub fn new(minutes: Minutes) -> Preview {
        let mut lines = Vec::new();
        for document in &minutes.documents {
            if !lines.is_empty() {
                lines.push(TextLine::default());
                lines.push(TextLine::one(Mark::Dim, "─".repeat(40)));
            }
            let mut out = Lines {
                lang: document.lang,
                lines,
            };
            walk(document, &mut out);
            lines = out.lines;
        }
        Preview { minutes, lines }
    }
}

struct Lines {
    lang: Lang,
    lines: Vec<TextLine>,
}

impl Lines {
    fn parts(&self, content: &[Span]) -> impl Iterator<Item = (Mark, String)> {
        let lang = self.lang;
        content.iter().map(move |span| match span {
            Span::Text(text) => (Mark::Plain, text.clone()),
            Span::Strong(text) => (Mark::Title, text.clone()),
            Span::Rag(rag) => (Mark::Rag(*rag, lang), String::new()),
        })
    }
}

impl Render for Lines {
    fn title(&mut self, lines: &[String], _confidential: bool) {
        self.lines
            .extend(lines.iter().map(|t| TextLine::one(Mark::Title, t.clone())));
    }

    fn section(&mut self, number: usize, heading: &str, confidential: bool) {
        let mark = if confidential {
            format!(" — {}", t!(self.lang, "minutes-confidential-mark"))
        } else {
            String::new()
        };
        self.lines.push(TextLine::default());
        self.lines.push(TextLine::one(
            Mark::Title,
            format!("{number}. {heading}{mark}"),
        ));
    }

    fn paragraph(&mut self, content: &[Span]) {
        let parts = self.parts(content).collect();
        self.lines.push(TextLine { parts });
    }

    fn item(&mut self, heading: &str) {
        self.lines
            .push(TextLine::one(Mark::Key, format!("  {heading}")));
    }

    fn bullets(&mut self, items: &[Vec<Span>]) {
        for item in items {
            let mut parts = vec![(Mark::Plain, "  • ".to_string())];
            parts.extend(self.parts(item));
            self.lines.push(TextLine { parts });
        }
    }

    fn table(&mut self, header: &[String], rows: &[Vec<Vec<Span>>]) {
        self.lines.push(TextLine::one(
            Mark::Dim,
            format!("  {}", header.join(" │ ")),
        ));
        for row in rows {
            let mut parts = vec![(Mark::Plain, "  ".to_string())];
            for (n, cell) in row.iter().enumerate() {
                if n > 0 {
                    parts.push((Mark::Dim, " │ ".to_string()));
                }
                parts.extend(self.parts(cell));
            }
            self.lines.push(TextLine { parts });
        }
    }
}
