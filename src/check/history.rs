//! The version history: newest entry first, no date in the future, no version twice, and the
//! document's `version` equal to the newest entry's.

use std::collections::HashMap;

use crate::model::document::Document;
use crate::schema::date::Date;
use crate::source::{Code, Diagnostic};

pub fn check(doc: &Document, today: Date, out: &mut Vec<Diagnostic>) {
    let history = &doc.fields.history;
    for pair in history.windows(2) {
        if *pair[1].date > *pair[0].date {
            out.push(
                doc.file
                    .at(
                        Code::HistoryOrder,
                        &pair[1].date,
                        format!(
                            "version {} ({}) is listed after version {} ({}), which is older",
                            pair[1].version.as_str(),
                            pair[1].date.iso(),
                            pair[0].version.as_str(),
                            pair[0].date.iso()
                        ),
                    )
                    .with_help("list the history from the newest version to the oldest"),
            );
        }
    }
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for entry in history {
        if *entry.date > today {
            out.push(
                doc.file
                    .at(
                        Code::HistoryFuture,
                        &entry.date,
                        format!("version {} is dated {}, after today", entry.version.as_str(), entry.date.iso()),
                    )
                    .with_help("the history records published versions: correct the date"),
            );
        }
        if let Some(first) = seen.insert(entry.version.as_str(), entry.version.position().0) {
            out.push(
                doc.file
                    .at(
                        Code::DuplicateVersion,
                        &entry.version,
                        format!("version {} is already in the history on line {first}", entry.version.as_str()),
                    )
                    .with_help("give each version one entry"),
            );
        }
    }
    let Some(newest) = history.first() else { return };
    match &doc.fields.version {
        Some(version) if version.as_str() != newest.version.as_str() => out.push(
            doc.file
                .at(
                    Code::HistoryVersion,
                    version,
                    format!(
                        "the document says version {} but its newest history entry is version {}",
                        version.as_str(),
                        newest.version.as_str()
                    ),
                )
                .with_help("add a history entry for this version, or correct `version`"),
        ),
        Some(_) => {}
        None => out.push(
            doc.file
                .at(
                    Code::HistoryVersion,
                    &doc.title,
                    format!("`version` is missing; the newest history entry is version {}", newest.version.as_str()),
                )
                .with_help(format!("add `version: \"{}\"`", newest.version.as_str())),
        ),
    }
}
