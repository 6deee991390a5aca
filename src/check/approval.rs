//! The validation chain: a validated document names who validated it (and, for a procedure
//! sheet, the quality officer who checked it), and its dates follow each other, none in the
//! future.

use crate::model::document::Document;
use crate::schema::date::Date;
use crate::schema::document::{Person, Status};
use crate::source::{Code, Diagnostic};

pub fn check(doc: &Document, today: Date, out: &mut Vec<Diagnostic>) {
    let approval = doc.fields.approval.clone().unwrap_or_default();
    if doc.status() == Status::Validated {
        let status = doc.fields.status.as_ref().expect("a validated document has a status field");
        if approval.validated_by.is_none() {
            out.push(
                doc.file.at(Code::ValidationMissing, status,
                    "this document is `validated` but does not say who validated it",
                )
                .with_help(
                    "add `approval: { validated_by: { name: …, role: …, date: YYYY-MM-DD } }`, or set `status: draft`",
                ),
            );
        }
        if doc.kind().spec().needs_verification && approval.verified_by.is_none() {
            out.push(
                doc.file
                    .at(
                        Code::VerificationMissing,
                        status,
                        format!("a validated {} needs the quality officer's check", doc.kind().as_str()),
                    )
                    .with_help("add `approval: { verified_by: { name: …, role: \"Référent qualité\", date: … } }`"),
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
                        format!("{name} on {}, before it was {earlier} on {}", person.date.iso(), before.date.iso()),
                    )
                    .with_help("the chain goes drafted, then verified, then validated: correct the dates"),
            );
        }
        if *person.date > today {
            out.push(
                doc.file
                    .at(
                        Code::ApprovalFuture,
                        &person.date,
                        format!("{name} on {}, which is after today", person.date.iso()),
                    )
                    .with_help("a validation chain records what has happened: correct the date"),
            );
        }
    }
}
