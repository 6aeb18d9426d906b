//! A pack's text with the name it was read from, and position arithmetic over it.

use std::ops::Range;

#[derive(Debug, Clone)]
pub struct Source {
    pub name: String,
    pub text: String,
    /// Where each line starts, found once when first asked: a pack with thousands of
    /// warnings locates each in a binary search, not a scan from the top.
    line_starts: std::sync::OnceLock<Vec<usize>>,
}

impl Source {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Source {
        Source {
            name: name.into(),
            text: text.into(),
            line_starts: std::sync::OnceLock::new(),
        }
    }

    /// 1-based line and character column of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let starts = self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(memchr::memchr_iter(b'\n', self.text.as_bytes()).map(|i| i + 1))
                .collect()
        });
        let line = starts.partition_point(|&start| start <= offset);
        let line_start = starts[line - 1];
        let col = 1 + String::from_utf8_lossy(&self.text.as_bytes()[line_start..offset])
            .chars()
            .count();
        (line, col)
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
