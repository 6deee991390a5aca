//! Blanks left from a model: `xxxxxx` (three or more x as a word, in either case), `TODO`, and
//! `[à compléter]`, in any text field, in the body, and in `site.yaml`, each reported at its
//! exact position. A blank is an error where it would be published as validated text — in a
//! validated document, and in `site.yaml` once a document is validated — and a warning in a
//! draft, so that a site just made by `charte init` builds and lists what is left to write.

use crate::diagnostics::{Diagnostic, Severity, SourceFile};
use crate::load::yaml;
use crate::model::document::{Document, Origin, Status, Text};
use crate::model::site::Site;

/// The blanks of `text`: byte offset and the blank as written.
pub fn find(text: &str) -> Vec<(usize, &str)> {
    let mut found = Vec::new();
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    let mut start = None;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        match (start, is_word(c)) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                let word = &text[s..i];
                if (word.len() >= 3 && word.chars().all(|c| c == 'x' || c == 'X')) || word == "TODO" {
                    found.push((s, word));
                }
                start = None;
            }
            _ => {}
        }
    }
    let lower = text.to_lowercase();
    if lower.len() == text.len() {
        for (at, _) in lower.match_indices("[à compléter]") {
            found.push((at, &text[at..at + "[à compléter]".len()]));
        }
    }
    found.sort();
    found
}

fn blank(file: &SourceFile, at: (usize, usize), field: &str, word: &str, error: bool) -> Diagnostic {
    let mut d = file
        .error_at("blank", at.0, at.1, format!("`{word}` is a blank left to fill in (in `{field}`)"))
        .with_help("write the text that belongs here");
    if !error {
        d.severity = Severity::Warning;
    }
    d
}

/// Whether `word` is written in `file` at `at`: a blank that a variable brought into a text is
/// reported where the variable's value is written, not here.
fn written_at(file: &SourceFile, at: (usize, usize), word: &str) -> bool {
    let line = file.text.lines().nth(at.0.saturating_sub(1)).unwrap_or("");
    line.chars().skip(at.1.saturating_sub(1)).take(word.chars().count()).eq(word.chars())
}

pub fn check_document(doc: &Document, out: &mut Vec<Diagnostic>) {
    let error = doc.status() == Status::Validated;
    let vars = doc.fields.vars.iter().map(|(name, text)| (name.as_str(), text));
    let texts = doc.texts().into_iter().map(|t| (t.field, t.text)).chain(vars.map(|(_, t)| ("vars", t)));
    for (field, text) in texts.filter(|(_, t)| !doc.is_inherited(Origin::Field(t))) {
        for (offset, word) in find(text) {
            let at = doc.locate(Origin::Field(text), offset, word);
            if written_at(&doc.file, at, word) {
                out.push(blank(&doc.file, at, field, word, error));
            }
        }
    }
    let body = if doc.is_inherited(Origin::Body) { "" } else { doc.body.as_str() };
    for (offset, word) in find(body) {
        let at = doc.locate(Origin::Body, offset, word);
        if written_at(&doc.file, at, word) {
            out.push(blank(&doc.file, at, "body", word, error));
        }
    }
}

/// `error`: whether a document is validated, which makes the site's blanks errors.
pub fn check_site(site: &Site, file: &SourceFile, error: bool, out: &mut Vec<Diagnostic>) {
    for (field, text) in site.texts() {
        for (offset, word) in find(text) {
            out.push(blank(file, locate(file, text, offset, word), field, word, error));
        }
    }
}

fn locate(file: &SourceFile, text: &Text, offset: usize, word: &str) -> (usize, usize) {
    yaml::locate(&file.text, text, offset, word)
}

#[cfg(test)]
mod tests {
    use super::find;

    #[test]
    fn blanks_are_found_as_words() {
        let text = "La préfecture de xxxxxx publie. Voir XXX et TODO, [À compléter] ; pas taxxx ni Xavier ni todo.";
        let words: Vec<&str> = find(text).into_iter().map(|(_, w)| w).collect();
        assert_eq!(words, ["xxxxxx", "XXX", "TODO", "[À compléter]"]);
        assert!(find("de la / du xxxxxx").len() == 1);
        assert!(find("xx ou Exxxon").is_empty());
    }
}
