//! What changed from the model: for a document that extends another, each rule removed, added
//! or reworded compared with the model is a notice, with the words that changed, so that a
//! quality officer auditing a fork sees at once where it departs from the reference text.

use crate::model::diff::{Change, Segment};
use crate::model::document::Document;
use crate::source::{Code, Diagnostic};

/// `«…»` around each removed and added run of words, shortened when long.
pub fn describe(segments: &[Segment]) -> String {
    let quote = |change: Change| -> Vec<String> {
        segments
            .iter()
            .filter(|s| s.change == change)
            .map(|s| {
                let text = s.text.split_whitespace().collect::<Vec<_>>().join(" ");
                let short: String = text.chars().take(60).collect();
                if short.len() < text.len() {
                    format!("«{short}…»")
                } else {
                    format!("«{text}»")
                }
            })
            .collect()
    };
    let (removed, added) = (quote(Change::Removed), quote(Change::Added));
    match (removed.is_empty(), added.is_empty()) {
        (false, false) => format!("removed {}; added {}", removed.join(", "), added.join(", ")),
        (false, true) => format!("removed {}", removed.join(", ")),
        (true, false) => format!("added {}", added.join(", ")),
        (true, true) => "whitespace only".to_owned(),
    }
}

pub fn check(doc: &Document, out: &mut Vec<Diagnostic>) {
    let Some(changes) = &doc.changes else { return };
    let entry_position = |id: &str| {
        doc.fields.rules.iter().flat_map(|r| r.iter()).find(|e| e.id.as_str() == id).map(|e| e.id.position())
    };
    let extends = doc.fields.extends.as_ref().map(|e| e.position()).unwrap_or((1, 1));
    let mut notice = |id: &str, message: String| {
        out.push(doc.file.diagnostic(Code::ModelChanges, entry_position(id).unwrap_or(extends), message));
    };
    let model = &changes.model;
    for id in &changes.removed {
        notice(id, format!("rule `{id}` of the model {model} is removed"));
    }
    for id in &changes.added {
        notice(id, format!("rule `{id}` is not in the model {model}"));
    }
    for change in &changes.changed {
        notice(
            &change.id,
            format!("rule `{}` differs from the model {model}: {}", change.id, describe(&change.segments)),
        );
    }
}
