//! The validation chain: a validated document names who validated it (and, for a procedure
//! sheet, the quality officer who checked it), and its dates follow each other, none in the
//! future.

use crate::model::document::Document;
use crate::schema::date::Date;
use crate::schema::document::{Person, Status};
use crate::source::{Code, Diagnostic};
use crate::tr;

pub fn check(doc: &Document, today: Date, out: &mut Vec<Diagnostic>) {
    let approval = doc.fields.approval.clone().unwrap_or_default();
    if doc.status() == Status::Validated {
        let status = doc.fields.status.as_ref().expect("a validated document has a status field");
        if approval.validated_by.is_none() {
            out.push(
                doc.file
                    .at(Code::ValidationMissing, status, tr!("validation-missing"))
                    .with_help(tr!("validation-missing-help")),
            );
        }
        if doc.kind().spec().needs_verification && approval.verified_by.is_none() {
            out.push(
                doc.file
                    .at(Code::VerificationMissing, status, tr!("verification-missing", kind = doc.kind().as_str()))
                    .with_help(tr!("verification-missing-help")),
            );
        }
    }
    let given: Vec<(&str, &Person)> =
        approval.steps().into_iter().filter_map(|(step, p)| p.map(|p| (step.as_str(), p))).collect();
    for (i, (name, person)) in given.iter().enumerate() {
        if let Some((earlier, before)) = given[..i].iter().rev().find(|(_, p)| *p.date > *person.date) {
            out.push(
                doc.file
                    .at(
                        Code::ApprovalOrder,
                        &person.date,
                        tr!(
                            "approval-order",
                            step = format!("{name}_by"),
                            date = person.date.iso(),
                            earlier = format!("{earlier}_by"),
                            earlier_date = before.date.iso()
                        ),
                    )
                    .with_help(tr!("approval-order-help")),
            );
        }
        if *person.date > today {
            out.push(
                doc.file
                    .at(
                        Code::ApprovalFuture,
                        &person.date,
                        tr!("approval-future", step = format!("{name}_by"), date = person.date.iso()),
                    )
                    .with_help(tr!("approval-future-help")),
            );
        }
    }
}
