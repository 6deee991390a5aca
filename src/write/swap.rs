//! Putting a finished staging folder in place of the output, and what an interrupted build
//! leaves behind.
//!
//! - On Linux the staging folder and the previous output change places in one step
//!   (`renameat2` with `RENAME_EXCHANGE`): at every moment the output folder is either the
//!   previous site or the new one, whole. Elsewhere (or on a file system that cannot exchange),
//!   the previous output is renamed aside and the new one renamed in its place: two steps, with
//!   a moment with no output folder between them.
//! - Each staging folder holds, until it is swapped in, a file naming the process that writes
//!   it. Ctrl-C or SIGTERM during a build deletes the staging folder before the process ends;
//!   a build stopped harder than that (killed, or the machine halted) leaves it, and the next
//!   build beside the same output deletes every staging folder whose process is gone.

use crate::tr;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The prefix of a staging folder's name (also of a previous output being deleted).
pub const PREFIX: &str = ".charte-staging-";

/// The file, inside a staging folder, that names the process writing it.
pub const OWNER: &str = ".charte-owner";

/// The staging folder of this process's build, deleted if the process is told to stop.
static CURRENT: Mutex<Option<PathBuf>> = Mutex::new(None);

/// Records `dir` as this process's staging folder (after deleting what interrupted builds
/// left beside it), and makes Ctrl-C and SIGTERM delete it before the process ends.
pub fn begin(dir: &Path) -> io::Result<()> {
    fs::write(dir.join(OWNER), std::process::id().to_string())?;
    if let Some(parent) = dir.parent() {
        remove_stale(parent, dir);
    }
    *CURRENT.lock().unwrap_or_else(|e| e.into_inner()) = Some(dir.to_path_buf());
    // Only the first build of a process installs the handler; later ones reuse it.
    let _ = ctrlc::set_handler(|| {
        if let Some(dir) = CURRENT.lock().unwrap_or_else(|e| e.into_inner()).take() {
            // Pages may still be arriving from other threads: try again while it resists.
            for _ in 0..5 {
                if fs::remove_dir_all(&dir).is_ok() || !dir.exists() {
                    break;
                }
            }
            eprintln!("{}", tr!("interrupted"));
        }
        std::process::exit(130);
    });
    Ok(())
}

/// Forgets this process's staging folder (swapped in, or deleted).
pub fn end() {
    CURRENT.lock().unwrap_or_else(|e| e.into_inner()).take();
}

/// Deletes the staging folders in `parent`, other than `own`, whose process is gone.
fn remove_stale(parent: &Path, own: &Path) {
    let Ok(entries) = fs::read_dir(parent) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        let is_staging = entry.file_name().to_string_lossy().starts_with(PREFIX);
        if is_staging && path != own && entry.file_type().is_ok_and(|t| t.is_dir()) && !owner_alive(&path) {
            let _ = fs::remove_dir_all(&path);
        }
    }
}

/// Whether the process named in `dir`'s owner file is still running. A folder without one is a
/// previous output left by an interrupted swap.
fn owner_alive(dir: &Path) -> bool {
    let Some(pid) = fs::read_to_string(dir.join(OWNER)).ok().and_then(|p| p.trim().parse::<u32>().ok()) else {
        return false;
    };
    if cfg!(target_os = "linux") {
        Path::new("/proc").join(pid.to_string()).exists()
    } else {
        // Without a way to ask, a folder is taken for abandoned after a day.
        let age = fs::metadata(dir).and_then(|m| m.modified()).ok().and_then(|t| t.elapsed().ok());
        age.is_none_or(|age| age.as_secs() < 24 * 3600)
    }
}

/// Puts the finished folder `staged` in place of `out`, then deletes the previous output.
pub fn swap_in(staged: PathBuf, out: &Path) -> io::Result<()> {
    fs::remove_file(staged.join(OWNER))?;
    if !out.exists() {
        let moved = fs::rename(&staged, out);
        end();
        return moved.inspect_err(|_| {
            let _ = fs::remove_dir_all(&staged);
        });
    }
    if exchange(&staged, out).is_ok() {
        // `staged` now holds the previous output.
        end();
        return fs::remove_dir_all(&staged);
    }
    let retired = PathBuf::from(format!("{}-previous", staged.display()));
    fs::rename(out, &retired).inspect_err(|_| {
        let _ = fs::remove_dir_all(&staged);
    })?;
    if let Err(e) = fs::rename(&staged, out) {
        let _ = fs::rename(&retired, out);
        let _ = fs::remove_dir_all(&staged);
        return Err(e);
    }
    end();
    fs::remove_dir_all(&retired)
}

/// Exchanges two folders in one step.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let a = CString::new(a.as_os_str().as_bytes())?;
    let b = CString::new(b.as_os_str().as_bytes())?;
    // SAFETY: both paths are valid NUL-terminated strings that live across the call; the call
    // only renames, and reports failure through its return value.
    let done =
        unsafe { libc::renameat2(libc::AT_FDCWD, a.as_ptr(), libc::AT_FDCWD, b.as_ptr(), libc::RENAME_EXCHANGE) };
    if done == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> io::Result<()> {
    Err(io::Error::new(io::ErrorKind::Unsupported, "no exchange of folders here"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_output_changes_whole_and_what_interrupted_builds_left_is_deleted() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        fs::create_dir(&out).unwrap();
        fs::write(out.join("old.html"), "old").unwrap();
        // Left by builds that were killed: one that never swapped, one that swapped and died.
        let dead = dir.path().join(format!("{PREFIX}dead"));
        fs::create_dir(&dead).unwrap();
        fs::write(dead.join(OWNER), "4294967295").unwrap();
        let previous = dir.path().join(format!("{PREFIX}previous"));
        fs::create_dir(&previous).unwrap();
        let staged = dir.path().join(format!("{PREFIX}new"));
        fs::create_dir(&staged).unwrap();
        begin(&staged).unwrap();
        assert!(!dead.exists() && !previous.exists(), "stale staging folders are deleted");
        fs::write(staged.join("new.html"), "new").unwrap();
        swap_in(staged.clone(), &out).unwrap();
        assert!(out.join("new.html").is_file() && !out.join("old.html").exists());
        assert!(!out.join(OWNER).exists() && !staged.exists());
        let left: Vec<_> = fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(left, ["public"]);
    }
}
