//! The render cache: each document page's HTML and facts (anchors, links, warnings), kept with
//! a fingerprint of what the page depends on — its file and its models' files — and, for the
//! whole cache, of what every page depends on (site.yaml, the referential, the theme, the date,
//! the selection). A page whose fingerprint is unchanged is not rendered again, so that
//! `charte serve` rebuilds only what an edit touches. A build starts from an empty cache, and a
//! rebuild from a warm one gives the same bytes.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::Arc;

use super::document_view::PageFacts;
use crate::model::document::Document;

/// A document page as last rendered.
pub struct CachedPage {
    pub key: u64,
    pub facts: Arc<PageFacts>,
    pub html: Arc<str>,
}

#[derive(Default)]
pub struct RenderCache {
    site_key: u64,
    pages: HashMap<String, CachedPage>,
}

impl RenderCache {
    /// Forgets every page when what all pages depend on changed.
    pub fn start(&mut self, site_key: u64) {
        if self.site_key != site_key {
            self.pages.clear();
            self.site_key = site_key;
        }
    }

    /// The page of `slug`, if it was rendered from the same inputs.
    pub fn get(&self, slug: &str, key: u64) -> Option<&CachedPage> {
        self.pages.get(slug).filter(|p| p.key == key)
    }

    pub fn insert(&mut self, slug: String, page: CachedPage) {
        self.pages.insert(slug, page);
    }

    /// Keeps only the pages of `slugs` (documents deleted since are forgotten).
    pub fn retain(&mut self, slugs: &std::collections::HashSet<&str>) {
        self.pages.retain(|slug, _| slugs.contains(slug.as_str()));
    }
}

/// What a document page depends on besides what all pages depend on.
pub fn document_key(doc: &Document) -> u64 {
    let mut hasher = DefaultHasher::new();
    doc.file.text.hash(&mut hasher);
    for file in &doc.model_files {
        file.text.hash(&mut hasher);
    }
    hasher.finish()
}
