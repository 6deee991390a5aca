//! Where a fork of a built-in model stands against the model's newest version: not pinned, up to
//! date, or pinned to an older version — and then what taking the newest would do to it, rule by
//! rule (the plan `check` reports as `model-update` notices and the register sums up).

use serde::Serialize;

use super::diff::{self, Segment};
use super::document::Document;
use super::extends::{self, SiteModels};
use crate::load::builtin::Models;
use crate::schema::model_ref::ModelRef;

/// Where a fork of a built-in model stands.
pub enum PinState {
    /// `extends` names no version: the fork follows the model as it is now.
    Unpinned {
        model: String,
        newest: String,
    },
    UpToDate {
        model: String,
        pinned: String,
    },
    Behind(UpdatePlan),
}

/// What taking the newest version of its model would do to a fork pinned to an older one.
pub struct UpdatePlan {
    /// `@etat-moderation`.
    pub model: String,
    pub pinned: String,
    pub newest: String,
    /// The model's change notes since the pinned version, newest first: version, note.
    pub notes: Vec<(String, String)>,
    pub items: Vec<UpdateItem>,
}

impl UpdatePlan {
    /// Whether the fork changes something the model changes too, so that a person must decide.
    pub fn needs_review(&self) -> bool {
        self.items.iter().any(|i| i.effect.needs_review())
    }
}

/// What the newest version does to one rule of the fork.
pub struct UpdateItem {
    pub id: String,
    pub effect: Effect,
    /// For a reworded rule: the model's title and body, old and new, word by word.
    pub segments: Vec<Segment>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Effect {
    /// A rule the fork takes as it is: reworded, added or removed by the model.
    Reworded,
    Added,
    Removed,
    /// A rule the fork changes, that the model rewords or removes: to review.
    BothReworded,
    ChangedButRemoved,
    /// A rule the model adds under an id the fork already uses: to review.
    Clash,
    /// A rule the fork removes, that the model rewords: it stays removed.
    RemovedButReworded,
}

impl Effect {
    pub fn needs_review(self) -> bool {
        matches!(self, Effect::BothReworded | Effect::ChangedButRemoved | Effect::Clash)
    }
}

/// Where `doc` stands against its model, when it is a current document made from a built-in
/// model (a pinned version with no text is an error reported elsewhere: `None` then).
pub fn pin_state(doc: &Document, built_in: &Models) -> Option<PinState> {
    if doc.earlier.is_some() {
        return None;
    }
    let reference = ModelRef::parse(doc.fields.extends.as_ref()?);
    if !reference.is_library() {
        return None;
    }
    let model = reference.model.to_owned();
    let bare = reference.model.trim_start_matches('@');
    let newest = built_in.versions(bare).first().copied()?.to_owned();
    let Some(pinned) = reference.version else { return Some(PinState::Unpinned { model, newest }) };
    if pinned == newest {
        return Some(PinState::UpToDate { model, pinned: pinned.to_owned() });
    }
    let (base, theirs) = (built_in.at_version(bare, pinned)?, built_in.get(bare)?);
    let resolve = |raw| extends::resolve(raw, &SiteModels::default(), built_in).ok();
    let (base_doc, theirs_doc) = (resolve(base)?, resolve(theirs)?);
    let notes = theirs
        .fields
        .history
        .iter()
        .take_while(|h| h.version.as_str() != pinned)
        .map(|h| (h.version.to_string(), h.changes.split_whitespace().collect::<Vec<_>>().join(" ")))
        .collect();
    let own = |id: &str| doc.fields.rules.iter().flat_map(|r| r.iter()).find(|e| e.id.as_str() == id);
    let changes = diff::from_model(&model, base_doc.rules(), theirs_doc.rules());
    let mut items = Vec::new();
    for id in changes.removed {
        let effect = match own(&id) {
            Some(entry) if !entry.remove => Effect::ChangedButRemoved,
            // Removed on both sides: nothing changes.
            Some(_) => continue,
            None => Effect::Removed,
        };
        items.push(UpdateItem { id, effect, segments: Vec::new() });
    }
    for id in changes.added {
        let effect = match own(&id) {
            Some(entry) if !entry.remove => Effect::Clash,
            _ => Effect::Added,
        };
        items.push(UpdateItem { id, effect, segments: Vec::new() });
    }
    for change in changes.changed {
        let effect = match own(&change.id) {
            Some(entry) if entry.remove => Effect::RemovedButReworded,
            Some(_) => Effect::BothReworded,
            None => Effect::Reworded,
        };
        items.push(UpdateItem { id: change.id, effect, segments: change.segments });
    }
    Some(PinState::Behind(UpdatePlan { model, pinned: pinned.to_owned(), newest, notes, items }))
}
