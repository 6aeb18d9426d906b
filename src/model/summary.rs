//! What the overview says about one priority area: its ratings, overdue actions, highest
//! risks, KPI exceptions (when the filter changes) and how much of it the meeting has
//! discussed (when the record changes); never at every frame.

use super::{ItemKind, ItemRef, Pack, Rag, RecordSnapshot};
use std::cmp::Reverse;

/// The most risks the overview names for an area.
pub const TOP_RISKS: usize = 2;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct AreaSummary {
    /// Actions by previous and proposed rating: red, amber, green, blue, none.
    pub previous: [usize; 5],
    pub proposed: [usize; 5],
    pub overdue: usize,
    /// The area's highest residual risks (indices into the pack's risks), highest first.
    pub top_risks: Vec<usize>,
    pub kpi_exceptions: usize,
}

/// The whole pack's counts the overview opens with; the pack alone decides them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PackTotals {
    pub actions: usize,
    pub overdue: usize,
    pub red_risks: usize,
    pub kpi_exceptions: usize,
}

impl PackTotals {
    pub fn of(pack: &Pack) -> PackTotals {
        let date = pack.meeting.date;
        PackTotals {
            actions: pack.actions().count(),
            overdue: pack
                .actions()
                .filter(|(_, _, a)| a.is_overdue(date))
                .count(),
            red_risks: pack
                .risks
                .iter()
                .filter(|r| pack.risk_bands.rag(r.residual) == Rag::Red)
                .count(),
            kpi_exceptions: pack.kpis.iter().filter(|k| k.is_exception()).count(),
        }
    }
}

/// Where a rating is counted in [`AreaSummary::previous`] and `proposed`.
fn rag_slot(rag: Option<Rag>) -> usize {
    rag.map_or(4, |r| match r {
        Rag::Red => 0,
        Rag::Amber => 1,
        Rag::Green => 2,
        Rag::Blue => 3,
    })
}

impl AreaSummary {
    /// Area `a`, counting only exceptions when `exceptions_only`.
    pub fn of(pack: &Pack, exceptions_only: bool, a: usize) -> AreaSummary {
        let area = &pack.areas[a];
        let date = pack.meeting.date;
        let mut summary = AreaSummary::default();
        for action in area.recommendations.iter().flat_map(|r| &r.actions) {
            if exceptions_only && !action.is_exception(date) {
                continue;
            }
            summary.previous[rag_slot(action.previous_rag)] += 1;
            summary.proposed[rag_slot(action.proposed_rag)] += 1;
            summary.overdue += usize::from(action.is_overdue(date));
        }
        let mut risks: Vec<usize> = (0..pack.risks.len())
            .filter(|&i| {
                let risk = &pack.risks[i];
                risk.areas.contains(&area.id)
                    && (!exceptions_only || risk.is_exception(&pack.risk_bands))
            })
            .collect();
        risks.sort_by_key(|&i| Reverse(pack.risks[i].residual.value()));
        risks.truncate(TOP_RISKS);
        summary.top_risks = risks;
        summary.kpi_exceptions = pack
            .kpis
            .iter()
            .filter(|k| k.area.as_deref() == Some(&area.id) && k.is_exception())
            .count();
        summary
    }
}

/// How many of area `a`'s items the meeting has noted, rated or raised actions on, of all
/// of them.
pub fn discussed(pack: &Pack, record: &RecordSnapshot, a: usize) -> (usize, usize) {
    let area = &pack.areas[a];
    let items = std::iter::once(ItemRef::new(ItemKind::Area, area.id.clone())).chain(
        area.recommendations.iter().flat_map(|rec| {
            std::iter::once(ItemRef::new(ItemKind::Recommendation, rec.id.clone())).chain(
                rec.actions
                    .iter()
                    .map(|action| ItemRef::new(ItemKind::Action, action.id.clone())),
            )
        }),
    );
    let (mut done, mut all) = (0, 0);
    for item in items {
        all += 1;
        done += usize::from(record.touched(&item));
    }
    (done, all)
}
