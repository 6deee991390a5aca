//! `charte update [DOCUMENT…] [--dry-run]`: moves a fork's pin to the newest version of its
//! model. The fork is merged three ways ([`crate::model::fork_merge`]) and edited in place: the
//! pin in `extends`, the fields the merge changes, a `conflict` where it could not merge. A
//! validated fork becomes the draft of its next version, with the history entry "Mise à jour du
//! modèle 2.0 → 2.1" and the text in force kept as `NAME@OLD.md`, so that the update is
//! validated like any revision. The result is read again and compared with the merge before
//! anything is written; `--dry-run` shows it without writing.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use similar::TextDiff;

use super::version::{find, revision};
use super::yaml_edit::{block_lines, Editor};
use crate::load::{self, builtin::Models};
use crate::model::document::Document;
use crate::model::extends::{self, SiteModels};
use crate::model::fork_merge::{merge_fork, ForkMerge, NewConflict, Outcome, RuleEdit, Sides};
use crate::schema::date::Date;
use crate::schema::document::{ConflictReason, RawDocument, RuleEntry, Status};
use crate::schema::model_ref::ModelRef;
use crate::source::{Diagnostic, SourceFile};
use crate::tr;

/// What `update` did, or would do, to one document.
pub struct DocumentUpdate {
    /// The file, relative to the site root.
    pub file: PathBuf,
    pub model: String,
    /// The pinned version before (`None`: nothing was pinned) and the newest.
    pub from: Option<String>,
    pub to: String,
    pub merge: ForkMerge,
    /// The new draft version and where the version in force is kept, when the fork was validated.
    pub revision: Option<(String, PathBuf)>,
    /// The file's text before and after.
    pub before: String,
    pub after: String,
}

impl DocumentUpdate {
    /// What a person reads: the model's move, then each rule, then the new version and the
    /// conflicts to resolve.
    pub fn describe(&self) -> String {
        let from = self.from.as_deref().unwrap_or("");
        let mut out = match &self.from {
            Some(_) => {
                tr!("update-header", file = self.file, model = self.model.as_str(), from = from, to = self.to.as_str())
            }
            None => tr!("update-header-pinned", file = self.file, model = self.model.as_str(), to = self.to.as_str()),
        };
        out.push('\n');
        for (rule, outcome) in &self.merge.report {
            let what = match rule {
                Some(id) => tr!("update-what-rule", id = id.as_str()),
                None => tr!("update-what-document"),
            };
            let outcome = match outcome {
                Outcome::Taken => tr!("update-taken"),
                Outcome::Added => tr!("update-added"),
                Outcome::Removed => tr!("update-removed"),
                Outcome::Kept => tr!("update-kept"),
                Outcome::Replaced => tr!("update-replaced"),
                Outcome::Merged => tr!("update-merged"),
                Outcome::RemovalDropped => tr!("update-removal-dropped"),
                Outcome::StaysRemoved => tr!("update-stays-removed"),
                Outcome::Conflict(ConflictReason::BothChanged) => tr!("update-conflict-both"),
                Outcome::Conflict(ConflictReason::RemovedByModel) => tr!("update-conflict-removed"),
                Outcome::Conflict(ConflictReason::AddedByModel) => tr!("update-conflict-added"),
            };
            out.push_str(&format!("  {}\n", tr!("update-line", what = what, outcome = outcome)));
        }
        if let Some((version, archived)) = &self.revision {
            out.push_str(&format!("  {}\n", tr!("update-revision", version = version.as_str(), archived = archived)));
        }
        let conflicts = self.merge.conflicts();
        if conflicts > 0 {
            out.push_str(&format!("  {}\n", tr!("update-conflicts", count = conflicts)));
        }
        out
    }

    /// The change to the file, as a unified diff.
    pub fn diff(&self) -> String {
        let name = self.file.display().to_string();
        TextDiff::from_lines(&self.before, &self.after)
            .unified_diff()
            .context_radius(2)
            .header(&name, &name)
            .to_string()
    }
}

/// What `update` found: the documents it moved, and those already on the newest version.
pub struct UpdateReport {
    pub updated: Vec<DocumentUpdate>,
    /// File, model and version of each fork already on its model's newest version.
    pub up_to_date: Vec<(PathBuf, String, String)>,
}

/// Why `update` stopped: a usage problem (exit 2) or the content's errors (exit 1).
pub enum UpdateError {
    Usage(String),
    Content(Vec<Diagnostic>),
}

/// Moves the pins of the forks among `documents` (every fork of a versioned model when empty)
/// to their models' newest versions; writes nothing when `dry_run`.
pub fn update(root: &Path, documents: &[String], dry_run: bool, today: Date) -> Result<UpdateReport, UpdateError> {
    let content = root.join("content");
    if !content.is_dir() {
        return Err(UpdateError::Usage(tr!("not-a-site", root = root)));
    }
    let loaded = load::load(root);
    let site = SiteModels::new(&loaded.documents);
    let built_in = &*loaded.built_in.models;
    let forks: Vec<&Arc<RawDocument>> = if documents.is_empty() {
        loaded.documents.iter().filter(|d| d.earlier.is_none() && pinnable(d)).collect()
    } else {
        let mut chosen = Vec::new();
        for given in documents {
            let file = find(root, given).map_err(UpdateError::Usage)?;
            let doc = loaded
                .documents
                .iter()
                .find(|d| root.join(&d.file.display) == file || d.file.display == file)
                .ok_or_else(|| fix_first(&loaded.diagnostics, &file))?;
            if doc.earlier.is_some() || !pinnable(doc) {
                return Err(UpdateError::Usage(tr!("update-not-a-fork", document = given.as_str())));
            }
            chosen.push(doc);
        }
        chosen
    };
    let mut report = UpdateReport { updated: Vec::new(), up_to_date: Vec::new() };
    let mut writes = Vec::new();
    let mut unresolved = Vec::new();
    for fork in forks {
        let extends = fork.fields.extends.as_ref().map(|e| e.as_str()).unwrap_or_default();
        let reference = ModelRef::parse(extends);
        let versions = model_versions(&reference, &site, built_in);
        let Some(newest) = versions.first().cloned() else {
            return Err(UpdateError::Usage(tr!("update-no-model", file = fork.file.display, model = reference.model)));
        };
        if reference.version == Some(newest.as_str()) {
            report.up_to_date.push((fork.file.display.clone(), reference.model.to_owned(), newest));
            continue;
        }
        // A merge on top of an unresolved one would mix two updates: the first is resolved
        // before the next is taken.
        let before = unresolved.len();
        crate::check::update_conflicts(&fork.fields, &fork.file, &mut unresolved);
        if unresolved.len() > before {
            continue;
        }
        let done = update_fork(root, fork, &reference, &newest, &site, built_in, today)?;
        writes.push(done.1);
        report.updated.push(done.0);
    }
    if !unresolved.is_empty() {
        return Err(UpdateError::Content(unresolved));
    }
    if !dry_run {
        for write in writes {
            write.apply().map_err(UpdateError::Usage)?;
        }
    }
    Ok(report)
}

/// Whether `doc` is made from a model whose versions it can pin: one of a library, or a
/// document of the site's pinned to one of its versions.
fn pinnable(doc: &RawDocument) -> bool {
    doc.fields.extends.as_ref().is_some_and(|e| {
        let reference = ModelRef::parse(e);
        reference.is_library() || reference.version.is_some()
    })
}

/// The error for a document that did not load: its diagnostics, or that it is not a document.
fn fix_first(diagnostics: &[Diagnostic], file: &Path) -> UpdateError {
    let own: Vec<Diagnostic> =
        diagnostics.iter().filter(|d| !d.file.as_os_str().is_empty() && file.ends_with(&d.file)).cloned().collect();
    if own.is_empty() {
        UpdateError::Usage(tr!("update-not-a-document", file = file))
    } else {
        UpdateError::Content(own)
    }
}

/// The versions of the model `reference` names that have a text, the newest first.
fn model_versions(reference: &ModelRef, site: &SiteModels, built_in: &Models) -> Vec<String> {
    match reference.model.strip_prefix('@') {
        Some(name) => built_in.versions(name).into_iter().map(str::to_owned).collect(),
        None => site
            .current
            .get(reference.model.trim_matches('/'))
            .and_then(|d| d.fields.version.as_ref())
            .map(|v| vec![v.to_string()])
            .unwrap_or_default(),
    }
}

/// The model `reference` names, at `version` (its newest when `None`), as a resolved document.
fn model_at(
    reference: &ModelRef,
    version: Option<&str>,
    site: &SiteModels,
    built_in: &Models,
) -> Result<Document, UpdateError> {
    let raw = match (reference.model.strip_prefix('@'), version) {
        (Some(name), Some(version)) => built_in.at_version(name, version).cloned(),
        (Some(name), None) => built_in.get(name).cloned(),
        (None, version) => {
            let slug = reference.model.trim_matches('/');
            let current = site.current.get(slug).map(|d| Arc::clone(d));
            match version {
                Some(v) if current.as_ref().and_then(|c| c.fields.version.as_ref()).is_none_or(|c| c.as_str() != v) => {
                    site.earlier.get(&(slug, v)).map(|d| Arc::clone(d))
                }
                _ => current,
            }
        }
    };
    let model = reference.model;
    let raw = raw.ok_or_else(|| {
        UpdateError::Usage(tr!("update-no-version", model = model, version = version.unwrap_or_default()))
    })?;
    extends::resolve(&raw, site, built_in).map_err(UpdateError::Content)
}

/// A file to write once every fork has been merged.
struct Write {
    file: PathBuf,
    text: String,
    /// The version in force, kept as `NAME@OLD.md` first.
    archive: Option<PathBuf>,
}

impl Write {
    fn apply(self) -> Result<(), String> {
        if let Some(archive) = &self.archive {
            fs::copy(&self.file, archive).map_err(|e| tr!("cannot-write", path = archive, error = e.to_string()))?;
        }
        let temporary = self.file.with_extension("charte-update");
        fs::write(&temporary, &self.text).map_err(|e| tr!("cannot-write", path = temporary, error = e.to_string()))?;
        fs::rename(&temporary, &self.file).map_err(|e| tr!("cannot-write", path = self.file, error = e.to_string()))
    }
}

/// Merges one fork with the newest version of its model, and the file to write.
fn update_fork(
    root: &Path,
    fork: &RawDocument,
    reference: &ModelRef,
    newest: &str,
    site: &SiteModels,
    built_in: &Models,
    today: Date,
) -> Result<(DocumentUpdate, Write), UpdateError> {
    let path = root.join(&fork.file.display);
    let before = fork.file.text.clone();
    let is_yaml = fork.body_offset.is_none();
    let pinned = ModelRef::pinned(reference.model, newest);
    let mut editor = Editor::new(&before, is_yaml);
    editor.set_top("extends", &pinned);
    let (merge, revised) = match reference.version {
        None => (ForkMerge::default(), None),
        Some(old) => {
            let base = model_at(reference, Some(old), site, built_in)?;
            let theirs = model_at(reference, None, site, built_in)?;
            let merge = merge_fork(fork, &base, &theirs);
            let update = format!("{old} → {newest}");
            apply(&mut editor, fork, &merge, &update, is_yaml);
            (merge, Some(update))
        }
    };
    let mut after = editor.text();
    let mut revision_done = None;
    let status = fork.fields.status.as_ref().map(|s| **s);
    let in_revision = matches!(status, Some(Status::Draft | Status::Review));
    if let (Some(update), false, true) = (&revised, in_revision, fork.fields.version.is_some()) {
        let merged = read(&path, &after, is_yaml).map_err(|d| UpdateError::Usage(unsafe_update(&path, &d)))?;
        let note = tr!("update-history", update = update.as_str());
        let revision = revision(&path, &after, is_yaml, &merged, None, today, &note).map_err(UpdateError::Usage)?;
        after = revision.text;
        revision_done = Some((revision.new, revision.archived));
    }
    verify(&path, &after, is_yaml, &pinned, &merge)?;
    let relative = |p: &Path| p.strip_prefix(root).map(Path::to_path_buf).unwrap_or_else(|_| p.to_path_buf());
    let write = Write { file: path.clone(), text: after.clone(), archive: revision_done.as_ref().map(|r| r.1.clone()) };
    let done = DocumentUpdate {
        file: fork.file.display.clone(),
        model: reference.model.to_owned(),
        from: reference.version.map(str::to_owned),
        to: newest.to_owned(),
        merge,
        revision: revision_done.map(|(version, archived)| (version, relative(&archived))),
        before,
        after,
    };
    Ok((done, write))
}

/// Writes the merge into the fork's lines: the rules from the bottom of the file up (so that
/// the lines of those above stay where they were read), then the document's own fields.
fn apply(editor: &mut Editor, fork: &RawDocument, merge: &ForkMerge, update: &str, is_yaml: bool) {
    let entries: Vec<&RuleEntry> = fork.fields.rules.iter().flat_map(|r| r.iter()).collect();
    let line_of = |entry: &RuleEntry| entry.id.span().start().map(|(line, _)| line - 1);
    let mut edits: Vec<(usize, &RuleEdit, &RuleEntry)> = merge
        .rules
        .iter()
        .filter_map(|edit| {
            let entry = entries.iter().find(|e| e.id.as_str() == edit.id)?;
            Some((line_of(entry)?, edit, *entry))
        })
        .collect();
    if !merge.rules.is_empty() && editor.top_is_flow_list("rules") {
        // A list written on one line cannot be edited entry by entry: it is written again, one
        // entry per line, in the same order.
        let mut block = vec!["rules:".to_owned()];
        for entry in &entries {
            let edit = merge.rules.iter().find(|e| e.id == entry.id.as_str());
            if edit.is_some_and(|e| e.delete) {
                continue;
            }
            let lines = entry_lines(entry, edit, update).into_iter().enumerate();
            block.extend(lines.map(|(i, l)| if i == 0 { format!("  {l}") } else { format!("    {l}") }));
        }
        if block.len() == 1 {
            block[0].push_str(" []");
        }
        editor.replace_top("rules", &block);
        edits.clear();
    }
    edits.sort_by_key(|e| std::cmp::Reverse(e.0));
    for (line, edit, entry) in edits {
        if edit.delete {
            editor.delete_rule(line);
            continue;
        }
        if editor.rule_is_flow(line) == Some(true) {
            editor.replace_rule(line, &entry_lines(entry, Some(edit), update));
            continue;
        }
        let conflict = edit.conflict.as_ref().map(|c| conflict_lines(c, update)).unwrap_or_default();
        for (key, text) in [("title", &edit.title), ("body", &edit.body)] {
            if let Some(text) = text {
                editor.set_rule_field(line, key, text);
            }
        }
        if !conflict.is_empty() {
            editor.append_to_rule(line, &conflict);
        }
    }
    for (key, text) in [("title", &merge.title), ("summary", &merge.summary)] {
        if let Some(text) = text {
            editor.set_top(key, text);
        }
    }
    if let Some(body) = &merge.body {
        if is_yaml {
            editor.set_top("body", body);
        } else {
            editor.set_markdown_body(body);
        }
    }
    if let Some(conflict) = &merge.conflict {
        editor.append_top(&conflict_lines(conflict, update));
    }
}

/// The lines of the rule `entry` in block style with what `edit` sets (without line ends, the
/// first starting with `- `, the others relative to the entry's keys).
fn entry_lines(entry: &RuleEntry, edit: Option<&RuleEdit>, update: &str) -> Vec<String> {
    let mut block = block_lines("id", &entry.id);
    block[0] = format!("- {}", block[0]);
    let title = edit.and_then(|e| e.title.as_deref()).or(entry.title.as_deref().map(String::as_str));
    let body = edit.and_then(|e| e.body.as_deref()).or(entry.body.as_deref().map(String::as_str));
    for (key, text) in [("title", title), ("body", body)] {
        if let Some(text) = text {
            block.extend(block_lines(key, text));
        }
    }
    if entry.remove {
        block.push("remove: true".to_owned());
    }
    if let Some(conflict) = edit.and_then(|e| e.conflict.as_ref()) {
        block.extend(conflict_lines(conflict, update));
    }
    block
}

/// The lines of a `conflict` field (without line ends, its key at column 0), with a comment
/// that says what to do.
fn conflict_lines(conflict: &NewConflict, update: &str) -> Vec<String> {
    let mut lines = vec![format!("# {}", tr!("update-conflict-comment")), "conflict:".to_owned()];
    let indented = |lines: Vec<String>, by: &'static str| lines.into_iter().map(move |l| format!("{by}{l}"));
    lines.extend(indented(block_lines("update", update), "  "));
    let reason = match conflict.reason {
        ConflictReason::BothChanged => "both-changed",
        ConflictReason::RemovedByModel => "removed-by-model",
        ConflictReason::AddedByModel => "added-by-model",
    };
    lines.push(format!("  reason: {reason}"));
    for (key, sides) in [("title", &conflict.title), ("summary", &conflict.summary), ("body", &conflict.body)] {
        let Some(Sides { before, after }) = sides else { continue };
        lines.push(format!("  {key}:"));
        for (side, text) in [("before", before), ("after", after)] {
            if let Some(text) = text {
                lines.extend(indented(block_lines(side, text), "    "));
            }
        }
    }
    lines
}

/// `text` read as the document at `path`.
fn read(path: &Path, text: &str, is_yaml: bool) -> Result<RawDocument, Diagnostic> {
    let source = Arc::new(SourceFile::new(path.to_path_buf(), text.to_owned()));
    load::document(String::new(), source, is_yaml)
}

fn unsafe_update(path: &Path, detail: &dyn std::fmt::Display) -> String {
    tr!("update-unsafe", path = path, detail = detail.to_string())
}

/// Reads the updated text again and checks that it says what the merge decided: the new pin,
/// each field set, each rule removed, each conflict; nothing is written otherwise.
fn verify(path: &Path, text: &str, is_yaml: bool, pinned: &str, merge: &ForkMerge) -> Result<(), UpdateError> {
    let doc = read(path, text, is_yaml).map_err(|d| UpdateError::Usage(unsafe_update(path, &d)))?;
    let fields = &doc.fields;
    let fail = |what: &str| Err(UpdateError::Usage(unsafe_update(path, &what)));
    if fields.extends.as_deref().map(String::as_str) != Some(pinned) {
        return fail("extends");
    }
    let same = |set: &Option<String>, found: Option<&str>| set.is_none() || set.as_deref() == found;
    if !same(&merge.title, fields.title.as_deref().map(String::as_str))
        || !same(&merge.summary, fields.summary.as_deref().map(String::as_str))
        || !same(&merge.body, Some(if is_yaml { fields.body.as_deref().map_or("", String::as_str) } else { &doc.body }))
        || merge.conflict.is_some() != fields.conflict.is_some()
    {
        return fail("title, summary, body");
    }
    let entries: Vec<&RuleEntry> = fields.rules.iter().flat_map(|r| r.iter()).collect();
    for edit in &merge.rules {
        let entry = entries.iter().find(|e| e.id.as_str() == edit.id);
        let ok = match entry {
            None => edit.delete,
            Some(entry) => {
                !edit.delete
                    && same(&edit.title, entry.title.as_deref().map(String::as_str))
                    && same(&edit.body, entry.body.as_deref().map(String::as_str))
                    && edit.conflict.is_some() == entry.conflict.is_some()
            }
        };
        if !ok {
            return fail(&edit.id);
        }
    }
    Ok(())
}
