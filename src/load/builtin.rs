//! What charte carries inside the binary and reads like content: the model charters
//! (`models/*.md` in the repository, written from the prefectures' and local authorities'
//! documents with variables wherever those had names, accounts or addresses; a document uses
//! one with `extends: "@NAME"`) and the Qual-e-pref referential. Each is parsed once for the
//! life of the program, so that a document made from a model is the same from one build to the
//! next.

use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

use include_dir::{include_dir, Dir};

use crate::schema::document::RawDocument;
use crate::schema::referential::ReferentialFile;
use crate::source::SourceFile;

static MODELS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/models");
const REFERENTIAL: &str = include_str!("referentiel.yaml");

/// The built-in models, by name (without `@`), in name order.
pub struct Models {
    by_name: BTreeMap<&'static str, Arc<RawDocument>>,
}

impl Models {
    /// The model `name` (without `@`).
    pub fn get(&self, name: &str) -> Option<&Arc<RawDocument>> {
        self.by_name.get(name)
    }

    /// Every model, with its name, in name order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &Arc<RawDocument>)> {
        self.by_name.iter().map(|(name, model)| (*name, model))
    }

    /// Whether `file` is the text of a built-in model.
    pub fn owns(&self, file: &Arc<SourceFile>) -> bool {
        self.by_name.values().any(|d| Arc::ptr_eq(&d.file, file))
    }
}

/// The built-in models.
pub fn models() -> &'static Models {
    static PARSED: OnceLock<Models> = OnceLock::new();
    PARSED.get_or_init(|| {
        let by_name = MODELS
            .files()
            .filter_map(|f| {
                let name = f.path().file_stem()?.to_str()?;
                let source =
                    Arc::new(SourceFile::new(format!("(built-in model @{name})"), f.contents_utf8()?.to_owned()));
                let document = super::document(format!("@{name}"), source, false).expect("built-in models parse");
                Some((name, Arc::new(document)))
            })
            .collect();
        Models { by_name }
    })
}

/// The built-in Qual-e-pref referential.
pub fn referential() -> &'static ReferentialFile {
    static PARSED: OnceLock<ReferentialFile> = OnceLock::new();
    PARSED.get_or_init(|| {
        let source = SourceFile::new("(built-in referentiel.yaml)", REFERENTIAL.to_owned());
        super::yaml::parse(&source, REFERENTIAL).expect("the built-in referential is valid YAML")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_model_parses_and_says_what_it_is() {
        assert!(models().iter().count() >= 5);
        for (name, doc) in models().iter() {
            assert!(doc.fields.kind.is_some() && doc.fields.title.is_some(), "{name}");
            assert!(doc.fields.summary.is_some(), "{name} needs a summary for `charte init --list`");
        }
    }

    #[test]
    fn the_built_in_referential_has_the_seed_engagements() {
        let text = |number: &str| {
            referential().engagements.iter().find(|e| e.number.as_str() == number).map(|e| e.text.to_string())
        };
        assert!(text("19.1").unwrap().starts_with("Nous assurons une publication régulière"));
        assert!(text("20.2").is_some());
        assert!(text("20.3").unwrap().contains("au moins une fois par an"));
    }
}
