//! CommonMark. Every piece of pack and note text is escaped, so a note cannot make a
//! heading, list, link, table, HTML or emphasis.

use super::{Document, Minutes, Render, Row, Span, walk};
use crate::locale::Lang;
use crate::t;
use std::io::Write;

/// The characters CommonMark could read as markup anywhere in a line; all ASCII, so the
/// text is scanned byte by byte.
const MARKUP: &[u8] = b"\\`*_{}[]<>#|~&";

/// Backslash-escapes, onto the end of `out`, the characters CommonMark could read as
/// markup; at the start of a line, list and heading markers too. Brackets are always
/// escaped, so parentheses and `!` can never form a link or an image and are left as they
/// are.
fn escape_into(out: &mut String, text: &str) {
    // "1. " or "- " opening a line would start a list; "=" or "-" alone a setext heading.
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let rest = if digits > 0 && text[digits..].starts_with(['.', ')']) {
        out.push_str(&text[..digits]);
        out.push('\\');
        &text[digits..]
    } else {
        if text.starts_with(['-', '+', '=']) {
            out.push('\\');
        }
        text
    };
    let mut plain = 0;
    for (at, byte) in rest.bytes().enumerate() {
        if MARKUP.contains(&byte) {
            out.push_str(&rest[plain..at]);
            out.push('\\');
            plain = at;
        }
    }
    out.push_str(&rest[plain..]);
}

fn spans(out: &mut String, spans: &[Span], lang: Lang) {
    for span in spans {
        match span {
            Span::Text(text) => escape_into(out, text),
            Span::Strong(text) => {
                out.push_str("**");
                escape_into(out, text.trim_end());
                out.push_str("**");
                if text.ends_with(' ') {
                    out.push(' ');
                }
            }
            Span::Rag(rag) => {
                out.push_str("**");
                out.push_str(&rag.name(lang));
                out.push_str("**");
            }
        }
    }
}

/// Markdown, built up part by part and handed to `sink` a minute at a time, so the whole
/// text is never held.
struct Markdown<'w> {
    out: String,
    lang: Lang,
    sink: &'w mut dyn Write,
    /// The first failure to write, after which nothing more is written.
    failed: Option<std::io::Error>,
}

impl Markdown<'_> {
    fn flush(&mut self) {
        if self.failed.is_none() {
            if let Err(err) = self.sink.write_all(self.out.as_bytes()) {
                self.failed = Some(err);
            }
        }
        self.out.clear();
    }
}

impl Render for Markdown<'_> {
    fn end_section(&mut self) {
        self.flush();
    }

    fn title(&mut self, lines: &[String], _confidential: bool) {
        let mut lines = lines.iter();
        if let Some(first) = lines.next() {
            self.out.push_str("# ");
            escape_into(&mut self.out, first);
            self.out.push_str("\n\n");
        }
        for line in lines {
            escape_into(&mut self.out, line);
            self.out.push_str("  \n");
        }
        self.out.push('\n');
    }

    fn section(&mut self, number: usize, heading: &str, confidential: bool) {
        self.out.push_str(&format!("## {number}. "));
        escape_into(&mut self.out, heading);
        self.out.push_str("\n\n");
        if confidential {
            let mark = t!(self.lang, "minutes-confidential-mark");
            self.out.push_str(&format!("**{mark}**\n\n"));
        }
    }

    fn paragraph(&mut self, content: &[Span]) {
        spans(&mut self.out, content, self.lang);
        self.out.push_str("\n\n");
    }

    fn item(&mut self, heading: &str) {
        self.out.push_str("### ");
        escape_into(&mut self.out, heading);
        self.out.push_str("\n\n");
    }

    fn bullets(&mut self, items: &[Vec<Span>]) {
        for item in items {
            self.out.push_str("- ");
            spans(&mut self.out, item, self.lang);
            self.out.push('\n');
        }
        self.out.push('\n');
    }

    fn table(&mut self, header: &[String], rows: &[Row]) {
        self.out.push('|');
        for cell in header {
            self.out.push(' ');
            escape_into(&mut self.out, cell);
            self.out.push_str(" |");
        }
        self.out
            .push_str(&format!("\n|{}\n", " --- |".repeat(header.len())));
        for row in rows {
            self.out.push('|');
            for cell in row.cells() {
                self.out.push(' ');
                spans(&mut self.out, cell, self.lang);
                self.out.push_str(" |");
            }
            self.out.push('\n');
        }
        self.out.push('\n');
    }
}

/// One language, or each in turn (Welsh first), divided by a rule: Markdown has no columns.
pub fn write(minutes: &Minutes, sink: &mut dyn Write) -> std::io::Result<()> {
    for (n, document) in minutes.documents.iter().enumerate() {
        if n > 0 {
            sink.write_all(b"\n---\n\n")?;
        }
        one(document, sink)?;
    }
    Ok(())
}

fn one(document: &Document, sink: &mut dyn Write) -> std::io::Result<()> {
    let mut markdown = Markdown {
        out: String::new(),
        lang: document.lang,
        sink,
        failed: None,
    };
    walk(document, &mut markdown);
    // The title block and anything after the last minute.
    markdown.flush();
    markdown.failed.map_or(Ok(()), Err)
}

#[cfg(test)]
mod tests {
    fn escape(text: &str) -> String {
        let mut out = String::new();
        super::escape_into(&mut out, text);
        out
    }

    #[test]
    fn markup_in_text_stays_text() {
        assert_eq!(escape("# heading"), "\\# heading");
        assert_eq!(escape("| a | b |"), "\\| a \\| b \\|");
        assert_eq!(
            escape("[x](javascript:alert(1))"),
            "\\[x\\](javascript:alert(1))"
        );
        assert_eq!(escape("1. not a list"), "1\\. not a list");
        assert_eq!(escape("- not a list"), "\\- not a list");
        assert_eq!(escape("<script>"), "\\<script\\>");
    }
}
