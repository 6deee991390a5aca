//! Pinned models: a document made from a library model (`extends: "@etat-moderation"`) names the
//! version it is made from (`"@etat-moderation@2.0"`), so that its validated text never changes
//! because the model moved. A fork that pins nothing is a warning that gives the line to write;
//! a fork pinned to an older version than the model's newest is told, as `model-update` notices,
//! what changed since and what taking the new version would do to it, rule by rule.

use crate::load::builtin::Models;
use crate::model::diff;
use crate::model::document::Document;
use crate::model::extends::{self, SiteModels};
use crate::schema::model_ref::ModelRef;
use crate::source::{Code, Diagnostic};
use crate::tr;

use super::changes::describe;

pub fn check(doc: &Document, built_in: &Models, out: &mut Vec<Diagnostic>) {
    // An earlier version's text is history: it stays as it was written.
    if doc.earlier.is_some() {
        return;
    }
    let Some(extends) = &doc.fields.extends else { return };
    let reference = ModelRef::parse(extends);
    if !reference.is_library() {
        return;
    }
    let name = reference.model;
    let Some(newest) = built_in.versions(name.trim_start_matches('@')).first().copied() else { return };
    match reference.version {
        None => {}
        Some(pinned) if pinned != newest => return update(doc, built_in, (name, pinned, newest), out),
        Some(_) => return,
    }
    out.push(doc.file.at(Code::ModelUnpinned, extends, tr!("model-unpinned", model = name)).with_help(tr!(
        "model-unpinned-help",
        pinned = ModelRef::pinned(name, newest),
        version = newest
    )));
}

/// The `model-update` notices of `doc`, made from version `pinned` of the built-in model `name`
/// whose newest version is `newest`: what changed, then each rule the new version would change
/// in the document, at `extends` for a rule the document takes as it is, at the document's own
/// entry for a rule it changes or removes.
fn update(doc: &Document, built_in: &Models, (name, pinned, newest): (&str, &str, &str), out: &mut Vec<Diagnostic>) {
    let Some(extends) = &doc.fields.extends else { return };
    let bare = name.trim_start_matches('@');
    let (Some(base), Some(theirs)) = (built_in.at_version(bare, pinned), built_in.get(bare)) else { return };
    let resolve = |raw| extends::resolve(raw, &SiteModels::default(), built_in).ok();
    let (Some(base_doc), Some(theirs_doc)) = (resolve(base), resolve(theirs)) else { return };
    let notes: Vec<String> = theirs
        .fields
        .history
        .iter()
        .take_while(|h| h.version.as_str() != pinned)
        .map(|h| {
            let changes = h.changes.split_whitespace().collect::<Vec<_>>().join(" ");
            let changes = changes.trim_end_matches('.');
            tr!("model-update-note", version = h.version.as_str(), changes = changes)
        })
        .collect();
    out.push(
        doc.file
            .at(Code::ModelUpdate, extends, tr!("model-update", model = name, newest = newest, pinned = pinned))
            .with_help(tr!(
                "model-update-help",
                notes = notes.join(" ; "),
                pinned_newest = ModelRef::pinned(name, newest)
            )),
    );
    let own = |id: &str| doc.fields.rules.iter().flat_map(|r| r.iter()).find(|e| e.id.as_str() == id);
    let at_extends = |message: String| doc.file.at(Code::ModelUpdate, extends, message);
    let changes = diff::from_model(name, base_doc.rules(), theirs_doc.rules());
    for id in &changes.removed {
        out.push(match own(id) {
            Some(entry) if !entry.remove => doc.file.at(
                Code::ModelUpdate,
                &entry.id,
                tr!("model-update-dropped-review", newest = newest, model = name, id = id.as_str()),
            ),
            // Removed on both sides: nothing changes.
            Some(_) => continue,
            None => at_extends(tr!("model-update-dropped", newest = newest, model = name, id = id.as_str())),
        });
    }
    for id in &changes.added {
        out.push(match own(id) {
            Some(entry) if !entry.remove => doc
                .file
                .at(
                    Code::ModelUpdate,
                    &entry.id,
                    tr!("model-update-added-clash", newest = newest, model = name, id = id.as_str()),
                )
                .with_help(tr!("model-update-review-help")),
            _ => at_extends(tr!("model-update-added", newest = newest, model = name, id = id.as_str())),
        });
    }
    for change in &changes.changed {
        let (id, words) = (change.id.as_str(), describe(&change.segments));
        out.push(match own(id) {
            Some(entry) if entry.remove => doc.file.at(
                Code::ModelUpdate,
                &entry.id,
                tr!("model-update-removed-changed", id = id, newest = newest, model = name, changes = words),
            ),
            Some(entry) => doc
                .file
                .at(
                    Code::ModelUpdate,
                    &entry.id,
                    tr!("model-update-review", id = id, newest = newest, model = name, changes = words),
                )
                .with_help(tr!("model-update-review-help")),
            None => at_extends(tr!("model-update-inherited", newest = newest, model = name, id = id, changes = words)),
        });
    }
}
