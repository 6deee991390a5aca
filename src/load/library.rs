//! Model libraries: folders of models that a site declares in `site.yaml` under `models`
//! (`sig: ../modeles-sig`) and forks name in `extends` (`"@sig/moderation@2.1"`). A library is
//! laid out like `content/`: each model as it is now (`moderation.md`), the texts of its earlier
//! versions beside it (`moderation@2.0.md`), and at its top a `library.yaml` (name, publisher,
//! licence). Its models join the built-in ones under the library's name; they are read again at
//! each build, so that `charte serve` follows a library as it moves.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::builtin::Models;
use super::{is_ignored, read_text};
use crate::schema::library::LibraryFile;
use crate::schema::names;
use crate::schema::site::Site;
use crate::source::{relative_to, Code, Diagnostic, SourceFile};
use crate::tr;

/// The manifest's file name.
pub const MANIFEST: &str = "library.yaml";

/// How deep a library's folders go: more than any library needs.
const MAX_DEPTH: usize = 8;

/// The folders of the libraries that `ROOT/content/site.yaml` declares and that exist (none when
/// it cannot be read: the build says why).
pub fn folders(root: &Path) -> Vec<PathBuf> {
    let path = root.join("content").join("site.yaml");
    let Ok(text) = std::fs::read_to_string(&path) else { return Vec::new() };
    let source = SourceFile::new(path, text);
    let Ok(site) = super::yaml::parse::<Site>(&source, &source.text) else { return Vec::new() };
    site.models.values().map(|folder| root.join(folder.as_str())).filter(|p| p.is_dir()).collect()
}

/// `built_in` with the models of every library `site` declares, and what is wrong with them.
pub fn attach(root: &Path, site: &Site, site_file: &SourceFile, built_in: &Models) -> (Models, Vec<Diagnostic>) {
    let mut models = built_in.clone();
    let mut diagnostics = Vec::new();
    for (name, folder) in &site.models {
        let at = |message: String| site_file.at(Code::ModelLibrary, folder, message);
        if !names::is_web_name(name) {
            diagnostics.push(at(tr!("library-bad-name", name = name.as_str())).with_help(tr!("library-bad-name-help")));
            continue;
        }
        let path = root.join(folder.as_str());
        if !path.is_dir() {
            diagnostics.push(
                at(tr!("library-missing", name = name.as_str(), folder = folder.as_str()))
                    .with_help(tr!("library-missing-help")),
            );
            continue;
        }
        match manifest(root, &path, name) {
            Ok(()) => {}
            Err(found) => {
                diagnostics.extend(found);
                continue;
            }
        }
        read_models(root, &path, name, &mut models, &mut diagnostics);
    }
    (models, diagnostics)
}

/// Reads the library's `library.yaml`, and checks that it names the library as the site does.
fn manifest(root: &Path, folder: &Path, name: &str) -> Result<(), Vec<Diagnostic>> {
    let path = folder.join(MANIFEST);
    let display = relative_to(&path, root);
    if !path.is_file() {
        return Err(vec![Diagnostic::about_file(Code::ModelLibrary, display, tr!("library-no-manifest"))
            .with_help(tr!("library-no-manifest-help"))]);
    }
    let text = read_text(&path, &display).map_err(|d| vec![d])?;
    let source = SourceFile::new(display, text);
    let file: LibraryFile = super::yaml::parse(&source, &source.text).map_err(|d| vec![d])?;
    if file.name.as_str() != name {
        return Err(vec![source
            .at(Code::ModelLibrary, &file.name, tr!("library-other-name", found = file.name.as_str(), name = name))
            .with_help(tr!("library-other-name-help", found = file.name.as_str()))]);
    }
    Ok(())
}

/// Adds the models found under `folder` to `models`, as `NAME/SLUG`.
fn read_models(root: &Path, folder: &Path, name: &str, models: &mut Models, diagnostics: &mut Vec<Diagnostic>) {
    let walker = walkdir::WalkDir::new(folder).follow_links(false).max_depth(MAX_DEPTH).sort_by_file_name();
    for entry in walker.into_iter().filter_entry(|e| e.depth() == 0 || !is_ignored(e.file_name())) {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                let path = err.path().map(|p| relative_to(p, root)).unwrap_or_else(|| relative_to(folder, root));
                diagnostics.push(Diagnostic::about_file(
                    Code::Unreadable,
                    path,
                    tr!("unreadable", error = err.to_string()),
                ));
                continue;
            }
        };
        let path = entry.path();
        let display = relative_to(path, root);
        if entry.path_is_symlink() {
            diagnostics.push(Diagnostic::about_file(Code::SymlinkIgnored, display, tr!("symlink-ignored")));
            continue;
        }
        let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        let relative = path.strip_prefix(folder).unwrap_or(path);
        if !entry.file_type().is_file()
            || relative == Path::new(MANIFEST)
            || !matches!(extension, "md" | "yaml" | "yml")
        {
            continue;
        }
        let stem = relative.with_extension("").to_string_lossy().replace('\\', "/");
        let (slug, version) = match names::split_slug(&stem) {
            Ok(split) => split,
            Err(part) => {
                diagnostics.push(Diagnostic::about_file(
                    Code::BadFileName,
                    display,
                    tr!("library-bad-file", part = part),
                ));
                continue;
            }
        };
        let text = match read_text(path, &display) {
            Ok(text) => text,
            Err(d) => {
                diagnostics.push(d);
                continue;
            }
        };
        let model = format!("{name}/{slug}");
        let source = Arc::new(SourceFile::new(display, text));
        match super::document(format!("@{model}"), source, extension != "md") {
            Ok(mut document) => {
                document.earlier = version.clone();
                models.insert(&model, version.as_deref(), Arc::new(document));
            }
            Err(d) => diagnostics.push(d),
        }
    }
}
