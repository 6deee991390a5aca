//! Site-wide checks: two documents on one address, and documents on an address the generator
//! keeps for its own pages.

use crate::diagnostics::Diagnostic;
use crate::model::SiteModel;

/// Top-level addresses the generator writes itself.
pub const RESERVED: &[&str] = &["index", "404", "static", "registre", "engagements", "recherche", "sitemap", "atom"];

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
                Diagnostic::file_error(
                    "duplicate-url",
                    doc.file.display.clone(),
                    format!("this document and {} would both be published at /{}/", first.display(), doc.slug),
                )
                .with_help("rename one of the two files"),
            );
        }
        let top = doc.slug.split('/').next().unwrap_or("");
        if RESERVED.contains(&top) || doc.slug.ends_with("/index") {
            out.push(
                Diagnostic::file_error(
                    "reserved-url",
                    doc.file.display.clone(),
                    format!("/{}/ is an address charte keeps for its own pages", doc.slug),
                )
                .with_help("rename the file"),
            );
        }
    }
}
