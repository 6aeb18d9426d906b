//! Due dates as officers write them ("October 2017", "Launch 2nd October 2017",
//! "31st January 2018", "2017-11-30"), kept verbatim for display and resolved to a
//! deadline for date arithmetic.

use crate::locale::Lang;
use crate::t;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer, de::Error};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DuePrecision {
    /// A named day: due on that day.
    Day,
    /// A month only: due by the month's last day.
    Month,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Due {
    written: String,
    deadline: NaiveDate,
    precision: DuePrecision,
}

impl Due {
    /// Reads the wording; when it names several dates ("Phase 1 – November 2017 Phase 2 –
    /// January 2018") the action is due when its last phase is.
    pub fn parse(written: &str) -> Result<Due, String> {
        let trimmed = written.trim();
        if trimmed.is_empty() {
            return Err(t!(Lang::En, "due-empty"));
        }
        let found = match numeric_date(trimmed) {
            Some(date) => Some((date?, DuePrecision::Day)),
            None => dates_in_words(trimmed)?.into_iter().max_by_key(|(d, _)| *d),
        };
        let (deadline, precision) =
            found.ok_or_else(|| t!(Lang::En, "value-bad-due", text = trimmed))?;
        Ok(Due {
            written: trimmed.to_string(),
            deadline,
            precision,
        })
    }

    pub fn written(&self) -> &str {
        &self.written
    }

    /// The last day on which the action is still on time.
    pub fn deadline(&self) -> NaiveDate {
        self.deadline
    }

    pub fn precision(&self) -> DuePrecision {
        self.precision
    }
}

impl fmt::Display for Due {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.written)
    }
}

impl Serialize for Due {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.written)
    }
}

impl<'de> Deserialize<'de> for Due {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Due::parse(&text).map_err(D::Error::custom)
    }
}

/// "2018-01-31" or "31/01/2018"; `None` when the text is not in either shape.
fn numeric_date(text: &str) -> Option<Result<NaiveDate, String>> {
    let (parts, order): (Vec<&str>, [usize; 3]) = if text.contains('-') {
        (text.split('-').collect(), [0, 1, 2])
    } else if text.contains('/') {
        (text.split('/').collect(), [2, 1, 0])
    } else {
        return None;
    };
    if parts.len() != 3
        || !parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let number = |i: usize| parts[order[i]].parse::<u32>().ok();
    let (year, month, day) = (number(0)?, number(1)?, number(2)?);
    Some(
        NaiveDate::from_ymd_opt(year as i32, month, day)
            .ok_or_else(|| t!(Lang::En, "not-a-real-date", text = text)),
    )
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Welsh month names, each with its soft-mutated form ("erbyn Fawrth"), January first.
const MISOEDD: [&[&str]; 12] = [
    &["ionawr"],
    &["chwefror"],
    &["mawrth", "fawrth"],
    &["ebrill"],
    &["mai", "fai"],
    &["mehefin", "fehefin"],
    &["gorffennaf", "orffennaf"],
    &["awst"],
    &["medi", "fedi"],
    &["hydref"],
    &["tachwedd", "dachwedd"],
    &["rhagfyr", "ragfyr"],
];

fn month_number(word: &str) -> Option<u32> {
    let word = word.to_lowercase();
    if word == "sept" {
        return Some(9);
    }
    MONTHS
        .iter()
        .position(|m| *m == word || (word.len() == 3 && m.starts_with(&word)))
        .or_else(|| {
            MISOEDD
                .iter()
                .position(|names| names.contains(&word.as_str()))
        })
        .map(|i| i as u32 + 1)
}

/// Every "[day] Month Year" in free text, with ordinals written "2nd" or "2 nd". A day
/// counts only when nothing but spaces separates it from the month, so the "2" of
/// "Phase 2 – January 2018" is not read as a day.
fn dates_in_words(text: &str) -> Result<Vec<(NaiveDate, DuePrecision)>, String> {
    let words = words_with_gaps(text);
    let mut dates = Vec::new();
    for (i, (word, _)) in words.iter().enumerate() {
        let Some(month) = month_number(word) else {
            continue;
        };
        let Some(year) = words
            .get(i + 1)
            .and_then(|(y, gap)| gap.trim().is_empty().then(|| year_number(y))?)
        else {
            continue;
        };
        let date = match day_before(&words[..=i]) {
            Some(day) => NaiveDate::from_ymd_opt(year, month, day)
                .map(|d| (d, DuePrecision::Day))
                .ok_or_else(|| {
                    t!(
                        Lang::En,
                        "no-such-day",
                        month = capitalised(MONTHS[month as usize - 1]),
                        year = year.to_string(),
                        day = day
                    )
                })?,
            None => (last_day_of_month(year, month), DuePrecision::Month),
        };
        dates.push(date);
    }
    Ok(dates)
}

/// Alphanumeric words, each with the text between it and the word before.
fn words_with_gaps(text: &str) -> Vec<(&str, &str)> {
    let mut words = Vec::new();
    let mut previous_end = 0;
    let mut rest = text;
    while let Some(start) = rest.find(char::is_alphanumeric) {
        let len = rest[start..]
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(rest.len() - start);
        let offset = text.len() - rest.len();
        words.push((
            &rest[start..start + len],
            &text[previous_end..offset + start],
        ));
        previous_end = offset + start + len;
        rest = &rest[start + len..];
    }
    words
}

fn year_number(word: &str) -> Option<i32> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit())).then(|| word.parse().ok())?
}

/// The day written just before the month that ends `words`: "2", "2nd" or "2 nd".
fn day_before(words: &[(&str, &str)]) -> Option<u32> {
    let [.., (_, gap_before_month)] = words else {
        return None;
    };
    if !gap_before_month.trim().is_empty() {
        return None;
    }
    let before = &words[..words.len() - 1];
    let (last, last_gap) = *before.last()?;
    let lower = last.to_ascii_lowercase();
    let digits = if ["st", "nd", "rd", "th"].contains(&lower.as_str()) && last_gap.trim().is_empty()
    {
        before.len().checked_sub(2).map(|i| before[i].0)?
    } else {
        let end = lower
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(lower.len());
        let suffix = &lower[end..];
        if !(suffix.is_empty() || ["st", "nd", "rd", "th"].contains(&suffix)) {
            return None;
        }
        &last[..end]
    };
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn last_day_of_month(year: i32, month: u32) -> NaiveDate {
    let (next_year, next_month) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(next_year, next_month, 1)
        .and_then(|d| d.pred_opt())
        .unwrap_or(NaiveDate::MAX)
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

impl Due {
    /// A due built from a date, for generated packs.
    pub fn on(date: NaiveDate) -> Due {
        Due {
            written: format!(
                "{} {} {}",
                date.day(),
                capitalised(MONTHS[date.month0() as usize]),
                date.year()
            ),
            deadline: date,
            precision: DuePrecision::Day,
        }
    }
}

/// Due dates to show as examples of what may be written, near the meeting they are for
/// rather than fixed ones that would soon be in the past.
pub struct DueExamples {
    /// A week after the meeting: "2017-11-30".
    pub date: String,
    /// The same: "30/11/2017".
    pub slashed: String,
    /// The month two after the meeting's, in words: "January 2018", "Ionawr 2018".
    pub month: String,
}

impl DueExamples {
    pub fn near(meeting: NaiveDate, lang: Lang) -> DueExamples {
        let week_on = meeting + chrono::Days::new(7);
        let months_on = meeting
            .checked_add_months(chrono::Months::new(2))
            .unwrap_or(week_on);
        DueExamples {
            date: week_on.format("%Y-%m-%d").to_string(),
            slashed: week_on.format("%d/%m/%Y").to_string(),
            month: format!(
                "{} {}",
                t!(lang, "month", month = months_on.month()),
                months_on.year()
            ),
        }
    }
}

/// Whether a due date, as the chair or clerk gave it, is the next meeting, in either
/// language: "next meeting", "the next meeting", "y cyfarfod nesaf", "erbyn y cyfarfod nesaf".
pub fn means_next_meeting(text: &str) -> bool {
    let words = text.trim().to_lowercase();
    let words = words.strip_prefix("by ").unwrap_or(&words);
    let words = words.strip_prefix("erbyn ").unwrap_or(words);
    let words = ["the ", "y ", "’r ", "'r "]
        .iter()
        .find_map(|article| words.strip_prefix(article))
        .unwrap_or(words);
    matches!(words.trim(), "next meeting" | "cyfarfod nesaf")
}

/// A due date for an action arising: "2017-11-30", "30/11/2017" or "next meeting" ("y
/// cyfarfod nesaf").
pub fn parse_arising_due(
    text: &str,
    next_meeting: Option<NaiveDate>,
) -> std::result::Result<Option<NaiveDate>, String> {
    let text = text.trim();
    if means_next_meeting(text) {
        return Ok(next_meeting);
    }
    Due::parse(text).map(|due| Some(due.deadline()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deadline(text: &str) -> (NaiveDate, DuePrecision) {
        let due = Due::parse(text).unwrap();
        (due.deadline(), due.precision())
    }

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn the_next_meeting_is_understood_in_either_language() {
        let next = Some(ymd(2027, 2, 11));
        for text in [
            "next meeting",
            "Next Meeting",
            "the next meeting",
            "by the next meeting",
            "y cyfarfod nesaf",
            "Y cyfarfod nesaf",
            "cyfarfod nesaf",
            "erbyn y cyfarfod nesaf",
        ] {
            assert_eq!(parse_arising_due(text, next), Ok(next), "{text}");
        }
        for text in ["next", "the meeting after next", "cyfarfod"] {
            assert!(!means_next_meeting(text), "{text}");
        }
    }

    #[test]
    fn reads_due_dates_written_in_welsh() {
        assert_eq!(
            deadline("Mawrth 2019"),
            (ymd(2019, 3, 31), DuePrecision::Month)
        );
        assert_eq!(
            deadline("erbyn Fawrth 2019"),
            (ymd(2019, 3, 31), DuePrecision::Month)
        );
        assert_eq!(
            deadline("23 Tachwedd 2017"),
            (ymd(2017, 11, 23), DuePrecision::Day)
        );
        assert_eq!(
            deadline("Rhagfyr 2018"),
            (ymd(2018, 12, 31), DuePrecision::Month)
        );
        assert_eq!(
            deadline("Ionawr 2020"),
            (ymd(2020, 1, 31), DuePrecision::Month)
        );
    }

    #[test]
    fn reads_the_wordings_in_the_powys_plan() {
        assert_eq!(
            deadline("October 2017"),
            (ymd(2017, 10, 31), DuePrecision::Month)
        );
        assert_eq!(
            deadline("End October 2017"),
            (ymd(2017, 10, 31), DuePrecision::Month)
        );
        assert_eq!(
            deadline("Launch 2nd October 2017"),
            (ymd(2017, 10, 2), DuePrecision::Day)
        );
        assert_eq!(
            deadline("Launch 2 nd October 2017"),
            (ymd(2017, 10, 2), DuePrecision::Day)
        );
        assert_eq!(
            deadline("31st January 2018"),
            (ymd(2018, 1, 31), DuePrecision::Day)
        );
        assert_eq!(
            deadline("February 2018"),
            (ymd(2018, 2, 28), DuePrecision::Month)
        );
        assert_eq!(
            deadline("Phase 1 – November 2017 Phase 2 – January 2018"),
            (ymd(2018, 1, 31), DuePrecision::Month)
        );
        assert_eq!(
            deadline("Phase 1 - January 2018 Phase 2 – June 2018"),
            (ymd(2018, 6, 30), DuePrecision::Month)
        );
        assert_eq!(
            deadline("Phase 2 January 2018").1,
            DuePrecision::Day,
            "no dash: a day after all"
        );
    }

    #[test]
    fn reads_numeric_dates() {
        assert_eq!(
            deadline("2017-11-30"),
            (ymd(2017, 11, 30), DuePrecision::Day)
        );
        assert_eq!(
            deadline("30/11/2017"),
            (ymd(2017, 11, 30), DuePrecision::Day)
        );
        assert_eq!(
            deadline("Sept 2018"),
            (ymd(2018, 9, 30), DuePrecision::Month)
        );
    }

    #[test]
    fn keeps_the_wording() {
        assert_eq!(
            Due::parse("  Launch 2nd October 2017 ").unwrap().written(),
            "Launch 2nd October 2017"
        );
    }

    #[test]
    fn refuses_impossible_and_missing_dates() {
        assert_eq!(
            Due::parse("30th February 2018").unwrap_err(),
            "February 2018 has no day 30"
        );
        assert_eq!(
            Due::parse("2017-02-30").unwrap_err(),
            "\"2017-02-30\" is not a real date"
        );
        assert!(
            Due::parse("ASAP")
                .unwrap_err()
                .starts_with("no date found in due \"ASAP\"")
        );
        assert!(Due::parse("").is_err());
    }

    #[test]
    fn a_month_is_due_on_its_last_day_even_in_leap_years() {
        assert_eq!(deadline("February 2020").0, ymd(2020, 2, 29));
        assert_eq!(deadline("December 2017").0, ymd(2017, 12, 31));
    }
}
