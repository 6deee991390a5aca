//! Render: every page of the site as HTML, in parallel — each document at its address, the
//! home page and the 404 page — from the theme's Tera templates and the views of [`view`].

pub mod markdown;
pub mod slug;
pub mod theme;
pub mod view;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use tera::Context;

use crate::diagnostics::Diagnostic;
use crate::load::Asset;
use crate::model::date::Date;
use crate::model::SiteModel;
use theme::{StaticSource, Theme};
use view::{audience_groups, DocumentView, SiteView};

/// The whole rendered site, in memory, ready to be written.
pub struct Output {
    /// Path relative to the output folder → bytes.
    pub pages: Vec<(PathBuf, String)>,
    pub statics: BTreeMap<PathBuf, StaticSource>,
    pub assets: Vec<Asset>,
}

/// `../` once per folder between a page and the site's root, so that links work wherever the
/// site is served from (and from the file system).
fn relative_root(depth: usize) -> String {
    "../".repeat(depth)
}

/// Renders every page; `today` places review deadlines.
pub fn render(root: &Path, model: &SiteModel, today: Date) -> Result<Output, Vec<Diagnostic>> {
    let mut theme = theme::load(root, &model.site)?;
    let site_view = SiteView::new(&model.site);
    theme.tera.global_context().insert("site", &site_view);
    let theme: &Theme = &theme;

    let rendered: Vec<Result<(PathBuf, String), Diagnostic>> = model
        .documents
        .par_iter()
        .map(|doc| {
            let view = DocumentView::new(doc, model, today);
            let depth = doc.slug.split('/').count();
            let mut context = Context::new();
            context.insert("root", &relative_root(depth));
            context.insert("page_title", &format!("{} — {}", view.title, site_view.title));
            context.insert("canonical", &format!("{}/{}", site_view.base_url, view.url));
            context.insert("doc", &view);
            let html = theme::render(theme, "document.html", &context)?;
            Ok((Path::new(&doc.slug).join("index.html"), html))
        })
        .collect();

    let mut pages = Vec::with_capacity(rendered.len() + 2);
    let mut errors = Vec::new();
    for r in rendered {
        match r {
            Ok(page) => pages.push(page),
            Err(d) => errors.push(d),
        }
    }

    let mut home = Context::new();
    home.insert("root", "");
    home.insert("page_title", &site_view.title);
    home.insert("canonical", &format!("{}/", site_view.base_url));
    home.insert("groups", &audience_groups(&model.documents));
    match theme::render(theme, "index.html", &home) {
        Ok(html) => pages.push((PathBuf::from("index.html"), html)),
        Err(d) => errors.push(d),
    }

    let mut not_found = Context::new();
    not_found.insert("root", &format!("{}/", model.site.base_path()));
    not_found.insert("canonical", "");
    not_found.insert("page_title", &format!("Page introuvable — {}", site_view.title));
    match theme::render(theme, "404.html", &not_found) {
        Ok(html) => pages.push((PathBuf::from("404.html"), html)),
        Err(d) => errors.push(d),
    }

    if !errors.is_empty() {
        errors.dedup_by(|a, b| a.to_string() == b.to_string());
        return Err(errors);
    }
    Ok(Output {
        pages,
        statics: theme.statics.clone(),
        assets: model.assets.clone(),
    })
}
