//! The version history: newest entry first, no date in the future, no version twice, and the
//! document's `version` equal to the newest entry's.

use crate::tr;
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
                        tr!(
                            "history-order",
                            version = pair[1].version.as_str(),
                            date = pair[1].date.iso(),
                            other = pair[0].version.as_str(),
                            other_date = pair[0].date.iso()
                        ),
                    )
                    .with_help(tr!("history-order-help")),
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
                        tr!("history-future", version = entry.version.as_str(), date = entry.date.iso()),
                    )
                    .with_help(tr!("history-future-help")),
            );
        }
        if let Some(first) = seen.insert(entry.version.as_str(), entry.version.position().0) {
            out.push(
                doc.file
                    .at(
                        Code::DuplicateVersion,
                        &entry.version,
                        tr!("history-duplicate", version = entry.version.as_str(), first = first),
                    )
                    .with_help(tr!("history-duplicate-help")),
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
                    tr!("history-version", version = version.as_str(), newest = newest.version.as_str()),
                )
                .with_help(tr!("history-version-help")),
        ),
        Some(_) => {}
        None => out.push(
            doc.file
                .at(Code::HistoryVersion, &doc.title, tr!("history-version-missing", newest = newest.version.as_str()))
                .with_help(tr!("history-version-missing-help", newest = newest.version.as_str())),
        ),
    }
}
