//! The JSON Schema (draft 2020-12) of each YAML file charte reads, generated from the structures
//! of this layer with schemars and described in the tool's language, so that an editor completes
//! field names, lists the allowed values and flags a typo as it is typed (`charte schema`).
//!
//! schemars writes the structures' doc comments, which are English and speak of the code, as
//! descriptions: they are all replaced by the messages `schema-TYPE-FIELD` (and `schema-TYPE`
//! for a type, `schema-file-NAME` for a file), which a test requires for every field.

use std::path::Path;

use schemars::generate::SchemaSettings;
use schemars::JsonSchema;
use serde_json::{Map, Value};

use super::document::Fields;
use super::folder::Folder;
use super::library::LibraryFile;
use super::referential::ReferentialFile;
use super::site::Site;
use crate::i18n::{messages, Language};

/// A kind of YAML file charte reads, each with its schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemaFile {
    /// `content/site.yaml`.
    Site,
    /// The front matter of a Markdown document (between its `---` lines).
    FrontMatter,
    /// A document written as a YAML file (`content/glossaire.yaml`): the same fields and `body`.
    Document,
    /// A folder's `_index.yaml`.
    Folder,
    /// `content/referentiel.yaml`, the Qual-e-pref referential.
    Referential,
    /// `library.yaml`, the manifest at the top of a model library's folder.
    Library,
}

impl SchemaFile {
    pub const ALL: [SchemaFile; 6] = [
        SchemaFile::Site,
        SchemaFile::FrontMatter,
        SchemaFile::Document,
        SchemaFile::Folder,
        SchemaFile::Referential,
        SchemaFile::Library,
    ];

    /// What a file of `content/` is, from its path under `content/`: `site.yaml` and
    /// `referentiel.yaml` at the top, `_index.yaml` in a folder, a document otherwise; `None`
    /// for a file that is neither YAML nor Markdown (an asset).
    pub fn of(relative: &Path) -> Option<SchemaFile> {
        let extension = relative.extension().and_then(|e| e.to_str()).unwrap_or("");
        let is_yaml = matches!(extension, "yaml" | "yml");
        if extension == "md" {
            return Some(SchemaFile::FrontMatter);
        }
        if !is_yaml {
            return None;
        }
        let top_level = relative.components().count() == 1;
        let stem = relative.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        Some(match (top_level, stem) {
            (true, "site") => SchemaFile::Site,
            (true, "referentiel") => SchemaFile::Referential,
            (false, _) if relative.file_name().is_some_and(|n| n == super::folder::FILE_NAME) => SchemaFile::Folder,
            _ => SchemaFile::Document,
        })
    }

    /// Its name on the command line and in its file's name.
    pub fn name(self) -> &'static str {
        match self {
            SchemaFile::Site => "site",
            SchemaFile::FrontMatter => "front-matter",
            SchemaFile::Document => "document",
            SchemaFile::Folder => "folder",
            SchemaFile::Referential => "referential",
            SchemaFile::Library => "library",
        }
    }

    pub fn from_name(name: &str) -> Option<SchemaFile> {
        SchemaFile::ALL.into_iter().find(|f| f.name() == name)
    }

    /// The name of the file that holds its schema: `site.schema.json`.
    pub fn file_name(self) -> String {
        format!("{}.schema.json", self.name())
    }

    /// The schema, described in `language`.
    pub fn schema(self, language: Language) -> Value {
        self.described_by(&mut |id| describe(language, id))
    }

    /// The identifiers of the messages that describe the schemas.
    pub fn message_ids() -> Vec<String> {
        let mut ids = Vec::new();
        for file in SchemaFile::ALL {
            file.described_by(&mut |id| {
                ids.push(id.to_owned());
                String::new()
            });
        }
        ids
    }

    fn described_by(self, describe: &mut dyn FnMut(&str) -> String) -> Value {
        let (mut schema, root) = match self {
            SchemaFile::Site => (generate::<Site>(), "site"),
            SchemaFile::FrontMatter | SchemaFile::Document => (generate::<Fields>(), "document"),
            SchemaFile::Folder => (generate::<Folder>(), "folder"),
            SchemaFile::Referential => (generate::<ReferentialFile>(), "referential-file"),
            SchemaFile::Library => (generate::<LibraryFile>(), "library-file"),
        };
        if self == SchemaFile::FrontMatter {
            // A Markdown document's body follows its front matter.
            if let Some(properties) = schema.get_mut("properties").and_then(Value::as_object_mut) {
                properties.remove("body");
            }
        }
        tidy(&mut schema);
        if let Some(object) = schema.as_object_mut() {
            object.insert("title".into(), Value::String(describe(&format!("schema-file-{}", self.name()))));
            describe_type(object, root, describe);
            if let Some(defs) = object.get_mut("$defs").and_then(Value::as_object_mut) {
                for (name, def) in defs.iter_mut() {
                    if let Some(def) = def.as_object_mut() {
                        describe_type(def, &kebab(name), describe);
                    }
                }
            }
        }
        schema
    }

    /// The schema as a file writes it: pretty JSON and a final line break.
    pub fn text(self, language: Language) -> String {
        let mut text = serde_json::to_string_pretty(&self.schema(language)).unwrap_or_default();
        text.push('\n');
        text
    }

    /// The comment that tells an editor (through yaml-language-server) where this file's schema
    /// is, for a file `depth` folders below the site's root.
    pub fn modeline(self, depth: usize) -> String {
        format!("# yaml-language-server: $schema={}{}/{}", "../".repeat(depth), FOLDER, self.file_name())
    }
}

/// Where a site keeps its schema files (`charte init` writes them there).
pub const FOLDER: &str = "schemas";

fn generate<T: JsonSchema>() -> Value {
    SchemaSettings::draft2020_12().into_generator().into_root_schema_for::<T>().to_value()
}

/// The message `id` in `language`, or nothing when there is none (a test requires them all).
fn describe(language: Language, id: &str) -> String {
    let messages = messages(language);
    if messages.has(id) {
        messages.format(id, None)
    } else {
        String::new()
    }
}

/// Sets the description of a type (`schema-TYPE`, for an enum or a date) and of each of its
/// fields (`schema-TYPE-FIELD`).
fn describe_type(schema: &mut Map<String, Value>, name: &str, describe: &mut dyn FnMut(&str) -> String) {
    if let Some(properties) = schema.get_mut("properties").and_then(Value::as_object_mut) {
        for (field, property) in properties.iter_mut() {
            if let Some(property) = property.as_object_mut() {
                let text = describe(&format!("schema-{name}-{}", field.replace('_', "-")));
                property.insert("description".into(), Value::String(text));
            }
        }
    } else {
        schema.insert("description".into(), Value::String(describe(&format!("schema-{name}"))));
    }
}

/// Removes what schemars writes that an editor would show wrongly: the code's English doc
/// comments, `default: null` on optional fields, and an enum split into `oneOf` because one of
/// its values has a doc comment (written back as one `enum`).
fn tidy(value: &mut Value) {
    match value {
        Value::Object(object) => {
            object.remove("description");
            if object.get("default") == Some(&Value::Null) {
                object.remove("default");
            }
            if let Some(values) = object.get("oneOf").and_then(one_enum) {
                object.remove("oneOf");
                object.insert("type".into(), Value::String("string".into()));
                object.insert("enum".into(), Value::Array(values));
            }
            object.values_mut().for_each(tidy);
        }
        Value::Array(items) => items.iter_mut().for_each(tidy),
        _ => {}
    }
}

/// The values of a `oneOf` whose every branch is a string constant or an enum of strings.
fn one_enum(branches: &Value) -> Option<Vec<Value>> {
    let mut values = Vec::new();
    for branch in branches.as_array()? {
        let branch = branch.as_object()?;
        match (branch.get("const"), branch.get("enum")) {
            (Some(Value::String(s)), None) => values.push(Value::String(s.clone())),
            (None, Some(Value::Array(list))) if list.iter().all(Value::is_string) => {
                values.extend(list.iter().cloned())
            }
            _ => return None,
        }
    }
    Some(values)
}

/// `HistoryEntry` → `history-entry`.
fn kebab(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('-');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every description of `value`, with where it is, for the missing ones.
    fn descriptions<'a>(value: &'a Value, at: String, out: &mut Vec<(String, &'a str)>) {
        match value {
            Value::Object(object) => {
                if let Some(properties) = object.get("properties").and_then(Value::as_object) {
                    for (field, property) in properties {
                        let text = property.get("description").and_then(Value::as_str).unwrap_or("");
                        out.push((format!("{at}.{field}"), text));
                    }
                }
                for (key, child) in object {
                    descriptions(child, format!("{at}/{key}"), out);
                }
            }
            Value::Array(items) => items.iter().for_each(|item| descriptions(item, at.clone(), out)),
            _ => {}
        }
    }

    #[test]
    fn every_field_and_every_enum_is_described_in_both_languages() {
        for language in [Language::French, Language::English] {
            for file in SchemaFile::ALL {
                let schema = file.schema(language);
                let mut found = Vec::new();
                descriptions(&schema, file.name().to_owned(), &mut found);
                assert!(!found.is_empty(), "{}: no fields", file.name());
                let missing: Vec<_> = found.iter().filter(|(_, text)| text.trim().is_empty()).collect();
                assert!(missing.is_empty(), "{language:?}, {}: no description for {missing:?}", file.name());
                assert!(schema["title"].as_str().is_some_and(|t| !t.is_empty()));
                for (name, def) in schema["$defs"].as_object().into_iter().flatten() {
                    if def.get("properties").is_none() {
                        let text = def["description"].as_str().unwrap_or("");
                        assert!(!text.is_empty(), "{language:?}, {}: no description for {name}", file.name());
                    }
                }
            }
        }
    }

    #[test]
    fn every_schema_message_describes_something() {
        let used: std::collections::BTreeSet<String> = SchemaFile::message_ids().into_iter().collect();
        for source in [crate::i18n::FRENCH, crate::i18n::ENGLISH] {
            let ids = source.lines().filter_map(|l| l.split(" = ").next()).filter(|id| id.starts_with("schema-"));
            let unused: Vec<&str> = ids.filter(|id| !used.contains(*id)).collect();
            assert!(unused.is_empty(), "messages that describe nothing: {unused:?}");
        }
    }

    #[test]
    fn enums_list_their_values_and_dates_their_format() {
        let schema = SchemaFile::FrontMatter.schema(Language::French);
        let defs = &schema["$defs"];
        assert_eq!(defs["Status"]["enum"], serde_json::json!(["draft", "review", "validated", "archived"]));
        assert_eq!(defs["Audience"]["enum"], serde_json::json!(["public", "internal"]));
        assert_eq!(defs["Kind"]["enum"], serde_json::json!(["moderation", "usage", "glossary", "procedure", "page"]));
        assert_eq!(defs["Date"]["format"], "date");
        assert!(defs["Date"]["description"].as_str().unwrap().contains("AAAA-MM-JJ"));
        assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
        assert_eq!(schema["additionalProperties"], false);
        assert!(schema["properties"].get("body").is_none(), "a front matter has no body");
        assert!(SchemaFile::Document.schema(Language::French)["properties"].get("body").is_some());
        let site = SchemaFile::Site.schema(Language::French);
        assert_eq!(site["$defs"]["Article"]["enum"], serde_json::json!(["le", "la", "l'", "l’", "les"]));
    }

    #[test]
    fn files_are_known_by_their_name_and_place() {
        let of = |path: &str| SchemaFile::of(Path::new(path));
        assert_eq!(of("site.yaml"), Some(SchemaFile::Site));
        assert_eq!(of("chartes/site.yaml"), Some(SchemaFile::Document));
        assert_eq!(of("referentiel.yaml"), Some(SchemaFile::Referential));
        assert_eq!(of("guides/_index.yaml"), Some(SchemaFile::Folder));
        assert_eq!(of("_index.yaml"), Some(SchemaFile::Document));
        assert_eq!(of("glossaire.yml"), Some(SchemaFile::Document));
        assert_eq!(of("chartes/moderation@1.0.md"), Some(SchemaFile::FrontMatter));
        assert_eq!(of("logo.png"), None);
    }

    #[test]
    fn type_names_become_message_names() {
        assert_eq!(kebab("HistoryEntry"), "history-entry");
        assert_eq!(kebab("Date"), "date");
    }

    #[test]
    fn the_modeline_climbs_to_the_root() {
        assert_eq!(SchemaFile::Site.modeline(1), "# yaml-language-server: $schema=../schemas/site.schema.json");
        assert_eq!(
            SchemaFile::FrontMatter.modeline(2),
            "# yaml-language-server: $schema=../../schemas/front-matter.schema.json"
        );
    }
}
