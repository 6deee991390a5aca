//! The pipeline imports one way: no module of `src/` uses a module of a later step. The steps,
//! in order: `i18n`, `source` and `schema` (the bottom layer), `load`, `model`, `check`, `render`,
//! `write`; `build`, `serve`, `scaffold` and the command line on top.

use std::collections::BTreeSet;
use std::path::Path;

/// Each top-level module of `src/` and its rank: a module may use only modules of its rank or
/// below.
const RANKS: &[(&str, u8)] = &[
    ("i18n", 0),
    // The `tr!` macro of `i18n`, exported at the crate's root.
    ("tr", 0),
    ("source", 0),
    ("schema", 1),
    ("load", 2),
    ("model", 3),
    ("check", 4),
    ("render", 5),
    ("write", 6),
    ("build", 7),
    ("serve", 7),
    ("scaffold", 7),
    ("fuzzing", 7),
    ("lib", 7),
    ("main", 7),
    ("cli", 7),
];

fn rank(module: &str) -> u8 {
    RANKS.iter().find(|(name, _)| *name == module).unwrap_or_else(|| panic!("module {module} has no rank")).1
}

/// The top-level modules a file's code refers to through `crate::`, comments aside.
fn uses(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for line in text.lines() {
        let code = line.split("//").next().unwrap_or("");
        for (at, _) in code.match_indices("crate::") {
            let name: String =
                code[at + "crate::".len()..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
            if !name.is_empty() {
                found.insert(name);
            }
        }
        // `use crate::{a, b}` names several at once.
        if let Some(rest) = code.trim_start().strip_prefix("use crate::{") {
            for name in rest.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).filter(|n| !n.is_empty()) {
                if RANKS.iter().any(|(m, _)| *m == name) {
                    found.insert(name.to_owned());
                }
            }
        }
    }
    found
}

#[test]
fn no_module_imports_a_later_step() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut back_edges = Vec::new();
    let mut graph: BTreeSet<(String, String)> = BTreeSet::new();
    for entry in walkdir::WalkDir::new(&src).into_iter().map(Result::unwrap) {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let relative = path.strip_prefix(&src).unwrap();
        let module = relative.components().next().unwrap().as_os_str().to_string_lossy();
        let module = module.trim_end_matches(".rs").to_owned();
        let text = std::fs::read_to_string(path).unwrap();
        for used in uses(&text) {
            if used == module {
                continue;
            }
            graph.insert((module.clone(), used.clone()));
            if rank(&used) > rank(&module) {
                back_edges.push(format!("{} uses crate::{used}", relative.display()));
            }
        }
    }
    for (from, to) in &graph {
        println!("{from} → {to}");
    }
    assert!(back_edges.is_empty(), "imports of a later step:\n{}", back_edges.join("\n"));
}

#[test]
fn the_check_sees_every_kind_of_import() {
    let text = "use crate::render::x;\n// crate::write in a comment\nlet a = crate::check::f();\nuse crate::{load, model::y};\n";
    let found: Vec<String> = uses(text).into_iter().collect();
    assert_eq!(found, ["check", "load", "model", "render"]);
}
