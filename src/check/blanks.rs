//! Blanks left from a model: `xxxxxx` (three or more x as a word, in either case), `TODO`, and
//! `[à compléter]`, in any text field, in the body, and in `site.yaml`, each reported at its
//! exact position. A blank is an error where it would be published as validated text — in a
//! validated document, and in `site.yaml` once a document is validated — and a warning in a
//! draft, so that a site just made by `charte init` builds and lists what is left to write.

use crate::model::document::{Document, Origin};
use crate::schema::document::Status;
use crate::schema::site::Site;
use crate::source::{Code, Diagnostic, Quota, Severity, SourceFile};
use crate::tr;

/// The blanks of `text`: byte offset and the blank as written.
pub fn find(text: &str) -> Vec<(usize, &str)> {
    let mut found = Vec::new();
    // Most texts have none: a quick look for what every blank contains spares the word scan.
    let may_have_x = ["xx", "XX", "Xx", "xX"].iter().any(|p| text.contains(p));
    if !may_have_x && !text.contains("TODO") && !text.contains('[') {
        return found;
    }
    if !may_have_x && !text.contains("TODO") {
        return find_to_fill(text, found);
    }
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
    find_to_fill(text, found)
}

/// Adds the `[à compléter]` of `text` (in any case) to `found`, and sorts them all.
fn find_to_fill<'a>(text: &'a str, mut found: Vec<(usize, &'a str)>) -> Vec<(usize, &'a str)> {
    const TO_FILL: &str = "[à compléter]";
    let length = TO_FILL.chars().count();
    for (at, _) in text.match_indices('[') {
        let rest = &text[at..];
        let candidate = &rest[..rest.char_indices().nth(length).map_or(rest.len(), |(end, _)| end)];
        if candidate.chars().flat_map(char::to_lowercase).eq(TO_FILL.chars()) {
            found.push((at, candidate));
        }
    }
    found.sort();
    found
}

/// What belongs in a field, for the help of a blank.
fn what_to_write(field: &str) -> String {
    match field {
        "organisation.name" => tr!("blank-organisation-name"),
        "organisation.name_in_text" => tr!("blank-organisation-name-in-text"),
        "organisation.short_name" => tr!("blank-organisation-short-name"),
        "organisation.territory" => tr!("blank-organisation-territory"),
        "organisation.service" => tr!("blank-organisation-service"),
        "base_url" => tr!("blank-base-url"),
        "accounts.handle" => tr!("blank-account-handle"),
        "accounts.url" => tr!("blank-account-url"),
        "contacts" => tr!("blank-contact"),
        "vars" => tr!("blank-variable"),
        "terms.group" => tr!("blank-group"),
        "reference" | "service" | "diffusion" | "storage" => tr!("blank-cartouche"),
        _ => tr!("blank-text"),
    }
}

fn blank(file: &SourceFile, at: (usize, usize), field: &str, word: &str, error: bool) -> Diagnostic {
    file.diagnostic(Code::Blank, at, tr!("blank", word = word, field = field))
        .with_help(what_to_write(field))
        .with_severity(if error { Severity::Error } else { Severity::Warning })
}

pub fn check_document(doc: &Document, out: &mut Vec<Diagnostic>) {
    let error = doc.status() == Status::Validated;
    let mut quota = Quota::default();
    doc.each_text(|field, text| {
        if doc.is_inherited(Origin::Field(text)) {
            return;
        }
        let original = doc.original(text);
        for (offset, word) in find(original) {
            if quota.admits() {
                let at = doc.file.locate(text, original, offset, word);
                out.push(blank(&doc.file, at, field.name(), word, error));
            }
        }
    });
    if !doc.is_inherited(Origin::Body) {
        let body = doc.original_body();
        for (offset, word) in find(body) {
            if quota.admits() {
                let at = doc.locate_in_original_body(offset, word);
                out.push(blank(&doc.file, at, "body", word, error));
            }
        }
    }
    let severity = if error { Severity::Error } else { Severity::Warning };
    out.extend(quota.rest(Code::Blank, &doc.file.display).map(|d| d.with_severity(severity)));
}

/// `error`: whether a document is validated, which makes the site's blanks errors.
pub fn check_site(site: &Site, file: &SourceFile, error: bool, out: &mut Vec<Diagnostic>) {
    for (field, text) in site.texts() {
        for (offset, word) in find(text) {
            out.push(blank(file, file.locate(text, text, offset, word), field, word, error));
        }
    }
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
