//! Site-wide checks: two documents on one address, documents on an address the generator keeps
//! for its own pages, and files of `content/` that would overwrite a page or a file of the
//! theme.

use crate::tr;
use std::collections::HashSet;

use crate::model::address::{is_reserved, Generated};
use crate::model::SiteModel;
use crate::source::{Code, Diagnostic};

/// The documents are in slug order, so that two on one address are next to each other.
pub fn check_addresses(model: &SiteModel, out: &mut Vec<Diagnostic>) {
    let mut first: Option<&crate::model::document::Document> = None;
    for doc in &model.documents {
        match first {
            Some(f) if f.slug == doc.slug => {}
            _ => first = Some(doc),
        }
        if let Some(first) = first.filter(|f| !std::ptr::eq(*f, &**doc)).map(|f| &f.file.display) {
            out.push(
                Diagnostic::about_file(
                    Code::DuplicateUrl,
                    doc.file.display.clone(),
                    tr!("duplicate-url", other = first, address = format!("/{}/", doc.slug)),
                )
                .with_help(tr!("duplicate-url-help")),
            );
        }
        if is_reserved(&doc.slug) {
            out.push(
                Diagnostic::about_file(
                    Code::ReservedUrl,
                    doc.file.display.clone(),
                    tr!("reserved-url", address = format!("/{}/", doc.slug)),
                )
                .with_help(tr!("reserved-url-help")),
            );
        }
    }
}

/// Files of `content/` copied as they are must not take the place of a document's page, of a
/// page charte writes, or of a static file of the theme (`statics`, relative to the output).
pub fn check_assets<'a>(model: &SiteModel, statics: impl Iterator<Item = &'a str>, out: &mut Vec<Diagnostic>) {
    let statics: HashSet<&str> = statics.collect();
    let pages: HashSet<String> = model
        .documents
        .iter()
        .flat_map(|d| std::iter::once(format!("{}/index.html", d.slug)).chain(d.print_stylesheet()))
        .collect();
    for asset in &model.assets {
        let path = asset.relative.to_string_lossy().replace('\\', "/");
        let taken = if pages.contains(&path) {
            Some(tr!("asset-replaces-page"))
        } else if Generated::ALL.iter().any(|g| g.file() == path) {
            Some(tr!("asset-replaces-generated"))
        } else if statics.contains(path.as_str()) {
            Some(tr!("asset-replaces-static"))
        } else {
            None
        };
        if let Some(what) = taken {
            out.push(
                Diagnostic::about_file(
                    Code::ReservedUrl,
                    std::path::Path::new("content").join(&asset.relative),
                    tr!("asset-replaces", what = what, address = format!("/{path}")),
                )
                .with_help(tr!("asset-replaces-help")),
            );
        }
    }
}
