//! Site-wide checks: two documents on one address, and documents on an address the generator
//! keeps for its own pages.

use std::collections::HashMap;

use crate::diagnostics::Diagnostic;
use crate::model::SiteModel;

/// Top-level addresses the generator writes itself.
pub const RESERVED: &[&str] = &["index", "404", "static", "registre", "engagements", "recherche", "sitemap", "atom"];

pub fn check_addresses(model: &SiteModel, out: &mut Vec<Diagnostic>) {
    let mut by_url: HashMap<&str, &std::path::Path> = HashMap::new();
    for doc in &model.documents {
        if let Some(first) = by_url.insert(doc.slug.as_str(), &doc.file.display) {
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
