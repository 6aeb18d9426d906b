//! Every shipped keymap loads; broken keymaps are refused with precise, located messages.

use assert_cmd::Command;
use boardpack::keymap::{BUILT_IN, Keymap};
use boardpack::pack::Source;
use predicates::str::contains;

#[test]
fn every_file_in_keymaps_loads() {
    let mut loaded = 0;
    for entry in std::fs::read_dir("keymaps").unwrap() {
        let path = entry.unwrap().path().display().to_string();
        Keymap::load(std::slice::from_ref(&path))
            .unwrap_or_else(|err| panic!("{err}: {:?}", err.problems()));
        loaded += 1;
    }
    assert_eq!(
        loaded,
        BUILT_IN.len(),
        "every file in keymaps/ is built in, and the reverse"
    );
    for (name, _) in BUILT_IN {
        Keymap::load(&[name.to_string()]).unwrap();
    }
}

/// (line, column, message, help) of each problem with `text` laid over the default keymap.
fn problems(text: &str) -> Vec<(usize, usize, String, Option<String>)> {
    let mut keymap = Keymap::load(&[]).unwrap();
    let err = keymap
        .apply(&Source::new("mine.ron", text))
        .expect_err("the keymap is broken");
    err.problems()
        .iter()
        .map(|p| (p.line, p.col, p.message.clone(), p.help.clone()))
        .collect()
}

#[test]
fn broken_keymaps_get_precise_messages() {
    let did_you_mean = |name: &str| {
        Some(format!(
            "did you mean `{name}`? The help screen (?) lists every action"
        ))
    };
    let cases = [
        (
            "(\n  global: [\n    (on: \"x\", run: \"quiet\"),\n  ],\n)",
            vec![(3, 20, "unknown action `quiet`".to_string(), did_you_mean("quit"))],
        ),
        (
            "(\n  list: [\n    (on: \"j\", run: \"down\"),\n    (on: \"j\", run: \"up\"),\n  ],\n)",
            vec![(4, 10, "j is bound twice in `list` (also to down)".to_string(), None)],
        ),
        (
            "(\n  list: [\n    (on: \"z\", run: \"top\"),\n    (on: \"z z\", run: \"bottom\"),\n  ],\n)",
            vec![(3, 10, "z clashes with z z in `list`: one starts the other, so the longer can never be typed".to_string(), None)],
        ),
        (
            "(\n  globel: [],\n)",
            vec![(
                2,
                3,
                "`globel` is not a field of a keymap".to_string(),
                Some("did you mean `global`?".to_string()),
            )],
        ),
        (
            "(\n  global: [\n    (key: \"x\", run: \"quit\"),\n  ],\n)",
            vec![(3, 6, "`key` is not a field of a binding".to_string(), Some("the fields are on or run".to_string()))],
        ),
        (
            "(\n  global: [\n    (on: \"x\" run: \"quit\"),\n  ],\n)",
            vec![(
                3,
                14,
                "expected a comma".to_string(),
                Some("a comma is missing before this, or a quote earlier was never closed".to_string()),
            )],
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(problems(text), expected, "in:\n{text}");
    }
    let unparseable = problems("(\n  global: [\n    (on: \"ctrl+\", run: \"quit\"),\n  ],\n)");
    assert_eq!((unparseable[0].0, unparseable[0].1), (3, 10));
    assert!(
        unparseable[0]
            .2
            .starts_with("\"ctrl+\" is not a key: use one character")
    );
}

#[test]
fn a_clash_with_an_earlier_layer_is_caught() {
    // vim binds "g g"; a user layer binding plain "g" in the same context would hide it.
    let mut keymap = Keymap::load(&["vim".to_string()]).unwrap();
    let err = keymap
        .apply(&Source::new(
            "mine.ron",
            "(list: [(on: \"g\", run: \"top\")])",
        ))
        .unwrap_err();
    assert_eq!(
        err.problems()[0].message,
        "g clashes with g g in `list`: one starts the other, so the longer can never be typed"
    );
}

#[test]
fn a_broken_keymap_is_refused_at_start_up() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mine.ron");
    std::fs::write(
        &path,
        "(\n  global: [\n    (on: \"x\", run: \"quiet\"),\n  ],\n)",
    )
    .unwrap();
    let name = path.display().to_string();
    Command::cargo_bin("boardpack")
        .unwrap()
        .env("NO_COLOR", "1")
        .args(["run", "packs/minimal.ron", "--keymap", &name])
        .assert()
        .code(1)
        .stderr(contains(format!("{name}:3:20: unknown action `quiet`")))
        .stderr(contains("did you mean `quit`?"))
        .stderr(contains(format!("{name}: the keymap is not valid")));
    Command::cargo_bin("boardpack")
        .unwrap()
        .args(["run", "packs/minimal.ron", "--keymap", "emacs"])
        .assert()
        .code(1)
        .stderr(contains("error: emacs: cannot read keymap: No such file or directory (os error 2) (built-in keymaps: default, vim)"));
}
