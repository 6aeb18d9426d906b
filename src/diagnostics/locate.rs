//! Finds where a value sits in the pack's text, so problems found after parsing (duplicate
//! ids, bad references) can be reported at `file:line:col` like syntax errors.
//!
//! serde drops positions, but ron can hand out each value as a `&RawValue` borrowed from the
//! source, and a borrowed slice's address gives its byte range. Walking the tree that way
//! costs a few extra parses, so it is only done when there is something to report.

use ron::value::RawValue;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::{fmt, ops::Range};

/// One step from a value to a value inside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Field(&'static str),
    Index(usize),
}

pub type Path = Vec<Step>;

pub struct Node {
    range: Range<usize>,
    children: Children,
}

enum Children {
    Fields(Vec<(String, Node)>),
    Items(Vec<Node>),
    None,
}

impl Node {
    /// The tree of `source`, or `None` if it does not parse as RON.
    pub fn parse(source: &str, options: &ron::Options) -> Option<Node> {
        let root: &RawValue = options.from_str(source).ok()?;
        Some(Node::build(source, root))
    }

    fn build(source: &str, raw: &RawValue) -> Node {
        let raw = raw.trim();
        let start = raw.get_ron().as_ptr() as usize - source.as_ptr() as usize;
        let range = start..start + raw.get_ron().len();
        let children = match raw.into_rust::<Shallow>() {
            Ok(Shallow::Fields(fields)) => Children::Fields(
                fields
                    .into_iter()
                    .map(|(name, raw)| (name, Node::build(source, raw)))
                    .collect(),
            ),
            Ok(Shallow::Items(items)) => Children::Items(
                items
                    .into_iter()
                    .map(|raw| Node::build(source, raw))
                    .collect(),
            ),
            _ => Children::None,
        };
        Node { range, children }
    }

    /// The byte range of the value at `path`. A missing field is reported on the `id` of
    /// the struct that lacks it, or on the whole struct when it has no id.
    pub fn locate(&self, path: &[Step]) -> Range<usize> {
        let mut node = self;
        for step in path {
            match node.child(*step) {
                Some(child) => node = child,
                None => return node.child(Step::Field("id")).unwrap_or(node).range.clone(),
            }
        }
        node.range.clone()
    }

    /// The value at `path`, if the text has one there.
    pub fn find(&self, path: &[Step]) -> Option<&Node> {
        path.iter().try_fold(self, |node, step| node.child(*step))
    }

    /// Where this value sits in the text.
    pub fn span(&self) -> Range<usize> {
        self.range.clone()
    }

    /// Where its first and last field or item sit, if it has any.
    pub fn first_and_last_child(&self) -> Option<(Range<usize>, Range<usize>)> {
        let ranges: Vec<Range<usize>> = match &self.children {
            Children::Fields(fields) => fields.iter().map(|(_, n)| n.range.clone()).collect(),
            Children::Items(items) => items.iter().map(|n| n.range.clone()).collect(),
            Children::None => Vec::new(),
        };
        Some((ranges.first()?.clone(), ranges.last()?.clone()))
    }

    fn child(&self, step: Step) -> Option<&Node> {
        match (step, &self.children) {
            (Step::Field(name), Children::Fields(fields)) => {
                fields.iter().find(|(n, _)| n == name).map(|(_, n)| n)
            }
            (Step::Index(i), Children::Items(items)) => items.get(i),
            _ => None,
        }
    }
}

/// One level of a value: its fields or items as unparsed slices.
enum Shallow<'a> {
    Fields(Vec<(String, &'a RawValue)>),
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
        while let Some(name) = map.next_key::<String>()? {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_fields_items_and_falls_back_to_the_parent() {
        let source = "// pack\n(\n  risks: [\n    (id: \"R1\", likelihood: 7),\n  ],\n)\n";
        let tree = Node::parse(source, &ron::Options::default()).unwrap();
        let at = |path: &[Step]| &source[tree.locate(path)];
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
}
