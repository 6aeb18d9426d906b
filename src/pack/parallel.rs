//! A big pack read on every core. One pass over the text's shape (`Node::parse_to`) finds
//! each area, risk and KPI; each is parsed on its own, and the rest of the pack with those
//! lists left empty. The result is the pack one parse gives. When anything does not parse
//! (or the text declares ron extensions other than ours), `None`: the caller parses the
//! whole text in one go, which says exactly where and what is wrong.

use crate::diagnostics::{Node, Step};
use crate::model::{Area, Kpi, Pack, Risk};
use std::ops::Range;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Below this size one parse is as quick as splitting the text. Measured end to end
/// (`boardpack check`, a new process each time): a 380 KB pack is read as quickly in one go,
/// a 1.3 MB pack 4% quicker split; a 100 KB pack 7% slower split, where starting the other
/// thread and its memory costs more than it saves (in a process that reads packs again and
/// again it would save 20%).
pub const FROM_BYTES: usize = 1 << 20;

/// One part of the text to parse.
enum Part {
    /// The pack with its areas, risks and KPIs left empty.
    Rest(String),
    Area(usize, Range<usize>),
    Risk(usize, Range<usize>),
    Kpi(usize, Range<usize>),
}

impl Part {
    fn len(&self) -> usize {
        match self {
            Part::Rest(text) => text.len(),
            Part::Area(_, r) | Part::Risk(_, r) | Part::Kpi(_, r) => r.len(),
        }
    }
}

enum Parsed {
    Rest(Box<Pack>),
    Area(usize, Area),
    Risk(usize, Risk),
    Kpi(usize, Kpi),
}

/// The three lists split out, in the order they are written.
const LISTS: [&str; 3] = ["areas", "risks", "kpis"];

pub fn parse(text: &str, options: &ron::Options) -> Option<Pack> {
    let tree = Node::parse_to(text, 1)?;
    if !only_our_extensions(&text[..tree.span().start]) {
        return None;
    }
    let mut lists: Vec<(&str, &Node)> = LISTS
        .iter()
        .filter_map(|&name| Some((name, tree.find(&[Step::Field(name)])?)))
        .collect();
    // Each must be written as a list; anything else is for the one parse to say what is wrong.
    if lists
        .iter()
        .any(|(_, node)| !text[node.span()].starts_with('['))
    {
        return None;
    }
    lists.sort_by_key(|(_, node)| node.span().start);
    let mut rest = String::new();
    let mut at = 0;
    let mut parts = Vec::new();
    for (name, node) in &lists {
        let span = node.span();
        rest.push_str(&text[at..span.start]);
        rest.push_str("[]");
        at = span.end;
        for (n, item) in node.items().iter().enumerate() {
            parts.push(match *name {
                "areas" => Part::Area(n, item.span()),
                "risks" => Part::Risk(n, item.span()),
                _ => Part::Kpi(n, item.span()),
            });
        }
    }
    rest.push_str(&text[at..]);
    parts.push(Part::Rest(rest));
    // Biggest first, each core taking the next part when it is free: the cores finish
    // together however the pack's size is spread.
    parts.sort_by_key(|part| std::cmp::Reverse(part.len()));
    let next = AtomicUsize::new(0);
    let parsed = Mutex::new(Vec::with_capacity(parts.len()));
    let failed = std::sync::atomic::AtomicBool::new(false);
    // This thread parses too, from the start; the others join in as they come up.
    let work = || {
        let mut mine = Vec::new();
        while !failed.load(Ordering::Relaxed) {
            let Some(part) = parts.get(next.fetch_add(1, Ordering::Relaxed)) else {
                break;
            };
            match parse_part(text, part, options) {
                Some(done) => mine.push(done),
                None => failed.store(true, Ordering::Relaxed),
            }
        }
        if let Ok(mut parsed) = parsed.lock() {
            parsed.append(&mut mine);
        }
    };
    std::thread::scope(|scope| {
        for _ in 1..super::cores().min(parts.len()) {
            scope.spawn(work);
        }
        work();
    });
    if failed.into_inner() {
        return None;
    }
    assemble(parsed.into_inner().ok()?, &lists)
}

fn parse_part(text: &str, part: &Part, options: &ron::Options) -> Option<Parsed> {
    Some(match part {
        Part::Rest(rest) => Parsed::Rest(Box::new(options.from_str(rest).ok()?)),
        Part::Area(n, span) => Parsed::Area(*n, options.from_str(&text[span.clone()]).ok()?),
        Part::Risk(n, span) => Parsed::Risk(*n, options.from_str(&text[span.clone()]).ok()?),
        Part::Kpi(n, span) => Parsed::Kpi(*n, options.from_str(&text[span.clone()]).ok()?),
    })
}

/// The pack from its parts, each list in the order written.
fn assemble(parsed: Vec<Parsed>, lists: &[(&str, &Node)]) -> Option<Pack> {
    let count = |name: &str| {
        lists
            .iter()
            .find(|(list, _)| *list == name)
            .map_or(0, |(_, node)| node.items().len())
    };
    let mut areas: Vec<Option<Area>> = std::iter::repeat_with(|| None)
        .take(count("areas"))
        .collect();
    let mut risks: Vec<Option<Risk>> = std::iter::repeat_with(|| None)
        .take(count("risks"))
        .collect();
    let mut kpis: Vec<Option<Kpi>> = std::iter::repeat_with(|| None)
        .take(count("kpis"))
        .collect();
    let mut pack = None;
    for part in parsed {
        match part {
            Parsed::Rest(rest) => pack = Some(*rest),
            Parsed::Area(n, area) => areas[n] = Some(area),
            Parsed::Risk(n, risk) => risks[n] = Some(risk),
            Parsed::Kpi(n, kpi) => kpis[n] = Some(kpi),
        }
    }
    let mut pack = pack?;
    pack.areas = areas.into_iter().collect::<Option<_>>()?;
    pack.risks = risks.into_iter().collect::<Option<_>>()?;
    pack.kpis = kpis.into_iter().collect::<Option<_>>()?;
    Some(pack)
}

/// Whether every `#![enable(…)]` the text declares before its value is one our options
/// already turn on, so each part, parsed without the declaration, is read as the whole
/// text would be.
fn only_our_extensions(text: &str) -> bool {
    text.match_indices("#![").all(|(at, _)| {
        let declared = &text[at..];
        let Some(end) = declared.find(']') else {
            return false;
        };
        let inside: String = declared[3..end]
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        inside
            .strip_prefix("enable(")
            .and_then(|list| list.strip_suffix(')'))
            .is_some_and(|list| list.split(',').all(|name| name == "implicit_some"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::{GenerateOptions, generate, ron_options, to_ron};

    fn in_one_go(text: &str) -> Pack {
        ron_options().from_str(text).expect("a valid pack")
    }

    #[test]
    fn gives_the_pack_one_parse_gives() {
        let mut texts = vec![
            include_str!("../../packs/powys-children-2017.ron").to_string(),
            include_str!("template.ron").to_string(),
        ];
        for (actions, seed) in [(1, 1), (40, 2), (900, 3)] {
            texts.push(to_ron(&generate(&GenerateOptions {
                actions,
                risks: actions / 10,
                kpis: actions / 20,
                periods: 3,
                seed,
            })));
        }
        for text in &texts {
            assert_eq!(parse(text, &ron_options()).as_ref(), Some(&in_one_go(text)));
        }
    }

    #[test]
    fn leaves_a_pack_with_a_mistake_to_the_parse_that_says_where() {
        let text = include_str!("../../packs/powys-children-2017.ron");
        for (good, bad) in [
            ("status: InProgress", "status: Underway"),
            ("likelihood: 4", "likelihood: \"four\""),
            ("polarity: HigherIsBetter", "polarity: Up"),
        ] {
            assert!(text.contains(good), "{good}");
            let broken = text.replacen(good, bad, 1);
            assert!(ron_options().from_str::<Pack>(&broken).is_err());
            assert_eq!(parse(&broken, &ron_options()), None, "{bad}");
        }
    }

    #[test]
    fn a_list_written_as_something_else_is_not_taken_for_an_empty_one() {
        let text = include_str!("../../packs/minimal.ron");
        let end = text.rfind(')').expect("the pack closes");
        let broken = format!("{}  risks: 5,\n)\n", &text[..end]);
        assert!(ron_options().from_str::<Pack>(&broken).is_err());
        assert_eq!(parse(&broken, &ron_options()), None);
    }

    #[test]
    fn parses_in_one_go_a_text_declaring_other_extensions() {
        assert!(only_our_extensions("#![enable(implicit_some)]\n("));
        assert!(only_our_extensions("#![ enable( implicit_some ) ]\n("));
        assert!(!only_our_extensions("#![enable(unwrap_newtypes)]\n("));
        assert!(!only_our_extensions(
            "#![enable(implicit_some, unwrap_variant_newtypes)]\n("
        ));
    }
}
