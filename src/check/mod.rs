//! Check: every diagnostic on the content before anything is written — the validation chain,
//! the history, review deadlines, blanks left from a model, fields that belong to another kind,
//! anchors, duplicates, unknown engagements, and (once documents are prepared) internal links.

mod approval;
mod blanks;
pub mod changes;
mod fields;
mod history;
pub mod links;
mod pins;
pub(crate) mod review;
mod site;
pub mod summary;
mod unique;
mod versions;

pub use pins::conflicts as update_conflicts;
pub use unique::check_assets;

use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::Arc;

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::model::document::Document;
use crate::model::SiteModel;
use crate::schema::date::Date;
use crate::schema::document::Status;
use crate::source::Diagnostic;

/// What `charte serve` keeps of the checks from one build to the next: the diagnostics of each
/// document, kept with the document they were found in (the model gives back the very same
/// document while its files are unchanged), for one date and one referential.
#[derive(Default)]
pub struct CheckCache {
    key: u64,
    documents: FxHashMap<String, (Arc<Document>, Arc<[Diagnostic]>)>,
}

/// Every diagnostic on the model itself (links come later, from [`links::check`]), documents in
/// order. The documents that `cache` has are not checked again (a one-off check has no cache,
/// and keeps nothing).
pub fn check(model: &SiteModel, today: Date, cache: Option<&mut CheckCache>) -> Vec<Diagnostic> {
    let mut scratch = CheckCache::default();
    let keep = cache.is_some();
    let cache = cache.unwrap_or(&mut scratch);
    let mut diagnostics = Vec::new();
    let any_validated = model.documents.iter().any(|d| d.status() == Status::Validated);
    blanks::check_site(&model.site, &model.site_file, any_validated, &mut diagnostics);
    site::check(model, &mut diagnostics);
    let mut hasher = DefaultHasher::new();
    today.iso().hash(&mut hasher);
    model.referential.engagements.iter().for_each(|e| (&e.number, &e.text).hash(&mut hasher));
    let key = hasher.finish();
    if cache.key != key {
        cache.documents.clear();
        cache.key = key;
    }
    let per_document: Vec<(bool, Arc<[Diagnostic]>)> = model
        .documents
        .par_iter()
        .map(|doc| match cache.documents.get(&doc.slug) {
            Some((checked, found)) if Arc::ptr_eq(checked, doc) => (false, found.clone()),
            _ => {
                let mut out = Vec::new();
                fields::check_document(doc, &model.referential, &mut out);
                approval::check(doc, today, &mut out);
                history::check(doc, today, &mut out);
                review::check(doc, &model.site.review, today, &mut out);
                blanks::check_document(doc, &mut out);
                changes::check(doc, &mut out);
                pins::check(doc, &model.built_in.models, &mut out);
                versions::check_document(model, doc, &mut out);
                (true, Arc::from(out))
            }
        })
        .collect();
    for (doc, (fresh, found)) in model.documents.iter().zip(per_document) {
        diagnostics.extend(found.iter().cloned());
        if fresh && keep {
            cache.documents.insert(doc.slug.clone(), (doc.clone(), found));
        }
    }
    if keep && cache.documents.len() != model.documents.len() {
        let slugs: FxHashSet<&str> = model.documents.iter().map(|d| d.slug.as_str()).collect();
        cache.documents.retain(|slug, _| slugs.contains(slug.as_str()));
    }
    unique::check_addresses(model, &mut diagnostics);
    unique::check_glossaries(model, &mut diagnostics);
    diagnostics
}
