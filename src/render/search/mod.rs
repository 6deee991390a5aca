//! Search: what each document gives the search index — its records: the document itself (title,
//! summary, the text before its first heading), each section of its body, each rule, question
//! and glossary term, each at its own anchor — and the index built from the records of every
//! document of the build ([`index`]), read by the search page's script.

pub mod index;
pub mod text;
pub mod words;

use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};

use std::hash::BuildHasher;

use rustc_hash::FxHashMap;

use super::view::DocumentView;
use crate::model::document::Document;
use words::Stemmer;

/// How much of a record's text the index keeps for the excerpt of a result (in bytes, about
/// 100 words): every word is searched, the first ones are shown.
const EXCERPT_BYTES: usize = 600;

/// Extra weight of a word in a record's title.
const TITLE_WEIGHT: u8 = 5;
/// The most a word's repetitions in a record's text count for.
const MAX_TEXT_WEIGHT: u8 = 5;

/// One search result as the page shows it: where it leads, its title, what it is part of, and
/// its text (for the excerpt).
struct Record {
    /// Site-relative address with its anchor: `chartes/moderation/#publicite`.
    url: String,
    title: String,
    /// The document and its kind, for a record inside a document: `Charte de modération — Règle 3`.
    context: String,
    text: String,
}

/// The records of one document, ready for the index: their JSON (one array per record, joined by
/// commas) and the stems of each record with their weights.
pub struct DocumentRecords {
    /// Unique to these records in the process, so that the index built from them can be kept.
    serial: u64,
    /// `["url","title","context","text"],[…]`: pasted as is into the index's record files.
    pub json: String,
    pub count: u32,
    /// Every stem of the records, each once, one after the other; `entries` point into it.
    stems: String,
    /// The stems of each record, record after record.
    entries: Vec<Entry>,
}

/// A stem of a record, in 8 bytes (a document has millions of them at 10 000 documents).
#[derive(Clone, Copy)]
struct Entry {
    /// Where the stem is in [`DocumentRecords::stems`].
    start: u32,
    len: u8,
    weight: u8,
    /// The record's number in its document.
    record: u16,
}

/// The most records a document gives: a record's number holds in 16 bits.
const MAX_RECORDS: usize = u16::MAX as usize;

/// The beginning of `text` shown in results: all of it when short, else its first words up to
/// [`EXCERPT_BYTES`] and an ellipsis.
fn excerpt_text(text: &str) -> std::borrow::Cow<'_, str> {
    if text.len() <= EXCERPT_BYTES {
        return text.into();
    }
    let mut end = EXCERPT_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let cut = text[..end].rfind(' ').unwrap_or(end);
    format!("{}\u{a0}…", text[..cut].trim_end()).into()
}

/// Counts the stems of a document's records, writing each stem once for the document.
#[derive(Default)]
struct Counter {
    stems: String,
    entries: Vec<Entry>,
    /// The document's stems by their hash → where the stem is, and its entry in the last record
    /// that has it.
    seen: FxHashMap<u64, (u32, u8, usize)>,
    record: u16,
}

impl Counter {
    /// The weight of `stem` in the current record, 0 when first met there; `None` for a stem too
    /// long to note (more than 255 bytes) or a document too large.
    fn weight(&mut self, stem: &str) -> Option<&mut u8> {
        let hash = rustc_hash::FxBuildHasher.hash_one(stem);
        let (stems, entries, record) = (&mut self.stems, &mut self.entries, self.record);
        let found = self
            .seen
            .get_mut(&hash)
            .filter(|(start, len, _)| stems.get(*start as usize..*start as usize + usize::from(*len)) == Some(stem));
        let at = match found {
            Some((_, _, at)) if entries[*at].record == record => *at,
            Some((start, len, at)) => {
                entries.push(Entry { start: *start, len: *len, weight: 0, record });
                *at = entries.len() - 1;
                *at
            }
            None => {
                let (Ok(start), Ok(len)) = (u32::try_from(stems.len()), u8::try_from(stem.len())) else {
                    return None;
                };
                stems.push_str(stem);
                entries.push(Entry { start, len, weight: 0, record });
                self.seen.insert(hash, (start, len, entries.len() - 1));
                entries.len() - 1
            }
        };
        Some(&mut entries[at].weight)
    }
}

impl DocumentRecords {
    /// The records of `doc` from its prepared view.
    pub fn new(doc: &Document, view: &DocumentView) -> DocumentRecords {
        let title = view.head.title;
        let url = &view.head.url;
        let inside = |what: String| format!("{title} — {what}");
        let mut records = Vec::new();
        let parts = text::sections(&view.body_html);
        let mut head = String::new();
        if let Some(summary) = view.head.summary {
            head.push_str(summary);
        }
        for value in
            [view.cartouche.as_ref().and_then(|c| c.reference), view.cartouche.as_ref().and_then(|c| c.service)]
                .into_iter()
                .flatten()
        {
            head.push(' ');
            head.push_str(value);
        }
        if let Some(before) = parts.first().filter(|p| p.heading.is_none()) {
            head.push(' ');
            text::append_text(before.html, &mut head);
        }
        records.push(Record {
            url: url.clone(),
            title: title.to_owned(),
            context: doc.kind().label().to_owned(),
            text: head.trim().to_owned(),
        });
        for part in &parts {
            if let Some((id, heading)) = part.heading {
                records.push(Record {
                    url: format!("{url}#{id}"),
                    title: text::text(heading),
                    context: title.to_owned(),
                    text: text::text(part.html),
                });
            }
        }
        for rule in &view.rules {
            records.push(Record {
                url: format!("{url}#{}", rule.id),
                title: rule.title.to_owned(),
                context: inside(format!("Règle {}", rule.number)),
                text: text::text(&rule.body_html),
            });
        }
        for question in &view.faq {
            records.push(Record {
                url: format!("{url}#{}", question.id),
                title: question.question.to_owned(),
                context: inside("Question fréquente".to_owned()),
                text: text::text(&question.answer_html),
            });
        }
        for term in view.term_groups.iter().flat_map(|g| &g.terms) {
            let mut title = term.term.to_owned();
            if let Some(abbr) = term.abbr {
                title = format!("{title} ({abbr})");
            }
            let mut definition = text::text(&term.definition_html);
            if !term.aliases.is_empty() {
                let aliases: Vec<&str> = term.aliases.iter().map(|a| a.name).collect();
                definition.push_str(&format!(" Synonymes\u{a0}: {}.", aliases.join(", ")));
            }
            records.push(Record {
                url: format!("{url}#{}", term.id),
                title,
                context: inside("Glossaire".to_owned()),
                text: definition,
            });
        }
        DocumentRecords::from_records(&records)
    }

    fn from_records(records: &[Record]) -> DocumentRecords {
        thread_local! {
            /// One stemmer per thread, from document to document: it remembers the site's words.
            static STEMMER: RefCell<Stemmer> = RefCell::default();
        }
        STEMMER.with_borrow_mut(|stemmer| DocumentRecords::with_stemmer(records, stemmer))
    }

    fn with_stemmer(records: &[Record], stemmer: &mut Stemmer) -> DocumentRecords {
        let records = &records[..records.len().min(MAX_RECORDS)];
        let mut json = String::new();
        let mut counter = Counter::default();
        for (n, record) in records.iter().enumerate() {
            if n > 0 {
                json.push(',');
            }
            // Serialising four strings cannot fail.
            let shown = excerpt_text(&record.text);
            json.push_str(
                &serde_json::to_string(&[record.url.as_str(), &record.title, &record.context, &shown])
                    .unwrap_or_default(),
            );
            let first = counter.entries.len();
            counter.record = u16::try_from(n).unwrap_or(u16::MAX);
            stemmer.for_each_stem(&record.text, |stem| {
                if let Some(w) = counter.weight(stem) {
                    *w = w.saturating_add(1);
                }
            });
            for entry in &mut counter.entries[first..] {
                entry.weight = entry.weight.min(MAX_TEXT_WEIGHT);
            }
            stemmer.for_each_stem(&record.title, |stem| {
                if let Some(w) = counter.weight(stem).filter(|w| **w <= MAX_TEXT_WEIGHT) {
                    *w += TITLE_WEIGHT;
                }
            });
        }
        static SERIAL: AtomicU64 = AtomicU64::new(0);
        let serial = SERIAL.fetch_add(1, Ordering::Relaxed);
        let Counter { mut stems, mut entries, .. } = counter;
        // Kept until the index is built, for every document: no room to spare.
        json.shrink_to_fit();
        stems.shrink_to_fit();
        entries.shrink_to_fit();
        DocumentRecords { serial, json, count: u32::try_from(records.len()).unwrap_or(u32::MAX), stems, entries }
    }

    pub fn serial(&self) -> u64 {
        self.serial
    }

    /// Each stem of the records with its record's number in the document and its weight.
    pub(super) fn postings(&self) -> impl ExactSizeIterator<Item = (&str, u32, u8)> {
        self.entries.iter().map(|e| {
            (&self.stems[e.start as usize..e.start as usize + usize::from(e.len)], u32::from(e.record), e.weight)
        })
    }
}
