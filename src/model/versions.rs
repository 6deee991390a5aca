//! Versions: the texts of a document's earlier versions (`moderation@1.1.md`, published at
//! `/chartes/moderation/v1.1/`), each document's line of versions from its history, and the
//! redlines between consecutive versions that have a text (`/chartes/moderation/v1.1-2.0/`).

use std::sync::Arc;

use rustc_hash::FxHashMap;

use super::document::Document;
use crate::schema::date::Date;
use crate::schema::document::RawDocument;
use crate::schema::Text;
use crate::source::SourceFile;

/// For each page, the files of its other versions: the current document depends on its earlier
/// versions' files (its redlines show them), an earlier version on the current document's (its
/// banner names the version that replaced it).
pub fn files(documents: &[Arc<RawDocument>]) -> FxHashMap<String, Vec<Arc<SourceFile>>> {
    let current: FxHashMap<&str, &Arc<RawDocument>> =
        documents.iter().filter(|d| d.earlier.is_none()).map(|d| (d.slug.as_str(), d)).collect();
    let mut files: FxHashMap<String, Vec<Arc<SourceFile>>> = FxHashMap::default();
    for earlier in documents.iter().filter(|d| d.earlier.is_some()) {
        if let Some(current) = current.get(earlier.slug.as_str()) {
            files.entry(current.slug.clone()).or_default().push(earlier.file.clone());
            files.entry(earlier.page_slug()).or_default().push(current.file.clone());
        }
    }
    files
}

/// The earlier versions of every document, by the current document's slug.
#[derive(Debug, Default)]
pub struct Versions {
    earlier: FxHashMap<String, Vec<Arc<Document>>>,
}

impl Versions {
    pub fn new(documents: &[Arc<Document>]) -> Versions {
        let mut earlier: FxHashMap<String, Vec<Arc<Document>>> = FxHashMap::default();
        for doc in documents {
            if let Some(of) = &doc.earlier {
                earlier.entry(of.of.clone()).or_default().push(doc.clone());
            }
        }
        Versions { earlier }
    }

    /// The texts of `current`'s earlier versions, in no particular order.
    pub fn earlier_of(&self, current: &str) -> &[Arc<Document>] {
        self.earlier.get(current).map_or(&[], Vec::as_slice)
    }

    /// The line of versions of `doc` (a current document): its history, newest first, each
    /// version with its text and its redline from the version with a text before it.
    pub fn line<'a>(&'a self, doc: &'a Document) -> Vec<VersionEntry<'a>> {
        let earlier = self.earlier_of(&doc.slug);
        let current = doc.fields.version.as_deref();
        let mut entries: Vec<VersionEntry> = doc
            .fields
            .history
            .iter()
            .map(|h| {
                let text = if current == Some(&*h.version) {
                    Some(doc)
                } else {
                    earlier.iter().find(|e| e.earlier.as_ref().is_some_and(|e| e.version == *h.version)).map(|d| &**d)
                };
                VersionEntry { version: &h.version, date: *h.date, changes: &h.changes, text, redline: None }
            })
            .collect();
        // Each version with a text is compared with the next older one that has a text.
        let with_text: Vec<usize> = (0..entries.len()).filter(|&i| entries[i].text.is_some()).collect();
        for pair in with_text.windows(2) {
            let (newer, older) = (pair[0], pair[1]);
            entries[newer].redline = Some(Redline {
                older: entries[older].text.expect("a version with a text"),
                newer: entries[newer].text.expect("a version with a text"),
                slug: redline_slug(&doc.slug, entries[older].version, entries[newer].version),
            });
        }
        entries
    }
}

/// A version of a document, as its history gives it.
#[derive(Debug, Clone)]
pub struct VersionEntry<'a> {
    pub version: &'a Text,
    /// The date it came into force.
    pub date: Date,
    /// Its change note (Markdown).
    pub changes: &'a Text,
    /// Its text, when it is the current one or an earlier version's file holds it.
    pub text: Option<&'a Document>,
    /// What changed from the previous version with a text.
    pub redline: Option<Redline<'a>>,
}

/// Two versions of a document compared.
#[derive(Debug, Clone)]
pub struct Redline<'a> {
    pub older: &'a Document,
    pub newer: &'a Document,
    /// Where the comparison is published, relative to the site, without the final `/`.
    pub slug: String,
}

/// The address of the redline from version `older` to version `newer` of the document at `slug`.
pub fn redline_slug(slug: &str, older: &str, newer: &str) -> String {
    format!("{slug}/v{older}-{newer}")
}
