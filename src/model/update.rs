//! Where a fork of a library model (built in, or from a library `site.yaml` declares) stands
//! against the model's newest version: not pinned, up to date, or pinned to an older version —
//! and then what taking the newest would do to it, rule by rule (the plan `check` reports as
//! `model-update` notices and the register sums up), and the model's own changes between two
//! versions, for the register's page of them.

use serde::Serialize;

use super::diff::{self, Segment};
use super::document::Document;
use super::extends::{self, SiteModels};
use super::redline::Comparison;
use crate::load::builtin::Models;
use crate::schema::date::Date;
use crate::schema::model_ref::ModelRef;
use crate::schema::names;
use crate::schema::site::Site;

/// Where a fork of a library model stands.
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

/// Where `doc` stands against its model, when it is a current document made from a library
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
    let (base_doc, theirs_doc) = texts(built_in, bare, pinned)?;
    let notes = notes_since(built_in, bare, pinned);
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

/// The model `bare` (`etat-moderation`, `sig/moderation`) at version `older` and as it is now,
/// each resolved as a document.
fn texts(built_in: &Models, bare: &str, older: &str) -> Option<(Document, Document)> {
    let (base, theirs) = (built_in.at_version(bare, older)?, built_in.get(bare)?);
    let resolve = |raw| extends::resolve(raw, &SiteModels::default(), built_in).ok();
    Some((resolve(base)?, resolve(theirs)?))
}

/// The change notes of the model `bare` since version `since`, newest first: version, note on
/// one line.
fn notes_since(built_in: &Models, bare: &str, since: &str) -> Vec<(String, String)> {
    let Some(model) = built_in.get(bare) else { return Vec::new() };
    model
        .fields
        .history
        .iter()
        .take_while(|h| h.version.as_str() != since)
        .map(|h| (h.version.to_string(), h.changes.split_whitespace().collect::<Vec<_>>().join(" ")))
        .collect()
}

/// What changed in a model from the version a fork is pinned to up to its newest, for the
/// register's page of the model's changes.
pub struct ModelRedline {
    /// `@etat-moderation`.
    pub model: String,
    /// The model's title now.
    pub title: String,
    pub older: String,
    pub newer: String,
    /// When the newest version came into force, when its history says.
    pub date: Option<Date>,
    /// The change notes since `older`, newest first: version, note.
    pub notes: Vec<(String, String)>,
    pub comparison: Comparison,
}

impl ModelRedline {
    /// The model `model` (`@sig/moderation`) of `built_in` from version `older` to its newest,
    /// with the variables of `site` replaced as its forks will have them.
    pub fn new(model: &str, older: &str, built_in: &Models, site: &Site) -> Option<ModelRedline> {
        let bare = model.trim_start_matches('@');
        let newer = built_in.versions(bare).first().copied()?.to_owned();
        let (mut base, mut theirs) = texts(built_in, bare, older)?;
        for text in [&mut base, &mut theirs] {
            // Unknown names stay as written: the forks' own checks report them.
            super::replace_variables(text, site, &mut Vec::new());
        }
        let date = built_in.get(bare)?.fields.history.iter().find(|h| h.version.as_str() == newer).map(|h| *h.date);
        Some(ModelRedline {
            model: model.to_owned(),
            title: theirs.title.to_string(),
            older: older.to_owned(),
            newer,
            date,
            notes: notes_since(built_in, bare, older),
            comparison: Comparison::new(&base, &theirs),
        })
    }

    /// Where the register publishes it, relative to the site: under `registre/`, an address no
    /// document can take (`registre/modeles/sig/moderation/v1.0-2.0/`); `None` when a name or a
    /// version cannot be part of an address.
    pub fn url(model: &str, older: &str, newer: &str) -> Option<String> {
        let bare = model.strip_prefix('@')?;
        let addressable = bare.split('/').all(names::is_web_name)
            && names::is_version_suffix(older)
            && names::is_version_suffix(newer);
        addressable.then(|| format!("registre/modeles/{bare}/v{older}-{newer}/"))
    }
}
