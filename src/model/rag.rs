//! Red / Amber / Green, and Blue for complete.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Rag {
    Red,
    Amber,
    Green,
    Blue,
}

impl Rag {
    pub const ALL: [Rag; 4] = [Rag::Red, Rag::Amber, Rag::Green, Rag::Blue];

    /// One letter, so a rating never depends on colour alone.
    pub fn letter(self) -> char {
        match self {
            Rag::Red => 'R',
            Rag::Amber => 'A',
            Rag::Green => 'G',
            Rag::Blue => 'B',
        }
    }

    pub fn parse(word: &str) -> Option<Rag> {
        Rag::ALL
            .into_iter()
            .find(|r| r.word().eq_ignore_ascii_case(word))
    }

    pub fn word(self) -> &'static str {
        match self {
            Rag::Red => "Red",
            Rag::Amber => "Amber",
            Rag::Green => "Green",
            Rag::Blue => "Blue",
        }
    }
}

/// What each rating means for this board, as printed in the pack.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RagKey {
    pub red: String,
    pub amber: String,
    pub green: String,
    pub blue: String,
}

impl RagKey {
    pub fn meaning(&self, rag: Rag) -> &str {
        match rag {
            Rag::Red => &self.red,
            Rag::Amber => &self.amber,
            Rag::Green => &self.green,
            Rag::Blue => &self.blue,
        }
    }
}
