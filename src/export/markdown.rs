//! CommonMark. Every piece of pack and note text is escaped, so a note cannot make a
//! heading, list, link, table, HTML or emphasis.

use super::{Document, Minutes, Render, Span, walk};
use crate::locale::Lang;
use crate::t;
use std::io::Write;

/// Backslash-escapes the characters CommonMark could read as markup; at the start of a
/// line, list and heading markers too. Brackets are always escaped, so parentheses and
/// `!` can never form a link or an image and are left as they are.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\`*_{}[]<>#|~&".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    // "1. " or "- " opening a line would start a list; "=" or "-" alone a setext heading.
    let digits = out.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && matches!(out[digits..].chars().next(), Some('.') | Some(')')) {
        out.insert(digits, '\\');
    } else if out.starts_with(['-', '+', '=']) {
        out.insert(0, '\\');
    }
    out
}

fn spans(spans: &[Span], lang: Lang) -> String {
    let mut out = String::new();
    for span in spans {
        match span {
            Span::Text(text) => out.push_str(&escape(text)),
            Span::Strong(text) => {
                let inner = escape(text.trim_end());
                out.push_str(&format!("**{inner}**"));
                if text.ends_with(' ') {
                    out.push(' ');
                }
            }
            Span::Rag(rag) => out.push_str(&format!("**{}**", rag.name(lang))),
        }
    }
    out
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
            self.out.push_str(&format!("# {}\n\n", escape(first)));
        }
        for line in lines {
            self.out.push_str(&format!("{}  \n", escape(line)));
        }
        self.out.push('\n');
    }

    fn section(&mut self, number: usize, heading: &str, confidential: bool) {
        self.out
            .push_str(&format!("## {number}. {}\n\n", escape(heading)));
        if confidential {
            let mark = t!(self.lang, "minutes-confidential-mark");
            self.out.push_str(&format!("**{mark}**\n\n"));
        }
    }

    fn paragraph(&mut self, content: &[Span]) {
        self.out
            .push_str(&format!("{}\n\n", spans(content, self.lang)));
    }

    fn item(&mut self, heading: &str) {
        self.out.push_str(&format!("### {}\n\n", escape(heading)));
    }

    fn bullets(&mut self, items: &[Vec<Span>]) {
        for item in items {
            self.out
                .push_str(&format!("- {}\n", spans(item, self.lang)));
        }
        self.out.push('\n');
    }

    fn table(&mut self, header: &[String], rows: &[Vec<Vec<Span>>]) {
        let header: Vec<String> = header.iter().map(|h| escape(h)).collect();
        self.out.push_str(&format!("| {} |\n", header.join(" | ")));
        self.out
            .push_str(&format!("|{}\n", " --- |".repeat(header.len())));
        for row in rows {
            let cells: Vec<String> = row.iter().map(|cell| spans(cell, self.lang)).collect();
            self.out.push_str(&format!("| {} |\n", cells.join(" | ")));
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
    use super::escape;

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
