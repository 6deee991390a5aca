//! The render cache: each document page's HTML and facts (anchors, links, warnings), kept with
//! the document it was rendered from — the model gives back the very same document while its
//! files are unchanged — and, for the whole cache, a fingerprint of what every page depends on
//! (site.yaml, the referential, the theme, the date, the selection). A page whose document is
//! the same is not rendered again, so that `charte serve` rebuilds only what an edit touches.
//! A build starts from an empty cache, and a rebuild from a warm one gives the same bytes.

use rustc_hash::{FxHashMap, FxHashSet};
use std::path::PathBuf;
use std::sync::Arc;

use super::search::index::LazyIndex;
use crate::check::links::PageFacts;
use crate::model::document::Document;

/// A document page as last rendered.
pub struct CachedPage {
    pub document: Arc<Document>,
    pub listing_key: u64,
    pub facts: Arc<PageFacts>,
    /// Its pages: the document's, then its redlines'.
    pub html: PageGroup,
    pub redlines: Arc<[String]>,
    pub source: Option<super::view::SourceView>,
    pub search: Option<Arc<super::search::DocumentRecords>>,
}

/// Pages by their path in the output folder.
pub type Pages = Vec<(PathBuf, Arc<str>)>;

/// The pages of one document, shared from one build to the next while it is unchanged, so that
/// what holds them recognises them without reading them.
pub type PageGroup = Arc<[(PathBuf, Arc<str>)]>;

#[derive(Default)]
pub struct RenderCache {
    site_key: u64,
    pages: FxHashMap<String, CachedPage>,
    /// The pages that list documents, with the fingerprint of what they show.
    listing: Option<(u64, Pages)>,
    /// The search index, with the fingerprint of the records it is built from.
    search: Option<(u64, Arc<LazyIndex>)>,
}

impl RenderCache {
    /// Forgets every page when what all pages depend on changed.
    pub fn start(&mut self, site_key: u64) {
        if self.site_key != site_key {
            self.pages.clear();
            self.listing = None;
            self.search = None;
            self.site_key = site_key;
        }
    }

    /// The page of `doc`, if it was rendered from this very document.
    pub fn get(&self, doc: &Arc<Document>) -> Option<&CachedPage> {
        self.pages.get(&doc.slug).filter(|p| Arc::ptr_eq(&p.document, doc))
    }

    /// The pages that list documents, if they were rendered from the same fingerprint.
    pub fn listing(&self, key: u64) -> Option<&[(PathBuf, Arc<str>)]> {
        self.listing.as_ref().filter(|(k, _)| *k == key).map(|(_, pages)| pages.as_slice())
    }

    pub fn set_listing(&mut self, key: u64, pages: Pages) {
        self.listing = Some((key, pages));
    }

    /// The search index, if it was built from the same records.
    pub fn search(&self, key: u64) -> Option<&Arc<LazyIndex>> {
        self.search.as_ref().filter(|(k, _)| *k == key).map(|(_, index)| index)
    }

    pub fn set_search(&mut self, key: u64, index: Arc<LazyIndex>) {
        self.search = Some((key, index));
    }

    pub fn insert(&mut self, slug: String, page: CachedPage) {
        self.pages.insert(slug, page);
    }

    /// Keeps only the pages of `slugs` (documents deleted since are forgotten).
    pub fn retain<'a>(&mut self, slugs: impl ExactSizeIterator<Item = &'a str>) {
        if self.pages.len() != slugs.len() {
            let slugs: FxHashSet<&str> = slugs.collect();
            self.pages.retain(|slug, _| slugs.contains(slug.as_str()));
        }
    }
}
