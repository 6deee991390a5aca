//! Load: walk `content/`, read every file in parallel, split Markdown front matter, and parse
//! the YAML into the structures as written of [`crate::schema`]; with them, what charte carries
//! inside (the built-in models and referential, [`builtin`]). Positions are kept for every
//! diagnostic; nothing is rendered here.

pub mod builtin;
pub mod front_matter;
pub mod library;
pub mod yaml;

use crate::tr;
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

use rayon::prelude::*;

use crate::schema::document::{Body, Fields, RawDocument};
use crate::schema::folder::Folder;
use crate::schema::json_schema::SchemaFile;
use crate::schema::names;
use crate::schema::referential::ReferentialFile;
use crate::schema::site::Site;
use crate::schema::Text;
use crate::source::{relative_to, Code, Diagnostic, SourceFile};

/// A file of `content/` that is not a document: copied to the output as it is.
#[derive(Debug, Clone)]
pub struct Asset {
    /// Path relative to `content/`.
    pub relative: PathBuf,
    pub absolute: PathBuf,
}

/// Everything read from `content/`, before the model is checked.
#[derive(Debug, Default)]
pub struct Loaded {
    pub site: Option<Site>,
    /// The text of `site.yaml`, to locate diagnostics about it.
    pub site_file: Option<Arc<SourceFile>>,
    pub referential: Option<ReferentialFile>,
    pub documents: Vec<Arc<RawDocument>>,
    /// The folders' titles.
    pub folders: Vec<FolderTitle>,
    pub assets: Vec<Asset>,
    pub diagnostics: Vec<Diagnostic>,
    /// The models and the referential built into charte.
    pub built_in: BuiltIn,
}

/// What charte carries inside, read like content; and the models of the site's model
/// libraries, beside the built-in ones.
#[derive(Clone)]
pub struct BuiltIn {
    pub models: Arc<builtin::Models>,
    pub referential: &'static ReferentialFile,
}

impl Default for BuiltIn {
    fn default() -> BuiltIn {
        BuiltIn { models: builtin::shared_models(), referential: builtin::referential() }
    }
}

impl std::fmt::Debug for BuiltIn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("BuiltIn")
    }
}

#[derive(Clone)]
enum Entry {
    Site(Box<Site>, Arc<SourceFile>),
    Referential(ReferentialFile),
    Document(Arc<RawDocument>),
    Folder(FolderTitle),
    Asset(Asset),
    Failed(Vec<Diagnostic>),
}

/// A folder's title, from its `_index.yaml`.
#[derive(Debug, Clone)]
pub struct FolderTitle {
    /// The folder, relative to `content/` (`procedures`, `chartes/internes`).
    pub folder: String,
    pub title: Text,
    pub file: Arc<SourceFile>,
}

/// What was read of each file, with its modification time and size, so that `charte serve`
/// reads and parses again only the files that changed; and what the last walk of `content/`
/// found besides files (its folders, the symbolic links it skipped).
#[derive(Default)]
pub struct LoadCache {
    files: BTreeMap<PathBuf, (Option<SystemTime>, u64, Entry)>,
    folders: HashSet<PathBuf>,
    walk_diagnostics: Vec<Diagnostic>,
    /// Whether `files` holds a whole walk of `content/`.
    warm: bool,
}

/// Reads `ROOT/content` from scratch.
pub fn load(root: &Path) -> Loaded {
    load_with(root, &mut LoadCache::default())
}

/// Reads `ROOT/content`, taking unchanged files from `cache`. The caller has checked that the
/// folder exists.
pub fn load_with(root: &Path, cache: &mut LoadCache) -> Loaded {
    let content = root.join("content");
    let (paths, folders, walk_diagnostics) = walk(root, &content);
    let entries: Vec<Entry> = paths
        .par_iter()
        .map(|(path, modified, len)| match cache.files.get(path) {
            Some((m, l, entry)) if m == modified && l == len && modified.is_some() => entry.clone(),
            _ => load_file(root, &content, path),
        })
        .collect();
    cache.files = paths.into_iter().zip(entries).map(|((p, m, l), e)| (p, (m, l, e))).collect();
    cache.folders = folders;
    cache.walk_diagnostics = walk_diagnostics;
    cache.warm = true;
    with_libraries(root, assemble(cache))
}

/// `loaded` with the models of the libraries its `site.yaml` declares beside the built-in ones.
fn with_libraries(root: &Path, mut loaded: Loaded) -> Loaded {
    if let (Some(site), Some(file)) = (&loaded.site, &loaded.site_file) {
        if !site.models.is_empty() {
            let (models, diagnostics) = library::attach(root, site, file, &loaded.built_in.models);
            loaded.built_in.models = Arc::new(models);
            loaded.diagnostics.extend(diagnostics);
        }
    }
    loaded
}

/// Reads `ROOT/content` again after the files `changed` were created, modified or removed,
/// without walking the folder when `cache` holds a whole walk and every change is a file's. Any
/// other change (a folder, a symbolic link, a path it cannot tell) falls back to a whole walk.
pub fn load_changed(root: &Path, cache: &mut LoadCache, changed: &[PathBuf]) -> Loaded {
    let content = root.join("content");
    if !cache.warm || !refresh(root, &content, cache, changed) {
        return load_with(root, cache);
    }
    with_libraries(root, assemble(cache))
}

/// Updates `cache` for the files `changed`; `false` when a whole walk is needed.
fn refresh(root: &Path, content: &Path, cache: &mut LoadCache, changed: &[PathBuf]) -> bool {
    for path in changed {
        let Ok(relative) = path.strip_prefix(content) else {
            if ["themes", "templates", "static"].iter().any(|folder| path.starts_with(root.join(folder))) {
                continue; // not content
            }
            return false;
        };
        if relative.as_os_str().is_empty() {
            return false;
        }
        if relative.components().any(|c| is_ignored(c.as_os_str())) {
            continue;
        }
        match std::fs::symlink_metadata(path) {
            Ok(meta) if meta.is_file() => {
                let known_folder = path.parent().is_some_and(|p| p == content || cache.folders.contains(p));
                if !known_folder {
                    return false;
                }
                let entry = load_file(root, content, path);
                cache.files.insert(path.clone(), (meta.modified().ok(), meta.len(), entry));
            }
            Ok(meta) if meta.is_dir() && cache.folders.contains(path) => {}
            Ok(_) => return false,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                if cache.files.remove(path).is_none() && cache.folders.contains(path) {
                    return false;
                }
            }
            Err(_) => return false,
        }
    }
    true
}

/// The files under `content` (sorted, with their modification time and size), its folders, and
/// what cannot be read or is skipped.
#[allow(clippy::type_complexity)]
fn walk(root: &Path, content: &Path) -> (Vec<(PathBuf, Option<SystemTime>, u64)>, HashSet<PathBuf>, Vec<Diagnostic>) {
    let mut paths = Vec::new();
    let mut folders = HashSet::new();
    let mut diagnostics = Vec::new();
    let walker = walkdir::WalkDir::new(content).follow_links(false).sort_by_file_name();
    for entry in walker.into_iter().filter_entry(|e| e.depth() == 0 || !is_ignored(e.file_name())) {
        match entry {
            Ok(entry) if entry.file_type().is_file() => {
                let (modified, len) = entry.metadata().map(|m| (m.modified().ok(), m.len())).unwrap_or((None, 0));
                paths.push((entry.into_path(), modified, len));
            }
            Ok(entry) if entry.file_type().is_dir() => {
                folders.insert(entry.into_path());
            }
            Ok(entry) if entry.path_is_symlink() => diagnostics.push(Diagnostic::about_file(
                Code::SymlinkIgnored,
                relative_to(entry.path(), root),
                tr!("symlink-ignored"),
            )),
            Ok(_) => {}
            Err(err) => {
                let path = err.path().map(|p| relative_to(p, root)).unwrap_or_else(|| PathBuf::from("content"));
                diagnostics.push(Diagnostic::about_file(
                    Code::Unreadable,
                    path,
                    tr!("unreadable", error = err.to_string()),
                ));
            }
        }
    }
    (paths, folders, diagnostics)
}

/// Everything `cache` holds, as the loader hands it to the model.
fn assemble(cache: &LoadCache) -> Loaded {
    let mut loaded = Loaded { diagnostics: cache.walk_diagnostics.clone(), ..Loaded::default() };
    let mut site_seen = false;
    for (_, _, entry) in cache.files.values() {
        match entry.clone() {
            Entry::Site(site, file) => {
                loaded.site = Some(*site);
                loaded.site_file = Some(file);
            }
            Entry::Referential(r) => loaded.referential = Some(r),
            Entry::Document(d) => loaded.documents.push(d),
            Entry::Folder(f) => loaded.folders.push(f),
            Entry::Asset(a) => loaded.assets.push(a),
            Entry::Failed(found) => {
                site_seen |= found.iter().any(|d| d.file == Path::new("content").join("site.yaml"));
                loaded.diagnostics.extend(found)
            }
        }
    }
    if loaded.site.is_none() && !site_seen {
        loaded.diagnostics.push(
            Diagnostic::about_file(Code::MissingSite, "content/site.yaml", tr!("site-missing"))
                .with_help(tr!("site-missing-help")),
        );
    }
    loaded
}

/// Hidden files, editors' backups and swap files are never content.
pub fn is_ignored(name: &std::ffi::OsStr) -> bool {
    let name = name.to_string_lossy();
    name.starts_with('.')
        || name.starts_with('#')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".tmp")
}

fn load_file(root: &Path, content: &Path, path: &Path) -> Entry {
    let relative = relative_to(path, content);
    let display = relative_to(path, root);
    let Some(file) = SchemaFile::of(&relative) else {
        return match not_an_asset(path) {
            Some(message) => Entry::Failed(vec![
                Diagnostic::about_file(Code::BadFileName, display, message).with_help(tr!("not-an-asset-help"))
            ]),
            None => Entry::Asset(Asset { relative, absolute: path.to_path_buf() }),
        };
    };
    let text = match read_text(path, &display) {
        Ok(text) => text,
        Err(d) => return Entry::Failed(vec![d]),
    };
    let source = Arc::new(SourceFile::new(display, text));
    match file {
        SchemaFile::Site => {
            return match yaml::parse::<Site>(&source, &source.text) {
                Ok(site) => Entry::Site(Box::new(site), source.clone()),
                Err(d) => Entry::Failed(vec![d]),
            }
        }
        SchemaFile::Referential => {
            return match yaml::parse::<ReferentialFile>(&source, &source.text) {
                Ok(referential) => match duplicate_engagements(&referential, &source) {
                    found if found.is_empty() => Entry::Referential(referential),
                    found => Entry::Failed(found),
                },
                Err(d) => Entry::Failed(vec![d]),
            }
        }
        SchemaFile::Folder => {
            let folder = relative.parent().unwrap_or(Path::new("")).to_string_lossy().replace('\\', "/");
            return match yaml::parse::<Folder>(&source, &source.text) {
                Ok(parsed) => Entry::Folder(FolderTitle { folder, title: parsed.title, file: source }),
                Err(d) => Entry::Failed(vec![d]),
            };
        }
        // A manifest is read beside `content/`, by `library.rs`: never a file of `content/`.
        SchemaFile::FrontMatter | SchemaFile::Document | SchemaFile::Library => {}
    }
    let is_yaml = file == SchemaFile::Document;
    let stem = relative.with_extension("");
    let stem = stem.to_string_lossy().replace('\\', "/");
    let (slug, earlier) = match names::split_slug(&stem) {
        Ok(split) => split,
        Err(part) => {
            let message = tr!("bad-file-name", part = part);
            return Entry::Failed(vec![Diagnostic::about_file(Code::BadFileName, source.display.clone(), message)]);
        }
    };
    match document(slug, source, is_yaml) {
        Ok(document) => Entry::Document(Arc::new(RawDocument { earlier, ..document })),
        Err(d) => Entry::Failed(vec![d]),
    }
}

/// Why a file that is not named as a document must not be copied as it is either: it is named
/// like one in another case or spelling (`interne.MD`, `charte.markdown`), it is a copy of one
/// (`charte.md.bak`, `charte.md.orig`), or it starts with front matter. Published as an asset,
/// an internal document would be readable as written, even from a public build.
fn not_an_asset(path: &Path) -> Option<String> {
    let name = path.file_name()?.to_string_lossy().to_lowercase();
    let looks_like = |ext: &str| name.ends_with(&format!(".{ext}")) || name.contains(&format!(".{ext}."));
    if ["md", "markdown", "yaml", "yml"].into_iter().any(looks_like) {
        return Some(tr!("named-like-a-document", name = name));
    }
    let mut start = [0u8; 8];
    let read = std::fs::File::open(path).and_then(|mut f| std::io::Read::read(&mut f, &mut start)).unwrap_or(0);
    let start = start[..read].strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&start[..read]);
    let front_matter = start.starts_with(b"---\n") || start.starts_with(b"---\r");
    front_matter.then(|| tr!("front-matter-in-asset"))
}

/// An engagement number given twice in the site's referential, each at its place.
fn duplicate_engagements(referential: &ReferentialFile, source: &SourceFile) -> Vec<Diagnostic> {
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    let mut found = Vec::new();
    for engagement in &referential.engagements {
        let number = engagement.number.trim();
        if let Some(first) = seen.insert(number, engagement.number.position().0) {
            found.push(
                source
                    .at(
                        Code::DuplicateEngagement,
                        &engagement.number,
                        tr!("engagement-duplicate", number = number, first = first),
                    )
                    .with_help(tr!("engagement-duplicate-help")),
            );
        }
    }
    found
}

/// Parses a document: a Markdown file with front matter, or (`is_yaml`) a YAML file.
pub fn document(slug: String, source: Arc<SourceFile>, is_yaml: bool) -> Result<RawDocument, Diagnostic> {
    let (yaml_text, body_offset) = if is_yaml {
        (source.text.as_str(), None)
    } else {
        match front_matter::split(&source.text) {
            Ok(split) => (split.yaml, Some(source.text.len() - split.body.len())),
            Err(e) => return Err(source.diagnostic(Code::FrontMatter, (e.line, e.column), e.message)),
        }
    };
    let fields = yaml::parse::<Fields>(&source, yaml_text)?;
    let body = match (body_offset, &fields.body) {
        (Some(offset), _) => Body::InFile(source.clone(), offset),
        (None, Some(b)) => Body::own(b.as_str()),
        (None, None) => Body::default(),
    };
    Ok(RawDocument { slug, file: source.clone(), fields: Arc::new(fields), body, body_offset, earlier: None })
}

fn read_text(path: &Path, display: &Path) -> Result<String, Diagnostic> {
    let bytes = std::fs::read(path)
        .map_err(|e| Diagnostic::about_file(Code::Unreadable, display, tr!("unreadable", error = e.to_string())))?;
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.remove(0);
            }
            // As CommonMark does, a NUL character is read as U+FFFD, one character for one, so
            // that lines and columns stay those of the file and no page carries a raw NUL.
            if text.contains('\0') {
                text = text.replace('\0', "\u{FFFD}");
            }
            Ok(text)
        }
        Err(e) => {
            let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let valid = std::str::from_utf8(valid).unwrap_or("");
            let line = valid.matches('\n').count() + 1;
            let column = valid.rsplit('\n').next().map(|l| l.chars().count() + 1).unwrap_or(1);
            let source = SourceFile::new(display, valid.to_owned());
            Err(source.diagnostic(Code::Encoding, (line, column), tr!("encoding")))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(root: &Path, path: &str, text: &str) {
        let path = root.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    fn slugs(loaded: &Loaded) -> Vec<String> {
        loaded.documents.iter().map(|d| d.slug.clone()).collect()
    }

    #[test]
    fn reading_only_the_changed_files_gives_what_a_whole_walk_gives() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write(root, "content/site.yaml", "organisation: { name: X, article: la }\nbase_url: https://x.fr\n");
        write(root, "content/a.md", "---\nkind: page\ntitle: A\n---\n");
        write(root, "content/guides/b.md", "---\nkind: page\ntitle: B\n---\n");
        let mut cache = LoadCache::default();
        assert_eq!(slugs(&load_with(root, &mut cache)), ["a", "guides/b"]);

        let content = root.join("content");
        write(root, "content/guides/c.md", "---\nkind: page\ntitle: C\n---\n");
        write(root, "content/a.md", "---\nkind: page\ntitle: A2\n---\n");
        std::fs::remove_file(content.join("guides/b.md")).unwrap();
        let changed = [content.join("guides/c.md"), content.join("a.md"), content.join("guides/b.md")];
        let loaded = load_changed(root, &mut cache, &changed);
        assert_eq!(slugs(&loaded), ["a", "guides/c"]);
        assert_eq!(loaded.documents[0].fields.title.as_deref().map(String::as_str), Some("A2"));

        // A new folder is not known: the whole folder is walked again.
        write(root, "content/neuf/d.md", "---\nkind: page\ntitle: D\n---\n");
        let loaded = load_changed(root, &mut cache, &[content.join("neuf/d.md")]);
        assert_eq!(slugs(&loaded), ["a", "guides/c", "neuf/d"]);
        assert_eq!(slugs(&loaded), slugs(&load(root)));

        // A removed folder, too.
        std::fs::remove_dir_all(content.join("guides")).unwrap();
        let loaded = load_changed(root, &mut cache, &[content.join("guides")]);
        assert_eq!(slugs(&loaded), ["a", "neuf/d"]);
    }
}
