//! What charte carries inside the binary and reads like content: the model charters
//! (`models/*.md` in the repository, written from the prefectures' and local authorities'
//! documents with variables wherever those had names, accounts or addresses; a document uses
//! one with `extends: "@NAME@VERSION"`, and `models/NAME@VERSION.md` holds the text of an earlier
//! version, as in a site) and the Qual-e-pref referential. Each is parsed once for the
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

/// The models a site can extend, by name (without `@`), in name order: the built-in ones
/// (`etat-moderation`), and those of the site's model libraries under the library's name
/// (`sig/moderation`, see [`super::library`]).
#[derive(Clone, Default)]
pub struct Models {
    by_name: BTreeMap<String, Arc<RawDocument>>,
    /// The texts of their earlier versions, by name and version.
    earlier: BTreeMap<String, BTreeMap<String, Arc<RawDocument>>>,
}

impl Models {
    /// The model `name` (without `@`), as it is now.
    pub fn get(&self, name: &str) -> Option<&Arc<RawDocument>> {
        self.by_name.get(name)
    }

    /// Version `version` of the model `name`: the model as it is now, or the text of an
    /// earlier version.
    pub fn at_version(&self, name: &str, version: &str) -> Option<&Arc<RawDocument>> {
        let current = self.get(name)?;
        if current.fields.version.as_ref().is_some_and(|v| v.as_str() == version) {
            return Some(current);
        }
        self.earlier.get(name)?.get(version)
    }

    /// Adds the model `name` as it is now, or the text of its version `version`.
    pub(super) fn insert(&mut self, name: &str, version: Option<&str>, document: Arc<RawDocument>) {
        match version {
            Some(version) => {
                drop(self.earlier.entry(name.to_owned()).or_default().insert(version.to_owned(), document))
            }
            None => drop(self.by_name.insert(name.to_owned(), document)),
        }
    }

    /// The versions of the model `name` that have a text, the current one first.
    pub fn versions(&self, name: &str) -> Vec<&str> {
        let current = self.get(name).and_then(|d| d.fields.version.as_ref()).map(|v| v.as_str());
        let earlier = self.earlier.get(name).into_iter().flat_map(|texts| texts.keys().rev().map(String::as_str));
        current.into_iter().chain(earlier).collect()
    }

    /// Every model, with its name, in name order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Arc<RawDocument>)> {
        self.by_name.iter().map(|(name, model)| (name.as_str(), model))
    }

    /// Whether `file` is the text of a built-in model.
    pub fn owns(&self, file: &Arc<SourceFile>) -> bool {
        self.by_name
            .values()
            .chain(self.earlier.values().flat_map(BTreeMap::values))
            .any(|d| Arc::ptr_eq(&d.file, file))
    }
}

/// The built-in models, shared.
pub fn shared_models() -> Arc<Models> {
    static SHARED: OnceLock<Arc<Models>> = OnceLock::new();
    SHARED.get_or_init(|| Arc::new(models().clone())).clone()
}

/// The built-in models.
pub fn models() -> &'static Models {
    static PARSED: OnceLock<Models> = OnceLock::new();
    PARSED.get_or_init(|| {
        let mut models = Models::default();
        for file in MODELS.files() {
            let (Some(stem), Some(text)) = (file.path().file_stem().and_then(|s| s.to_str()), file.contents_utf8())
            else {
                continue;
            };
            let source = Arc::new(SourceFile::new(format!("(built-in model @{stem})"), text.to_owned()));
            let (name, version) = match stem.split_once('@') {
                Some((name, version)) => (name, Some(version)),
                None => (stem, None),
            };
            let mut document = super::document(format!("@{name}"), source, false).expect("built-in models parse");
            document.earlier = version.map(str::to_owned);
            models.insert(name, version, Arc::new(document));
        }
        models
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

    /// Every model has a version and a history that lists it; each earlier version's text says
    /// the version its file name gives, is in the history and is older; the moderation model
    /// has one, so that pinning shows out of the box.
    #[test]
    fn every_built_in_model_has_its_versions() {
        for (name, doc) in models().iter() {
            let version = doc.fields.version.as_ref().unwrap_or_else(|| panic!("@{name} has no version"));
            let listed: Vec<&str> = doc.fields.history.iter().map(|h| h.version.as_str()).collect();
            assert_eq!(listed.first(), Some(&version.as_str()), "@{name}: the history starts with the version");
            for earlier in models().versions(name).into_iter().skip(1) {
                let text = models().at_version(name, earlier).unwrap();
                assert_eq!(text.fields.version.as_ref().map(|v| v.as_str()), Some(earlier), "@{name}@{earlier}");
                assert!(listed[1..].contains(&earlier), "@{name}@{earlier} is not in the history");
                assert_eq!(text.fields.kind.as_ref().map(|k| **k), doc.fields.kind.as_ref().map(|k| **k));
            }
        }
        assert!(models().versions("etat-moderation").len() >= 2);
        assert!(models().at_version("etat-moderation", "0.9").is_none());
        assert!(models().at_version("nothing", "1.0").is_none());
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
