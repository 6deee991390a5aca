//! Write: check that the output folder is a safe place, render into a temporary folder beside
//! it, and swap it in only once everything is written. A failed build leaves the previous
//! output as it was; nothing outside the output folder is ever touched.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rayon::prelude::*;

use crate::render::theme::StaticSource;
use crate::render::{Output, PageSink};

/// The file charte leaves in every output folder it writes, so that it knows it may replace it.
pub const MARKER: &str = ".charte-output";

/// Resolves `output` and refuses folders charte must never replace. Returns the absolute path.
pub fn check_output(root: &Path, output: &Path, force: bool) -> Result<PathBuf, String> {
    let root = root.canonicalize().map_err(|e| format!("cannot open the site root {}: {e}", root.display()))?;
    let out = absolute(output).map_err(|e| format!("cannot resolve the output folder {}: {e}", output.display()))?;
    let shown = output.display();
    if out == root {
        return Err(format!("refusing to write into {shown}: it is the site root itself"));
    }
    if root.starts_with(&out) {
        return Err(format!("refusing to write into {shown}: it contains the site root"));
    }
    for (folder, what) in [
        ("content", "the content folder"),
        ("themes", "the themes folder"),
        ("templates", "the templates folder"),
        ("static", "the static folder"),
    ] {
        // The folder where it is, and where it really is when it is a symbolic link: writing
        // into either, or into a folder that holds either, would replace the sources.
        let place = root.join(folder);
        let real = place.canonicalize().unwrap_or_else(|_| place.clone());
        for source in [&place, &real] {
            if out.starts_with(source) {
                return Err(format!("refusing to write into {shown}: it is inside {what} ({folder}/)"));
            }
            if source.starts_with(&out) {
                return Err(format!("refusing to write into {shown}: it holds {what} ({folder}/)"));
            }
        }
    }
    if out.exists() {
        if !out.is_dir() {
            return Err(format!("refusing to write into {shown}: it is a file, not a folder"));
        }
        let empty = fs::read_dir(&out).map_err(|e| format!("cannot read {shown}: {e}"))?.next().is_none();
        if !empty && !out.join(MARKER).is_file() && !force {
            return Err(format!(
                "refusing to replace {shown}: it is not empty and was not written by charte (no {MARKER} inside); pass --force to replace it"
            ));
        }
    }
    Ok(out)
}

/// An absolute path without symbolic links, for a path that may not exist yet.
fn absolute(path: &Path) -> io::Result<PathBuf> {
    if path.exists() {
        return path.canonicalize();
    }
    let path = if path.is_absolute() { path.to_path_buf() } else { std::env::current_dir()?.join(path) };
    let name = path.file_name().ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "no folder name"))?;
    let parent = path.parent().ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "no parent folder"))?;
    Ok(absolute(parent)?.join(name))
}

/// A fresh folder beside the output folder, into which a build writes its pages as they are
/// rendered (so that no page is held in memory), swapped in by [`Staging::finish`] once the
/// whole site is written. Dropped unfinished — the build failed — it is deleted, and the
/// previous output stays as it was.
pub struct Staging {
    dir: tempfile::TempDir,
    out: PathBuf,
    /// The first write that failed: the build stops at the end of its step.
    failed: Mutex<Option<io::Error>>,
}

impl Staging {
    /// Creates the staging folder beside `out` (an absolute path checked by [`check_output`]).
    pub fn new(out: &Path) -> io::Result<Staging> {
        let parent = parent_of(out)?;
        fs::create_dir_all(parent)?;
        let dir = tempfile::Builder::new().prefix(".charte-staging-").tempdir_in(parent)?;
        Ok(Staging { dir, out: out.to_path_buf(), failed: Mutex::new(None) })
    }

    /// Copies the file `from` to `path` (relative to the output folder), creating its folders.
    fn copy(&self, from: &Path, path: &Path) {
        let target = self.dir.path().join(path);
        let copied = target.parent().map_or(Ok(()), fs::create_dir_all).and_then(|()| fs::copy(from, &target));
        self.keep_failure(copied.map(|_| ()));
    }

    fn keep_failure(&self, result: io::Result<()>) {
        if let Err(e) = result {
            self.failed.lock().unwrap_or_else(|e| e.into_inner()).get_or_insert(e);
        }
    }

    /// Writes the rest of `rendered` (the pages not written yet, the theme's static files, the
    /// assets), then swaps the folder in place of the output folder.
    pub fn finish(self, rendered: &Output) -> io::Result<()> {
        let mut files: Vec<(&Path, FileSource)> =
            Vec::with_capacity(rendered.pages.len() + rendered.statics.len() + rendered.assets.len());
        files.extend(rendered.statics.iter().map(|(p, s)| (p.as_path(), FileSource::Static(s))));
        files.extend(rendered.assets.iter().map(|a| (a.relative.as_path(), FileSource::Copy(&a.absolute))));
        files.extend(rendered.pages.iter().map(|(p, html)| (p.as_path(), FileSource::Text(html))));
        files.par_iter().for_each(|(path, source)| match source {
            FileSource::Text(text) => self.page(path, text.as_bytes()),
            FileSource::Static(StaticSource::Embedded(bytes)) => self.page(path, bytes),
            FileSource::Static(StaticSource::File(from)) => self.copy(from, path),
            FileSource::Copy(from) => self.copy(from, path),
        });
        if let Some(e) = self.failed.into_inner().unwrap_or_else(|e| e.into_inner()) {
            return Err(e);
        }
        let base = self.dir.path();
        fs::write(base.join(MARKER), "This folder was written by charte build; it is replaced whole at each build.\n")?;
        publishable_permissions(base)?;
        swap_in(self.dir.keep(), &self.out, parent_of(&self.out)?)
    }
}

impl PageSink for Staging {
    /// Writes a page at `path` (relative to the output folder), creating its folders. Safe to
    /// call from many threads; a failure is kept for [`Staging::finish`] to report.
    fn page(&self, path: &Path, contents: &[u8]) {
        let target = self.dir.path().join(path);
        let written = target.parent().map_or(Ok(()), fs::create_dir_all).and_then(|()| fs::write(&target, contents));
        self.keep_failure(written);
    }
}

fn parent_of(out: &Path) -> io::Result<&Path> {
    out.parent().ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "the output folder has no parent"))
}

enum FileSource<'a> {
    Text(&'a str),
    Static(&'a StaticSource),
    Copy(&'a Path),
}

#[cfg(unix)]
fn publishable_permissions(dir: &Path) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(dir, fs::Permissions::from_mode(0o755))
}

#[cfg(not(unix))]
fn publishable_permissions(_dir: &Path) -> io::Result<()> {
    Ok(())
}

/// Moves the previous output aside, the new one in place, then deletes the previous one. If
/// the second move fails, the previous output is put back.
fn swap_in(staged: PathBuf, out: &Path, parent: &Path) -> io::Result<()> {
    if !out.exists() {
        return fs::rename(&staged, out).inspect_err(|_| {
            let _ = fs::remove_dir_all(&staged);
        });
    }
    let retired = tempfile::Builder::new().prefix(".charte-previous-").tempdir_in(parent)?.keep();
    fs::remove_dir(&retired)?;
    fs::rename(out, &retired).inspect_err(|_| {
        let _ = fs::remove_dir_all(&staged);
    })?;
    if let Err(e) = fs::rename(&staged, out) {
        let _ = fs::rename(&retired, out);
        let _ = fs::remove_dir_all(&staged);
        return Err(e);
    }
    fs::remove_dir_all(&retired)
}
