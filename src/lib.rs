//! charte: a static site generator for public administrations' social-network charters.
//!
//! The data flows one way: [`load`] (read `content/`, parse YAML with positions) → [`model`]
//! (typed site and documents) → [`check`] (diagnostics) → [`render`] (Markdown, Tera) →
//! [`write`] (swap into the output folder). [`build`] runs the whole pipeline.

// Diagnostics travel in `Err` only when the content is broken, never on the fast path.
#![allow(clippy::result_large_err)]

pub mod build;
pub mod check;
pub mod diagnostics;
pub mod load;
pub mod model;
pub mod render;
pub mod report;
pub mod scaffold;
pub mod serve;
pub mod write;
