//! The model charters built into charte (`models/*.md` in the repository), written from the
//! prefectures' and local authorities' documents with variables wherever those had names,
//! accounts or addresses. A document uses one with `extends: "@NAME"`.

use std::sync::Arc;

use include_dir::{include_dir, Dir};

use crate::diagnostics::SourceFile;
use crate::load;
use crate::model::document::RawDocument;

static MODELS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/models");

/// A built-in model: its name (without `@`), its text, and a line saying what it is.
pub struct BuiltIn {
    pub name: &'static str,
    pub text: &'static str,
}

/// Every built-in model, by name.
pub fn all() -> Vec<BuiltIn> {
    let mut models: Vec<BuiltIn> = MODELS
        .files()
        .filter_map(|f| {
            let name = f.path().file_stem()?.to_str()?;
            Some(BuiltIn { name, text: f.contents_utf8()? })
        })
        .collect();
    models.sort_by_key(|m| m.name);
    models
}

/// The built-in model `name` (without `@`), parsed.
pub fn get(name: &str) -> Option<RawDocument> {
    let model = all().into_iter().find(|m| m.name == name)?;
    let source = Arc::new(SourceFile::new(format!("(built-in model @{name})"), model.text.to_owned()));
    let document = load::document(format!("@{name}"), source, false).expect("built-in models parse");
    Some(document)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_model_parses_and_says_what_it_is() {
        let models = all();
        assert!(models.len() >= 5);
        for model in models {
            let doc = get(model.name).unwrap();
            assert!(doc.fields.kind.is_some() && doc.fields.title.is_some(), "{}", model.name);
            assert!(doc.fields.summary.is_some(), "{} needs a summary for `charte init --list`", model.name);
        }
    }
}
