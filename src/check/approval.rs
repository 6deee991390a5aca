//! The validation chain: a validated document names who validated it (and, for a procedure
//! sheet, the quality officer who checked it), and its dates follow each other, none in the
//! future.

use super::at;
use crate::diagnostics::Diagnostic;
use crate::model::date::Date;
use crate::model::document::{Document, Kind, Person, Status};

pub fn check(doc: &Document, today: Date, out: &mut Vec<Diagnostic>) {
    let approval = doc.fields.approval.clone().unwrap_or_default();
    if doc.status() == Status::Validated {
        let status = doc.fields.status.as_ref().expect("a validated document has a status field");
        if approval.validated_by.is_none() {
            out.push(
                at(
                    doc,
                    status,
                    "validation-missing",
                    "this document is `validated` but does not say who validated it".into(),
                )
                .with_help(
                    "add `approval: { validated_by: { name: …, role: …, date: YYYY-MM-DD } }`, or set `status: draft`",
                ),
            );
        }
        if doc.kind() == Kind::Procedure && approval.verified_by.is_none() {
            out.push(
                at(
                    doc,
                    status,
                    "verification-missing",
                    "a validated procedure sheet needs the quality officer's check".into(),
                )
                .with_help("add `approval: { verified_by: { name: …, role: \"Référent qualité\", date: … } }`"),
            );
        }
    }
    let steps: [(&str, &Option<Person>); 3] =
        [("drafted", &approval.drafted_by), ("verified", &approval.verified_by), ("validated", &approval.validated_by)];
    let given: Vec<(&str, &Person)> = steps.iter().filter_map(|(n, p)| p.as_ref().map(|p| (*n, p))).collect();
    for (i, (name, person)) in given.iter().enumerate() {
        if let Some((earlier, before)) = given[..i].iter().rev().find(|(_, p)| *p.date > *person.date) {
            out.push(
                at(
                    doc,
                    &person.date,
                    "approval-order",
                    format!("{name} on {}, before it was {earlier} on {}", person.date.iso(), before.date.iso()),
                )
                .with_help("the chain goes drafted, then verified, then validated: correct the dates"),
            );
        }
        if *person.date > today {
            out.push(
                at(
                    doc,
                    &person.date,
                    "approval-future",
                    format!("{name} on {}, which is after today", person.date.iso()),
                )
                .with_help("a validation chain records what has happened: correct the date"),
            );
        }
    }
}
