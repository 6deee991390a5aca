//! `charte schema`: the JSON Schemas it prints validate every YAML file the repository ships
//! (the example site, the models, the starters) and reject a typo, through a JSON Schema
//! validator; `charte init` writes them into a new site and points every file it creates at them.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use charte::schema::json_schema::SchemaFile;
use common::{charte, charte_in, stderr};
use serde_json::Value;
use yaml_rust2::{Yaml, YamlLoader};

/// The schema `charte schema NAME` prints.
fn printed(name: &str) -> Value {
    let output = charte().args(["schema", name]).output().unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    serde_json::from_slice(&output.stdout).unwrap()
}

fn validator(name: &str) -> jsonschema::Validator {
    let schema = printed(name);
    assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
    jsonschema::draft202012::new(&schema).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// A YAML value as JSON, read by the YAML 1.2 rules editors use (`2025-06-01` is a string).
fn json(yaml: &Yaml) -> Value {
    match yaml {
        Yaml::Real(text) => text.parse::<f64>().map(Value::from).unwrap_or(Value::Null),
        Yaml::Integer(n) => Value::from(*n),
        Yaml::String(s) => Value::String(s.clone()),
        Yaml::Boolean(b) => Value::Bool(*b),
        Yaml::Array(items) => Value::Array(items.iter().map(json).collect()),
        Yaml::Hash(map) => Value::Object(
            map.iter()
                .map(|(k, v)| {
                    let key = match k {
                        Yaml::String(s) => s.clone(),
                        other => format!("{other:?}"),
                    };
                    (key, json(v))
                })
                .collect(),
        ),
        Yaml::Null => Value::Null,
        other => panic!("unexpected YAML value {other:?}"),
    }
}

/// The YAML of a file: the whole file, or a Markdown file's front matter.
fn yaml_of(path: &Path) -> Value {
    let text = fs::read_to_string(path).unwrap();
    let yaml = match path.extension().and_then(|e| e.to_str()) {
        Some("md") => {
            let rest = text.strip_prefix("---\n").unwrap_or_else(|| panic!("{}: no front matter", path.display()));
            let end = rest.find("\n---").unwrap_or_else(|| panic!("{}: front matter not closed", path.display()));
            rest[..end + 1].to_owned()
        }
        _ => text,
    };
    let docs = YamlLoader::load_from_str(&yaml).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    docs.first().map(json).unwrap_or(Value::Null)
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "md" || e == "yaml" || e == "yml"))
        .collect()
}

/// Which schema a file of the repository is written to: files under a `content/` folder by
/// their place there, models and `charte new`'s starters are documents in Markdown.
fn schema_of(path: &Path) -> SchemaFile {
    let parts: Vec<_> = path.components().collect();
    match parts.iter().position(|c| c.as_os_str() == "content") {
        Some(at) => {
            let relative: PathBuf = parts[at + 1..].iter().collect();
            SchemaFile::of(&relative).unwrap()
        }
        None => SchemaFile::FrontMatter,
    }
}

/// The errors `validator` finds in `value`, as text.
fn errors(validator: &jsonschema::Validator, value: &Value) -> Vec<String> {
    validator.iter_errors(value).map(|e| format!("{} at {}", e, e.instance_path())).collect()
}

#[test]
fn every_yaml_file_of_the_repository_is_valid_against_its_schema() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let validators: Vec<_> = SchemaFile::ALL.iter().map(|f| (*f, validator(f.name()))).collect();
    let mut checked = Vec::new();
    for folder in ["content", "models", "starters"] {
        for path in files_under(&root.join(folder)) {
            let file = schema_of(path.strip_prefix(root).unwrap());
            let validator = &validators.iter().find(|(f, _)| *f == file).unwrap().1;
            let found = errors(validator, &yaml_of(&path));
            assert!(found.is_empty(), "{} against the {} schema: {found:?}", path.display(), file.name());
            checked.push(file);
        }
    }
    for file in [SchemaFile::Site, SchemaFile::FrontMatter, SchemaFile::Document, SchemaFile::Folder] {
        assert!(checked.contains(&file), "no {} file checked", file.name());
    }
    assert!(checked.len() >= 25, "{} files checked", checked.len());
}

#[test]
fn a_typo_or_a_wrong_value_is_rejected_where_it_is() {
    let front_matter = validator("front-matter");
    let good: Value = serde_json::json!({
        "kind": "moderation", "title": "Charte", "version": "1.0", "status": "validated",
        "approval": { "validated_by": { "name": "C. Martin", "role": "Directrice", "date": "2025-06-01" } },
        "rules": [{ "id": "publicite", "title": "Pas de publicité", "body": "Supprimé." }]
    });
    assert_eq!(errors(&front_matter, &good), Vec::<String>::new());
    let mut typo = good.clone();
    typo.as_object_mut().unwrap().insert("titel".into(), "Charte".into());
    let found = errors(&front_matter, &typo);
    assert!(found.iter().any(|e| e.contains("titel")), "{found:?}");
    let mut status = good.clone();
    status["status"] = "valide".into();
    assert!(errors(&front_matter, &status).iter().any(|e| e.contains("/status")));
    let mut date = good.clone();
    date["approval"]["validated_by"]["date"] = "01/06/2025".into();
    // An optional field is "this or nothing": the validator reports the date under it.
    let found = errors(&front_matter, &date);
    assert!(found.iter().any(|e| e.contains("01/06/2025") && e.contains("at /approval")), "{found:?}");
    let mut rule = good.clone();
    rule["rules"][0]["titre"] = "Pas de publicité".into();
    assert!(errors(&front_matter, &rule).iter().any(|e| e.contains("titre")));
    // A front matter has no `body`; a YAML document has.
    let mut body = good.clone();
    body["body"] = "Texte".into();
    assert!(!errors(&front_matter, &body).is_empty());
    assert!(errors(&validator("document"), &body).is_empty());

    let site = validator("site");
    let typo = serde_json::json!({
        "organisaton": { "name": "Préfecture de l'Exemple", "article": "la" },
        "base_url": "https://www.exemple.gouv.fr"
    });
    let found = errors(&site, &typo);
    assert!(found.iter().any(|e| e.contains("organisaton")), "{found:?}");
    let article = serde_json::json!({
        "organisation": { "name": "Préfecture de l'Exemple", "article": "de la" },
        "base_url": "https://www.exemple.gouv.fr"
    });
    assert!(errors(&site, &article).iter().any(|e| e.contains("/organisation/article")));
}

#[test]
fn a_model_librarys_manifest_is_valid_and_a_typo_in_it_is_rejected() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let library = validator("library");
    let manifest = yaml_of(&root.join("tests/fixtures/library/modeles-sig/library.yaml"));
    assert_eq!(manifest["name"], "sig");
    assert_eq!(errors(&library, &manifest), Vec::<String>::new());
    let mut typo = manifest.clone();
    typo.as_object_mut().unwrap().insert("license".into(), "etalab-2.0".into());
    let found = errors(&library, &typo);
    assert!(found.iter().any(|e| e.contains("license")), "{found:?}");
    let mut missing = manifest.clone();
    missing.as_object_mut().unwrap().remove("name");
    assert!(!errors(&library, &missing).is_empty(), "a manifest without its name passed");
}

#[test]
fn fields_are_described_in_french_and_in_english() {
    let french = printed("front-matter");
    assert!(french["properties"]["status"]["description"].as_str().unwrap().contains("brouillon"));
    assert!(french["properties"]["title"]["description"].as_str().unwrap().contains("titre"));
    let output = charte_in("en_GB.UTF-8").args(["schema", "front-matter"]).output().unwrap();
    let english: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert!(english["properties"]["title"]["description"].as_str().unwrap().contains("title"));
    assert_eq!(french["properties"].as_object().unwrap().len(), english["properties"].as_object().unwrap().len());
}

#[test]
fn an_unknown_kind_of_file_is_a_usage_error() {
    let output = charte().args(["schema", "sitemap"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(message.contains("sitemap") && message.contains("front-matter"), "{message}");
}

#[test]
fn schema_output_writes_every_schema_as_printed() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("schemas");
    let output = charte().args(["schema", "--output"]).arg(&target).output().unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    for file in SchemaFile::ALL {
        let written: Value = serde_json::from_str(&fs::read_to_string(target.join(file.file_name())).unwrap()).unwrap();
        assert_eq!(written, printed(file.name()), "{}", file.name());
    }
}

#[test]
fn init_writes_the_schemas_and_points_every_file_it_creates_at_them() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    for template in ["etat", "collectivite"] {
        let _ = fs::remove_dir_all(&site);
        let output = charte().arg("init").arg(&site).args(["--template", template]).output().unwrap();
        assert!(output.status.success(), "{}", stderr(&output));
        let created = files_under(&site.join("content"));
        assert!(created.len() >= 4);
        for path in created {
            let text = fs::read_to_string(&path).unwrap();
            let line = text.lines().find(|l| l.contains("yaml-language-server")).unwrap_or_else(|| {
                panic!("{}: no schema line", path.display());
            });
            let target = line.split("$schema=").nth(1).unwrap();
            let schema_path = path.parent().unwrap().join(target);
            let schema: Value = serde_json::from_str(&fs::read_to_string(&schema_path).unwrap()).unwrap();
            let validator = jsonschema::draft202012::new(&schema).unwrap();
            let found = errors(&validator, &yaml_of(&path));
            assert!(found.is_empty(), "{template}: {}: {found:?}", path.display());
        }
        // The new site builds with the lines in place.
        let output = charte().args(["check", "--root"]).arg(&site).output().unwrap();
        assert!(output.status.code() == Some(0), "{}", String::from_utf8_lossy(&output.stdout));
    }
    // `charte new` in a site that has the schemas writes the line too.
    let output = charte().args(["new", "page", "a-propos", "--root"]).arg(&site).output().unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let text = fs::read_to_string(site.join("content/a-propos.md")).unwrap();
    assert!(text.starts_with("---\n# yaml-language-server: $schema=../schemas/front-matter.schema.json\n"), "{text}");
}

#[test]
fn the_example_sites_schemas_are_those_charte_prints() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for file in SchemaFile::ALL {
        let path = root.join("schemas").join(file.file_name());
        let kept: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(kept, printed(file.name()), "{} is stale: run `charte schema --output schemas`", path.display());
    }
    for path in files_under(&root.join("content")) {
        let text = fs::read_to_string(&path).unwrap();
        let name = schema_of(path.strip_prefix(root).unwrap()).file_name();
        assert!(text.contains(&format!("schemas/{name}")), "{}: no schema line for {name}", path.display());
    }
}
