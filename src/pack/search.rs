//! The fuzzy finder's index: every recommendation, action, risk and KPI as one line of text
//! (id, title or text, leads), matched with fuzzy-matcher's skim algorithm. A query matches
//! an item's id, its text or who leads it, each on its own, and the best of the three ranks
//! it: "r45" finds risk R45 and "foster" its text, as a member types either.

use crate::locale::Lang;
use crate::model::Pack;
use crate::model::{Target, Text};
use crate::sanitize;
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Recommendation,
    Action,
    Risk,
    Kpi,
}

impl Kind {
    pub fn label(self, lang: Lang) -> String {
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
}

/// What a search reads of an item, kept apart from what is shown so that a search walks
/// a dense list (40 bytes an item) in pack order.
struct Matchable {
    /// Where its id, with accents folded, is in the index's `folded`.
    id: Range<usize>,
    /// Where its text (in every language it is written in), folded, is in `folded`; it
    /// follows the id there.
    text: Range<usize>,
    /// Where the text's Welsh starts, in chars from the text's start, when it is written in
    /// both languages (English first, two spaces between); 0 otherwise.
    welsh_at: u32,
    /// Its lead officers or owner, as an index into the index's distinct names.
    who: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub item: usize,
    pub score: i64,
    /// The part of the item that gave the score, where the screen highlights the match.
    pub field: Field,
}

/// The parts of an item a query is matched against, each on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Id,
    Text,
    Who,
}

/// At most this many hits are kept: more than fit on any screen.
pub const MAX_HITS: usize = 200;

pub struct SearchIndex {
    pub items: Vec<Item>,
    /// What is matched of each item, in the same order.
    matchable: Vec<Matchable>,
    /// Every item's id and text with accents folded (see [`fold`]), one after another in
    /// pack order: a search reads it from start to end, as the memory system reads best.
    /// Sanitized, so match positions are positions in the line shown.
    folded: String,
    /// The id and text as written of the items that folding changed, by item, with where
    /// the id ends: the rest are shown as they are matched, so a pack in English holds its
    /// text once (at the size limit the index took 24 MiB with a copy of every line, 7
    /// without).
    accented: Vec<(usize, usize, String)>,
    /// Distinct lead officers and owners: a few dozen names shared by thousands of items,
    /// matched once per query instead of once per item; folded, and as written.
    whos: Vec<String>,
    whos_written: Vec<String>,
    matcher: Matcher,
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
    matchable: Vec<Matchable>,
    folded: String,
    accented: Vec<(usize, usize, String)>,
    whos: Vec<String>,
    who_index: std::collections::HashMap<String, usize>,
}

impl Builder {
    fn push(&mut self, kind: Kind, target: Target, id: &str, text: &Text, who: &str) {
        let id = sanitize::line(id);
        let (text, welsh_at) = match (text.written_in(Lang::En), text.written_in(Lang::Cy)) {
            (Some(en), Some(cy)) => {
                let en = sanitize::line(en);
                let welsh_at = en.chars().count() + 2;
                (format!("{en}  {}", sanitize::line(cy)).into(), welsh_at)
            }
            _ => (
                sanitize::line(text.versions().next().unwrap_or_default()),
                0,
            ),
        };
        let who = sanitize::line(who).trim().to_string();
        let who = if who.is_empty() {
            None
        } else {
            let next = self.whos.len();
            let index = *self.who_index.entry(who.clone()).or_insert(next);
            if index == next {
                self.whos.push(who);
            }
            Some(index)
        };
        let start = self.folded.len();
        self.folded.extend(folded_chars(&id));
        let between = self.folded.len();
        self.folded.extend(folded_chars(&text));
        if self.folded[start..between] != *id || self.folded[between..] != *text {
            let written = format!("{id}{text}");
            self.accented.push((self.items.len(), id.len(), written));
        }
        self.items.push(Item { kind, target });
        self.matchable.push(Matchable {
            id: start..between,
            text: between..self.folded.len(),
            welsh_at: u32::try_from(welsh_at).unwrap_or(0),
            who,
        });
    }
}

/// Leads and owners in every language they are written in, so either finds them.
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
                    &rec.id,
                    &rec.text,
                    "",
                );
                for (i, action) in rec.actions.iter().enumerate() {
                    builder.push(
                        Kind::Action,
                        Target::Action(a, r, i),
                        &action.id,
                        &action.text,
                        &action
                            .leads
                            .iter()
                            .map(every_language)
                            .collect::<Vec<_>>()
                            .join(", "),
                    );
                }
            }
        }
        for (i, risk) in pack.risks.iter().enumerate() {
            builder.push(
                Kind::Risk,
                Target::Risk(i),
                &risk.id,
                &risk.title,
                &every_language(&risk.owner),
            );
        }
        for (i, kpi) in pack.kpis.iter().enumerate() {
            builder.push(Kind::Kpi, Target::Kpi(i), &kpi.id, &kpi.title, "");
        }
        // Lists that doubled as they grew hold up to twice what they need.
        builder.items.shrink_to_fit();
        builder.matchable.shrink_to_fit();
        builder.folded.shrink_to_fit();
        builder.accented.shrink_to_fit();
        SearchIndex {
            items: builder.items,
            matchable: builder.matchable,
            folded: builder.folded,
            accented: builder.accented,
            whos: builder.whos.iter().map(|who| fold(who)).collect(),
            whos_written: builder.whos,
            matcher: Matcher::default(),
        }
    }

    /// Item `n` as the screen shows it in `lang`: its id and text two spaces apart, then
    /// who leads or owns it, as written (sanitized), so the match positions hold for it. A
    /// text written in both languages shows the one in `lang` first.
    pub fn line(&self, n: usize, lang: Lang) -> String {
        let item = &self.matchable[n];
        let (id, text) = match self.accented.binary_search_by_key(&n, |&(item, ..)| item) {
            Ok(k) => {
                let (_, id_len, written) = &self.accented[k];
                written.split_at(*id_len)
            }
            Err(_) => (
                &self.folded[item.id.clone()],
                &self.folded[item.text.clone()],
            ),
        };
        let text = match self.welsh_first(n, lang) {
            Some(welsh) => welsh.reorder(text),
            None => text.into(),
        };
        // As `fields` places them: the non-empty parts two spaces apart, who after.
        let own: Vec<&str> = [id, &text].into_iter().filter(|p| !p.is_empty()).collect();
        let mut line = own.join("  ");
        if let Some(who) = item.who {
            line.push_str("  ");
            line.push_str(&self.whos_written[who]);
        }
        line
    }

    /// How item `n`'s text is reordered to show its Welsh first, when `lang` is Welsh and
    /// it has both.
    fn welsh_first(&self, n: usize, lang: Lang) -> Option<WelshFirst> {
        let item = &self.matchable[n];
        (lang == Lang::Cy && item.welsh_at > 0).then(|| WelshFirst {
            welsh_at: item.welsh_at as usize,
            chars: self.folded[item.text.clone()].chars().count(),
        })
    }

    /// How many chars of item `n`'s line are its id.
    pub fn id_chars(&self, n: usize) -> usize {
        self.fields(n)[0].0.chars().count()
    }

    /// Item `n`'s id, text and lead, folded for matching, each with where it starts (in
    /// chars) in the item's line.
    fn fields(&self, n: usize) -> [(&str, usize); 3] {
        let item = &self.matchable[n];
        let id = &self.folded[item.id.clone()];
        let text = &self.folded[item.text.clone()];
        let who = item.who.map_or("", |w| self.whos[w].as_str());
        // Shown as the non-empty parts two spaces apart (see `Builder::push`).
        let id_chars = id.chars().count();
        let text_at = if id.is_empty() { 0 } else { id_chars + 2 };
        let own_chars = if text.is_empty() {
            id_chars
        } else {
            text_at + text.chars().count()
        };
        let who_at = own_chars + 2;
        [(id, 0), (text, text_at), (who, who_at)]
    }

    /// The char positions in the hit's line (as [`Self::line`] shows it in `lang`) that
    /// `query` matched, for highlighting: worked out only for the hits a screen shows.
    pub fn positions(&self, hit: &Hit, query: &str, lang: Lang) -> Vec<usize> {
        let (text, at) = self.fields(hit.item)[hit.field as usize];
        let welsh = self
            .welsh_first(hit.item, lang)
            .filter(|_| hit.field == Field::Text);
        // Folding keeps one character for one, so positions hold for the text shown.
        positions_in(text, &fold(query))
            .map(|positions| {
                positions
                    .into_iter()
                    .map(|p| welsh.as_ref().map_or(p, |welsh| welsh.shown_at(p)) + at)
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Best matches first; an empty query lists nothing.
    pub fn query(&self, query: &str) -> Vec<Hit> {
        self.query_within(query, None).0
    }

    /// The best hits for `query` among `within` (every item when `None`), and every item
    /// that matched. A longer query can only match a subset of a shorter one's matches,
    /// so typing narrows the search to the previous matches: `within` is what a query that
    /// `query` starts with matched.
    pub fn query_within(&self, query: &str, within: Option<&Matched>) -> (Vec<Hit>, Matched) {
        self.query_on(super::cores().min(8), query, within)
    }

    /// [`Self::query_within`] on `threads` threads: each scores its share of the items on
    /// its own, and what they find together is the same however many they are.
    fn query_on(
        &self,
        threads: usize,
        query: &str,
        within: Option<&Matched>,
    ) -> (Vec<Hit>, Matched) {
        if query.trim().is_empty() {
            return (Vec::new(), Matched::default());
        }
        let query = fold(query);
        let query = query.as_str();
        let pattern: Vec<char> = query.chars().collect();
        let all: Vec<Reached>;
        let (candidates, gain) = match within {
            Some(within) => {
                let added = pattern.len().saturating_sub(within.chars);
                let gain =
                    NEXT_CHARACTER_GAIN.saturating_mul(i64::try_from(added).unwrap_or(i64::MAX));
                (within.items.as_slice(), Some(gain))
            }
            None => {
                // Nothing is known of what the shorter queries scored: at most what any
                // text can score for them.
                let shorter = most_for(pattern.len() - 1);
                all = (0..self.items.len())
                    .map(|n| Reached::new(n, shorter))
                    .collect();
                (all.as_slice(), None)
            }
        };
        let scoring = self.matcher.scoring(query);
        // Each distinct lead or owner once; then each item's own text, across the cores.
        let who_scores: Vec<Option<i64>> = self.whos.iter().map(|who| scoring.score(who)).collect();
        let bound = Bound::of(&scoring, &pattern);
        let chunk = candidates.len().div_ceil(threads).max(1);
        let letters = Letters::of(&pattern);
        let scan = |part| {
            self.scan(
                part,
                gain,
                &Scorer {
                    scoring: &scoring,
                    letters: &letters,
                    who_scores: &who_scores,
                    bound: &bound,
                },
            )
        };
        // The first part on this thread, the rest each on a core of its own.
        let found: Vec<Scan> = std::thread::scope(|scope| {
            let mut parts = candidates.chunks(chunk);
            let first = parts.next().unwrap_or_default();
            let workers: Vec<_> = parts.map(|part| scope.spawn(move || scan(part))).collect();
            let mut found = vec![scan(first)];
            found.extend(workers.into_iter().map(|w| w.join().unwrap_or_default()));
            found
        });
        let mut matched = Matched {
            chars: pattern.len(),
            items: Vec::new(),
        };
        let mut scored = Vec::new();
        for part in found {
            matched.items.extend(part.matched);
            scored.extend(part.scored);
        }
        // Best first, ties in pack order; only the hits shown need sorting.
        let order = |a: &Hit, b: &Hit| b.score.cmp(&a.score).then(a.item.cmp(&b.item));
        if scored.len() > MAX_HITS {
            scored.select_nth_unstable_by(MAX_HITS, order);
            scored.truncate(MAX_HITS);
            // What is kept (the finder's first characters, the narrowing) keeps its
            // capacity: up to every item's hit (1.6 MiB a query at the size limit).
            scored.shrink_to_fit();
        }
        scored.sort_by(order);
        (scored, matched)
    }
}

/// A text written in English then Welsh, shown Welsh first: "Welsh  English".
struct WelshFirst {
    /// Where the Welsh starts, in chars, after the English and two spaces.
    welsh_at: usize,
    /// The whole text's length in chars.
    chars: usize,
}

impl WelshFirst {
    fn reorder<'t>(&self, text: &'t str) -> std::borrow::Cow<'t, str> {
        let byte = |chars| {
            text.char_indices()
                .nth(chars)
                .map_or(text.len(), |(b, _)| b)
        };
        let (english, welsh) = (
            &text[..byte(self.welsh_at - 2)],
            &text[byte(self.welsh_at)..],
        );
        format!("{welsh}  {english}").into()
    }

    /// Where the char at `p` of the text as matched is shown.
    fn shown_at(&self, p: usize) -> usize {
        let english = self.welsh_at - 2;
        let welsh = self.chars - self.welsh_at;
        if p >= self.welsh_at {
            p - self.welsh_at
        } else if p < english {
            welsh + 2 + p
        } else {
            // The two spaces between.
            welsh + (p - english)
        }
    }
}

/// Every item a query matched, in pack order, each with the most it can have scored for
/// that query or any shorter one typed on the way to it: what lets the search for the next
/// character pass over an item without scoring it (see [`NEXT_CHARACTER_GAIN`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Matched {
    /// How many characters the query had.
    chars: usize,
    items: Vec<Reached>,
}

impl Matched {
    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The items, in pack order.
    pub fn items(&self) -> impl Iterator<Item = usize> + '_ {
        self.items.iter().map(|reached| reached.item as usize)
    }
}

/// An item matched, with the most it can have scored so far (8 bytes: at the size limit a
/// query matches up to 68,563 items, and the finder keeps every query typed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Reached {
    /// Which item: a pack has at most [`super::MAX_PACK_BYTES`] of text, so fewer than
    /// 2^32 items.
    item: u32,
    /// `i32::MAX` stands for any score.
    reach: i32,
}

impl Reached {
    fn new(item: usize, reach: i64) -> Reached {
        Reached {
            item: item as u32,
            // A score below i32's range is stored as its least (still no less than the
            // score); one above it as any score.
            reach: i32::try_from(reach).unwrap_or(if reach < 0 { i32::MIN } else { i32::MAX }),
        }
    }

    fn reach(self) -> i64 {
        match self.reach {
            i32::MAX => i64::MAX,
            reach => i64::from(reach),
        }
    }
}

/// The most one more character of a query adds to a text's score over the most that the
/// query so far, or any shorter one, scored it (or -1, skim's score of nothing matched
/// yet): skim's score for a matched character (16) and the largest bonus it gives one
/// past a text's first (8, at the start of a word). It is added to the most, not to the
/// score before, because skim works its rows out in two that take turns: each row starts
/// from what the row two above left in its first cells. A property test checks it
/// against random texts and queries.
const NEXT_CHARACTER_GAIN: i64 = 24;

/// The most any text can score for a query of one character: skim's 16 for the match,
/// less 1, and its bonus for a text's first character, doubled (16).
const ONE_CHARACTER_MOST: i64 = 31;

/// The most any text can score for a query of `chars` characters, by the two above.
fn most_for(chars: usize) -> i64 {
    match chars.checked_sub(1) {
        None => i64::MIN,
        Some(more) => {
            let more = i64::try_from(more).unwrap_or(i64::MAX);
            ONE_CHARACTER_MOST.saturating_add(NEXT_CHARACTER_GAIN.saturating_mul(more))
        }
    }
}

/// The answers to the queries every search starts with: one character (the letters and
/// digits, each as typed), and a letter or digit typed twice ("ll", "dd", "ff" start many
/// Welsh words). One character matches nearly every item, which makes it the slowest query
/// of all; a letter typed twice matches nearly as many, and narrows nothing, as its first
/// letter's answer keeps no scores to pass an item over by. So these are worked out once,
/// on a thread of their own, while the chair is still on the first screens (see
/// `App::new`). Each answer's hits and items are exactly what
/// [`SearchIndex::query_within`] gives; what each item can have scored is kept as the most
/// any text can score for one character, and for a letter typed twice, as what the search
/// found, to a byte.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct FirstCharacters(Vec<(String, Answer)>);

/// One query's hits, and every item it matched as one bit an item (a few KiB even at the
/// size limit, where a list of them would take half a MiB for each character).
#[derive(Debug, PartialEq, Eq)]
struct Answer {
    hits: Vec<Hit>,
    matched: Vec<u64>,
    /// For a query of two characters, what each item matched (in pack order) can have
    /// scored, over the most for one character: no more than [`NEXT_CHARACTER_GAIN`], so
    /// a byte. Empty for one character.
    over_one: Vec<u8>,
}

impl FirstCharacters {
    pub fn of(index: &SearchIndex) -> FirstCharacters {
        let alphanumeric = || ('0'..='9').chain('a'..='z');
        let once = alphanumeric().chain('A'..='Z').map(String::from);
        let twice = alphanumeric().map(|c| format!("{c}{c}"));
        FirstCharacters(
            once.chain(twice)
                .map(|query| {
                    // On this thread alone: the chair's keys have the other core, and
                    // one thread's transient lists reuse one heap (threads of their own
                    // each kept theirs: 29 MiB more at the size limit).
                    let (hits, matched) = index.query_on(1, &query, None);
                    let mut bits = vec![0u64; index.items.len().div_ceil(64)];
                    for n in matched.items() {
                        bits[n / 64] |= 1 << (n % 64);
                    }
                    let over_one = if matched.chars == 1 {
                        Vec::new()
                    } else {
                        matched
                            .items
                            .iter()
                            .map(|reached| over_one(reached.reach()))
                            .collect()
                    };
                    let answer = Answer {
                        hits,
                        matched: bits,
                        over_one,
                    };
                    (query, answer)
                })
                .collect(),
        )
    }

    /// The hits and matched items for `query` if it is one of the queries kept.
    pub fn get(&self, query: &str) -> Option<(Vec<Hit>, Matched)> {
        let query = fold(query);
        let (_, answer) = self.0.iter().find(|(kept, _)| *kept == query)?;
        let items = answer.matched.iter().enumerate().flat_map(|(word, &bits)| {
            (0..64)
                .filter(move |bit| bits & (1 << bit) != 0)
                .map(move |bit| word * 64 + bit)
        });
        let reached: Vec<Reached> = if answer.over_one.is_empty() {
            items.map(|n| Reached::new(n, ONE_CHARACTER_MOST)).collect()
        } else {
            items
                .zip(&answer.over_one)
                .map(|(n, &over)| Reached::new(n, ONE_CHARACTER_MOST + i64::from(over)))
                .collect()
        };
        let chars = query.chars().count();
        Some((
            answer.hits.clone(),
            Matched {
                chars,
                items: reached,
            },
        ))
    }
}

/// What an item that a two-character query matched can have scored, over the most for one
/// character; at most [`NEXT_CHARACTER_GAIN`], the most the second character can add.
fn over_one(reach: i64) -> u8 {
    let over = reach.clamp(ONE_CHARACTER_MOST, most_for(2)) - ONE_CHARACTER_MOST;
    u8::try_from(over).unwrap_or(u8::MAX)
}

/// What one core found in its share of the candidates, in pack order: every item that
/// matches, and the scores of those that can still be among the best shown.
#[derive(Default)]
struct Scan {
    matched: Vec<Reached>,
    scored: Vec<Hit>,
}

/// What a core scores items with: the query, and what it knows before scoring any.
struct Scorer<'a> {
    scoring: &'a Scoring<'a>,
    letters: &'a Letters,
    who_scores: &'a [Option<i64>],
    bound: &'a Bound,
}

/// The least of the best `MAX_HITS` scores a core has found so far, once it has found that
/// many: a later item (in pack order) that cannot score more than it cannot be shown, as
/// ties go in pack order.
struct Floor(std::collections::BinaryHeap<std::cmp::Reverse<i64>>);

impl Floor {
    fn new() -> Floor {
        Floor(std::collections::BinaryHeap::with_capacity(MAX_HITS))
    }

    fn get(&self) -> Option<i64> {
        let least = self.0.peek()?.0;
        (self.0.len() == MAX_HITS).then_some(least)
    }

    fn add(&mut self, score: i64) {
        if self.0.len() < MAX_HITS {
            self.0.push(std::cmp::Reverse(score));
        } else if self.0.peek().is_some_and(|least| score > least.0) {
            self.0.pop();
            self.0.push(std::cmp::Reverse(score));
        }
    }
}

/// skim's scores, each as skim gives it for the text alone.
///
/// fuzzy-matcher 0.3.7 keeps its table of scores from call to call on each thread, and
/// reads a few of its cells that the call did not write. With a query whose first two
/// characters are the same letter (Welsh "ll", "ff", "dd"), an item's score could depend
/// on the item scored before it on that core ("lle" on the Powys pack: 1 of its 124 hits
/// scored higher); with any query, the positions it reports could. Those are worked out
/// with a matcher made for the call, whose table is new (about 0.6 µs more a text), but
/// only for a text that the kept table scores high enough to be shown (the kept table
/// never scores less: see [`Scoring::score_over`]); every other score with the one kept.
/// (`use_cache(false)`, meant for this, panics in 0.3.7: it borrows a cell that is still
/// borrowed.) Property tests check the scores against a new matcher's.
struct Matcher(SkimMatcherV2);

impl Default for Matcher {
    fn default() -> Matcher {
        Matcher(skim())
    }
}

/// A matcher as the finder uses it: ASCII case ignored, as folding leaves case alone.
fn skim() -> SkimMatcherV2 {
    SkimMatcherV2::default().ignore_case()
}

impl Matcher {
    /// How texts are scored for `query` (folded).
    fn scoring<'a>(&'a self, query: &'a str) -> Scoring<'a> {
        let mut chars = query.chars();
        let new_table = matches!(
            (chars.next(), chars.next()),
            (Some(a), Some(b)) if a.eq_ignore_ascii_case(&b)
        );
        Scoring {
            kept: &self.0,
            query,
            new_table,
        }
    }
}

/// Where `query` (folded) matches in `text`, if it does, worked out on a new table (see
/// [`Matcher`]): only for the rows a frame shows.
fn positions_in(text: &str, query: &str) -> Option<Vec<usize>> {
    skim()
        .fuzzy_indices(text, query)
        .map(|(_, positions)| positions)
}

/// A query, with the table its scores are worked out on (see [`Matcher`]).
struct Scoring<'a> {
    kept: &'a SkimMatcherV2,
    query: &'a str,
    new_table: bool,
}

impl Scoring<'_> {
    fn score(&self, text: &str) -> Option<i64> {
        if self.new_table {
            skim().fuzzy_match(text, self.query)
        } else {
            self.kept.fuzzy_match(text, self.query)
        }
    }

    /// The text's score where it is more than `least`; otherwise a score no less than the
    /// text's and no more than `least`, which is all a core needs of a text that cannot
    /// be shown. That is the kept table's score where a new table is due: the cells it
    /// reads without having written them hold bonuses left by earlier texts, none below
    /// a new table's 0, and a bonus only ever adds to a score, so the kept table never
    /// scores a text less than a new one does. A new table is made only for a text the
    /// kept one scores above `least` (at the size limit, "ll" took 160 ms with a new
    /// table for every text, 31 ms this way).
    fn score_over(&self, text: &str, least: Option<i64>) -> Option<i64> {
        if let (true, Some(least)) = (self.new_table, least) {
            let at_most = self.kept.fuzzy_match(text, self.query)?;
            if at_most <= least {
                return Some(at_most);
            }
        }
        self.score(text)
    }
}

/// The best score any text can give the query (the query itself, at the very start of
/// the text: skim doubles the bonus of a text's first character), and the best it can
/// give where the text does not start with the query's first letter (the query after a
/// space): once a core's [`Floor`] is at least that, a part not starting with that letter
/// need not be scored. Both bounds are checked by a property test below against random
/// texts.
struct Bound {
    first: Option<char>,
    elsewhere: i64,
}

impl Bound {
    fn of(scoring: &Scoring, pattern: &[char]) -> Bound {
        let query: String = pattern.iter().collect();
        match pattern.first() {
            Some(&first) if first.is_alphanumeric() => Bound {
                first: Some(first),
                elsewhere: scoring.score(&format!(" {query}")).unwrap_or(i64::MAX),
            },
            // No shortcut for a query starting with a space or a sign.
            _ => Bound {
                first: None,
                elsewhere: i64::MAX,
            },
        }
    }

    /// Whether `text` can score more than `elsewhere`: only by starting with the query's
    /// first letter.
    fn may_beat(&self, text: &str) -> bool {
        match (self.first, text.chars().next()) {
            (Some(first), Some(c)) => c.eq_ignore_ascii_case(&first),
            (None, _) => true,
            (_, None) => false,
        }
    }
}

/// The query's characters, each as the bytes that can stand for it in a text: what skim
/// matches before it scores (its letters in order, ASCII case ignored), found with
/// `memchr` a run of text at a time instead of decoding every character.
struct Letters(Vec<Letter>);

enum Letter {
    /// An ASCII letter, either case.
    Either(u8, u8),
    /// Any other ASCII character.
    Byte(u8),
    /// A character outside ASCII, matched exactly: its UTF-8 bytes, which appear in a text
    /// only where the character does.
    Encoded([u8; 4], usize),
}

impl Letters {
    fn of(pattern: &[char]) -> Letters {
        Letters(
            pattern
                .iter()
                .map(|&c| match u8::try_from(c) {
                    Ok(b) if b.is_ascii_alphabetic() => {
                        Letter::Either(b.to_ascii_lowercase(), b.to_ascii_uppercase())
                    }
                    Ok(b) if b.is_ascii() => Letter::Byte(b),
                    _ => {
                        let mut bytes = [0; 4];
                        let len = c.encode_utf8(&mut bytes).len();
                        Letter::Encoded(bytes, len)
                    }
                })
                .collect(),
        )
    }

    /// Whether skim matches them in `text` at all: if it does, the part of `text` that
    /// skim's score depends on. That is from the character before the first letter's first
    /// place (whose kind gives that letter its bonus) to the last letter's last place: skim
    /// never matches before the one nor after the other, and a cell of its table depends
    /// only on the cells to its left. A property test checks the score is the same.
    fn span_in(&self, text: &str) -> Option<Range<usize>> {
        let bytes = text.as_bytes();
        let mut from = 0;
        let mut first = None;
        for letter in &self.0 {
            let (at, len) = letter.find(&bytes[from..])?;
            first.get_or_insert(from + at);
            from += at + len;
        }
        let last = self.0.last()?;
        let end = last.rfind(bytes).map_or(from, |(at, len)| at + len);
        let first = first?;
        let start = text[..first]
            .char_indices()
            .next_back()
            .map_or(0, |(at, _)| at);
        Some(start..end)
    }
}

impl Letter {
    /// Where it first appears in `bytes`, and how many bytes it takes there.
    fn find(&self, bytes: &[u8]) -> Option<(usize, usize)> {
        match *self {
            Letter::Either(lower, upper) => memchr::memchr2(lower, upper, bytes).map(|at| (at, 1)),
            Letter::Byte(b) => memchr::memchr(b, bytes).map(|at| (at, 1)),
            Letter::Encoded(code, len) => {
                memchr::memmem::find(bytes, &code[..len]).map(|at| (at, len))
            }
        }
    }

    /// Where it last appears in `bytes`, and how many bytes it takes there.
    fn rfind(&self, bytes: &[u8]) -> Option<(usize, usize)> {
        match *self {
            Letter::Either(lower, upper) => memchr::memrchr2(lower, upper, bytes).map(|at| (at, 1)),
            Letter::Byte(b) => memchr::memrchr(b, bytes).map(|at| (at, 1)),
            Letter::Encoded(code, len) => {
                memchr::memmem::rfind(bytes, &code[..len]).map(|at| (at, len))
            }
        }
    }
}

impl SearchIndex {
    /// Scores `part` (in pack order) for the query, passing over the items that cannot be
    /// among the best `MAX_HITS`: one whose every part scores no more than the core's
    /// [`Floor`], by [`Bound`] or, where `part` is what a shorter query matched, by what
    /// the characters added (`gain`) can add to what it scored before.
    fn scan(&self, part: &[Reached], gain: Option<i64>, scorer: &Scorer) -> Scan {
        let Scorer {
            scoring,
            letters,
            who_scores,
            bound,
        } = scorer;
        let mut scan = Scan::default();
        let mut floor = Floor::new();
        for &reached in part {
            let n = reached.item as usize;
            let item = &self.matchable[n];
            let id = &self.folded[item.id.clone()];
            let text = &self.folded[item.text.clone()];
            let id_span = letters.span_in(id);
            let text_span = letters.span_in(text);
            let who = item.who.and_then(|w| who_scores[w]);
            if id_span.is_none() && text_span.is_none() && who.is_none() {
                continue;
            }
            let before = reached.reach();
            let least = floor.get();
            let can = gain.map_or(i64::MAX, |gain| before.max(-1).saturating_add(gain));
            if least.is_some_and(|least| can <= least) {
                scan.matched.push(Reached::new(n, can));
                continue;
            }
            // The best part, the first of them on a tie; and the most the item can
            // score, counting the parts not scored at what they can score.
            let mut best: Option<(i64, Field)> = None;
            let mut most = who.unwrap_or(i64::MIN);
            for (span, text, field) in [(id_span, id, Field::Id), (text_span, text, Field::Text)] {
                let Some(span) = span else {
                    continue;
                };
                let part_can = if bound.may_beat(text) {
                    i64::MAX
                } else {
                    bound.elsewhere
                };
                if least.is_some_and(|least| part_can <= least) {
                    most = most.max(part_can);
                    continue;
                }
                let Some(score) = scoring.score_over(&text[span], least) else {
                    continue;
                };
                most = most.max(score);
                if best.is_none_or(|(best, _)| score > best) {
                    best = Some((score, field));
                }
            }
            if let Some(who) = who
                && best.is_none_or(|(best, _)| who > best)
            {
                best = Some((who, Field::Who));
            }
            scan.matched
                .push(Reached::new(n, before.max(most.min(can))));
            match best {
                Some((score, field)) if least.is_none_or(|least| score > least) => {
                    floor.add(score);
                    scan.scored.push(Hit {
                        item: n,
                        score,
                        field,
                    });
                }
                _ => {}
            }
        }
        scan
    }
}

/// Text for matching with accents and other marks taken off ("Gwenllïan" → "Gwenllian",
/// "ŵ" → "w"), one character for each character of `text`, so match positions point at the
/// text as shown; a character that would fold into several is kept as it is. Case is left
/// to the matcher, which ignores it but still rewards a match at a capital.
pub fn fold(text: &str) -> String {
    folded_chars(text).collect()
}

/// [`fold`], a character at a time.
fn folded_chars(text: &str) -> impl Iterator<Item = char> + '_ {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    text.chars().map(|c| {
        let mut base = std::iter::once(c).nfd().filter(|m| !is_combining_mark(*m));
        match (base.next(), base.next()) {
            (Some(one), None) => one,
            _ => c,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::{
        Bound, FirstCharacters, Letters, MAX_HITS, Matched, Matcher, NEXT_CHARACTER_GAIN,
        ONE_CHARACTER_MOST, SearchIndex, fold, skim,
    };
    use crate::locale::Lang;
    use crate::model::Target;
    use fuzzy_matcher::FuzzyMatcher;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]
        /// What the search's shortcut relies on: no text scores more than the query itself,
        /// and a text not starting with the query's first letter no more than the query
        /// after a space.
        #[test]
        fn no_text_scores_more_than_the_bounds(
            text in "[aAbBcŵ1 ./\\\\(_:-]{0,30}",
            query in "[aAbBcŵ1 ./(-]{1,6}",
        ) {
            let matcher = Matcher::default();
            let pattern: Vec<char> = query.chars().collect();
            let bound = Bound::of(&matcher.scoring(&query), &pattern);
            let best = skim().fuzzy_match(&query, &query).unwrap();
            if let Some(score) = skim().fuzzy_match(&text, &query) {
                prop_assert!(score <= best, "{text:?} {query:?}: {score} > {best}");
                prop_assert!(
                    bound.may_beat(&text) || score <= bound.elsewhere,
                    "{text:?} {query:?}: {score} > {}", bound.elsewhere
                );
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]
        /// The prefilter says an item matches exactly when skim does, and skim scores the
        /// part of the text it picks as it scores the whole text (each by a new matcher:
        /// see `Matcher`).
        #[test]
        fn the_prefilter_matches_where_skim_does(
            text in "[aAbBzZŵŴéï1 ./\\\\(_:-]{0,30}",
            query in "[aAbBzŵŴéï1 ./(-]{1,6}",
        ) {
            let pattern: Vec<char> = query.chars().collect();
            let span = Letters::of(&pattern).span_in(&text);
            let score = skim().fuzzy_match(&text, &query);
            prop_assert_eq!(span.is_some(), score.is_some(), "{:?} {:?}", text, query);
            if let Some(span) = span {
                prop_assert_eq!(
                    skim().fuzzy_match(&text[span.clone()], &query),
                    score,
                    "{:?} {:?}: scored on {:?}", text, query, &text[span]
                );
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]
        /// A score is what a new matcher gives the text alone, whatever the finder scored
        /// before it on that thread (see `Matcher`).
        #[test]
        fn a_score_does_not_depend_on_the_text_scored_before_it(
            before in "[aAbBzZŵŴéï1 ./\\\\(_:-]{0,40}",
            text in "[aAbBzZŵŴéï1 ./\\\\(_:-]{0,30}",
            query in "[aAbBzŵŴéï1 ./(-]{1,6}",
        ) {
            let matcher = Matcher::default();
            let scoring = matcher.scoring(&query);
            // What the thread scored before: this query, and another.
            scoring.score(&before);
            matcher.scoring(&before).score(&before);
            prop_assert_eq!(scoring.score(&text), skim().fuzzy_match(&text, &query));
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]
        /// Where a new table is due, the kept one, whatever it scored before, never
        /// scores a text less than the new one does: a text it scores no more than a
        /// core's floor cannot be shown, and one it scores above the floor gets the new
        /// table's score.
        #[test]
        fn a_text_the_kept_table_scores_low_is_no_higher_on_a_new_one(
            before in "[aAbBzZŵŴéï1 ./\\(_:-]{0,40}",
            text in "[aAbBzZŵŴéï1 ./\\(_:-]{0,30}",
            doubled in "aa|aA|Aa|bb|ŵŵ|11|\\.\\.",
            rest in "[aAbBzŵŴéï1 ./(-]{0,5}",
            least in -20i64..120,
        ) {
            let query = format!("{doubled}{rest}");
            let matcher = Matcher::default();
            let scoring = matcher.scoring(&query);
            scoring.score(&before);
            matcher.scoring(&before).score(&before);
            let new = skim().fuzzy_match(&text, &query);
            let got = scoring.score_over(&text, Some(least));
            prop_assert_eq!(got.is_some(), new.is_some(), "{:?} {:?}", text, query);
            if let (Some(got), Some(new)) = (got, new) {
                prop_assert!(got >= new, "{text:?} {query:?}: {got} < {new}");
                if got > least || new > least {
                    prop_assert_eq!(got, new, "{:?} {:?} over {}", text, query, least);
                }
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]
        /// What narrowing relies on: a query of one character scores a text at most
        /// `ONE_CHARACTER_MOST`, and one a character longer at most `NEXT_CHARACTER_GAIN`
        /// more than the most the query, or any shorter one, scored it (or than -1).
        #[test]
        fn one_more_character_adds_at_most_the_gain(
            text in "[aAbBzZŵŴéï1 ./\\\\(_:-]{0,40}",
            query in "[aAbBzŵŴéï1 ./(-]{2,8}",
        ) {
            let chars: Vec<char> = query.chars().collect();
            let mut most: Option<i64> = None;
            for end in 1..=chars.len() {
                let query: String = chars[..end].iter().collect();
                let Some(score) = skim().fuzzy_match(&text, &query) else {
                    break;
                };
                let can = most.map_or(ONE_CHARACTER_MOST, |most| most.max(-1) + NEXT_CHARACTER_GAIN);
                prop_assert!(score <= can, "{text:?} {query:?}: {score} > {can}");
                most = Some(most.map_or(score, |most| most.max(score)));
            }
        }
    }

    /// Every item scored in full (each text by a new matcher), best first, ties in pack
    /// order: what the search must give, however it gets there.
    fn scored_in_full(index: &SearchIndex, query: &str) -> (Vec<(i64, usize)>, Vec<usize>) {
        let query = fold(query);
        let mut scored: Vec<(i64, usize)> = (0..index.items.len())
            .filter_map(|n| {
                let fields = index.fields(n).map(|(text, _)| text);
                let score = fields
                    .iter()
                    .filter_map(|text| skim().fuzzy_match(text, &query))
                    .max();
                score.map(|score| (score, n))
            })
            .collect();
        let matched = scored.iter().map(|&(_, n)| n).collect();
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        scored.truncate(MAX_HITS);
        (scored, matched)
    }

    #[test]
    fn the_shortcut_finds_what_scoring_every_item_finds() {
        let pack = crate::pack::generate(&crate::pack::GenerateOptions {
            actions: 3000,
            risks: 300,
            kpis: 100,
            periods: 2,
            seed: 7,
        });
        let index = SearchIndex::new(&pack);
        for word in [
            "assessment",
            "foster carer",
            "chief executive",
            "r45",
            "k1",
            "a.1.2",
            "aas",
            "lles",
            "eeg",
            "ssd",
        ] {
            // Typed a character at a time (each search within the one before), from the
            // answer kept for the first character; pasted onto its first two; and from
            // the answer kept for a letter typed twice.
            let first = FirstCharacters::of(&index);
            for (start, step) in [(1, 1), (2, 3), (2, 1)] {
                let mut within: Option<Matched> = first.get(&word[..1]).map(|(_, m)| m);
                if start == 2 {
                    within = first
                        .get(&word[..2])
                        .filter(|_| step == 1)
                        .map(|(_, m)| m)
                        .or_else(|| Some(index.query_within(&word[..2], None).1));
                }
                for end in (start + step..=word.len()).step_by(step) {
                    let query = &word[..end];
                    let (hits, matched) = index.query_within(query, within.as_ref());
                    let (expected, expected_matched) = scored_in_full(&index, query);
                    let got: Vec<(i64, usize)> = hits.iter().map(|h| (h.score, h.item)).collect();
                    assert_eq!(got, expected, "{query}");
                    assert_eq!(
                        matched.items().collect::<Vec<_>>(),
                        expected_matched,
                        "{query}"
                    );
                    within = Some(matched);
                }
            }
        }
    }

    #[test]
    fn the_answers_kept_for_first_characters_are_the_finders_own() {
        let pack = crate::pack::generate(&crate::pack::GenerateOptions {
            actions: 500,
            risks: 60,
            kpis: 20,
            periods: 2,
            seed: 3,
        });
        let index = SearchIndex::new(&pack);
        let first = FirstCharacters::of(&index);
        let listed = |(hits, matched): (Vec<super::Hit>, Matched)| {
            (hits, matched.items().collect::<Vec<_>>())
        };
        for query in ["a", "R", "7", "ŵ", "Â", "ll", "ee", "00", "ŵŵ"] {
            assert_eq!(
                first.get(query).map(listed),
                Some(listed(index.query_within(query, None))),
                "{query}"
            );
        }
        // What a letter typed twice keeps of each item is the most the search found it
        // can have scored, as the next character's search needs it.
        for query in ["ll", "ee", "ss"] {
            let (_, kept) = first.get(query).expect("kept");
            let (_, searched) = index.query_within(query, None);
            for (kept, searched) in kept.items.iter().zip(&searched.items) {
                assert_eq!(kept.item, searched.item, "{query}");
                assert!(
                    kept.reach() >= searched.reach().min(super::most_for(2)),
                    "{query}"
                );
                assert!(kept.reach() <= super::most_for(2), "{query}");
            }
        }
        for query in ["-", "ab", "", "ß", "LL", "lll"] {
            assert_eq!(first.get(query), None, "not kept: {query:?}");
        }
    }

    fn powys() -> crate::model::Pack {
        crate::pack::parse(crate::pack::Source::new(
            "powys.ron",
            include_str!("../../packs/powys-children-2017.ron"),
        ))
        .expect("the Powys pack")
        .pack
    }

    #[test]
    fn a_query_matches_the_id_the_text_and_the_lead_each_on_its_own() {
        let powys = powys();
        let index = SearchIndex::new(&powys);
        let risk = &powys.risks[0];
        let line =
            |hit: &super::Hit| -> Vec<char> { index.line(hit.item, Lang::En).chars().collect() };
        for (query, part) in [
            (risk.id.as_str(), risk.id.clone()),
            (&*risk.owner, risk.owner.to_string()),
        ] {
            let hits = index.query(query);
            let hit = hits
                .iter()
                .find(|hit| index.items[hit.item].target == Target::Risk(0))
                .expect("the risk is found");
            let line = line(hit);
            let lit: String = index
                .positions(hit, query, Lang::En)
                .iter()
                .map(|&p| line[p])
                .collect();
            assert_eq!(lit, crate::sanitize::line(&part), "{query}");
        }
    }

    #[test]
    fn only_text_that_folding_changed_is_kept_a_second_time() {
        let mut powys = powys();
        powys.risks[3].title = "Gofal cymdeithasol yn Sir Gâr".into();
        let index = SearchIndex::new(&powys);
        let risk = (0..index.items.len())
            .find(|&n| index.items[n].target == Target::Risk(3))
            .expect("the risk");
        assert!(
            index.line(risk, Lang::En).contains("Sir Gâr"),
            "{}",
            index.line(risk, Lang::En)
        );
        assert_eq!(
            index.accented.iter().map(|&(n, ..)| n).collect::<Vec<_>>(),
            [risk],
            "the one item with an accent"
        );
        for (n, id_len, written) in &index.accented {
            assert_ne!(
                fold(written),
                *written,
                "item {n} ({id_len}) needed no copy"
            );
        }
    }

    #[test]
    fn text_written_in_welsh_and_english_is_found_in_either() {
        let powys = powys();
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
    fn a_text_in_both_languages_shows_the_language_shown_first() {
        let powys = powys();
        let index = SearchIndex::new(&powys);
        let action = &powys.areas[0].recommendations[0].actions[0];
        let (en, cy) = (action.text.get(Lang::En), action.text.get(Lang::Cy));
        assert_ne!(en, cy, "written in both");
        let n = (0..index.items.len())
            .find(|&n| index.items[n].target == Target::Action(0, 0, 0))
            .expect("the action");
        let id = &action.id;
        assert!(
            index
                .line(n, Lang::En)
                .starts_with(&format!("{id}  {en}  {cy}"))
        );
        assert!(
            index
                .line(n, Lang::Cy)
                .starts_with(&format!("{id}  {cy}  {en}"))
        );
        // Whatever was matched, in either version or across both, the same letters are
        // lit in either order.
        for query in ["sefydlu bwrdd", "establish", "board  sef", "a.1.1", "s"] {
            for hit in index.query(query) {
                let lit = |lang| {
                    let line: Vec<char> = index.line(hit.item, lang).chars().collect();
                    let mut lit: Vec<char> = index
                        .positions(&hit, query, lang)
                        .iter()
                        .map(|&p| line[p])
                        .collect();
                    lit.sort_unstable();
                    lit
                };
                assert_eq!(lit(Lang::En), lit(Lang::Cy), "{query}: item {}", hit.item);
            }
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
