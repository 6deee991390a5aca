//! Write: check that the output folder is a safe place, write the pages into a staging folder
//! beside it as they are rendered ([`Staging`]), and swap it in only once everything is written
//! ([`swap`]). A failed or interrupted build leaves the previous output as it was; nothing
//! outside the output folder and its staging folder is ever touched.

mod staging;
mod swap;

use crate::tr;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

pub use staging::Staging;

/// The file charte leaves in every output folder it writes, so that it knows it may replace it.
pub const MARKER: &str = ".charte-output";

/// Resolves `output` and refuses folders charte must never replace. Returns the absolute path.
pub fn check_output(root: &Path, output: &Path, force: bool) -> Result<PathBuf, String> {
    let root = root.canonicalize().map_err(|e| tr!("output-root-unreadable", root = root, error = e.to_string()))?;
    let out = absolute(output).map_err(|e| tr!("output-unresolved", output = output, error = e.to_string()))?;
    let shown = output.display().to_string();
    if out == root {
        return Err(tr!("output-is-root", output = shown));
    }
    if root.starts_with(&out) {
        return Err(tr!("output-holds-root", output = shown));
    }
    for folder in ["content", "themes", "templates", "static"] {
        // The folder where it is, and where it really is when it is a symbolic link: writing
        // into either, or into a folder that holds either, would replace the sources.
        let place = root.join(folder);
        let real = place.canonicalize().unwrap_or_else(|_| place.clone());
        for source in [&place, &real] {
            if out.starts_with(source) {
                return Err(tr!("output-inside-sources", output = shown, folder = format!("{folder}/")));
            }
            if source.starts_with(&out) {
                return Err(tr!("output-holds-sources", output = shown, folder = format!("{folder}/")));
            }
        }
    }
    if out.exists() {
        if !out.is_dir() {
            return Err(tr!("output-is-file", output = shown));
        }
        let empty = fs::read_dir(&out)
            .map_err(|e| tr!("unreadable-path", path = shown.as_str(), error = e.to_string()))?
            .next()
            .is_none();
        if !empty && !out.join(MARKER).is_file() && !force {
            return Err(tr!("output-not-ours", output = shown, marker = MARKER));
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
