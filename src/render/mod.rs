//! Render: views of every document (in parallel), then every page of the site from the theme's
//! Tera templates — each document at its address, the home page, the register, the engagement
//! matrix and the 404 page.

pub mod cache;
pub mod document_view;
pub mod links;
pub mod listing;
pub mod markdown;
pub mod site_view;
pub mod slug;
pub mod theme;

use std::collections::{BTreeMap, HashSet};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use serde::Serialize;
use tera::Context;

use crate::diagnostics::Diagnostic;
use crate::load::Asset;
use crate::model::date::Date;
use crate::model::document::{Audience, Document};
use crate::model::SiteModel;
use crate::write::Staging;
use cache::{CachedPage, RenderCache};
use document_view::{DocumentView, PageContext, PageFacts};
use site_view::SiteView;
use theme::{StaticSource, Theme};

/// Which documents a build publishes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Selection {
    /// `Some(Public)`: only public documents (the citizens' site); `None`: all of them.
    pub audience: Option<Audience>,
    /// Whether the register (`/registre/`, `/registre.csv`) is published.
    pub register: bool,
}

impl Selection {
    pub const ALL: Selection = Selection { audience: None, register: true };

    pub fn includes(&self, doc: &Document) -> bool {
        self.audience.is_none_or(|a| doc.audience() == a)
    }
}

/// A document page of a build: rendered now (with its view) or taken from the cache.
pub struct PreparedPage<'a> {
    pub doc: &'a Arc<Document>,
    /// What the pages that list documents show of it ([`listing::fingerprint`]), when pages are
    /// kept for a next build; 0 otherwise.
    pub listing_key: u64,
    pub facts: Arc<PageFacts>,
    /// Whether the page was rendered now rather than taken from the cache.
    pub fresh: bool,
    pub html: PageHtml,
}

/// What became of a document page's HTML.
pub enum PageHtml {
    /// Not rendered: the site is only checked.
    NotRendered,
    /// Kept in memory, for `charte serve`.
    Kept(Arc<str>),
    /// Written into the staging folder and forgotten, for `charte build`.
    Written,
    /// The template failed.
    Failed(Diagnostic),
}

/// Where each document page goes as soon as it is rendered.
#[derive(Clone, Copy)]
pub enum PageOutput<'a> {
    /// Nowhere: the site is only checked, pages are not rendered.
    None,
    /// Kept in memory (and in the render cache).
    Memory(&'a PageRenderer),
    /// Written into the staging folder, so that pages are never all held at once.
    Disk(&'a PageRenderer, &'a Staging),
}

/// The documents of a build, prepared for their templates, with what the checks need.
pub struct PreparedSite<'a> {
    pub documents: Vec<PreparedPage<'a>>,
    /// Whether the pages are kept in memory (and the listing pages may be cached).
    pub keeps_pages: bool,
    /// Slugs of the documents this build leaves out.
    pub excluded: HashSet<&'a str>,
}

impl PreparedSite<'_> {
    /// Warnings found while preparing (HTML the sanitiser removes).
    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.documents.iter().flat_map(|p| p.facts.warnings.iter())
    }

    /// How many document pages are rendered anew (not taken from the cache).
    pub fn fresh(&self) -> impl Iterator<Item = &str> {
        self.documents.iter().filter(|p| p.fresh).map(|p| p.doc.slug.as_str())
    }
}

/// What every page depends on: a change to any of it renders every page again.
pub fn site_key(model: &SiteModel, theme: &Theme, today: Date, selection: Selection) -> u64 {
    let mut hasher = DefaultHasher::new();
    model.site_file.text.hash(&mut hasher);
    for e in &model.referential.engagements {
        (&e.number, &e.text).hash(&mut hasher);
    }
    theme.fingerprint().hash(&mut hasher);
    today.iso().hash(&mut hasher);
    (selection.audience.map(|a| a.as_str()), selection.register).hash(&mut hasher);
    hasher.finish()
}

/// Prepares every selected document, in parallel, except those the cache already has, and
/// renders each page at once and sends it to `output`, so that the views and pages of all
/// documents are never held at the same time.
pub fn prepare<'a>(
    model: &'a SiteModel,
    today: Date,
    selection: Selection,
    cache: &RenderCache,
    output: PageOutput,
) -> PreparedSite<'a> {
    let excluded: HashSet<&str> =
        model.documents.iter().filter(|d| !selection.includes(d)).map(|d| d.slug.as_str()).collect();
    let ctx = PageContext { model, today, excluded: &excluded, html: !matches!(output, PageOutput::None) };
    let documents = model
        .documents
        .par_iter()
        .filter(|d| selection.includes(d))
        // Pages written to files are rendered into one buffer per thread, used again and again.
        .map_init(Vec::new, |buffer, doc| match cache.get(doc) {
            Some(cached) => PreparedPage {
                doc,
                listing_key: cached.listing_key,
                facts: cached.facts.clone(),
                fresh: false,
                html: PageHtml::Kept(cached.html.clone()),
            },
            None => {
                let prepared = document_view::prepare(doc, &ctx);
                let html = match output {
                    PageOutput::None => PageHtml::NotRendered,
                    PageOutput::Memory(renderer) => match renderer.document(doc, &prepared.view) {
                        Ok(html) => PageHtml::Kept(Arc::from(html)),
                        Err(d) => PageHtml::Failed(d),
                    },
                    PageOutput::Disk(renderer, staging) => match renderer.document_to(doc, &prepared.view, buffer) {
                        Ok(()) => {
                            staging.page(&page_path(doc), buffer);
                            PageHtml::Written
                        }
                        Err(d) => PageHtml::Failed(d),
                    },
                };
                let listing_key = match output {
                    PageOutput::Memory(_) => listing::fingerprint(doc, model, today),
                    _ => 0,
                };
                PreparedPage { doc, listing_key, facts: Arc::new(prepared.facts), fresh: true, html }
            }
        })
        .collect();
    PreparedSite { documents, excluded, keeps_pages: matches!(output, PageOutput::Memory(_)) }
}

/// Where a document's page is, relative to the output folder.
fn page_path(doc: &Document) -> PathBuf {
    Path::new(&doc.slug).join("index.html")
}

/// The rendered site, ready to be written: every page when the pages are kept in memory, the
/// other pages when the document pages were written as they were rendered.
pub struct Output {
    /// Path relative to the output folder → contents.
    pub pages: Vec<(PathBuf, Arc<str>)>,
    pub statics: BTreeMap<PathBuf, StaticSource>,
    pub assets: Vec<Asset>,
}

/// `../` once per folder between a page and the site's root, so that links work wherever the
/// site is served from (and from the file system).
fn relative_root(depth: usize) -> String {
    "../".repeat(depth)
}

/// A link of the site's navigation.
#[derive(Serialize)]
struct NavLink {
    label: &'static str,
    url: &'static str,
}

/// The theme ready to render pages: its global context holds the site and its navigation.
pub struct PageRenderer {
    pub theme: Theme,
    site_view: SiteView,
}

impl PageRenderer {
    pub fn new(model: &SiteModel, mut theme: Theme, selection: Selection) -> PageRenderer {
        let site_view = SiteView::new(&model.site);
        let mut nav = vec![NavLink { label: "Accueil", url: "" }];
        if selection.register {
            nav.push(NavLink { label: "Registre", url: "registre/" });
        }
        nav.push(NavLink { label: "Engagements Qual-e-pref", url: "engagements/" });
        theme.tera.global_context().insert("site", &site_view);
        theme.tera.global_context().insert("nav", &nav);
        PageRenderer { theme, site_view }
    }

    fn context(&self, depth: usize, title: &str, url: &str) -> Context {
        let mut context = Context::new();
        context.insert("root", &relative_root(depth));
        context.insert("page_title", &format!("{title} — {}", self.site_view.title));
        context.insert("canonical", &format!("{}/{url}", self.site_view.base_url));
        context.insert("current", url);
        context
    }

    fn document_context(&self, doc: &Document, view: &DocumentView) -> Context {
        let mut context = self.context(doc.slug.split('/').count(), view.title, &view.url);
        context.insert("doc", view);
        context
    }

    fn document(&self, doc: &Document, view: &DocumentView) -> Result<String, Diagnostic> {
        theme::render(&self.theme, "document.html", &self.document_context(doc, view))
    }

    /// Renders the page of `doc` into `out` (emptied first), as bytes for a file.
    fn document_to(&self, doc: &Document, view: &DocumentView, out: &mut Vec<u8>) -> Result<(), Diagnostic> {
        out.clear();
        theme::render_to(&self.theme, "document.html", &self.document_context(doc, view), out)
    }
}

/// Collects the pages of `prepared` and renders the home page, the register, the engagement
/// matrix and the 404 page; puts the new document pages in `cache`.
pub fn render(
    model: &SiteModel,
    prepared: &PreparedSite,
    renderer: &PageRenderer,
    today: Date,
    selection: Selection,
    cache: &mut RenderCache,
) -> Result<Output, Vec<Diagnostic>> {
    let mut pages = Vec::with_capacity(prepared.documents.len() + 5);
    let mut errors = Vec::new();
    for p in &prepared.documents {
        match &p.html {
            PageHtml::Kept(html) => pages.push((page_path(p.doc), html.clone())),
            PageHtml::Failed(d) => errors.push(d.clone()),
            PageHtml::Written | PageHtml::NotRendered => {}
        }
    }
    let documents: Vec<&Document> = prepared.documents.iter().map(|p| &**p.doc).collect();
    let listing_key = prepared.keeps_pages.then(|| {
        let mut hasher = DefaultHasher::new();
        for p in &prepared.documents {
            (&p.doc.slug, p.listing_key).hash(&mut hasher);
        }
        hasher.finish()
    });
    match listing_key.and_then(|key| cache.listing(key)) {
        Some(listed) => pages.extend(listed.iter().cloned()),
        None => match listing_pages(model, &documents, renderer, today, selection) {
            Ok(listed) => {
                if let Some(key) = listing_key {
                    cache.set_listing(key, listed.clone());
                }
                pages.extend(listed);
            }
            Err(e) => errors.extend(e),
        },
    }
    if !errors.is_empty() {
        errors.dedup_by(|a, b| a.to_string() == b.to_string());
        return Err(errors);
    }
    for p in prepared.documents.iter().filter(|p| p.fresh) {
        if let PageHtml::Kept(html) = &p.html {
            cache.insert(
                p.doc.slug.clone(),
                CachedPage {
                    document: p.doc.clone(),
                    listing_key: p.listing_key,
                    facts: p.facts.clone(),
                    html: html.clone(),
                },
            );
        }
    }
    cache.retain(prepared.documents.iter().map(|p| p.doc.slug.as_str()));
    let assets = model.assets.clone();
    Ok(Output { pages, statics: renderer.theme.statics.clone(), assets })
}

/// The pages that list documents: the home page, the register (page and CSV), the engagement
/// matrix, and the 404 page.
fn listing_pages(
    model: &SiteModel,
    documents: &[&Document],
    renderer: &PageRenderer,
    today: Date,
    selection: Selection,
) -> Result<Vec<(PathBuf, Arc<str>)>, Vec<Diagnostic>> {
    let theme = &renderer.theme;
    let site_view = &renderer.site_view;
    let page = |depth: usize, title: &str, url: &str| renderer.context(depth, title, url);
    let render = |path: &str, template: &str, context: Context| {
        theme::render(theme, template, &context).map(|html| (PathBuf::from(path), Arc::<str>::from(html)))
    };
    // The three pages that list every document are the largest of the site: they are rendered
    // side by side.
    let home = || {
        let mut home = page(0, "", "");
        home.insert("page_title", &site_view.title);
        home.insert("groups", &listing::audience_groups(documents));
        vec![render("index.html", "index.html", home)]
    };
    let register = || {
        if !selection.register {
            return Vec::new();
        }
        let (rows, counts) = listing::register(documents, model, today);
        let csv = listing::register_csv(&rows, &site_view.base_url);
        let mut register = page(1, "Registre des documents", "registre/");
        register.insert("rows", &rows);
        register.insert("counts", &counts);
        register.insert("forks", &listing::forks(documents));
        register.insert("today", &today.french());
        vec![
            render("registre/index.html", "register.html", register),
            Ok((PathBuf::from("registre.csv"), Arc::from(csv))),
        ]
    };
    let matrix = || {
        let mut matrix = page(1, "Engagements Qual-e-pref", "engagements/");
        matrix.insert("engagements", &listing::engagement_matrix(documents, model));
        let mut not_found = page(0, "Page introuvable", "");
        not_found.insert("root", &format!("{}/", model.site.base_path()));
        not_found.insert("canonical", "");
        vec![render("engagements/index.html", "engagements.html", matrix), render("404.html", "404.html", not_found)]
    };
    let (home, (register, matrix)) = rayon::join(home, || rayon::join(register, matrix));
    let mut pages = Vec::with_capacity(5);
    let mut errors = Vec::new();
    for page in home.into_iter().chain(register).chain(matrix) {
        match page {
            Ok(page) => pages.push(page),
            Err(d) => errors.push(d),
        }
    }
    if errors.is_empty() {
        Ok(pages)
    } else {
        Err(errors)
    }
}
