//! Write: check that the output folder is a safe place, render into a temporary folder beside
//! it, and swap it in only once everything is written. A failed build leaves the previous
//! output as it was; nothing outside the output folder is ever touched.

use std::collections::BTreeSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::render::theme::StaticSource;
use crate::render::Output;

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
        if out.starts_with(root.join(folder)) {
            return Err(format!("refusing to write into {shown}: it is inside {what} ({folder}/)"));
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

/// Writes `rendered` into a fresh folder beside `out`, then swaps it in.
pub fn write(out: &Path, rendered: &Output) -> io::Result<()> {
    let parent =
        out.parent().ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "the output folder has no parent"))?;
    fs::create_dir_all(parent)?;
    let staging = tempfile::Builder::new().prefix(".charte-staging-").tempdir_in(parent)?;
    let base = staging.path();

    let mut files: Vec<(PathBuf, FileSource)> =
        Vec::with_capacity(rendered.pages.len() + rendered.statics.len() + rendered.assets.len());
    files.extend(rendered.statics.iter().map(|(p, s)| (p.clone(), FileSource::Static(s))));
    files.extend(rendered.assets.iter().map(|a| (a.relative.clone(), FileSource::Copy(&a.absolute))));
    files.extend(rendered.pages.iter().map(|(p, html)| (p.clone(), FileSource::Text(html))));

    let folders: BTreeSet<&Path> = files.iter().filter_map(|(p, _)| p.parent()).collect();
    for folder in folders {
        fs::create_dir_all(base.join(folder))?;
    }
    files.par_iter().try_for_each(|(path, source)| {
        let target = base.join(path);
        match source {
            FileSource::Text(text) => fs::write(target, text.as_bytes()),
            FileSource::Static(StaticSource::Embedded(bytes)) => fs::write(target, bytes),
            FileSource::Static(StaticSource::File(from)) => fs::copy(from, target).map(|_| ()),
            FileSource::Copy(from) => fs::copy(from, target).map(|_| ()),
        }
    })?;
    fs::write(base.join(MARKER), "This folder was written by charte build; it is replaced whole at each build.\n")?;
    publishable_permissions(base)?;

    swap_in(staging.keep(), out, parent)
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
