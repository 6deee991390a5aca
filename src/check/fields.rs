//! Per-document checks: fields that belong to another kind, rule anchors that would not make
//! stable web addresses, duplicate rule ids and glossary terms, unknown engagements.

use std::collections::HashMap;

use super::at;
use crate::diagnostics::{did_you_mean, Diagnostic};
use crate::load::yaml::{self, position};
use crate::model::document::{Document, Kind};
use crate::model::referential::Referential;

pub fn check_document(doc: &Document, referential: &Referential, out: &mut Vec<Diagnostic>) {
    misplaced_fields(doc, out);
    rule_ids(doc, out);
    glossary_terms(doc, out);
    engagements(doc, referential, out);
}

fn misplaced_fields(doc: &Document, out: &mut Vec<Diagnostic>) {
    let kind = doc.kind();
    let f = &doc.fields;
    let mut misplaced = |name: &str, owner: Kind, pos: Option<(usize, usize)>| {
        if let Some((line, column)) = pos {
            if kind != owner {
                out.push(
                    doc.file
                        .error_at(
                            "field-not-for-kind",
                            line,
                            column,
                            format!(
                                "`{name}` belongs to `{}` documents; this one is `{}`",
                                owner.as_str(),
                                kind.as_str()
                            ),
                        )
                        .with_help(format!("remove `{name}`, or change `kind` to `{}`", owner.as_str())),
                );
            }
        }
    };
    misplaced("faq", Kind::Usage, f.faq.as_ref().map(position));
    misplaced("terms", Kind::Glossary, f.terms.as_ref().map(position));
    misplaced("reference", Kind::Procedure, f.reference.as_ref().map(position));
    misplaced("service", Kind::Procedure, f.service.as_ref().map(position));
    misplaced("diffusion", Kind::Procedure, f.diffusion.as_ref().map(position));
    misplaced("storage", Kind::Procedure, f.storage.as_ref().map(position));
    if kind == Kind::Glossary {
        if let Some(rules) = &f.rules {
            out.push(at(doc, rules, "field-not-for-kind", "a glossary holds `terms`, not `rules`".to_owned()));
        }
    }
}

/// A rule id becomes the anchor `#id` that moderators cite: plain lowercase ASCII words.
fn rule_ids(doc: &Document, out: &mut Vec<Diagnostic>) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for rule in doc.rules().iter().filter(|r| !yaml::is_inherited(&r.id)) {
        let id = rule.id.as_str();
        let valid = !id.is_empty()
            && id.starts_with(|c: char| c.is_ascii_lowercase())
            && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !valid {
            out.push(at(doc, &rule.id, "rule-id", format!("rule id `{id}` cannot be a stable anchor")).with_help(
                format!(
                    "use lowercase letters, digits and hyphens, starting with a letter, such as `{}`",
                    crate::render::slug::slugify(id)
                ),
            ));
        }
        let (line, _) = position(&rule.id);
        if let Some(first) = seen.insert(id, line) {
            out.push(at(
                doc,
                &rule.id,
                "duplicate-rule",
                format!("rule id `{id}` is already used on line {first}: each rule needs its own id"),
            ));
        }
    }
}

fn glossary_terms(doc: &Document, out: &mut Vec<Diagnostic>) {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for term in doc.terms().iter().filter(|t| !yaml::is_inherited(&t.term)) {
        let key = crate::render::slug::fold(&term.term);
        let (line, _) = position(&term.term);
        if let Some(first) = seen.insert(key, line) {
            out.push(at(
                doc,
                &term.term,
                "duplicate-term",
                format!("the term `{}` is already defined on line {first}", term.term.as_str()),
            ));
        }
    }
}

fn engagements(doc: &Document, referential: &Referential, out: &mut Vec<Diagnostic>) {
    for number in doc.fields.engagements.iter().filter(|n| !yaml::is_inherited(n)) {
        if referential.get(number).is_none() {
            let known: Vec<&str> = referential.engagements.iter().map(|e| e.number.as_str()).collect();
            let mut d = at(
                doc,
                number,
                "unknown-engagement",
                format!("engagement `{}` is not in the Qual-e-pref referential", number.as_str()),
            );
            d.help = Some(match did_you_mean(number, known.iter().copied()) {
                Some(close) => format!(
                    "did you mean `{close}`? known engagements: {}; add others in content/referentiel.yaml",
                    known.join(", ")
                ),
                None => format!("known engagements: {}; add others in content/referentiel.yaml", known.join(", ")),
            });
            out.push(d);
        }
    }
}
