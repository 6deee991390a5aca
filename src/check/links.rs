//! Internal links: every link to a document, a rule, a glossary term or a heading of the site
//! must lead to a page this build writes, and to an anchor on it. External links are not
//! fetched. The anchors and links of each page are found while its Markdown is rendered, and
//! handed here as [`PageFacts`].

use crate::tr;
use std::collections::HashSet;
use std::hash::{BuildHasher, DefaultHasher, Hash, Hasher};
use std::sync::Arc;

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::model::address::{resolve, Generated, Selection};
use crate::model::document::{Document, Origin};
use crate::model::SiteModel;
use crate::schema::Text;
use crate::source::{did_you_mean, Code, Diagnostic, Quota};

/// A link written in a document, located in its file.
#[derive(Debug, Clone)]
pub struct FoundLink {
    pub destination: String,
    /// Where it is: the text it is in (`None`: the body) and its byte offset there. The line
    /// and column are worked out only for a link that is reported, with [`FoundLink::position`].
    pub field: Option<Text>,
    pub offset: usize,
}

impl FoundLink {
    pub fn position(&self, doc: &Document) -> (usize, usize) {
        let origin = self.field.as_ref().map_or(Origin::Body, Origin::Field);
        doc.locate(origin, self.offset, &self.destination)
    }
}

/// What the checks need to know about a document's page, found while rendering it and kept
/// between rebuilds with its HTML.
#[derive(Debug, Default)]
pub struct PageFacts {
    /// Every `id` on the page, for links with a `#fragment`.
    pub anchors: HashSet<String>,
    /// A fingerprint of `anchors`, whatever their order: links to the page need checking again
    /// only when it changes.
    pub anchors_key: u64,
    pub links: Vec<FoundLink>,
    /// What rendering found in raw HTML: what the sanitiser removed (warnings), elements left
    /// open (errors).
    pub warnings: Vec<Diagnostic>,
}

impl PageFacts {
    pub fn new(anchors: HashSet<String>, links: Vec<FoundLink>, warnings: Vec<Diagnostic>) -> PageFacts {
        let anchors_key = anchors.iter().fold(anchors.len() as u64, |key, anchor| {
            let mut hasher = DefaultHasher::new();
            anchor.hash(&mut hasher);
            key ^ hasher.finish()
        });
        PageFacts { anchors, anchors_key, links, warnings }
    }
}

/// A document page of the build, with its facts.
pub struct Page<'a> {
    pub doc: &'a Arc<Document>,
    pub facts: &'a Arc<PageFacts>,
}

/// Everything a build writes that a link may lead to.
pub struct Published<'a> {
    pub pages: Vec<Page<'a>>,
    /// Slugs of the documents this build leaves out (their links are rendered as plain text).
    pub excluded: &'a HashSet<&'a str>,
    pub selection: Selection,
    /// The theme's static files, relative to the output folder (`static/style.css`).
    pub statics: Vec<String>,
    /// Other pages of the build, relative to the site (the redlines).
    pub others: Vec<String>,
}

/// What `charte serve` keeps of the link check from one build to the next: each page's
/// diagnostics, kept with the facts they were found in and the documents its links lead to, and
/// each document's anchors as last seen. A page is checked again when it changed, when a document
/// it links to changed its anchors (or appeared, or went), or — for a page with a broken link,
/// whose suggestion may change — when any document appeared or went. A change of assets, of
/// excluded documents or of the site's address checks every page again.
#[derive(Default)]
pub struct LinkCache {
    key: u64,
    anchors: FxHashMap<String, u64>,
    pages: FxHashMap<String, CheckedPage>,
}

struct CheckedPage {
    facts: Arc<PageFacts>,
    found: Arc<[Diagnostic]>,
    /// The documents its links lead to, or would lead to if they existed, as [`slug_key`]s (two
    /// slugs with one key only make a page checked again for nothing).
    targets: Box<[u64]>,
}

/// Checks every link of every page (in parallel), except those of the pages `cache` has (a
/// one-off build has none, and keeps nothing).
pub fn check(model: &SiteModel, published: &Published, out: &mut Vec<Diagnostic>, cache: Option<&mut LinkCache>) {
    let pages = &published.pages;
    // By slug: a document's address is its slug and a `/`.
    let anchors: FxHashMap<&str, &HashSet<String>> =
        pages.iter().map(|p| (p.doc.slug.as_str(), &p.facts.anchors)).collect();
    let mut files: Vec<String> = model.assets.iter().map(|a| a.relative.to_string_lossy().replace('\\', "/")).collect();
    files.extend(published.statics.iter().cloned());
    files.extend(published.others.iter().cloned());
    files.extend(Generated::written(published.selection).map(|g| g.path().to_owned()));
    files.sort();
    let mut excluded: Vec<&str> = published.excluded.iter().copied().collect();
    excluded.sort();
    let files_set: HashSet<&str> = files.iter().map(String::as_str).collect();
    let site = Targets { anchors: &anchors, files: &files_set, excluded: published.excluded, model };
    let Some(cache) = cache else {
        let found: Vec<CheckedPage> = pages.par_iter().map(|page| site.check_page(page)).collect();
        out.extend(found.iter().flat_map(|page| page.found.iter().cloned()));
        return;
    };

    let mut hasher = DefaultHasher::new();
    (&model.base, &files, &excluded).hash(&mut hasher);
    let key = hasher.finish();
    if cache.key != key {
        cache.pages.clear();
        cache.anchors.clear();
        cache.key = key;
    }
    // The documents whose anchors changed, appeared or went since the last check.
    let mut changed: FxHashSet<&str> = pages
        .iter()
        .filter(|p| cache.anchors.get(&p.doc.slug) != Some(&p.facts.anchors_key))
        .map(|p| p.doc.slug.as_str())
        .collect();
    let appeared = changed.iter().filter(|slug| !cache.anchors.contains_key(**slug)).count();
    // Documents the cache knows of, but fewer than it holds: some went.
    let went = cache.anchors.len() > anchors.len() - appeared;
    let gone: Vec<String> = match went {
        true => cache.anchors.keys().filter(|slug| !anchors.contains_key(slug.as_str())).cloned().collect(),
        false => Vec::new(),
    };
    changed.extend(gone.iter().map(String::as_str));
    let pages_changed = appeared > 0 || went;
    let changed_keys: FxHashSet<u64> = changed.iter().map(|slug| slug_key(slug)).collect();

    let found: Vec<Option<CheckedPage>> = pages
        .par_iter()
        .map(|page| match cache.pages.get(&page.doc.slug) {
            Some(checked)
                if Arc::ptr_eq(&checked.facts, page.facts)
                    && !(pages_changed && checked.found.iter().any(|d| d.code == Code::BrokenLink))
                    && !checked.targets.iter().any(|t| changed_keys.contains(t)) =>
            {
                None
            }
            _ => Some(site.check_page(page)),
        })
        .collect();
    for (page, fresh) in pages.iter().zip(found) {
        match fresh {
            Some(checked) => {
                out.extend(checked.found.iter().cloned());
                cache.pages.insert(page.doc.slug.clone(), checked);
            }
            None => out.extend(cache.pages[&page.doc.slug].found.iter().cloned()),
        }
    }
    for page in pages.iter().filter(|p| changed.contains(p.doc.slug.as_str())) {
        cache.anchors.insert(page.doc.slug.clone(), page.facts.anchors_key);
    }
    for slug in &gone {
        cache.anchors.remove(slug);
    }
    if cache.pages.len() != pages.len() {
        cache.pages.retain(|slug, _| anchors.contains_key(slug.as_str()));
    }
}

/// Every address a link may lead to.
struct Targets<'a> {
    /// Document pages and their anchors.
    anchors: &'a FxHashMap<&'a str, &'a HashSet<String>>,
    /// Every other file of the build: assets, static files, the pages charte writes itself.
    files: &'a HashSet<&'a str>,
    excluded: &'a HashSet<&'a str>,
    model: &'a SiteModel,
}

impl Targets<'_> {
    fn check_page(&self, page: &Page) -> CheckedPage {
        let mut out = Vec::new();
        let mut targets: Vec<u64> = Vec::new();
        let (mut anchors_quota, mut links_quota) = (Quota::default(), Quota::default());
        let from = page.doc.links_from();
        for link in &page.facts.links {
            let Some(target) = resolve(&from, &link.destination, &self.model.base) else { continue };
            let slug = target.path.strip_suffix('/').unwrap_or(&target.path);
            let key = slug_key(slug);
            if !targets.contains(&key) {
                targets.push(key);
            }
            let document = target.path.strip_suffix('/').and_then(|slug| self.anchors.get(slug));
            let (code, message, suggestion) = match (document, &target.fragment) {
                (Some(ids), Some(fragment)) if !fragment.is_empty() && !ids.contains(fragment) => {
                    if !anchors_quota.admits() {
                        continue;
                    }
                    (
                        Code::BrokenAnchor,
                        tr!(
                            "broken-anchor",
                            link = link.destination.as_str(),
                            anchor = format!("#{fragment}"),
                            page = format!("/{}", target.path)
                        ),
                        did_you_mean(fragment, ids.iter().map(String::as_str))
                            .map(|c| tr!("did-you-mean", candidate = format!("#{c}"))),
                    )
                }
                (Some(_), _) => continue,
                (None, _)
                    if self.files.contains(target.path.as_str())
                        || self.excluded.contains(target.path.trim_end_matches('/')) =>
                {
                    continue
                }
                (None, _) => {
                    if !links_quota.admits() {
                        continue;
                    }
                    let pages: Vec<String> = self.anchors.keys().map(|slug| format!("{slug}/")).collect();
                    let candidates = pages.iter().map(String::as_str).chain(self.files.iter().copied());
                    (
                        Code::BrokenLink,
                        tr!("broken-link", link = link.destination.as_str(), page = format!("/{}", target.path)),
                        did_you_mean(&target.path, candidates)
                            .map(|c| tr!("did-you-mean", candidate = format!("/{c}"))),
                    )
                }
            };
            let help = suggestion.unwrap_or_else(|| tr!("broken-link-help"));
            out.push(page.doc.file.diagnostic(code, link.position(page.doc), message).with_help(help));
        }
        let file = &page.doc.file.display;
        out.extend(anchors_quota.rest(Code::BrokenAnchor, file));
        out.extend(links_quota.rest(Code::BrokenLink, file));
        CheckedPage { facts: page.facts.clone(), found: out.into(), targets: targets.into() }
    }
}

/// A short fingerprint of a document's slug, for the targets of a page's links.
fn slug_key(slug: &str) -> u64 {
    rustc_hash::FxBuildHasher.hash_one(slug)
}
