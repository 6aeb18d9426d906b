//! Finds where a value sits in the pack's text, so problems found after parsing (duplicate
//! ids, bad references) can be reported at `file:line:col` like syntax errors.
//!
//! serde drops positions, but ron can hand out each value as a `&RawValue` borrowed from the
//! source, and a borrowed slice's address gives its byte range. Walking the tree that way
//! costs a few extra parses, so it is only done when there is something to report.

use std::ops::Range;

/// One step from a value to a value inside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Field(&'static str),
    Index(usize),
}

/// A value's place: a few steps, kept on the stack (validation makes one for every id and
/// text it looks at, and keeps only those it reports).
pub type Path = smallvec::SmallVec<[Step; 8]>;

/// A value's place in the text, with the fields or items inside it that were asked for.
/// Field names are borrowed from the text: a tree along many paths holds no copies of them.
pub struct Node<'a> {
    range: Range<usize>,
    children: Children<'a>,
}

enum Children<'a> {
    /// A struct's (or map's) fields that were built, and where its first field starts and
    /// its last sits, whether built or not (what an edit adding a field needs).
    Fields {
        built: Vec<(&'a str, Node<'a>)>,
        ends: Option<(usize, Range<usize>)>,
    },
    Items(Vec<Node<'a>>),
    None,
}

impl<'a> Node<'a> {
    /// The tree of `source`, found in one pass over the text, or `None` if it is not RON
    /// this reader understands.
    pub fn parse(source: &'a str) -> Option<Node<'a>> {
        Scan::tree(source, Want::All)
    }

    /// The tree of `source` with nodes built only along `paths` (each node on a path with
    /// all its fields or items, those off every path with their extent only): what is needed
    /// to find those values, or to add to the structs and lists they are in, at a fraction
    /// of the whole tree's cost.
    pub fn parse_along(source: &'a str, wanted: &Wanted) -> Option<Node<'a>> {
        Scan::tree(source, Want::Along(wanted))
    }

    /// [`Self::parse_along`], read only as far as the last value wanted: what is needed to
    /// find those values (`locate`), not to edit the text. The lists and structs on the way
    /// to the last one are cut short where the reading stopped; everything before it, and
    /// every value at the end of a path, is as `parse_along` finds it.
    pub fn parse_until_found(source: &'a str, wanted: &Wanted) -> Option<Node<'a>> {
        Scan::tree(source, Want::Until { wanted, last: true })
    }

    /// The tree of `source` with nodes built `depth` levels below the top (`1`: the top
    /// value's fields, each with its fields or items); values deeper than that are passed
    /// over with their extent only, which is several times quicker than building nodes.
    pub fn parse_to(source: &'a str, depth: usize) -> Option<Node<'a>> {
        Scan::tree(source, Want::Depth(depth))
    }

    /// Its items, if it is a list.
    pub fn items(&self) -> &[Node<'a>] {
        match &self.children {
            Children::Items(items) => items,
            _ => &[],
        }
    }

    /// The byte range of the value at `path` in `source`, the text this tree was read
    /// from. A missing field is reported on the `id` of the struct that lacks it
    /// ([`Self::id_in`]), or on the whole struct when it has no id.
    pub fn locate(&self, source: &str, path: &[Step]) -> Range<usize> {
        let mut node = self;
        for step in path {
            match node.child(*step) {
                Some(child) => node = child,
                None => return node.id_in(source).unwrap_or(node.range.clone()),
            }
        }
        node.range.clone()
    }

    /// Where this struct's `id` field's value sits in `source`: from the tree if it was
    /// built along (`Wanted::to_locate` asks for it), else read again from the struct's text.
    fn id_in(&self, source: &str) -> Option<Range<usize>> {
        let id = [Step::Field("id")];
        if let Some(id) = self.find(&id) {
            return Some(id.range.clone());
        }
        let text = source.get(self.range.clone())?;
        let found = Node::parse_along(text, &std::iter::once(id.as_slice()).collect())?
            .find(&id)?
            .range
            .clone();
        Some(self.range.start + found.start..self.range.start + found.end)
    }

    /// The value at `path`, if the text has one there.
    pub fn find(&self, path: &[Step]) -> Option<&Node<'a>> {
        path.iter().try_fold(self, |node, step| node.child(*step))
    }

    /// Where this value sits in the text.
    pub fn span(&self) -> Range<usize> {
        self.range.clone()
    }

    /// Where its first field or item starts and its last sits, if it has any.
    pub fn first_and_last_child(&self) -> Option<(usize, Range<usize>)> {
        match &self.children {
            Children::Fields { ends, .. } => ends.clone(),
            Children::Items(items) => {
                Some((items.first()?.range.start, items.last()?.range.clone()))
            }
            Children::None => None,
        }
    }

    fn child(&self, step: Step) -> Option<&Node<'a>> {
        match (step, &self.children) {
            (Step::Field(name), Children::Fields { built, .. }) => {
                built.iter().find(|(n, _)| *n == name).map(|(_, n)| n)
            }
            (Step::Index(i), Children::Items(items)) => items.get(i),
            _ => None,
        }
    }
}

/// The bytes `Scan::pass_over` stops at: brackets, separators, and what starts a string,
/// character or comment (a raw string is known by its quote, looking back for its `r`:
/// stopping at every `r` of every word would cost more than the rest of the pass).
const MARKS: [bool; 256] = {
    let mut marks = [false; 256];
    let mut n = 0;
    let stops = b"()[]{},:\"'/";
    while n < stops.len() {
        marks[stops[n] as usize] = true;
        n += 1;
    }
    marks
};

/// A one-pass reader of RON's shape: where each value starts and ends, and the fields and
/// items inside it. It checks only what it needs to find those; the typed parse has already
/// said whether the text is a valid pack.
struct Scan<'a> {
    source: &'a str,
    text: &'a [u8],
    at: usize,
    /// Set once the last value wanted (`Want::Until`) is read: every level returns what
    /// it has.
    stopped: bool,
}

/// The paths whose nodes are wanted (`Node::parse_along`), as a tree of steps. Lists kept
/// in order of the steps (a few fields; items nearly always named in ascending order), not
/// hash maps: a roll's paths reach every action, and a level costs nothing when empty.
#[derive(Default)]
pub struct Wanted {
    fields: Vec<(&'static str, Wanted)>,
    items: Vec<(usize, Wanted)>,
    /// Whether a path ends here: the value is wanted whole, not only on the way to others.
    whole: bool,
}

impl<'p> FromIterator<&'p [Step]> for Wanted {
    fn from_iter<I: IntoIterator<Item = &'p [Step]>>(paths: I) -> Wanted {
        let mut wanted = Wanted::default();
        for path in paths {
            wanted.add(path);
        }
        wanted
    }
}

impl Wanted {
    /// What [`Node::locate`] needs to find each of `paths`: the paths themselves, and for
    /// one that ends on a field of a list's item, the item's `id`, where a field the item
    /// lacks is reported (kept on the way rather than read again). Items' ids only: a
    /// struct with no `id` (the pack itself) would be read to its end looking for one.
    pub fn to_locate<'p>(paths: impl Iterator<Item = &'p [Step]>) -> Wanted {
        let mut wanted = Wanted::default();
        for path in paths {
            if let [item @ .., Step::Index(_), Step::Field(_)] = path {
                let mut id = Path::from_slice(&path[..item.len() + 1]);
                id.push(Step::Field("id"));
                wanted.add(&id);
            }
            wanted.add(path);
        }
        wanted
    }

    pub fn add(&mut self, path: &[Step]) {
        let Some((step, rest)) = path.split_first() else {
            self.whole = true;
            return;
        };
        let next = match *step {
            Step::Field(name) => match self.fields.iter().position(|(n, _)| *n == name) {
                Some(at) => &mut self.fields[at].1,
                None => {
                    // Most structs have one field wanted: room for just that.
                    self.fields.reserve_exact(1);
                    self.fields.push((name, Wanted::default()));
                    &mut self.fields.last_mut().expect("just pushed").1
                }
            },
            Step::Index(n) => {
                let at = match self.items.last() {
                    Some((last, _)) if *last == n => self.items.len() - 1,
                    Some((last, _)) if *last < n => {
                        self.items.push((n, Wanted::default()));
                        self.items.len() - 1
                    }
                    _ => match self.items.binary_search_by_key(&n, |(i, _)| *i) {
                        Ok(at) => at,
                        Err(at) => {
                            self.items.insert(at, (n, Wanted::default()));
                            at
                        }
                    },
                };
                &mut self.items[at].1
            }
        };
        next.add(rest);
    }

    fn field(&self, name: &str) -> Option<&Wanted> {
        self.fields.iter().find(|(n, _)| *n == name).map(|(_, w)| w)
    }

    fn item(&self, n: usize) -> Option<&Wanted> {
        let at = self.items.binary_search_by_key(&n, |(i, _)| *i).ok()?;
        Some(&self.items[at].1)
    }
}

/// A step to a child as the text names it.
#[derive(Clone, Copy)]
enum Key<'k> {
    Field(&'k str),
    Index(usize),
}

/// Which nodes a scan builds below the one it is reading.
#[derive(Clone, Copy)]
enum Want<'w> {
    All,
    /// This many more levels.
    Depth(usize),
    Along(&'w Wanted),
    /// Along these paths, stopping after the last value on them; `last`: whether this is
    /// on the way to it.
    Until {
        wanted: &'w Wanted,
        last: bool,
    },
}

impl Want<'_> {
    /// What is wanted of the child reached by `key`; `None`: only its extent.
    fn child(self, key: Key) -> Option<Self> {
        match (self, key) {
            (Want::All, _) => Some(Want::All),
            (Want::Depth(0), _) => None,
            (Want::Depth(n), _) => Some(Want::Depth(n - 1)),
            (Want::Along(wanted), Key::Field(name)) => wanted.field(name).map(Want::Along),
            (Want::Along(wanted), Key::Index(n)) => wanted.item(n).map(Want::Along),
            (Want::Until { wanted, .. }, Key::Field(name)) => {
                wanted.field(name).map(|wanted| Want::Until {
                    wanted,
                    last: false,
                })
            }
            (Want::Until { wanted, .. }, Key::Index(n)) => {
                wanted.item(n).map(|wanted| Want::Until {
                    wanted,
                    last: false,
                })
            }
        }
    }

    /// What is wanted of the child reached by `key`, `fields` wanted fields of its value
    /// having been read: as [`Self::child`], and whether the child is on the way to the
    /// last value wanted (the last item wanted, or the one field wanted not read yet).
    fn next(self, key: Key, fields: usize) -> Option<Self> {
        let child = self.child(key)?;
        let (Want::Until { wanted, last: true }, Want::Until { wanted: below, .. }) = (self, child)
        else {
            return Some(child);
        };
        if wanted.whole {
            return Some(child);
        }
        let last = match key {
            Key::Field(_) => fields + 1 == wanted.fields.len(),
            Key::Index(n) => wanted.items.last().is_some_and(|(at, _)| *at == n),
        };
        Some(Want::Until {
            wanted: below,
            last,
        })
    }

    /// Whether, with `fields` wanted fields and `items` items of its value read, the last
    /// value wanted has been: the reading can stop. A value wanted whole (at the end of a
    /// path) is read to its end.
    fn done_after(self, fields: usize, items: usize) -> bool {
        let Want::Until { wanted, last: true } = self else {
            return false;
        };
        if wanted.whole {
            return false;
        }
        match wanted.items.last() {
            Some((at, _)) => wanted.fields.is_empty() && items > *at,
            None => !wanted.fields.is_empty() && fields == wanted.fields.len(),
        }
    }
}

impl<'a> Scan<'a> {
    fn tree(source: &'a str, want: Want) -> Option<Node<'a>> {
        let mut scan = Scan {
            source,
            text: source.as_bytes(),
            at: 0,
            stopped: false,
        };
        let node = scan.value(want)?;
        scan.skip_blank();
        (scan.stopped || scan.at == scan.text.len()).then_some(node)
    }

    fn peek(&self) -> Option<u8> {
        self.text.get(self.at).copied()
    }

    /// Whitespace, `//` and nested `/* */` comments, and `#![enable(…)]` attributes.
    fn skip_blank(&mut self) {
        loop {
            match (self.peek(), self.text.get(self.at + 1).copied()) {
                (Some(c), _) if c.is_ascii_whitespace() => {
                    let rest = &self.text[self.at..];
                    self.at += rest
                        .iter()
                        .position(|c| !c.is_ascii_whitespace())
                        .unwrap_or(rest.len());
                }
                (Some(b'/'), Some(b'/')) => {
                    self.at = memchr::memchr(b'\n', &self.text[self.at..])
                        .map_or(self.text.len(), |n| self.at + n);
                }
                (Some(b'/'), Some(b'*')) => {
                    let mut depth = 0usize;
                    while self.at < self.text.len() {
                        if self.text[self.at..].starts_with(b"/*") {
                            depth += 1;
                            self.at += 2;
                        } else if self.text[self.at..].starts_with(b"*/") {
                            depth -= 1;
                            self.at += 2;
                            if depth == 0 {
                                break;
                            }
                        } else {
                            self.at += 1;
                        }
                    }
                }
                (Some(b'#'), Some(b'!')) => {
                    while self.peek().is_some_and(|c| c != b']') {
                        self.at += 1;
                    }
                    self.at += 1;
                }
                _ => return,
            }
        }
    }

    /// The value here, with nodes built below it as `want` says.
    fn value(&mut self, want: Want) -> Option<Node<'a>> {
        self.skip_blank();
        let start = self.at;
        self.value_here(start, want)
    }

    /// The value reached by `key` from one being built.
    fn child(&mut self, want: Option<Want>) -> Option<Node<'a>> {
        match want {
            Some(want) => self.value(want),
            None => {
                self.skip_blank();
                let start = self.at;
                self.pass_over()?;
                Some(Node {
                    range: start..self.at,
                    children: Children::None,
                })
            }
        }
    }

    /// Past one value without building its nodes: its brackets matched, skipping strings,
    /// characters and comments, up to the `,`, `:` or closing bracket that follows it.
    fn pass_over(&mut self) -> Option<()> {
        let mut end = self.at;
        loop {
            // Words, numbers and spaces need nothing but stepping over.
            let plain = self.at;
            let rest = &self.text[plain..];
            self.at += rest
                .iter()
                .position(|c| MARKS[usize::from(*c)])
                .unwrap_or(rest.len());
            match self.peek() {
                None | Some(b',' | b':' | b')' | b']' | b'}') => {
                    end = self.word_end(plain).unwrap_or(end);
                    break;
                }
                Some(b'"') => self.quoted()?,
                Some(b'\'') => self.character()?,
                Some(b'/') if matches!(self.text.get(self.at + 1), Some(b'/' | b'*')) => {
                    end = self.word_end(plain).unwrap_or(end);
                    self.skip_blank();
                    continue;
                }
                Some(open @ (b'(' | b'[' | b'{')) => self.bracketed(open)?,
                Some(_) => self.at += 1,
            }
            end = self.at;
        }
        self.at = end;
        Some(())
    }

    /// Past a bracketed value, from its opening bracket (`open`, here) to the one that
    /// closes it. The typed parse has passed the text, so its brackets nest: counting the
    /// opening bracket's own kind finds its close, and besides those two only quotes,
    /// comments and characters need stopping at (a comment or a character may hold a
    /// bracket or a quote), each found many bytes at a time (`memchr`) rather than
    /// byte by byte: most of a pack's text between its strings is indentation and names.
    fn bracketed(&mut self, open: u8) -> Option<()> {
        let close = match open {
            b'(' => b')',
            b'[' => b']',
            _ => b'}',
        };
        let mut depth = 0usize;
        // The next `/` or `'`, looked for again only once passed: most are apostrophes
        // inside strings, passed with them.
        let mut rare: Option<usize> = None;
        loop {
            let here = self.at;
            let next = here + memchr::memchr3(open, close, b'"', self.text.get(here..)?)?;
            let rare_at = match rare {
                Some(at) if at >= here => at,
                _ => {
                    let at = memchr::memchr2(b'/', b'\'', &self.text[here..])
                        .map_or(usize::MAX, |n| here + n);
                    rare = Some(at);
                    at
                }
            };
            if rare_at < next {
                self.at = rare_at;
                if self.text[rare_at] == b'\'' {
                    self.character()?;
                } else if matches!(self.text.get(rare_at + 1), Some(b'/' | b'*')) {
                    self.skip_blank();
                } else {
                    self.at += 1;
                }
                continue;
            }
            self.at = next;
            match self.text[next] {
                b'"' => self.quoted()?,
                c if c == open => {
                    depth += 1;
                    self.at += 1;
                }
                _ => {
                    depth -= 1;
                    self.at += 1;
                    if depth == 0 {
                        return Some(());
                    }
                }
            }
        }
    }

    /// Past the string whose opening quote is here: a raw one if an `r` (not the end of a
    /// longer word) and any `#`s come just before the quote.
    fn quoted(&mut self) -> Option<()> {
        let hashes = self.text[..self.at]
            .iter()
            .rev()
            .take_while(|c| **c == b'#')
            .count();
        let raw = self
            .at
            .checked_sub(hashes + 1)
            .filter(|&r| self.text[r] == b'r' && (r == 0 || !is_word_byte(self.text[r - 1])));
        match raw {
            Some(r) => {
                self.at = r;
                self.raw_string()
            }
            None => self.string(),
        }
    }

    /// Where the last word between `from` and here ends, if there is one: looked for only
    /// where a value may end (before a separator or a comment), not after every word.
    fn word_end(&self, from: usize) -> Option<usize> {
        let last = self.text[from..self.at]
            .iter()
            .rposition(|c| !c.is_ascii_whitespace())?;
        Some(from + last + 1)
    }

    /// A character literal, `'x'` or `'\''`.
    fn character(&mut self) -> Option<()> {
        self.at += 1;
        while self.peek()? != b'\'' {
            self.at += if self.peek()? == b'\\' { 2 } else { 1 };
        }
        self.at += 1;
        Some(())
    }

    fn value_here(&mut self, start: usize, want: Want) -> Option<Node<'a>> {
        let children = match self.peek()? {
            b'"' => {
                self.string()?;
                Children::None
            }
            b'\'' => {
                self.character()?;
                Children::None
            }
            b'(' => self.inside(b')', want)?,
            b'[' => self.inside(b']', want)?,
            b'{' => self.map(want)?,
            b'r' if matches!(self.text.get(self.at + 1), Some(b'"' | b'#')) => {
                self.raw_string()?;
                Children::None
            }
            _ => {
                let word = self.word();
                if word.is_empty() {
                    return None;
                }
                let is_some = &self.text[word] == b"Some";
                // `Some(x)` is x; `Name(…)` is read as a struct or tuple, as ron's
                // `deserialize_any` reads it.
                let before = self.at;
                self.skip_blank();
                if self.peek() == Some(b'(') {
                    if is_some {
                        self.at += 1;
                        let inner = self.value(want)?;
                        self.skip_blank();
                        if self.stopped {
                            return Some(Node {
                                range: start..self.at,
                                children: inner.children,
                            });
                        }
                        if self.peek()? != b')' {
                            return None;
                        }
                        self.at += 1;
                        inner.children
                    } else {
                        self.inside(b')', want)?
                    }
                } else {
                    self.at = before;
                    Children::None
                }
            }
        };
        Some(Node {
            range: start..self.at,
            children,
        })
    }

    /// The fields or items between an opening bracket (at `self.at`) and `close`.
    fn inside(&mut self, close: u8, want: Want) -> Option<Children<'a>> {
        self.at += 1;
        let mut fields = Fields::default();
        let mut items = Vec::new();
        loop {
            self.skip_blank();
            if self.peek()? == close {
                self.at += 1;
                break;
            }
            // `name:` (not `name::`) starts a field.
            let mark = self.at;
            let name = self.word();
            self.skip_blank();
            if close == b')'
                && !name.is_empty()
                && self.peek() == Some(b':')
                && self.text.get(self.at + 1) != Some(&b':')
            {
                self.at += 1;
                let name = &self.source[name];
                let wanted = want.next(Key::Field(name), fields.built.len());
                fields.add(name, wanted.is_some(), self.child(wanted)?);
            } else {
                self.at = mark;
                let value = self.child(want.next(Key::Index(items.len()), 0))?;
                items.push(value);
            }
            if !self.stopped && want.done_after(fields.built.len(), items.len()) {
                self.stopped = true;
            }
            if self.stopped {
                break;
            }
            self.skip_blank();
            match self.peek()? {
                b',' => self.at += 1,
                c if c == close => {}
                _ => return None,
            }
        }
        Some(match (fields.ends.is_none(), items.is_empty()) {
            (false, true) => fields.children(),
            (true, false) => {
                items.shrink_to_fit();
                Children::Items(items)
            }
            (true, true) if close == b')' => fields.children(),
            (true, true) => Children::Items(Vec::new()),
            (false, false) => return None,
        })
    }

    /// An identifier, number, or other bare word: where it lies.
    fn word(&mut self) -> Range<usize> {
        let start = self.at;
        while self.peek().is_some_and(is_word_byte) {
            self.at += 1;
        }
        start..self.at
    }

    fn string(&mut self) -> Option<()> {
        self.at += 1;
        loop {
            self.at += memchr::memchr2(b'"', b'\\', self.text.get(self.at..)?)?;
            match self.peek()? {
                b'\\' => self.at += 2,
                _ => {
                    self.at += 1;
                    return Some(());
                }
            }
        }
    }

    fn raw_string(&mut self) -> Option<()> {
        self.at += 1;
        let hashes = self.text[self.at..]
            .iter()
            .take_while(|c| **c == b'#')
            .count();
        self.at += hashes;
        if self.peek()? != b'"' {
            return None;
        }
        self.at += 1;
        let mut end = vec![b'"'];
        end.extend(std::iter::repeat_n(b'#', hashes));
        let found = self.text[self.at..]
            .windows(end.len())
            .position(|window| window == end.as_slice())?;
        self.at += found + end.len();
        Some(())
    }

    /// A map's entries, named by their keys as ron names them (a string key unquoted).
    fn map(&mut self, want: Want) -> Option<Children<'a>> {
        self.at += 1;
        let mut fields = Fields::default();
        loop {
            self.skip_blank();
            if self.peek()? == b'}' {
                self.at += 1;
                return Some(fields.children());
            }
            let key = self.value(Want::Depth(0))?;
            let name = self.source[key.range].trim_matches('"');
            self.skip_blank();
            if self.peek()? != b':' {
                return None;
            }
            self.at += 1;
            let wanted = want.next(Key::Field(name), fields.built.len());
            fields.add(name, wanted.is_some(), self.child(wanted)?);
            if !self.stopped && want.done_after(fields.built.len(), 0) {
                self.stopped = true;
            }
            if self.stopped {
                return Some(fields.children());
            }
            self.skip_blank();
            match self.peek()? {
                b',' => self.at += 1,
                b'}' => {}
                _ => return None,
            }
        }
    }
}

/// A byte of an identifier, number or other bare word.
fn is_word_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || b"_.+-".contains(&c) || c >= 0x80
}

/// A struct's fields as they are read: those wanted are kept; of the rest only where the
/// first starts and the last sits.
#[derive(Default)]
struct Fields<'a> {
    built: Vec<(&'a str, Node<'a>)>,
    ends: Option<(usize, Range<usize>)>,
}

impl<'a> Fields<'a> {
    fn add(&mut self, name: &'a str, wanted: bool, value: Node<'a>) {
        let range = value.range.clone();
        match &mut self.ends {
            Some((_, last)) => *last = range,
            None => self.ends = Some((range.start, range)),
        }
        if wanted {
            self.built.push((name, value));
        }
    }

    fn children(mut self) -> Children<'a> {
        self.built.shrink_to_fit();
        Children::Fields {
            built: self.built,
            ends: self.ends,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ron::value::RawValue;
    use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
    use std::fmt;

    /// The same tree through ron's borrowed `RawValue`s, one parse per level of nesting:
    /// the reference the one-pass scan is tested against.
    fn parse_with_ron(source: &str) -> Option<Node<'_>> {
        let root: &RawValue = ron::Options::default().from_str(source).ok()?;
        Some(build(source, root))
    }

    fn build<'a>(source: &'a str, raw: &'a RawValue) -> Node<'a> {
        let raw = raw.trim();
        let start = raw.get_ron().as_ptr() as usize - source.as_ptr() as usize;
        let range = start..start + raw.get_ron().len();
        let children = match raw.into_rust::<Shallow>() {
            Ok(Shallow::Fields(fields)) => {
                let mut built = Fields::default();
                for (name, raw) in fields {
                    built.add(name, true, build(source, raw));
                }
                built.children()
            }
            Ok(Shallow::Items(items)) => {
                Children::Items(items.into_iter().map(|raw| build(source, raw)).collect())
            }
            _ => Children::None,
        };
        Node { range, children }
    }

    /// One level of a value: its fields or items as unparsed slices.
    enum Shallow<'a> {
        Fields(Vec<(&'a str, &'a RawValue)>),
        Items(Vec<&'a RawValue>),
        Leaf,
    }

    impl<'de> de::Deserialize<'de> for Shallow<'de> {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            d.deserialize_any(ShallowVisitor)
        }
    }

    struct ShallowVisitor;

    macro_rules! leaf {
        ($($method:ident($ty:ty)),* $(,)?) => {
            $(fn $method<E: de::Error>(self, _: $ty) -> Result<Self::Value, E> { Ok(Shallow::Leaf) })*
        };
    }

    impl<'de> Visitor<'de> for ShallowVisitor {
        type Value = Shallow<'de>;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("any RON value")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut fields = Vec::new();
            while let Some(name) = map.next_key::<&'de str>()? {
                fields.push((name, map.next_value::<&'de RawValue>()?));
            }
            Ok(Shallow::Fields(fields))
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            let mut items = Vec::new();
            while let Some(item) = seq.next_element::<&'de RawValue>()? {
                items.push(item);
            }
            Ok(Shallow::Items(items))
        }

        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_any(ShallowVisitor)
        }

        fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_any(ShallowVisitor)
        }

        fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<Self::Value, A::Error> {
            let (IgnoredAny, _) = data.variant::<IgnoredAny>()?;
            Ok(Shallow::Leaf)
        }

        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(Shallow::Leaf)
        }

        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(Shallow::Leaf)
        }

        leaf!(
            visit_bool(bool),
            visit_i64(i64),
            visit_i128(i128),
            visit_u64(u64),
            visit_u128(u128),
            visit_f64(f64),
            visit_char(char),
            visit_str(&str),
            visit_bytes(&[u8]),
        );
    }

    #[test]
    fn locates_fields_items_and_falls_back_to_the_parent() {
        let source = "// pack\n(\n  risks: [\n    (id: \"R1\", likelihood: 7),\n  ],\n)\n";
        let tree = Node::parse(source).unwrap();
        let at = |path: &[Step]| &source[tree.locate(source, path)];
        assert_eq!(
            at(&[
                Step::Field("risks"),
                Step::Index(0),
                Step::Field("likelihood")
            ]),
            "7"
        );
        assert_eq!(
            at(&[Step::Field("risks"), Step::Index(0), Step::Field("id")]),
            "\"R1\""
        );
        assert_eq!(
            at(&[Step::Field("risks"), Step::Index(0), Step::Field("owner")]),
            "\"R1\""
        );
        assert_eq!(
            at(&[Step::Field("risks"), Step::Field("owner")]),
            "[\n    (id: \"R1\", likelihood: 7),\n  ]"
        );
    }

    /// Every value's span and children, as a list of (path, range).
    fn spans(node: &Node, path: String, out: &mut Vec<(String, Range<usize>)>) {
        out.push((path.clone(), node.range.clone()));
        match &node.children {
            Children::Fields { built, .. } => {
                for (name, child) in built {
                    spans(child, format!("{path}.{name}"), out);
                }
            }
            Children::Items(items) => {
                for (n, child) in items.iter().enumerate() {
                    spans(child, format!("{path}[{n}]"), out);
                }
            }
            Children::None => {}
        }
    }

    #[test]
    fn the_one_pass_scan_finds_what_rons_own_parser_finds() {
        let generated =
            crate::pack::to_ron(&crate::pack::generate(&crate::pack::GenerateOptions {
                actions: 200,
                risks: 20,
                kpis: 10,
                periods: 6,
                seed: 3,
            }));
        for source in [
            include_str!("../../packs/powys-children-2017.ron"),
            include_str!("../../packs/minimal.ron"),
            include_str!("../../keymaps/default.ron"),
            crate::pack::TEMPLATE,
            generated.as_str(),
            "/* a /* nested */ comment */ (a: r#\"raw \" string\"#, b: 'c', c: [1, -2.5e3], d: Some(\"x\"), e: {\"k\": 1}, f: Name(1, 2), g: ())",
            "(bar: [r\"raw, ) string\", r##\"a \"# ] b\"##, 'r', '\\'', \"r\"], for: (x: r#\"(\"#, y: 2 // r\"\n), z: [(a: \"]\")], h: [1 /* one */, 2 // two\n], i: [')', '\"', (x: '('), \"it's\"], j: (k: /* ) \" ' */ 1, l: [/* ] */ 2], m: r#\"a \"] '\"#), n: [(s: r#\"a \") \"#, t: r\"(\")])",
        ] {
            // Values passed over (`parse_to`) end where the whole tree says they do.
            let (mut shallow, mut whole) = (Vec::new(), Vec::new());
            spans(
                &Node::parse_to(source, 1).expect("scans"),
                String::new(),
                &mut shallow,
            );
            spans(
                &Node::parse(source).expect("scans"),
                String::new(),
                &mut whole,
            );
            for span in &shallow {
                assert!(whole.contains(span), "{span:?} in {source:.40}");
            }
            let (mut scanned, mut parsed) = (Vec::new(), Vec::new());
            spans(
                &Node::parse(source).expect("scans"),
                String::new(),
                &mut scanned,
            );
            spans(
                &parse_with_ron(source).expect("parses"),
                String::new(),
                &mut parsed,
            );
            // ron reads enum payloads and maps as leaves; the scan looks inside them too.
            let leaves: Vec<&(String, Range<usize>)> = scanned
                .iter()
                .filter(|(path, _)| parsed.iter().any(|(p, _)| p == path))
                .collect();
            let reference: Vec<&(String, Range<usize>)> = parsed.iter().collect();
            assert_eq!(leaves, reference);
        }
        assert!(Node::parse("(a: \"unterminated)").is_none());
        assert!(Node::parse("(a: 1) trailing").is_none());
    }

    #[test]
    fn a_tree_along_some_paths_finds_them_as_the_whole_tree_does() {
        let source = include_str!("../../packs/powys-children-2017.ron");
        let whole = Node::parse(source).unwrap();
        use Step::{Field, Index};
        let paths: Vec<Vec<Step>> = vec![
            vec![Field("meeting"), Field("number")],
            vec![Field("meeting"), Field("no_such_field")],
            vec![Field("areas"), Index(1), Field("recommendations"), Index(0)],
            vec![
                Field("areas"),
                Index(2),
                Field("recommendations"),
                Index(1),
                Field("actions"),
                Index(0),
                Field("due"),
            ],
            vec![Field("risks"), Index(3), Field("history")],
            // Missing: reported on the risk's id, which the tree did not keep.
            vec![Field("risks"), Index(4), Field("no_such_field")],
            vec![Field("kpis"), Index(0), Field("series"), Index(2)],
        ];
        let along: Wanted = paths.iter().map(Vec::as_slice).collect();
        let tree = Node::parse_along(source, &along).unwrap();
        for path in &paths {
            assert_eq!(
                tree.locate(source, path),
                whole.locate(source, path),
                "{path:?}"
            );
            // What an edit needs of the struct or list the value is in.
            let parent = &path[..path.len() - 1];
            assert_eq!(
                tree.find(parent).and_then(Node::first_and_last_child),
                whole.find(parent).and_then(Node::first_and_last_child),
                "{parent:?}"
            );
        }
        // Values off every path are there only as their extent.
        let off = [Field("areas"), Index(0), Field("recommendations")];
        assert_eq!(
            tree.find(&off[..2]).map(Node::span),
            whole.find(&off[..2]).map(Node::span)
        );
        assert!(tree.find(&off).is_none() && whole.find(&off).is_some());
        // Of a struct on a path, only the fields asked for are kept.
        let risk = [Field("risks"), Index(3)];
        assert!(whole.find(&[&risk[..], &[Field("id")]].concat()).is_some());
        assert!(tree.find(&[&risk[..], &[Field("id")]].concat()).is_none());
    }

    /// The path to every value in `node`, below `at`.
    fn paths(node: &Node<'static>, at: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
        out.push(at.clone());
        let steps: Vec<(Step, &Node<'static>)> = match &node.children {
            Children::Fields { built, .. } => built
                .iter()
                .map(|(name, child)| (Step::Field(name), child))
                .collect(),
            Children::Items(items) => items
                .iter()
                .enumerate()
                .map(|(n, child)| (Step::Index(n), child))
                .collect(),
            Children::None => Vec::new(),
        };
        for (step, child) in steps {
            at.push(step);
            paths(child, at, out);
            at.pop();
        }
    }

    #[test]
    fn a_tree_read_until_the_last_value_wanted_finds_them_as_the_whole_tree_does() {
        use proptest::prelude::*;
        use proptest::test_runner::{Config, TestRunner};
        let source: &'static str = include_str!("../../packs/powys-children-2017.ron");
        let whole = Node::parse(source).unwrap();
        let mut all = Vec::new();
        paths(&whole, &mut Vec::new(), &mut all);
        let mut runner = TestRunner::new(Config::with_cases(2_000));
        let chosen = (proptest::sample::subsequence(all, 1..6), any::<bool>());
        runner
            .run(&chosen, |(mut chosen, missing)| {
                // A field a struct lacks is reported on the struct (its id).
                if missing {
                    let mut lacking = chosen[0].clone();
                    lacking.push(Step::Field("no_such_field"));
                    chosen.push(lacking);
                }
                let wanted: Wanted = chosen.iter().map(Vec::as_slice).collect();
                let tree = Node::parse_until_found(source, &wanted).unwrap();
                for path in &chosen {
                    prop_assert_eq!(
                        tree.locate(source, path),
                        whole.locate(source, path),
                        "{:?}",
                        path
                    );
                }
                Ok(())
            })
            .unwrap();
        // What is after the last value wanted is not read.
        let first_area = [Step::Field("areas"), Step::Index(0), Step::Field("id")];
        let wanted: Wanted = std::iter::once(first_area.as_slice()).collect();
        let tree = Node::parse_until_found(source, &wanted).unwrap();
        assert!(
            tree.span().end < source.len() / 10,
            "read to {}",
            tree.span().end
        );
    }
}
