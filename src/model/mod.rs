//! Model: the typed site — its configuration, its documents, the Qual-e-pref referential —
//! assembled from what [`crate::load`] read, in a stable order.

pub mod date;
pub mod document;
pub mod referential;
pub mod site;

use std::sync::Arc;

use crate::diagnostics::SourceFile;
use crate::load::{Asset, Loaded};
use document::Document;
use referential::Referential;
use site::Site;

/// The whole site, ready for checks and rendering.
#[derive(Debug)]
pub struct SiteModel {
    pub site: Site,
    /// `content/site.yaml` as read, to locate diagnostics about it.
    pub site_file: Arc<SourceFile>,
    pub documents: Vec<Document>,
    pub referential: Referential,
    pub assets: Vec<Asset>,
}

impl SiteModel {
    /// Builds the model; `None` when `site.yaml` could not be read (its diagnostic is already
    /// among the loader's).
    pub fn new(loaded: Loaded) -> Option<SiteModel> {
        let site = loaded.site?;
        let site_file = loaded.site_file?;
        let mut documents = loaded.documents;
        documents.sort_by(|a, b| a.slug.cmp(&b.slug));
        let mut assets = loaded.assets;
        assets.sort_by(|a, b| a.relative.cmp(&b.relative));
        Some(SiteModel {
            referential: Referential::new(loaded.referential.as_ref()),
            site,
            site_file,
            documents,
            assets,
        })
    }

    pub fn document(&self, slug: &str) -> Option<&Document> {
        self.documents.binary_search_by(|d| d.slug.as_str().cmp(slug)).ok().map(|i| &self.documents[i])
    }
}
