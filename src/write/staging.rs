//! The staging folder: a fresh folder beside the output, into which a build writes its pages as
//! they are rendered, then the rest of the site, before it is swapped in.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rayon::prelude::*;

use super::swap;
use super::MARKER;
use crate::render::theme::StaticSource;
use crate::render::{Output, PageSink};

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
    /// Creates the staging folder beside `out` (an absolute path checked by [`super::check_output`]).
    pub fn new(out: &Path) -> io::Result<Staging> {
        let parent = parent_of(out)?;
        fs::create_dir_all(parent)?;
        let dir = tempfile::Builder::new().prefix(swap::PREFIX).tempdir_in(parent)?;
        swap::begin(dir.path())?;
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
            Vec::with_capacity(rendered.page_count() + rendered.statics.len() + rendered.assets.len());
        files.extend(rendered.statics.iter().map(|(p, s)| (p.as_path(), FileSource::Static(s))));
        files.extend(rendered.assets.iter().map(|a| (a.relative.as_path(), FileSource::Copy(&a.absolute))));
        files.extend(rendered.all_pages().map(|(p, html)| (p.as_path(), FileSource::Text(html))));
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
        swap::swap_in(self.dir.keep(), &self.out)
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

pub(super) fn parent_of(out: &Path) -> io::Result<&Path> {
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
