//! Dates and times as a pack writes them: "2017-11-23" and "10:00", with messages that say
//! what is wrong rather than chrono's "input is out of range".

use crate::locale::Lang;
use crate::t;
use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Deserializer, Serializer, de::Error};

fn parse_date(text: &str) -> Result<NaiveDate, String> {
    // Packs write "2017-11-23": read directly, without interpreting a format string.
    let bytes = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        bytes[range].iter().try_fold(0u32, |n, b| {
            b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
        })
    };
    if bytes.len() == 10 && bytes[4] == b'-' && bytes[7] == b'-' {
        if let (Some(year), Some(month), Some(day)) = (digits(0..4), digits(5..7), digits(8..10)) {
            return NaiveDate::from_ymd_opt(year as i32, month, day)
                .ok_or_else(|| t!(Lang::En, "not-a-real-date", text = text));
        }
    }
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|err| match err.kind() {
        chrono::format::ParseErrorKind::OutOfRange => t!(Lang::En, "not-a-real-date", text = text),
        _ => t!(Lang::En, "value-bad-date", text = text),
    })
}

/// Reads a text value with `make`, without copying it first (the pack's dates, periods and
/// due dates are many).
pub(crate) fn read_str<'de, D, T>(
    d: D,
    make: impl FnOnce(&str) -> Result<T, String>,
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
{
    struct Text<F>(F);
    impl<T, F: FnOnce(&str) -> Result<T, String>> serde::de::Visitor<'_> for Text<F> {
        type Value = T;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a string")
        }
        fn visit_str<E: Error>(self, text: &str) -> Result<T, E> {
            (self.0)(text).map_err(E::custom)
        }
    }
    d.deserialize_str(Text(make))
}

pub mod date {
    use super::*;

    pub fn serialize<S: Serializer>(date: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&date.format("%Y-%m-%d"))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        read_str(d, parse_date)
    }
}

pub mod optional_date {
    use super::*;

    pub fn serialize<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(date) => s.serialize_some(&date.format("%Y-%m-%d").to_string()),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        Option::<String>::deserialize(d)?
            .map(|text| parse_date(&text))
            .transpose()
            .map_err(D::Error::custom)
    }
}

pub mod hh_mm {
    use super::*;

    const FORMAT: &str = "%H:%M";

    pub fn serialize<S: Serializer>(time: &NaiveTime, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&time.format(FORMAT))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveTime, D::Error> {
        let text = String::deserialize(d)?;
        NaiveTime::parse_from_str(text.trim(), FORMAT)
            .map_err(|_| D::Error::custom(t!(Lang::En, "value-bad-time", text = text.as_str())))
    }
}
