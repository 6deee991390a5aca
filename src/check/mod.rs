//! Check: diagnostics on the model before anything is rendered — fields that do not belong to a
//! document's kind, malformed or duplicate anchors, duplicate addresses, unknown engagements.

mod fields;
mod unique;

use crate::diagnostics::Diagnostic;
use crate::model::SiteModel;

/// Every diagnostic the model gives rise to, in document order.
pub fn check(model: &SiteModel) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    for document in &model.documents {
        fields::check_document(document, &model.referential, &mut diagnostics);
    }
    unique::check_addresses(model, &mut diagnostics);
    diagnostics
}
