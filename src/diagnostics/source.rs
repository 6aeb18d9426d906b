//! A pack's text with the name it was read from, and position arithmetic over it.

use std::ops::Range;

#[derive(Debug, Clone)]
pub struct Source {
    pub name: String,
    pub text: String,
}

impl Source {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Source {
        Source {
            name: name.into(),
            text: text.into(),
        }
    }

    /// 1-based line and character column of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        line_col(&self.text, offset)
    }

    /// Byte offset of a 1-based line and character column (as ron reports them).
    pub fn offset(&self, line: usize, col: usize) -> usize {
        let text = &self.text;
        let line_start = if line <= 1 {
            0
        } else {
            text.match_indices('\n')
                .nth(line - 2)
                .map_or(text.len(), |(i, _)| i + 1)
        };
        let rest = &text[line_start..];
        line_start
            + rest
                .char_indices()
                .nth(col.saturating_sub(1))
                .map_or(rest.len(), |(i, _)| i)
    }

    /// A byte range from ron's 1-based (line, col) start and end positions.
    pub fn range(&self, start: (usize, usize), end: (usize, usize)) -> Range<usize> {
        let start = self.offset(start.0, start.1);
        let end = self.offset(end.0, end.1).max(start);
        start..end
    }
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.as_bytes()[..offset].iter().rposition(|&b| b == b'\n');
    let line = 1 + text.as_bytes()[..offset]
        .iter()
        .filter(|&&b| b == b'\n')
        .count();
    let line_start = before.map_or(0, |i| i + 1);
    let col = 1 + String::from_utf8_lossy(&text.as_bytes()[line_start..offset])
        .chars()
        .count();
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_and_positions_agree_with_multibyte_text() {
        let source = Source::new("x", "ab\n–café\nz");
        assert_eq!(source.offset(2, 1), 3);
        assert_eq!(source.offset(2, 3), 3 + "–c".len());
        assert_eq!(source.line_col(3 + "–c".len()), (2, 3));
        assert_eq!(source.offset(3, 1), source.text.len() - 1);
        assert_eq!(source.offset(9, 9), source.text.len());
    }
}
