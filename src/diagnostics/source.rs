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
        let offset = offset.min(self.text.len());
        let line = 1 + memchr::memchr_iter(b'\n', &self.text.as_bytes()[..offset]).count();
        (line, self.col_at(offset))
    }

    /// [`Self::line_col`] of each of `offsets`, in one pass over the text up to the last of
    /// them, counting its newlines a vector at a time: a pack's seven warnings are placed
    /// in a few microseconds, where indexing its every line first took 20, and a rolled
    /// pack's thousands still in one pass.
    pub fn line_cols(&self, offsets: &[usize]) -> Vec<(usize, usize)> {
        let bytes = self.text.as_bytes();
        let mut order: Vec<usize> = (0..offsets.len()).collect();
        order.sort_by_key(|&n| offsets[n]);
        let mut places = vec![(1, 1); offsets.len()];
        let (mut counted_to, mut line) = (0, 1);
        for n in order {
            let offset = offsets[n].min(bytes.len());
            line += memchr::memchr_iter(b'\n', &bytes[counted_to..offset]).count();
            counted_to = offset;
            places[n] = (line, self.col_at(offset));
        }
        places
    }

    /// The 1-based character column of a byte offset (at most the text's length).
    fn col_at(&self, offset: usize) -> usize {
        let bytes = &self.text.as_bytes()[..offset];
        let line_start = memchr::memrchr(b'\n', bytes).map_or(0, |at| at + 1);
        1 + String::from_utf8_lossy(&bytes[line_start..])
            .chars()
            .count()
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

    #[test]
    fn places_found_together_are_those_found_one_by_one() {
        let source = Source::new("x", "ab\n–café\n\nz\n");
        let offsets: Vec<usize> = (0..=source.text.len()).rev().chain([0, 99, 4]).collect();
        let one_by_one: Vec<(usize, usize)> = offsets
            .iter()
            .map(|&offset| {
                // Offsets inside a character too ("–" is three bytes).
                let before = &source.text.as_bytes()[..offset.min(source.text.len())];
                let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
                let line_start = before
                    .iter()
                    .rposition(|&b| b == b'\n')
                    .map_or(0, |at| at + 1);
                let col = 1 + String::from_utf8_lossy(&before[line_start..])
                    .chars()
                    .count();
                (line, col)
            })
            .collect();
        assert_eq!(source.line_cols(&offsets), one_by_one);
        assert_eq!(source.line_col(source.text.len()), (5, 1));
    }
}
