//! Internal links: every link to a document, a rule, a glossary term or a heading of the site
//! must lead somewhere. External links are not fetched.

use std::collections::{HashMap, HashSet};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::Arc;

use rayon::prelude::*;

use crate::diagnostics::{did_you_mean, Diagnostic};
use crate::model::SiteModel;
use crate::render::document_view::PageFacts;
use crate::render::links::resolve;
use crate::render::{PreparedPage, PreparedSite};

/// Pages charte writes itself, besides the documents.
const GENERATED: &[&str] =
    &["", "registre/", "registre.csv", "engagements/", "recherche/", "404.html", "sitemap.xml", "atom.xml"];

/// What `charte serve` keeps of the link check from one build to the next: each page's
/// diagnostics, kept with the facts they were found in, for one set of pages, anchors, assets
/// and excluded documents (its fingerprint). An edit that changes no anchor and no address
/// re-checks only the edited page.
#[derive(Default)]
pub struct LinkCache {
    key: u64,
    pages: HashMap<String, (Arc<PageFacts>, Arc<[Diagnostic]>)>,
}

/// Checks every link of every page (in parallel), except those of the pages `cache` has.
pub fn check(model: &SiteModel, prepared: &PreparedSite, out: &mut Vec<Diagnostic>, cache: &mut LinkCache) {
    let paths: Vec<String> = prepared.documents.iter().map(|p| p.doc.url_path()).collect();
    let anchors: HashMap<&str, &HashSet<String>> =
        paths.iter().zip(&prepared.documents).map(|(path, p)| (path.as_str(), &p.facts.anchors)).collect();
    let mut assets: Vec<String> =
        model.assets.iter().map(|a| a.relative.to_string_lossy().replace('\\', "/")).collect();
    assets.sort();
    let mut excluded: Vec<&str> = prepared.excluded.iter().copied().collect();
    excluded.sort();
    let base_url = model.site.base_url.as_str();

    let mut hasher = DefaultHasher::new();
    (base_url, &assets, &excluded).hash(&mut hasher);
    for (path, page) in paths.iter().zip(&prepared.documents) {
        (path, page.facts.anchors_key).hash(&mut hasher);
    }
    let key = hasher.finish();
    if cache.key != key {
        cache.pages.clear();
        cache.key = key;
    }

    let site = Targets { anchors: &anchors, assets: &assets.iter().map(String::as_str).collect(), prepared, base_url };
    let found: Vec<Arc<[Diagnostic]>> = paths
        .par_iter()
        .zip(&prepared.documents)
        .map(|(from, page)| match cache.pages.get(&page.doc.slug) {
            Some((facts, found)) if Arc::ptr_eq(facts, &page.facts) => found.clone(),
            _ => Arc::from(site.check_page(from, page)),
        })
        .collect();
    for page in &found {
        out.extend(page.iter().cloned());
    }
    cache.pages = prepared
        .documents
        .iter()
        .zip(found)
        .map(|(page, found)| (page.doc.slug.clone(), (page.facts.clone(), found)))
        .collect();
}

/// Every address a link may lead to.
struct Targets<'a> {
    /// Document pages and their anchors.
    anchors: &'a HashMap<&'a str, &'a HashSet<String>>,
    assets: &'a HashSet<&'a str>,
    prepared: &'a PreparedSite<'a>,
    base_url: &'a str,
}

impl Targets<'_> {
    fn check_page(&self, from: &str, page: &PreparedPage) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for link in &page.facts.links {
            let Some(target) = resolve(from, &link.destination, self.base_url) else { continue };
            let problem = if let Some(ids) = self.anchors.get(target.path.as_str()) {
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
                let candidates = self.anchors.keys().chain(self.assets.iter()).copied();
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
        out
    }
}
