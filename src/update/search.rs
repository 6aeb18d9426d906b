//! The finder: typing narrows the hits, Enter jumps to one.

use super::{Effect, jump, moved};
use crate::action::Action;
use crate::pack::search::{FirstCharacters, Hit, Matched, SearchIndex};
use crate::state::{Overlay, Search, State};

pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    let Some(Overlay::Search(search)) = state.overlays.last_mut() else {
        return Vec::new();
    };
    let index = Finder {
        index: &state.search_index,
        first_characters: state.first_characters.as_deref(),
    };
    match action {
        Action::Type(c) => extend(search, &index, &c.to_string()),
        Action::Paste(text) => extend(search, &index, &crate::sanitize::line(&text)),
        Action::DeleteBack => {
            search.query.pop();
            search.narrowing.pop();
            search.hits = match search.narrowing.last() {
                Some((query, _, hits)) if query == &search.query => hits.clone(),
                _ => index.query(&search.query, None).0,
            };
            search.selected = 0;
        }
        Action::ClearQuery => {
            search.query.clear();
            search.narrowing.clear();
            search.hits.clear();
            search.selected = 0;
        }
        _ if action.moves() => {
            search.selected = moved(search.selected, search.hits.len(), search.rows, &action);
        }
        Action::Open => {
            let target = search
                .hits
                .get(search.selected)
                .map(|hit| index.index.items[hit.item].target);
            if let Some(target) = target {
                state.overlays.pop();
                jump(state, target);
            }
        }
        Action::Close => {
            state.overlays.pop();
        }
        _ => {}
    }
    Vec::new()
}

/// The index, with the answers to the queries searches start with once they are worked
/// out.
struct Finder<'a> {
    index: &'a SearchIndex,
    first_characters: Option<&'a FirstCharacters>,
}

impl Finder<'_> {
    /// A kept answer is the search's own whatever it would have been searched within, as
    /// `within` is only ever what a shorter query that `query` starts with matched.
    fn query(&self, query: &str, within: Option<&Matched>) -> (Vec<Hit>, Matched) {
        self.first_characters
            .and_then(|first| first.get(query))
            .unwrap_or_else(|| self.index.query_within(query, within))
    }
}

/// The query grown by `more`: a longer query searches only what the shorter one matched.
fn extend(search: &mut Search, index: &Finder, more: &str) {
    let within = match search.narrowing.last() {
        Some((query, matched, _)) if query == &search.query => Some(matched),
        _ => None,
    };
    let mut query = search.query.clone();
    query.push_str(more);
    let (hits, matched) = index.query(&query, within);
    search
        .narrowing
        .push((query.clone(), matched, hits.clone()));
    search.query = query;
    search.hits = hits;
    search.selected = 0;
}
