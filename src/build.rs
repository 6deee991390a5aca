//! The pipeline end to end: load → model → check → prepare → check links → render → write.
//! `check` stops before rendering; `build` stops there too when anything is an error, so that a
//! failed build writes nothing.

use crate::tr;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::check::links::LinkCache;
use crate::check::summary::Summary;
use crate::check::{self, CheckCache};
use crate::load::LoadCache;
use crate::model::address::Selection;
use crate::model::{ModelCache, SiteModel};
use crate::render::cache::RenderCache;
use crate::render::theme;
use crate::render::{self, Output, PageRenderer, Pages, PreparedSite};
use crate::schema::date::Date;
use crate::source::Diagnostic;
use crate::write::Staging;
use crate::{load, write};

/// Why a command stopped.
pub enum Failure {
    /// Bad usage or an I/O failure outside the content (exit 2).
    Usage(String),
    /// The content has errors (exit 1); the other diagnostics come along.
    Content(Vec<Diagnostic>),
}

impl Failure {
    pub fn exit_code(&self) -> u8 {
        match self {
            Failure::Usage(_) => 2,
            Failure::Content(_) => 1,
        }
    }
}

/// Reads and checks the site at `root`, loads its theme and prepares its documents (taking
/// those `cache` has from it), then hands everything to `then`. Fails only when the site or its
/// theme cannot be read at all.
fn analyse<R>(
    root: &Path,
    today: Date,
    selection: Selection,
    caches: &mut Caches,
    pages: Pages,
    then: impl FnOnce(&SiteModel, &PreparedSite, &PageRenderer, Vec<Diagnostic>, &mut RenderCache) -> R,
) -> Result<R, Failure> {
    if !root.join("content").is_dir() {
        return Err(Failure::Usage(tr!("not-a-site", root = root)));
    }
    let mut timer = Timer::new();
    let changed = caches.changed.take();
    // The theme is read again when a file outside `content/` changed, or when changes are not known.
    let content = root.join("content");
    let theme_may_differ = changed.as_ref().is_none_or(|c| c.iter().any(|p| !p.starts_with(&content)));
    let mut loaded = match changed {
        Some(changed) => load::load_changed(root, &mut caches.load, &changed),
        None => load::load_with(root, &mut caches.load),
    };
    // Only `serve` builds again: a one-off build lets go of the files as soon as it can.
    let one_off = !matches!(pages, Pages::Kept);
    if one_off {
        caches.load = LoadCache::default();
    }
    timer.lap("load");
    let mut diagnostics = std::mem::take(&mut loaded.diagnostics);
    let model = SiteModel::new(loaded, &mut diagnostics, (!one_off).then_some(&mut caches.model));
    let Some(model) = model else {
        return Err(Failure::Content(diagnostics));
    };
    timer.lap("model");
    diagnostics.extend(check::check(&model, today, (!one_off).then_some(&mut caches.check)));
    timer.lap("check");
    let kept_theme = caches.theme.take().filter(|kept| !theme_may_differ && kept.site_text == model.site_file.text);
    let theme = match kept_theme.map_or_else(|| theme::load(root, &model), |kept| Ok(kept.theme)) {
        Ok(theme) => theme,
        Err(errors) => {
            diagnostics.extend(errors);
            return Err(Failure::Content(diagnostics));
        }
    };
    if !one_off {
        caches.theme = Some(ThemeCache { site_text: model.site_file.text.clone(), theme: theme.clone() });
    }
    check::check_assets(&model, theme.static_paths().iter().map(String::as_str), &mut diagnostics);
    let cache = &mut caches.render;
    cache.start(render::site_key(&model, &theme, today, selection));
    timer.lap("theme");
    let renderer = PageRenderer::new(&model, theme, selection);
    let mut prepared = render::prepare(&model, today, selection, &renderer, cache, pages);
    timer.lap("prepare");
    diagnostics.extend(prepared.warnings().cloned());
    let links = (!one_off).then_some(&mut caches.links);
    check::links::check(&model, &prepared.published(&renderer), &mut diagnostics, links);
    if one_off {
        prepared.forget_facts();
    }
    timer.lap("links");
    let result = then(&model, &prepared, &renderer, diagnostics, cache);
    timer.lap("render");
    if one_off {
        // Freeing millions of small values takes a noticeable time at the end of a large build,
        // for nothing the command still needs: it is done on another thread (and the process may
        // end first).
        drop(prepared);
        let garbage = (model, std::mem::take(caches));
        std::thread::spawn(move || drop(garbage));
    }
    Ok(result)
}

/// Prints how long each step took, and the memory then resident, when `CHARTE_TIMINGS` is set,
/// to see where time and memory go.
struct Timer {
    on: bool,
    last: Instant,
}

impl Timer {
    fn new() -> Timer {
        Timer { on: std::env::var_os("CHARTE_TIMINGS").is_some(), last: Instant::now() }
    }

    fn lap(&mut self, step: &str) {
        if self.on {
            // Resident memory, where the system tells it (Linux): pages in the second field.
            let resident = std::fs::read_to_string("/proc/self/statm")
                .ok()
                .and_then(|s| s.split_whitespace().nth(1).and_then(|p| p.parse::<u64>().ok()))
                .map(|pages| format!(", {} MB resident", pages * 4096 / 1_000_000))
                .unwrap_or_default();
            eprintln!("{step:>8}: {:>6.1} ms{resident}", self.last.elapsed().as_secs_f64() * 1000.0);
        }
        self.last = Instant::now();
    }
}

/// A site rendered in memory.
pub struct RenderedSite {
    pub output: Output,
    /// Warnings and notices (a site with errors is not rendered).
    pub diagnostics: Vec<Diagnostic>,
    /// The current documents (earlier versions aside).
    pub documents: usize,
    /// The pages written as they were rendered (not in `output`).
    pub sent: usize,
    /// The documents whose pages were rendered anew rather than taken from the cache.
    pub fresh: Vec<String>,
    /// The path of the site under its host (`/chartes`, or empty), from `base_url`.
    pub base_path: String,
}

/// What is kept from one build to the next under `charte serve`. A build from empty caches is
/// a full build; `tests/serve_props.rs` checks that any sequence of edits rebuilt with warm
/// caches gives the pages and diagnostics of a full build. What invalidates what:
///
/// | cache | keeps, per document | used again while | everything dropped when |
/// |---|---|---|---|
/// | `load` | the file as read and parsed | its modification time and size are the same, and the watcher did not report it | never (files it no longer finds are forgotten) |
/// | `model` | the document merged with its models, variables replaced, and the diagnostics found doing so | its file and its models' files are the very values the loader gave last time (identity, not content) | `site.yaml` changes |
/// | `check` | the document's diagnostics | the model gave back the very same document | the date or the referential changes |
/// | `links` | the page's link diagnostics | the page's facts are the same, no document it links to changed its anchors, appeared or went (and for a page with a broken link, no document appeared or went) | the assets, the static files, the pages left out or the site's address change |
/// | `theme` | (for the whole site) the compiled templates and the static files | no file outside `content/` changed, and `site.yaml` is the same | a change is not known by its path |
/// | `render` | the page's HTML and facts; the listing pages | the model gave back the very same document; the listing pages: what they show of every document has the same fingerprint | `site.yaml`, the referential, the theme, the date or the selection change |
///
/// Identity works because each step hands on the very same `Arc` for an unchanged input, so
/// that an unchanged document is recognised without hashing its text.
#[derive(Default)]
pub struct Caches {
    pub load: LoadCache,
    pub model: ModelCache,
    pub check: CheckCache,
    pub links: LinkCache,
    /// The files created, modified or removed since the last build, when they are known (from a
    /// watcher): the next build reads those alone.
    pub changed: Option<Vec<PathBuf>>,
    pub theme: Option<ThemeCache>,
    pub render: RenderCache,
}

/// The theme of the last build, with the `site.yaml` it was read for (which names the theme and
/// says whether pages get French typography).
pub struct ThemeCache {
    site_text: String,
    theme: theme::Theme,
}

/// Checks and renders the site at `root` in memory; `caches` keep what did not change for the
/// next time.
pub fn render_site(
    root: &Path,
    today: Date,
    selection: Selection,
    caches: &mut Caches,
) -> Result<RenderedSite, Failure> {
    render_into(root, today, selection, caches, Pages::Kept)
}

fn render_into(
    root: &Path,
    today: Date,
    selection: Selection,
    caches: &mut Caches,
    pages: Pages,
) -> Result<RenderedSite, Failure> {
    analyse(root, today, selection, caches, pages, |model, prepared, renderer, diagnostics, cache| {
        if diagnostics.iter().any(Diagnostic::is_error) {
            return Err(Failure::Content(diagnostics));
        }
        let fresh: Vec<String> = prepared.fresh().map(str::to_owned).collect();
        match render::render(model, prepared, renderer, today, selection, cache) {
            Ok(output) => Ok(RenderedSite {
                output,
                diagnostics,
                documents: prepared.documents.iter().filter(|p| p.doc.is_current()).count(),
                sent: if prepared.keeps_pages {
                    0
                } else {
                    prepared.documents.iter().map(|p| 1 + p.redlines.len() + usize::from(p.source.is_some())).sum()
                },
                fresh,
                base_path: model.base.path.clone(),
            }),
            Err(mut errors) => {
                errors.extend(diagnostics);
                Err(Failure::Content(errors))
            }
        }
    })?
}

/// What `charte check` found.
pub struct CheckReport {
    pub diagnostics: Vec<Diagnostic>,
    pub summary: Summary,
}

/// Runs every diagnostic without writing anything. A site whose `site.yaml` cannot be read
/// still gets a report (of that error).
pub fn check(root: &Path, today: Date) -> Result<CheckReport, Failure> {
    let report = analyse(
        root,
        today,
        Selection::ALL,
        &mut Caches::default(),
        Pages::Unrendered,
        |model, _, _, diagnostics, _| CheckReport {
            summary: Summary::new(Some(model), &diagnostics, today),
            diagnostics,
        },
    );
    match report {
        Err(Failure::Content(diagnostics)) => {
            Ok(CheckReport { summary: Summary::new(None, &diagnostics, today), diagnostics })
        }
        other => other,
    }
}

pub struct BuildOptions {
    pub root: PathBuf,
    pub output: Option<PathBuf>,
    pub today: Date,
    pub force: bool,
    pub selection: Selection,
}

/// What a successful build did.
pub struct BuildReport {
    pub output: PathBuf,
    pub documents: usize,
    pub pages: usize,
    /// Warnings and notices (a build with errors fails).
    pub diagnostics: Vec<Diagnostic>,
    pub elapsed: Duration,
}

pub fn build(options: &BuildOptions) -> Result<BuildReport, Failure> {
    let start = Instant::now();
    let root = &options.root;
    let output = options.output.clone().unwrap_or_else(|| root.join("public"));
    let output = write::check_output(root, &output, options.force).map_err(Failure::Usage)?;
    let cannot_write = |e: std::io::Error| Failure::Usage(tr!("cannot-write", path = output, error = e.to_string()));
    let staging = Staging::new(&output).map_err(cannot_write)?;
    let site = render_into(root, options.today, options.selection, &mut Caches::default(), Pages::Sent(&staging))?;
    staging.finish(&site.output).map_err(cannot_write)?;
    Ok(BuildReport {
        output,
        documents: site.documents,
        pages: site.sent + site.output.sent + site.output.page_count(),
        diagnostics: site.diagnostics,
        elapsed: start.elapsed(),
    })
}
