//! Blanks left from a model: `xxxxxx` (three or more x as a word, in either case), `TODO`, and
//! `[à compléter]`, in any text field, in the body, and in `site.yaml`: each is an error at its
//! exact position.

use crate::diagnostics::{Diagnostic, SourceFile};
use crate::load::yaml;
use crate::model::document::{Document, Origin, Text};
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

fn blank(file: &SourceFile, line: usize, column: usize, field: &str, word: &str) -> Diagnostic {
    file.error_at("blank", line, column, format!("`{word}` is a blank left to fill in (in `{field}`)"))
        .with_help("write the text that belongs here")
}

pub fn check_document(doc: &Document, out: &mut Vec<Diagnostic>) {
    for text in doc.texts() {
        for (offset, word) in find(text.text) {
            let (line, column) = doc.locate(Origin::Field(text.text), offset, word);
            out.push(blank(&doc.file, line, column, text.field, word));
        }
    }
    for (offset, word) in find(&doc.body) {
        let (line, column) = doc.locate(Origin::Body, offset, word);
        out.push(blank(&doc.file, line, column, "body", word));
    }
}

pub fn check_site(site: &Site, file: &SourceFile, out: &mut Vec<Diagnostic>) {
    for (field, text) in site.texts() {
        for (offset, word) in find(text) {
            let (line, column) = locate(file, text, offset, word);
            out.push(blank(file, line, column, field, word));
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
