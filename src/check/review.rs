//! The annual review (Qual-e-pref engagement 20.3): overdue reviews are warnings, reviews due
//! within `warn_days` are notices, archived documents are exempt, and a document that cites 20.3
//! must say when it was last reviewed.

use super::at;
use crate::diagnostics::{Diagnostic, Severity};
use crate::model::date::Date;
use crate::model::document::{Document, ReviewState, Status};
use crate::model::site::ReviewDefaults;

pub fn check(doc: &Document, defaults: &ReviewDefaults, today: Date, out: &mut Vec<Diagnostic>) {
    if doc.status() == Status::Archived {
        return;
    }
    if doc.fields.review.is_none() {
        if let Some(cited) = doc.fields.engagements.iter().find(|e| e.as_str() == "20.3") {
            out.push(
                at(
                    doc,
                    cited,
                    "review-missing",
                    "this document answers engagement 20.3 (annual review) but has no `review`".into(),
                )
                .with_help("add `review: { last: YYYY-MM-DD }` with the date of the last review"),
            );
        }
    }
    let last = doc.fields.review.as_ref().and_then(|r| r.last.as_ref());
    if let Some(last) = last {
        if **last > today {
            out.push(
                at(doc, last, "review-future", format!("the last review is dated {}, after today", last.iso()))
                    .with_help("`review.last` is the date of a review that took place"),
            );
        }
    }
    let Some((due, state)) = doc.review_state(defaults, today) else { return };
    let anchor = match (last, doc.fields.approval.as_ref().and_then(|a| a.validated_by.as_ref())) {
        (Some(last), _) => last,
        (None, Some(validated)) => &validated.date,
        (None, None) => return,
    };
    let (severity, code, message) = match state {
        ReviewState::UpToDate => return,
        ReviewState::DueSoon => (
            Severity::Notice,
            "review-due-soon",
            format!("the review is due on {} ({} days from now)", due.iso(), today.days_until(due)),
        ),
        ReviewState::Overdue => (
            Severity::Warning,
            "review-overdue",
            format!("the review was due on {} ({} days ago)", due.iso(), due.days_until(today)),
        ),
    };
    let mut d = at(doc, anchor, code, message)
        .with_help("review the document, then set `review.last` to the date of the review (and record a new version if it changed)");
    d.severity = severity;
    out.push(d);
}
