//! Pack and note text is untrusted: nothing in it may reach a terminal or an exported file
//! as a control sequence, a bidirectional override or an invisible character.

use std::borrow::Cow;

/// Characters that move the cursor, start escape sequences, reorder text or hide themselves.
pub fn is_unsafe(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}'      // C0, DEL, C1 (0x9B is an 8-bit CSI)
        | '\u{61c}' | '\u{200b}'..='\u{200f}'          // arabic letter mark, zero-width, LRM/RLM
        | '\u{2028}' | '\u{2029}'                      // line and paragraph separators
        | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2069}' // bidi embeddings/isolates, word joiners
        | '\u{fe00}'..='\u{fe0f}'                     // variation selectors: width terminals disagree on
        | '\u{feff}')
}

/// One line of display text: tabs and line breaks become spaces, everything unsafe goes.
pub fn line(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .filter_map(|c| match c {
                '\t' | '\n' | '\r' => Some(' '),
                c if is_unsafe(c) => None,
                c => Some(c),
            })
            .collect(),
    )
}

/// Multi-line display text: keeps line breaks (CRLF folded to LF), tabs become spaces.
pub fn text(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c != '\n' && is_unsafe(c)) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .filter_map(|c| match c {
                '\n' => Some('\n'),
                '\t' => Some(' '),
                c if is_unsafe(c) => None,
                c => Some(c),
            })
            .collect(),
    )
}

/// The whole source file for an error snippet. Every unsafe character is swapped for a
/// visible one of the same UTF-8 length, so byte offsets and columns still line up.
pub fn source_for_snippet(source: &str) -> Cow<'_, str> {
    if !source.chars().any(|c| c != '\n' && is_unsafe(c)) {
        return Cow::Borrowed(source);
    }
    Cow::Owned(
        source
            .chars()
            .map(|c| match c {
                '\n' => '\n',
                '\t' | '\r' => ' ',
                c if is_unsafe(c) => match c.len_utf8() {
                    1 => '?',
                    2 => '¿',
                    _ => '\u{fffd}',
                },
                c => c,
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOSTILE: &str = "a\u{1b}]0;title\u{7}b\u{1b}[2Jc\u{9b}31md\u{202e}e\u{0}f\rg\u{200b}h";

    #[test]
    fn line_drops_every_control_and_bidi_character() {
        assert_eq!(line(HOSTILE), "a]0;titleb[2Jc31mdef gh");
        assert_eq!(line("tab\there"), "tab here");
    }

    #[test]
    fn text_keeps_line_breaks() {
        assert_eq!(text("one\r\ntwo\u{1b}"), "one\ntwo");
    }

    #[test]
    fn snippet_source_keeps_byte_offsets() {
        let cleaned = source_for_snippet(HOSTILE);
        assert_eq!(cleaned.len(), HOSTILE.len());
        assert_eq!(cleaned.chars().count(), HOSTILE.chars().count());
        assert!(!cleaned.chars().any(|c| c != '\n' && is_unsafe(c)));
    }

    #[test]
    fn clean_text_is_borrowed() {
        assert!(matches!(line("plain"), Cow::Borrowed(_)));
    }
}
