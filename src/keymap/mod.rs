//! Keymaps: `keymaps/*.ron` files binding keys to actions per input context, layered over
//! the built-in default. Only this module and text fields look at raw key codes.

mod keys;

pub use keys::{Key, KeyError, sequence_label};

use crate::action::Action;
use crate::diagnostics::{Node, Problem, Severity, Source, Step};
use crate::locale::Lang;
use crate::t;
use serde::Deserialize;
use std::{collections::HashMap, path::Path};

/// Where keys are read. The active chain of contexts is derived from what is on screen;
/// the first context in the chain that binds a key wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Context {
    Global,
    List,
    Risks,
    HeatMap,
    Detail,
    Search,
    Help,
    Attendance,
    Agenda,
    Changes,
    ActionLog,
    Editor,
    RagPicker,
    Form,
    Minutes,
}

/// How a context treats keys its bindings leave unbound.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextInput {
    /// Printable characters are typed (the search box).
    Characters,
    /// Every unbound key goes to the text widget: arrows, Enter, Backspace, undo…
    AllKeys,
}

impl Context {
    pub const ALL: [Context; 15] = [
        Context::Global,
        Context::List,
        Context::Risks,
        Context::Attendance,
        Context::Agenda,
        Context::Changes,
        Context::ActionLog,
        Context::HeatMap,
        Context::Detail,
        Context::Search,
        Context::Editor,
        Context::RagPicker,
        Context::Form,
        Context::Minutes,
        Context::Help,
    ];

    /// The section name in a keymap file.
    pub fn field(self) -> &'static str {
        match self {
            Context::Global => "global",
            Context::List => "list",
            Context::Risks => "risks",
            Context::HeatMap => "heat_map",
            Context::Detail => "detail",
            Context::Search => "search",
            Context::Help => "help",
            Context::Attendance => "attendance",
            Context::Agenda => "agenda",
            Context::Changes => "changes",
            Context::ActionLog => "action_log",
            Context::Editor => "editor",
            Context::RagPicker => "rag_picker",
            Context::Form => "form",
            Context::Minutes => "minutes",
        }
    }

    /// The heading the help screen gives it.
    pub fn title(self, lang: Lang) -> String {
        crate::locale::message(lang, &format!("context-{}", self.field()), None)
    }

    /// This context as a chain of its own: an overlay takes every key.
    pub fn alone(self) -> &'static [Context] {
        const ALL: &[Context] = &Context::ALL;
        let at = ALL.iter().position(|c| *c == self).unwrap_or(0);
        &ALL[at..=at]
    }

    pub fn text_input(self) -> Option<TextInput> {
        match self {
            Context::Search => Some(TextInput::Characters),
            Context::Editor | Context::Form => Some(TextInput::AllKeys),
            _ => None,
        }
    }
}

/// The keymaps shipped in `keymaps/`, selectable by name.
pub const BUILT_IN: [(&str, &str); 2] = [
    ("default", include_str!("../../keymaps/default.ron")),
    ("vim", include_str!("../../keymaps/vim.ron")),
];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "keymap")]
struct KeymapFile {
    #[serde(default)]
    global: Vec<BindingEntry>,
    #[serde(default)]
    list: Vec<BindingEntry>,
    #[serde(default)]
    risks: Vec<BindingEntry>,
    #[serde(default)]
    heat_map: Vec<BindingEntry>,
    #[serde(default)]
    detail: Vec<BindingEntry>,
    #[serde(default)]
    search: Vec<BindingEntry>,
    #[serde(default)]
    help: Vec<BindingEntry>,
    #[serde(default)]
    attendance: Vec<BindingEntry>,
    #[serde(default)]
    agenda: Vec<BindingEntry>,
    #[serde(default)]
    changes: Vec<BindingEntry>,
    #[serde(default)]
    action_log: Vec<BindingEntry>,
    #[serde(default)]
    editor: Vec<BindingEntry>,
    #[serde(default)]
    rag_picker: Vec<BindingEntry>,
    #[serde(default)]
    form: Vec<BindingEntry>,
    #[serde(default)]
    minutes: Vec<BindingEntry>,
}

impl KeymapFile {
    fn section(&self, context: Context) -> &[BindingEntry] {
        match context {
            Context::Global => &self.global,
            Context::List => &self.list,
            Context::Risks => &self.risks,
            Context::HeatMap => &self.heat_map,
            Context::Detail => &self.detail,
            Context::Search => &self.search,
            Context::Help => &self.help,
            Context::Attendance => &self.attendance,
            Context::Agenda => &self.agenda,
            Context::Changes => &self.changes,
            Context::ActionLog => &self.action_log,
            Context::Editor => &self.editor,
            Context::RagPicker => &self.rag_picker,
            Context::Form => &self.form,
            Context::Minutes => &self.minutes,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "binding")]
struct BindingEntry {
    /// A key or a sequence of keys separated by spaces.
    on: String,
    /// An action name, or "none" to remove the key's binding.
    run: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Binding {
    pub context: Context,
    pub keys: Vec<Key>,
    pub action: Action,
}

/// A keymap that cannot be used.
#[derive(Debug)]
pub enum KeymapError {
    /// Not a built-in name, and not a file that can be read.
    Unreadable { path: String, reason: String },
    /// Each problem located in its source.
    Invalid {
        source: Source,
        problems: Vec<Problem>,
    },
}

impl KeymapError {
    pub fn problems(&self) -> &[Problem] {
        match self {
            KeymapError::Unreadable { .. } => &[],
            KeymapError::Invalid { problems, .. } => problems,
        }
    }
}

impl KeymapError {
    /// What is wrong, in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            KeymapError::Unreadable { path, reason } => {
                let names: Vec<&str> = BUILT_IN.iter().map(|(name, _)| *name).collect();
                t!(
                    lang,
                    "keymap-unreadable",
                    path = path.as_str(),
                    why = reason.as_str(),
                    built_in = names.join(", ")
                )
            }
            KeymapError::Invalid { source, .. } => {
                t!(lang, "keymap-invalid", path = source.name.as_str())
            }
        }
    }
}

impl std::fmt::Display for KeymapError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

impl std::error::Error for KeymapError {}

/// The merged bindings in force.
#[derive(Debug, Clone, Default)]
pub struct Keymap {
    /// In the order the files declared them, so help lists keys as their authors wrote them.
    bindings: Vec<Binding>,
    index: HashMap<(Context, Vec<Key>), Action>,
    prefixes: HashMap<Context, Vec<Vec<Key>>>,
}

/// What a key pressed after `pending` keys means.
#[derive(Debug, Clone, PartialEq)]
pub enum Lookup {
    Action(Action),
    /// The keys so far start a longer binding: wait for the next.
    Pending,
    Unbound,
}

impl Keymap {
    /// The default keymap with each of `layers` (built-in names or file paths) over it.
    pub fn load(layers: &[String]) -> Result<Keymap, KeymapError> {
        Keymap::load_in(layers, Lang::En)
    }

    /// `load`, with what is wrong said in `lang`.
    pub fn load_in(layers: &[String], lang: Lang) -> Result<Keymap, KeymapError> {
        let mut keymap = Keymap::default();
        keymap.apply_in(&Source::new("keymaps/default.ron", BUILT_IN[0].1), lang)?;
        for layer in layers {
            let source = match BUILT_IN.iter().find(|(name, _)| name == layer) {
                Some((name, text)) => Source::new(format!("keymaps/{name}.ron"), *text),
                None => read_keymap_file(Path::new(layer))?,
            };
            keymap.apply_in(&source, lang)?;
        }
        Ok(keymap)
    }

    /// Lays one file's bindings over the current ones: a key it names is rebound, every
    /// other binding stays.
    pub fn apply(&mut self, source: &Source) -> Result<(), KeymapError> {
        self.apply_in(source, Lang::En)
    }

    /// `apply`, with what is wrong said in `lang`.
    pub fn apply_in(&mut self, source: &Source, lang: Lang) -> Result<(), KeymapError> {
        let options = ron::Options::default();
        let file: KeymapFile =
            options
                .from_str(&source.text)
                .map_err(|err| KeymapError::Invalid {
                    source: source.clone(),
                    problems: vec![Problem::from_ron(source, &err, lang)],
                })?;
        let tree = Node::parse(&source.text);
        // An error at a binding's `on` or `run` field.
        let error_at = |context: Context,
                        index: usize,
                        field: &'static str,
                        message: String,
                        help: Option<String>| {
            let path = [
                Step::Field(context.field()),
                Step::Index(index),
                Step::Field(field),
            ];
            let span = tree
                .as_ref()
                .map_or(0..0, |t| t.locate(&source.text, &path));
            Problem::new(source, Severity::Error, message, help, span)
        };
        let mut problems = Vec::new();
        let mut next = self.clone();
        for context in Context::ALL {
            let mut seen_here: HashMap<Vec<Key>, usize> = HashMap::new();
            for (index, entry) in file.section(context).iter().enumerate() {
                let keys = match Key::parse_sequence(&entry.on) {
                    Ok(keys) => keys,
                    Err(why) => {
                        problems.push(error_at(context, index, "on", why.describe(lang), None));
                        continue;
                    }
                };
                if let Some(first) = seen_here.insert(keys.clone(), index) {
                    let message = t!(
                        lang,
                        "keymap-bound-twice",
                        keys = sequence_label(&keys),
                        context = context.field(),
                        action = file.section(context)[first].run.as_str()
                    );
                    problems.push(error_at(context, index, "on", message, None));
                    continue;
                }
                if entry.run == "none" {
                    next.unbind(context, &keys);
                    continue;
                }
                match Action::from_name(&entry.run) {
                    Some(action) => next.bind(Binding {
                        context,
                        keys,
                        action,
                    }),
                    None => {
                        let near = Action::BINDABLE
                            .iter()
                            .map(|a| a.name())
                            .min_by_key(|name| strsim::damerau_levenshtein(name, &entry.run))
                            .filter(|name| strsim::damerau_levenshtein(name, &entry.run) <= 3);
                        let help = Some(match near {
                            Some(name) => t!(lang, "keymap-did-you-mean", name = name),
                            None => t!(lang, "keymap-help-lists"),
                        });
                        let message =
                            t!(lang, "keymap-unknown-action", action = entry.run.as_str());
                        problems.push(error_at(context, index, "run", message, help));
                    }
                }
            }
        }
        // A key that is both a binding and the start of a longer one could never reach the
        // longer one. Each clash is reported once, at the first of the pair in this file.
        let mut reported = Vec::new();
        for context in Context::ALL {
            for (index, entry) in file.section(context).iter().enumerate() {
                let Ok(keys) = Key::parse_sequence(&entry.on) else {
                    continue;
                };
                if let Some(clash) = next.prefix_clash(context, &keys) {
                    if reported.contains(&(context, clash.clone())) {
                        continue;
                    }
                    reported.push((context, keys.clone()));
                    let message = t!(
                        lang,
                        "keymap-clash",
                        keys = sequence_label(&keys),
                        clash = sequence_label(&clash),
                        context = context.field()
                    );
                    problems.push(error_at(context, index, "on", message, None));
                }
            }
        }
        if problems.is_empty() {
            *self = next;
            Ok(())
        } else {
            Err(KeymapError::Invalid {
                source: source.clone(),
                problems,
            })
        }
    }

    fn bind(&mut self, binding: Binding) {
        self.unbind(binding.context, &binding.keys);
        self.index.insert(
            (binding.context, binding.keys.clone()),
            binding.action.clone(),
        );
        let prefixes = self.prefixes.entry(binding.context).or_default();
        for len in 1..binding.keys.len() {
            prefixes.push(binding.keys[..len].to_vec());
        }
        self.bindings.push(binding);
    }

    fn unbind(&mut self, context: Context, keys: &[Key]) {
        if self.index.remove(&(context, keys.to_vec())).is_some() {
            self.bindings
                .retain(|b| !(b.context == context && b.keys == keys));
            let mut prefixes = Vec::new();
            for binding in self.bindings.iter().filter(|b| b.context == context) {
                for len in 1..binding.keys.len() {
                    prefixes.push(binding.keys[..len].to_vec());
                }
            }
            self.prefixes.insert(context, prefixes);
        }
    }

    fn prefix_clash(&self, context: Context, keys: &[Key]) -> Option<Vec<Key>> {
        self.bindings
            .iter()
            .filter(|b| b.context == context && b.keys != keys)
            .find(|b| b.keys.starts_with(keys) || keys.starts_with(&b.keys))
            .map(|b| b.keys.clone())
    }

    /// What `pending` followed by `key` means in the chain of `contexts`.
    pub fn lookup(&self, contexts: &[Context], pending: &[Key], key: Key) -> Lookup {
        let mut keys = pending.to_vec();
        keys.push(key);
        for context in contexts {
            if let Some(action) = self.index.get(&(*context, keys.clone())) {
                return Lookup::Action(action.clone());
            }
            if self
                .prefixes
                .get(context)
                .is_some_and(|p| p.contains(&keys))
            {
                return Lookup::Pending;
            }
        }
        Lookup::Unbound
    }

    pub fn bindings(&self) -> &[Binding] {
        &self.bindings
    }

    /// The keys that reach `action` from the chain of `contexts`, first the context that
    /// would handle them; a key shadowed by an earlier context is left out.
    pub fn keys_for(&self, contexts: &[Context], action: &Action) -> Vec<&[Key]> {
        let mut found = Vec::new();
        for context in contexts {
            for binding in self
                .bindings
                .iter()
                .filter(|b| b.context == *context && b.action == *action)
            {
                let shadowed = contexts
                    .iter()
                    .take_while(|c| *c != context)
                    .any(|earlier| self.index.contains_key(&(*earlier, binding.keys.clone())));
                if !shadowed {
                    found.push(binding.keys.as_slice());
                }
            }
        }
        found
    }
}

fn read_keymap_file(path: &Path) -> Result<Source, KeymapError> {
    let name = path.display().to_string();
    std::fs::read_to_string(path)
        .map(|text| Source::new(name.clone(), text))
        .map_err(|err| KeymapError::Unreadable {
            path: name,
            reason: err.to_string(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyCode;

    fn key(text: &str) -> Key {
        Key::parse(text).unwrap()
    }

    #[test]
    fn sequences_wait_for_their_second_key() {
        let keymap = Keymap::load(&["vim".into()]).unwrap();
        let chain = [Context::List, Context::Global];
        assert_eq!(keymap.lookup(&chain, &[], key("g")), Lookup::Pending);
        assert_eq!(
            keymap.lookup(&chain, &[key("g")], key("g")),
            Lookup::Action(Action::Top)
        );
        assert_eq!(
            keymap.lookup(&chain, &[], key("G")),
            Lookup::Action(Action::Bottom)
        );
        assert_eq!(
            keymap.lookup(&chain, &[], Key::plain(KeyCode::F(12))),
            Lookup::Unbound
        );
    }

    #[test]
    fn an_earlier_context_shadows_a_later_one() {
        let keymap = Keymap::load(&[]).unwrap();
        assert_eq!(
            keymap.lookup(&[Context::Search], &[], key("q")),
            Lookup::Unbound
        );
        assert_eq!(
            keymap.lookup(&[Context::List, Context::Global], &[], key("q")),
            Lookup::Action(Action::Quit)
        );
    }

    #[test]
    fn a_layer_rebinds_only_the_keys_it_names() {
        let mut keymap = Keymap::load(&[]).unwrap();
        let user = Source::new(
            "mine.ron",
            "(global: [(on: \"x\", run: \"quit\"), (on: \"q\", run: \"none\")])",
        );
        keymap.apply(&user).unwrap();
        let chain = [Context::Global];
        assert_eq!(
            keymap.lookup(&chain, &[], key("x")),
            Lookup::Action(Action::Quit)
        );
        assert_eq!(keymap.lookup(&chain, &[], key("q")), Lookup::Unbound);
        assert_eq!(
            keymap.lookup(&chain, &[], key("?")),
            Lookup::Action(Action::Help)
        );
    }
}
