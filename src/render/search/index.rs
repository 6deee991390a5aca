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

use std::fmt::Write;
use std::path::PathBuf;
use std::sync::Arc;

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
/// About how many bytes of records a chunk holds.
const CHUNK_BYTES: usize = 32 * 1024;

/// The files of the index of `documents` (in the order of their records' ids).
pub fn build(documents: &[&DocumentRecords]) -> Vec<(PathBuf, Arc<str>)> {
    let mut files = Vec::new();
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
            files.push((record_file(chunk_starts.len() - 1), Arc::from(std::mem::take(&mut chunk))));
            first = id;
        }
    }
    if !chunk.is_empty() {
        chunk.push(']');
        files.push((record_file(chunk_starts.len() - 1), Arc::from(chunk)));
    }
    let records = id;

    // Postings of every stem, record ids increasing.
    let mut postings: FxHashMap<&str, Vec<u32>> = FxHashMap::default();
    let mut first = 0u32;
    let mut total = 0usize;
    for doc in documents {
        for (stem, record, weight) in doc.postings() {
            postings.entry(stem).or_default().extend([first + record, u32::from(weight)]);
            total += 1;
        }
        first += doc.count;
    }
    let shard_count = u32::try_from(total / POSTINGS_PER_SHARD + 1).unwrap_or(u32::MAX);
    let mut shards: Vec<Vec<(&str, &Vec<u32>)>> = vec![Vec::new(); shard_count as usize];
    for (stem, list) in &postings {
        shards[words::shard_of(stem, shard_count) as usize].push((stem, list));
    }
    let shard_files: Vec<(PathBuf, Arc<str>)> = shards
        .into_par_iter()
        .enumerate()
        .map(|(k, mut stems)| {
            stems.sort_unstable_by_key(|(stem, _)| *stem);
            let mut json = String::from("{");
            for (n, (stem, list)) in stems.iter().enumerate() {
                if n > 0 {
                    json.push(',');
                }
                // A stem is made of letters and digits only: nothing in it needs escaping.
                let _ = write!(json, "\"{stem}\":[");
                let mut previous = 0;
                for (i, pair) in list.chunks_exact(2).enumerate() {
                    let sep = if i > 0 { "," } else { "" };
                    let _ = write!(json, "{sep}{},{}", pair[0] - previous, pair[1]);
                    previous = pair[0];
                }
                json.push(']');
            }
            json.push('}');
            (PathBuf::from(format!("{FOLDER}/s/{k}.json")), Arc::from(json))
        })
        .collect();
    files.extend(shard_files);
    let chunks: Vec<String> = chunk_starts.iter().map(u32::to_string).collect();
    let meta = format!(
        "{{\"format\":{FORMAT},\"records\":{records},\"shards\":{shard_count},\"chunks\":[{}]}}",
        chunks.join(",")
    );
    files.push((PathBuf::from(format!("{FOLDER}/meta.json")), Arc::from(meta)));
    files
}

fn record_file(chunk: usize) -> PathBuf {
    PathBuf::from(format!("{FOLDER}/r/{chunk}.json"))
}
