//! Both languages say everything: the same identifiers in both files, every identifier the code
//! uses present in both, and French typography in the French messages.

use std::collections::BTreeSet;

use super::*;

/// The identifiers of the messages of a Fluent file, after checking that it parses whole.
fn identifiers(source: &'static str, name: &str) -> BTreeSet<&'static str> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("{name} does not parse: {errors:?}"),
    };
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(message) => Some(message.id.name),
            _ => None,
        })
        .collect()
}

#[test]
fn both_languages_have_the_same_messages() {
    let french = identifiers(FRENCH, "fr.ftl");
    let english = identifiers(ENGLISH, "en.ftl");
    let only_french: Vec<_> = french.difference(&english).collect();
    let only_english: Vec<_> = english.difference(&french).collect();
    assert!(only_french.is_empty(), "in French only: {only_french:?}");
    assert!(only_english.is_empty(), "in English only: {only_english:?}");
    assert!(french.len() > 20, "{} messages", french.len());
}

/// Every `tr!("id"…)` of the source and every `# @id` comment of the starter files, with its file.
fn used_identifiers() -> Vec<(String, String)> {
    let mut used = Vec::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for entry in walkdir::WalkDir::new(&root).into_iter().flatten() {
        if entry.path().extension().is_none_or(|e| e != "rs") || entry.path().ends_with("i18n/tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(entry.path()).unwrap();
        // `tr!("id"…)`, and `messages.format("id", …)` where a language is chosen.
        let calls = text.match_indices("tr!(").chain(text.match_indices(".format("));
        for (at, call) in calls {
            // `include_str!(` is not a message.
            if call == "tr!(" && text[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let Some(rest) = text[at + call.len()..].trim_start().strip_prefix('"') else { continue };
            let id = &rest[..rest.find('"').unwrap()];
            used.push((id.to_owned(), entry.path().display().to_string()));
        }
    }
    // The comments of the starter files: `# @id` markers.
    let starters = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("starters");
    for entry in walkdir::WalkDir::new(&starters).into_iter().flatten().filter(|e| e.file_type().is_file()) {
        let text = std::fs::read_to_string(entry.path()).unwrap();
        for line in text.lines() {
            if let Some((_, id)) = super::comments::marker(line) {
                used.push((id.to_owned(), entry.path().display().to_string()));
            }
        }
    }
    used
}

#[test]
fn every_message_the_code_uses_exists_in_both_languages() {
    let used = used_identifiers();
    assert!(used.len() > 20, "{} uses found", used.len());
    for language in [Language::French, Language::English] {
        let messages = Messages::new(language);
        let missing: Vec<_> = used.iter().filter(|(id, _)| !messages.has(id)).collect();
        assert!(missing.is_empty(), "{language:?} lacks {missing:?}");
    }
}

#[test]
fn every_message_is_used() {
    let used: BTreeSet<String> = used_identifiers().into_iter().map(|(id, _)| id).collect();
    // The descriptions of the JSON Schemas (`schema-…`) are looked up by field; their own test
    // checks them (`schema::json_schema`).
    let unused: Vec<_> = identifiers(FRENCH, "fr.ftl")
        .into_iter()
        .filter(|id| !used.contains(*id) && !id.starts_with("schema-"))
        .collect();
    assert!(unused.is_empty(), "never used: {unused:?}");
}

#[test]
fn french_messages_keep_their_punctuation_on_the_line() {
    for (number, line) in FRENCH.lines().enumerate() {
        if line.trim_start().starts_with('#') {
            continue;
        }
        for wrong in [" :", " ;", " ?", " !", "« ", " »", "'"] {
            // `key = value` and a select expression's `->` are Fluent, not French.
            // Code between backticks is typed as it is written.
            let text: String = line.split('`').step_by(2).collect::<Vec<_>>().join("");
            let text = text.replace(" = ", "").replace(" ->", "");
            assert!(!text.contains(wrong), "fr.ftl:{}: `{wrong}` in {line:?}", number + 1);
        }
    }
}

#[test]
fn the_locale_chooses_the_language() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| pairs.iter().find(|(n, _)| *n == name).map(|(_, v)| (*v).to_owned())
    };
    assert_eq!(Language::from_locale(env(&[])), Language::French);
    assert_eq!(Language::from_locale(env(&[("LANG", "C.UTF-8")])), Language::French);
    assert_eq!(Language::from_locale(env(&[("LANG", "fr_FR.UTF-8")])), Language::French);
    assert_eq!(Language::from_locale(env(&[("LANG", "en_GB.UTF-8")])), Language::English);
    assert_eq!(Language::from_locale(env(&[("LANG", "en_GB.UTF-8"), ("LC_MESSAGES", "fr_FR")])), Language::French);
    assert_eq!(Language::from_locale(env(&[("LC_MESSAGES", "fr_FR"), ("LC_ALL", "en_US")])), Language::English);
    // An empty variable does not count.
    assert_eq!(Language::from_locale(env(&[("LC_ALL", ""), ("LANG", "en_US")])), Language::English);
}

#[test]
fn numbers_choose_the_plural_form() {
    let errors = |language, n: usize| {
        let mut args = FluentArgs::new();
        args.set("errors", n);
        messages(language).format("build-failed", Some(&args))
    };
    // French counts 0 and 1 in the singular.
    assert!(errors(Language::French, 0).contains("0 erreur\u{202f};"), "{}", errors(Language::French, 0));
    assert!(errors(Language::French, 1).contains("1 erreur\u{202f};"), "{}", errors(Language::French, 1));
    assert!(errors(Language::French, 2).contains("2 erreurs\u{202f};"), "{}", errors(Language::French, 2));
    assert!(errors(Language::English, 1).contains("1 error;"), "{}", errors(Language::English, 1));
    assert!(errors(Language::English, 2).contains("2 errors;"), "{}", errors(Language::English, 2));
}
