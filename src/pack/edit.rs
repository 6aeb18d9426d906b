//! Changes to a pack's text that keep everything else as the programme manager wrote it:
//! comments, order, layout and spacing. Each change replaces, inserts or removes the text
//! of one value, found by its path (`diagnostics::Node`); nothing is re-serialised. The
//! changes are asked for twice, so none is held: once for their paths, to read the text
//! once building nodes only along them, then to make each as a replacement of a byte range.

use crate::diagnostics::{Node, Step, Wanted};
use std::ops::Range;

/// What an edit of a pack's text can do, by path.
pub trait Changes {
    /// Sets the field at `path` (its last step a field) to `value`, written as RON: its
    /// value is replaced where the field is written, or the field is added to its struct.
    fn set(&mut self, path: &[Step], value: &str);
    /// Removes the field at `path` with its comma, if it is written.
    fn remove(&mut self, path: &[Step]);
    /// Adds `items` (each written as RON) to the end of the list at `path`, making the
    /// field if the list is not written.
    fn append(&mut self, path: &[Step], items: &[String]);
}

/// `source` with the changes `make` makes, written to `out` as it is made, so a big pack's
/// next issue is never held whole; `None` if `source` is not RON this reader understands.
/// `make` is called twice and must make the same changes each time.
pub fn write_edited<W: std::io::Write + ?Sized>(
    source: &str,
    make: impl Fn(&mut dyn Changes),
    out: &mut W,
) -> Option<std::io::Result<()>> {
    let mut wanted = Wanted::default();
    make(&mut wanted);
    let tree = Node::parse_along(source, &wanted)?;
    drop(wanted);
    let mut edits = Edits {
        source,
        tree,
        edits: Vec::new(),
    };
    make(&mut edits);
    Some(edits.write_to(out))
}

/// The first time round: only where the changes are.
impl Changes for Wanted {
    fn set(&mut self, path: &[Step], _: &str) {
        self.add(path);
    }

    fn remove(&mut self, path: &[Step]) {
        self.add(path);
    }

    fn append(&mut self, path: &[Step], items: &[String]) {
        if !items.is_empty() {
            self.add(path);
        }
    }
}

/// The changes as replacements of byte ranges of the original text.
struct Edits<'a> {
    source: &'a str,
    tree: Node<'a>,
    edits: Vec<(Range<usize>, String)>,
}

impl Changes for Edits<'_> {
    fn set(&mut self, path: &[Step], value: &str) {
        match self.tree.find(path) {
            Some(node) => self.edits.push((node.span(), value.to_string())),
            None => self.add_field(path, value),
        }
    }

    fn remove(&mut self, path: &[Step]) {
        let Some(node) = self.tree.find(path) else {
            return;
        };
        let text = self.source.as_bytes();
        let value = node.span();
        // Back over `name:` and the indentation before it; on past the comma.
        let mut start = value.start;
        while start > 0 && text[start - 1].is_ascii_whitespace() {
            start -= 1;
        }
        if start > 0 && text[start - 1] == b':' {
            start -= 1;
        }
        while start > 0 && text[start - 1].is_ascii_whitespace() {
            start -= 1;
        }
        while start > 0 && (text[start - 1].is_ascii_alphanumeric() || text[start - 1] == b'_') {
            start -= 1;
        }
        let mut end = value.end;
        while end < text.len() && text[end] == b' ' {
            end += 1;
        }
        if end < text.len() && text[end] == b',' {
            end += 1;
        }
        // A field alone on its line takes its line with it, and any comment on it.
        let line_start = self.source[..start].rfind('\n').map_or(0, |n| n + 1);
        let line_end = self.source[end..]
            .find('\n')
            .map_or(text.len(), |n| end + n);
        let rest = self.source[end..line_end].trim();
        if self.source[line_start..start].trim().is_empty()
            && (rest.is_empty() || rest.starts_with("//"))
        {
            start = line_start;
            end = (line_end + 1).min(text.len());
        }
        self.edits.push((start..end, String::new()));
    }

    fn append(&mut self, path: &[Step], items: &[String]) {
        if items.is_empty() {
            return;
        }
        let Some(list) = self.tree.find(path) else {
            let indent = self.field_indent(&path[..path.len().saturating_sub(1)]);
            let written = Self::block(items, &indent);
            self.add_field(path, &written);
            return;
        };
        let (span, children) = (list.span(), list.first_and_last_child());
        match children {
            Some((_, last)) => self.insert_after(last, span.end, items),
            None => {
                let written = Self::block(items, &self.indent_of(span.start));
                self.edits.push((span, written));
            }
        }
    }
}

impl Edits<'_> {
    /// The edited text, written in one pass over the original.
    fn write_to<W: std::io::Write + ?Sized>(mut self, out: &mut W) -> std::io::Result<()> {
        // The tree is done with: its memory goes back before the text is written.
        drop(self.tree);
        // In order of place; at one place, in the order made (the sort is stable). Edits
        // never overlap.
        self.edits
            .sort_by_key(|(range, _)| (range.start, range.end));
        let mut copied = 0;
        for (range, replacement) in self.edits {
            out.write_all(&self.source.as_bytes()[copied..range.start.max(copied)])?;
            out.write_all(replacement.as_bytes())?;
            copied = copied.max(range.end);
        }
        out.write_all(&self.source.as_bytes()[copied..])
    }

    /// `items` as a list, one a line, closing at `indent`.
    fn block(items: &[String], indent: &str) -> String {
        let lines: String = items
            .iter()
            .map(|item| format!("\n{indent}  {item},"))
            .collect();
        format!("[{lines}\n{indent}]")
    }

    /// Adds `name: value` to the struct at the parent of `path`.
    fn add_field(&mut self, path: &[Step], value: &str) {
        let (Some(Step::Field(name)), Some(parent)) = (
            path.last(),
            self.tree.find(&path[..path.len().saturating_sub(1)]),
        ) else {
            return;
        };
        let (end, children) = (parent.span().end, parent.first_and_last_child());
        let entry = format!("{name}: {value}");
        match children {
            Some((_, last)) => self.insert_after(last, end, &[entry]),
            None => {
                let close = end.saturating_sub(1);
                self.edits.push((close..close, entry));
            }
        }
    }

    /// Writes `entries` after the value at `last` in the container ending at `end`: on
    /// lines of their own, after any comment on that value's line, when the container
    /// spans lines; on the same line when it does not.
    fn insert_after(&mut self, last: Range<usize>, end: usize, entries: &[String]) {
        let text = self.source.as_bytes();
        let mut at = last.end;
        while at < text.len() && text[at] == b' ' {
            at += 1;
        }
        let has_comma = at < text.len() && text[at] == b',';
        let after = if has_comma { at + 1 } else { last.end };
        let line_end = self.source[after..]
            .find('\n')
            .map_or(text.len(), |n| after + n);
        if line_end < end {
            if !has_comma {
                self.edits.push((last.end..last.end, ",".into()));
            }
            let rest = self.source[after..line_end].trim();
            let position = if rest.is_empty() || rest.starts_with("//") {
                line_end
            } else {
                after
            };
            let indent = self.indent_of(last.start);
            let lines: String = entries
                .iter()
                .map(|entry| format!("\n{indent}{entry},"))
                .collect();
            self.edits.push((position..position, lines));
        } else if has_comma {
            let written: String = entries.iter().map(|entry| format!(" {entry},")).collect();
            self.edits.push((after..after, written));
        } else {
            let written: String = entries.iter().map(|entry| format!(", {entry}")).collect();
            self.edits.push((last.end..last.end, written));
        }
    }

    /// The indentation of the fields of the struct at `path`.
    fn field_indent(&self, path: &[Step]) -> String {
        match self.tree.find(path).and_then(Node::first_and_last_child) {
            Some((first, _)) => self.indent_of(first),
            None => String::new(),
        }
    }

    /// The leading whitespace of the line holding byte `at`.
    fn indent_of(&self, at: usize) -> String {
        let line_start = self.source[..at].rfind('\n').map_or(0, |n| n + 1);
        self.source[line_start..]
            .chars()
            .take_while(|c| *c == ' ' || *c == '\t')
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Step::{Field, Index};

    const PACK: &str = "// The pack.\n(\n  meeting: (\n    number: 2, // the second\n    next: \"x\", // removed with it\n    log: [],\n  ),\n  risks: [\n    (id: \"R1\", score: 12),\n    (\n      id: \"R2\",\n      score: 9, // too low?\n    ),\n  ],\n)\n";

    #[test]
    fn values_change_in_place_and_comments_stay() {
        let make = |edits: &mut dyn Changes| {
            edits.set(&[Field("meeting"), Field("number")], "3");
            edits.remove(&[Field("meeting"), Field("next")]);
            edits.set(&[Field("meeting"), Field("date")], "\"2018-01-18\"");
            edits.append(&[Field("meeting"), Field("log")], &["(ref: 1)".into()]);
            edits.append(&[Field("meeting"), Field("empty")], &[]);
            edits.set(&[Field("risks"), Index(0), Field("previous")], "12");
            edits.set(&[Field("risks"), Index(1), Field("previous")], "9");
            edits.append(
                &[Field("risks"), Index(1), Field("history")],
                &["(m: 2)".into()],
            );
        };
        let mut written = Vec::new();
        write_edited(PACK, make, &mut written)
            .expect("the pack is RON")
            .expect("written into memory");
        let text = String::from_utf8(written).unwrap();
        assert_eq!(
            text,
            "// The pack.\n(\n  meeting: (\n    number: 3, // the second\n    log: [\n      (ref: 1),\n    ],\n    date: \"2018-01-18\",\n  ),\n  risks: [\n    (id: \"R1\", score: 12, previous: 12),\n    (\n      id: \"R2\",\n      score: 9, // too low?\n      previous: 9,\n      history: [\n        (m: 2),\n      ],\n    ),\n  ],\n)\n"
        );
        ron::from_str::<ron::Value>(&text).expect("still RON");
    }
}
