//! Dates in words, in either language: "Thursday 23 November 2017",
//! "Dydd Iau 23 Tachwedd 2017". The month and day names are in the catalogue.

use super::Lang;
use crate::t;
use chrono::{Datelike, NaiveDate};

/// "Thursday" / "Dydd Iau".
fn weekday(lang: Lang, date: NaiveDate) -> String {
    t!(lang, "weekday", day = date.weekday().number_from_monday())
}

/// The day's name on its own, as it follows "on" / "ddydd": "Thursday" / "Iau".
pub fn day_name(lang: Lang, date: NaiveDate) -> String {
    t!(
        lang,
        "weekday-bare",
        day = date.weekday().number_from_monday()
    )
}

/// "Thursday 23 November 2017" / "Dydd Iau 23 Tachwedd 2017"; without the day's name,
/// "23 November 2017".
pub fn long_date(lang: Lang, date: NaiveDate, with_weekday: bool) -> String {
    let day_month_year = t!(
        lang,
        "date-long",
        day = date.day(),
        month = t!(lang, "month", month = date.month()),
        year = date.year().to_string()
    );
    if with_weekday {
        format!("{} {day_month_year}", weekday(lang, date))
    } else {
        day_month_year
    }
}

/// "Thu 23 Nov 2017" / "Iau 23 Tach 2017", for the header.
pub fn short_date(lang: Lang, date: NaiveDate) -> String {
    t!(
        lang,
        "date-short",
        weekday = t!(
            lang,
            "weekday-short",
            day = date.weekday().number_from_monday()
        ),
        day = date.day(),
        month = t!(lang, "month-short", month = date.month()),
        year = date.year().to_string()
    )
}

/// "30 Nov 2017" / "30 Tach 2017", for tight columns.
pub fn compact_date(lang: Lang, date: NaiveDate) -> String {
    format!(
        "{} {} {}",
        date.day(),
        t!(lang, "month-short", month = date.month()),
        date.year()
    )
}
