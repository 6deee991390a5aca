//! Internal links: every link to a document, a rule, a glossary term or a heading of the site
//! must lead somewhere. External links are not fetched.

use std::collections::HashSet;
use std::hash::{BuildHasher, DefaultHasher, Hash, Hasher};
use std::sync::Arc;

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::diagnostics::{did_you_mean, Diagnostic};
use crate::model::SiteModel;
use crate::render::document_view::PageFacts;
use crate::render::links::resolve;
use crate::render::{PreparedPage, PreparedSite};

/// Pages charte writes itself, besides the documents.
const GENERATED: &[&str] =
    &["", "registre/", "registre.csv", "engagements/", "recherche/", "404.html", "sitemap.xml", "atom.xml"];

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
pub fn check(model: &SiteModel, prepared: &PreparedSite, out: &mut Vec<Diagnostic>, cache: Option<&mut LinkCache>) {
    // By slug: a document's address is its slug and a `/`.
    let anchors: FxHashMap<&str, &HashSet<String>> =
        prepared.documents.iter().map(|p| (p.doc.slug.as_str(), &p.facts.anchors)).collect();
    let mut asset_paths: Vec<String> =
        model.assets.iter().map(|a| a.relative.to_string_lossy().replace('\\', "/")).collect();
    asset_paths.sort();
    let mut excluded: Vec<&str> = prepared.excluded.iter().copied().collect();
    excluded.sort();
    let base_url = model.site.base_url.as_str();
    let assets: HashSet<&str> = asset_paths.iter().map(String::as_str).collect();
    let site = Targets { anchors: &anchors, assets: &assets, prepared, base_url };
    let Some(cache) = cache else {
        let found: Vec<CheckedPage> = prepared.documents.par_iter().map(|page| site.check_page(page)).collect();
        out.extend(found.iter().flat_map(|page| page.found.iter().cloned()));
        return;
    };

    let mut hasher = DefaultHasher::new();
    (base_url, &asset_paths, &excluded).hash(&mut hasher);
    let key = hasher.finish();
    if cache.key != key {
        cache.pages.clear();
        cache.anchors.clear();
        cache.key = key;
    }
    // The documents whose anchors changed, appeared or went since the last check.
    let mut changed: FxHashSet<&str> = prepared
        .documents
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

    let found: Vec<Option<CheckedPage>> = prepared
        .documents
        .par_iter()
        .map(|page| match cache.pages.get(&page.doc.slug) {
            Some(checked)
                if Arc::ptr_eq(&checked.facts, &page.facts)
                    && !(pages_changed && checked.found.iter().any(|d| d.code == "broken-link"))
                    && !checked.targets.iter().any(|t| changed_keys.contains(t)) =>
            {
                None
            }
            _ => Some(site.check_page(page)),
        })
        .collect();
    for (page, fresh) in prepared.documents.iter().zip(found) {
        match fresh {
            Some(checked) => {
                out.extend(checked.found.iter().cloned());
                cache.pages.insert(page.doc.slug.clone(), checked);
            }
            None => out.extend(cache.pages[&page.doc.slug].found.iter().cloned()),
        }
    }
    for page in prepared.documents.iter().filter(|p| changed.contains(p.doc.slug.as_str())) {
        cache.anchors.insert(page.doc.slug.clone(), page.facts.anchors_key);
    }
    for slug in &gone {
        cache.anchors.remove(slug);
    }
    if cache.pages.len() != prepared.documents.len() {
        cache.pages.retain(|slug, _| anchors.contains_key(slug.as_str()));
    }
}

/// Every address a link may lead to.
struct Targets<'a> {
    /// Document pages and their anchors.
    anchors: &'a FxHashMap<&'a str, &'a HashSet<String>>,
    assets: &'a HashSet<&'a str>,
    prepared: &'a PreparedSite<'a>,
    base_url: &'a str,
}

impl Targets<'_> {
    fn check_page(&self, page: &PreparedPage) -> CheckedPage {
        let mut out = Vec::new();
        let mut targets: Vec<u64> = Vec::new();
        let from = page.doc.url_path();
        for link in &page.facts.links {
            let Some(target) = resolve(&from, &link.destination, self.base_url) else { continue };
            let slug = target.path.strip_suffix('/').unwrap_or(&target.path);
            let key = slug_key(slug);
            if !targets.contains(&key) {
                targets.push(key);
            }
            let document = target.path.strip_suffix('/').and_then(|slug| self.anchors.get(slug));
            let problem = if let Some(ids) = document {
                match &target.fragment {
                    Some(fragment) if !fragment.is_empty() && !ids.contains(fragment) => Some((
                        "broken-anchor",
                        format!(
                            "the link `{}` points to #{fragment}, which is not on /{}",
                            link.destination, target.path
                        ),
                        did_you_mean(fragment, ids.iter().map(String::as_str)).map(|c| format!("did you mean #{c}?")),
                    )),
                    _ => None,
                }
            } else if GENERATED.contains(&target.path.as_str())
                || target.path.starts_with("static/")
                || self.assets.contains(target.path.as_str())
                || self.prepared.excluded.contains(target.path.trim_end_matches('/'))
            {
                None
            } else {
                let pages: Vec<String> = self.anchors.keys().map(|slug| format!("{slug}/")).collect();
                let candidates = pages.iter().map(String::as_str).chain(self.assets.iter().copied());
                Some((
                    "broken-link",
                    format!("the link `{}` leads nowhere: there is no page /{}", link.destination, target.path),
                    did_you_mean(&target.path, candidates).map(|c| format!("did you mean /{c}?")),
                ))
            };
            if let Some((code, message, suggestion)) = problem {
                let help = suggestion.unwrap_or_else(|| "correct the address, or remove the link".to_owned());
                let (line, column) = link.position(page.doc);
                out.push(page.doc.file.error_at(code, line, column, message).with_help(help));
            }
        }
        CheckedPage { facts: page.facts.clone(), found: out.into(), targets: targets.into() }
    }
}

/// A short fingerprint of a document's slug, for the targets of a page's links.
fn slug_key(slug: &str) -> u64 {
    rustc_hash::FxBuildHasher.hash_one(slug)
}
