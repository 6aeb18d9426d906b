//! Dates in words, in either language: "Thursday 23 November 2017",
//! "Dydd Iau 23 Tachwedd 2017". The month and day names are in the catalogue.

use super::Lang;
use crate::t;
use chrono::{Datelike, NaiveDate};
use std::sync::LazyLock;

/// "Nov" / "Tach" for `month` (1–12): read from the catalogue once, as every row of a
/// list of due dates asks for one.
pub fn month_short(lang: Lang, month: u32) -> &'static str {
    static NAMES: LazyLock<[[String; 12]; 2]> = LazyLock::new(|| {
        Lang::ALL.map(|lang| std::array::from_fn(|m| t!(lang, "month-short", month = m + 1)))
    });
    let by_lang = &NAMES[usize::from(lang == Lang::En)];
    &by_lang[(month.clamp(1, 12) - 1) as usize]
}

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
        month = month_short(lang, date.month()),
        year = date.year().to_string()
    )
}

/// "30 Nov 2017" / "30 Tach 2017", for tight columns.
pub fn compact_date(lang: Lang, date: NaiveDate) -> String {
    format!(
        "{} {} {}",
        date.day(),
        month_short(lang, date.month()),
        date.year()
    )
}
