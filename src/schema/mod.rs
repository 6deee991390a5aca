//! The bottom layer's structures as written: `site.yaml`, a document's fields, the referential,
//! a folder's title, the kinds of document and their table, dates, and the rule for names that become addresses.
//! The loader fills them; the model reads them. Only [`crate::source`] is below.

pub mod date;
pub mod document;
pub mod folder;
pub mod kind;
pub mod library;
pub mod model_ref;
pub mod names;
pub mod referential;
pub mod required;
pub mod site;

/// A text as written in YAML, with the position where it starts.
pub type Text = crate::source::Spanned<String>;
pub mod json_schema;
