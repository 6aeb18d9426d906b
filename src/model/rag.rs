//! Red / Amber / Green, and Blue for complete.

use super::text::Text;
use crate::locale::Lang;
use crate::t;
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Rag {
    Red,
    Amber,
    Green,
    Blue,
}

impl Rag {
    pub const ALL: [Rag; 4] = [Rag::Red, Rag::Amber, Rag::Green, Rag::Blue];

    /// A short mark, so a rating never depends on colour alone: R A G B in English; in
    /// Welsh Co Am Gw Gl, since Gwyrdd and Glas share their first letter.
    pub fn mark(self, lang: Lang) -> &'static str {
        static MARKS: LazyLock<[[String; 4]; 2]> = LazyLock::new(|| {
            Lang::ALL.map(|lang| {
                [
                    t!(lang, "rag-mark-red"),
                    t!(lang, "rag-mark-amber"),
                    t!(lang, "rag-mark-green"),
                    t!(lang, "rag-mark-blue"),
                ]
            })
        });
        let by_lang = &MARKS[usize::from(lang == Lang::En)];
        &by_lang[self as usize]
    }

    /// The rating in words: "Amber" / "Ambr".
    pub fn name(self, lang: Lang) -> String {
        match self {
            Rag::Red => t!(lang, "rag-red"),
            Rag::Amber => t!(lang, "rag-amber"),
            Rag::Green => t!(lang, "rag-green"),
            Rag::Blue => t!(lang, "rag-blue"),
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
    pub red: Text,
    pub amber: Text,
    pub green: Text,
    pub blue: Text,
}

impl RagKey {
    pub fn meaning(&self, rag: Rag) -> &Text {
        match rag {
            Rag::Red => &self.red,
            Rag::Amber => &self.amber,
            Rag::Green => &self.green,
            Rag::Blue => &self.blue,
        }
    }
}
