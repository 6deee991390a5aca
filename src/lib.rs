//! charte: a static site generator for public administrations' social-network charters.
//!
//! The data flows one way: [`load`] (read `content/`, parse YAML with positions) → [`model`]
//! (typed site and documents) → [`check`] (diagnostics) → [`render`] (Markdown, Tera) →
//! [`write`] (swap into the output folder). Under them all, [`i18n`] (the tool's messages in
//! French and English), [`source`] (positions and diagnostics) and [`schema`] (the structures as
//! written); above them, [`build`] runs the pipeline, [`serve`] and [`scaffold`] are commands. No
//! module imports a later step (`tests/layers.rs` checks it).

// Diagnostics travel in `Err` only when the content is broken, never on the fast path.
#![allow(clippy::result_large_err)]

pub mod build;
pub mod check;
#[doc(hidden)]
pub mod fuzzing;
pub mod i18n;
pub mod load;
pub mod model;
pub mod render;
pub mod scaffold;
pub mod schema;
pub mod serve;
pub mod source;
pub mod write;
