//! Pinned models: a document made from a library model (`extends: "@etat-moderation"`) names the
//! version it is made from (`"@etat-moderation@2.0"`), so that its validated text never changes
//! because the model moved. A fork that pins nothing is a warning that gives the line to write;
//! a fork pinned to an older version than the model's newest is told, as `model-update` notices,
//! what changed since and what taking the new version would do to it, rule by rule.

use crate::load::builtin::Models;
use crate::model::document::Document;
use crate::model::update::{pin_state, Effect, PinState, UpdatePlan};
use crate::schema::document::{ConflictReason, Fields};
use crate::schema::model_ref::ModelRef;
use crate::source::{Code, Diagnostic, SourceFile};
use crate::tr;

use super::changes::describe;

pub fn check(doc: &Document, built_in: &Models, out: &mut Vec<Diagnostic>) {
    conflicts(&doc.fields, &doc.file, out);
    let (Some(extends), Some(state)) = (&doc.fields.extends, pin_state(doc, built_in)) else { return };
    match state {
        PinState::Unpinned { model, newest } => {
            out.push(
                doc.file.at(Code::ModelUnpinned, extends, tr!("model-unpinned", model = model.as_str())).with_help(
                    tr!("model-unpinned-help", pinned = ModelRef::pinned(&model, &newest), version = newest),
                ),
            )
        }
        PinState::UpToDate { .. } => {}
        PinState::Behind(plan) => update(doc, &plan, out),
    }
}

/// An `update-conflict` error for each `conflict` that `charte update` left in the fields of
/// `file`: the document cannot be published, nor updated again, until a person has chosen its
/// wording.
pub fn conflicts(fields: &Fields, file: &SourceFile, out: &mut Vec<Diagnostic>) {
    let rules = fields.rules.iter().flat_map(|r| r.iter());
    let found = rules
        .filter_map(|r| Some((Some(r.id.as_str()), r.conflict.as_ref()?)))
        .chain(fields.conflict.as_ref().map(|c| (None, c)));
    for (rule, conflict) in found {
        let fields: Vec<&str> = [("title", &conflict.title), ("summary", &conflict.summary), ("body", &conflict.body)]
            .into_iter()
            .filter(|(_, sides)| sides.is_some())
            .map(|(name, _)| name)
            .collect();
        let fields = fields.iter().map(|f| format!("`{f}`")).collect::<Vec<_>>().join(", ");
        let message = match rule {
            Some(id) => tr!("update-conflict-rule", update = conflict.update.as_str(), id = id),
            None => tr!("update-conflict-document", update = conflict.update.as_str()),
        };
        let help = match *conflict.reason {
            ConflictReason::BothChanged => tr!("update-conflict-both-help", fields = fields),
            ConflictReason::RemovedByModel => tr!("update-conflict-removed-help"),
            ConflictReason::AddedByModel => tr!("update-conflict-added-help"),
        };
        out.push(file.at(Code::UpdateConflict, &conflict.update, message).with_help(help));
    }
}

/// The `model-update` notices of `doc`: what changed, then each rule the new version would
/// change in the document, at `extends` for a rule the document takes as it is, at the
/// document's own entry for a rule it changes or removes.
fn update(doc: &Document, plan: &UpdatePlan, out: &mut Vec<Diagnostic>) {
    let Some(extends) = &doc.fields.extends else { return };
    let (model, newest) = (plan.model.as_str(), plan.newest.as_str());
    let notes: Vec<String> = plan
        .notes
        .iter()
        .map(|(version, changes)| {
            tr!("model-update-note", version = version.as_str(), changes = changes.trim_end_matches('.'))
        })
        .collect();
    out.push(
        doc.file
            .at(
                Code::ModelUpdate,
                extends,
                tr!("model-update", model = model, newest = newest, pinned = plan.pinned.as_str()),
            )
            .with_help(tr!("model-update-help", notes = notes.join(" ; "), document = doc.slug.as_str())),
    );
    for item in &plan.items {
        let id = item.id.as_str();
        let entry = doc.fields.rules.iter().flat_map(|r| r.iter()).find(|e| e.id.as_str() == id);
        let changes = describe(&item.segments);
        let message = match item.effect {
            Effect::Reworded => {
                tr!("model-update-inherited", newest = newest, model = model, id = id, changes = changes)
            }
            Effect::Added => tr!("model-update-added", newest = newest, model = model, id = id),
            Effect::Removed => tr!("model-update-dropped", newest = newest, model = model, id = id),
            Effect::BothReworded => {
                tr!("model-update-review", id = id, newest = newest, model = model, changes = changes)
            }
            Effect::ChangedButRemoved => tr!("model-update-dropped-review", newest = newest, model = model, id = id),
            Effect::Clash => tr!("model-update-added-clash", newest = newest, model = model, id = id),
            Effect::RemovedButReworded => {
                tr!("model-update-removed-changed", id = id, newest = newest, model = model, changes = changes)
            }
        };
        // A rule the document writes itself is pointed at where it is written.
        let diagnostic = match entry {
            Some(entry) => doc.file.at(Code::ModelUpdate, &entry.id, message),
            None => doc.file.at(Code::ModelUpdate, extends, message),
        };
        out.push(if item.effect.needs_review() {
            diagnostic.with_help(tr!("model-update-review-help"))
        } else {
            diagnostic
        });
    }
}
