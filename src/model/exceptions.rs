//! What an improvement board spends its time on: red, worsening, overdue, or amber and
//! getting worse. The exceptions filter shows only these.

use super::{Action, Kpi, Rag, Risk, RiskBands, Travel, Trend};
use chrono::NaiveDate;

impl Rag {
    /// How bad a rating is: Blue (complete) 0 … Red 3.
    pub fn severity(self) -> u8 {
        match self {
            Rag::Blue => 0,
            Rag::Green => 1,
            Rag::Amber => 2,
            Rag::Red => 3,
        }
    }
}

/// Whether a rating moved between two meetings, and which way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Better,
    Same,
    Worse,
}

pub fn change(before: Option<Rag>, now: Option<Rag>) -> Option<Change> {
    let (before, now) = (before?, now?);
    Some(match now.severity().cmp(&before.severity()) {
        std::cmp::Ordering::Less => Change::Better,
        std::cmp::Ordering::Equal => Change::Same,
        std::cmp::Ordering::Greater => Change::Worse,
    })
}

impl Action {
    pub fn is_exception(&self, meeting_date: NaiveDate) -> bool {
        self.proposed_rag == Some(Rag::Red)
            || self.is_overdue(meeting_date)
            || change(self.previous_rag, self.proposed_rag) == Some(Change::Worse)
    }
}

impl Risk {
    pub fn is_exception(&self, bands: &RiskBands) -> bool {
        bands.rag(self.residual) == Rag::Red
            || self.trend == Trend::Worsening
            || self
                .previous_residual
                .is_some_and(|p| self.residual.value() > p)
    }
}

impl Kpi {
    pub fn is_exception(&self) -> bool {
        match self.rag() {
            Some(Rag::Red) => true,
            Some(Rag::Amber) => self.travel() == Some(Travel::Declining),
            _ => false,
        }
    }
}
