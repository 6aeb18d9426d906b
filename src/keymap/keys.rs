//! Keys as keymaps write them ("q", "G", "ctrl+c", "shift+tab", "pagedown", "g g") and as
//! the terminal reports them.

use crate::locale::Lang;
use crate::t;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
}

const NAMED: [(&str, KeyCode); 17] = [
    ("enter", KeyCode::Enter),
    ("esc", KeyCode::Esc),
    ("tab", KeyCode::Tab),
    ("backtab", KeyCode::BackTab),
    ("backspace", KeyCode::Backspace),
    ("delete", KeyCode::Delete),
    ("insert", KeyCode::Insert),
    ("space", KeyCode::Char(' ')),
    ("up", KeyCode::Up),
    ("down", KeyCode::Down),
    ("left", KeyCode::Left),
    ("right", KeyCode::Right),
    ("home", KeyCode::Home),
    ("end", KeyCode::End),
    ("pageup", KeyCode::PageUp),
    ("pagedown", KeyCode::PageDown),
    ("minus", KeyCode::Char('-')),
];

/// Why a keymap's `on` is not a key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyError {
    Empty,
    NotAKey(String),
}

impl std::fmt::Display for KeyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

impl KeyError {
    /// What is wrong, and what a key looks like, in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            KeyError::Empty => t!(lang, "keymap-key-empty"),
            KeyError::NotAKey(text) => t!(lang, "keymap-not-a-key", text = text.as_str()),
        }
    }
}

impl Key {
    pub const fn plain(code: KeyCode) -> Key {
        Key {
            code,
            modifiers: KeyModifiers::NONE,
        }
    }

    /// One key: a character, a name from the list above or "f1".."f12", after any of
    /// "ctrl+", "alt+", "shift+".
    pub fn parse(text: &str) -> Result<Key, KeyError> {
        let mut modifiers = KeyModifiers::NONE;
        let mut rest = text;
        loop {
            let lower = rest.to_ascii_lowercase();
            let (modifier, len) = if lower.starts_with("ctrl+") {
                (KeyModifiers::CONTROL, 5)
            } else if lower.starts_with("alt+") {
                (KeyModifiers::ALT, 4)
            } else if lower.starts_with("shift+") {
                (KeyModifiers::SHIFT, 6)
            } else {
                break;
            };
            if rest.len() == len {
                break;
            }
            modifiers |= modifier;
            rest = &rest[len..];
        }
        let lower = rest.to_ascii_lowercase();
        let code = if let Some((_, code)) = NAMED.iter().find(|(name, _)| *name == lower) {
            *code
        } else if let Some(n) = lower
            .strip_prefix('f')
            .and_then(|n| n.parse::<u8>().ok())
            .filter(|n| (1..=12).contains(n))
        {
            KeyCode::F(n)
        } else {
            let mut chars = rest.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) if !c.is_control() => KeyCode::Char(c),
                _ => return Err(KeyError::NotAKey(text.to_string())),
            }
        };
        Ok(Key::normalised(code, modifiers))
    }

    /// Keys separated by spaces: "g g".
    pub fn parse_sequence(text: &str) -> Result<Vec<Key>, KeyError> {
        let keys = text
            .split_whitespace()
            .map(Key::parse)
            .collect::<Result<Vec<_>, _>>()?;
        if keys.is_empty() {
            return Err(KeyError::Empty);
        }
        Ok(keys)
    }

    pub fn from_event(event: KeyEvent) -> Key {
        Key::normalised(event.code, event.modifiers)
    }

    /// One spelling per key: a character carries its own case, so shift is dropped from
    /// characters ("shift+g" is "G"), and shift+tab is BackTab, as terminals report it.
    fn normalised(code: KeyCode, modifiers: KeyModifiers) -> Key {
        let modifiers =
            modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        match code {
            KeyCode::Char(c) if modifiers.contains(KeyModifiers::SHIFT) => Key {
                code: KeyCode::Char(c.to_uppercase().next().unwrap_or(c)),
                modifiers: modifiers - KeyModifiers::SHIFT,
            },
            KeyCode::Tab if modifiers.contains(KeyModifiers::SHIFT) => Key {
                code: KeyCode::BackTab,
                modifiers: modifiers - KeyModifiers::SHIFT,
            },
            KeyCode::BackTab => Key {
                code,
                modifiers: modifiers - KeyModifiers::SHIFT,
            },
            _ => Key { code, modifiers },
        }
    }

    /// The key as the text widget takes it.
    pub fn event(self) -> KeyEvent {
        KeyEvent::new(self.code, self.modifiers)
    }

    /// A printable character typed with no modifier but shift, for text fields.
    pub fn typed_char(self) -> Option<char> {
        match self.code {
            KeyCode::Char(c) if self.modifiers.is_empty() && !c.is_control() => Some(c),
            _ => None,
        }
    }
}

impl fmt::Display for Key {
    /// How the help screen and hint bar show the key.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (modifier, label) in [
            (KeyModifiers::CONTROL, "Ctrl+"),
            (KeyModifiers::ALT, "Alt+"),
            (KeyModifiers::SHIFT, "Shift+"),
        ] {
            if self.modifiers.contains(modifier) {
                f.write_str(label)?;
            }
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("Space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::Enter => f.write_str("Enter"),
            KeyCode::Esc => f.write_str("Esc"),
            KeyCode::Tab => f.write_str("Tab"),
            KeyCode::BackTab => f.write_str("Shift+Tab"),
            KeyCode::Backspace => f.write_str("Backspace"),
            KeyCode::Delete => f.write_str("Del"),
            KeyCode::Insert => f.write_str("Ins"),
            KeyCode::Up => f.write_str("↑"),
            KeyCode::Down => f.write_str("↓"),
            KeyCode::Left => f.write_str("←"),
            KeyCode::Right => f.write_str("→"),
            KeyCode::Home => f.write_str("Home"),
            KeyCode::End => f.write_str("End"),
            KeyCode::PageUp => f.write_str("PgUp"),
            KeyCode::PageDown => f.write_str("PgDn"),
            KeyCode::F(n) => write!(f, "F{n}"),
            other => write!(f, "{other:?}"),
        }
    }
}

/// How a sequence is shown: "g g".
pub fn sequence_label(keys: &[Key]) -> String {
    keys.iter()
        .map(Key::to_string)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_spellings_keymaps_use() {
        assert_eq!(Key::parse("q").unwrap(), Key::plain(KeyCode::Char('q')));
        assert_eq!(
            Key::parse("shift+g").unwrap(),
            Key::plain(KeyCode::Char('G'))
        );
        assert_eq!(
            Key::parse("shift+tab").unwrap(),
            Key::plain(KeyCode::BackTab)
        );
        assert_eq!(
            Key::parse("PageDown").unwrap(),
            Key::plain(KeyCode::PageDown)
        );
        assert_eq!(
            Key::parse("ctrl+c").unwrap(),
            Key {
                code: KeyCode::Char('c'),
                modifiers: KeyModifiers::CONTROL
            }
        );
        assert_eq!(Key::parse("+").unwrap(), Key::plain(KeyCode::Char('+')));
        assert_eq!(
            Key::parse("ctrl++").unwrap(),
            Key {
                code: KeyCode::Char('+'),
                modifiers: KeyModifiers::CONTROL
            }
        );
        assert_eq!(Key::parse("f5").unwrap(), Key::plain(KeyCode::F(5)));
        assert_eq!(Key::parse_sequence("g g").unwrap().len(), 2);
    }

    #[test]
    fn refuses_what_is_not_a_key() {
        assert!(Key::parse("ctrl+").is_err());
        assert!(Key::parse("qq").is_err());
        assert!(Key::parse("f13").is_err());
        assert!(Key::parse_sequence("  ").is_err());
    }

    #[test]
    fn terminal_events_match_parsed_keys() {
        let event = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(Key::from_event(event), Key::parse("G").unwrap());
        let event = KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert_eq!(Key::from_event(event), Key::parse("shift+tab").unwrap());
    }

    #[test]
    fn labels_are_readable() {
        assert_eq!(Key::parse("ctrl+c").unwrap().to_string(), "Ctrl+c");
        assert_eq!(sequence_label(&Key::parse_sequence("g g").unwrap()), "g g");
        assert_eq!(Key::parse("pagedown").unwrap().to_string(), "PgDn");
    }
}
