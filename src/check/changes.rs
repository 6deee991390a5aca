//! What changed from the model: for a document that extends another, each rule removed, added
//! or reworded compared with the model is a notice, with the words that changed, so that a
//! quality officer auditing a fork sees at once where it departs from the reference text.

use crate::model::diff::{Change, Segment};
use crate::model::document::Document;
use crate::source::{Code, Diagnostic};
use crate::tr;

/// Quotes (« … » in French) around each removed and added run of words, shortened when long.
pub fn describe(segments: &[Segment]) -> String {
    let quote = |change: Change| -> Vec<String> {
        segments
            .iter()
            .filter(|s| s.change == change)
            .map(|s| {
                let text = s.text.split_whitespace().collect::<Vec<_>>().join(" ");
                let short: String = text.chars().take(60).collect();
                if short.len() < text.len() {
                    tr!("changes-quote", text = format!("{short}…"))
                } else {
                    tr!("changes-quote", text = text)
                }
            })
            .collect()
    };
    let (removed, added) = (quote(Change::Removed), quote(Change::Added));
    match (removed.is_empty(), added.is_empty()) {
        (false, false) => tr!("changes-both", removed = removed.join(", "), added = added.join(", ")),
        (false, true) => tr!("changes-removed", removed = removed.join(", ")),
        (true, false) => tr!("changes-added", added = added.join(", ")),
        (true, true) => tr!("changes-whitespace"),
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
        notice(id, tr!("changes-rule-removed", id = id, model = model));
    }
    for id in &changes.added {
        notice(id, tr!("changes-rule-added", id = id, model = model));
    }
    for change in &changes.changed {
        notice(
            &change.id,
            tr!("changes-rule-differs", id = change.id, model = model, changes = describe(&change.segments)),
        );
    }
}
