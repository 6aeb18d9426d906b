//! The programme risk register.

use super::rag::Rag;
use super::text::Text;
use crate::locale::Lang;
use crate::t;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Risk {
    pub id: String,
    pub title: Text,
    pub description: RiskDescription,
    pub owner: Text,
    /// Ids of the priority areas this risk threatens.
    #[serde(default, deserialize_with = "crate::model::exact")]
    pub areas: Vec<String>,
    pub inherent: Score,
    pub residual: Score,
    pub target: Score,
    #[serde(default, deserialize_with = "crate::model::exact")]
    pub controls: Vec<Text>,
    #[serde(default, deserialize_with = "crate::model::exact")]
    pub further_actions: Vec<Text>,
    pub trend: Trend,
    /// Residual score (likelihood × impact) reported at the previous meeting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_residual: Option<u8>,
    #[serde(with = "super::time::date")]
    pub review_date: NaiveDate,
    #[serde(default, skip_serializing_if = "super::is_false")]
    pub exempt: bool,
    /// The residual score at each earlier meeting, oldest first.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "crate::model::exact"
    )]
    pub history: Vec<super::Scored>,
}

/// Cause → event → effect, the way a risk register states a risk.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RiskDescription {
    pub cause: Text,
    pub event: Text,
    pub effect: Text,
}

/// Likelihood × impact, each on a 1–5 scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Score {
    pub likelihood: u8,
    pub impact: u8,
}

impl Score {
    pub fn new(likelihood: u8, impact: u8) -> Score {
        Score { likelihood, impact }
    }

    pub fn value(self) -> u8 {
        self.likelihood.saturating_mul(self.impact)
    }

    /// Both on the 1–5 scale.
    pub fn on_scale(self) -> bool {
        (1..=5).contains(&self.likelihood) && (1..=5).contains(&self.impact)
    }

    /// The score if it is on the scale, else why not.
    pub fn checked(self) -> Result<Score, String> {
        if self.on_scale() {
            Ok(self)
        } else {
            Err(t!(
                Lang::En,
                "store-off-scale",
                likelihood = self.likelihood,
                impact = self.impact
            ))
        }
    }

    /// A score as people write it: "4x5", "4×5", "4 5", "L4 I5", "l4×i5".
    pub fn parse(text: &str) -> Result<Score, String> {
        let digits: Vec<u8> = text
            .chars()
            .filter(|c| !matches!(c, 'l' | 'L' | 'i' | 'I'))
            .collect::<String>()
            .split(|c: char| {
                c == 'x' || c == 'X' || c == '×' || c == '*' || c.is_whitespace() || c == ','
            })
            .filter(|part| !part.is_empty())
            .map(|part| part.parse::<u8>().map_err(|_| ()))
            .collect::<Result<_, ()>>()
            .map_err(|_| t!(Lang::En, "form-bad-score", text = text.trim()))?;
        match digits.as_slice() {
            [likelihood, impact] => Score::new(*likelihood, *impact).checked(),
            _ => Err(t!(Lang::En, "form-bad-score", text = text.trim())),
        }
    }
}

impl std::fmt::Display for Score {
    /// "L4×I5".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "L{}×I{}", self.likelihood, self.impact)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Trend {
    Improving,
    Stable,
    Worsening,
}

/// Highest score that is still Green, and highest that is still Amber; above is Red.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RiskBands {
    pub green_max: u8,
    pub amber_max: u8,
}

impl Default for RiskBands {
    /// The common council scheme: 1–4 green, 5–12 amber, 15–25 red.
    fn default() -> Self {
        RiskBands {
            green_max: 4,
            amber_max: 12,
        }
    }
}

impl RiskBands {
    pub fn is_default(&self) -> bool {
        *self == RiskBands::default()
    }

    pub fn rag(&self, score: Score) -> Rag {
        self.rag_of(score.value())
    }

    /// The band a likelihood × impact product falls in.
    pub fn rag_of(&self, value: u8) -> Rag {
        match value {
            v if v <= self.green_max => Rag::Green,
            v if v <= self.amber_max => Rag::Amber,
            _ => Rag::Red,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_bands_follow_the_usual_scheme() {
        let bands = RiskBands::default();
        let rag = |likelihood, impact| bands.rag(Score { likelihood, impact });
        assert_eq!(rag(2, 2), Rag::Green);
        assert_eq!(rag(1, 5), Rag::Amber);
        assert_eq!(rag(3, 4), Rag::Amber);
        assert_eq!(rag(3, 5), Rag::Red);
        assert_eq!(rag(5, 5), Rag::Red);
    }

    #[test]
    fn scores_are_read_the_ways_people_write_them() {
        for text in ["4x5", "4×5", "4 x 5", "L4 I5", "l4×i5", "4,5", " 4X5 "] {
            assert_eq!(Score::parse(text), Ok(Score::new(4, 5)), "{text:?}");
        }
        assert_eq!(
            Score::parse("6x1"),
            Err("6 × 1 is off the scale: likelihood and impact are each 1 to 5".into())
        );
        assert_eq!(
            Score::parse("high"),
            Err("\"high\" is not a score: write likelihood × impact, each 1 to 5, like 4x5".into())
        );
        assert!(Score::parse("4").is_err() && Score::parse("4x5x6").is_err());
        assert_eq!(Score::new(4, 5).to_string(), "L4×I5");
    }
}
