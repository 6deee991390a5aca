//! Site-wide checks: two documents on one address, documents on an address the generator keeps
//! for its own pages, and files of `content/` that would overwrite a page or a file of the
//! theme.

use crate::tr;
use std::collections::{HashMap, HashSet};

use crate::model::address::{is_reserved, Generated};
use crate::model::document::{Document, JSON_FILE, SOURCE_FOLDER};
use crate::model::slug::fold;
use crate::model::SiteModel;
use crate::schema::kind::Kind;
use crate::schema::Text;
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
        // A document where another one's source page is.
        let source_of = doc
            .slug
            .strip_suffix(SOURCE_FOLDER)
            .and_then(|p| p.strip_suffix('/'))
            .and_then(|parent| model.page(parent));
        if is_reserved(&doc.slug) || source_of.is_some_and(|parent| parent.is_current()) {
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
    for asset in &model.assets {
        let path = asset.relative.to_string_lossy().replace('\\', "/");
        let taken = if is_document_file(model, &path) {
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

/// Whether a document's page or one of the files beside it is at `path`. A document writes only
/// under its own address, so only the documents at a folder above `path` are asked.
fn is_document_file(model: &SiteModel, path: &str) -> bool {
    path.match_indices('/').filter_map(|(end, _)| model.page(&path[..end])).any(|d| {
        let source = d.source_addresses().into_iter().flat_map(|(page, file)| [format!("{page}index.html"), file]);
        [format!("{}/index.html", d.slug), format!("{}/{JSON_FILE}", d.slug)]
            .into_iter()
            .chain(d.print_stylesheet())
            .chain(source)
            .any(|file| file == path)
    })
}

/// Across the site's glossaries: a term defined in a second glossary, and an alias that is also
/// a term. Glossary links lead to the first definition, and to the term rather than the alias;
/// the other is a warning where it is written.
pub fn check_glossaries(model: &SiteModel, out: &mut Vec<Diagnostic>) {
    let glossaries: Vec<&Document> =
        model.documents.iter().map(|d| &**d).filter(|d| d.kind() == Kind::Glossary && d.is_current()).collect();
    let mut terms: HashMap<String, (&Document, &Text)> = HashMap::new();
    for &doc in &glossaries {
        for term in doc.terms() {
            match terms.get(&fold(&term.term)) {
                // Twice in one glossary: `duplicate-term` says so.
                Some((first, _)) if std::ptr::eq(*first, doc) => {}
                Some((first, text)) => {
                    if !term.term.is_inherited() {
                        let message = tr!(
                            "glossary-conflict-term",
                            term = term.term.as_str(),
                            other = first.file.display.display().to_string(),
                            line = text.position().0
                        );
                        out.push(
                            doc.file
                                .at(Code::GlossaryConflict, &term.term, message)
                                .with_help(tr!("glossary-conflict-help")),
                        );
                    }
                }
                None => {
                    terms.insert(fold(&term.term), (doc, &term.term));
                }
            }
        }
    }
    for &doc in &glossaries {
        for alias in doc.terms().iter().flat_map(|t| &t.aliases).filter(|a| !a.is_inherited()) {
            // `[Like]{lang=en}`: the alias is the words between the brackets.
            let name =
                alias.strip_prefix('[').and_then(|rest| rest.split_once("]{")).map_or(alias.as_str(), |(n, _)| n);
            if let Some((first, text)) = terms.get(&fold(name)) {
                let message = tr!(
                    "glossary-conflict-alias",
                    alias = name,
                    other = first.file.display.display().to_string(),
                    line = text.position().0
                );
                out.push(doc.file.at(Code::GlossaryConflict, alias, message).with_help(tr!("glossary-conflict-help")));
            }
        }
    }
}
