//! What `charte update` does to a fork: a three-way merge of the fork as written (ours) with its
//! model at the pinned version (base) and at the newest (theirs), rule by rule, then field by
//! field, then word by word inside a text both sides changed. A fork only writes what it changes,
//! so whatever it inherits takes the new version by moving the pin alone; what it writes itself
//! is kept, merged, or left with a conflict for a person to resolve.

use super::diff;
use super::document::{Document, Rule};
use super::merge::merge;
use crate::schema::document::{ConflictReason, RawDocument, RuleEntry};

/// The model's wording of a field before and after the update, for a conflict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sides {
    pub before: Option<String>,
    pub after: Option<String>,
}

/// A conflict to write into the fork.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewConflict {
    pub reason: ConflictReason,
    pub title: Option<Sides>,
    pub summary: Option<Sides>,
    pub body: Option<Sides>,
}

/// What became of a rule, or of the document's own title, summary or body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The fork takes the model's rule as it is: the new wording comes with the pin.
    Taken,
    /// The model adds or removes a rule the fork does not touch.
    Added,
    Removed,
    /// The fork's wording is kept: the model did not change what the fork changes.
    Kept,
    /// The fork restated the model's old wording: the new one replaces it.
    Replaced,
    /// The fork's change and the model's, to different words, are both in the new text.
    Merged,
    /// The fork removes the rule, and the model now does too: the removal goes.
    RemovalDropped,
    /// The fork removes the rule the model rewords: it stays removed.
    StaysRemoved,
    Conflict(ConflictReason),
}

/// The edits to one rule entry of the fork.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RuleEdit {
    pub id: String,
    /// The entry goes.
    pub delete: bool,
    pub title: Option<String>,
    pub body: Option<String>,
    pub conflict: Option<NewConflict>,
}

/// Everything the update writes into the fork, and what it reports.
#[derive(Debug, Clone, Default)]
pub struct ForkMerge {
    pub title: Option<String>,
    pub summary: Option<String>,
    pub body: Option<String>,
    pub conflict: Option<NewConflict>,
    pub rules: Vec<RuleEdit>,
    /// Rule by rule (`None`: the document's own fields), what happened, in the fork's order then
    /// the model's.
    pub report: Vec<(Option<String>, Outcome)>,
}

impl ForkMerge {
    pub fn conflicts(&self) -> usize {
        self.conflict.iter().count() + self.rules.iter().filter(|r| r.conflict.is_some()).count()
    }
}

/// One field merged: nothing to write, a new text, or a conflict.
enum Field {
    Unchanged,
    Set(String, Outcome),
    Conflict(Sides),
}

/// Merges a field the fork may write (`ours`) with the model's before and after.
fn field(ours: Option<&str>, base: Option<&str>, theirs: Option<&str>) -> Field {
    let Some(ours) = ours else { return Field::Unchanged };
    match (base, theirs) {
        (base, theirs) if base == theirs => Field::Unchanged,
        (Some(base), Some(theirs)) if ours == base => Field::Set(theirs.to_owned(), Outcome::Replaced),
        (Some(base), Some(theirs)) => match merge(base, ours, theirs) {
            Some(merged) if merged == ours => Field::Unchanged,
            Some(merged) => Field::Set(merged, Outcome::Merged),
            None => Field::Conflict(Sides { before: Some(base.to_owned()), after: Some(theirs.to_owned()) }),
        },
        // The model drops a field the fork writes: the fork's stays.
        (Some(_), None) => Field::Unchanged,
        (None, Some(theirs)) if ours == theirs => Field::Unchanged,
        (None, theirs) => Field::Conflict(Sides { before: None, after: theirs.map(str::to_owned) }),
    }
}

/// The Markdown body a fork writes itself, if any (a blank body takes the model's).
fn own_body(fork: &RawDocument) -> Option<&str> {
    let body: &str = match fork.body_offset {
        Some(_) => &fork.body,
        None => fork.fields.body.as_deref().map(String::as_str)?,
    };
    (!body.trim().is_empty()).then_some(body)
}

/// The three-way merge of `fork` with its model at the pinned version (`base`) and the newest
/// (`theirs`), both resolved.
pub fn merge_fork(fork: &RawDocument, base: &Document, theirs: &Document) -> ForkMerge {
    let mut out = ForkMerge::default();
    let mut sides = NewConflict { reason: ConflictReason::BothChanged, title: None, summary: None, body: None };
    let texts = |doc: &Document| {
        (Some(doc.title.to_string()), doc.fields.summary.as_deref().cloned(), Some(doc.body.to_string()))
    };
    let (base_texts, their_texts) = (texts(base), texts(theirs));
    let own = &fork.fields;
    let document_fields = [
        (own.title.as_deref().map(String::as_str), base_texts.0, their_texts.0, &mut out.title, &mut sides.title),
        (own.summary.as_deref().map(String::as_str), base_texts.1, their_texts.1, &mut out.summary, &mut sides.summary),
        (own_body(fork), base_texts.2, their_texts.2, &mut out.body, &mut sides.body),
    ];
    let mut outcomes = Vec::new();
    for (ours, before, after, set, conflict) in document_fields {
        match field(ours, before.as_deref(), after.as_deref()) {
            Field::Unchanged => {}
            Field::Set(text, outcome) => {
                *set = Some(text);
                outcomes.push(outcome);
            }
            Field::Conflict(found) => *conflict = Some(found),
        }
    }
    if sides.title.is_some() || sides.summary.is_some() || sides.body.is_some() {
        out.report.push((None, Outcome::Conflict(ConflictReason::BothChanged)));
        out.conflict = Some(sides);
    } else if let Some(outcome) = outcomes.into_iter().max_by_key(|o| *o == Outcome::Merged) {
        out.report.push((None, outcome));
    }
    let find = |rules: &[Rule], id: &str| rules.iter().position(|r| r.id.as_str() == id);
    let entries: Vec<&RuleEntry> = own.rules.iter().flat_map(|r| r.iter()).collect();
    for entry in &entries {
        let id = entry.id.as_str();
        let (b, t) = (find(&base.rules, id).map(|i| &base.rules[i]), find(&theirs.rules, id).map(|i| &theirs.rules[i]));
        let (edit, outcome) = merge_rule(entry, b, t);
        if let Some(outcome) = outcome {
            out.report.push((Some(id.to_owned()), outcome));
        }
        if edit != (RuleEdit { id: id.to_owned(), ..RuleEdit::default() }) {
            out.rules.push(edit);
        }
    }
    // What the fork takes as it is: the model's changes to the rules the fork does not write.
    let untouched = |id: &str| !entries.iter().any(|e| e.id.as_str() == id);
    let changes = diff::from_model("", &base.rules, &theirs.rules);
    let taken = changes.changed.into_iter().map(|c| (c.id, Outcome::Taken));
    let added = changes.added.into_iter().map(|id| (id, Outcome::Added));
    let removed = changes.removed.into_iter().map(|id| (id, Outcome::Removed));
    for (id, outcome) in taken.chain(added).chain(removed) {
        if untouched(&id) {
            out.report.push((Some(id), outcome));
        }
    }
    out
}

/// The merge of one rule entry of the fork, and what to report of it (nothing when neither the
/// model nor the entry changes anything).
fn merge_rule(entry: &RuleEntry, base: Option<&Rule>, theirs: Option<&Rule>) -> (RuleEdit, Option<Outcome>) {
    let mut edit = RuleEdit { id: entry.id.to_string(), ..RuleEdit::default() };
    let texts = |rule: Option<&Rule>| (rule.map(|r| r.title.to_string()), rule.map(|r| r.body.to_string()));
    let ((base_title, base_body), (their_title, their_body)) = (texts(base), texts(theirs));
    let unchanged = base_title == their_title && base_body == their_body;
    let (our_title, our_body) = (entry.title.as_deref().map(String::as_str), entry.body.as_deref().map(String::as_str));
    let conflict = |reason| NewConflict {
        reason,
        title: Some(Sides { before: base_title.clone(), after: their_title.clone() }),
        summary: None,
        body: Some(Sides { before: base_body.clone(), after: their_body.clone() }),
    };
    if entry.remove {
        return match (base, theirs) {
            (Some(_), None) => {
                edit.delete = true;
                (edit, Some(Outcome::RemovalDropped))
            }
            _ if unchanged => (edit, None),
            _ => (edit, Some(Outcome::StaysRemoved)),
        };
    }
    match (base, theirs) {
        (None, None) => (edit, None),
        (_, _) if unchanged => (edit, None),
        (None, Some(t)) => {
            if our_title == Some(t.title.as_str()) && our_body == Some(t.body.as_str()) {
                return (edit, None);
            }
            edit.conflict = Some(conflict(ConflictReason::AddedByModel));
            (edit, Some(Outcome::Conflict(ConflictReason::AddedByModel)))
        }
        (Some(_), None) => {
            edit.conflict = Some(conflict(ConflictReason::RemovedByModel));
            (edit, Some(Outcome::Conflict(ConflictReason::RemovedByModel)))
        }
        (Some(_), Some(_)) => {
            let mut sides = NewConflict { reason: ConflictReason::BothChanged, title: None, summary: None, body: None };
            let mut outcome = Outcome::Kept;
            for (ours, before, after, set, conflict) in [
                (our_title, &base_title, &their_title, &mut edit.title, &mut sides.title),
                (our_body, &base_body, &their_body, &mut edit.body, &mut sides.body),
            ] {
                match field(ours, before.as_deref(), after.as_deref()) {
                    Field::Unchanged => {}
                    Field::Set(text, how) => {
                        *set = Some(text);
                        if outcome != Outcome::Merged {
                            outcome = how;
                        }
                    }
                    Field::Conflict(found) => *conflict = Some(found),
                }
            }
            if sides.title.is_some() || sides.body.is_some() {
                edit.conflict = Some(sides);
                return (edit, Some(Outcome::Conflict(ConflictReason::BothChanged)));
            }
            // The fork writes a field the model did not change, and inherits the one it did.
            let inherits_change =
                (our_title.is_none() && base_title != their_title) || (our_body.is_none() && base_body != their_body);
            if outcome == Outcome::Kept && inherits_change {
                outcome = Outcome::Taken;
            }
            (edit, Some(outcome))
        }
    }
}
