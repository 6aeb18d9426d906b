//! A KPI reporting period: a month ("2017-06"), a quarter ("2017-Q2") or a year ("2017").

use crate::locale::Lang;
use crate::t;
use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Period {
    Month { year: i32, month: u32 },
    Quarter { year: i32, quarter: u32 },
    Year { year: i32 },
}

impl Period {
    pub fn parse(text: &str) -> Result<Period, String> {
        let text = text.trim();
        let bad = || t!(Lang::En, "period-bad", text = text);
        let year_of = |s: &str| -> Result<i32, String> {
            (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse().ok())
                .flatten()
                .ok_or_else(bad)
        };
        match text.split_once('-') {
            None => Ok(Period::Year {
                year: year_of(text)?,
            }),
            Some((year, rest)) => {
                let year = year_of(year)?;
                if let Some(q) = rest.strip_prefix(['Q', 'q']) {
                    match q.parse::<u32>() {
                        Ok(quarter @ 1..=4) => Ok(Period::Quarter { year, quarter }),
                        _ => Err(t!(Lang::En, "period-quarter", text = text)),
                    }
                } else if rest.len() == 2 && rest.bytes().all(|b| b.is_ascii_digit()) {
                    match rest.parse::<u32>() {
                        Ok(month @ 1..=12) => Ok(Period::Month { year, month }),
                        _ => Err(t!(Lang::En, "period-month", text = text)),
                    }
                } else {
                    Err(bad())
                }
            }
        }
    }

    /// First day of the period; periods are ordered by it.
    pub fn start(self) -> NaiveDate {
        let (year, month) = match self {
            Period::Month { year, month } => (year, month),
            Period::Quarter { year, quarter } => (year, quarter * 3 - 2),
            Period::Year { year } => (year, 1),
        };
        NaiveDate::from_ymd_opt(year, month, 1).unwrap_or(NaiveDate::MIN)
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Period::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            Period::Quarter { year, quarter } => write!(f, "{year:04}-Q{quarter}"),
            Period::Year { year } => write!(f, "{year:04}"),
        }
    }
}

impl Serialize for Period {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        super::time::read_str(d, Period::parse)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_each_shape() {
        for text in ["2017-06", "2017-Q2", "2017"] {
            assert_eq!(Period::parse(text).unwrap().to_string(), text);
        }
        assert_eq!(
            Period::parse("2017-Q3").unwrap().start(),
            NaiveDate::from_ymd_opt(2017, 7, 1).unwrap()
        );
    }

    #[test]
    fn refuses_what_is_not_a_period() {
        assert!(Period::parse("2017-13").unwrap_err().contains("01 to 12"));
        assert!(Period::parse("2017-Q5").unwrap_err().contains("Q1 to Q4"));
        assert!(Period::parse("June").is_err());
    }
}
