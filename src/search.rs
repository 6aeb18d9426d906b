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
        self.query_within(query, None).0
    }

    /// The best hits for `query` among `within` (every item when `None`), and every item
    /// that matched. A longer query can only match a subset of a shorter one's matches,
    /// so typing narrows the search to the previous matches.
    pub fn query_within(&self, query: &str, within: Option<&[usize]>) -> (Vec<Hit>, Vec<usize>) {
        if query.trim().is_empty() {
            return (Vec::new(), Vec::new());
        }
        let all: Vec<usize>;
        let candidates = match within {
            Some(candidates) => candidates,
            None => {
                all = (0..self.items.len()).collect();
                &all
            }
        };
        // Score without positions across the cores; positions only for what is shown.
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(8);
        let chunk = candidates.len().div_ceil(threads).max(1);
        let mut scored: Vec<(i64, usize)> = std::thread::scope(|scope| {
            let workers: Vec<_> = candidates
                .chunks(chunk)
                .map(|part| {
                    scope.spawn(move || {
                        part.iter()
                            .filter_map(|&item| {
                                self.matcher
                                    .fuzzy_match(&self.items[item].line, query)
                                    .map(|s| (s, item))
                            })
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            workers
                .into_iter()
                .flat_map(|w| w.join().unwrap_or_default())
                .collect()
        });
        let mut matched: Vec<usize> = scored.iter().map(|(_, item)| *item).collect();
        matched.sort_unstable();
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        let hits = scored
            .into_iter()
            .take(MAX_HITS)
            .filter_map(|(score, item)| {
                let (_, positions) = self.matcher.fuzzy_indices(&self.items[item].line, query)?;
                Some(Hit {
                    item,
                    score,
                    positions,
                })
            })
            .collect();
        (hits, matched)
    }
}
