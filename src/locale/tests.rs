use super::*;
use crate::action::Action;
use crate::keymap::Context;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};

/// Every message id in a catalogue file, with the variables it uses.
fn messages(text: &str, file: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(text)
        .unwrap_or_else(|(_, errors)| panic!("{file} does not parse: {errors:?}"));
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(message) => {
                let mut variables = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    collect(pattern, &mut variables);
                }
                Some((message.id.name.to_string(), variables))
            }
            _ => None,
        })
        .collect()
}

fn collect(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_variables(inline, out),
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                collect(&variant.value, out);
            }
        }
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

fn catalogue(lang: Lang) -> BTreeMap<String, (String, BTreeSet<String>)> {
    let mut all = BTreeMap::new();
    for (code, file, text) in FILES.iter().filter(|(code, _, _)| *code == lang.code()) {
        for (id, variables) in messages(text, file) {
            let place = format!("locales/{code}/{file}");
            if let Some((first, _)) = all.insert(id.clone(), (place.clone(), variables)) {
                panic!("{id} is in both {first} and {place}");
            }
        }
    }
    all
}

#[test]
fn every_message_is_in_both_languages_in_the_same_file_with_the_same_variables() {
    let english = catalogue(Lang::En);
    let welsh = catalogue(Lang::Cy);
    let mut problems = Vec::new();
    for (id, (file, variables)) in &english {
        match welsh.get(id) {
            None => problems.push(format!("{id} ({file}) has no Welsh")),
            Some((cy_file, _)) if cy_file.replace("/cy/", "/en/") != *file => {
                problems.push(format!("{id} is in {file} but {cy_file}"))
            }
            Some((_, cy_variables)) if cy_variables != variables => problems.push(format!(
                "{id} uses {variables:?} in English but {cy_variables:?} in Welsh"
            )),
            _ => {}
        }
    }
    for (id, (file, _)) in &welsh {
        if !english.contains_key(id) {
            problems.push(format!("{id} ({file}) has no English"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every `.rs` file under `src/`, as one text (the catalogue itself left out).
fn source() -> String {
    fn walk(dir: &std::path::Path, out: &mut String) {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .expect("src/ can be read")
            .flatten()
            .map(|e| e.path())
            .collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs")
                && !path.ends_with("locale/tests.rs")
                && !path.ends_with("locale/mod.rs")
            {
                out.push_str(&std::fs::read_to_string(&path).expect("a source file"));
            }
        }
    }
    let mut out = String::new();
    walk(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut out,
    );
    out
}

#[test]
fn every_message_is_used_and_every_message_used_exists() {
    let source = source();
    // Ids made from a name: the keys' words (hint-NAME, help-NAME) and the help screen's
    // headings (context-NAME).
    let mut made: BTreeSet<String> = BTreeSet::new();
    for action in Action::BINDABLE {
        made.insert(format!("hint-{}", action.name()));
        if !matches!(action, Action::Area(_)) {
            made.insert(format!("help-{}", action.name()));
        }
    }
    for context in Context::ALL {
        made.insert(format!("context-{}", context.field()));
    }
    let english = catalogue(Lang::En);
    let unused: Vec<&String> = english
        .keys()
        .filter(|id| !made.contains(*id) && !source.contains(&format!("\"{id}\"")))
        .collect();
    assert!(unused.is_empty(), "never used: {unused:?}");
    let missing: Vec<&String> = made
        .iter()
        .filter(|id| !english.contains_key(*id))
        .collect();
    assert!(missing.is_empty(), "keys without words: {missing:?}");
    // Each t!(…, "id") in the source names a message that exists.
    let mut unknown = Vec::new();
    for (at, _) in source.match_indices("t!(") {
        let before = source[..at].chars().next_back().unwrap_or(' ');
        if before.is_alphanumeric() || before == '_' {
            continue; // assert!(, format!(…
        }
        let rest = &source[at..];
        let call = &rest[..rest
            .char_indices()
            .nth(300)
            .map_or(rest.len(), |(end, _)| end)];
        if let Some(id) = call.split('"').nth(1)
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '-' || c == '_')
            && !english.contains_key(id)
        {
            unknown.push(id.to_string());
        }
    }
    assert!(unknown.is_empty(), "no such message: {unknown:?}");
}

#[test]
fn welsh_plurals_take_each_of_their_six_forms() {
    let actions = |lang: Lang, n: usize| {
        let text = t!(
            lang,
            "check-valid",
            areas = 1usize,
            recommendations = 1usize,
            actions = n,
            risks = 1usize,
            kpis = 1usize,
            warnings = 0usize
        );
        text.split(", ").nth(2).unwrap_or_default().to_string()
    };
    let welsh: Vec<String> = [0, 1, 2, 3, 6, 11]
        .into_iter()
        .map(|n| actions(Lang::Cy, n))
        .collect();
    assert_eq!(
        welsh,
        [
            "dim camau gweithredu",
            "1 cam gweithredu",
            "2 gam gweithredu",
            "3 cham gweithredu",
            "6 cham gweithredu",
            "11 cam gweithredu",
        ]
    );
    let english: Vec<String> = [0, 1, 2, 3, 6, 11]
        .into_iter()
        .map(|n| actions(Lang::En, n))
        .collect();
    assert_eq!(
        english,
        [
            "0 actions",
            "1 action",
            "2 actions",
            "3 actions",
            "6 actions",
            "11 actions"
        ]
    );
}

#[test]
fn exempt_business_counts_in_welsh_words() {
    let said = |n: usize| t!(Lang::Cy, "minutes-exempt-business", count = n);
    assert!(said(1).starts_with("Ystyriodd y Bwrdd un eitem eithriedig"));
    assert!(said(1).contains("Fe'i cofnodir"));
    assert!(said(2).starts_with("Ystyriodd y Bwrdd ddwy eitem eithriedig"));
    assert!(said(3).starts_with("Ystyriodd y Bwrdd dair eitem eithriedig"));
    assert!(said(6).starts_with("Ystyriodd y Bwrdd chwe eitem eithriedig"));
    assert!(said(11).starts_with("Ystyriodd y Bwrdd 11 eitem eithriedig"));
    assert!(said(11).contains("Fe'u cofnodir"));
}

#[test]
fn dates_in_welsh_and_english() {
    let date = chrono::NaiveDate::from_ymd_opt(2017, 11, 23).expect("a date");
    assert_eq!(long_date(Lang::Cy, date, true), "Dydd Iau 23 Tachwedd 2017");
    assert_eq!(long_date(Lang::En, date, true), "Thursday 23 November 2017");
    assert_eq!(short_date(Lang::Cy, date), "Iau 23 Tach 2017");
    let months: Vec<String> = (1..=12)
        .map(|m| t!(Lang::Cy, "month", month = m as u32))
        .collect();
    assert_eq!(months[0], "Ionawr");
    assert_eq!(months[11], "Rhagfyr");
}

#[test]
fn the_language_comes_from_the_environment_as_the_c_library_reads_it() {
    let env = |vars: &'static [(&'static str, &'static str)]| {
        Lang::from_vars(|name| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        })
    };
    assert_eq!(env(&[("LANG", "cy_GB.UTF-8")]), Lang::Cy);
    assert_eq!(env(&[("LANG", "en_GB.UTF-8")]), Lang::En);
    assert_eq!(
        env(&[("LC_ALL", "cy_GB.UTF-8"), ("LANG", "en_GB")]),
        Lang::Cy
    );
    assert_eq!(env(&[("LC_ALL", ""), ("LANG", "cy_GB")]), Lang::Cy);
    assert_eq!(env(&[("LANG", "C")]), Lang::En);
    assert_eq!(env(&[]), Lang::En);
}
