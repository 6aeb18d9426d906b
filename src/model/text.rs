//! Text in the pack, in one language or in Welsh and English: `"Safeguarding"` or
//! `(en: "Safeguarding", cy: "Diogelu")`.

use crate::locale::Lang;
use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeStruct;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// 24 bytes, a plain `String`'s size: most texts are plain, and a big pack has hundreds of
/// thousands of them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Text(Versions);

#[derive(Debug, Clone, PartialEq, Eq, Default)]
enum Versions {
    #[default]
    None,
    /// Written without saying its language: taken to be in the pack's first language.
    Plain(String),
    /// Marked by language.
    Marked(Box<Marked>),
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct Marked {
    en: Option<String>,
    cy: Option<String>,
}

/// Whether `text` says nothing: `trim().is_empty()`, read from the start only.
pub fn is_blank(text: &str) -> bool {
    text.chars().all(char::is_whitespace)
}

impl Text {
    /// What a text field takes, as the reader says when it finds something else there
    /// (`check` knows the field by it and says so in the chosen language).
    pub const EXPECTED: &'static str = "text in double quotes, or (en: \"…\", cy: \"…\")";

    pub fn plain(text: impl Into<String>) -> Text {
        Text(Versions::Plain(text.into()))
    }

    pub fn both(en: impl Into<String>, cy: impl Into<String>) -> Text {
        Text(Versions::Marked(Box::new(Marked {
            en: Some(en.into()),
            cy: Some(cy.into()),
        })))
    }

    fn plain_text(&self) -> Option<&str> {
        match &self.0 {
            Versions::Plain(text) => Some(text),
            _ => None,
        }
    }

    /// The text in `lang` if the pack has it, else what it has (never nothing).
    pub fn get(&self, lang: Lang) -> &str {
        self.written_in(lang)
            .or(self.plain_text())
            .or(self.written_in(Lang::En))
            .or(self.written_in(Lang::Cy))
            .unwrap_or("")
    }

    /// The text marked as being in `lang`, if there is one.
    pub fn written_in(&self, lang: Lang) -> Option<&str> {
        let Versions::Marked(marked) = &self.0 else {
            return None;
        };
        match lang {
            Lang::En => marked.en.as_deref(),
            Lang::Cy => marked.cy.as_deref(),
        }
    }

    /// Whether it can be read in `lang`, taking unmarked text to be in `main`, the pack's
    /// first language.
    pub fn has(&self, lang: Lang, main: Lang) -> bool {
        self.written_in(lang).is_some() || (lang == main && self.plain_text().is_some())
    }

    /// Whether it says anything in any language.
    pub fn is_empty(&self) -> bool {
        // Without `versions`' iterator: every text of a pack is asked this when it is
        // checked.
        match &self.0 {
            Versions::None => true,
            Versions::Plain(text) => is_blank(text),
            Versions::Marked(marked) => {
                marked.en.as_deref().is_none_or(is_blank)
                    && marked.cy.as_deref().is_none_or(is_blank)
            }
        }
    }

    /// Each version of the text, for checks that look at every word the pack says.
    pub fn versions(&self) -> impl Iterator<Item = &str> {
        [
            self.plain_text(),
            self.written_in(Lang::En),
            self.written_in(Lang::Cy),
        ]
        .into_iter()
        .flatten()
    }

    /// A list of texts (an action's leads) as one line in `lang`.
    pub fn join(texts: &[Text], lang: Lang, separator: &str) -> String {
        let mut line = String::new();
        for (n, text) in texts.iter().enumerate() {
            if n > 0 {
                line.push_str(separator);
            }
            line.push_str(text.get(lang));
        }
        line
    }
}

/// The text as first written (the plain text, or the English, or the Welsh), for places
/// that are the same in every language: ids, search, sorting.
impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.get(Lang::En)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self)
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Text {
        Text::plain(text)
    }
}

impl From<String> for Text {
    fn from(text: String) -> Text {
        Text::plain(text)
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        **self == *other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        **self == **other
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if let Some(plain) = self.plain_text() {
            return serializer.serialize_str(plain);
        }
        let (en, cy) = (self.written_in(Lang::En), self.written_in(Lang::Cy));
        let fields = usize::from(en.is_some()) + usize::from(cy.is_some());
        let mut out = serializer.serialize_struct("Text", fields)?;
        if let Some(en) = en {
            out.serialize_field("en", en)?;
        }
        if let Some(cy) = cy {
            out.serialize_field("cy", cy)?;
        }
        out.end()
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
        struct TextVisitor;
        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(Text::EXPECTED)
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<Text, E> {
                Ok(Text::plain(text))
            }

            fn visit_string<E: de::Error>(self, text: String) -> Result<Text, E> {
                Ok(Text::plain(text))
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
                let mut text = Marked::default();
                while let Some(key) = map.next_key::<String>()? {
                    let slot = match key.as_str() {
                        "en" => &mut text.en,
                        "cy" => &mut text.cy,
                        other => return Err(de::Error::unknown_field(other, &["en", "cy"])),
                    };
                    if slot.is_some() {
                        return Err(de::Error::duplicate_field(if key == "en" {
                            "en"
                        } else {
                            "cy"
                        }));
                    }
                    *slot = Some(map.next_value()?);
                }
                if text.en.is_none() && text.cy.is_none() {
                    return Err(de::Error::missing_field("en"));
                }
                Ok(Text(Versions::Marked(Box::new(text))))
            }
        }
        deserializer.deserialize_any(TextVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_or_in_two_languages_and_back() {
        let read: Vec<Text> = ron::from_str(
            r#"["Safeguarding", (en: "Safeguarding", cy: "Diogelu"), (cy: "Diogelu")]"#,
        )
        .expect("three texts");
        assert_eq!(read[0].get(Lang::Cy), "Safeguarding");
        assert_eq!(read[1].get(Lang::Cy), "Diogelu");
        assert_eq!(read[1].get(Lang::En), "Safeguarding");
        assert_eq!(
            read[2].get(Lang::En),
            "Diogelu",
            "the Welsh rather than nothing"
        );
        assert!(!read[2].has(Lang::En, Lang::En));
        assert!(read[0].has(Lang::En, Lang::En) && !read[0].has(Lang::Cy, Lang::En));
        let written = ron::to_string(&read).expect("written");
        assert_eq!(
            written,
            r#"["Safeguarding",(en:"Safeguarding",cy:"Diogelu"),(cy:"Diogelu")]"#
        );
        let again: Vec<Text> = ron::from_str(&written).expect("read back");
        assert_eq!(again, read);
    }

    #[test]
    fn is_no_bigger_than_a_string() {
        assert_eq!(std::mem::size_of::<Text>(), std::mem::size_of::<String>());
    }

    #[test]
    fn a_language_it_does_not_know_is_named() {
        let err = ron::from_str::<Text>(r#"(en: "Safeguarding", fr: "Sauvegarde")"#)
            .expect_err("French is not a pack language");
        assert!(err.to_string().contains("fr"), "{err}");
    }
}
