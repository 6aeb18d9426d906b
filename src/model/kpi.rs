//! The performance dashboard: indicators with targets, tolerances and a history.

use super::{period::Period, rag::Rag, text::Text};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Kpi {
    pub id: String,
    pub title: Text,
    /// Priority area the indicator evidences, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area: Option<String>,
    /// "%", "count", "days", …
    pub unit: Text,
    pub polarity: Polarity,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<f64>,
    /// How far on the wrong side of target still counts as Amber, in the KPI's unit.
    #[serde(default)]
    pub tolerance: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub benchmark: Option<Benchmark>,
    #[serde(default, deserialize_with = "crate::model::exact")]
    pub series: Vec<(Period, f64)>,
    #[serde(default)]
    pub commentary: Text,
    #[serde(default, skip_serializing_if = "KpiState::is_rated")]
    pub state: KpiState,
    #[serde(default, skip_serializing_if = "super::is_false")]
    pub exempt: bool,
    /// The board's agreed rating at each earlier meeting, oldest first.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "crate::model::exact"
    )]
    pub history: Vec<super::Rated>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Polarity {
    HigherIsBetter,
    LowerIsBetter,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Benchmark {
    /// e.g. "Wales average" or "Good authority".
    pub label: Text,
    pub value: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum KpiState {
    #[default]
    Rated,
    /// New measure: the data are being collected before a target is set.
    BaselineBeingSet,
    /// Reported for context only.
    NotRagRated,
}

impl KpiState {
    fn is_rated(&self) -> bool {
        *self == KpiState::Rated
    }
}

/// Direction of travel between the last two periods, judged by the KPI's polarity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Travel {
    Improving,
    Unchanged,
    Declining,
}

impl Kpi {
    pub fn latest(&self) -> Option<(Period, f64)> {
        self.series.last().copied()
    }

    /// Green on or past target, Amber within tolerance of it, Red beyond; none when the KPI
    /// is not rated, has no target or no data yet.
    pub fn rag(&self) -> Option<Rag> {
        self.rag_of(self.latest()?.1)
    }

    /// The rating `value` would have against this KPI's target and tolerance.
    pub fn rag_of(&self, value: f64) -> Option<Rag> {
        if self.state != KpiState::Rated {
            return None;
        }
        let target = self.target?;
        let shortfall = match self.polarity {
            Polarity::HigherIsBetter => target - value,
            Polarity::LowerIsBetter => value - target,
        };
        Some(if shortfall <= 0.0 {
            Rag::Green
        } else if shortfall <= self.tolerance {
            Rag::Amber
        } else {
            Rag::Red
        })
    }

    pub fn travel(&self) -> Option<Travel> {
        let [.., (_, before), (_, now)] = self.series.as_slice() else {
            return None;
        };
        let change = match self.polarity {
            Polarity::HigherIsBetter => now - before,
            Polarity::LowerIsBetter => before - now,
        };
        Some(if change > 0.0 {
            Travel::Improving
        } else if change < 0.0 {
            Travel::Declining
        } else {
            Travel::Unchanged
        })
    }
}

/// A value as a number alone: "74", "12.5".
pub fn figure(value: f64) -> String {
    if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        format!("{value:.1}")
    }
}

/// A value in the KPI's unit: "74%" or "23 cases".
pub fn with_unit(value: f64, unit: &str) -> String {
    let unit = crate::sanitize::line(unit);
    let number = figure(value);
    if unit == "%" {
        format!("{number}%")
    } else {
        format!("{number} {unit}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kpi(polarity: Polarity, target: f64, tolerance: f64, values: &[f64]) -> Kpi {
        Kpi {
            id: "K1".into(),
            title: "t".into(),
            area: None,
            unit: "%".into(),
            polarity,
            target: Some(target),
            tolerance,
            benchmark: None,
            series: values
                .iter()
                .enumerate()
                .map(|(i, v)| {
                    (
                        Period::Month {
                            year: 2017,
                            month: i as u32 + 1,
                        },
                        *v,
                    )
                })
                .collect(),
            commentary: Text::default(),
            state: KpiState::Rated,
            exempt: false,
            history: Vec::new(),
        }
    }

    #[test]
    fn rag_respects_polarity_and_tolerance() {
        assert_eq!(
            kpi(Polarity::HigherIsBetter, 90.0, 5.0, &[91.0]).rag(),
            Some(Rag::Green)
        );
        assert_eq!(
            kpi(Polarity::HigherIsBetter, 90.0, 5.0, &[85.0]).rag(),
            Some(Rag::Amber)
        );
        assert_eq!(
            kpi(Polarity::HigherIsBetter, 90.0, 5.0, &[84.9]).rag(),
            Some(Rag::Red)
        );
        assert_eq!(
            kpi(Polarity::LowerIsBetter, 20.0, 2.0, &[20.0]).rag(),
            Some(Rag::Green)
        );
        assert_eq!(
            kpi(Polarity::LowerIsBetter, 20.0, 2.0, &[22.0]).rag(),
            Some(Rag::Amber)
        );
        assert_eq!(
            kpi(Polarity::LowerIsBetter, 20.0, 2.0, &[25.0]).rag(),
            Some(Rag::Red)
        );
    }

    #[test]
    fn unrated_states_and_empty_series_have_no_rag() {
        let mut baseline = kpi(Polarity::HigherIsBetter, 90.0, 5.0, &[10.0]);
        baseline.state = KpiState::BaselineBeingSet;
        assert_eq!(baseline.rag(), None);
        assert_eq!(kpi(Polarity::HigherIsBetter, 90.0, 5.0, &[]).rag(), None);
    }

    #[test]
    fn travel_is_judged_by_polarity() {
        assert_eq!(
            kpi(Polarity::HigherIsBetter, 0.0, 0.0, &[1.0, 2.0]).travel(),
            Some(Travel::Improving)
        );
        assert_eq!(
            kpi(Polarity::LowerIsBetter, 0.0, 0.0, &[1.0, 2.0]).travel(),
            Some(Travel::Declining)
        );
        assert_eq!(
            kpi(Polarity::LowerIsBetter, 0.0, 0.0, &[2.0, 2.0]).travel(),
            Some(Travel::Unchanged)
        );
        assert_eq!(
            kpi(Polarity::LowerIsBetter, 0.0, 0.0, &[2.0]).travel(),
            None
        );
    }
}
