//! Site-wide checks: two documents on one address, and documents on an address the generator
//! keeps for its own pages.

use crate::model::address::is_reserved;
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
                    format!("this document and {} would both be published at /{}/", first.display(), doc.slug),
                )
                .with_help("rename one of the two files"),
            );
        }
        if is_reserved(&doc.slug) {
            out.push(
                Diagnostic::about_file(
                    Code::ReservedUrl,
                    doc.file.display.clone(),
                    format!("/{}/ is an address charte keeps for its own pages", doc.slug),
                )
                .with_help("rename the file"),
            );
        }
    }
}
