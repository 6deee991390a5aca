//! Check: every diagnostic on the content before anything is written — the validation chain,
//! the history, review deadlines, blanks left from a model, fields that belong to another kind,
//! anchors, duplicates, unknown engagements, and (once documents are prepared) internal links.

mod approval;
mod blanks;
pub mod changes;
mod fields;
mod history;
pub mod links;
mod review;
mod unique;

use rayon::prelude::*;

use crate::diagnostics::Diagnostic;
use crate::load::yaml::{position, Spanned};
use crate::model::date::Date;
use crate::model::document::{Document, Status};
use crate::model::SiteModel;

/// Every diagnostic on the model itself (links come later, from [`links::check`]), documents in
/// order.
pub fn check(model: &SiteModel, today: Date) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    let any_validated = model.documents.iter().any(|d| d.status() == Status::Validated);
    blanks::check_site(&model.site, &model.site_file, any_validated, &mut diagnostics);
    let per_document: Vec<Vec<Diagnostic>> = model
        .documents
        .par_iter()
        .map(|doc| {
            let mut out = Vec::new();
            fields::check_document(doc, &model.referential, &mut out);
            approval::check(doc, today, &mut out);
            history::check(doc, today, &mut out);
            review::check(doc, &model.site.review, today, &mut out);
            blanks::check_document(doc, &mut out);
            changes::check(doc, &mut out);
            out
        })
        .collect();
    diagnostics.extend(per_document.into_iter().flatten());
    unique::check_addresses(model, &mut diagnostics);
    diagnostics
}

/// An error at the position of a value of `doc`.
pub(crate) fn at<T>(doc: &Document, value: &Spanned<T>, code: &'static str, message: String) -> Diagnostic {
    let (line, column) = position(value);
    doc.file.error_at(code, line, column, message)
}
