//! The message catalogue: every word boardpack shows or writes, in English and Welsh, from
//! the Fluent files in `locales/` (compiled in, so the binary needs nothing beside it).
//! Fluent picks each language's plural form (Welsh has six: zero, one, two, few, many,
//! other), so counts read naturally in both.

mod dates;

pub use dates::{compact_date, day_name, long_date, month_short, short_date};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

/// A language boardpack speaks.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Cymraeg.
    Cy,
    #[default]
    En,
}

impl Lang {
    /// Welsh first: the Welsh Language Standards ask that Welsh is not treated less
    /// favourably, so where both are shown Welsh comes first or on the left.
    pub const ALL: [Lang; 2] = [Lang::Cy, Lang::En];

    /// The BCP 47 tag: `cy` / `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Cy => "cy",
            Lang::En => "en",
        }
    }

    /// The tag a document declares for screen readers and spell-checkers.
    pub fn region_tag(self) -> &'static str {
        match self {
            Lang::Cy => "cy-GB",
            Lang::En => "en-GB",
        }
    }

    /// `cy`, `cy_GB.UTF-8`, `cy-GB`, `Welsh`, `Cymraeg` → Welsh; likewise English.
    pub fn parse(text: &str) -> Option<Lang> {
        let lower = text.trim().to_ascii_lowercase();
        let tag = lower.split(['_', '-', '.', '@']).next().unwrap_or("");
        match tag {
            "cy" | "cym" | "wel" | "welsh" | "cymraeg" => Some(Lang::Cy),
            "en" | "eng" | "english" | "saesneg" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language the environment asks for, as the C library reads it: `LC_ALL`, then
    /// `LC_MESSAGES`, then `LANG`; the first one set decides. English otherwise.
    pub fn from_env() -> Lang {
        Lang::from_vars(|name| std::env::var(name).ok())
    }

    fn from_vars(var: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(var)
            .find(|value| !value.is_empty())
            .and_then(|value| Lang::parse(&value))
            .unwrap_or_default()
    }

    /// The other one, for the key that switches language during the meeting.
    pub fn other(self) -> Lang {
        match self {
            Lang::Cy => Lang::En,
            Lang::En => Lang::Cy,
        }
    }

    /// The language's own name: "Cymraeg", "English".
    pub fn name(self) -> &'static str {
        match self {
            Lang::Cy => "Cymraeg",
            Lang::En => "English",
        }
    }
}

/// The catalogue files, per language, in the order they are loaded.
pub const FILES: [(&str, &str, &str); 10] = [
    (
        "en",
        "screens.ftl",
        include_str!("../../locales/en/screens.ftl"),
    ),
    ("en", "keys.ftl", include_str!("../../locales/en/keys.ftl")),
    (
        "en",
        "minutes.ftl",
        include_str!("../../locales/en/minutes.ftl"),
    ),
    (
        "en",
        "check.ftl",
        include_str!("../../locales/en/check.ftl"),
    ),
    (
        "en",
        "dates.ftl",
        include_str!("../../locales/en/dates.ftl"),
    ),
    (
        "cy",
        "screens.ftl",
        include_str!("../../locales/cy/screens.ftl"),
    ),
    ("cy", "keys.ftl", include_str!("../../locales/cy/keys.ftl")),
    (
        "cy",
        "minutes.ftl",
        include_str!("../../locales/cy/minutes.ftl"),
    ),
    (
        "cy",
        "check.ftl",
        include_str!("../../locales/cy/check.ftl"),
    ),
    (
        "cy",
        "dates.ftl",
        include_str!("../../locales/cy/dates.ftl"),
    ),
];

struct Catalogue {
    cy: FluentBundle<FluentResource>,
    en: FluentBundle<FluentResource>,
}

static CATALOGUE: LazyLock<Catalogue> = LazyLock::new(|| Catalogue {
    cy: bundle(Lang::Cy),
    en: bundle(Lang::En),
});

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks (U+2068/9) would be stripped on the way to the terminal anyway, and
    // both languages run left to right.
    bundle.set_use_isolating(false);
    for (_, _, text) in FILES.iter().filter(|(code, _, _)| *code == lang.code()) {
        // The catalogue tests parse every file and fail on any error; at run time a bad
        // entry is skipped rather than taking the meeting down.
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

impl Catalogue {
    fn of(&self, lang: Lang) -> &FluentBundle<FluentResource> {
        match lang {
            Lang::Cy => &self.cy,
            Lang::En => &self.en,
        }
    }
}

/// The message `id` in `lang`, with `args` put in. A message missing in Welsh falls back
/// to English, and a missing message shows its id (the catalogue tests forbid both).
pub fn message(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    for lang in [lang, Lang::En] {
        let bundle = CATALOGUE.of(lang);
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned();
        }
    }
    id.to_string()
}

/// `t!(lang, "id")` or `t!(lang, "id", count = n, name = text)`: a message from the
/// catalogue. The id is always a literal, so the tests can tell which messages are used.
#[macro_export]
macro_rules! t {
    ($lang:expr, $id:literal) => {
        $crate::locale::message($lang, $id, None)
    };
    ($lang:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = fluent_bundle::FluentArgs::new();
        $(args.set(stringify!($name), $crate::locale::Arg::from($value).0);)+
        $crate::locale::message($lang, $id, Some(&args))
    }};
}

/// A value put into a message: numbers stay numbers (so plurals work), the rest is text.
pub struct Arg(pub fluent_bundle::FluentValue<'static>);

macro_rules! number_arg {
    ($($ty:ty),*) => {$(
        impl From<$ty> for Arg {
            fn from(n: $ty) -> Arg {
                Arg(fluent_bundle::FluentValue::from(n))
            }
        }
    )*};
}
number_arg!(usize, u8, u16, u32, u64, i32, i64);

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg(fluent_bundle::FluentValue::from(text))
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Arg {
        Arg(fluent_bundle::FluentValue::from(text.clone()))
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg(fluent_bundle::FluentValue::from(text.to_string()))
    }
}

#[cfg(test)]
mod tests;
