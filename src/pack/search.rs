//! The fuzzy finder's index: every recommendation, action, risk and KPI as one line of text
//! (id, title or text, leads), matched with fuzzy-matcher's skim algorithm.

use crate::model::Pack;
use crate::model::{Target, Text};
use crate::sanitize;
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
    pub fn label(self, lang: crate::locale::Lang) -> String {
        match self {
            Kind::Recommendation => crate::t!(lang, "search-kind-rec"),
            Kind::Action => crate::t!(lang, "search-kind-action"),
            Kind::Risk => crate::t!(lang, "search-kind-risk"),
            Kind::Kpi => crate::t!(lang, "search-kind-kpi"),
        }
    }
}

pub struct Item {
    pub kind: Kind,
    pub target: Target,
    /// What is shown: the item's own text, then who leads or owns it. Already sanitized,
    /// so match positions are display positions.
    pub line: String,
    /// `line` with accents and case folded, character for character, for matching.
    folded: String,
    /// Where the item's own text ends in `folded`.
    folded_own_end: usize,
    /// Its lead officers or owner, as an index into the index's distinct names.
    who: Option<usize>,
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
    /// Distinct lead officers and owners: a few dozen names shared by thousands of items,
    /// matched once per query instead of once per item.
    whos: Vec<String>,
    matcher: SkimMatcherV2,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SearchIndex({} items)", self.items.len())
    }
}

/// Builds items, sharing each distinct lead or owner.
#[derive(Default)]
struct Builder {
    items: Vec<Item>,
    whos: Vec<String>,
    who_index: std::collections::HashMap<String, usize>,
}

impl Builder {
    fn push(&mut self, kind: Kind, target: Target, own: &[&str], who: &str) {
        let own: Vec<&str> = own.iter().copied().filter(|p| !p.is_empty()).collect();
        let own = sanitize::line(&own.join("  ")).into_owned();
        let who = sanitize::line(who).trim().to_string();
        let mut line = own.clone();
        let who = if who.is_empty() {
            None
        } else {
            line.push_str("  ");
            line.push_str(&who);
            let next = self.whos.len();
            let index = *self.who_index.entry(who.clone()).or_insert(next);
            if index == next {
                self.whos.push(who);
            }
            Some(index)
        };
        let folded = fold(&line);
        let folded_own_end = fold(&own).len();
        self.items.push(Item {
            kind,
            target,
            line,
            folded,
            folded_own_end,
            who,
        });
    }
}

/// Pack text in every language it is written in, so either finds it.
fn every_language(text: &Text) -> String {
    text.versions().collect::<Vec<_>>().join("  ")
}

impl SearchIndex {
    pub fn new(pack: &Pack) -> SearchIndex {
        let mut builder = Builder::default();
        for (a, area) in pack.areas.iter().enumerate() {
            for (r, rec) in area.recommendations.iter().enumerate() {
                builder.push(
                    Kind::Recommendation,
                    Target::Recommendation(a, r),
                    &[&rec.id, &every_language(&rec.text)],
                    "",
                );
                for (i, action) in rec.actions.iter().enumerate() {
                    builder.push(
                        Kind::Action,
                        Target::Action(a, r, i),
                        &[&action.id, &every_language(&action.text)],
                        &action.leads.join(", "),
                    );
                }
            }
        }
        for (i, risk) in pack.risks.iter().enumerate() {
            builder.push(
                Kind::Risk,
                Target::Risk(i),
                &[&risk.id, &every_language(&risk.title)],
                &risk.owner,
            );
        }
        for (i, kpi) in pack.kpis.iter().enumerate() {
            builder.push(
                Kind::Kpi,
                Target::Kpi(i),
                &[&kpi.id, &every_language(&kpi.title)],
                "",
            );
        }
        SearchIndex {
            items: builder.items,
            whos: builder.whos.iter().map(|who| fold(who)).collect(),
            matcher: SkimMatcherV2::default().ignore_case(),
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
        let query = fold(query);
        let query = query.as_str();
        let all: Vec<usize>;
        let candidates = match within {
            Some(candidates) => candidates,
            None => {
                all = (0..self.items.len()).collect();
                &all
            }
        };
        // Each distinct lead or owner once; then each item's own text, across the cores,
        // without positions (those only for what is shown).
        let who_scores: Vec<Option<i64>> = self
            .whos
            .iter()
            .map(|who| self.matcher.fuzzy_match(who, query))
            .collect();
        let score = |item: &Item| {
            let own = self
                .matcher
                .fuzzy_match(&item.folded[..item.folded_own_end], query);
            let who = item.who.and_then(|w| who_scores[w]);
            own.max(who)
        };
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
                            .filter_map(|&item| score(&self.items[item]).map(|s| (s, item)))
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
        // Best first, ties in pack order; only the hits shown need sorting.
        let order = |a: &(i64, usize), b: &(i64, usize)| b.0.cmp(&a.0).then(a.1.cmp(&b.1));
        if scored.len() > MAX_HITS {
            scored.select_nth_unstable_by(MAX_HITS, order);
            scored.truncate(MAX_HITS);
        }
        scored.sort_by(order);
        let hits = scored
            .into_iter()
            .take(MAX_HITS)
            .filter_map(|(score, item)| {
                // Highlight where it matched: in its own text if it did, else in the name.
                // Folding keeps one character for one, so positions hold for the text shown.
                let line = &self.items[item].folded;
                let own_end = self.items[item].folded_own_end;
                let positions = match self.matcher.fuzzy_indices(&line[..own_end], query) {
                    Some((_, positions)) => positions,
                    None => {
                        let offset = line[..own_end].chars().count() + 2;
                        let (_, positions) = self
                            .matcher
                            .fuzzy_indices(line.get(own_end + 2..).unwrap_or(""), query)?;
                        positions.into_iter().map(|p| p + offset).collect()
                    }
                };
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

/// Text for matching with accents and other marks taken off ("Gwenllïan" → "Gwenllian",
/// "ŵ" → "w"), one character for each character of `text`, so match positions point at the
/// text as shown; a character that would fold into several is kept as it is. Case is left
/// to the matcher, which ignores it but still rewards a match at a capital.
pub fn fold(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    text.chars()
        .map(|c| {
            let mut base = std::iter::once(c).nfd().filter(|m| !is_combining_mark(*m));
            match (base.next(), base.next()) {
                (Some(one), None) => one,
                _ => c,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{SearchIndex, fold};
    use crate::model::Target;

    #[test]
    fn text_written_in_welsh_and_english_is_found_in_either() {
        let powys = crate::pack::parse(crate::pack::Source::new(
            "powys.ron",
            include_str!("../../packs/powys-children-2017.ron"),
        ))
        .expect("the Powys pack")
        .pack;
        let index = SearchIndex::new(&powys);
        for query in ["sefydlu bwrdd gwella", "establish an improvement board"] {
            let best = index
                .query(query)
                .first()
                .map(|hit| index.items[hit.item].target);
            assert_eq!(best, Some(Target::Action(0, 0, 0)), "{query}");
        }
    }

    #[test]
    fn folding_takes_off_accents_one_character_for_one() {
        assert_eq!(fold("Gwenllïan"), "Gwenllian");
        assert_eq!(fold("Ŵyn Ŷd Ffïon Câr"), "Wyn Yd Ffion Car");
        assert_eq!(
            fold("ﬁ ß Ⅻ"),
            "ﬁ ß Ⅻ",
            "not decomposed into several letters"
        );
        for text in ["Gwenllïan ap Rhys", "Sir Gâr", "naïve café", "한국어", "ﬁ"] {
            assert_eq!(fold(text).chars().count(), text.chars().count(), "{text}");
        }
    }
}
