//! The annual review (Qual-e-pref engagement 20.3): overdue reviews are warnings, reviews due
//! within `warn_days` are notices, archived documents are exempt, and a document that cites 20.3
//! must say when it was last reviewed.

use crate::model::document::{Document, ReviewState};
use crate::schema::date::Date;
use crate::schema::document::Status;
use crate::schema::site::{ReviewDefaults, MAX_MONTHS};
use crate::source::{Code, Diagnostic, SourceFile, Spanned};

/// A number outside `range` (the review's period or warning), at its place.
pub fn out_of_range(
    file: &SourceFile,
    value: &Spanned<u32>,
    field: &str,
    range: std::ops::RangeInclusive<u32>,
    unit: &str,
) -> Option<Diagnostic> {
    (!range.contains(value)).then(|| {
        let (min, max) = range.into_inner();
        file.at(Code::InvalidValue, value, format!("`{field}` is {}: expected from {min} to {max} {unit}", **value))
            .with_help(format!("write a number of {unit} from {min} to {max}"))
    })
}

pub fn check(doc: &Document, defaults: &ReviewDefaults, today: Date, out: &mut Vec<Diagnostic>) {
    if let Some(months) = doc.fields.review.as_ref().and_then(|r| r.every_months.as_ref()) {
        out.extend(out_of_range(&doc.file, months, "review.every_months", 1..=MAX_MONTHS, "months"));
    }
    if doc.status() == Status::Archived {
        return;
    }
    if doc.fields.review.is_none() {
        if let Some(cited) = doc.fields.engagements.iter().find(|e| e.as_str() == "20.3") {
            out.push(
                doc.file
                    .at(
                        Code::ReviewMissing,
                        cited,
                        "this document answers engagement 20.3 (annual review) but has no `review`",
                    )
                    .with_help("add `review: { last: YYYY-MM-DD }` with the date of the last review"),
            );
        }
    }
    let last = doc.fields.review.as_ref().and_then(|r| r.last.as_ref());
    if let Some(last) = last {
        if **last > today {
            out.push(
                doc.file
                    .at(Code::ReviewFuture, last, format!("the last review is dated {}, after today", last.iso()))
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
    let (code, message) = match state {
        ReviewState::UpToDate => return,
        ReviewState::DueSoon => (
            Code::ReviewDueSoon,
            format!("the review is due on {} ({} days from now)", due.iso(), today.days_until(due)),
        ),
        ReviewState::Overdue => {
            (Code::ReviewOverdue, format!("the review was due on {} ({} days ago)", due.iso(), due.days_until(today)))
        }
    };
    out.push(doc.file.at(code, anchor, message)
        .with_help("review the document, then set `review.last` to the date of the review (and record a new version if it changed)"));
}
