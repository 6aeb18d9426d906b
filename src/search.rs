//! The fuzzy finder's index: every recommendation, action, risk and KPI as one line of text
//! (id, title or text, leads), matched with fuzzy-matcher's skim algorithm.

use crate::model::Pack;
use crate::sanitize;
use crate::state::Target;
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Recommendation,
    Action,
    Risk,
    Kpi,
}

impl Kind {
    pub fn label(self) -> &'static str {
        match self {
            Kind::Recommendation => "rec",
            Kind::Action => "action",
            Kind::Risk => "risk",
            Kind::Kpi => "KPI",
        }
    }
}

pub struct Item {
    pub kind: Kind,
    pub target: Target,
    /// What is shown and matched: already sanitized, so match positions are display
    /// positions.
    pub line: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub item: usize,
    pub score: i64,
    /// Char positions in the item's line that matched, for highlighting.
    pub positions: Vec<usize>,
}

/// At most this many hits are kept: more than fit on any screen.
pub const MAX_HITS: usize = 200;

pub struct SearchIndex {
    pub items: Vec<Item>,
    matcher: SkimMatcherV2,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SearchIndex({} items)", self.items.len())
    }
}

impl SearchIndex {
    pub fn new(pack: &Pack) -> SearchIndex {
        let mut items = Vec::new();
        let line = |parts: &[&str]| {
            sanitize::line(
                &parts
                    .iter()
                    .filter(|p| !p.is_empty())
                    .copied()
                    .collect::<Vec<_>>()
                    .join("  "),
            )
            .into_owned()
        };
        for (a, area) in pack.areas.iter().enumerate() {
            for (r, rec) in area.recommendations.iter().enumerate() {
                items.push(Item {
                    kind: Kind::Recommendation,
                    target: Target::Recommendation(a, r),
                    line: line(&[&rec.id, &rec.text]),
                });
                for (i, action) in rec.actions.iter().enumerate() {
                    let leads = action.leads.join(", ");
                    items.push(Item {
                        kind: Kind::Action,
                        target: Target::Action(a, r, i),
                        line: line(&[&action.id, &action.text, &leads]),
                    });
                }
            }
        }
        for (i, risk) in pack.risks.iter().enumerate() {
            items.push(Item {
                kind: Kind::Risk,
                target: Target::Risk(i),
                line: line(&[&risk.id, &risk.title, &risk.owner]),
            });
        }
        for (i, kpi) in pack.kpis.iter().enumerate() {
            items.push(Item {
                kind: Kind::Kpi,
                target: Target::Kpi(i),
                line: line(&[&kpi.id, &kpi.title]),
            });
        }
        SearchIndex {
            items,
            matcher: SkimMatcherV2::default().smart_case(),
        }
    }

    /// Best matches first; an empty query lists nothing.
    pub fn query(&self, query: &str) -> Vec<Hit> {
        if query.trim().is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<Hit> = self
            .items
            .iter()
            .enumerate()
            .filter_map(|(item, it)| {
                self.matcher
                    .fuzzy_indices(&it.line, query)
                    .map(|(score, positions)| Hit {
                        item,
                        score,
                        positions,
                    })
            })
            .collect();
        hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.item.cmp(&b.item)));
        hits.truncate(MAX_HITS);
        hits
    }
}
