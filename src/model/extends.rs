//! Forking: a document with `extends` inherits its model's fields, rules, FAQ, terms and body,
//! and overrides what it sets. Rules merge by id: the same id replaces the model's rule (the
//! fields given), `remove: true` leaves it out, a new id adds a rule. What is taken from the model
//! is marked as inherited, so that it is checked where it is written. The model's `vars` are
//! defaults that the document's own override. The document's own identity — version, status,
//! approval, review, history — is never inherited.

use crate::tr;
use std::sync::Arc;

use super::diff::{self, ModelChanges};
use super::document::{Document, Earlier, ModelCredit, Rule};
use crate::load::builtin::Models;
use crate::schema::document::{Body, FaqEntry, Fields, RawDocument, RuleEntry, Term};
use crate::schema::model_ref::ModelRef;
use crate::schema::Text;
use crate::source::{did_you_mean, Code, Diagnostic, SourceFile, Spanned};

/// A document's fields once its model is merged in, before the document is finished.
struct Merged {
    fields: Arc<Fields>,
    rules: Vec<Rule>,
    body: Body,
    body_inherited: bool,
    credit: Option<ModelCredit>,
    changes: Option<ModelChanges>,
    /// The files of the models, nearest first.
    model_files: Vec<Arc<SourceFile>>,
}

/// How many models a chain of `extends` may pass through: more than any fork needs, few enough
/// that resolving every document stays linear in their number.
pub const MAX_CHAIN: usize = 16;

/// How many characters of a pinned version a message shows.
const MAX_SHOWN_VERSION: usize = 40;

/// The documents of the site by slug: where `extends` looks for a model.
pub type BySlug<'a> = rustc_hash::FxHashMap<&'a str, &'a Arc<RawDocument>>;

/// The texts of the site's earlier versions, by their document's slug and their version: where
/// `extends` looks for a pinned version of a model of the site.
pub type EarlierBySlug<'a> = rustc_hash::FxHashMap<(&'a str, &'a str), &'a Arc<RawDocument>>;

/// The site's documents, current and earlier, where `extends` looks for a model.
#[derive(Default)]
pub struct SiteModels<'a> {
    pub current: BySlug<'a>,
    pub earlier: EarlierBySlug<'a>,
}

impl<'a> SiteModels<'a> {
    pub fn new(documents: &'a [Arc<RawDocument>]) -> SiteModels<'a> {
        let mut models = SiteModels::default();
        for doc in documents {
            match &doc.earlier {
                // A model is a current document, or the text of one of its versions.
                None => drop(models.current.insert(doc.slug.as_str(), doc)),
                Some(version) => drop(models.earlier.insert((doc.slug.as_str(), version.as_str()), doc)),
            }
        }
        models
    }
}

/// Merges `raw` with its model (found among the site's documents or built in). A document that
/// cannot be resolved (a missing model or version, a cycle, no `kind` or `title`) gives its
/// errors instead.
pub fn resolve(raw: &RawDocument, site: &SiteModels, built_in: &Models) -> Result<Document, Vec<Diagnostic>> {
    let models = Lookup { site, built_in };
    merged(raw, &models, &mut Vec::new()).and_then(|merged| finish(raw, merged))
}

/// Where `extends` looks for a model: the site's documents, then the built-in models.
struct Lookup<'a, 'b> {
    site: &'a SiteModels<'b>,
    built_in: &'a Models,
}

impl Lookup<'_, '_> {
    /// The model `name` as it is now.
    fn current(&self, name: &str) -> Option<Arc<RawDocument>> {
        match name.strip_prefix('@') {
            Some(built_in) => self.built_in.get(built_in).cloned(),
            None => self.site.current.get(name.trim_matches('/')).map(|d| Arc::clone(d)),
        }
    }

    /// Version `version` of the model `current` (named `name`).
    fn at_version(&self, name: &str, current: &Arc<RawDocument>, version: &str) -> Option<Arc<RawDocument>> {
        if current.fields.version.as_ref().is_some_and(|v| v.as_str() == version) {
            return Some(current.clone());
        }
        match name.strip_prefix('@') {
            Some(built_in) => self.built_in.at_version(built_in, version).cloned(),
            None => self.site.earlier.get(&(current.slug.as_str(), version)).map(|d| Arc::clone(d)),
        }
    }

    /// The versions of the model `current` that have a text, for a message.
    fn versions(&self, name: &str, current: &RawDocument) -> Vec<String> {
        let mut versions: Vec<String> = match name.strip_prefix('@') {
            Some(built_in) => self.built_in.versions(built_in).into_iter().map(str::to_owned).collect(),
            None => {
                let mut earlier: Vec<&str> =
                    self.site.earlier.keys().filter(|(slug, _)| *slug == current.slug).map(|(_, v)| *v).collect();
                earlier.sort_unstable();
                current
                    .fields
                    .version
                    .iter()
                    .map(|v| v.to_string())
                    .chain(earlier.into_iter().rev().map(str::to_owned))
                    .collect()
            }
        };
        versions.dedup();
        versions
    }
}

/// The fields of `raw` with its model's merged in, following `extends` to the end of the chain.
fn merged(raw: &RawDocument, models: &Lookup, chain: &mut Vec<String>) -> Result<Merged, Vec<Diagnostic>> {
    let Some(extends) = &raw.fields.extends else {
        return own_rules(raw).map(|rules| Merged {
            fields: raw.fields.clone(),
            rules,
            body: raw.body.clone(),
            body_inherited: false,
            credit: None,
            changes: None,
            model_files: Vec::new(),
        });
    };
    if chain.len() >= MAX_CHAIN {
        return Err(vec![raw
            .file
            .at(Code::ExtendsCycle, extends, tr!("extends-too-long", count = MAX_CHAIN, chain = chain[..3].join(" → ")))
            .with_help(tr!("extends-too-long-help"))]);
    }
    chain.push(raw.slug.clone());
    let reference = ModelRef::parse(extends);
    let name = reference.model;
    let current = models.current(name).ok_or_else(|| vec![missing_model(raw, extends, name, models, chain)])?;
    let model = match reference.version {
        None => current,
        Some(version) => models.at_version(name, &current, version).ok_or_else(|| {
            let known = models.versions(name, &current);
            let known = if known.is_empty() { tr!("model-versions-none") } else { known.join(", ") };
            // A version is short: a long one is shown cut, so that the message stays readable.
            let shown: String = version.chars().take(MAX_SHOWN_VERSION).collect();
            let shown = if shown.len() < version.len() { format!("{shown}…") } else { shown };
            let message = if version.is_empty() {
                tr!("model-version-empty", model = name)
            } else {
                tr!("model-version-unknown", model = name, version = shown)
            };
            vec![raw
                .file
                .at(Code::ModelVersionUnknown, extends, message)
                .with_help(tr!("model-version-unknown-help", versions = known))]
        })?,
    };
    if chain.contains(&model.slug) {
        let cycle = format!("{} → {}", chain.join(" → "), model.slug);
        return Err(vec![raw
            .file
            .at(Code::ExtendsCycle, extends, tr!("extends-cycle", cycle = cycle))
            .with_help(tr!("extends-cycle-help"))]);
    }
    let parent = merged(&model, models, chain)?;
    chain.pop();
    let parent_title = parent.fields.title.as_deref().cloned().unwrap_or_default();
    let credit = ModelCredit {
        name: name.to_owned(),
        version: reference.version.map(str::to_owned),
        title: parent_title,
        // A pinned earlier version of a document of the site is published at its own address.
        url: (!reference.is_library()).then(|| format!("{}/", model.page_slug())),
    };
    let mut model_files = vec![model.file.clone()];
    model_files.extend(parent.model_files.iter().cloned());
    let mut merged = merge(raw, parent, credit)?;
    merged.model_files = model_files;
    Ok(merged)
}

fn missing_model(raw: &RawDocument, extends: &Text, name: &str, models: &Lookup, chain: &[String]) -> Diagnostic {
    let built_in: Vec<String> = models.built_in.iter().map(|(name, _)| format!("@{name}")).collect();
    let candidates = models.site.current.keys().copied().chain(built_in.iter().map(String::as_str));
    let suggestion = did_you_mean(name, candidates);
    let message = if chain.len() > 1 {
        tr!("model-missing-via", model = name, chain = chain.join(" → "))
    } else {
        tr!("model-missing", model = name)
    };
    raw.file.at(Code::MissingModel, extends, message).with_help(match suggestion {
        Some(s) => tr!("did-you-mean", candidate = format!("`{s}`")),
        None => tr!("model-missing-help", models = built_in.join(", ")),
    })
}

/// The rules of a document that extends nothing: complete, and nothing to remove.
fn own_rules(raw: &RawDocument) -> Result<Vec<Rule>, Vec<Diagnostic>> {
    let mut errors = Vec::new();
    let mut rules = Vec::new();
    for entry in raw.fields.rules.iter().flat_map(|r| r.iter()) {
        if entry.remove {
            errors.push(
                raw.file
                    .at(Code::RuleIncomplete, &entry.id, tr!("rule-remove-without-model", id = entry.id.as_str()))
                    .with_help(tr!("rule-remove-without-model-help")),
            );
            continue;
        }
        match new_rule(raw, entry, tr!("rule-incomplete", id = entry.id.as_str()), tr!("rule-incomplete-help")) {
            Ok(rule) => rules.push(rule),
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() {
        Ok(rules)
    } else {
        Err(errors)
    }
}

/// A rule the document adds: it must have a title and a body.
fn new_rule(raw: &RawDocument, entry: &RuleEntry, message: String, help: String) -> Result<Rule, Diagnostic> {
    match (&entry.title, &entry.body) {
        (Some(title), Some(body)) => Ok(Rule { id: entry.id.clone(), title: title.clone(), body: body.clone() }),
        _ => Err(raw.file.at(Code::RuleIncomplete, &entry.id, message).with_help(help)),
    }
}

fn inherit_all(texts: &[Text]) -> Vec<Text> {
    texts.iter().map(Spanned::inherited).collect()
}

fn inherit_faq(faq: &Spanned<Vec<FaqEntry>>) -> Spanned<Vec<FaqEntry>> {
    let entries = faq
        .iter()
        .map(|q| FaqEntry { question: Spanned::inherited(&q.question), answer: Spanned::inherited(&q.answer) })
        .collect();
    Spanned::new(*faq.span(), entries)
}

fn inherit_terms(terms: &Spanned<Vec<Term>>) -> Spanned<Vec<Term>> {
    let inherited = terms
        .iter()
        .map(|t| Term {
            term: Spanned::inherited(&t.term),
            definition: Spanned::inherited(&t.definition),
            group: t.group.as_ref().map(Spanned::inherited),
            aliases: inherit_all(&t.aliases),
            abbr: t.abbr.as_ref().map(Spanned::inherited),
            lang: t.lang.as_ref().map(Spanned::inherited),
            link: t.link,
        })
        .collect();
    Spanned::new(*terms.span(), inherited)
}

/// `child` over `parent`.
fn merge(child: &RawDocument, parent: Merged, credit: ModelCredit) -> Result<Merged, Vec<Diagnostic>> {
    let c = &child.fields;
    let p = parent.fields;
    let mut errors = Vec::new();
    if let (Some(own), Some(model)) = (&c.kind, &p.kind) {
        if **own != **model {
            errors.push(
                child
                    .file
                    .at(Code::ExtendsKind, own, tr!("extends-kind", kind = own.as_str(), model = model.as_str()))
                    .with_help(tr!("extends-kind-help")),
            );
        }
    }
    let mut rules: Vec<Rule> = parent
        .rules
        .iter()
        .map(|r| Rule {
            id: Spanned::inherited(&r.id),
            title: Spanned::inherited(&r.title),
            body: Spanned::inherited(&r.body),
        })
        .collect();
    for entry in c.rules.iter().flat_map(|r| r.iter()) {
        let existing = rules.iter().position(|r| r.id.as_str() == entry.id.as_str());
        match (existing, entry.remove) {
            (Some(i), true) => {
                rules.remove(i);
            }
            (None, true) => errors.push(
                child
                    .file
                    .at(Code::RuleIncomplete, &entry.id, tr!("rule-remove-unknown", id = entry.id.as_str()))
                    .with_help(tr!(
                        "rule-remove-unknown-help",
                        rules = parent.rules.iter().map(|r| r.id.as_str()).collect::<Vec<_>>().join(", ")
                    )),
            ),
            (Some(i), false) => {
                let rule = &mut rules[i];
                rule.id = entry.id.clone();
                if let Some(title) = &entry.title {
                    rule.title = title.clone();
                }
                if let Some(body) = &entry.body {
                    rule.body = body.clone();
                }
            }
            (None, false) => match new_rule(
                child,
                entry,
                tr!("rule-new-incomplete", id = entry.id.as_str()),
                tr!("rule-new-incomplete-help"),
            ) {
                Ok(rule) => rules.push(rule),
                Err(e) => errors.push(e),
            },
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let changes = diff::from_model(&credit.name, &parent.rules, &rules);
    let own_body = !child.body.trim().is_empty();
    let fields = Fields {
        kind: c.kind.or(p.kind),
        title: c.title.clone().or_else(|| p.title.as_ref().map(Spanned::inherited)),
        version: c.version.clone(),
        status: c.status,
        audience: c.audience.or(p.audience),
        summary: c.summary.clone().or_else(|| p.summary.as_ref().map(Spanned::inherited)),
        weight: c.weight.or(p.weight),
        glossary_links: c.glossary_links.or(p.glossary_links),
        approval: c.approval.clone(),
        review: c.review.clone(),
        history: c.history.clone(),
        engagements: if c.engagements.is_empty() { inherit_all(&p.engagements) } else { c.engagements.clone() },
        extends: c.extends.clone(),
        vars: p.vars.iter().chain(c.vars.iter()).map(|(k, v)| (k.clone(), v.clone())).collect(),
        rules: c.rules.clone(),
        faq: c.faq.clone().or_else(|| p.faq.as_ref().map(inherit_faq)),
        terms: c.terms.clone().or_else(|| p.terms.as_ref().map(inherit_terms)),
        reference: c.reference.clone().or_else(|| p.reference.as_ref().map(Spanned::inherited)),
        service: c.service.clone().or_else(|| p.service.as_ref().map(Spanned::inherited)),
        diffusion: c
            .diffusion
            .clone()
            .or_else(|| p.diffusion.as_ref().map(|d| Spanned::new(*d.span(), inherit_all(d)))),
        storage: c.storage.clone().or_else(|| p.storage.as_ref().map(Spanned::inherited)),
        body: c.body.clone(),
        conflict: c.conflict.clone(),
    };
    Ok(Merged {
        fields: Arc::new(fields),
        rules,
        body: if own_body { child.body.clone() } else { parent.body },
        body_inherited: !own_body,
        credit: Some(credit),
        changes: Some(changes),
        model_files: Vec::new(),
    })
}

/// The finished document: kind and title required, the rest from the merge.
fn finish(raw: &RawDocument, merged: Merged) -> Result<Document, Vec<Diagnostic>> {
    let (kind, title) = match (&merged.fields.kind, &merged.fields.title) {
        (Some(kind), Some(title)) => (**kind, title.clone()),
        (kind, _) => {
            let missing = if kind.is_none() { "kind" } else { "title" };
            return Err(vec![raw
                .file
                .diagnostic(
                    Code::InvalidValue,
                    first_field(raw),
                    tr!("yaml-missing-field", field = format!("`{missing}`")),
                )
                .with_help(if missing == "kind" { tr!("kind-missing-help") } else { tr!("title-missing-help") })]);
        }
    };
    Ok(Document {
        slug: raw.page_slug(),
        earlier: raw.earlier.as_ref().map(|version| Earlier { of: raw.slug.clone(), version: version.clone() }),
        version_files: Vec::new(),
        file: raw.file.clone(),
        fields: merged.fields,
        body: merged.body,
        body_offset: raw.body_offset,
        body_inherited: merged.body_inherited,
        kind,
        title,
        rules: merged.rules,
        model: merged.credit,
        changes: merged.changes,
        originals: Vec::new(),
        original_body: None,
        model_files: merged.model_files,
    })
}

/// Where the fields of `raw` start: the line of its first field (the place to add a missing one).
fn first_field(raw: &RawDocument) -> (usize, usize) {
    let yaml_end = raw.body_offset.unwrap_or(raw.file.text.len());
    let fields = &raw.file.text[..yaml_end];
    let mut offset = 0;
    for line in fields.split_inclusive('\n') {
        let trimmed = line.trim();
        if !(trimmed.is_empty() || trimmed.starts_with('#') || trimmed == "---") {
            return raw.file.line_column(offset);
        }
        offset += line.len();
    }
    (1, 1)
}
