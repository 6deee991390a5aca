//! The model charters built into charte (`models/*.md` in the repository), written from the
//! prefectures' and local authorities' documents with variables wherever those had names,
//! accounts or addresses. A document uses one with `extends: "@NAME"`.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

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

/// The built-in model `name` (without `@`), parsed once for the life of the program (so that
/// a document made from it is the same from one build to the next).
pub fn get(name: &str) -> Option<Arc<RawDocument>> {
    parsed().get(name).cloned()
}

fn parsed() -> &'static HashMap<&'static str, Arc<RawDocument>> {
    static PARSED: OnceLock<HashMap<&'static str, Arc<RawDocument>>> = OnceLock::new();
    PARSED.get_or_init(|| {
        all()
            .into_iter()
            .map(|model| {
                let source =
                    Arc::new(SourceFile::new(format!("(built-in model @{})", model.name), model.text.to_owned()));
                let document =
                    load::document(format!("@{}", model.name), source, false).expect("built-in models parse");
                (model.name, Arc::new(document))
            })
            .collect()
    })
}

/// Whether `file` is the text of a built-in model.
pub fn owns(file: &Arc<SourceFile>) -> bool {
    parsed().values().any(|d| Arc::ptr_eq(&d.file, file))
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
