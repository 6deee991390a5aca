//! `charte init` and `charte new`: a new site made from the built-in models (the blanks left
//! for the administration marked `xxxxxx`, each listed by `charte check`), and a new document
//! with its fields commented. The files come from `starters/` in the repository; their comments
//! are written in the tool's language ([`crate::i18n::comments`]).

mod update;
mod version;
mod yaml_edit;

use crate::tr;
use std::fs;
use std::path::{Path, PathBuf};

use include_dir::{include_dir, Dir};

pub use update::{update, DocumentUpdate, UpdateError, UpdateReport};
pub use version::{new_version, NewVersion};

use crate::load::builtin;
use crate::model::folders::readable;
use crate::schema::json_schema::{self, SchemaFile};
use crate::schema::kind::Kind;
use crate::schema::names;

static STARTERS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/starters");

/// The site templates of `charte init`.
pub const TEMPLATES: &[&str] = &["etat", "collectivite"];

/// The line `charte init --list` gives a template.
fn describe(template: &str) -> String {
    match template {
        "etat" => tr!("template-etat"),
        _ => tr!("template-collectivite"),
    }
}

/// What `charte init --list` prints: the templates, then the built-in models.
pub fn list() -> String {
    let mut out = format!("{}\n", tr!("list-templates"));
    for name in TEMPLATES {
        out.push_str(&format!("  {name:<32} {}\n", describe(name)));
    }
    out.push_str(&format!("\n{}\n", tr!("list-models")));
    // Each model as a document pins it: at its newest version.
    for (name, model) in builtin::models().iter() {
        let summary = model.fields.summary.as_ref().map(|s| s.to_string()).unwrap_or_default();
        let pinned = match builtin::models().versions(name).first() {
            Some(newest) => format!("@{name}@{newest}"),
            None => format!("@{name}"),
        };
        out.push_str(&format!("  {pinned:<32} {summary}\n"));
    }
    out
}

/// Creates a site in `dir` from `template`; refuses a folder that is not empty. Returns the
/// files written, relative to `dir`.
pub fn init(dir: &Path, template: &str) -> Result<Vec<PathBuf>, String> {
    let starter = STARTERS
        .get_dir(template)
        .filter(|_| TEMPLATES.contains(&template))
        .ok_or_else(|| tr!("template-unknown", template = template, templates = template_names()))?;
    if dir.exists() {
        let mut entries = fs::read_dir(dir).map_err(|e| tr!("unreadable-path", path = dir, error = e.to_string()))?;
        if entries.next().is_some() {
            return Err(tr!("init-not-empty", dir = dir));
        }
    }
    let mut written = Vec::new();
    write_tree(starter, Path::new(template), dir, &mut written)?;
    for path in write_schemas(&dir.join(json_schema::FOLDER))? {
        written.push(path.strip_prefix(dir).unwrap_or(&path).to_path_buf());
    }
    written.sort();
    Ok(written)
}

/// Writes the JSON Schema of every kind of file into `dir` (created if need be), described in
/// the tool's language. Returns the files written.
pub fn write_schemas(dir: &Path) -> Result<Vec<PathBuf>, String> {
    fs::create_dir_all(dir).map_err(|e| tr!("cannot-write", path = dir, error = e.to_string()))?;
    let mut written = Vec::new();
    for file in SchemaFile::ALL {
        let path = dir.join(file.file_name());
        fs::write(&path, file.text(crate::i18n::language()))
            .map_err(|e| tr!("cannot-write", path = path, error = e.to_string()))?;
        written.push(path);
    }
    Ok(written)
}

/// `text`, the file at `relative` from the site's root, with the line that tells editors where
/// its schema is at its top (inside the front matter of a Markdown file); unchanged when it is
/// not a file of `content/` or already has the line.
pub fn with_modeline(relative: &Path, text: &str) -> String {
    let Ok(in_content) = relative.strip_prefix("content") else { return text.to_owned() };
    let Some(file) = SchemaFile::of(in_content) else { return text.to_owned() };
    if text.lines().take(3).any(|l| l.contains("yaml-language-server:")) {
        return text.to_owned();
    }
    let line = file.modeline(relative.components().count() - 1);
    match file {
        SchemaFile::FrontMatter => match text.strip_prefix("---\n") {
            Some(rest) => format!("---\n{line}\n{rest}"),
            None => text.to_owned(),
        },
        _ => format!("{line}\n{text}"),
    }
}

fn template_names() -> String {
    TEMPLATES.join(", ")
}

fn write_tree(from: &Dir, prefix: &Path, to: &Path, written: &mut Vec<PathBuf>) -> Result<(), String> {
    for file in from.files() {
        let relative = file.path().strip_prefix(prefix).unwrap_or(file.path());
        let target = to.join(relative);
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent).map_err(|e| tr!("cannot-write", path = parent, error = e.to_string()))?;
        }
        let contents = match file.contents_utf8() {
            Some(text) => with_modeline(relative, &pin_models(&crate::i18n::comments::localise(text))).into_bytes(),
            None => file.contents().to_vec(),
        };
        fs::write(&target, contents).map_err(|e| tr!("cannot-write", path = target, error = e.to_string()))?;
        written.push(relative.to_path_buf());
    }
    for sub in from.dirs() {
        write_tree(sub, prefix, to, written)?;
    }
    Ok(())
}

/// The starters write `extends: "@NAME@VERSION"`: a new site's documents pin each model at its
/// newest version, so that they keep their text when the model moves on.
fn pin_models(text: &str) -> String {
    let mut text = text.to_owned();
    for (name, _) in builtin::models().iter() {
        if let Some(newest) = builtin::models().versions(name).first() {
            text = text.replace(&format!("\"@{name}@VERSION\""), &format!("\"@{name}@{newest}\""));
        }
    }
    text
}

/// Adds `content/SLUG.md`, a document of `kind` with its fields commented. Returns its path.
pub fn new_document(root: &Path, kind: Kind, slug: &str) -> Result<PathBuf, String> {
    let content = root.join("content");
    if !content.is_dir() {
        return Err(tr!("not-a-site", root = root));
    }
    let slug = slug.trim_matches('/').trim_end_matches(".md");
    if !matches!(names::split_slug(slug), Ok((_, None))) {
        return Err(tr!("new-bad-slug", slug = slug));
    }
    if crate::model::address::is_reserved(slug) {
        return Err(tr!("new-reserved", address = format!("/{slug}/")));
    }
    let path = content.join(format!("{slug}.md"));
    if path.exists() || content.join(format!("{slug}.yaml")).exists() {
        return Err(tr!("new-exists", path = path));
    }
    let mut skeleton = crate::i18n::comments::localise(kind.spec().skeleton);
    // The line for editors, when the site has the schema it points to (`charte init` writes it).
    let schema = root.join(json_schema::FOLDER).join(SchemaFile::FrontMatter.file_name());
    if schema.is_file() {
        skeleton = with_modeline(&Path::new("content").join(format!("{slug}.md")), &skeleton);
    }
    // The title from the name, its accents and apostrophes given back: `a-propos` → "À propos".
    let (title, _) = readable(slug.rsplit('/').next().unwrap_or(slug));
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(|e| tr!("cannot-write", path = parent, error = e.to_string()))?;
    }
    fs::write(&path, skeleton.replace("__TITLE__", &title))
        .map_err(|e| tr!("cannot-write", path = path, error = e.to_string()))?;
    Ok(path)
}
