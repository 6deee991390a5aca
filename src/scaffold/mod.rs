//! `charte init` and `charte new`: a new site made from the built-in models (the blanks left
//! for the administration marked `xxxxxx`, each listed by `charte check`), and a new document
//! with its fields commented. The files come from `starters/` in the repository; their comments
//! are written in the tool's language ([`crate::i18n::comments`]).

mod version;

use crate::tr;
use std::fs;
use std::path::{Path, PathBuf};

use include_dir::{include_dir, Dir};

pub use version::{new_version, NewVersion};

use crate::load::builtin;
use crate::model::folders::readable;
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
        out.push_str(&format!("  {name:<28} {}\n", describe(name)));
    }
    out.push_str(&format!("\n{}\n", tr!("list-models")));
    for (name, model) in builtin::models().iter() {
        let summary = model.fields.summary.as_ref().map(|s| s.to_string()).unwrap_or_default();
        out.push_str(&format!("  @{name:<27} {summary}\n"));
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
    written.sort();
    Ok(written)
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
            Some(text) => crate::i18n::comments::localise(text).into_bytes(),
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
    let skeleton = crate::i18n::comments::localise(kind.spec().skeleton);
    // The title from the name, its accents and apostrophes given back: `a-propos` → "À propos".
    let (title, _) = readable(slug.rsplit('/').next().unwrap_or(slug));
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(|e| tr!("cannot-write", path = parent, error = e.to_string()))?;
    }
    fs::write(&path, skeleton.replace("__TITLE__", &title))
        .map_err(|e| tr!("cannot-write", path = path, error = e.to_string()))?;
    Ok(path)
}
