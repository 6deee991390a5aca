//! The annual review (Qual-e-pref engagement 20.3): overdue reviews are warnings, reviews due
//! within `warn_days` are notices, archived documents are exempt, and a document that cites 20.3
//! must say when it was last reviewed.

use crate::model::document::{Document, ReviewState};
use crate::schema::date::Date;
use crate::schema::document::Status;
use crate::schema::site::{ReviewDefaults, MAX_MONTHS};
use crate::source::{Code, Diagnostic, SourceFile, Spanned};
use crate::tr;

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
        file.at(
            Code::InvalidValue,
            value,
            tr!("range-out", field = field, value = **value, min = min, max = max, unit = unit),
        )
        .with_help(tr!("range-out-help", min = min, max = max, unit = unit))
    })
}

pub fn check(doc: &Document, defaults: &ReviewDefaults, today: Date, out: &mut Vec<Diagnostic>) {
    if let Some(months) = doc.fields.review.as_ref().and_then(|r| r.every_months.as_ref()) {
        out.extend(out_of_range(&doc.file, months, "review.every_months", 1..=MAX_MONTHS, &tr!("unit-months")));
    }
    if doc.status() == Status::Archived {
        return;
    }
    if doc.fields.review.is_none() {
        if let Some(cited) = doc.fields.engagements.iter().find(|e| e.as_str() == "20.3") {
            out.push(
                doc.file.at(Code::ReviewMissing, cited, tr!("review-missing")).with_help(tr!("review-missing-help")),
            );
        }
    }
    let last = doc.fields.review.as_ref().and_then(|r| r.last.as_ref());
    if let Some(last) = last {
        if **last > today {
            out.push(
                doc.file
                    .at(Code::ReviewFuture, last, tr!("review-future", date = last.iso()))
                    .with_help(tr!("review-future-help")),
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
        ReviewState::DueSoon => {
            (Code::ReviewDueSoon, tr!("review-due-soon", date = due.iso(), days = today.days_until(due)))
        }
        ReviewState::Overdue => {
            (Code::ReviewOverdue, tr!("review-overdue", date = due.iso(), days = due.days_until(today)))
        }
    };
    out.push(doc.file.at(code, anchor, message).with_help(tr!("review-due-help")));
}
