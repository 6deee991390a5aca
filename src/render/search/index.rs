//! The search index, under `recherche/index/`, in pieces so that a phone downloads only what a
//! query needs:
//!
//! - `meta.json`: `{"format":1,"records":R,"shards":N,"chunks":[0,412,…]}`;
//! - `s/K.json`, the shards: `{"stem":[id,weight,id,weight,…],…}` for the stems whose FNV-1a
//!   hash modulo N is K ([`words::shard_of`]), record ids in increasing order, each written as
//!   its difference from the previous one;
//! - `r/C.json`, the records by chunks of about 32 KB: `[["url","title","context","text"],…]`,
//!   chunk C holding the records from `chunks[C]` on.
//!
//! A query reads `meta.json`, one shard per word, and the chunks of the results it shows.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use super::words;
use super::DocumentRecords;

/// Where the index is written, relative to the output folder.
pub const FOLDER: &str = "recherche/index";
/// The format of the files, which the search script checks.
const FORMAT: u32 = 1;
/// About how many postings a shard holds (some 40 KB of JSON).
const POSTINGS_PER_SHARD: usize = 8_000;
/// The most shards an index has: their numbers fit in a `u16`.
const MAX_SHARDS: usize = 1 << 16;
/// About how many bytes of records a chunk holds.
const CHUNK_BYTES: usize = 32 * 1024;

/// How many shards are made at once: the postings of the others wait, so that the memory they
/// take is a fraction of the whole.
const SHARDS_AT_ONCE: u32 = 32;

/// Builds the files of the index of `documents` (in the order of their records' ids) and hands
/// each to `emit` as soon as it is made, from any thread.
pub fn build(documents: &[&DocumentRecords], emit: &(dyn Fn(PathBuf, Arc<str>) + Sync)) {
    // Record files, and the first record of each.
    let mut chunk_starts = Vec::new();
    let mut chunk = String::new();
    let mut first = 0u32;
    let mut id = 0u32;
    for doc in documents.iter().filter(|d| d.count > 0) {
        if chunk.is_empty() {
            chunk_starts.push(first);
            chunk.push('[');
        } else {
            chunk.push(',');
        }
        chunk.push_str(&doc.json);
        id += doc.count;
        if chunk.len() >= CHUNK_BYTES {
            chunk.push(']');
            emit(record_file(chunk_starts.len() - 1), Arc::from(std::mem::take(&mut chunk)));
            first = id;
        }
    }
    if !chunk.is_empty() {
        chunk.push(']');
        emit(record_file(chunk_starts.len() - 1), Arc::from(chunk));
    }
    let records = id;

    let total: usize = documents.iter().map(|d| d.postings().len()).sum();
    // At most as many shards as a `u16` counts: beyond 500 million postings, shards grow.
    let shard_count = (total / POSTINGS_PER_SHARD + 1).min(MAX_SHARDS) as u32;
    // The shard of every posting, worked out once for all the batches (two bytes each: they
    // are kept until the last batch).
    let shard_of: Vec<Vec<u16>> = documents
        .par_iter()
        .map(|doc| doc.postings().map(|(stem, _, _)| words::shard_of(stem, shard_count) as u16).collect())
        .collect();
    for batch in (0..shard_count).step_by(SHARDS_AT_ONCE as usize) {
        let batch_end = batch.saturating_add(SHARDS_AT_ONCE).min(shard_count);
        // Postings of every stem of these shards, record ids increasing.
        let mut postings: FxHashMap<&str, Vec<u32>> = FxHashMap::default();
        let mut first = 0u32;
        let mut shards: Vec<Vec<&str>> = vec![Vec::new(); (batch_end - batch) as usize];
        for (doc, shard_of) in documents.iter().zip(&shard_of) {
            for ((stem, record, weight), &shard) in doc.postings().zip(shard_of) {
                let shard = u32::from(shard);
                if (batch..batch_end).contains(&shard) {
                    let list = postings.entry(stem).or_default();
                    if list.is_empty() {
                        shards[(shard - batch) as usize].push(stem);
                    }
                    list.extend([first + record, u32::from(weight)]);
                }
            }
            first += doc.count;
        }
        shards.into_par_iter().enumerate().for_each(|(k, mut stems)| {
            stems.sort_unstable();
            let mut json = String::from("{");
            for (n, stem) in stems.iter().enumerate() {
                let list = &postings[stem];
                if n > 0 {
                    json.push(',');
                }
                // A stem is made of letters and digits only: nothing in it needs escaping.
                json.push('"');
                json.push_str(stem);
                json.push_str("\":[");
                let mut previous = 0;
                let mut number = itoa::Buffer::new();
                for (i, pair) in list.chunks_exact(2).enumerate() {
                    if i > 0 {
                        json.push(',');
                    }
                    json.push_str(number.format(pair[0] - previous));
                    json.push(',');
                    json.push_str(number.format(pair[1]));
                    previous = pair[0];
                }
                json.push(']');
            }
            json.push('}');
            emit(PathBuf::from(format!("{FOLDER}/s/{}.json", batch as usize + k)), Arc::from(json));
        });
    }
    let chunks: Vec<String> = chunk_starts.iter().map(u32::to_string).collect();
    let meta = format!(
        "{{\"format\":{FORMAT},\"records\":{records},\"shards\":{shard_count},\"chunks\":[{}]}}",
        chunks.join(",")
    );
    emit(PathBuf::from(format!("{FOLDER}/meta.json")), Arc::from(meta));
}

/// The index of a site that `charte serve` holds in memory, built when it is first asked for:
/// an edit is served as soon as its pages are rendered, and the index follows (the server asks
/// for it at once, on another thread).
pub struct LazyIndex {
    records: Vec<Arc<DocumentRecords>>,
    /// The files by their path in the output folder (`/` between folders), sorted.
    files: OnceLock<Vec<(String, Arc<str>)>>,
}

impl LazyIndex {
    pub fn new(records: Vec<Arc<DocumentRecords>>) -> LazyIndex {
        LazyIndex { records, files: OnceLock::new() }
    }

    /// The files of the index, sorted by path; built by the first call, which the others wait for.
    pub fn files(&self) -> &[(String, Arc<str>)] {
        self.files.get_or_init(|| {
            let records: Vec<&DocumentRecords> = self.records.iter().map(|r| &**r).collect();
            let files = Mutex::new(Vec::new());
            build(&records, &|path, contents| {
                let path = path.to_string_lossy().replace('\\', "/");
                files.lock().unwrap_or_else(PoisonError::into_inner).push((path, contents));
            });
            let mut files = files.into_inner().unwrap_or_else(PoisonError::into_inner);
            files.sort_unstable_by(|a, b| a.0.cmp(&b.0));
            files
        })
    }

    /// The file at `path` (relative to the output folder, `/` between folders).
    pub fn file(&self, path: &str) -> Option<&Arc<str>> {
        let files = self.files();
        files.binary_search_by(|(p, _)| p.as_str().cmp(path)).ok().map(|at| &files[at].1)
    }
}

fn record_file(chunk: usize) -> PathBuf {
    PathBuf::from(format!("{FOLDER}/r/{chunk}.json"))
}
