//! Per-document checks: fields that belong to another kind, rule anchors that would not make
//! stable web addresses, duplicate rule ids and glossary terms, unknown engagements.

use crate::tr;
use std::collections::HashMap;

use crate::model::document::Document;
use crate::model::referential::Referential;
use crate::model::slug::{fold, slugify};
use crate::schema::kind::{Kind, KindField};
use crate::schema::names::is_rule_id;
use crate::source::{did_you_mean, Code, Diagnostic};

pub fn check_document(doc: &Document, referential: &Referential, out: &mut Vec<Diagnostic>) {
    misplaced_fields(doc, out);
    rule_ids(doc, out);
    glossary_terms(doc, out);
    engagements(doc, referential, out);
}

/// A field that the document's kind does not accept, as the kind table says.
fn misplaced_fields(doc: &Document, out: &mut Vec<Diagnostic>) {
    let kind = doc.kind();
    for &field in KindField::ALL.iter().filter(|f| !kind.accepts(**f)) {
        let Some(span) = doc.fields.kind_field(field) else { continue };
        if span.is_inherited() {
            continue;
        }
        let owners: Vec<&str> = Kind::all().filter(|k| k.accepts(field)).map(Kind::as_str).collect();
        let name = field.name();
        let owned = owners.iter().map(|o| format!("`{o}`")).collect::<Vec<_>>().join(&tr!("word-or"));
        out.push(
            doc.file
                .diagnostic(
                    Code::FieldNotForKind,
                    span.start().unwrap_or((1, 1)),
                    tr!("field-not-for-kind", field = name, owners = owned, kind = kind.as_str()),
                )
                .with_help(match owners.as_slice() {
                    [owner] => tr!("field-not-for-kind-help-one", field = name, owner = *owner),
                    _ => tr!("field-not-for-kind-help", field = name),
                }),
        );
    }
}

/// A rule id becomes the anchor `#id` that moderators cite: plain lowercase ASCII words.
fn rule_ids(doc: &Document, out: &mut Vec<Diagnostic>) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for rule in doc.rules().iter().filter(|r| !r.id.is_inherited()) {
        let id = rule.id.as_str();
        if !is_rule_id(id) {
            out.push(
                doc.file
                    .at(Code::RuleId, &rule.id, tr!("rule-id", id = id))
                    .with_help(tr!("rule-id-help", example = slugify(id))),
            );
        }
        let (line, _) = rule.id.position();
        if let Some(first) = seen.insert(id, line) {
            out.push(doc.file.at(Code::DuplicateRule, &rule.id, tr!("rule-duplicate", id = id, first = first)));
        }
    }
}

fn glossary_terms(doc: &Document, out: &mut Vec<Diagnostic>) {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for term in doc.terms().iter().filter(|t| !t.term.is_inherited()) {
        if let Some(lang) = term.lang.as_ref().filter(|l| !crate::schema::names::is_language_code(l)) {
            out.push(doc.file.at(Code::InvalidValue, lang, tr!("term-lang", lang = lang.as_str())));
        }
        let key = fold(&term.term);
        let (line, _) = term.term.position();
        if let Some(first) = seen.insert(key, line) {
            out.push(doc.file.at(
                Code::DuplicateTerm,
                &term.term,
                tr!("term-duplicate", term = term.term.as_str(), first = first),
            ));
        }
    }
}

fn engagements(doc: &Document, referential: &Referential, out: &mut Vec<Diagnostic>) {
    for number in doc.fields.engagements.iter().filter(|n| !n.is_inherited()) {
        if referential.get(number).is_none() {
            let known: Vec<&str> = referential.engagements.iter().map(|e| e.number.as_str()).collect();
            let mut d =
                doc.file.at(Code::UnknownEngagement, number, tr!("engagement-unknown", number = number.as_str()));
            d.help = Some(match did_you_mean(number, known.iter().copied()) {
                Some(close) => tr!("engagement-unknown-close", close = close, known = known.join(", ")),
                None => tr!("engagement-unknown-help", known = known.join(", ")),
            });
            out.push(d);
        }
    }
}
