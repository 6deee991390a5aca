//! Render: views of every document (in parallel), then every page of the site from the theme's
//! Tera templates — each document at its address, the home page, the register, the engagement
//! matrix and the 404 page. Document pages go to a [`PageSink`] as soon as they are rendered (the
//! write step's staging folder), or are kept in memory for `charte serve`.

pub mod cache;
mod calendar;
mod feed;
pub mod glossary_links;
pub mod highlight;
mod lang_spans;
pub mod listing;
pub mod markdown;
mod open_data;
mod outline;
pub mod prepare;
mod reuse;
mod sanitise;
pub mod search;
pub mod site_view;
mod sitemap;
pub mod theme;
pub mod typography;
pub mod view;

use std::collections::{BTreeMap, HashSet};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use rayon::prelude::*;
use serde::Serialize;
use tera::Context;

use crate::check::links::{Page, PageFacts, Published};
use crate::load::Asset;
use crate::model::address::{Generated, Selection};
use crate::model::document::Document;
use crate::model::update::ModelRedline;
use crate::model::SiteModel;
use crate::schema::date::Date;
use crate::schema::kind::Kind;
use crate::source::Diagnostic;
use cache::{CachedPage, RenderCache};
use prepare::{PageContext, Prepared};
use site_view::SiteView;
use theme::{StaticSource, Theme};
use view::{DocumentView, RedlineView};

/// The Content-Security-Policy of every page: its own scripts, styles and images only, no
/// inline script or style, no plugin, no `<base>` elsewhere, forms to the site itself. Pages
/// carry it in a `<meta>` (a static host sends no headers of charte's); `charte serve` also
/// sends it as a header.
pub const CONTENT_SECURITY_POLICY: &str =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

/// Where document pages are written as they are rendered, from many threads at once.
pub trait PageSink: Sync {
    /// Writes `contents` at `path`, relative to the output folder. A failure is kept by the
    /// sink and reported when the build finishes.
    fn page(&self, path: &Path, contents: &[u8]);
}

/// What becomes of the document pages of a build.
#[derive(Clone, Copy)]
pub enum Pages<'a> {
    /// Not rendered: the site is only checked.
    Unrendered,
    /// Kept in memory (and in the render cache), for `charte serve`.
    Kept,
    /// Sent to the sink as they are rendered, so that pages are never all held at once.
    Sent(&'a dyn PageSink),
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
    /// The pages kept in memory (the document's, then its redlines'), or the template's error.
    pub html: Result<cache::PageGroup, Diagnostic>,
    /// The addresses of its redlines, relative to the site (`chartes/moderation/v1.1-2.0/`).
    pub redlines: Arc<[String]>,
    /// Its source page and file, when the build publishes them.
    pub source: Option<view::SourceView>,
    /// What it gives the search index, for a current document whose page is rendered.
    pub search: Option<Arc<search::DocumentRecords>>,
}

/// The documents of a build, prepared for their templates, with what the checks need.
pub struct PreparedSite<'a> {
    pub documents: Vec<PreparedPage<'a>>,
    /// Whether the pages are kept in memory (and the listing pages may be cached).
    pub keeps_pages: bool,
    /// Where the pages go as they are rendered, in a one-off build.
    sink: Option<&'a dyn PageSink>,
    /// In a one-off build, the pages that list documents, sent before the documents were
    /// prepared: how many, or the templates' errors.
    listings: Option<Result<usize, Vec<Diagnostic>>>,
    /// Slugs of the documents this build leaves out.
    pub excluded: HashSet<&'a str>,
    pub selection: Selection,
}

impl<'a> PreparedSite<'a> {
    /// Everything the build writes that a link may lead to, for the link check.
    pub fn published(&'a self, renderer: &PageRenderer) -> Published<'a> {
        Published {
            pages: self.documents.iter().map(|p| Page { doc: p.doc, facts: &p.facts }).collect(),
            excluded: &self.excluded,
            selection: self.selection,
            statics: renderer.theme.static_paths(),
            others: self
                .documents
                .iter()
                .flat_map(|p| {
                    let json = format!("{}/{}", p.doc.slug, open_data::FILE_NAME);
                    let source = p.source.iter().flat_map(|s| [s.page.clone(), s.file.clone()]);
                    p.redlines.iter().cloned().chain(source).chain([json])
                })
                .collect(),
        }
    }
}

impl PreparedSite<'_> {
    /// Lets go of what the checks needed to know of each page, once a one-off build has checked
    /// its links: the memory serves again for the search index.
    pub fn forget_facts(&mut self) {
        let none = Arc::new(PageFacts::default());
        for page in &mut self.documents {
            page.facts = none.clone();
        }
    }

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
    model.folders.hash(&mut hasher);
    today.iso().hash(&mut hasher);
    selection.hash(&mut hasher);
    hasher.finish()
}

/// Prepares every selected document, in parallel, except those the cache already has, and
/// renders each page at once and sends it to `output`, so that the views and pages of all
/// documents are never held at the same time.
pub fn prepare<'a>(
    model: &'a SiteModel,
    today: Date,
    selection: Selection,
    renderer: &PageRenderer,
    cache: &RenderCache,
    pages: Pages<'a>,
) -> PreparedSite<'a> {
    let excluded: HashSet<&str> =
        model.documents.iter().filter(|d| !model.publishes(d, selection)).map(|d| d.slug.as_str()).collect();
    // The pages that list every document are the largest of the site, and their templates'
    // values take much memory: a one-off build renders and sends them first, so that this
    // memory serves again for the documents' pages rather than adding to it.
    let sink = match pages {
        Pages::Sent(sink) => Some(sink),
        _ => None,
    };
    let listings = sink.map(|sink| {
        let current: Vec<&Document> =
            model.documents.iter().filter(|d| model.publishes(d, selection) && d.is_current()).map(|d| &**d).collect();
        listing_pages(model, &current, renderer, today, selection).map(|listed| send(sink, listed))
    });
    let html = !matches!(pages, Pages::Unrendered);
    let linker = if html { glossary_links::GlossaryLinker::new(model, selection) } else { None };
    let ctx = PageContext { model, today, excluded: &excluded, html, selection, glossary: linker.as_ref() };
    let documents = model
        .documents
        .par_iter()
        .filter(|d| model.publishes(d, selection))
        // Pages sent to a sink are rendered into one buffer per thread, used again and again.
        .map_init(Vec::new, |buffer, doc| match cache.get(doc) {
            Some(cached) => PreparedPage {
                doc,
                listing_key: cached.listing_key,
                facts: cached.facts.clone(),
                fresh: false,
                html: Ok(cached.html.clone()),
                redlines: cached.redlines.clone(),
                source: cached.source.clone(),
                search: cached.search.clone(),
            },
            None => {
                let prepared = prepare::prepare(doc, &ctx);
                let redlines: Arc<[String]> = prepared.redlines.iter().map(|r| r.url.clone()).collect();
                let html = renderer.pages(model, doc, &prepared, pages, buffer);
                let search =
                    (ctx.html && doc.is_current()).then(|| Arc::new(search::DocumentRecords::new(doc, &prepared.view)));
                let listing_key = match pages {
                    Pages::Kept => listing::fingerprint(doc, model, today),
                    _ => 0,
                };
                let source = prepared.view.source.clone();
                let facts = Arc::new(prepared.facts);
                PreparedPage { doc, listing_key, facts, fresh: true, html, redlines, source, search }
            }
        })
        .collect();
    PreparedSite { documents, excluded, keeps_pages: matches!(pages, Pages::Kept), sink, listings, selection }
}

/// Sends `files` to `sink`, in parallel; returns how many.
fn send(sink: &dyn PageSink, files: Vec<(PathBuf, Arc<str>)>) -> usize {
    files.par_iter().for_each(|(path, contents)| sink.page(path, contents.as_bytes()));
    files.len()
}

/// Where a document's page is, relative to the output folder.
fn page_path(doc: &Document) -> PathBuf {
    Path::new(&doc.slug).join("index.html")
}

/// The rendered site, ready to be written: every page when the pages are kept in memory, the
/// other pages when the document pages were written as they were rendered.
pub struct Output {
    /// The documents' pages kept in memory, a group per document: path relative to the output
    /// folder → contents.
    pub groups: Vec<cache::PageGroup>,
    /// The other pages kept in memory (the pages that list documents, the legal pages…).
    pub pages: Vec<(PathBuf, Arc<str>)>,
    /// How many pages other than the documents' were sent to the sink rather than kept here.
    pub sent: usize,
    /// The search index, when the pages are kept in memory (it is in the sink otherwise).
    pub search_index: Option<Arc<search::index::LazyIndex>>,
    pub statics: BTreeMap<PathBuf, StaticSource>,
    pub assets: Vec<Asset>,
}

impl Output {
    /// Every page kept in memory.
    pub fn all_pages(&self) -> impl Iterator<Item = &(PathBuf, Arc<str>)> {
        self.groups.iter().flat_map(|group| group.iter()).chain(&self.pages)
    }

    /// How many pages are kept in memory.
    pub fn page_count(&self) -> usize {
        self.groups.iter().map(|group| group.len()).sum::<usize>() + self.pages.len()
    }
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
    url: String,
}

/// The theme ready to render pages: its global context holds the site and its navigation.
pub struct PageRenderer {
    pub theme: Theme,
    site_view: SiteView,
}

impl PageRenderer {
    pub fn new(model: &SiteModel, mut theme: Theme, selection: Selection) -> PageRenderer {
        let site_view = SiteView::new(model);
        let link = |g: Generated, label| NavLink { label, url: g.path().to_string() };
        let mut nav = vec![link(Generated::Home, "Accueil")];
        // The moderation charter and the glossary, the first of their kind in list order.
        let published: Vec<&Document> =
            model.documents.iter().map(|d| &**d).filter(|d| d.is_current() && model.publishes(d, selection)).collect();
        for kind in [Kind::Moderation, Kind::Glossary] {
            if let Some(doc) = listing::in_list_order(&published).into_iter().find(|d| d.kind() == kind) {
                nav.push(NavLink { label: kind.label(), url: doc.url_path() });
            }
        }
        if Generated::Register.is_in(selection) {
            nav.push(link(Generated::Register, "Registre"));
        }
        nav.push(link(Generated::Engagements, "Engagements Qual-e-pref"));
        theme.tera.global_context().insert("site", &site_view);
        theme.tera.global_context().insert("nav", &nav);
        theme.tera.global_context().insert("content_security_policy", CONTENT_SECURITY_POLICY);
        PageRenderer { theme, site_view }
    }

    fn context(&self, depth: usize, title: &str, url: &str) -> Context {
        let mut context = Context::new();
        context.insert("root", &relative_root(depth));
        context.insert("page_title", &format!("{title} — {}", self.site_view.title));
        context.insert("canonical", &format!("{}/{url}", self.site_view.base_url));
        // The page's own address, printed once on paper (`canonical` may point elsewhere).
        context.insert("address", &format!("{}/{url}", self.site_view.base_url));
        context.insert("current", url);
        context
    }

    /// What machines read of the site's documents, written as this theme writes pages.
    fn open_data<'m>(&self, model: &'m SiteModel) -> open_data::Writer<'m> {
        open_data::Writer { base: &model.base.url, typeset: self.theme.typography(), model }
    }

    fn document_context(&self, model: &SiteModel, doc: &Document, view: &DocumentView) -> Context {
        let mut context = self.context(doc.slug.split('/').count(), view.head.title, &view.head.url);
        context.insert("json_ld", &self.open_data(model).json_ld(doc, view));
        if let Some(archive) = &view.archive {
            // An earlier version points search engines to the text in force.
            context.insert("canonical", &format!("{}/{}", self.site_view.base_url, archive.current_url));
            context.insert("noindex", &true);
        }
        context.insert("doc", view);
        context
    }

    fn redline_context(&self, view: &RedlineView) -> Context {
        let depth = view.url.trim_end_matches('/').split('/').count();
        let title = format!("Modifications de la version {} à la version {} — {}", view.older, view.newer, view.title);
        let mut context = self.context(depth, &title, &view.url);
        context.insert("redline", view);
        context
    }

    /// The page that shows a document's file as written.
    fn source_context(&self, reuse: &reuse::ReuseView) -> Context {
        let depth = reuse.page.trim_end_matches('/').split('/').count();
        let mut context = self.context(depth, &format!("Réutiliser ce document — {}", reuse.title), reuse.page);
        // The document's page is the one to find; this one only serves it.
        context.insert("noindex", &true);
        context.insert("source", reuse);
        context
    }

    /// Renders the pages of `doc` (its own, then its redlines'): kept and returned, sent to the
    /// sink (each rendered into `buffer`, used again and again), or not rendered at all.
    fn pages(
        &self,
        model: &SiteModel,
        doc: &Document,
        prepared: &Prepared,
        pages: Pages,
        buffer: &mut Vec<u8>,
    ) -> Result<cache::PageGroup, Diagnostic> {
        if matches!(pages, Pages::Unrendered) {
            // `check` wants the prepared page's diagnostics, not its templates' values.
            return Ok(Arc::new([]));
        }
        let mut contexts = vec![(page_path(doc), "document.html", self.document_context(model, doc, &prepared.view))];
        for redline in &prepared.redlines {
            contexts.push((Path::new(&redline.url).join("index.html"), "redline.html", self.redline_context(redline)));
        }
        let mut kept = Vec::new();
        // The document's file as written, and the page that shows it.
        if let Some(source) = &prepared.view.source {
            let reuse = reuse::ReuseView::new(doc, source);
            contexts.push((Path::new(&source.page).join("index.html"), "source.html", self.source_context(&reuse)));
            match pages {
                Pages::Sent(sink) => sink.page(Path::new(&source.file), doc.file.text.as_bytes()),
                _ => kept.push((PathBuf::from(&source.file), Arc::from(doc.file.text.as_str()))),
            }
        }
        if let Some(css) = doc.print_stylesheet() {
            let stylesheet = theme::render_plain(&self.theme, "print.css", &contexts[0].2)?;
            match pages {
                Pages::Sent(sink) => sink.page(Path::new(&css), stylesheet.as_bytes()),
                _ => kept.push((PathBuf::from(css), Arc::from(stylesheet))),
            }
        }
        for (path, template, context) in contexts {
            match pages {
                Pages::Sent(sink) => {
                    buffer.clear();
                    theme::render_to(&self.theme, template, &context, buffer)?;
                    sink.page(&path, buffer);
                }
                _ => kept.push((path, Arc::from(theme::render(&self.theme, template, &context)?))),
            }
        }
        // The document's JSON, beside its page.
        let json_path = Path::new(&doc.slug).join(open_data::FILE_NAME);
        buffer.clear();
        self.open_data(model).document(&prepared.view, buffer);
        match pages {
            Pages::Sent(sink) => sink.page(&json_path, buffer),
            _ => kept.push((json_path, Arc::from(String::from_utf8_lossy(buffer).as_ref()))),
        }
        Ok(kept.into())
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
    let mut groups = Vec::with_capacity(prepared.documents.len());
    let mut errors = Vec::new();
    for p in &prepared.documents {
        match &p.html {
            Ok(kept) if !kept.is_empty() => groups.push(kept.clone()),
            Ok(_) => {}
            Err(d) => errors.push(d.clone()),
        }
    }
    let mut pages = Vec::new();
    // The pages that list documents list the current ones; earlier versions are in their lines.
    let documents: Vec<&Document> = prepared.documents.iter().map(|p| &**p.doc).filter(|d| d.is_current()).collect();
    let listing_key = prepared.keeps_pages.then(|| {
        let mut hasher = DefaultHasher::new();
        for p in &prepared.documents {
            (&p.doc.slug, p.listing_key).hash(&mut hasher);
        }
        hasher.finish()
    });
    let mut sent = 0;
    match &prepared.listings {
        Some(Ok(count)) => sent += count,
        Some(Err(e)) => errors.extend(e.iter().cloned()),
        None => {}
    }
    let cached_listing = listing_key.and_then(|key| cache.listing(key)).map(<[_]>::to_vec);
    let (listed, index_sent) = rayon::join(
        || match (cached_listing, &prepared.listings) {
            (_, Some(_)) => Ok(Vec::new()),
            (Some(listed), None) => Ok(listed),
            (None, None) => listing_pages(model, &documents, renderer, today, selection),
        },
        // A one-off build writes each file of the index as soon as it is made.
        || {
            let sink = prepared.sink?;
            let records: Vec<&search::DocumentRecords> =
                prepared.documents.iter().filter_map(|p| p.search.as_deref()).collect();
            let count = AtomicUsize::new(0);
            search::index::build(&records, &|path, contents| {
                sink.page(&path, contents.as_bytes());
                count.fetch_add(1, Ordering::Relaxed);
            });
            Some(count.into_inner())
        },
    );
    sent += index_sent.unwrap_or(0);
    match listed {
        Ok(listed) => {
            if let Some(key) = listing_key {
                cache.set_listing(key, listed.clone());
            }
            pages.extend(listed);
        }
        Err(e) => errors.extend(e),
    }
    // Pages kept in memory (`charte serve`) come with an index built when first asked for, and
    // kept while the records are the same.
    let search_index = prepared.keeps_pages.then(|| {
        let records: Vec<Arc<search::DocumentRecords>> =
            prepared.documents.iter().filter_map(|p| p.search.clone()).collect();
        let mut hasher = DefaultHasher::new();
        records.iter().for_each(|r| r.serial().hash(&mut hasher));
        let key = hasher.finish();
        let index = cache.search(key).cloned().unwrap_or_else(|| Arc::new(search::index::LazyIndex::new(records)));
        cache.set_search(key, index.clone());
        index
    });
    if !errors.is_empty() {
        errors.dedup_by(|a, b| a.to_string() == b.to_string());
        return Err(errors);
    }
    for p in prepared.documents.iter().filter(|p| p.fresh) {
        if let (Ok(html), true) = (&p.html, prepared.keeps_pages) {
            cache.insert(
                p.doc.slug.clone(),
                CachedPage {
                    document: p.doc.clone(),
                    listing_key: p.listing_key,
                    facts: p.facts.clone(),
                    html: html.clone(),
                    redlines: p.redlines.clone(),
                    source: p.source.clone(),
                    search: p.search.clone(),
                },
            );
        }
    }
    cache.retain(prepared.documents.iter().map(|p| p.doc.slug.as_str()));
    let assets = model.assets.clone();
    Ok(Output { groups, pages, sent, search_index, statics: renderer.theme.statics.clone(), assets })
}

/// The files for machines that list every document: `documents.json`, the sitemap, `robots.txt`
/// and the review calendar.
fn machine_files(
    model: &SiteModel,
    documents: &[&Document],
    renderer: &PageRenderer,
    today: Date,
    selection: Selection,
) -> Vec<(PathBuf, Arc<str>)> {
    let title = &renderer.site_view.title;
    let file = |g: Generated, text: String| (PathBuf::from(g.file()), Arc::<str>::from(text));
    let mut files = vec![
        file(Generated::Documents, renderer.open_data(model).directory(documents, title, today)),
        file(Generated::Sitemap, sitemap::sitemap(model, documents, selection)),
        file(Generated::Robots, sitemap::robots(model)),
    ];
    if Generated::RegisterCalendar.is_in(selection) {
        files.push(file(Generated::RegisterCalendar, calendar::reviews(model, documents, title, today)));
    }
    files
}

/// What the register's page of the changes of a model between two of its versions, at `url`,
/// shows.
fn model_redline_context(url: &str, redline: ModelRedline, renderer: &PageRenderer) -> Context {
    let mut notes = String::from("<ul>");
    for (version, note) in &redline.notes {
        notes.push_str("<li><strong>Version ");
        highlight::escape(version, &mut notes);
        notes.push_str("</strong> : ");
        highlight::escape(note, &mut notes);
        notes.push_str("</li>");
    }
    notes.push_str("</ul>");
    let view = RedlineView {
        url: url.to_owned(),
        title: &redline.title,
        older: &redline.older,
        newer: &redline.newer,
        older_url: String::new(),
        newer_url: String::new(),
        current_url: Generated::Register.path().to_owned(),
        date: redline.date.map(|d| d.french()).unwrap_or_default(),
        date_iso: redline.date.map(|d| d.iso()).unwrap_or_default(),
        changes_html: notes,
        model: Some(&redline.model),
        comparison: redline.comparison,
    };
    let depth = url.trim_end_matches('/').split('/').count();
    let mut context = renderer.context(
        depth,
        &format!("{} : de la version {} à la version {}", view.title, view.older, view.newer),
        url,
    );
    context.insert("redline", &view);
    context
}

/// The pages that list every document: the home page, the register (page and CSV), the
/// engagement matrix, the site map and the 404 page; the legal pages; and the
/// [`machine_files`].
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
        let mut home = page(0, "", Generated::Home.path());
        home.insert("page_title", &site_view.title);
        home.insert("groups", &listing::audience_groups(documents, model, today));
        vec![render(&Generated::Home.file(), "index.html", home)]
    };
    let register = || {
        if !Generated::Register.is_in(selection) {
            return Vec::new();
        }
        let (groups, counts) = listing::register(documents, model, today);
        let csv = listing::register_csv(&groups, &site_view.base_url);
        let mut register = page(1, "Registre des documents", Generated::Register.path());
        register.insert("groups", &groups);
        register.insert("counts", &counts);
        let forks = listing::forks(documents, model);
        register.insert("forks", &forks);
        register.insert("changes", &listing::latest_changes(documents, model, selection));
        register.insert("today", &today.french());
        let mut pages = vec![
            render(&Generated::Register.file(), "register.html", register),
            Ok((PathBuf::from(Generated::RegisterCsv.file()), Arc::from(csv))),
        ];
        for (url, redline) in listing::model_redlines(&forks, model) {
            let context = model_redline_context(&url, redline, renderer);
            pages.push(render(&format!("{url}index.html"), "redline.html", context));
        }
        pages
    };
    let matrix = || {
        let mut matrix = page(1, "Engagements Qual-e-pref", Generated::Engagements.path());
        matrix.insert("matrix", &listing::engagement_matrix(documents, model, today, selection));
        let mut not_found = page(0, "Page introuvable", Generated::NotFound.path());
        not_found.insert("root", &format!("{}/", model.base.path));
        not_found.insert("canonical", "");
        let excluded = |slug: &str| !model.page(slug).is_some_and(|d| model.publishes(d, selection));
        let atom = feed::atom(model, documents, &site_view.title, today, &excluded);
        vec![
            render(&Generated::Engagements.file(), "engagements.html", matrix),
            render(&Generated::NotFound.file(), "404.html", not_found),
            Ok((PathBuf::from(Generated::Feed.file()), Arc::from(atom))),
        ]
    };
    // The pages French law requires of a public site, and the site map.
    let legal = || {
        let mut pages = Vec::with_capacity(5);
        for (generated, title, template) in [
            (Generated::Accessibility, "Déclaration d'accessibilité", "accessibility.html"),
            (Generated::LegalNotice, "Mentions légales", "legal-notice.html"),
            (Generated::Privacy, "Données personnelles", "privacy.html"),
            (Generated::SiteMap, "Plan du site", "site-map.html"),
            (Generated::Search, "Rechercher", "search.html"),
        ] {
            let mut context = page(1, title, generated.path());
            if generated == Generated::SiteMap {
                context.insert("groups", &listing::audience_groups(documents, model, today));
                let link = |g: Generated, label| NavLink { label, url: g.path().to_string() };
                let mut others = vec![link(Generated::Home, "Accueil")];
                if Generated::Register.is_in(selection) {
                    others.push(link(Generated::Register, "Registre des documents"));
                }
                others.extend([
                    link(Generated::Engagements, "Engagements Qual-e-pref"),
                    link(Generated::Accessibility, "Déclaration d'accessibilité"),
                    link(Generated::LegalNotice, "Mentions légales"),
                    link(Generated::Privacy, "Données personnelles"),
                    link(Generated::Search, "Rechercher dans les documents"),
                ]);
                context.insert("others", &others);
            }
            pages.push(render(&generated.file(), template, context));
        }
        pages
    };
    let (home, (register, (matrix, legal))) =
        rayon::join(home, || rayon::join(register, || rayon::join(matrix, legal)));
    let mut pages = Vec::with_capacity(16);
    pages.extend(machine_files(model, documents, renderer, today, selection));
    let mut errors = Vec::new();
    for page in home.into_iter().chain(register).chain(matrix).chain(legal) {
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
