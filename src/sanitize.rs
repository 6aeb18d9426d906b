//! Pack and note text is untrusted: nothing in it may reach a terminal or an exported file
//! as a control sequence, a bidirectional override or an invisible character.

use std::borrow::Cow;

/// Characters that must never reach a terminal or an exported file, by rule rather than by
/// a list of known tricks:
/// - controls (general category Cc: C0, DEL, C1 — 0x9B is an 8-bit CSI), which move the
///   cursor and start escape sequences, and which XML 1.0 forbids;
/// - Unicode's Default_Ignorable_Code_Point property: characters that are invisible by
///   definition (zero-width spaces and joiners, bidi controls, variation selectors, tag
///   characters, Hangul fillers, the soft hyphen…), which reorder or hide text;
/// - noncharacters (U+FDD0–FDEF and every U+xxFFFE/U+xxFFFF), which XML forbids and which
///   made Word refuse a whole file;
/// - the line and paragraph separators, which some terminals treat as line breaks.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || is_default_ignorable(c)
        || is_noncharacter(c)
        || matches!(c, '\u{2028}' | '\u{2029}')
}

/// Unicode's Default_Ignorable_Code_Point, as DerivedCoreProperties.txt (Unicode 15.1)
/// lists it.
fn is_default_ignorable(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}'..='\u{1160}' | '\u{17B4}'..='\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{FFA0}'
        | '\u{FFF0}'..='\u{FFF8}' | '\u{1BCA0}'..='\u{1BCA3}' | '\u{1D173}'..='\u{1D17A}'
        | '\u{E0000}'..='\u{E0FFF}')
}

/// The 66 code points Unicode reserves never to be characters.
fn is_noncharacter(c: char) -> bool {
    matches!(c, '\u{FDD0}'..='\u{FDEF}') || (c as u32 & 0xFFFE) == 0xFFFE
}

/// Whether `text` holds no unsafe character but, perhaps, `allowed` (ASCII): a byte at a
/// time over printable ASCII (most of any pack), a character at a time only past it.
fn is_safe_but(text: &str, allowed: u8) -> bool {
    let plain = |b: &u8| (b' '..=b'~').contains(b) || *b == allowed;
    text.as_bytes().iter().all(plain)
        || !text
            .chars()
            .any(|c| c != char::from(allowed) && is_unsafe(c))
}

/// One line of display text: tabs and line breaks become spaces, everything unsafe goes.
pub fn line(text: &str) -> Cow<'_, str> {
    // A space is safe already: nothing more is allowed.
    if is_safe_but(text, b' ') {
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
    if is_safe_but(text, b'\n') {
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
    if is_safe_but(source, b'\n') {
        return Cow::Borrowed(source);
    }
    // Each replacement takes exactly the bytes of what it replaces, so every offset into
    // the source still points at the same place in the snippet.
    let mut out = String::with_capacity(source.len());
    for c in source.chars() {
        match c {
            '\n' => out.push('\n'),
            '\t' | '\r' => out.push(' '),
            c if is_unsafe(c) => out.push_str(match c.len_utf8() {
                1 => "?",
                2 => "¿",
                3 => "\u{fffd}",
                _ => "\u{fffd}?",
            }),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_snippet_keeps_every_offset_of_its_source() {
        for text in ["a\u{e0100}\"b", "\u{7}x", "\u{202e}y", "\u{85}z", HOSTILE] {
            let snippet = source_for_snippet(text);
            assert_eq!(snippet.len(), text.len(), "{text:?}");
            for (at, _) in text.char_indices() {
                assert!(snippet.is_char_boundary(at), "{text:?} at {at}");
            }
        }
    }

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
    fn the_rule_covers_what_hides_reorders_or_breaks_files() {
        for c in [
            '\u{E0041}', // a tag character
            '\u{E007F}',
            '\u{00AD}', // soft hyphen
            '\u{034F}', // combining grapheme joiner
            '\u{115F}', // Hangul choseong filler
            '\u{180E}', // Mongolian vowel separator
            '\u{3164}', // Hangul filler
            '\u{200D}', // zero-width joiner
            '\u{FFFE}',
            '\u{FFFF}',
            '\u{1FFFF}',
            '\u{10FFFE}',
            '\u{FDD0}',
            '\u{0085}', // next line, a C1 control
        ] {
            assert!(is_unsafe(c), "U+{:04X}", c as u32);
        }
        for c in ['a', 'ŵ', 'ï', '€', '—', '’', '😀', '\u{00A0}', '한'] {
            assert!(!is_unsafe(c), "U+{:04X} is ordinary text", c as u32);
        }
    }

    proptest::proptest! {
        #[test]
        fn no_string_keeps_an_unsafe_character(text in "\\PC*", raw in proptest::collection::vec(proptest::char::any(), 0..64)) {
            let raw: String = raw.into_iter().collect();
            for input in [text.as_str(), raw.as_str()] {
                proptest::prop_assert!(!line(input).chars().any(is_unsafe));
                proptest::prop_assert!(!keeps_unsafe(input));
            }
        }
    }

    /// Whether `text` still holds an unsafe character after `text()` (line breaks allowed).
    fn keeps_unsafe(input: &str) -> bool {
        text(input).chars().any(|c| c != '\n' && is_unsafe(c))
    }

    #[test]
    fn clean_text_is_borrowed() {
        assert!(matches!(line("plain"), Cow::Borrowed(_)));
    }
}
