//! Model: the typed site — its configuration and address, its documents with their models
//! merged in and their variables replaced, the Qual-e-pref referential — in a stable order; and
//! what every later step derives from it the same way (addresses, anchors, French order).

pub mod address;
pub mod diff;
pub mod document;
pub mod extends;
pub mod folders;
pub mod fork_merge;
pub mod merge;
pub mod redline;
pub mod referential;
pub mod site;
pub mod slug;
pub mod texts;
pub mod update;
pub mod variables;
pub mod versions;

use crate::tr;
use folders::Folders;
use std::sync::Arc;

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::load::{Asset, BuiltIn, Loaded};
use crate::schema::document::{Body, RawDocument};
use crate::schema::site::Site;
use crate::schema::Text;
use crate::source::{Code, Diagnostic, Quota, SourceFile};
use address::{BaseUrl, Selection};
use document::{Document, Origin};
use referential::Referential;
use texts::TextField;
use variables::Variables;
use versions::Versions;

/// The whole site, ready for checks and rendering.
#[derive(Debug)]
pub struct SiteModel {
    pub site: Site,
    /// The site's address, from `base_url`.
    pub base: BaseUrl,
    /// `content/site.yaml` as read, to locate diagnostics about it.
    pub site_file: Arc<SourceFile>,
    /// Shared with the [`ModelCache`], which gives back the very same document while its files
    /// are unchanged: later steps recognise an unchanged document by that identity.
    pub documents: Vec<Arc<Document>>,
    pub referential: Referential,
    /// The folders' titles, for breadcrumbs.
    pub folders: Folders,
    pub assets: Vec<Asset>,
    /// The models and the referential built into charte.
    pub built_in: BuiltIn,
    /// The earlier versions of each document.
    pub versions: Versions,
}

impl SiteModel {
    /// The document whose page is at `slug` (a current document, or an earlier version's text).
    pub fn page(&self, slug: &str) -> Option<&Arc<Document>> {
        self.documents.binary_search_by(|d| d.slug.as_str().cmp(slug)).ok().map(|i| &self.documents[i])
    }

    /// The current document at `slug`.
    pub fn document(&self, slug: &str) -> Option<&Arc<Document>> {
        self.page(slug).filter(|d| d.is_current())
    }

    /// Whether a build of `selection` publishes `doc`: of its audience, and for an earlier
    /// version, its document too.
    pub fn publishes(&self, doc: &Document, selection: Selection) -> bool {
        selection.includes(doc.audience())
            && doc
                .earlier
                .as_ref()
                .is_none_or(|e| self.document(&e.of).is_some_and(|d| selection.includes(d.audience())))
    }
}

/// What `charte serve` keeps of the model from one build to the next: each document merged with
/// its model and with its variables replaced, and the diagnostics found doing so. An entry is
/// used again only when the document's file, its models' files and `site.yaml` are the very
/// same values as last time (the loader gives back the same value for an unchanged file).
#[derive(Default)]
pub struct ModelCache {
    site_file: Option<Arc<SourceFile>>,
    documents: FxHashMap<String, CachedDocument>,
}

struct CachedDocument {
    raw: Arc<RawDocument>,
    document: Arc<Document>,
    diagnostics: Arc<[Diagnostic]>,
}

impl SiteModel {
    /// Builds the model: merges each document with its model and replaces variables, in
    /// parallel, taking from `cache` the documents whose files did not change (a one-off build
    /// has no cache, and keeps nothing). `None` when `site.yaml` could not be read (its
    /// diagnostic is already among the loader's).
    pub fn new(loaded: Loaded, out: &mut Vec<Diagnostic>, cache: Option<&mut ModelCache>) -> Option<SiteModel> {
        let mut scratch = ModelCache::default();
        let keep = cache.is_some();
        let cache = cache.unwrap_or(&mut scratch);
        let site = loaded.site?;
        let site_file = loaded.site_file?;
        if !cache.site_file.as_ref().is_some_and(|f| Arc::ptr_eq(f, &site_file)) {
            cache.documents.clear();
            cache.site_file = Some(site_file.clone());
        }
        let built_in = loaded.built_in;
        let site_models = extends::SiteModels::new(&loaded.documents);
        let files: FxHashSet<usize> = loaded.documents.iter().map(|d| file_id(&d.file)).collect();
        let version_files = versions::files(&loaded.documents);
        let related = |raw: &RawDocument| version_files.get(&raw.page_slug()).cloned().unwrap_or_default();
        let unchanged = |raw: &Arc<RawDocument>| {
            cache.documents.get(&raw.page_slug()).filter(|c| {
                let same_versions = c.document.version_files.iter().map(file_id).eq(related(raw).iter().map(file_id));
                Arc::ptr_eq(&c.raw, raw)
                    && same_versions
                    && c.document.model_files.iter().all(|f| files.contains(&file_id(f)) || built_in.models.owns(f))
            })
        };
        /// A document built now, or taken from the cache.
        enum Built {
            Cached(Arc<Document>, Arc<[Diagnostic]>),
            Fresh(Arc<Document>, Vec<Diagnostic>),
            Failed(Vec<Diagnostic>),
        }
        let built: Vec<Built> = loaded
            .documents
            .par_iter()
            .map(|raw| match unchanged(raw) {
                Some(cached) => Built::Cached(cached.document.clone(), cached.diagnostics.clone()),
                None => match extends::resolve(raw, &site_models, &built_in.models) {
                    Ok(mut doc) => {
                        doc.version_files = related(raw);
                        let mut diagnostics = Vec::new();
                        replace_variables(&mut doc, &site, &mut diagnostics);
                        Built::Fresh(Arc::new(doc), diagnostics)
                    }
                    Err(errors) => Built::Failed(errors),
                },
            })
            .collect();
        drop(site_models);
        let mut documents = Vec::with_capacity(built.len());
        for (raw, built) in loaded.documents.iter().zip(built) {
            match built {
                Built::Cached(document, diagnostics) => {
                    out.extend(diagnostics.iter().cloned());
                    documents.push(document);
                }
                Built::Fresh(document, diagnostics) => {
                    out.extend(diagnostics.iter().cloned());
                    documents.push(document.clone());
                    if keep {
                        let entry = CachedDocument { raw: raw.clone(), document, diagnostics: diagnostics.into() };
                        cache.documents.insert(raw.page_slug(), entry);
                    }
                }
                Built::Failed(errors) => {
                    out.extend(errors);
                    cache.documents.remove(&raw.page_slug());
                }
            }
        }
        if keep && cache.documents.len() != documents.len() {
            let built: FxHashSet<&str> = documents.iter().map(|d| d.slug.as_str()).collect();
            cache.documents.retain(|slug, _| built.contains(slug.as_str()));
        }
        documents.sort_by(|a, b| a.slug.cmp(&b.slug));
        let mut assets = loaded.assets;
        assets.sort_by(|a, b| a.relative.cmp(&b.relative));
        Some(SiteModel {
            versions: Versions::new(&documents),
            referential: Referential::new(built_in.referential, loaded.referential.as_ref()),
            base: BaseUrl::new(&site.base_url),
            folders: Folders::new(&loaded.folders),
            built_in,
            site,
            site_file,
            documents,
            assets,
        })
    }
}

/// The identity of a file as read: the same value from one build to the next while unchanged.
fn file_id(file: &Arc<SourceFile>) -> usize {
    Arc::as_ptr(file) as usize
}

/// Replaces the variables of every text of `doc` (the values of `vars` aside: they are what
/// variables stand for). An unknown name written in the document is an error where it is
/// written; one in a text taken from the model is an error at `extends`.
fn replace_variables(doc: &mut Document, site: &Site, out: &mut Vec<Diagnostic>) {
    if !doc.body.contains("{{") && !doc.any_text(|t| t.contains("{{")) {
        return;
    }
    let vars = Variables::new(site, doc.fields.vars.iter().map(|(k, v)| (k.clone(), v.to_string())));
    let mut problems: Vec<(Option<Text>, variables::Unknown)> = Vec::new();
    let mut originals = Vec::new();
    doc.each_text_mut(|field, text| {
        if field == TextField::Var {
            return;
        }
        if let Some((replaced, unknown)) = vars.substitute(text) {
            problems.extend(unknown.into_iter().map(|u| (Some(text.clone()), u)));
            originals.push(text.clone());
            *text = text.with_value(replaced);
        }
    });
    doc.originals = originals;
    if let Some((replaced, unknown)) = vars.substitute(&doc.body) {
        problems.extend(unknown.into_iter().map(|u| (None, u)));
        doc.original_body = Some(std::mem::replace(&mut doc.body, Body::own(replaced)));
    }
    let mut quota = Quota::default();
    for (text, unknown) in problems {
        if !quota.admits() {
            continue;
        }
        let origin = text.as_ref().map_or(Origin::Body, Origin::Field);
        let help = match &unknown.suggestion {
            Some(s) => tr!("variable-close", close = format!("{{{{ {s} }}}}")),
            None => tr!("variable-known", names = vars.names().collect::<Vec<_>>().join(", ")),
        };
        let diagnostic = if doc.is_inherited(origin) {
            let extends = doc.fields.extends.as_ref().expect("inherited texts come from a model");
            let define = unknown.name.strip_prefix("vars.").map(|n| tr!("variable-define", name = n));
            doc.file
                .at(Code::UnknownVariable, extends, tr!("variable-from-model", variable = unknown.written))
                .with_help(define.unwrap_or(help))
        } else {
            let at = match &text {
                Some(text) => doc.locate(Origin::Field(text), unknown.offset, &unknown.written),
                None => doc.locate_in_original_body(unknown.offset, &unknown.written),
            };
            doc.file
                .diagnostic(Code::UnknownVariable, at, tr!("variable-unknown", variable = unknown.written))
                .with_help(help)
        };
        out.push(diagnostic);
    }
    out.extend(quota.rest(Code::UnknownVariable, &doc.file.display));
}
