//! Dates and times as a pack writes them: "2017-11-23" and "10:00", with messages that say
//! what is wrong rather than chrono's "input is out of range".

use crate::locale::Lang;
use crate::t;
use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Deserializer, Serializer, de::Error};

fn parse_date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|err| match err.kind() {
        chrono::format::ParseErrorKind::OutOfRange => t!(Lang::En, "not-a-real-date", text = text),
        _ => t!(Lang::En, "value-bad-date", text = text),
    })
}

pub mod date {
    use super::*;

    pub fn serialize<S: Serializer>(date: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&date.format("%Y-%m-%d"))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        parse_date(&String::deserialize(d)?).map_err(D::Error::custom)
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
